#!/bin/sh
# PerfOpen and PerfNeighborhood at 1M, alternately old and new, on one store file (AG_PERF_DIR; the first
# run builds it). Usage: open.sh OLD.test NEW.test PAIRS OUTDIR
old=$1 new=$2 pairs=$3 out=$4
mkdir -p "$out" "$out/store"
for i in $(seq 1 "$pairs"); do
	for which in old new; do
		eval bin=\$$which
		uptime >"$out/open-$which-$i.txt"
		AG_PERF_DIR=$out/store AG_PERF_SIZE=1000000 "$bin" -test.run '^$' -test.bench 'PerfOpen' -test.benchtime 3x >>"$out/open-$which-$i.txt" 2>&1
		AG_PERF_DIR=$out/store AG_PERF_SIZE=1000000 "$bin" -test.run '^$' -test.bench 'PerfNeighborhood' -test.benchtime 200x >>"$out/open-$which-$i.txt" 2>&1
		uptime >>"$out/open-$which-$i.txt"
	done
done
