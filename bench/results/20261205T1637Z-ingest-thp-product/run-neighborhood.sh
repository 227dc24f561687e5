#!/bin/sh
# PerfNeighborhood at 1M, main (af7c786) and this build alternately, two pairs, on the store run.sh left in
# /tmp/p17-perf (each process opens it once: this build's Open reserves the heap for huge pages).
set -e
for r in 1 2; do
	for b in old new; do
		echo "== neighborhood-1M $b $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
		AG_PERF_DIR=/tmp/p17-perf AG_PERF_SIZE=1000000 /tmp/p17-$b.test -test.run '^$' -test.bench PerfNeighborhood 2>&1 |
			grep -E '^Benchmark'
	done
done
