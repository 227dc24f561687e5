#!/bin/sh
# BenchmarkExtract -cpu 1, the builds of 2336d898 (before the relatives step) and a8d3f867 (after) in turn,
# each from its tree's extract/ folder.
for r in 1 2 3; do
  for b in old new; do
    if [ $b = old ]; then dir=/tmp/k11a-old/extract; else dir=/work/wt-k11a/extract; fi
    echo "round $r $b $(uptime | sed 's/.*load average: //')"
    (cd $dir && /tmp/k11a/$b.test -test.run '^$' -test.bench BenchmarkExtract -test.cpu 1 -test.benchtime 5x -test.benchmem | grep Benchmark)
  done
done
