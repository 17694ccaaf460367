#!/usr/bin/env bash
# A private PostgreSQL server from Debian's packages, for tests, the review app and the
# local production stack. Nothing system-wide is started: the cluster lives in DIR.
#
#   scripts/postgres.sh start DIR PORT   # create the cluster if needed, start it, print its URL
#   scripts/postgres.sh stop DIR         # stop it (the data stays in DIR)
#   scripts/postgres.sh url DIR          # print the URL of a started cluster
#
# The database and role are both "kent". The password comes from KENT_PG_PASSWORD, or is
# generated once and kept in DIR/password (mode 600): never in a committed file.
# As root, the server runs as the "postgres" user (PostgreSQL refuses to run as root).
set -euo pipefail

usage() { echo "usage: $0 start DIR PORT | stop DIR | url DIR" >&2; exit 2; }
[ $# -ge 2 ] || usage
command=$1
dir=$(realpath -m "$2")
data="$dir/data"

find_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$bin" ] || [ ! -x "$bin/postgres" ]; then
    echo "Installing Debian's postgresql server" >&2
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  fi
  [ -n "$bin" ] && [ -x "$bin/postgres" ] || {
    echo "ERROR: no PostgreSQL server binaries under /usr/lib/postgresql after apt-get install postgresql" >&2
    exit 1
  }
  echo "$bin"
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

url() {
  local port
  port=$(cat "$dir/port")
  echo "postgresql://kent:$(cat "$dir/password")@127.0.0.1:$port/kent"
}

case "$command" in
  start)
    [ $# -eq 3 ] || usage
    port=$3
    bin=$(find_bin)
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
      id postgres >/dev/null 2>&1 || { echo "ERROR: running as root but there is no postgres user to run the server" >&2; exit 1; }
      chown postgres "$dir"
      runuser -u postgres -- test -w "$dir" || {
        echo "ERROR: the postgres user cannot write to $dir (a parent folder is not searchable); use a folder under /tmp" >&2
        exit 1
      }
    fi
    if [ ! -s "$dir/password" ]; then
      umask 077
      if [ -n "${KENT_PG_PASSWORD:-}" ]; then
        printf '%s' "$KENT_PG_PASSWORD" > "$dir/password"
      else
        head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$dir/password"
      fi
      umask 022
    fi
    if [ ! -f "$data/PG_VERSION" ]; then
      pwfile=$(mktemp)
      cp "$dir/password" "$pwfile"
      [ "$(id -u)" -ne 0 ] || chown postgres "$pwfile"
      as_owner "$bin/initdb" -D "$data" -U kent --pwfile="$pwfile" \
        --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
        rm -f "$pwfile"; echo "ERROR: initdb failed, see $dir/initdb.log" >&2; exit 1; }
      rm -f "$pwfile"
    fi
    echo "$port" > "$dir/port"
    if as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
      url; exit 0
    fi
    as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null || {
      echo "ERROR: PostgreSQL did not start on port $port, see $dir/server.log" >&2; tail -5 "$dir/server.log" >&2; exit 1; }
    export PGPASSWORD
    PGPASSWORD=$(cat "$dir/password")
    if ! "$bin/psql" -h 127.0.0.1 -p "$port" -U kent -d postgres -tAc "select 1 from pg_database where datname='kent'" | grep -q 1; then
      "$bin/createdb" -h 127.0.0.1 -p "$port" -U kent kent
    fi
    url
    ;;
  stop)
    [ -f "$data/PG_VERSION" ] || exit 0
    bin=$(find_bin)
    as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
    ;;
  url)
    url
    ;;
  *) usage ;;
esac
