#!/bin/sh
# BenchmarkExtract -cpu 1, main at the session's start (7c64ede0, before the k11c steps and the other
# engineers' steps of the round) and main at c27b4f50 (after the four k11c steps), in turn, six rounds; each
# test binary built with `go test -c -o X.test ./extract` at its commit and run from that tree's extract/
# (old from a detached worktree of 7c64ede0). Rounds 4-6 under /usr/bin/time for the CPU seconds.
for r in 1 2 3 4 5 6; do
  for b in old new; do
    if [ $b = old ]; then d=$OLD_TREE/extract; else d=$NEW_TREE/extract; fi
    l=$(cut -d' ' -f1 /proc/loadavg)
    (cd $d && /usr/bin/time -f "cpu %U user %S sys" $BIN/$b.test -test.run '^$' -test.bench BenchmarkExtract \
      -test.cpu 1 -test.benchtime 5x -test.benchmem 2>&1 | grep -E '^Benchmark|^cpu' | tr '\n' ' ' |
      awk -v b=$b -v r=$r -v l=$l '{print b, r, "load", l, $0}')
  done
done
