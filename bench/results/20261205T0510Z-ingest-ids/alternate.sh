#!/bin/sh
# Alternates PerfIngest at 1M between two bench test binaries (go test -c of ./bench of each build), PAIRS
# pairs (old first, or new first in the odd pairs when FLIP is set), with the load average before each run.
# With TIME set, each run is under /usr/bin/time -v, and its user and system time, peak resident set and
# minor page faults are printed beside (the faults of a heap that grows were a third of an ingest at 1M).
# With MEM set, the benchmark also reports bytes and allocations a run (-test.benchmem).
# Usage: OLD=old.test NEW=new.test PAIRS=3 [FLIP=1] [TIME=1] [MEM=1] ./alternate.sh   (run from bench/)
set -e
: "${PAIRS:=2}"
run() {
	mem=
	if [ -n "$MEM" ]; then mem=-test.benchmem; fi
	echo "== $1 $(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)"
	if [ -n "$TIME" ]; then
		AG_PERF_SIZE=1000000 /usr/bin/time -v "$2" -test.run '^$' -test.bench PerfIngest -test.benchtime 1x $mem 2>&1 |
			grep -E '^Benchmark|User time|System time|Maximum resident|Minor'
	else
		AG_PERF_SIZE=1000000 "$2" -test.run '^$' -test.bench PerfIngest -test.benchtime 1x $mem | grep '^Benchmark'
	fi
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
