#!/bin/bash
# serve's resident memory at 1M relationships, main before p17c (7c64ede) and after it, alternately (copied from
# bench/results/20261205T1651Z-serve-memory-thp): agbench starts `actorgraph serve` on a copy of the store file, reads its resident set once it
# serves, sends 1,000 depth-2 neighbourhoods and searches (two clients), and reads it again with the peak
# (VmHWM). GOMEMLIMIT, when set, is passed to serve.
D=${D:-/tmp/z17b}
R=${R:-2}
AGBENCH=${AGBENCH:-./agbench}
for r in $(seq $R); do
for b in ${OLD:-./ag-old} ${NEW:-./ag-new}; do
  echo "== $b run $r $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg) GOMEMLIMIT=${GOMEMLIMIT:-unset}"
  $AGBENCH -sizes 1M -store $D/perf-1000000.db -only servememory -queries 1000 -actorgraph $b 2>&1 | grep '^serve'
done; done
echo "== done $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
