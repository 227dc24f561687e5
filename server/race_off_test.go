//go:build !race

package server_test

// cpuScale stretches CPU bounds under the race detector (race_on_test.go).
const cpuScale = 1
