// Package bench holds benchmarks that cross packages, on the seed graph and on synthetic corpora: what a
// user of actorgraph waits for. Run them with
//
//	go test ./bench -run '^$' -bench . -count 6 | tee new.txt && benchstat new.txt
package bench
