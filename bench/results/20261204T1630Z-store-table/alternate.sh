#!/bin/bash
# Alternating old/new at 1M relationships, same load: open (PerfOpen, wall and CPU), neighbourhood after
# the open (PerfNeighborhood) and ingest (PerfIngest). old.test and new.test are `go test -c ./bench` of the
# two builds (old: dbae255, the relation copies in every adjacency; new: adjacency as places in one table).
# Both open the same file in $D (the on-disk format is the same).
D=${D:-/tmp/x17/perf}
for r in 1 2 3; do
for b in old new; do
  echo "== $b run $r $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
  AG_PERF_DIR=$D AG_PERF_SIZE=1000000 ./$b.test -test.run '^$' -test.bench 'PerfOpen' -test.benchtime 3x 2>&1 | grep Bench
  AG_PERF_DIR=$D AG_PERF_SIZE=1000000 ./$b.test -test.run '^$' -test.bench 'PerfNeighborhood' -test.benchtime 300x 2>&1 | grep Bench
  AG_PERF_SIZE=1000000 ./$b.test -test.run '^$' -test.bench 'PerfIngest' -test.benchtime 1x 2>&1 | grep Bench
done; done
echo "== done $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
