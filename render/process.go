package render

import (
	"bufio"
	"bytes"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"sync"
	"sync/atomic"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// worker is the parent's handle on one worker process. Only the goroutine that holds its pool slot talks to
// it; kill may come from anywhere.
type worker struct {
	cmd      *exec.Cmd
	pid      int
	stdin    *os.File // our end of the worker's stdin
	stdout   *os.File // our end of the worker's stdout
	in       *bufio.Writer
	out      *bufio.Reader
	ready    bool
	renders  int
	retiring atomic.Bool
	rss      atomic.Int64 // resident bytes, as the worker last reported them; read by Stats
	// graphviz and graphvizCPU are the wall and CPU time the worker reported for its last render.
	graphviz, graphvizCPU time.Duration
	// failure says why the last call to the worker failed, one of the Restart reasons: set by roundTrip, or
	// by Pool.await when it kills the worker, and read by the slot's holder once that call has returned.
	failure string
	// niced: the process runs at SpeculativeNice (see startNiced), and so draws only ahead of requests.
	niced bool

	exited  chan struct{} // closed when the process has exited and been reaped
	exitErr error         // set before exited is closed
}

// startWorker starts the command with pipes of our own for stdin and stdout. exec's StdoutPipe would be
// closed by Wait, which must then not run until every read is done; with our own pipes Wait can reap the
// process in the background while a read is still draining what the worker wrote. nice starts it at the
// lowest priority (startNiced).
func startWorker(cmd *exec.Cmd, log *slog.Logger, nice bool) (*worker, error) {
	if cmd.Stdin != nil || cmd.Stdout != nil || cmd.Stderr != nil {
		return nil, graph.Errorf(graph.EINTERNAL, "the render worker command must leave stdin, stdout and stderr unset")
	}
	inR, inW, err := os.Pipe()
	if err != nil {
		return nil, graph.Wrap(err, graph.EUNAVAILABLE, "the renderer could not be started")
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		inR.Close()
		inW.Close()
		return nil, graph.Wrap(err, graph.EUNAVAILABLE, "the renderer could not be started")
	}
	stderr := &logWriter{log: log}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = inR, outW, stderr
	if cmd.WaitDelay == 0 {
		// Wait also waits for stderr to close. A command that leaves a child holding it (a shell script,
		// say) would otherwise keep Wait, and so the pool, waiting after the worker itself was killed.
		cmd.WaitDelay = 2 * time.Second
	}
	niced := false
	if nice {
		niced, err = startNiced(cmd)
	} else {
		err = cmd.Start()
	}
	inR.Close() // the child holds its own copies now
	outW.Close()
	if err != nil {
		inW.Close()
		outR.Close()
		return nil, graph.Wrap(err, graph.EUNAVAILABLE, "the renderer could not be started")
	}
	w := &worker{
		cmd: cmd, pid: cmd.Process.Pid, stdin: inW, stdout: outR,
		in: bufio.NewWriterSize(inW, 64<<10), out: bufio.NewReaderSize(outR, 64<<10),
		exited: make(chan struct{}), niced: niced,
	}
	stderr.pid.Store(int64(w.pid))
	go func() {
		w.exitErr = cmd.Wait()
		close(w.exited)
	}()
	return w, nil
}

// waitReady reads the frame a worker sends once Graphviz is loaded.
func (w *worker) waitReady() ([]byte, error) {
	var hello response
	if _, err := readFrame(w.out, &hello); err != nil {
		return nil, graph.Wrap(err, graph.EUNAVAILABLE, "the renderer could not be started")
	}
	if !hello.Ready {
		return nil, graph.Errorf(graph.EUNAVAILABLE, "the renderer could not be started")
	}
	w.ready = true
	w.rss.Store(hello.RSS)
	return nil, nil
}

// roundTrip sends one request and reads its answer. A broken pipe or a short read means the worker died.
func (w *worker) roundTrip(layout string, dot []byte) ([]byte, error) {
	if err := writeFrame(w.in, request{Layout: layout, Format: "svg"}, dot); err != nil {
		return nil, w.died(err)
	}
	if err := w.in.Flush(); err != nil {
		return nil, w.died(err)
	}
	var resp response
	svg, err := readFrame(w.out, &resp)
	if err != nil {
		return nil, w.died(err)
	}
	w.rss.Store(resp.RSS)
	w.graphviz, w.graphvizCPU = time.Duration(resp.GraphvizNanos), time.Duration(resp.GraphvizCPUNanos)
	if resp.Code != "" || resp.Error != "" {
		w.failure = RestartError
		code := resp.Code
		if code == "" {
			code = graph.EINTERNAL
		}
		return nil, graph.Errorf(code, "%s", resp.Error)
	}
	if len(svg) == 0 {
		w.failure = RestartError
		return nil, graph.Errorf(graph.EINTERNAL, "the renderer returned nothing")
	}
	return svg, nil
}

func (w *worker) died(err error) error {
	w.failure = RestartCrash
	return graph.Wrap(fmt.Errorf("render worker %d: %w", w.pid, err), graph.EUNAVAILABLE,
		"the renderer stopped unexpectedly; try again")
}

// kill sends SIGKILL; it is harmless on a process that has exited.
func (w *worker) kill() { _ = w.cmd.Process.Kill() }

func (w *worker) hasExited() bool {
	select {
	case <-w.exited:
		return true
	default:
		return false
	}
}

// release closes our ends of the pipes, once nothing reads or writes them any more.
func (w *worker) release() {
	w.stdin.Close()
	w.stdout.Close()
}

// logWriter logs a worker's stderr line by line.
type logWriter struct {
	log *slog.Logger
	pid atomic.Int64
	mu  sync.Mutex
	buf []byte
}

const maxLogLine = 4 << 10

func (l *logWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.buf = append(l.buf, p...)
	for {
		line, rest, found := bytes.Cut(l.buf, []byte("\n"))
		if !found {
			if len(l.buf) <= maxLogLine {
				break
			}
			line, rest = l.buf[:maxLogLine], l.buf[maxLogLine:]
		}
		if len(line) > 0 {
			l.log.Warn("render worker", "pid", l.pid.Load(), "stderr", clean(string(line)))
		}
		l.buf = rest
	}
	if len(l.buf) == 0 {
		l.buf = nil
	}
	return len(p), nil
}
