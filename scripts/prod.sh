#!/usr/bin/env bash
# The production stack on one machine, from Debian's packages, for trying production
# locally and for CI (docs/production.md explains each piece and how it maps onto
# several machines).
#
#   scripts/prod.sh up       # install what is missing, start everything, print the URLs
#   scripts/prod.sh status   # what is running, and is it healthy
#   scripts/prod.sh down     # stop everything `up` started (the data stays in PROD_DIR)
#   scripts/prod.sh install  # only install the Debian packages (postgresql, redis, nginx)
#
# `up` starts, as background processes with pid files and logs under the state dir
# PROD_DIR (default var/prod): PostgreSQL (scripts/postgres.sh), Redis (the lock store),
# the action server, PROD_REPLICAS Rasa replicas (default 2) loading the same model, the
# transcript review app (if review/ exists) and nginx in front of them. Every server
# listens on 127.0.0.1; only nginx's two ports are meant to be reached from outside.
# `up` is idempotent: it starts only what is not already running.
#
# Settings (environment; the defaults suit one machine; relative paths are from the
# repository root):
#   PROD_DIR             state dir (pid files, logs, generated configs, secrets, data)
#   PROD_MODEL           the model every replica loads (default models/kent-signposting.tar.gz)
#   PROD_PORT            nginx: widget + REST channel            (default 8088)
#   PROD_REVIEW_PORT     nginx: transcript review app            (default 8089)
#   PROD_LISTEN          address nginx listens on                (default 127.0.0.1)
#   PROD_REPLICAS        number of Rasa replicas                 (default 2)
#   PROD_RASA_PORT       first replica's port, then +1, +2 ...   (default 5105)
#   PROD_ACTION_PORT     action server                           (default 5155)
#   PROD_REVIEW_APP_PORT review app behind nginx                 (default 5180)
#   PROD_PG_PORT         PostgreSQL                              (default 55432)
#   PROD_REDIS_PORT      Redis                                   (default 56379)
#   WIDGET_ORIGINS       sites allowed to call the REST channel (CORS), space separated
#                        (default: nginx's own origin; never "*")
#   PROD_REVIEW_ALLOW    addresses allowed to reach the review app (default 127.0.0.1)
#   PROD_UPSTREAM_HEADER 1: add an X-Upstream response header naming the replica (tests)
#   SANIC_WORKERS, TICKET_LOCK_LIFETIME, SQL_POOL_SIZE, SQL_MAX_OVERFLOW: see the docs.
# Secrets come from the environment or are generated once into PROD_DIR (mode 600):
#   KENT_PG_PASSWORD, KENT_REDIS_PASSWORD, REVIEW_SECRET_KEY, and the passwords of the
#   database roles (deploy/pg_roles.py): KENT_PG_OWNER_PASSWORD, KENT_PG_RASA_PASSWORD,
#   KENT_PG_REVIEW_PASSWORD (URL-safe characters: they go into connection URLs).
# Rasa's HTTP API (--enable-api) is never enabled: nothing here needs it.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY="$ROOT/.venv/bin/python"
RASA="$ROOT/.venv/bin/rasa"
ENDPOINTS="$ROOT/deploy/endpoints.prod.yml"

STATE=$(realpath -m "${PROD_DIR:-var/prod}")
RUN="$STATE/run"
LOG="$STATE/log"
SECRETS="$STATE/secrets"

usage() { echo "usage: $0 up | down | status | install" >&2; exit 2; }
say() { echo "prod: $*"; }
die() { echo "prod: ERROR: $*" >&2; exit 1; }

