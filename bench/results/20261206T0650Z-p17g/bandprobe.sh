#!/bin/sh
# For a quiet machine: N runs of BIN's PerfIngest at 1M (GODEBUG=gctrace=1, AG_PERF_MARKS=1, /usr/bin/time -v),
# each after three rounds of the integer loop (ALU: the vCPU's speed just before) and before the touch probe
# (PROBE: after the ingest, so that the memory the probe frees does not go to the ingest), whole outputs in
# OUT/run-<TAG><i>.txt; then `python3 summary.py OUT/run-<TAG>*.txt` gives a line a run (the probe's figures
# are those just after that run). Build the helpers from alu.go.txt and probe.go.txt:
#   mkdir -p /tmp/alu /tmp/probe && cp alu.go.txt /tmp/alu/main.go && cp probe.go.txt /tmp/probe/main.go
#   (cd /tmp/alu && go mod init alu && go build) && (cd /tmp/probe && go mod init probe && go build)
# Usage (from bench/): BIN=bench.test ALU=/tmp/alu/alu PROBE=/tmp/probe/probe OUT=/tmp/band TAG=q N=12 sh bandprobe.sh
: "${N:=8}" "${TAG:=q}"
mkdir -p "$OUT"
i=1
while [ "$i" -le "$N" ]; do
	f="$OUT/run-$TAG$i.txt"
	echo "== $(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)" > "$f"
	GOMAXPROCS=1 "$ALU" 3 >> "$f"
	GODEBUG=gctrace=1 AG_PERF_MARKS=1 AG_PERF_SIZE=1000000 /usr/bin/time -v "$BIN" -test.run '^$' -test.bench PerfIngest -test.benchtime 1x >> "$f" 2>&1
	GOMAXPROCS=1 "$PROBE" >> "$f"
	grep -E '^Benchmark' "$f"
	i=$((i + 1))
done
