#!/usr/bin/env bash
# Make sure local PostgreSQL answers on $PGHOST:$PGPORT (default 127.0.0.1:5432), starting the
# Debian cluster if needed, and that database $PGDATABASE (default claimwire) exists.
# Assumes user postgres with trust auth on loopback (as on the dev/CI machines).
# Env: PGHOST, PGPORT, PGUSER (postgres), PGDATABASE (claimwire), PG_START_TIMEOUT (60).
set -euo pipefail

host="${PGHOST:-127.0.0.1}"
port="${PGPORT:-5432}"
user="${PGUSER:-postgres}"
db="${PGDATABASE:-claimwire}"
timeout_s="${PG_START_TIMEOUT:-60}"
log() { printf '[postgres] %s\n' "$*" >&2; }

for tool in pg_isready psql; do
  command -v "$tool" >/dev/null || { log "ERROR: $tool not found (install postgresql-client)"; exit 1; }
done

ready() { pg_isready -q -h "$host" -p "$port" -t 2; }

if ! ready; then
  if command -v pg_ctlcluster >/dev/null && [[ -d /etc/postgresql ]]; then
    version="$(ls /etc/postgresql | sort -V | tail -n 1)"
    [[ -n "$version" ]] || { log "ERROR: no cluster under /etc/postgresql"; exit 1; }
    log "not answering on $host:$port - starting cluster $version/main"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start \
      || log "pg_ctlcluster start returned non-zero (may already be starting); waiting anyway"
  else
    log "ERROR: PostgreSQL not answering on $host:$port and pg_ctlcluster is unavailable"
    exit 1
  fi
  deadline=$((SECONDS + timeout_s))
  until ready; do
    if (( SECONDS >= deadline )); then
      log "ERROR: PostgreSQL did not answer on $host:$port within ${timeout_s}s"
      ls /var/log/postgresql/*.log >/dev/null 2>&1 && tail -n 30 "$(ls -t /var/log/postgresql/*.log | head -n 1)" >&2
      exit 1
    fi
    sleep 0.5
  done
fi

psql_() { psql -X -q -v ON_ERROR_STOP=1 -h "$host" -p "$port" -U "$user" "$@"; }
exists="$(psql_ -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '${db//\'/\'\'}'")"
if [[ "$exists" != "1" ]]; then
  log "creating database $db"
  # ignore a concurrent creator winning the race, then re-check
  err="$(psql_ -d postgres -c "CREATE DATABASE \"${db//\"/\"\"}\"" 2>&1)" || true
  exists="$(psql_ -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '${db//\'/\'\'}'")"
  [[ "$exists" == "1" ]] || { log "ERROR: could not create database $db: $err"; exit 1; }
fi
log "ready: postgresql://$user@$host:$port/$db"
