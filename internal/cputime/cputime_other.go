//go:build !unix

// Package cputime reads the CPU time the process has used; not on this system.
package cputime

import "time"

// Process returns false: the CPU time is not read here.
func Process() (time.Duration, bool) { return 0, false }

// Usage is what the process has used so far; not read on this system.
type Usage struct {
	User, System time.Duration
	MinorFaults  int64
}

// ProcessUsage returns false: the usage is not read here.
func ProcessUsage() (Usage, bool) { return Usage{}, false }
