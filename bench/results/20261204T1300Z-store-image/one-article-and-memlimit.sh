#!/bin/bash
cd /tmp/i17
echo "== one article $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
AG_PERF_DIR=/tmp/i17/one AG_PERF_SIZE=1000000 ./bench.after -test.run '^$' -test.bench PerfOneArticle -test.benchtime 2x 2>&1 | grep Bench
for lim in off 1400MiB; do
echo "== serve GOMEMLIMIT=$lim $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
GOMEMLIMIT=$lim ./agbench -sizes 1M -store /tmp/i17/after/perf-1000000.db -only servememory -queries 1000 -actorgraph /tmp/i17/actorgraph.after -o /tmp/i17/res/servemem-limit-$lim.json 2>&1 | grep -v machine
done
