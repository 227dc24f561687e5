#!/bin/sh
# Alternating comparison of BenchmarkExtract builds (go test -c at each commit into /tmp/t11a-bin), run from extract/.
# Usage: run.sh ROUNDS COMMIT...
rounds=$1; shift
for r in $(seq 1 "$rounds"); do
  for c in "$@"; do
    printf 'round %s %s load %s\n' "$r" "$c" "$(cut -d' ' -f1-3 /proc/loadavg)"
    /usr/bin/time -f 'cpu user %U sys %S wall %e' /tmp/t11a-bin/$c.test -test.run '^$' -test.bench BenchmarkExtract -test.cpu 1 -test.benchtime 5x -test.benchmem 2>&1 | grep -E 'Benchmark|cpu user'
  done
done
