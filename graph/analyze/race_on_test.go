//go:build race

package analyze_test

// cpuScale stretches the CPU bound of TestAnalysesStopWhenTheirContextIsDone under the race detector, which
// makes every step between two looks at the context several times slower: a clean CI run under -race at a
// load of 12 measured 248-303 ms of CPU from the cancel to the return of betweenness, where 4-74 ms are
// measured without it. Not stopping at all would still take seconds.
const cpuScale = 3
