//go:build race

package yamlnode_test

// cpuScale stretches the time bound under the race detector, which made these parses 5 to 10 times slower
// (the 2,800 indented mappings: 26 ms of CPU without it, 700 ms with it). The allocation bound does not
// change: the detector's shadow memory is not in runtime.MemStats.
const cpuScale = 5
