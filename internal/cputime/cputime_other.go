//go:build !unix

// Package cputime reads the CPU time the process has used; not on this system.
package cputime

import "time"

// Process returns false: the CPU time is not read here.
func Process() (time.Duration, bool) { return 0, false }