# --- settings -------------------------------------------------------------------------
# `up` records the settings it used in $STATE/stack.env, so that `status` and `down`
# see the same ports whatever the environment says later.
load_settings() {
  if [ "${1:-}" != "fresh" ] && [ -f "$STATE/stack.env" ]; then
    # shellcheck disable=SC1091
    . "$STATE/stack.env"
    return
  fi
  PROD_MODEL=$(realpath -m "${PROD_MODEL:-models/kent-signposting.tar.gz}")
  PROD_PORT=${PROD_PORT:-8088}
  PROD_REVIEW_PORT=${PROD_REVIEW_PORT:-8089}
  PROD_LISTEN=${PROD_LISTEN:-127.0.0.1}
  PROD_REPLICAS=${PROD_REPLICAS:-2}
  PROD_RASA_PORT=${PROD_RASA_PORT:-5105}
  PROD_ACTION_PORT=${PROD_ACTION_PORT:-5155}
  PROD_REVIEW_APP_PORT=${PROD_REVIEW_APP_PORT:-5180}
  PROD_PG_PORT=${PROD_PG_PORT:-55432}
  PROD_REDIS_PORT=${PROD_REDIS_PORT:-56379}
  PROD_REVIEW_ALLOW=${PROD_REVIEW_ALLOW:-127.0.0.1}
  PROD_UPSTREAM_HEADER=${PROD_UPSTREAM_HEADER:-0}
  WIDGET_ORIGINS=${WIDGET_ORIGINS:-"http://127.0.0.1:$PROD_PORT http://localhost:$PROD_PORT"}
  case " $WIDGET_ORIGINS " in *" * "*) die "WIDGET_ORIGINS must list the sites, never \"*\"" ;; esac
  # One process per replica here (two replicas on a small machine); on a bigger host,
  # raise SANIC_WORKERS: the Redis lock store makes several workers safe.
  SANIC_WORKERS=${SANIC_WORKERS:-1}
  # The lease on a conversation's lock, in seconds (deploy/lock_store.py renews it while
  # a turn runs or waits): how long a replica that crashed mid-turn keeps that
  # conversation waiting. Below the REST channel's 15 s reply deadline, so the retried
  # message still gets its real answer; above any pause of the replica's event loop.
  TICKET_LOCK_LIFETIME=${TICKET_LOCK_LIFETIME:-10}
  # Connections per Rasa process: replicas x workers x (pool + overflow) plus the
  # review app's 10 must stay below PostgreSQL's max_connections (200 in
  # scripts/postgres.sh). Rasa's defaults (50 + 100) would allow 300 per process.
  SQL_POOL_SIZE=${SQL_POOL_SIZE:-5}
  SQL_MAX_OVERFLOW=${SQL_MAX_OVERFLOW:-10}
}

save_settings() {
  local name
  : >"$STATE/stack.env"
  for name in PROD_MODEL PROD_PORT PROD_REVIEW_PORT PROD_LISTEN PROD_REPLICAS PROD_RASA_PORT \
    PROD_ACTION_PORT PROD_REVIEW_APP_PORT PROD_PG_PORT PROD_REDIS_PORT PROD_REVIEW_ALLOW \
    PROD_UPSTREAM_HEADER WIDGET_ORIGINS SANIC_WORKERS TICKET_LOCK_LIFETIME SQL_POOL_SIZE \
    SQL_MAX_OVERFLOW; do
    printf '%s=%q\n' "$name" "${!name}" >>"$STATE/stack.env"
  done
}

replica_ports() {
  local i
  for i in $(seq 0 $((PROD_REPLICAS - 1))); do echo $((PROD_RASA_PORT + i)); done
}

# --- secrets ----------------------------------------------------------------------------
# secret NAME [VALUE]: VALUE if given (from the environment), else the one kept in
# $SECRETS/NAME, else a new random one. Kept in $SECRETS/NAME (mode 600) for `status`.
secret() {
  local file="$SECRETS/$1"
  if [ -n "${2:-}" ]; then
    (umask 077; printf '%s' "$2" >"$file")
  elif [ ! -s "$file" ]; then
    (umask 077; head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$file")
  fi
  cat "$file"
}

# --- packages ---------------------------------------------------------------------------
install_packages() {
  local missing=()
  [ -x /usr/sbin/nginx ] || missing+=(nginx)
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
  ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql)
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing Debian's ${missing[*]}"
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  [ -x /usr/sbin/nginx ] && command -v redis-server >/dev/null 2>&1 \
    || die "nginx or redis-server still missing after apt-get install ${missing[*]}"
  # The packages' own system services (nginx on :80, redis on :6379) are not used.
}

