#!/bin/sh
# PerfOpen at 1M (-benchtime 1x: a process's first open of the store, with the first click after it) and
# PerfNeighborhood at 1M (200 of each set, in a process of its own), old and new in turn, PAIRS pairs, the
# load average before each run. The store file is one PerfIngest built (AG_PERF_DIR); run from bench/.
# Usage: OLD=old.test NEW=new.test DIR=/tmp/p17d-perf PAIRS=3 ./open.sh
: "${PAIRS:=3}"
i=0
while [ "$i" -lt "$PAIRS" ]; do
	for b in old new; do
		bin=$OLD
		[ "$b" = new ] && bin=$NEW
		echo "== $b $(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)"
		AG_PERF_DIR=$DIR AG_PERF_SIZE=1000000 "$bin" -test.run '^$' -test.bench PerfOpen -test.benchtime 1x 2>&1 |
			grep '^Benchmark'
		AG_PERF_DIR=$DIR AG_PERF_SIZE=1000000 "$bin" -test.run '^$' -test.bench PerfNeighborhood -test.benchtime 200x 2>&1 |
			grep '^Benchmark'
	done
	i=$((i + 1))
done
