#!/bin/sh
# Alternates PerfIngest at 1M of one bench binary under two GOGC values, with peak RSS and the load.
# Usage (from bench/): BIN=x.test A=100 B=400 PAIRS=3 ./gogc.sh
: "${PAIRS:=3}"
run() {
	echo "== GOGC=$1 $(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)"
	GOGC=$1 AG_PERF_SIZE=1000000 /usr/bin/time -f "maxrss %M KB, minor faults %R, user %U s, sys %S s" "$BIN" -test.run '^$' -test.bench PerfIngest -test.benchtime 1x 2>&1 | grep -E '^Benchmark|maxrss'
}
i=0
while [ "$i" -lt "$PAIRS" ]; do
	if [ $((i % 2)) -eq 1 ]; then run "$B"; run "$A"; else run "$A"; run "$B"; fi
	i=$((i + 1))
done
