package view_test

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/render"
	"github.com/actorgraph/actorgraph/seeds"
	"github.com/actorgraph/actorgraph/store/boltstore"
	"github.com/actorgraph/actorgraph/view"
)

// TestMain lets the test binary serve as its own render worker, as the actorgraph binary does.
func TestMain(m *testing.M) {
	render.ServeIfWorker()
	os.Exit(m.Run())
}

const tokayev = "person:kassym-jomart-tokayev"

func seeded(tb testing.TB) *boltstore.Store {
	tb.Helper()
	store, err := boltstore.Open(filepath.Join(tb.TempDir(), "test.db"), boltstore.NoSync())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { store.Close() })
	files, err := ingest.ReadFS(seeds.FS, "seeds")
	if err != nil {
		tb.Fatal(err)
	}
	if rep, err := (&ingest.Ingester{Store: store}).Ingest(context.Background(), files); err != nil || rep.Err() != nil {
		tb.Fatalf("ingesting the seeds: %v %v", err, rep.Err())
	}
	return store
}

func drawer(tb testing.TB) *render.Service {
	tb.Helper()
	pool := render.NewPool(render.PoolConfig{Workers: 1})
	tb.Cleanup(func() { pool.Close() })
	return render.NewService(render.ServiceConfig{Pool: pool, LinkBase: "/?focus="})
}

var svgSize = regexp.MustCompile(`<svg width="([0-9.]+)pt" height="([0-9.]+)pt"`)

// drawnScale draws the fitted view as the page gets it and returns the scale it is shown at in the pane.
func drawnScale(t *testing.T, d view.Drawer, v view.View, p view.Pane) float64 {
	t.Helper()
	svg, err := d.Draw(context.Background(), v.Subgraph, render.Drawing{Options: v.Drawing, Format: render.FormatSVG})
	if err != nil {
		t.Fatal(err)
	}
	m := svgSize.FindSubmatch(svg)
	if m == nil {
		t.Fatalf("no size in the SVG: %.200s", svg)
	}
	w, _ := strconv.ParseFloat(string(m[1]), 64)
	h, _ := strconv.ParseFloat(string(m[2]), 64)
	return min(float64(p.W)/w, float64(p.H)/h)
}

// TestFitSeedViews fits the seed's views of Tokayev, the CSTO and the blocs to the pane a 1366×768 window
// gives the page: each is then shown at scale 1 or more (11-point names 11 pixels high), keeps its focus,
// says "+N more" where it left actors out, and its JSON holds what it draws.
func TestFitSeedViews(t *testing.T) {
	ctx := context.Background()
	st := seeded(t)
	d := drawer(t)
	pane := view.Pane{W: 920, H: 560}
	fits := &view.Fits{}
	neighbourhood := func(focus string) func() (view.View, error) {
		return func() (view.View, error) {
			return view.Neighborhood(ctx, st, graph.NeighborhoodQuery{Focus: []string{focus}, Depth: 2, Filter: graph.Filter{MaxNodes: graph.DefaultMaxNodes}})
		}
	}
	for _, tt := range []struct {
		name string
		make func() (view.View, error)
	}{
		{"Tokayev", neighbourhood(tokayev)},
		{"CSTO", neighbourhood("organization:collective-security-treaty-organization")},
		{"blocs", func() (view.View, error) { return view.Blocs(ctx, st, graph.Filter{MaxNodes: graph.DefaultMaxNodes}) }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			v, err := tt.make()
			if err != nil {
				t.Fatal(err)
			}
			all := len(v.Subgraph.Entities)
			if err := v.Fit(ctx, d, "", pane, fits); err != nil {
				t.Fatal(err)
			}
			kept := len(v.Subgraph.Entities)
			scale := drawnScale(t, d, v, pane)
			t.Logf("%d of %d actors kept, shown at scale %.2f", kept, all, scale)
			if scale < 1 {
				t.Errorf("the fitted drawing is shown at scale %.2f, under 1", scale)
			}
			if kept >= all || kept < 4 {
				t.Errorf("%d of %d actors kept; want fewer than all and at least 4", kept, all)
			}
			for _, id := range v.Subgraph.Focus {
				if _, ok := v.Subgraph.Entity(id); !ok {
					t.Errorf("the focus %s was left out", id)
				}
			}
			// Every box keeps an actor: the blocs once kept only bloc 1's and the protesters.
			for _, c := range v.Drawing.Clusters {
				if !slices.ContainsFunc(c.Members, func(id string) bool { _, ok := v.Subgraph.Entity(id); return ok }) {
					t.Errorf("box %q: none of its %d actors kept", c.Label, len(c.Members))
				}
			}
			more := 0
			for _, n := range v.Drawing.Expanders {
				more += n
			}
			if more == 0 {
				t.Errorf("no \"+N more\" drawn although %d actors were left out", all-kept)
			}
			if !v.Drawing.Compact || v.Drawing.Ratio != 560.0/920 {
				t.Errorf("compact %v, ratio %v", v.Drawing.Compact, v.Drawing.Ratio)
			}
			body, _, err := v.Bytes(ctx, d, view.Output{Format: "json"})
			if err != nil {
				t.Fatal(err)
			}
			if n := strings.Count(string(body), `"kind":`); n < kept {
				t.Errorf("the JSON names %d actors, the drawing %d", n, kept)
			}
			again, _ := tt.make()
			if err := again.Fit(ctx, d, "", pane, fits); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(again.Subgraph.Entities, v.Subgraph.Entities) {
				t.Errorf("a second fit, remembered, kept other actors")
			}
		})
	}
}

// TestFitBringsInMore: after "+N more" beside an actor is clicked, every actor tied to it is drawn.
func TestFitBringsInMore(t *testing.T) {
	ctx := context.Background()
	st := seeded(t)
	d := drawer(t)
	pane := view.Pane{W: 920, H: 560}
	q := graph.NeighborhoodQuery{Focus: []string{tokayev}, Depth: 2, Filter: graph.Filter{MaxNodes: graph.DefaultMaxNodes}}
	v, err := view.Neighborhood(ctx, st, q)
	if err != nil {
		t.Fatal(err)
	}
	full := v.Subgraph
	if err := v.Fit(ctx, d, "", pane, nil); err != nil {
		t.Fatal(err)
	}
	var at string
	for id, n := range v.Drawing.Expanders {
		if at == "" || n > v.Drawing.Expanders[at] || n == v.Drawing.Expanders[at] && id < at {
			at = id
		}
	}
	if at == "" {
		t.Fatal("nothing left out")
	}
	w, _ := view.Neighborhood(ctx, st, q)
	pane.More = []string{at}
	if err := w.Fit(ctx, d, "", pane, nil); err != nil {
		t.Fatal(err)
	}
	for _, r := range full.Relations {
		for _, pair := range [][2]string{{r.From, r.To}, {r.To, r.From}} {
			if pair[0] != at {
				continue
			}
			if _, ok := w.Subgraph.Entity(pair[1]); !ok {
				t.Errorf("%s, tied to %s, is still left out after its +%d more", pair[1], at, v.Drawing.Expanders[at])
			}
		}
	}
	if w.Drawing.Expanders[at] != 0 {
		t.Errorf("%s still has +%d more", at, w.Drawing.Expanders[at])
	}
}
