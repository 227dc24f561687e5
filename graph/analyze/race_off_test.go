//go:build !race

package analyze_test

// cpuScale stretches the CPU bound under the race detector (race_on_test.go).
const cpuScale = 1
