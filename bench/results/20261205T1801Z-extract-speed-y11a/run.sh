#!/bin/sh
# BenchmarkExtract -cpu 1, test binaries of 928479b (before the lists-of-speakers and plural-members steps)
# and 5c89896 (after them) built with `go test -c`, run in turn from each tree's extract/, eight rounds:
#   (cd OLD/extract && go test -c -o /tmp/y11a/old.test .); (cd NEW/extract && go test -c -o /tmp/y11a/new.test .)
#   then this script with OLD and NEW set to the two trees.
for r in 1 2 3 4 5 6 7 8; do
  for v in old new; do
    if [ $v = old ]; then dir=$OLD/extract; else dir=$NEW/extract; fi
    (cd "$dir" && /tmp/y11a/$v.test -test.run '^$' -test.bench BenchmarkExtract -test.cpu 1 -test.benchtime 5x -test.benchmem | grep -E '^BenchmarkExtract' | sed "s/^/$v r$r /")
  done
  uptime
done
