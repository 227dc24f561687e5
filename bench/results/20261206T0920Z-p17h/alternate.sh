#!/bin/sh
# results/20261205T0510Z-ingest-ids/alternate.sh with -test.benchmem (bytes and allocations a run) added:
# PerfIngest at 1M alternately between two bench test binaries, PAIRS pairs (new first in the odd pairs
# when FLIP is set), under /usr/bin/time -v, with the load average before each run.
# Usage: OLD=old.test NEW=new.test PAIRS=3 [FLIP=1] sh alternate.sh   (run from bench/)
set -e
: "${PAIRS:=2}"
run() {
	echo "== $1 $(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)"
	AG_PERF_SIZE=1000000 /usr/bin/time -v "$2" -test.run '^$' -test.bench PerfIngest -test.benchtime 1x -test.benchmem 2>&1 |
		grep -E '^Benchmark|User time|System time|Maximum resident|Minor'
}
i=0
while [ "$i" -lt "$PAIRS" ]; do
	if [ -n "$FLIP" ] && [ $((i % 2)) -eq 1 ]; then
		run new "$NEW"; run old "$OLD"
	else
		run old "$OLD"; run new "$NEW"
	fi
	i=$((i + 1))
done
