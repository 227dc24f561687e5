package cputime

import "time"

// Usage is what the process has used so far: its CPU time in user and system mode, and its minor page
// faults (a first touch of a page, which the kernel pays for in system time).
type Usage struct {
	User, System time.Duration
	MinorFaults  int64
}

// Process returns the CPU time the process has used so far, user and system, and false where it cannot be
// read.
func Process() (time.Duration, bool) {
	u, ok := ProcessUsage()
	return u.User + u.System, ok
}
