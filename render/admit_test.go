package render_test

import (
	"bytes"
	"context"
	"sync/atomic"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
)

// admitter counts what Draw asks of Drawing.Admit, and turns it away with refuse when that is set.
type admitter struct {
	calls, releases atomic.Int64
	refuse          error
}

func (a *admitter) admit(context.Context) (func(), error) {
	a.calls.Add(1)
	if a.refuse != nil {
		return nil, a.refuse
	}
	return func() { a.releases.Add(1) }, nil
}

func TestDrawAsksAdmissionOnlyForWork(t *testing.T) {
	pool := newTestPool(t, render.PoolConfig{Workers: 1})
	s := render.NewService(render.ServiceConfig{Pool: pool, LinkBase: linkBase})
	sg := seedSubgraph(t)
	full := graph.Errorf(graph.EUNAVAILABLE, "the server is drawing 2 pictures already")
	tests := []struct {
		name string
		d    render.Drawing
	}{
		{"page SVG", render.Drawing{Format: render.FormatSVG}},
		{"report SVG", render.Drawing{Format: render.FormatSVG, Report: true}},
		// A PNG or PDF missing from the cache misses its report SVG too: one place for both.
		{"PNG", render.Drawing{Format: render.FormatPNG, DPI: 96, Options: render.Options{Layout: "circo"}}},
		{"PDF", render.Drawing{Format: render.FormatPDF, Options: render.Options{Layout: "fdp"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			refused := &admitter{refuse: full}
			d := tt.d
			d.Admit = refused.admit
			renders := pool.Stats().Renders
			if _, err := s.Draw(ctx, sg, d); graph.ErrorMessage(err) != graph.ErrorMessage(full) {
				t.Fatalf("a drawing not in the cache, refused a place: %v, want %q", err, graph.ErrorMessage(full))
			}
			if st := pool.Stats(); st.Renders != renders || refused.calls.Load() != 1 {
				t.Fatalf("refused a place: %d renders, %d asks; want none and 1", st.Renders-renders, refused.calls.Load())
			}

			admitted := &admitter{}
			d.Admit = admitted.admit
			made, err := s.Draw(ctx, sg, d)
			if err != nil {
				t.Fatal(err)
			}
			if admitted.calls.Load() != 1 || admitted.releases.Load() != 1 {
				t.Errorf("a drawing made: %d asks, %d releases; want 1 and 1", admitted.calls.Load(), admitted.releases.Load())
			}

			// In the cache now: answered with the same bytes however full the places are.
			refused = &admitter{refuse: full}
			d.Admit = refused.admit
			again, err := s.Draw(ctx, sg, d)
			if err != nil || !bytes.Equal(again, made) {
				t.Fatalf("the cached drawing, places full: %v, %d bytes; want the %d bytes made", err, len(again), len(made))
			}
			if refused.calls.Load() != 0 {
				t.Errorf("a cached drawing asked for a place %d times", refused.calls.Load())
			}
		})
	}
	t.Run("DOT needs no place", func(t *testing.T) {
		refused := &admitter{refuse: full}
		dot, err := s.Draw(context.Background(), sg, render.Drawing{Format: render.FormatDOT, Admit: refused.admit})
		if err != nil || !bytes.HasPrefix(dot, []byte("digraph")) || refused.calls.Load() != 0 {
			t.Errorf("DOT: %v, %.20q, %d asks", err, dot, refused.calls.Load())
		}
	})
}
