#!/usr/bin/env bash
# Create (idempotently) the claimwire topics: articles, claims, articles.dlq, claims.dlq -
# 6 partitions, replication factor 1, retention.ms=-1 set explicitly (topics are the source of truth).
# Existing topics are left alone except that a missing retention.ms=-1 is added; fewer than the
# wanted partitions is an error (re-partitioning would remap keys).
# Env: KAFKA_BROKERS (default 127.0.0.1:9092), TOPIC_PREFIX (default empty), TOPIC_PARTITIONS (6).
set -euo pipefail
. "$(cd "$(dirname "$0")" && pwd)/env.sh"

brokers="${KAFKA_BROKERS:-127.0.0.1:9092}"
prefix="${TOPIC_PREFIX:-}"
partitions="${TOPIC_PARTITIONS:-6}"
topics=("${prefix}articles" "${prefix}claims" "${prefix}articles.dlq" "${prefix}claims.dlq")

"$KAFKA_HOME_DIR/fetch.sh"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# create in parallel (one JVM each, ~1s)
pids=()
for t in "${topics[@]}"; do
  kafka_java org.apache.kafka.tools.TopicCommand --bootstrap-server "$brokers" --create --if-not-exists \
    --topic "$t" --partitions "$partitions" --replication-factor 1 --config retention.ms=-1 \
    >"$tmp/$t.out" 2>&1 &
  pids+=("$!")
done
failed=0
for i in "${!pids[@]}"; do
  if ! wait "${pids[$i]}"; then
    kafka_log "ERROR: creating ${topics[$i]} failed:"; cat "$tmp/${topics[$i]}.out" >&2; failed=1
  fi
done
(( failed == 0 )) || exit 1

# verify (and repair retention) from one describe
regex="$(printf '%s\n' "${topics[@]}" | sed 's/[][\.^$*+?(){}|]/\\&/g' | paste -sd'|')"
kafka_java org.apache.kafka.tools.TopicCommand --bootstrap-server "$brokers" --describe --topic "$regex" \
  >"$tmp/describe.out" 2>&1 || { kafka_log "ERROR: describe failed:"; cat "$tmp/describe.out" >&2; exit 1; }
for t in "${topics[@]}"; do
  line="$(grep -P "^Topic: \Q$t\E\t" "$tmp/describe.out" | grep PartitionCount || true)"
  [[ -n "$line" ]] || { kafka_log "ERROR: topic $t not found after create"; exit 1; }
  count="$(sed -E 's/.*PartitionCount: ([0-9]+).*/\1/' <<<"$line")"
  if (( count < partitions )); then
    kafka_log "ERROR: topic $t exists with $count partitions, want $partitions (not changed automatically)"
    exit 1
  fi
  if ! grep -qE '(Configs:|,)[[:space:]]*retention\.ms=-1([,[:space:]]|$)' <<<"$line"; then
    kafka_log "setting retention.ms=-1 on existing topic $t"
    kafka_java org.apache.kafka.tools.ConfigCommand --bootstrap-server "$brokers" --alter \
      --entity-type topics --entity-name "$t" --add-config retention.ms=-1 >/dev/null
  fi
  kafka_log "ok $t partitions=$count retention.ms=-1"
done
