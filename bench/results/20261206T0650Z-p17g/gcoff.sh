#!/bin/sh
# PAIRS pairs of BIN's PerfIngest at 1M: the default, then AG_PERF_GOGC=$GC (the collector's percent for the
# timed ingest only), flipped in odd pairs; each with gctrace, marks and /usr/bin/time -v, to OUT/run-<tag>.txt.
: "${PAIRS:=3}" "${GC:=-1}"
one() {
	f="$OUT/run-$TAG$2-$1.txt"
	echo "== $(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg) AG_PERF_GOGC=$3" > "$f"
	AG_PERF_GOGC=$3 GODEBUG=gctrace=1 AG_PERF_MARKS=1 AG_PERF_SIZE=1000000 /usr/bin/time -v "$BIN" -test.run '^$' -test.bench PerfIngest -test.benchtime 1x >> "$f" 2>&1
}
i=1
while [ "$i" -le "$PAIRS" ]; do
	if [ $((i % 2)) -eq 0 ]; then one gc "$i" "$GC"; one def "$i" ""; else one def "$i" ""; one gc "$i" "$GC"; fi
	i=$((i + 1))
done
