//go:build unix

package analyze_test

import (
	"syscall"
	"time"
)

// processCPU is the CPU time the process has used, user and system: what a computation that goes on after
// its client left costs the machine, whatever else runs on it.
func processCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
