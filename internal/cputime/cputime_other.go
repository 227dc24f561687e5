//go:build !unix

// Package cputime reads the CPU time the process has used; not on this system.
package cputime

// ProcessUsage returns false: the usage is not read here.
func ProcessUsage() (Usage, bool) { return Usage{}, false }
