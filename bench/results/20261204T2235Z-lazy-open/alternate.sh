#!/bin/bash
# Alternating old/new at 1M relationships, same load, with the CPU time beside the wall: open (PerfOpen:
# open-ms, open-cpu-ms, and the first click after it, click-ms, click-cpu-ms) and the neighbourhood after an
# open (PerfNeighborhood: p50/p99 of 300 depth-2 views of any actor and of the 20 hubs). old.test is
# `go test -c -o old.test ./bench` of c6f2458 (evidence decoded at Open, relations indexed by id), new.test
# the same of the new build. Both open the same file in $D (the on-disk format is the same).
D=${D:-/tmp/z17b}
R=${R:-3}
OLD=${OLD:-./old.test}
NEW=${NEW:-./new.test}
for r in $(seq $R); do
for b in $OLD $NEW; do
  echo "== $b run $r $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
  AG_PERF_DIR=$D AG_PERF_SIZE=1000000 $b -test.run '^$' -test.bench 'PerfOpen' -test.benchtime 3x 2>&1 | grep Bench
  AG_PERF_DIR=$D AG_PERF_SIZE=1000000 $b -test.run '^$' -test.bench 'PerfNeighborhood' -test.benchtime 300x 2>&1 | grep Bench
done; done
echo "== done $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
