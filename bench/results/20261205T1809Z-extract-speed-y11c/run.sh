#!/bin/sh
# Alternating comparison of BenchmarkExtract: the short-form step (5c2b5d23) against its parent (66c9af2e).
# Build each with `go test -c -o /tmp/y11c-<old|new>.test ./extract` in a tree at that commit, then run this
# from the repository root. Usage: run.sh ROUNDS OLD_TREE NEW_TREE
rounds=$1; old=$2; new=$3
for r in $(seq 1 "$rounds"); do
  for t in old new; do
    tree=$old; [ $t = new ] && tree=$new
    printf 'round %s %s load %s\n' "$r" "$t" "$(cut -d' ' -f1-3 /proc/loadavg)"
    (cd "$tree/extract" && /tmp/y11c-$t.test -test.run '^$' -test.bench 'BenchmarkExtract$' -test.cpu 1 -test.benchtime 5x -test.benchmem 2>&1 | grep -E '^Benchmark')
  done
done
