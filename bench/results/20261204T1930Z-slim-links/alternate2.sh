#!/bin/bash
# Alternating old/new at 1M relationships, same load, with the CPU time beside the wall: open (PerfOpen:
# open-ms, open-cpu-ms, and the first click after it, click-ms), the neighbourhood after an open
# (PerfNeighborhood) and ingest (PerfIngest: relations/s and relations/cpu-s). old.test is `go test -c
# ./bench` of fd2525f with this commit's bench/*_test.go (which only add the CPU and click metrics);
# new.test the same of the new build (links, relations decoded on two goroutines). Both open the same file
# in $D (the on-disk format is the same).
D=${D:-/tmp/z17a/perf}
R=${R:-3}
OLD=${OLD:-./old.test}
NEW=${NEW:-./new.test}
for r in $(seq $R); do
for b in $OLD $NEW; do
  echo "== $b run $r $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
  AG_PERF_DIR=$D AG_PERF_SIZE=1000000 $b -test.run '^$' -test.bench 'PerfOpen' -test.benchtime 3x 2>&1 | grep Bench
  AG_PERF_DIR=$D AG_PERF_SIZE=1000000 $b -test.run '^$' -test.bench 'PerfNeighborhood' -test.benchtime 300x 2>&1 | grep Bench
  AG_PERF_SIZE=1000000 $b -test.run '^$' -test.bench 'PerfIngest' -test.benchtime 1x 2>&1 | grep Bench
done; done
echo "== done $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
