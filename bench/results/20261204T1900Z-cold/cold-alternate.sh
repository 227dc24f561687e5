#!/bin/bash
# Cold drawings of random actors at 1M, two builds of actorgraph alternately, so that both meet the same
# load: TestClicksAtAMillion/cold (40 drawings over HTTP, drawing ahead off) with each binary in turn.
#   go build -o ag-before ./cmd/actorgraph   (in a checkout of the build before)
#   go build -o ag-after ./cmd/actorgraph    (in a checkout of the build after)
#   go test -c -o e2e.test ./e2e
#   STORE=/path/to/1M.db ./cold-alternate.sh ag-before ag-after [pairs]
# STORE is the synthetic 1M store (internal/synthetic, seed 1) that `agbench -sizes 1M -dir DIR` or
# `go test ./e2e -run TestClicksAtAMillion -args -million-store=new` builds.
set -eu
before=$(realpath "$1"); after=$(realpath "$2"); pairs=${3:-3}
e2e=$(realpath "${E2E:-./e2e.test}")
cd "$(dirname "$e2e")"
for r in $(seq "$pairs"); do
	for b in "$before" "$after"; do
		echo "== $(basename "$b") pair $r $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
		"$e2e" -test.run 'TestClicksAtAMillion/cold' -test.v -test.count=1 -test.timeout 20m \
			-million-store="$STORE" -actorgraph="$b" 2>&1 | grep 'million_test.go'
	done
done
echo "== done $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
