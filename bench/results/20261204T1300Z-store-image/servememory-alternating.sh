#!/bin/bash
# Alternating before/after serve measurements at 1M.
cd /tmp/i17
for r in 1 2 3; do for b in before after; do
  if [ $b = before ]; then f=/tmp/i17/perf-1000000.db; else f=/tmp/i17/after/perf-1000000.db; fi
  echo "== $b run $r $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
  ./agbench -sizes 1M -store $f -only servememory -queries 1000 -actorgraph /tmp/i17/actorgraph.$b -o /tmp/i17/res/servemem-$b-$r.json 2>&1 | grep -v machine
done; done
