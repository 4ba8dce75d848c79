#!/usr/bin/env bash
# Stop the broker started by start.sh: SIGTERM (controlled shutdown), then SIGKILL after
# KAFKA_STOP_TIMEOUT seconds (default 60). No-op when it is not running.
set -euo pipefail
. "$(cd "$(dirname "$0")" && pwd)/env.sh"

[[ -d "$KAFKA_DATA_DIR" ]] || { kafka_log "not running"; exit 0; }
exec 9>"$KAFKA_DATA_DIR/.lock"
flock -w 300 9 || { kafka_log "ERROR: could not get $KAFKA_DATA_DIR/.lock within 300s"; exit 1; }

if ! pid="$(kafka_running_pid)"; then
  rm -f "$KAFKA_PID_FILE"
  kafka_log "not running"
  exit 0
fi
kafka_log "stopping pid $pid (SIGTERM, up to ${KAFKA_STOP_TIMEOUT}s)"
kill -TERM "$pid" 2>/dev/null || true
t0=$SECONDS
while kill -0 "$pid" 2>/dev/null; do
  if (( SECONDS - t0 >= KAFKA_STOP_TIMEOUT )); then
    kafka_log "still alive after ${KAFKA_STOP_TIMEOUT}s - SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 0.5
    break
  fi
  sleep 0.2
done
rm -f "$KAFKA_PID_FILE"
kafka_log "stopped ($((SECONDS - t0))s)"
