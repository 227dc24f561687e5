#!/bin/sh
# Runs PerfIngest at 1M with the bench test binaries given (`go test -c -o X.test ./bench` of each build),
# one after the other, ROUNDS times; run from the repository's root. Output: alternate.txt.
cd bench
for r in $(seq 1 ${ROUNDS:-1}); do
  for bin in "$@"; do
    echo "== $bin round $r $(date -u +%H:%M:%S) $(uptime | sed 's/.*load/load/')"
    AG_PERF_SIZE=1000000 $bin -test.run '^$' -test.bench PerfIngest -test.benchtime 1x 2>&1 | grep Benchmark
  done
done
echo "== end $(date -u +%H:%M:%S) $(uptime | sed 's/.*load/load/')"
