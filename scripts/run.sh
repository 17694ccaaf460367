#!/usr/bin/env bash
# Start the Rasa server (REST channel, SQLite tracker store, the custom actions in its
# own process as endpoints.yml says) on
# localhost, or with --shell chat in the terminal. Called by `make run` / `make shell`
# after the model is trained. The terminal shows this script's own lines (what started,
# where, how to talk to it); each server's output, third-party warnings included, goes to
# its file in logs/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PYTHONPATH="$PWD" TF_CPP_MIN_LOG_LEVEL=3
RASA=.venv/bin/rasa
RASA_PORT="${RASA_PORT:-5005}"
WIDGET_PORT="${WIDGET_PORT:-8080}"
# Origins allowed to call the REST channel from a browser: the demo page here; in
# production set WIDGET_ORIGINS to the sites that embed the widget (never "*").
WIDGET_ORIGINS="${WIDGET_ORIGINS:-http://localhost:$WIDGET_PORT http://127.0.0.1:$WIDGET_PORT}"
MODEL=models/kent-signposting.tar.gz
mkdir -p var logs

[ -f "$MODEL" ] || { echo "No trained model at $MODEL: run 'make train' first." >&2; exit 1; }
# Rasa starts even when it cannot reach its tracker store (it then keeps conversations
# in memory only), so check the store first and stop with an error naming it.
.venv/bin/python scripts/check_tracker_store.py endpoints.yml

PIDS=""
trap 'kill $PIDS 2>/dev/null || true' EXIT

if [ "${1:-}" = "--shell" ]; then
  $RASA shell --model "$MODEL" --endpoints endpoints.yml
  exit 0
fi

trap 'exit 0' INT TERM  # Ctrl-C: the EXIT trap stops everything

echo "Serving the widget demo page on http://localhost:$WIDGET_PORT (log: logs/widget.log)"
.venv/bin/python -m http.server "$WIDGET_PORT" --bind 127.0.0.1 --directory widget >logs/widget.log 2>&1 &
PIDS="$PIDS $!"

# The transcript review app for safeguarding leads, on the same SQLite store, with the
# daily retention purge (scripts/review_run.sh; review/README.md).
REVIEW_PORT="${REVIEW_PORT:-5100}"
echo "Starting the transcript review app on http://localhost:$REVIEW_PORT (log: logs/review.log)"
REVIEW_PORT="$REVIEW_PORT" bash scripts/review_run.sh >>logs/review-run.log 2>&1 &
PIDS="$PIDS $!"

# Rasa's own output, with the screenful of deprecation warnings its libraries print at
# start, goes to its log; this terminal says when it is ready instead.
echo "Starting the Rasa server on http://localhost:$RASA_PORT (log: logs/rasa.log)"
# channels/server.py is `rasa run` with the model loaded once and shared by two worker
# processes (SANIC_WORKERS), one per core.
.venv/bin/python -m channels.server --model "$MODEL" --endpoints endpoints.yml --credentials credentials.yml \
  --port "$RASA_PORT" --interface 127.0.0.1 --cors $WIDGET_ORIGINS >logs/rasa.log 2>&1 &
RASA_PID=$!
PIDS="$PIDS $RASA_PID"

echo "Waiting for it to load the model (usually under a minute)..."
started=$SECONDS
until curl -sf "http://localhost:$RASA_PORT/" >/dev/null 2>&1; do
  if ! kill -0 "$RASA_PID" 2>/dev/null; then
    echo "The Rasa server stopped while starting. The end of logs/rasa.log:" >&2
    tail -n 20 logs/rasa.log >&2
    exit 1
  fi
  sleep 1
done

cat <<MSG

The bot is ready (the Rasa server took $((SECONDS - started)) s to start).

Open the demo page with the chat widget: http://localhost:$WIDGET_PORT

The Rasa server is on http://localhost:$RASA_PORT (REST channel; conversations are
stored in var/tracker.db). Talk to it:

  curl -s -XPOST http://localhost:$RASA_PORT/webhooks/rest/webhook \\
       -H 'Content-Type: application/json' \\
       -d '{"sender": "try-1", "message": "hi"}'

or run 'make shell' in another terminal to chat.

Transcript review for safeguarding leads: http://localhost:$REVIEW_PORT
  first time? create an account: .venv/bin/python -m review add-user NAME --role admin
  (with PYTHONPATH=\$PWD, or: make review-user NAME=...)

Logs, with everything the servers print: logs/ (the Rasa server: logs/rasa.log).
Ctrl-C stops everything.

MSG
# Rasa exits 0 when it is stopped (Ctrl-C reaches it too), anything else when it fails
status=0
wait "$RASA_PID" || status=$?
[ "$status" -eq 0 ] || echo "The Rasa server stopped (exit status $status); see logs/rasa.log" >&2
exit "$status"
