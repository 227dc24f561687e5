//go:build !race

package yamlnode_test

// cpuScale stretches the time bound under the race detector (race_on_test.go).
const cpuScale = 1
