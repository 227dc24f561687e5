package render_test

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/render"
)

// growEnv makes a test worker grow by that many MiB of resident memory with every request it reads, so tests
// can watch the pool replace a worker for its memory (see PoolConfig.MaxRSS) without hundreds of renders.
const growEnv = "AGTEST_WORKER_GROW_MB"

// delayEnv makes a test worker wait that many milliseconds before each read of its input after the first,
// so that every render takes at least that long: tests can act while a render is in progress.
const delayEnv = "AGTEST_WORKER_DELAY_MS"

// slowReader waits before every read but the first (the first request comes after the worker's ready frame).
type slowReader struct {
	r     io.Reader
	delay time.Duration
}

func (s *slowReader) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	if n > 0 {
		time.Sleep(s.delay)
	}
	return n, err
}

// TestMain lets the test binary serve as its own render worker: the pool re-executes it with
// ACTORGRAPH_RENDER_WORKER=1, just as cmd/actorgraph re-executes itself.
func TestMain(m *testing.M) {
	if render.IsWorker() {
		var r io.Reader = os.Stdin
		var w io.Writer = os.Stdout
		if ms, _ := strconv.Atoi(os.Getenv(delayEnv)); ms > 0 {
			r = &slowReader{r: r, delay: time.Duration(ms) * time.Millisecond}
		}
		if mb, _ := strconv.Atoi(os.Getenv(growEnv)); mb > 0 {
			g := &growingStdio{r: r, w: w, step: mb << 20}
			r, w = g, g
		}
		if err := render.ServeWorker(r, w); err != nil {
			fmt.Fprintln(os.Stderr, "render worker:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// growingStdio is a worker's stdin and stdout that keeps step more bytes resident each time it starts
// reading a request, that is at the first read after a write (the worker writes its ready frame, then each
// answer, before it reads the next request).
type growingStdio struct {
	r       io.Reader
	w       io.Writer
	step    int
	wrote   bool
	ballast [][]byte
}

func (g *growingStdio) Read(p []byte) (int, error) {
	if g.wrote {
		g.wrote = false
		b := make([]byte, g.step)
		for i := 0; i < len(b); i += 4096 { // touch every page, so that it is resident
			b[i] = 1
		}
		g.ballast = append(g.ballast, b)
	}
	return g.r.Read(p)
}

func (g *growingStdio) Write(p []byte) (int, error) {
	g.wrote = true
	return g.w.Write(p)
}
