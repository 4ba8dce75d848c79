#!/usr/bin/env bash
# Run any Kafka CLI class with the fetched jars, e.g.
#   infra/kafka/kafka-class.sh org.apache.kafka.tools.TopicCommand --bootstrap-server 127.0.0.1:9092 --list
#   KAFKA_TOOL_OPTS=-Xmx512m infra/kafka/kafka-class.sh org.apache.kafka.tools.ProducerPerformance \
#     --topic t --num-records 100000 --record-size 1000 --throughput -1 --producer-props bootstrap.servers=127.0.0.1:9092
# Fetches the jars first if needed. Tool logging: warnings to stderr.
set -euo pipefail
. "$(cd "$(dirname "$0")" && pwd)/env.sh"
[[ $# -ge 1 ]] || { echo "usage: $0 CLASS [ARGS...]" >&2; exit 2; }
"$KAFKA_HOME_DIR/fetch.sh"
kafka_java "$@"
