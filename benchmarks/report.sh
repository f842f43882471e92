#!/usr/bin/env bash
# Runs the whole engine comparison and writes benchmarks/RESULTS.md (see benchmarks/README.md).
#
#   benchmarks/report.sh            # about 10 minutes on 2 cores
#
# Steps: build target/benchmarks.jar on JDK 25 (SafeRE needs 21+), check every workload on every
# engine under a watchdog, one JMH JVM per engine (more with -Dbench.jvms=N), compile time (all
# engines side by side in one JVM), retained heap per
# pattern (JOL), the WAF benchmark and CRS load report (WAF=0 skips it), then the Markdown report. Knobs are Java system properties passed through
# BENCH_OPTS, e.g. BENCH_OPTS="-Dbench.iterationMs=1000 -Dbench.warmupMs=1000" for a longer run
# or -Dbench.filter=REGEX to measure only matching workload keys (see Settings.java).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
JDK=${BENCH_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JDK/bin/java"
OUT="$ROOT/benchmarks/target/bench"
SHARED=${LINREX_SHARED:-$ROOT/../shared}
OPTS="${BENCH_OPTS:-}"
[ -x "$JAVA" ] || { echo "report.sh: JDK 25 not found at $JDK (set BENCH_JDK)" >&2; exit 2; }
[ -d "$SHARED/bench" ] || { echo "report.sh: shared data not found at $SHARED (set LINREX_SHARED)" >&2; exit 2; }

start=$(date +%s)
echo "== build (JDK: $JDK)"
JAVA_HOME="$JDK" mvn -B -q -pl benchmarks -am -P '!second-jdk' package -DskipTests
mkdir -p "$OUT"
rm -f "$OUT"/*.json "$OUT"/*.log
# Run from a copy, so a build started meanwhile cannot replace the jar under the running JVMs.
JAR="$OUT/benchmarks.jar"
cp "$ROOT/benchmarks/target/benchmarks.jar" "$JAR"

# jdk.incubator.vector: SafeRE's jar asks for it (META-INF/jpms.args); every engine's JVM gets
# the same flags. JOL reads private fields of java.util.regex and the others' pattern objects.
# Transparent huge pages for the heap: a young JVM's G1 keeps moving eden onto heap pages it has
# never touched, and on this VM each first touch of a 4 KB page costs ~30-50 us (a paravirtualised
# kernel), so a call allocating 150 KB paid 37 page faults in some JVMs and none in others. With
# 2 MB pages that start-up transient is gone for every engine (see benchmarks/README.md).
JVM=(--add-modules jdk.incubator.vector -Xmx2g -XX:+UseTransparentHugePages "-Dlinrex.shared=$SHARED")
# shellcheck disable=SC2206
EXTRA=($OPTS)

{
  echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(free -g | awk '/Mem:/{print $2}') GiB RAM; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "JVM options of every step: ${JVM[*]}"
  echo "linrex commit: $(git rev-parse --short HEAD)$(git diff --quiet -- engine/src engine/pom.xml || echo ' (with uncommitted engine changes)'); RE2/J 1.8; SafeRE 1.1.0"
} > "$OUT/machine.txt"

echo "== check (every workload, every engine, watchdog)"
# A linrex failure is printed loudly and listed at the top of RESULTS.md; the run goes on.
"$JAVA" "${JVM[@]}" "${EXTRA[@]}" -jar "$JAR" check "$OUT/check.json" 2>&1 | tee "$OUT/check.log" | grep -v '^WARNING' || true

# JVMS fresh JVMs per engine (-Dbench.jvms in BENCH_OPTS; the jar prints Settings' value); the report's cell is the median
# over them. Round k runs one JVM of each engine, the engines in turn (round 2 starts with the JDK,
# …), so a slow stretch of the machine does not always fall on the same engine. JVM 1 writes
# measure-ENGINE.json (with the scaling cases), JVM k measure-ENGINE.k.json.
JVMS=$("$JAVA" "${EXTRA[@]}" -jar "$JAR" jvms)
ENGINES=(linrex jdk re2j safere)
for (( k = 1; k <= JVMS; k++ )); do
  for (( i = 0; i < ${#ENGINES[@]}; i++ )); do
    engine=${ENGINES[$(( (i + k - 1) % ${#ENGINES[@]} ))]}
    suffix=$([ "$k" = 1 ] && echo "" || echo ".$k")
    echo "== measure $engine (JVM $k of $JVMS)"
    "$JAVA" "${JVM[@]}" "${EXTRA[@]}" -jar "$JAR" measure "$engine" "$OUT/check.json" "$OUT/measure-$engine$suffix.json" "$k" "$JVMS" \
      > "$OUT/measure-$engine$suffix.log" 2>&1 || echo "measure $engine JVM $k FAILED (see $OUT/measure-$engine$suffix.log)"
    grep -E 'measuring|CHECK FAILED' "$OUT/measure-$engine$suffix.log" || true
  done
done

echo "== compile (all engines side by side, one JVM)"
"$JAVA" "${JVM[@]}" "${EXTRA[@]}" -jar "$JAR" compile "$OUT/check.json" "$OUT/compile.json" \
  > "$OUT/compile.log" 2>&1 || echo "compile FAILED (see $OUT/compile.log)"

echo "== memory (JOL)"
"$JAVA" "${JVM[@]}" "${EXTRA[@]}" --add-opens java.base/java.util.regex=ALL-UNNAMED \
  --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.util=ALL-UNNAMED \
  -Djdk.attach.allowAttachSelf=true -jar "$JAR" memory "$OUT/check.json" "$OUT/memory.json" \
  > "$OUT/memory.log" 2>&1 || echo "memory FAILED (see $OUT/memory.log)"

# Issue 6's WAF benchmark (CRS rule set in RegexSet vs the java.util.regex loop) and CRS load report:
# about 2 minutes; skipped for subset runs (BENCH_OPTS with -Dbench.filter) or with WAF=0.
if [ "${WAF:-1}" = 1 ] && [[ "$OPTS" != *bench.filter* ]]; then
  echo "== WAF (CRS rule set)"
  "$JAVA" "${JVM[@]}" "${EXTRA[@]}" -Xmx3g -jar "$JAR" waf "$OUT/waf.json" > "$OUT/waf.log" 2>&1 || echo "waf FAILED (see $OUT/waf.log)"
  grep -E 'measuring|CHECK FAILED' "$OUT/waf.log" || true
fi

echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg); wall time $(( $(date +%s) - start )) s" >> "$OUT/machine.txt"
# Say so when other jobs shared the machine (1-minute load above the core count at start or end).
if awk -v n="$(nproc)" '/load average at start:|Load average at end:/ { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9.]+$/ && $(i-1) ~ /start:|end:/ && $i + 0 > n) hit = 1 } END { exit !hit }' "$OUT/machine.txt"; then
  echo "**Note: the machine was shared with other jobs during this run** (load average above its $(nproc) cores): absolute times are inflated and noisy, and since the engines ran one after another the load each saw may differ, so ratios are noisy too." >> "$OUT/machine.txt"
fi
echo "== report"
"$JAVA" "${JVM[@]}" "${EXTRA[@]}" -jar "$JAR" report "$OUT" "$ROOT/benchmarks/RESULTS.md" \
  "benchmarks/report.sh${OPTS:+ (BENCH_OPTS=\"$OPTS\")}"
echo "done in $(( $(date +%s) - start )) s"
