package render_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
)

// TestRealRenderNeverWaitsBehindSpeculation: every worker is busy with a speculative render that would take
// many seconds; a real render must still be answered in about the time of its own render and a worker start,
// and the speculative ones are stopped, counted as preempted.
func TestRealRenderNeverWaitsBehindSpeculation(t *testing.T) {
	for _, workers := range []int{1, 2} {
		t.Run(map[int]string{1: "one worker", 2: "two workers"}[workers], func(t *testing.T) {
			p := newTestPool(t, render.PoolConfig{Workers: workers, Timeout: 40 * time.Second})
			var warm sync.WaitGroup
			for range workers { // start every worker, so the real render below measures a worker start at most
				warm.Go(func() {
					if _, err := p.SVG(context.Background(), seedDOT(t), "dot"); err != nil {
						t.Error(err)
					}
				})
			}
			warm.Wait()
			// What a real render of the seed costs here, a worker start included, on this machine now.
			alone := time.Now()
			if _, err := p.FreshSVG(context.Background(), seedDOT(t), "dot"); err != nil {
				t.Fatal(err)
			}
			// Generous for a loaded machine (a worker start took 4.5 s at a load average of 35), and still far
			// below the speculative layouts, which take over a minute.
			budget := max(3*time.Since(alone)+200*time.Millisecond, 10*time.Second)

			specErrs := make(chan error, workers)
			for range workers {
				go func() {
					_, err := p.SpeculativeSVG(context.Background(), slowDOT(100, 4), "dot", &render.Ticket{})
					specErrs <- err
				}()
			}
			eventually(t, "every worker is drawing ahead", func() bool { return p.Stats().Busy == workers })
			time.Sleep(100 * time.Millisecond) // well into the slow layouts (several seconds each)

			start := time.Now()
			svg, err := p.SVG(context.Background(), seedDOT(t), "dot")
			waited := time.Since(start)
			if err != nil {
				t.Fatalf("real render: %v", err)
			}
			checkSVG(t, svg)
			if waited > budget {
				t.Errorf("the real render took %v behind speculative ones (alone, with a worker start: %v)", waited, budget)
			}
			// One speculative render was stopped for it; the others go on (or finish) on their own workers.
			select {
			case err := <-specErrs:
				if !errors.Is(err, render.ErrPreempted) || graph.ErrorCode(err) != graph.EUNAVAILABLE {
					t.Errorf("the stopped speculative render returned %v, want it preempted", err)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("no speculative render was stopped")
			}
			st := p.Stats()
			if st.Preempted != 1 || st.RestartsBy[render.RestartPreempted] != 1 {
				t.Errorf("stats %+v, want one preempted render and its worker replaced", st)
			}
		})
	}
}

// TestSpeculationTakesOnlyIdleWorkers: a speculative render starts only on an idle worker and never while a
// real call waits, and a promoted one is no longer stopped.
func TestSpeculationTakesOnlyIdleWorkers(t *testing.T) {
	p := newTestPool(t, render.PoolConfig{Workers: 1, Timeout: time.Minute})
	if _, err := p.SpeculativeSVG(context.Background(), seedDOT(t), "dot", &render.Ticket{}); err != nil {
		t.Fatalf("speculative render on an idle pool: %v", err)
	}
	real := make(chan error, 1)
	go func() {
		_, err := p.SVG(context.Background(), slowDOT(30, 3), "dot")
		real <- err
	}()
	eventually(t, "the real render holds the worker", func() bool { return p.Stats().Busy == 1 })
	start := time.Now()
	_, err := p.SpeculativeSVG(context.Background(), seedDOT(t), "dot", &render.Ticket{})
	if !errors.Is(err, render.ErrNoIdleWorker) {
		t.Errorf("speculative render with no idle worker: %v, want ErrNoIdleWorker", err)
	}
	if d := time.Since(start); d > 100*time.Millisecond {
		t.Errorf("refusing took %v; it must not wait", d)
	}
	if err := <-real; err != nil {
		t.Fatal(err)
	}

	// Promoted: a real call waits for it like for any real render, and it completes.
	tk := &render.Ticket{}
	spec := make(chan error, 1)
	go func() {
		_, err := p.SpeculativeSVG(context.Background(), slowDOT(30, 3), "dot", tk)
		spec <- err
	}()
	eventually(t, "the speculative render holds the worker", func() bool { return p.Stats().Busy == 1 })
	tk.Promote()
	if _, err := p.SVG(context.Background(), seedDOT(t), "dot"); err != nil {
		t.Fatal(err)
	}
	if err := <-spec; err != nil {
		t.Errorf("the promoted render was stopped: %v", err)
	}
	if st := p.Stats(); st.Preempted != 0 || st.Speculative != 2 {
		t.Errorf("stats %+v, want 2 speculative renders, none preempted", st)
	}
}

// threadNices returns the nice value of every thread of the process pid, from /proc/pid/task/*/stat (the
// 19th field; Linux keeps one per thread).
func threadNices(t *testing.T, pid int) []int {
	t.Helper()
	stats, err := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/stat", pid))
	if err != nil || len(stats) == 0 {
		t.Fatalf("no threads of %d: %v", pid, err)
	}
	var nices []int
	for _, f := range stats {
		b, err := os.ReadFile(f)
		if err != nil {
			continue // the thread ended
		}
		// After the command's name, in parentheses, which may hold spaces: state is field 3, nice field 19.
		fields := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+1:]))
		n, err := strconv.Atoi(fields[19-3])
		if err != nil {
			t.Fatalf("%s: %q", f, b)
		}
		nices = append(nices, n)
	}
	return nices
}

