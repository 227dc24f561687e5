#!/bin/sh
# The heap's huge-page reservation in the product (boltstore.Open with ExpectInput, hugepages.ForGrowth)
# against main before it (af7c786), alternately in one run:
#  1. PerfIngest at 1M (main's benchmark without AG_THP; this one opens through ExpectInput), three pairs;
#  2. PerfOpen at 1M, one open per process (only a process's first Open reserves), three pairs, on a store
#     both builds open (AG_PERF_DIR);
#  3. `actorgraph ingest` of 140 copies of the seed article (1.1 MB, ids copy-N) into a new store, five pairs.
# Make the binaries first, from bench/ of each tree:
#   go test -c -o /tmp/p17-new.test .   (this tree)   go test -c -o /tmp/p17-old.test .   (main's)
#   go build -o /tmp/p17-ag ./cmd/actorgraph           go build -o /tmp/p17-ag-old ./cmd/actorgraph
set -e
T="/usr/bin/time -f %e-s-wall_%U-user_%S-sys_%M-KB_%R-minflt"
line() { echo "== $1 $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"; }
for r in 1 2 3; do
	for b in old new; do
		line "ingest-1M $b"
		AG_PERF_SIZE=1000000 $T /tmp/p17-$b.test -test.run '^$' -test.bench PerfIngest -test.benchtime 1x 2>&1 |
			grep -E '^Benchmark|wall'
	done
done
mkdir -p /tmp/p17-perf
for r in 1 2 3; do
	for b in old new; do
		line "open-1M $b"
		AG_PERF_DIR=/tmp/p17-perf AG_PERF_SIZE=1000000 $T /tmp/p17-$b.test -test.run '^$' -test.bench PerfOpen -test.benchtime 1x 2>&1 |
			grep -E '^Benchmark|wall'
	done
done
in=/tmp/p17-in
mkdir -p $in
for i in $(seq 1 140); do sed "s/^id: .*/id: copy-$i/" ../../../seeds/2022-01-07-kazakhstan-csto-intervention.txt >$in/a$i.txt; done
for r in 1 2 3 4 5; do
	for b in old new; do
		bin=/tmp/p17-ag; [ $b = old ] && bin=/tmp/p17-ag-old
		rm -f /tmp/p17-x.db
		line "actorgraph-ingest $b"
		$T $bin ingest --store /tmp/p17-x.db $in 2>&1 | tail -1
	done
done
