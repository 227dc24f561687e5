package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"time"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/bench"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/cputime"
	"github.com/actorgraph/actorgraph/internal/synthetic"
	"github.com/actorgraph/actorgraph/render"
	"github.com/actorgraph/actorgraph/store/boltstore"
	"github.com/actorgraph/actorgraph/view"
)

// coldDrawings takes apart the cold drawing of a random actor's view as the server makes it for
// /api/graph?format=svg&focus=ID (depth 2, the default 60 actors, no cache), in this process and one warm
// worker, one phase at a time: the view query, building the DOT, the drawing through the pool (the DOT again,
// the round trip, finishing the SVG), and of the round trip what the worker spent in Graphviz. Times are CPU
// time (this process's, and the worker's as it reports it), which a shared machine's load moves far less
// than the wall clock; the round trip beyond Graphviz is wall time. The actors are drawn as
// TestClicksAtAMillion/cold draws them (the same seeded generator), so the two name the same views. The
// slowest drawings are listed with what they hold: actors, lines, the longest label, the layout.
func coldDrawings(ctx context.Context, c config, s *boltstore.Store, corpus *synthetic.Corpus, res *results, out io.Writer) error {
	pool := render.NewPool(render.PoolConfig{Workers: 1, MaxRenders: 1 << 30})
	defer pool.Close()
	if _, err := pool.SVG(ctx, []byte("digraph{a->b}"), "dot"); err != nil {
		return err
	}
	svc := render.NewService(render.ServiceConfig{Pool: pool, LinkBase: "/?focus=", CacheBytes: -1})
	rng := rand.New(rand.NewPCG(17, 5))
	type row struct {
		ID                       string
		Actors, Lines, LongLabel int
		Layout                   string
		Query, DOT, Draw         time.Duration // CPU of this process
		Graphviz, GraphvizCPU    time.Duration // the worker's wall and CPU time in Graphviz
		RoundTrip                time.Duration // wall, the pool call: the pipes, Graphviz and scheduling
		Total                    time.Duration // Query + Draw + GraphvizCPU: the drawing's CPU, both processes
	}
	var rows []row
	for len(rows) < c.renders {
		id := corpus.Entity(rng.IntN(corpus.Entities())).ID
		c0, _ := cputime.Process()
		v, err := view.Neighborhood(ctx, s, graph.NeighborhoodQuery{Focus: []string{id}, Depth: 2})
		if graph.ErrorCode(err) == graph.ENOTFOUND {
			continue // an actor only mentioned, as the browser test skips it
		}
		if err != nil {
			return err
		}
		c1, _ := cputime.Process()
		sg := v.Subgraph
		layout := render.DefaultLayout(len(sg.Entities))
		dot := render.DOT(sg, render.Options{Title: render.Title(sg), LinkBase: "/?focus=", Layout: layout})
		c2, _ := cputime.Process()
		if c.coldDOT != "" { // the views' DOT, to try Graphviz's settings on the same drawings
			if err := os.WriteFile(filepath.Join(c.coldDOT, fmt.Sprintf("%02d.dot", len(rows))), dot, 0o644); err != nil {
				return err
			}
		}
		before := pool.Stats()
		if _, err := svc.Render(ctx, sg, "", "svg"); err != nil {
			return fmt.Errorf("%s: %w", id, err)
		}
		c3, _ := cputime.Process()
		after := pool.Stats()
		r := row{ID: id, Actors: len(sg.Entities), Lines: len(sg.Relations), Layout: layout,
			Query: c1 - c0, DOT: c2 - c1, Draw: c3 - c2,
			Graphviz: after.GraphvizTime - before.GraphvizTime, GraphvizCPU: after.GraphvizCPU - before.GraphvizCPU,
			RoundTrip: after.RenderTime - before.RenderTime}
		r.Total = r.Query + r.Draw + r.GraphvizCPU
		for _, e := range sg.Entities {
			r.LongLabel = max(r.LongLabel, utf8.RuneCountInString(e.Name))
		}
		rows = append(rows, r)
	}
	col := func(f func(row) time.Duration) bench.Durations {
		var d []time.Duration
		for _, r := range rows {
			d = append(d, f(r))
		}
		return bench.Summarize(d)
	}
	for _, p := range []struct {
		name string
		f    func(row) time.Duration
	}{
		{"view query (CPU)", func(r row) time.Duration { return r.Query }},
		{"DOT (CPU)", func(r row) time.Duration { return r.DOT }},
		{"drawing in this process: DOT, pipes, SVG finished (CPU)", func(r row) time.Duration { return r.Draw }},
		{"Graphviz in the worker (CPU)", func(r row) time.Duration { return r.GraphvizCPU }},
		{"Graphviz in the worker (wall)", func(r row) time.Duration { return r.Graphviz }},
		{"round trip beyond Graphviz (wall)", func(r row) time.Duration { return r.RoundTrip - r.Graphviz }},
		{"all of it (CPU, both processes)", func(r row) time.Duration { return r.Total }},
	} {
		sum := col(p.f)
		fmt.Fprintf(out, "cold drawing, %-58s p50 %8s  p90 %8s  max %8s\n", p.name+":", bench.Round(sum.P50), bench.Round(sum.P90), bench.Round(sum.Max))
	}
	slowest := slices.Clone(rows)
	slices.SortFunc(slowest, func(a, b row) int { return cmp.Compare(b.Total, a.Total) })
	fmt.Fprintf(out, "the slowest cold drawings (CPU: query + this process's drawing + Graphviz):\n")
	for _, r := range slowest[:min(8, len(slowest))] {
		fmt.Fprintf(out, "  %-28s %3d actors %3d lines, longest name %2d, %-5s query %7s, drawing %7s, Graphviz %8s = %8s\n",
			r.ID, r.Actors, r.Lines, r.LongLabel, r.Layout, bench.Round(r.Query), bench.Round(r.Draw), bench.Round(r.GraphvizCPU), bench.Round(r.Total))
	}
	res.set("cold_drawings", rows)
	return nil
}
