#!/usr/bin/env bash
# Fetch the Kafka broker + tools jars from Maven Central into infra/kafka/lib (via pom.xml).
# No-op when lib/ is complete for the current pom.xml (stamp = sha256 of pom.xml).
# Env: KAFKA_MVN_ARGS (extra Maven args, e.g. -Dmaven.repo.local=/path or -s settings.xml).
set -euo pipefail
. "$(cd "$(dirname "$0")" && pwd)/env.sh"

stamp_file="$KAFKA_LIB_DIR/.stamp"
want="$(sha256sum "$KAFKA_HOME_DIR/pom.xml" | cut -d' ' -f1)"
if [[ -f "$stamp_file" && "$(cat "$stamp_file")" == "$want" ]]; then
  exit 0
fi

command -v mvn >/dev/null || { kafka_log "ERROR: mvn not found (need Maven 3.8+ and Java 17+)"; exit 1; }
command -v java >/dev/null || { kafka_log "ERROR: java not found (need Java 17+)"; exit 1; }

mkdir -p "$KAFKA_DATA_DIR"
tmp="$KAFKA_DATA_DIR/lib.tmp.$$"
trap 'rm -rf "$tmp"' EXIT
kafka_log "fetching Kafka jars with Maven (pom $want) ..."
t0=$SECONDS
mvn_log="$KAFKA_DATA_DIR/fetch.log"
# -q keeps Maven silent; its output (errors included) goes to fetch.log, shown on failure.
# shellcheck disable=SC2086 # KAFKA_MVN_ARGS is a word list
if ! mvn -B -q -ntp -Dstyle.color=never ${KAFKA_MVN_ARGS:-} -f "$KAFKA_HOME_DIR/pom.xml" \
    dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$tmp" \
    </dev/null >"$mvn_log" 2>&1; then
  kafka_log "ERROR: Maven fetch failed (is Maven Central reachable?). Output:"
  sed 's/\x1b\[[0-9;]*m//g' "$mvn_log" | tail -n 40 >&2
  exit 1
fi
ls "$tmp"/kafka_2.13-*.jar "$tmp"/kafka-tools-*.jar "$tmp"/log4j-core-*.jar >/dev/null \
  || { kafka_log "ERROR: Maven finished but expected jars are missing in $tmp"; exit 1; }
printf '%s\n' "$want" >"$tmp/.stamp"
rm -rf "$KAFKA_LIB_DIR"
mv "$tmp" "$KAFKA_LIB_DIR"
rm -rf "$KAFKA_HOME_DIR/target"
kafka_log "fetched $(ls "$KAFKA_LIB_DIR"/*.jar | wc -l) jars ($(du -sh "$KAFKA_LIB_DIR" | cut -f1)) in $((SECONDS - t0))s"
