#!/bin/sh
# N times: the probe (GOMAXPROCS=1), then BIN's PerfIngest at 1M with gctrace, marks and /usr/bin/time -v.
: "${N:=4}"
i=1
while [ "$i" -le "$N" ]; do
	f="$OUT/run-$TAG$i.txt"
	echo "== $(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)" > "$f"
	GOMAXPROCS=1 /tmp/p17g/probe/probe >> "$f"
	echo "== $(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)" >> "$f"
	GODEBUG=gctrace=1 AG_PERF_MARKS=1 AG_PERF_SIZE=1000000 /usr/bin/time -v "$BIN" -test.run '^$' -test.bench PerfIngest -test.benchtime 1x >> "$f" 2>&1
	grep -E '^Benchmark|^probe' "$f" | tr '\n' ' ' | sed 's/ns\/op.*relations\/cpu-s/ relations\/cpu-s/'; echo
	i=$((i + 1))
done
