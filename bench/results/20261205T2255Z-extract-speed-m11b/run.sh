#!/bin/sh
# BenchmarkExtract -cpu 1, main at the start of the m11b steps (365f6822) and main after the last (bdf46694;
# m11a's two steps 8809ae55 and 8b4f9601 landed between them too), in turn, four rounds. Each test binary
# built with `go test -c -o X.test ./extract` at its commit and run from that tree's extract/ (worktrees
# OLD_TREE, NEW_TREE; binaries old.test and new.test in BIN).
for r in ${ROUNDS:-1 2 3 4}; do
  for b in old new; do
    if [ $b = old ]; then d=$OLD_TREE/extract; else d=$NEW_TREE/extract; fi
    l=$(cut -d' ' -f1 /proc/loadavg)
    (cd $d && $BIN/$b.test -test.run '^$' -test.bench BenchmarkExtract \
      -test.cpu 1 -test.benchtime 5x -test.benchmem 2>&1 | grep -E '^Benchmark' |
      awk -v b=$b -v r=$r -v l=$l '{print b, r, "load", l, $0}')
  done
done
