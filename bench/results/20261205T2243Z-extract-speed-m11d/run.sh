#!/bin/sh
# OLD: a worktree of main at b88c28d2 (go test -c -o /tmp/m11d/old.test ./extract); NEW: this branch (the neighbours step)
# BenchmarkExtract of main's build and this branch's, run in turn from each tree's extract/ folder
for i in 1 2 3; do
  uptime
  (cd $OLD/extract && /tmp/m11d/old.test -test.run '^$' -test.bench BenchmarkExtract -test.cpu 1 -test.benchtime 5x | grep -E 'Benchmark') | sed 's/^/old /'
  (cd $NEW/extract && /tmp/m11d/new.test -test.run '^$' -test.bench BenchmarkExtract -test.cpu 1 -test.benchtime 5x | grep -E 'Benchmark') | sed 's/^/new /'
done
uptime
