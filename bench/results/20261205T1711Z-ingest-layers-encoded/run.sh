#!/bin/sh
# PerfIngest at 1M, alternately: the old build (main before the step, a detached worktree) and the new one.
# Usage: run.sh OLD.test NEW.test FIRST LAST OUTDIR [profile]: pairs FIRST..LAST, test binaries from
# `go test -c` in each tree's bench/; with "profile", each run also writes a CPU profile beside its output.
old=$1 new=$2 first=$3 last=$4 out=$5
mkdir -p "$out"
for i in $(seq "$first" "$last"); do
	for which in old new; do
		eval bin=\$$which
		prof=
		[ "$6" = profile ] && prof="-test.cpuprofile $out/$which-$i.cpu"
		uptime >"$out/$which-$i.txt"
		AG_PERF_SIZE=1000000 /usr/bin/time -v "$bin" -test.run '^$' -test.bench PerfIngest -test.benchtime 1x $prof >>"$out/$which-$i.txt" 2>&1
		uptime >>"$out/$which-$i.txt"
	done
done
