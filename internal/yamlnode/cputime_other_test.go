//go:build !unix

package yamlnode_test

import (
	"testing"
	"time"
)

var start = time.Now()

// cpuTime is the time since the tests started where the CPU time is not measured: an upper bound of it.
func cpuTime(*testing.T) time.Duration { return time.Since(start) }
