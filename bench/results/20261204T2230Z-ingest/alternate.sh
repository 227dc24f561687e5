#!/bin/bash
# Ingest before and after the allocation and merge changes of issue 17 (b24ec36, 741de56), alternately at the
# same load: PerfIngest at 1M and at 100k relationships (relations/s and relations/cpu-s), then boltstore's
# BenchmarkNeighborhoodDepth2 and BenchmarkSearch, whose stores the ingest under test builds (its memory
# layout is what they read). OLD/NEW are `go test -c ./bench` of 974fb08 and of the new build, OLDB/NEWB
# `go test -c ./store/boltstore` of the same two.
R=${R:-3}
OLD=${OLD:-./old.test} NEW=${NEW:-./new.test}
OLDB=${OLDB:-./oldb.test} NEWB=${NEWB:-./newb.test}
for r in $(seq $R); do
for p in "$OLD $OLDB" "$NEW $NEWB"; do
  set -- $p
  echo "== $1 run $r $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
  AG_PERF_SIZE=1000000 $1 -test.run '^$' -test.bench 'PerfIngest' -test.benchtime 1x 2>&1 | grep Bench
  AG_PERF_SIZE=100000 $1 -test.run '^$' -test.bench 'PerfIngest' -test.benchtime 3x 2>&1 | grep Bench
  $2 -test.run '^$' -test.bench 'NeighborhoodDepth2/large' -test.benchtime 100x 2>&1 | grep Bench
  $2 -test.run '^$' -test.bench 'Search' -test.benchtime 5000x 2>&1 | grep Bench
done; done
echo "== done $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
