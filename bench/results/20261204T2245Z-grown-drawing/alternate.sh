#!/bin/bash
# A grown seed view (Tokayev's neighbourhood grown by Kazakhstan, pinned where dot drew it first) drawn in
# one process, old and new builds alternately at the same load, with the CPU time beside the wall time.
# old.test is `go test -c ./render` of c6f2458 with old_bench_test.go.txt added as render/zz_bench_test.go
# (the same benchmark; c6f2458 has no BenchmarkGrownDrawing); new.test the same of the new build, whose
# render/bench_test.go has it. Run from render/ (the seed's articles are read from the repository).
R=${R:-5}
OLD=${OLD:-./old.test}
NEW=${NEW:-./new.test}
for r in $(seq $R); do
for b in $OLD $NEW; do
  echo "== $b run $r $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
  $b -test.run '^$' -test.bench 'GrownDrawing/placed' -test.benchtime 30x 2>&1 | grep Bench
done; done
echo "== done $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
