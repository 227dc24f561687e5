#!/bin/sh
# PerfOpen at 1M, one open per process (what `serve` does), main before the step (OLD) and with it (NEW)
# alternately; then PerfOpen -benchtime 5x (repeated opens in one process) and PerfNeighborhood, alternately.
# Build each binary from bench/ of its tree: go test -c -o OLD.test .  Run from anywhere:
#   OLD=/tmp/p17c-old.test NEW=/tmp/p17c-new.test D=/tmp/p17c-perf PAIRS=6 ./run.sh > run.txt
# D holds perf-1000000.db (made by the first run if missing; both builds read the same file format).
T="/usr/bin/time -f %e-s-wall_%U-user_%S-sys_%M-KB_%R-minflt"
line() { echo "== $1 $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"; }
run() { # build bench benchtime
	AG_PERF_DIR=$D AG_PERF_SIZE=1000000 $T "$1" -test.run '^$' -test.bench "$2" -test.benchtime "$3" 2>&1 |
		grep -E '^Benchmark|wall'
}
for r in $(seq "${PAIRS:-6}"); do
	for b in OLD NEW; do
		eval bin=\$$b
		line "open-1x $b"
		run "$bin" PerfOpen 1x
	done
done
for r in $(seq "${PAIRS5:-2}"); do
	for b in OLD NEW; do
		eval bin=\$$b
		line "open-5x $b"
		run "$bin" PerfOpen 5x
		line "neighborhood $b"
		run "$bin" PerfNeighborhood 300x
	done
done
