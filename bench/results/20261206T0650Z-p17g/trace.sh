#!/bin/sh
# Runs BIN's PerfIngest at 1M N times, each with GODEBUG=gctrace=1, AG_PERF_MARKS=1 and /usr/bin/time -v;
# the whole output of run i goes to OUT/run-i.txt, with the load average first.
: "${N:=4}"
i=1
while [ "$i" -le "$N" ]; do
	f="$OUT/run-$TAG$i.txt"
	echo "== $(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)" > "$f"
	GODEBUG=gctrace=1 AG_PERF_MARKS=1 AG_PERF_SIZE=1000000 /usr/bin/time -v "$BIN" -test.run '^$' -test.bench PerfIngest -test.benchtime 1x >> "$f" 2>&1
	grep '^Benchmark' "$f"
	i=$((i + 1))
done
