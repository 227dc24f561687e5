//go:build !linux

package render

import "os/exec"

// SpeculativeNice is the nice value speculative workers run at on Linux.
const SpeculativeNice = 19

// startNiced starts cmd at the normal priority: outside Linux a nice value is the process's, and lowering it
// here would lower the server's own.
func startNiced(cmd *exec.Cmd) (niced bool, err error) { return false, cmd.Start() }
