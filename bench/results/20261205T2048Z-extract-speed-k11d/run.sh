#!/bin/sh
# BenchmarkExtract -cpu 1, main just before the k11d steps (0496d8c2) and main after the third (8ac2bf86), in
# turn, five rounds (ROUNDS="4 5" ran the last two); between them also the other engineers' steps landed meanwhile (b59c6533, 818404c1,
# a8d3f867 ... c27b4f50). Each test binary built with `go test -c -o X.test ./extract` at its commit and run
# from that tree's extract/ (detached worktrees OLD_TREE, NEW_TREE; binaries in BIN).
for r in ${ROUNDS:-1 2 3}; do
  for b in old new; do
    if [ $b = old ]; then d=$OLD_TREE/extract; else d=$NEW_TREE/extract; fi
    l=$(cut -d' ' -f1 /proc/loadavg)
    (cd $d && $BIN/$b.test -test.run '^$' -test.bench BenchmarkExtract \
      -test.cpu 1 -test.benchtime 5x -test.benchmem 2>&1 | grep -E '^Benchmark' |
      awk -v b=$b -v r=$r -v l=$l '{print b, r, "load", l, $0}')
  done
done
# The third step alone was run the same way with OLD_TREE a detached worktree of da7796f4 (binary pre3.test)
# and NEW_TREE of 8ac2bf86, four rounds; the eight rounds' last three ran new first.
