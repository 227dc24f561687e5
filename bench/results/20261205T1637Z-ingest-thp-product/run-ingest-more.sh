#!/bin/sh
# Three more pairs of PerfIngest at 1M, main (af7c786) and this build alternately (binaries as in run.sh).
set -e
T="/usr/bin/time -f %e-s-wall_%U-user_%S-sys_%M-KB_%R-minflt"
for r in 1 2 3; do
	for b in old new; do
		echo "== ingest-1M $b $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
		AG_PERF_SIZE=1000000 $T /tmp/p17-$b.test -test.run '^$' -test.bench PerfIngest -test.benchtime 1x 2>&1 |
			grep -E '^Benchmark|wall'
	done
done
