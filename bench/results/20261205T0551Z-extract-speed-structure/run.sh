#!/bin/sh
# BenchmarkExtract on one core, each build in turn, four rounds, from extract/ of a checkout: each binary
# built with `go test -c -o /tmp/y11h-bench-<commit>.test ./extract` at its commit (d07a943fix: d07a943
# with the titleQualifies check of d4a2013).
cd /work/wt-y11h/extract
for r in 1 2 3 4; do
  for c in 589965f 05ced8e 777b251 d07a943 d07a943fix d0690c4 d912f55; do
    echo "round $r $c load $(cut -d' ' -f1-3 /proc/loadavg)"
    /tmp/y11h-bench-$c.test -test.run '^$' -test.bench BenchmarkExtract -test.cpu 1 -test.benchtime 3x 2>&1 | grep Benchmark
  done
done
