package render_test

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/render"
)

func TestPoolFreshSVG(t *testing.T) {
	p := newTestPool(t, render.PoolConfig{Workers: 1, Timeout: 7 * time.Second})
	if p.Timeout() != 7*time.Second {
		t.Errorf("Timeout = %s", p.Timeout())
	}
	sg := seedSubgraph(t)
	dot := render.DOT(sg, render.Options{Title: render.Title(sg), Layout: "fdp"})
	ctx := context.Background()
	first, err := p.FreshSVG(ctx, dot, "fdp")
	if err != nil {
		t.Fatal(err)
	}
	t.Run("a worker that has drawn nothing is used as it is", func(t *testing.T) {
		if st := p.Stats(); st.Starts != 1 || st.Restarts != 0 {
			t.Errorf("stats %+v, want 1 start and no restart", st)
		}
	})
	if _, err := p.SVG(ctx, dot, "fdp"); err != nil {
		t.Fatal(err)
	}
	again, err := p.FreshSVG(ctx, dot, "fdp")
	if err != nil {
		t.Fatal(err)
	}
	t.Run("a worker that has drawn is replaced", func(t *testing.T) {
		if st := p.Stats(); st.Starts != 2 || st.Restarts != 1 || st.Renders != 3 {
			t.Errorf("stats %+v, want 2 starts, 1 restart, 3 renders", st)
		}
	})
	t.Run("fresh workers draw fdp the same way", func(t *testing.T) {
		if !bytes.Equal(first, again) {
			t.Error("two fresh renders of the same DOT differ")
		}
	})
}
