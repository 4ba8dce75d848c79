# shellcheck shell=bash
# Shared settings for the infra/kafka scripts. Sourced, not executed.
# Every value can be overridden from the environment.
KAFKA_HOME_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
KAFKA_LIB_DIR="$KAFKA_HOME_DIR/lib"
KAFKA_DATA_DIR="${KAFKA_DATA_DIR:-$KAFKA_HOME_DIR/.data}"
KAFKA_HOST="${KAFKA_HOST:-127.0.0.1}"
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-$((KAFKA_PORT + 1))}"
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms256m -Xmx768m}"
KAFKA_START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
KAFKA_STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-60}"
KAFKA_PID_FILE="$KAFKA_DATA_DIR/kafka.pid"
KAFKA_LOG_DIR="$KAFKA_DATA_DIR/logs"
KAFKA_CONFIG_DIR="$KAFKA_DATA_DIR/config"
KAFKA_STORE_DIR="$KAFKA_DATA_DIR/kraft-combined-logs"

kafka_log() { printf '[kafka] %s\n' "$*" >&2; }

# JVM flags for CLI tools: tuned for fast startup of short admin commands. For benchmarks
# (ProducerPerformance) override, e.g. KAFKA_TOOL_OPTS="-Xmx512m".
KAFKA_TOOL_OPTS="${KAFKA_TOOL_OPTS:--Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"

# java CLASS ARGS... with the fetched jars and quiet tool logging.
kafka_java() {
  # shellcheck disable=SC2086 # KAFKA_TOOL_OPTS is a word list
  java $KAFKA_TOOL_OPTS \
    -Dlog4j2.configurationFile="$KAFKA_HOME_DIR/log4j2-tools.properties" \
    -cp "$KAFKA_LIB_DIR/*" "$@"
}

# pid of our broker if it is alive, else nothing (exit 1).
kafka_running_pid() {
  local pid
  [[ -f "$KAFKA_PID_FILE" ]] || return 1
  pid="$(cat "$KAFKA_PID_FILE" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'kafka\.Kafka' || return 1
  printf '%s\n' "$pid"
}

# true if something accepts TCP connections on host:port.
kafka_port_open() {
  (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}
