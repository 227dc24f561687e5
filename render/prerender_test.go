package render_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
)

func speculate(tb testing.TB, s *render.Service, sg graph.Subgraph) {
	tb.Helper()
	if b, err := s.Draw(context.Background(), sg, render.Drawing{Format: render.FormatSVG, Speculative: true}); err != nil || b != nil {
		tb.Fatalf("speculative Draw: %d bytes, %v; want none and no error", len(b), err)
	}
}

// TestPrerenderedDrawings: a drawing made ahead is answered from the cache by the real request, counted as
// pre-rendered and used; one dropped from the cache unasked is counted as wasted.
func TestPrerenderedDrawings(t *testing.T) {
	s, p := newTestService(t, 0)
	sg := seedSubgraph(t)
	speculate(t, s, sg)
	renders := p.Stats().Renders
	got := mustRender(t, s, sg, "", "svg")
	if p.Stats().Renders != renders {
		t.Error("the drawing made ahead was rendered again for the real request")
	}
	fresh, _ := newTestService(t, -1)
	if want := mustRender(t, fresh, sg, "", "svg"); !bytes.Equal(got, want) {
		t.Error("the drawing made ahead differs from the one a request makes")
	}
	speculate(t, s, sg) // cached already: nothing to do
	mustRender(t, s, sg, "", "svg")
	if st := s.PrerenderStats(); st != (render.PrerenderStats{Rendered: 1, Used: 1, Skipped: 1}) {
		t.Errorf("stats %+v, want 1 rendered, 1 used (once however often it is asked), 1 skipped", st)
	}

	t.Run("dropped unasked is wasted", func(t *testing.T) {
		small, _ := newTestService(t, int64(len(got))*4+1024)
		speculate(t, small, sg)
		for _, focus := range []string{cstoID, russiaID, graph.EntityID(graph.State, "Kazakhstan")} {
			for _, l := range []string{"dot", "circo"} {
				mustRender(t, small, mustExpand(t, 1, 0, focus), l, "svg")
			}
		}
		if st := small.PrerenderStats(); st.Rendered != 1 || st.Wasted != 1 || st.Used != 0 {
			t.Errorf("stats %+v, want the one rendered wasted", st)
		}
	})
	t.Run("measured ahead is not used until asked", func(t *testing.T) {
		m, _ := newTestService(t, 0)
		d := render.Drawing{Format: render.FormatSVG, Speculative: true, Measure: true}
		for range 2 { // made, then read back from the cache: the fit measures each size it tries
			if b, err := m.Draw(context.Background(), sg, d); err != nil || !bytes.Equal(b, got) {
				t.Fatalf("measured drawing: %d bytes, %v; want the page's drawing", len(b), err)
			}
		}
		if st := m.PrerenderStats(); st != (render.PrerenderStats{Rendered: 1, Skipped: 1}) {
			t.Errorf("stats %+v after measuring, want 1 rendered, 1 skipped, none used", st)
		}
		mustRender(t, m, sg, "", "svg")
		if st := m.PrerenderStats(); st.Used != 1 {
			t.Errorf("stats %+v after a request, want 1 used", st)
		}
	})
	t.Run("only the page's SVG", func(t *testing.T) {
		for _, d := range []render.Drawing{{Format: render.FormatPNG, Speculative: true}, {Format: render.FormatSVG, Report: true, Speculative: true}} {
			if _, err := s.Draw(context.Background(), sg, d); graph.ErrorCode(err) != graph.EINVALID {
				t.Errorf("%+v: %v, want EINVALID", d, err)
			}
		}
	})
}

// TestARequestJoinsTheDrawingBeingMadeAhead: a request for the drawing a speculative render is making waits
// for that render, now its own, instead of stopping it and drawing again.
func TestARequestJoinsTheDrawingBeingMadeAhead(t *testing.T) {
	p := newTestPool(t, render.PoolConfig{Workers: 1, Command: func() *exec.Cmd {
		exe, err := os.Executable()
		if err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(exe)
		cmd.Env = append(os.Environ(), render.WorkerEnv+"=1", delayEnv+"=700")
		return cmd
	}})
	s := render.NewService(render.ServiceConfig{Pool: p, LinkBase: linkBase})
	sg := seedSubgraph(t)
	done := make(chan struct{})
	go func() {
		defer close(done)
		speculate(t, s, sg)
	}()
	eventually(t, "the speculative render is in progress", func() bool { return p.Stats().Busy == 1 })
	start := time.Now()
	got := mustRender(t, s, sg, "", "svg")
	joined := time.Since(start)
	<-done
	fresh, _ := newTestService(t, -1)
	if want := mustRender(t, fresh, sg, "", "svg"); !bytes.Equal(got, want) {
		t.Error("the joined drawing differs from the one a request makes")
	}
	if st := p.Stats(); st.Renders != 1 || st.Preempted != 0 || st.Speculative != 1 {
		t.Errorf("pool %+v, want the one speculative render, not stopped (the request took %v)", st, joined)
	}
	mustRender(t, s, sg, "", "svg")
	if st := s.PrerenderStats(); st.Rendered != 1 || st.Used != 1 {
		t.Errorf("stats %+v, want 1 rendered and used once", st)
	}
}
