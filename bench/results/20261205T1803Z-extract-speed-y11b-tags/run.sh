#!/bin/sh
# Alternating comparison of BenchmarkExtract builds (go test -c ./extract at each commit into /tmp/y11b-bin),
# run from extract/. Usage: run.sh ROUNDS COMMIT...   (here: run.sh 5 528abdbc 09481b9e)
rounds=$1; shift
for r in $(seq 1 "$rounds"); do
  for c in "$@"; do
    printf 'round %s %s load %s\n' "$r" "$c" "$(cut -d' ' -f1-3 /proc/loadavg)"
    /tmp/y11b-bin/$c.test -test.run '^$' -test.bench 'BenchmarkExtract$' -test.cpu 1 -test.benchtime 5x -test.benchmem 2>&1 | grep -E '^Benchmark'
  done
done
