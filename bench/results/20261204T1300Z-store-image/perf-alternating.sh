#!/bin/bash
# Alternating before/after at 1M: ingest (PerfIngest), open, neighbourhood (PerfOpen, PerfNeighborhood).
cd /tmp/i17
while pgrep -f run2.sh >/dev/null; do sleep 5; done
for r in 1 2; do
for b in before after; do
  if [ $b = before ]; then d=/tmp/i17; else d=/tmp/i17/after; fi
  echo "== $b run $r $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
  AG_PERF_DIR=$d AG_PERF_SIZE=1000000 ./bench.$b -test.run '^$' -test.bench 'PerfOpen|PerfNeighborhood' -test.benchtime 3x 2>&1 | grep Bench
  AG_PERF_DIR=$d AG_PERF_SIZE=1000000 ./bench.$b -test.run '^$' -test.bench 'PerfNeighborhood' -test.benchtime 300x 2>&1 | grep Bench
  AG_PERF_SIZE=1000000 ./bench.$b -test.run '^$' -test.bench 'PerfIngest' -test.benchtime 1x 2>&1 | grep Bench
done; done
echo "== done $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
