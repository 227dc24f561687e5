//go:build unix

// Package cputime reads the CPU time the process has used, user and system: what work that goes on after
// nobody waits for it costs the machine, whatever else runs there. Tests and benchmarks measure with it
// where the wall clock depends on the load of a shared machine.
package cputime

import (
	"syscall"
	"time"
)

// ProcessUsage returns the process's usage so far, and false where it cannot be read.
func ProcessUsage() (Usage, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return Usage{}, false
	}
	return Usage{User: time.Duration(ru.Utime.Nano()), System: time.Duration(ru.Stime.Nano()), MinorFaults: ru.Minflt}, true
}