// TestSpeculationRunsAtTheLowestPriority: a drawing made ahead runs on a worker of its own whose every
// thread is at nice 19, so that it takes only CPU time nothing else wants, while the worker that draws for
// requests keeps the server's priority; no privilege is needed (the worker is started at nice 19, never
// raised back). Before, speculative renders ran on the request workers, at the server's priority.
func TestSpeculationRunsAtTheLowestPriority(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("nice values per thread are Linux's")
	}
	p := newTestPool(t, render.PoolConfig{Workers: 1})
	if _, err := p.SVG(t.Context(), seedDOT(t), "dot"); err != nil {
		t.Fatal(err)
	}
	if _, err := p.SpeculativeSVG(t.Context(), seedDOT(t), "dot", &render.Ticket{}); err != nil {
		t.Fatal(err)
	}
	st := p.Stats()
	if len(st.PIDs) != 2 || len(st.NicedPIDs) != 1 {
		t.Fatalf("workers %v, niced %v; want one for requests and one drawing ahead", st.PIDs, st.NicedPIDs)
	}
	own, err := syscall.Getpriority(syscall.PRIO_PROCESS, 0)
	if err != nil {
		t.Fatal(err)
	}
	own = 20 - own // the raw system call returns 20 - nice
	for _, pid := range st.PIDs {
		want := own
		if pid == st.NicedPIDs[0] {
			want = render.SpeculativeNice
		}
		for _, n := range threadNices(t, pid) {
			if n != want {
				t.Errorf("worker %d (niced %v) has a thread at nice %d, want %d: %v", pid, pid == st.NicedPIDs[0], n, want, threadNices(t, pid))
				break
			}
		}
	}
	// The next real render is drawn by the request worker, not the niced one.
	if _, err := p.SVG(t.Context(), seedDOT(t), "dot"); err != nil {
		t.Fatal(err)
	}
	if after := p.Stats(); !slices.Equal(after.PIDs, st.PIDs) || after.Starts != st.Starts {
		t.Errorf("workers %v -> %v, starts %d -> %d; want the same two", st.PIDs, after.PIDs, st.Starts, after.Starts)
	}
}

// TestPromotedSpeculationIsNotLeftNiced: a request that joins a drawing being made ahead (Ticket.Promote)
// gets it drawn at normal priority as well, on the request worker, and takes whichever finishes first: at
// nice 19 on a busy machine the drawing ahead could take many times its time.
func TestPromotedSpeculationIsNotLeftNiced(t *testing.T) {
	p := newTestPool(t, render.PoolConfig{Workers: 1})
	if _, err := p.SVG(t.Context(), seedDOT(t), "dot"); err != nil { // the request worker, started
		t.Fatal(err)
	}
	tk := &render.Ticket{}
	done := make(chan error, 1)
	go func() {
		_, err := p.SpeculativeSVG(t.Context(), slowDOT(40, 3), "dot", tk)
		done <- err
	}()
	eventually(t, "the niced worker draws", func() bool { return len(p.Stats().NicedPIDs) == 1 && p.Stats().Busy == 1 })
	time.Sleep(50 * time.Millisecond)
	tk.Promote()
	if err := <-done; err != nil {
		t.Fatalf("the promoted drawing: %v", err)
	}
	st := p.Stats()
	if st.Preempted != 0 || st.Speculative != 1 || st.RestartsBy[render.RestartCancelled] != 1 {
		t.Errorf("stats %+v; want one drawing ahead, not preempted, the slower of its two renders stopped", st)
	}
}
