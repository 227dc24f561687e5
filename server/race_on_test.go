//go:build race

package server_test

// cpuScale stretches the CPU bound of TestWholeGraphViewStopsWhenTheClientLeaves under the race detector,
// which makes each step of the computation, and the test's own polling of /metrics, several times slower: a
// clean CI run under -race measured 303 ms of CPU from the client leaving to the computation stopping,
// against 300 ms. Not stopping would take seconds (the ranking runs for seconds without the detector).
const cpuScale = 3
