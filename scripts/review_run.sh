#!/usr/bin/env bash
# Start the transcript review app (review/) beside the bot, and purge conversations past
# the retention period now and once a day. Meant to be started in the background by
# scripts/run.sh (`make run`); stops both when it is stopped. Configuration: the REVIEW_*
# variables in review/README.md; REVIEW_PORT (5100).
set -euo pipefail
cd "$(dirname "$0")/.."
export PYTHONPATH="$PWD"
PY=.venv/bin/python
REVIEW_PORT="${REVIEW_PORT:-5100}"
mkdir -p var logs

$PY -m review serve --host 127.0.0.1 --port "$REVIEW_PORT" >>logs/review.log 2>&1 &
SERVE_PID=$!
$PY -m review purge --every 86400 >>logs/review-purge.log 2>&1 &
PURGE_PID=$!
trap 'kill $SERVE_PID $PURGE_PID 2>/dev/null || true' EXIT
trap 'exit 0' TERM INT

for _ in $(seq 1 30); do
  curl -sf "http://127.0.0.1:$REVIEW_PORT/health" >/dev/null 2>&1 && break
  kill -0 "$SERVE_PID" 2>/dev/null || { echo "The review app did not start; see logs/review.log" >&2; exit 1; }
  sleep 1
done
echo "Transcript review on http://localhost:$REVIEW_PORT (log: logs/review.log; purge log: logs/review-purge.log)"
echo "  first time? create an account: $PY -m review add-user NAME --role admin"
wait "$SERVE_PID"
