//go:build unix

// Package cputime reads the CPU time the process has used, user and system: what work that goes on after
// nobody waits for it costs the machine, whatever else runs there. Tests and benchmarks measure with it
// where the wall clock depends on the load of a shared machine.
package cputime

import (
	"syscall"
	"time"
)

// Process returns the CPU time the process has used so far, and false where it cannot be read.
func Process() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}

// Usage is what the process has used so far: its CPU time in user and system mode, and its minor page
// faults (a first touch of a page, which the kernel pays for in system time).
type Usage struct {
	User, System time.Duration
	MinorFaults  int64
}

// ProcessUsage returns the process's usage so far, and false where it cannot be read.
func ProcessUsage() (Usage, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return Usage{}, false
	}
	return Usage{User: time.Duration(ru.Utime.Nano()), System: time.Duration(ru.Stime.Nano()), MinorFaults: ru.Minflt}, true
}
