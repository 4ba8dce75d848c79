#!/usr/bin/env bash
# Exit 0 and print pid/port if our broker is running and its port accepts connections; else exit 1.
set -euo pipefail
. "$(cd "$(dirname "$0")" && pwd)/env.sh"

if pid="$(kafka_running_pid)"; then
  port="$(cat "$KAFKA_DATA_DIR/port" 2>/dev/null || echo "$KAFKA_PORT")"
  if kafka_port_open "$KAFKA_HOST" "$port"; then
    rss_kb="$(awk '/^VmRSS:/{print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)"
    echo "kafka running: pid $pid, $KAFKA_HOST:$port, rss $((rss_kb / 1024)) MB, data $KAFKA_DATA_DIR"
    exit 0
  fi
  echo "kafka process $pid alive but $KAFKA_HOST:$port not accepting connections (starting?)"
  exit 1
fi
echo "kafka not running"
exit 1
