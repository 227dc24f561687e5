#!/bin/bash
# The merge's two goroutines against none: serial.test is `go test -c ./bench` of 741de56 with, in
# store/boltstore/merge.go, compute's `go func()` running computeEntities as a plain call and apply's
# insertions never on their own goroutine (`if false && created >= parallelInsertFrom`); new.test of 741de56.
for r in 1 2; do for b in ${SERIAL:-./serial.test} ${NEW:-./new.test}; do
 echo "== $b run $r $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
 AG_PERF_SIZE=1000000 $b -test.run '^$' -test.bench 'PerfIngest' -test.benchtime 1x 2>&1 | grep Bench
done; done
echo "== done $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
