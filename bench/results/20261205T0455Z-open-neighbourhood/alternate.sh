#!/bin/sh
# Open and depth-2 neighbourhoods at 1M, add44b7 (old) and main after the ingest's apply-after-return
# change (new), alternately. Binaries: `go test -c -o B ./bench` in a worktree of each. The store file is
# built once (by the new build) in D and opened by both: the file's format did not change.
# Usage: alternate.sh OLD.test NEW.test D > alternate.txt
old=$1 new=$2 D=$3
export AG_PERF_DIR=$D AG_PERF_SIZE=1000000
echo "== build the store $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
[ -f "$D/perf-1000000.db" ] || "$new" -test.run '^$' -test.bench 'PerfOpen' -test.benchtime 1x >/dev/null
for pair in 1 2; do
  for b in old new; do
    bin=$old; [ $b = new ] && bin=$new
    echo "== $b pair $pair $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
    (cd "$(dirname "$bin")" && "$bin" -test.run '^$' -test.bench 'PerfOpen' -test.benchtime 5x 2>&1 | grep -E '^Benchmark')
    (cd "$(dirname "$bin")" && "$bin" -test.run '^$' -test.bench 'PerfNeighborhood' -test.benchtime 500x 2>&1 | grep -E '^Benchmark')
  done
done
echo "== end $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
