#!/bin/sh
# PerfNeighborhood at 1M (a store opened once, then 300 depth-2 neighbourhoods of spread actors and 300 of
# the 20 hubs), OLD and NEW alternately: OLD=... NEW=... D=... PAIRS=4 ./neighborhood.sh > neighborhood.txt
line() { echo "== $1 $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"; }
for r in $(seq "${PAIRS:-4}"); do
	for b in OLD NEW; do
		eval bin=\$$b
		line "neighborhood $b"
		AG_PERF_DIR=$D AG_PERF_SIZE=1000000 "$bin" -test.run '^$' -test.bench PerfNeighborhood -test.benchtime 300x 2>&1 |
			grep -E '^Benchmark'
	done
done
