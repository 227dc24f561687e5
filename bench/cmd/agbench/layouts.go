package main

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/actorgraph/actorgraph/bench"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/synthetic"
	"github.com/actorgraph/actorgraph/render"
	"github.com/actorgraph/actorgraph/store/boltstore"
)

// layoutTimes draws depth-2 views of random actors at each of -layout-sizes actors (by default the page's
// default cap, 60, and what max_nodes= asks for around it) with every engine of -layout-engines through
// a warm one-worker pool, the drawing as the page gets it (render.Service's DOT, links and title), and
// reports the median and worst time per size and engine, with the relationships the views hold. A render
// that passes 3 s is stopped and counted as 3 s: it is out of the question for a click either way.
func layoutTimes(ctx context.Context, c config, s *boltstore.Store, corpus *synthetic.Corpus, res *results, out io.Writer) error {
	const perSize, limit = 8, 3 * time.Second
	pool := render.NewPool(render.PoolConfig{Workers: 1, Timeout: limit, MaxRenders: 1 << 30})
	defer pool.Close()
	if _, err := pool.SVG(ctx, []byte("digraph{a->b}"), "dot"); err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(17, 3))
	type row struct {
		Actors, Views       int
		Relations           []int
		Engine              string
		P50, Max            time.Duration
		Over100ms, TimedOut int
	}
	var rows []row
	for _, n := range c.layoutSizes {
		var views []graph.Subgraph
		for tries := 0; len(views) < perSize && tries < 2000; tries++ {
			// Half the views around hubs (the first actors are the busiest), half anywhere.
			i := rng.IntN(corpus.Entities())
			if tries%2 == 0 {
				i = rng.IntN(max(corpus.Entities()/100, 1))
			}
			sg, err := s.Neighborhood(ctx, graph.NeighborhoodQuery{Focus: []string{corpus.Entity(i).ID}, Depth: 2,
				Filter: graph.Filter{MaxNodes: n}})
			if graph.ErrorCode(err) == graph.ENOTFOUND {
				continue
			}
			if err != nil {
				return err
			}
			if len(sg.Entities) >= n*9/10 {
				views = append(views, sg)
			}
		}
		if len(views) == 0 {
			continue
		}
		var rels []int
		for _, sg := range views {
			rels = append(rels, len(sg.Relations))
		}
		slices.Sort(rels)
		for _, engine := range c.layoutEngines {
			r := row{Actors: n, Views: len(views), Relations: rels, Engine: engine}
			var times []time.Duration
			for _, sg := range views {
				dot := render.DOT(sg, render.Options{Title: render.Title(sg), LinkBase: "/?focus=", Layout: engine})
				start := time.Now()
				_, err := pool.SVG(ctx, dot, engine)
				d := time.Since(start)
				if graph.ErrorCode(err) == graph.ETIMEOUT {
					r.TimedOut++
					d = limit
				} else if err != nil {
					return fmt.Errorf("%s, %d actors: %w", engine, len(sg.Entities), err)
				}
				if d > 100*time.Millisecond {
					r.Over100ms++
				}
				times = append(times, d)
			}
			sum := bench.Summarize(times)
			r.P50, r.Max = sum.P50, sum.Max
			rows = append(rows, r)
			fmt.Fprintf(out, "layout of %3d-actor views (%d views, relationships %v), %-5s: p50 %s, max %s, over 100 ms %d, timed out %d\n",
				n, r.Views, rels, engine, bench.Round(r.P50), bench.Round(r.Max), r.Over100ms, r.TimedOut)
		}
	}
	res.set("layout_times", rows)
	return nil
}
