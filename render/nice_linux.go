package render

import (
	"os/exec"
	"runtime"
	"syscall"
)

// SpeculativeNice is the nice value speculative workers run at: the lowest priority, so that a drawing made
// ahead takes only CPU time nothing else wants.
const SpeculativeNice = 19

// startNiced starts cmd with every thread of the new process at SpeculativeNice. Linux keeps a nice value
// per thread, and a thread takes its creator's: so this goroutine locks itself to a thread, lowers that
// thread's priority and forks from it, and the process starts at nice 19 with all the threads it will ever
// make. Lowering one's own priority needs no privilege (raising it back would need CAP_SYS_NICE), which is
// why the thread is not given back to the runtime: the goroutine ends locked to it and Go retires the
// thread with it. Renicing the worker's pid after its start instead would reach only its first thread on
// Linux, and not the threads the Go runtime had already started in it.
func startNiced(cmd *exec.Cmd) (niced bool, err error) {
	type result struct {
		niced bool
		err   error
	}
	done := make(chan result, 1)
	go func() {
		runtime.LockOSThread() // never unlocked: the thread exits with this goroutine
		niced := syscall.Setpriority(syscall.PRIO_PROCESS, syscall.Gettid(), SpeculativeNice) == nil
		done <- result{niced, cmd.Start()}
	}()
	r := <-done
	return r.niced, r.err
}
