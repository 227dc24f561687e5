#!/bin/bash
# Alternating old/new at 1M relationships, same load: ingest (PerfIngest), open (PerfOpen, wall and CPU)
# and the neighbourhood after an open (PerfNeighborhood). old.test and new.test are `go test -c ./bench` of
# the two builds (old: fd2525f, whole relations in every adjacency; new: adjacency of graph.Link entries).
# Both open the same file in $D (the on-disk format is the same).
D=${D:-/tmp/z17a/perf}
R=${R:-3}
for r in $(seq $R); do
for b in old new; do
  echo "== $b run $r $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
  AG_PERF_SIZE=1000000 ./$b.test -test.run '^$' -test.bench 'PerfIngest' -test.benchtime 1x 2>&1 | grep Bench
  AG_PERF_DIR=$D AG_PERF_SIZE=1000000 ./$b.test -test.run '^$' -test.bench 'PerfOpen' -test.benchtime 3x 2>&1 | grep Bench
  AG_PERF_DIR=$D AG_PERF_SIZE=1000000 ./$b.test -test.run '^$' -test.bench 'PerfNeighborhood' -test.benchtime 300x 2>&1 | grep Bench
done; done
echo "== done $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
