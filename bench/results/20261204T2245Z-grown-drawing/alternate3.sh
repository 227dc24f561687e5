#!/bin/bash
# As alternate.sh, three builds in turn: OLD (c6f2458: two Graphviz runs), MID (45ba79c: one layout, the
# labels moved in its SVG, the placement unchanged; built with old_bench_test.go.txt renamed
# BenchmarkGrownDrawingCPU) and NEW (this commit: one layout, the placement with leaders).
R=${R:-5}
for r in $(seq $R); do
for b in "${OLD:-./old.test} GrownDrawing/placed" "${MID:-./mid.test} GrownDrawingCPU/placed" "${NEW:-./new.test} GrownDrawing/placed"; do
  set -- $b
  echo "== $1 run $r $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
  $1 -test.run '^$' -test.bench "$2" -test.benchtime 30x 2>&1 | grep Bench
done; done
echo "== done $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