# --- processes --------------------------------------------------------------------------
# Every process is started in its own session (pid = process group id), so that `down`
# stops it and its children, and only them.
pid_of() { cat "$RUN/$1.pid" 2>/dev/null || true; }

alive() {  # alive NAME: is the process in NAME.pid running, and is it still ours?
  local pid; pid=$(pid_of "$1")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  [ -f "$RUN/$1.match" ] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$(cat "$RUN/$1.match")"
}

# start NAME MATCH CMD...: run CMD in the background, log to $LOG/NAME.log. MATCH is a
# string of its command line, checked before it is ever signalled (pid reuse).
start() {
  local name=$1 match=$2; shift 2
  echo "$match" >"$RUN/$name.match"
  ( exec setsid "$@" >>"$LOG/$name.log" 2>&1 </dev/null ) &
  local pid=$!
  echo "$pid" >"$RUN/$name.pid"
  # $! is the subshell until its exec: its command line is this script's, not MATCH's.
  # Wait (at most 10 s) for the exec, so that `alive` never mistakes a process that is
  # still starting for one that has gone.
  local _
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || return 0
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$match" && return 0
    sleep 0.1
  done
}

any_alive() {
  local file
  for file in "$RUN"/*.pid; do
    [ -e "$file" ] || continue
    alive "$(basename "$file" .pid)" && return 0
  done
  return 1
}

stop() {  # stop NAME [SIGNAL]: signal the process group, wait, then SIGKILL
  local name=$1 signal=${2:-TERM} pid
  pid=$(pid_of "$name")
  if [ -n "$pid" ] && alive "$name"; then
    local began=$SECONDS
    kill -"$signal" -- "-$pid" 2>/dev/null || kill -"$signal" "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.2
    done
    if kill -0 "$pid" 2>/dev/null; then
      say "$name did not stop in 20 s, killing it"
      kill -KILL -- "-$pid" 2>/dev/null || true
    fi
    say "stopped $name ($((SECONDS - began)) s)"
  fi
  rm -f "$RUN/$name.pid" "$RUN/$name.match"
}

# exit_status NAME: sets ENDED to how a process this script started ended, if it has
# (not in $(...): only this shell can `wait` for its own children)
exit_status() {
  local pid status; pid=$(pid_of "$1"); ENDED=""
  [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null || return 0
  status=0; wait "$pid" 2>/dev/null || status=$?
  if [ "$status" -gt 128 ]; then ENDED=" (killed by signal $((status - 128)))"
  elif [ "$status" -ne 127 ]; then ENDED=" (exit status $status)"; fi
}

fail_start() {  # fail_start NAME WHY: show the log, stop everything, exit 1
  exit_status "$1"
  echo "prod: ERROR: $1 $2$ENDED; the end of $LOG/$1.log:" >&2
  tail -n 30 "$LOG/$1.log" >&2 2>/dev/null || true
  if [ -s "$LOG/$1-error.log" ]; then  # nginx logs start-up failures (bind) there
    echo "prod: the end of $LOG/$1-error.log:" >&2
    tail -n 30 "$LOG/$1-error.log" >&2 2>/dev/null || true
  fi
  do_down >&2 || true
  exit 1
}

# wait_for NAME SECONDS CHECK...: until CHECK succeeds, while NAME is alive
wait_for() {
  local name=$1 seconds=$2; shift 2
  local deadline=$((SECONDS + seconds))
  while [ $SECONDS -lt $deadline ]; do
    alive "$name" || fail_start "$name" "exited while starting"
    "$@" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  fail_start "$name" "was not ready within $seconds s"
}

http_ok() { curl -sf --max-time 3 -o /dev/null "$1"; }

redis_ping() {
  REDISCLI_AUTH="$KENT_REDIS_PASSWORD" redis-cli -h 127.0.0.1 -p "$PROD_REDIS_PORT" ping | grep -q PONG
}

render() {  # render TEMPLATE OUT NAME=VALUE...: replace each @NAME@ in TEMPLATE
  local template=$1 out=$2; shift 2
  "$PY" - "$template" "$out" "$@" <<'PYTHON'
import sys
template, out, *pairs = sys.argv[1:]
text = open(template, encoding="utf-8").read()
for pair in pairs:
    name, _, value = pair.partition("=")
    text = text.replace(f"@{name}@", value)
import re
leftover = re.findall(r"@[A-Z_]+@", text)
if leftover:
    sys.exit(f"unreplaced placeholders in {template}: {leftover}")
open(out, "w", encoding="utf-8").write(text)
PYTHON
}

# --- the pieces -------------------------------------------------------------------------
load_secrets() {
  KENT_REDIS_PASSWORD=$(secret redis_password "${KENT_REDIS_PASSWORD:-}")
  REVIEW_SECRET_KEY=$(secret review_secret_key "${REVIEW_SECRET_KEY:-}")
  # One PostgreSQL role each (deploy/pg_roles.py): the owner (migrations), Rasa (its
  # events table only) and the review app (no UPDATE or DELETE on the audit log).
  KENT_PG_OWNER_PASSWORD=$(secret pg_owner_password "${KENT_PG_OWNER_PASSWORD:-}")
  KENT_PG_RASA_PASSWORD=$(secret pg_rasa_password "${KENT_PG_RASA_PASSWORD:-}")
  KENT_PG_REVIEW_PASSWORD=$(secret pg_review_password "${KENT_PG_REVIEW_PASSWORD:-}")
  # From here on, each secret goes only to the processes that need it, explicitly.
  export -n KENT_PG_PASSWORD KENT_REDIS_PASSWORD REVIEW_SECRET_KEY KENT_PG_OWNER_PASSWORD \
    KENT_PG_RASA_PASSWORD KENT_PG_REVIEW_PASSWORD 2>/dev/null || true
}

start_postgres() {
  local url
  # scripts/postgres.sh keeps the password in $STATE/postgres/password (mode 600) and
  # starts the server as the postgres user (as root), listening on 127.0.0.1 only.
  url=$(KENT_PG_PASSWORD="${KENT_PG_PASSWORD:-}" bash scripts/postgres.sh start "$STATE/postgres" "$PROD_PG_PORT") \
    || die "PostgreSQL did not start (see $STATE/postgres/server.log)"
  KENT_PG_PASSWORD=$(cat "$STATE/postgres/password")
  say "PostgreSQL on 127.0.0.1:$PROD_PG_PORT, database kent (${url%%:*}://kent:***@...)"
}

start_redis() {
  mkdir -p "$STATE/redis"
  (umask 077; render deploy/redis.conf.template "$STATE/redis/redis.conf" \
    BIND=127.0.0.1 PORT="$PROD_REDIS_PORT" PASSWORD="$KENT_REDIS_PASSWORD" STATE="$STATE")
  chmod 600 "$STATE/redis/redis.conf"
  if alive redis; then say "Redis already running"; return; fi
  local as=()
  if [ "$(id -u)" -eq 0 ] && id redis >/dev/null 2>&1; then
    chown -R redis: "$STATE/redis"
    as=(setpriv --reuid=redis --regid=redis --init-groups --)
  fi
  start redis "redis-server" "${as[@]}" redis-server "$STATE/redis/redis.conf"
  wait_for redis 30 redis_ping
  say "Redis (lock store) on 127.0.0.1:$PROD_REDIS_PORT"
}

pg_url() {  # pg_url ROLE PASSWORD
  echo "postgresql://$1:$2@127.0.0.1:$PROD_PG_PORT/kent"
}

# The superuser from initdb only makes the three roles (and hands them any tables made
# before they existed); nothing runs as it afterwards.
create_roles() {
  KENT_PG_SUPER_URL=$(pg_url kent "$KENT_PG_PASSWORD") KENT_PG_OWNER_PASSWORD="$KENT_PG_OWNER_PASSWORD" \
    KENT_PG_RASA_PASSWORD="$KENT_PG_RASA_PASSWORD" KENT_PG_REVIEW_PASSWORD="$KENT_PG_REVIEW_PASSWORD" \
    "$PY" -m deploy.pg_roles roles >>"$LOG/schema.log" 2>&1 || die "could not create the database roles (see $LOG/schema.log)"
  say "PostgreSQL roles: kent_owner (migrations), kent_rasa (events only), kent_review (audit log append-only)"
}

# The tracker store creates its tables when a Rasa server starts; create them once,
# before the replicas start together, so that two replicas never race to create them.
# Migrations (Rasa's table, the review app's tables) run as the owner role; then each
# role gets its rights on them.
create_schema() {
  KENT_PG_PORT="$PROD_PG_PORT" KENT_PG_OWNER_PASSWORD="$KENT_PG_OWNER_PASSWORD" "$PY" - <<'PYTHON' >>"$LOG/schema.log" 2>&1 || die "could not create the tracker store tables (see $LOG/schema.log)"
import os
from rasa.core.tracker_store import SQLTrackerStore
SQLTrackerStore(dialect="postgresql", host="127.0.0.1", port=os.environ["KENT_PG_PORT"],
                db="kent", username="kent_owner", password=os.environ["KENT_PG_OWNER_PASSWORD"])
PYTHON
  if [ -d "$ROOT/review" ]; then
    REVIEW_DB_URL=$(pg_url kent_owner "$KENT_PG_OWNER_PASSWORD") "$PY" -m review migrate >>"$LOG/schema.log" 2>&1 \
      || die "could not create the review app's tables (see $LOG/schema.log)"
  fi
  KENT_PG_OWNER_URL=$(pg_url kent_owner "$KENT_PG_OWNER_PASSWORD") "$PY" -m deploy.pg_roles grants \
    >>"$LOG/schema.log" 2>&1 || die "could not grant the roles their rights (see $LOG/schema.log)"
}

start_actions() {
  if alive actions; then say "action server already running"; return; fi
  # rasa_sdk binds SANIC_HOST (default 0.0.0.0): loopback only, so that only the
  # replicas on this machine reach it. It needs no secrets and gets none.
  start actions "rasa run actions" env SANIC_HOST=127.0.0.1 \
    "$RASA" run actions --actions actions --port "$PROD_ACTION_PORT"
  wait_for actions 120 http_ok "http://127.0.0.1:$PROD_ACTION_PORT/health"
  say "action server on 127.0.0.1:$PROD_ACTION_PORT"
}

start_replica() {  # start_replica N PORT
  local name="rasa$1" port=$2
  if alive "$name"; then say "Rasa replica $1 already running"; return 1; fi
  (
    # What deploy/endpoints.prod.yml reads: in the replicas' environment, never a file.
    export KENT_ACTION_URL="http://127.0.0.1:$PROD_ACTION_PORT/webhook" \
      KENT_PG_HOST=127.0.0.1 KENT_PG_PORT="$PROD_PG_PORT" KENT_PG_DB=kent KENT_PG_USER=kent_rasa \
      KENT_PG_PASSWORD="$KENT_PG_RASA_PASSWORD" KENT_REDIS_HOST=127.0.0.1 KENT_REDIS_PORT="$PROD_REDIS_PORT" \
      KENT_REDIS_PASSWORD KENT_REDIS_DB=1 SANIC_WORKERS TICKET_LOCK_LIFETIME SQL_POOL_SIZE \
      SQL_MAX_OVERFLOW
    # No --enable-api: Rasa's HTTP API stays off. CORS: only WIDGET_ORIGINS.
    # shellcheck disable=SC2086
    start "$name" "--port $port" "$RASA" run --model "$PROD_MODEL" --endpoints "$ENDPOINTS" \
      --credentials "$ROOT/credentials.yml" --port "$port" --interface 127.0.0.1 \
      --cors $WIDGET_ORIGINS
  )
}

start_replicas() {
  [ -f "$PROD_MODEL" ] || die "no trained model at $PROD_MODEL: run 'make train' first (or set PROD_MODEL)"
  # Every replica must serve the same model: the one the running replicas were started
  # with (recorded in model.sha256), or, when none runs, the one in PROD_MODEL now.
  local sha running=0 i port
  sha=$(sha256sum "$PROD_MODEL" | cut -d' ' -f1)
  for i in $(seq 1 "$PROD_REPLICAS"); do
    if alive "rasa$i"; then running=1; fi
  done
  if [ "$running" = 1 ] && [ -s "$STATE/model.sha256" ] && [ "$(cat "$STATE/model.sha256")" != "$sha" ]; then
    die "$PROD_MODEL changed since the running replicas loaded it; '$0 down' first, then 'up'"
  fi
  echo "$sha" >"$STATE/model.sha256"
  local started=()
  i=0
  for port in $(replica_ports); do
    i=$((i + 1))
    start_replica "$i" "$port" && started+=("$i:$port")
  done
  local entry
  for entry in "${started[@]}"; do
    # the server answers / once its model is loaded
    wait_for "rasa${entry%%:*}" 300 http_ok "http://127.0.0.1:${entry#*:}/"
    say "Rasa replica ${entry%%:*} on 127.0.0.1:${entry#*:}"
  done
}

start_review() {
  if alive review; then say "review app already running"; return; fi
  (
    # SANIC_PROXIES_COUNT=1: the client address (login throttle, audit log) is the one
    # nginx puts last in X-Forwarded-For.
    export REVIEW_DB_URL="postgresql://kent_review:${KENT_PG_REVIEW_PASSWORD}@127.0.0.1:${PROD_PG_PORT}/kent" \
      REVIEW_SECRET_KEY SANIC_PROXIES_COUNT=1
    start review "-m review serve" "$PY" -m review serve --host 127.0.0.1 --port "$PROD_REVIEW_APP_PORT"
  )
  wait_for review 120 http_ok "http://127.0.0.1:$PROD_REVIEW_APP_PORT/health"
  say "review app on 127.0.0.1:$PROD_REVIEW_APP_PORT"
}

write_nginx_conf() {
  mkdir -p "$STATE/nginx/tmp" "$STATE/www"
  # nginx's workers serve the widget from a copy in the state dir: the checkout may be
  # private (mode 0700, e.g. a home folder or mktemp -d) and unreadable to www-data.
  rm -rf "$STATE/www/widget.new"
  cp -R "$ROOT/widget" "$STATE/www/widget.new"
  chmod -R a+rX "$STATE/www/widget.new"
  rm -rf "$STATE/www/widget"
  mv "$STATE/www/widget.new" "$STATE/www/widget"
  if [ "$(id -u)" -eq 0 ] && id www-data >/dev/null 2>&1 \
      && ! runuser -u www-data -- test -r "$STATE/www/widget/index.html"; then
    die "nginx's workers (www-data) can't reach $STATE (a parent folder is private): set PROD_DIR to a folder they can pass through, e.g. under /var/lib or /tmp"
  fi
  local servers="" port user_line="# (not root: nginx runs as the current user)"
  for port in $(replica_ports); do
    servers+="        server 127.0.0.1:$port max_fails=1 fail_timeout=10s;"$'\n'
  done
  if [ "$(id -u)" -eq 0 ]; then
    user_line="user www-data;"
    chown -R www-data: "$STATE/nginx/tmp"
  fi
  local allow="" address
  for address in $PROD_REVIEW_ALLOW; do allow+="        allow $address;"$'\n'; done
  allow+="        deny all;"
  local header="            # X-Upstream header off (PROD_UPSTREAM_HEADER=1 turns it on)"
  [ "$PROD_UPSTREAM_HEADER" = 1 ] && header="            add_header X-Upstream \$upstream_addr always;"
  # nginx waits for a replica longer than the REST channel's 15 s reply deadline plus a
  # crashed replica's lease on the lock (a retried message may wait for it).
  render deploy/nginx.conf.template "$STATE/nginx/nginx.conf" \
    USER_LINE="$user_line" STATE="$STATE" ROOT="$ROOT" \
    RASA_SERVERS="${servers%$'\n'}" REVIEW_APP_ADDR="127.0.0.1:$PROD_REVIEW_APP_PORT" \
    LISTEN="$PROD_LISTEN" PORT="$PROD_PORT" REVIEW_PORT="$PROD_REVIEW_PORT" \
    REVIEW_ALLOW="$allow" REPLICA_COUNT="$PROD_REPLICAS" \
    READ_TIMEOUT="$((TICKET_LOCK_LIFETIME + 45))" UPSTREAM_HEADER="$header"
  # The demo page talks to the REST channel through this nginx (same origin).
  cat >"$STATE/www/config.js" <<'JS'
// Generated by scripts/prod.sh: the demo page talks to the bot through this server.
window.KentSafetyWidgetConfig = window.KentSafetyWidgetConfig || {
  serverUrl: window.location.origin,
  title: "Online safety help"
};
JS
}

start_nginx() {
  write_nginx_conf
  /usr/sbin/nginx -t -q -p "$STATE/nginx/" -c "$STATE/nginx/nginx.conf" >>"$LOG/nginx.log" 2>&1 \
    || { tail -n 20 "$LOG/nginx.log" >&2; die "the generated nginx config is invalid: $STATE/nginx/nginx.conf"; }
  if alive nginx; then
    kill -HUP "$(pid_of nginx)"   # reload the regenerated config
    say "nginx already running (configuration reloaded)"
    return
  fi
  start nginx "nginx" /usr/sbin/nginx -p "$STATE/nginx/" -c "$STATE/nginx/nginx.conf"
  # One more try if nginx dies at once (seen once in CI with nothing in its logs), as a
  # supervisor would; the first failure is reported either way.
  local _
  for _ in 1 2 3 4; do sleep 0.5; alive nginx || break; done
  if ! alive nginx; then
    exit_status nginx
    say "nginx exited at start$ENDED; trying once more (logs: $LOG/nginx.log, $LOG/nginx-error.log)"
    tail -n 5 "$LOG/nginx-error.log" 2>/dev/null | sed 's/^/prod:   /' >&2 || true
    start nginx "nginx" /usr/sbin/nginx -p "$STATE/nginx/" -c "$STATE/nginx/nginx.conf"
  fi
  wait_for nginx 30 http_ok "http://127.0.0.1:$PROD_PORT/"
  say "nginx on $PROD_LISTEN:$PROD_PORT (widget + REST) and $PROD_LISTEN:$PROD_REVIEW_PORT (review app)"
}

# --- commands ---------------------------------------------------------------------------
do_up() {
  mkdir -p "$STATE" "$RUN" "$LOG" "$SECRETS"
  # scripts/postgres.sh (as the postgres user) and nginx's workers (www-data) must be
  # able to pass through the state dir; the secrets in it are mode 600.
  chmod 755 "$STATE"
  chmod 700 "$SECRETS"
  # while anything from an earlier `up` still runs, keep its settings (ports)
  if any_alive; then load_settings; else load_settings fresh; fi
  save_settings
  install_packages
  load_secrets
  export PYTHONPATH="$ROOT" TF_CPP_MIN_LOG_LEVEL=3 RASA_TELEMETRY_ENABLED=false \
    PYTHONWARNINGS=ignore::DeprecationWarning SQLALCHEMY_SILENCE_UBER_WARNING=1
  start_postgres
  create_roles
  start_redis
  create_schema
  start_actions
  start_replicas
  start_review
  start_nginx
  cat <<MSG

The production stack is up (state, logs and secrets in $STATE).
  widget demo page   http://127.0.0.1:$PROD_PORT/
  REST channel       http://127.0.0.1:$PROD_PORT/webhooks/rest/webhook  ($PROD_REPLICAS replicas)
  review app         http://127.0.0.1:$PROD_REVIEW_PORT/
Try it:
  curl -s -XPOST http://127.0.0.1:$PROD_PORT/webhooks/rest/webhook \\
       -H 'Content-Type: application/json' -d '{"sender": "try-1", "message": "hi"}'
'$0 status' shows what runs; '$0 down' stops it.
MSG
}

do_down() {
  [ -d "$RUN" ] || { say "nothing to stop in $STATE"; return 0; }
  local name
  # nginx first (no new traffic), the database last
  [ -f "$RUN/nginx.pid" ] && stop nginx QUIT
  [ -f "$RUN/review.pid" ] && stop review
  for name in $(cd "$RUN" && ls rasa*.pid 2>/dev/null | sed 's/\.pid$//' | sort -V); do
    stop "$name"
  done
  [ -f "$RUN/actions.pid" ] && stop actions
  [ -f "$RUN/redis.pid" ] && stop redis
  if [ -f "$STATE/postgres/data/PG_VERSION" ]; then
    bash scripts/postgres.sh stop "$STATE/postgres"
    say "stopped PostgreSQL"
  fi
  say "down (data kept in $STATE; delete it to start afresh)"
}

do_status() {
  [ -f "$STATE/stack.env" ] || { echo "not set up: nothing in $STATE"; return 3; }
  load_settings
  local bad=0 line
  row() {  # row NAME WHAT CHECK...
    local name=$1 what=$2; shift 2
    if alive "$name" && "$@" >/dev/null 2>&1; then
      line="up      pid $(pid_of "$name")"
    elif alive "$name"; then
      line="running pid $(pid_of "$name"), not answering"; bad=1
    else
      line="down"; bad=1
    fi
    printf '  %-10s %-36s %s\n' "$name" "$what" "$line"
  }
  local pgbin
  pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -n "$pgbin" ] && "$pgbin/pg_isready" -q -h 127.0.0.1 -p "$PROD_PG_PORT"; then
    printf '  %-10s %-36s %s\n' postgres "127.0.0.1:$PROD_PG_PORT" "up"
  else
    printf '  %-10s %-36s %s\n' postgres "127.0.0.1:$PROD_PG_PORT" "down"; bad=1
  fi
  KENT_REDIS_PASSWORD=$(cat "$SECRETS/redis_password" 2>/dev/null || true)
  row redis "127.0.0.1:$PROD_REDIS_PORT" redis_ping
  row actions "127.0.0.1:$PROD_ACTION_PORT" http_ok "http://127.0.0.1:$PROD_ACTION_PORT/health"
  local i=0 port
  for port in $(replica_ports); do
    i=$((i + 1))
    row "rasa$i" "127.0.0.1:$port" http_ok "http://127.0.0.1:$port/"
  done
  row review "127.0.0.1:$PROD_REVIEW_APP_PORT" http_ok "http://127.0.0.1:$PROD_REVIEW_APP_PORT/health"
  row nginx "$PROD_LISTEN:$PROD_PORT, $PROD_LISTEN:$PROD_REVIEW_PORT" http_ok "http://127.0.0.1:$PROD_PORT/"
  [ -f "$STATE/model.sha256" ] && echo "  model      $PROD_MODEL (sha256 $(cat "$STATE/model.sha256"))"
  return $bad
}

[ $# -eq 1 ] || usage
case "$1" in
  install) install_packages ;;   # only the Debian packages (the tests use it)
  up) do_up ;;
  down) do_down ;;
  status) do_status ;;
  *) usage ;;
esac
