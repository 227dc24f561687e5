#!/bin/sh
# The lead's quiet run after the session's round (2026-12-05): PerfIngest and PerfOpen at 1M, main before the
# session (af7c786: no reservation in the product) against main after it (the store reserving at Open,
# d3a21af), alternately in one run. Make the binaries first, from bench/ of each tree:
#   go test -c -o /tmp/lead-old-bench.test .   (af7c786)   go test -c -o /tmp/lead-new-bench.test .   (main)
T="/usr/bin/time -f %e-s-wall_%U-user_%S-sys_%M-KB_%R-minflt"
line() { echo "== $1 $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"; }
for r in 1 2 3 4; do
	for b in old new; do
		line "ingest-1M $b"
		AG_PERF_SIZE=1000000 $T /tmp/lead-$b-bench.test -test.run '^$' -test.bench PerfIngest -test.benchtime 1x 2>&1 |
			grep -E '^Benchmark|wall'
	done
done
mkdir -p /tmp/lead-perf
for r in 1 2 3 4; do
	for b in old new; do
		line "open-1M $b"
		AG_PERF_DIR=/tmp/lead-perf AG_PERF_SIZE=1000000 $T /tmp/lead-$b-bench.test -test.run '^$' -test.bench PerfOpen -test.benchtime 1x 2>&1 |
			grep -E '^Benchmark|wall'
	done
done
