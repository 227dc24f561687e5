#!/bin/sh
# The same bench binary alternately with the collector's percent as the product leaves it ("old") and with
# AG_PERF_GOGC=$PCT for the timed ingest only ("new"): an experiment, PAIRS pairs, new first in odd pairs.
# Usage: BIN=new.test PCT=130 PAIRS=3 sh gogc.sh   (run from bench/)
set -e
: "${PAIRS:=2}"
run() {
	echo "== $1 $(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)"
	AG_PERF_SIZE=1000000 AG_PERF_GOGC=$2 /usr/bin/time -v "$BIN" -test.run '^$' -test.bench PerfIngest -test.benchtime 1x -test.benchmem 2>&1 |
		grep -E '^Benchmark|User time|System time|Maximum resident|Minor'
}
i=0
while [ "$i" -lt "$PAIRS" ]; do
	if [ $((i % 2)) -eq 1 ]; then
		run new "$PCT"; run old ""
	else
		run old ""; run new "$PCT"
	fi
	i=$((i + 1))
done
