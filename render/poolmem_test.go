package render_test

import (
	"context"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/render"
)

// growingWorkers starts test workers that grow by mb MiB with each request (see growEnv).
func growingWorkers(mb int) func() *exec.Cmd {
	return func() *exec.Cmd {
		exe, err := os.Executable()
		if err != nil {
			exe = os.Args[0]
		}
		cmd := exec.Command(exe)
		cmd.Env = append(os.Environ(), render.WorkerEnv+"=1", growEnv+"="+strconv.Itoa(mb))
		return cmd
	}
}

// drawFour draws the seed four times, each with its own title, and returns the workers started and the
// live workers' resident memory after each drawing. Every drawing must be the one asked for.
func drawFour(t *testing.T, p *render.Pool) (starts, rss []int64) {
	t.Helper()
	for i := range 4 {
		title := "drawing " + strconv.Itoa(i)
		svg, err := p.SVG(context.Background(), render.DOT(seedSubgraph(t), render.Options{Title: title}), "dot")
		if err != nil {
			t.Fatalf("render %d: %v", i, err)
		}
		if texts, _ := checkSVG(t, svg); !slices.Contains(texts, title) {
			t.Errorf("render %d: SVG lacks its title %q", i, title)
		}
		st := p.Stats()
		starts, rss = append(starts, st.Starts), append(rss, st.RSS)
	}
	return starts, rss
}

func TestPoolReplacesWorkerOverMaxRSS(t *testing.T) {
	const grow = 64 // MiB a request; more in RSS under the race detector, which shadows what is written
	// Timeouts of a minute: with the race detector and a busy machine, one drawing of the seed took over 10 s.
	// Without a limit one worker draws all four and grows: what it holds after each drawing sets the limits
	// below, so the test holds whatever the build.
	free := newTestPool(t, render.PoolConfig{Workers: 1, MaxRSS: -1, Command: growingWorkers(grow), Timeout: time.Minute})
	starts, rss := drawFour(t, free)
	if rss[0] <= 0 {
		t.Skipf("workers report no resident memory here (Stats.RSS %d): /proc/self/statm is Linux-only", rss[0])
	}
	if st := free.Stats(); !slices.Equal(starts, []int64{1, 1, 1, 1}) || st.Restarts != 0 {
		t.Fatalf("no limit: workers started %v, %d restarts; want one worker for all", starts, st.Restarts)
	}
	step := rss[1] - rss[0]
	for i := 1; i < len(rss); i++ {
		if d := rss[i] - rss[i-1]; d < grow<<20*9/10 {
			t.Fatalf("the worker grew by %.1f MiB with drawing %d, want about %d: resident %v", mib(d), i, grow, rss)
		}
	}
	free.Close()
	t.Logf("a growing worker holds %.1f MiB after its first drawing, %.1f MiB more after each", mib(rss[0]), mib(step))

	tests := []struct {
		name       string
		maxRSS     int64
		wantStarts []int64 // workers started after each of four renders
	}{
		{"a worker that grows past the limit is replaced after the render that crossed it", rss[0] + step/2, []int64{1, 1, 2, 2}},
		{"a limit under a fresh worker's size replaces every worker after one render", 1 << 20, []int64{1, 2, 3, 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newTestPool(t, render.PoolConfig{Workers: 1, MaxRSS: tt.maxRSS, Command: growingWorkers(grow), Timeout: time.Minute})
			starts, _ := drawFour(t, p) // the renders that crossed the limit answered with their drawings
			if !slices.Equal(starts, tt.wantStarts) {
				t.Errorf("workers started after each render %v, want %v (limit %.1f MiB)", starts, tt.wantStarts, mib(tt.maxRSS))
			}
			st := p.Stats()
			want := tt.wantStarts[3] // the last worker too is replaced after its last drawing
			if st.RestartsBy[render.RestartMemory] != want || st.Restarts != want {
				t.Errorf("%d restarts, by reason %v; want %d, all for memory", st.Restarts, st.RestartsBy, want)
			}
		})
	}
}

func mib(b int64) float64 { return float64(b) / (1 << 20) }
