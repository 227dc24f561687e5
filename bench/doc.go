// Package bench holds what measures actorgraph as a user waits for it: Go benchmarks that cross packages, on
// the seed graph and on synthetic corpora (internal/synthetic), run with
//
//	go test ./bench -run '^$' -bench . -count 6 | tee new.txt && benchstat new.txt
//
// the agbench command (bench/cmd/agbench: ingest, store size and open time, neighbourhood and search
// latency, SVG through the worker pool against native dot, the render cache, renders per second, memory over
// many renders), the loadgen command (bench/cmd/loadgen: an HTTP load generator), and the helpers they share.
// scripts/bench runs them all and BENCHMARKS.md reports the figures.
package bench
