#!/bin/sh
# PerfIngest at 1M in turn without and with the heap reserved and advised for transparent huge pages first
# (AG_THP=reserve, internal/hugepages), each run under /usr/bin/time -v. Run from bench/ after
# `go test -c -o /tmp/hp.test .`; the kernel must give huge pages on request
# (/sys/kernel/mm/transparent_hugepage/enabled = madvise), or Reserve does nothing.
set -e
for r in 1 2 3; do
	for m in none reserve; do
		echo "== $m $(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)"
		AG_THP=$([ $m = reserve ] && echo reserve) AG_PERF_SIZE=1000000 /usr/bin/time -v /tmp/hp.test \
			-test.run '^$' -test.bench PerfIngest -test.benchtime 1x -test.v 2>&1 |
			grep -E '^Benchmark|advised|User time|System time|Maximum resident|Minor'
	done
done
