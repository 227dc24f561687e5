#!/bin/bash
# PerfNeighborhood at 1M, old and new alternating (as alternate.sh), to look again at the depth-2 query
# once Expand reads adjacency through the relation table.
D=${D:-/tmp/x17/perf}
for r in 1 2; do
for b in new old; do
  echo "== $b run $r $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
  AG_PERF_DIR=$D AG_PERF_SIZE=1000000 ./$b.test -test.run '^$' -test.bench 'PerfNeighborhood' -test.benchtime 300x 2>&1 | grep Bench
done; done
echo "== done $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
