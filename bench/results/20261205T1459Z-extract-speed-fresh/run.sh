#!/bin/sh
# Alternating comparison of BenchmarkExtract builds, run from extract/. Build each first:
#   git worktree add --detach /tmp/t11d-old COMMIT && (cd /tmp/t11d-old && go test -c -o /tmp/t11d-NAME.test ./extract)
# Usage: run.sh ROUNDS NAME...   (NAME: old/new = 8cb8024/46fa423, p0/p1 = d7d3c83^/d7d3c83)
rounds=$1; shift
for r in $(seq 1 "$rounds"); do
  for b in "$@"; do
    /tmp/t11d-$b.test -test.run '^$' -test.bench BenchmarkExtract -test.cpu 1 -test.benchtime 5x | grep -E 'Benchmark' | sed "s/^/$b /"
  done
done
