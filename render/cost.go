package render

import (
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// sizeCost is what a layout cost at one view size: the Graphviz CPU time of the slower of two depth-2 views
// of that many actors (and their relationship limit, graph.MaxRelations).
type sizeCost struct {
	actors int
	cpu    time.Duration
}

// layoutCosts are measured by BenchmarkSlowEngines (go test ./render -run '^$' -bench SlowEngines
// -benchtime 1x; 2026-12-05 04:51-04:53 UTC, load average 4-9, bench/results/20261205T0500Z-export-cost),
// and circo at 500 actors by BenchmarkEveryLayout (11.9 s, load 12-22). dot and sfdp are not listed: at 500
// actors, the most a view holds (graph.MaxMaxNodes), they took 0.33-0.36 s.
var layoutCosts = map[string][]sizeCost{
	"neato": {{60, 174 * ms}, {100, 173 * ms}, {150, 476 * ms}, {200, 958 * ms}, {300, 1948 * ms}, {400, 4105 * ms}},
	"fdp":   {{60, 139 * ms}, {100, 226 * ms}, {150, 411 * ms}, {200, 551 * ms}, {300, 954 * ms}, {400, 2111 * ms}},
	"circo": {{60, 175 * ms}, {100, 171 * ms}, {150, 234 * ms}, {200, 314 * ms}, {300, 307 * ms}, {400, 1232 * ms}, {500, 11900 * ms}},
}

const ms = time.Millisecond

// layoutCost estimates the Graphviz CPU time of drawing a view of that many actors with the layout: the
// measured cost of the next size up (so never less than what was measured at or below it), and past the
// largest size measured, that cost grown with the square of the actors. 0 for dot, sfdp and any drawing with
// pins (placed nodes leave neato only its lines to route): those are not slow at any size a view can have.
func layoutCost(layout string, actors int, pinned bool) time.Duration {
	costs := layoutCosts[layout]
	if pinned || len(costs) == 0 {
		return 0
	}
	for _, c := range costs {
		if actors <= c.actors {
			return c.cpu
		}
	}
	last := costs[len(costs)-1]
	r := float64(actors) / float64(last.actors)
	return time.Duration(float64(last.cpu) * r * r)
}

// tooSlowToTry reports whether the drawing of sg by the layout is estimated (layoutCost) to take more than a
// third of budget, the time a drawing is given before it is stopped and drawn simpler: at the loads this
// machine sees (15-22 on 2 cores) a render's wall time was 3-4 times its CPU time, so such a drawing would
// likely be stopped after the budget, its time wasted. It is decided from the view's size alone, before
// rendering, so the same view always gets the same drawing (Export's bytes depend on nothing else).
// At the default timeout (budget 3.3 s) that is neato past 200 actors, fdp past 300 and circo past 300.
func tooSlowToTry(sg graph.Subgraph, layout string, pinned bool, budget time.Duration) bool {
	return layoutCost(layout, len(sg.Entities), pinned) > budget/3
}
