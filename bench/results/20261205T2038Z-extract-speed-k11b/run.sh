#!/bin/sh
# BenchmarkExtract -cpu 1, the build before the k11b event steps (7ebffacc) and after them (a5e416df), in
# turn, three rounds; both test binaries built with `go test -c` at their commit and run from extract/.
for r in 1 2 3; do
  for b in pre new; do
    ./$b.test -test.run '^$' -test.bench BenchmarkExtract -test.cpu 1 -test.benchtime 5x -test.benchmem | grep Benchmark | sed "s/^/$b r$r /"
  done
done
