#!/bin/sh
# BenchmarkExtract -cpu 1, old (af7c786) and new (t11c) test binaries run in turn from each tree's extract/
for r in 1 2 3 4; do
  for v in old new; do
    if [ $v = old ]; then dir=/tmp/t11c-old/extract; else dir=/work/wt-t11c/extract; fi
    echo "round $r $v $(uptime | sed 's/.*load average: //')"
    (cd $dir && /tmp/t11c/$v.test -test.run '^$' -test.bench 'BenchmarkExtract$' -test.cpu 1 -test.benchtime 5x -test.benchmem | grep -E 'Benchmark')
  done
done
