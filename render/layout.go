package render

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// layouts are the Graphviz engines a drawing may use. The others (twopi, osage, patchwork, nop) either need
// a root or a tree, or ignore edges, and would only confuse a reader.
var layouts = []string{"dot", "neato", "fdp", "sfdp", "circo"}

// Layouts returns the names of the layouts a drawing may use, the default for small graphs first.
func Layouts() []string { return slices.Clone(layouts) }

// CheckLayout returns an EINVALID error unless layout is one of Layouts.
func CheckLayout(layout string) error {
	if slices.Contains(layouts, layout) {
		return nil
	}
	return graph.Errorf(graph.EINVALID, "unknown layout %q (want one of %s)", layout, strings.Join(layouts, ", "))
}

// maxDotNodes is the node count past which DefaultLayout gives way from dot to sfdp.
const maxDotNodes = 150

// DefaultLayout returns the layout for a drawing of that many entities.
//
// dot is the clearest for the neighbourhoods people look at most (up to the default limit of 60 actors and
// beyond): it ranks the graph so arrows read one way, routes edges around nodes and places edge labels where
// they do not overlap, which no other engine does. Its cost depends on how tangled the graph is, which the
// relationship limit bounds (graph.MaxRelations: 90, or one per actor past 90). Measured on depth-2 views
// of random actors and hubs at 1M relationships, through the pool (agbench -only layouts, 8 views a size, a
// loaded machine): at 100 actors dot p50 85 ms, neato 169 ms, sfdp 109 ms; at 150 actors (225
// relationships) dot 303 ms (max 946 ms), sfdp 443 ms, neato 859 ms (max 1.9 s); at 200 (300 relationships)
// sfdp 125 ms (max 179 ms), dot 567 ms, neato 1.0 s. So dot up to 150 actors and sfdp, the multilevel engine
// built for large graphs, beyond; neato (stress majorisation with overlap removal) was never the fastest,
// and is there for those who ask for it.
func DefaultLayout(nodes int) string {
	if nodes <= maxDotNodes {
		return "dot"
	}
	return "sfdp"
}

// layoutSeed seeds the random initial placement of neato, fdp and sfdp. neato placed nodes from a fixed seed
// already when start was unset, but only by Graphviz's default; naming one makes the drawing a function of
// the DOT alone. fdp and sfdp need more than a seed: see freshLayouts.
const layoutSeed = "1"

// freshLayouts are the engines whose drawing depends on what the same Graphviz instance drew before, seed or
// no seed: measured on the WebAssembly build, fdp and sfdp give byte-identical SVG for the same DOT on a
// worker's first render, and a different one on its second. dot, circo and neato gave the same bytes after
// any number of earlier renders. So a drawing that must be reproducible (an export) with these engines is
// rendered by a worker that has drawn nothing yet (see Pool.FreshSVG).
var freshLayouts = []string{"fdp", "sfdp"}

// NeedsFreshWorker reports whether the layout draws the same DOT the same way only on a worker's first render.
func NeedsFreshWorker(layout string) bool { return slices.Contains(freshLayouts, layout) }

// layoutAttrs are the graph attributes each engine needs to draw a readable picture at a bearable cost.
// Measured through the pool on neighbourhood-like graphs (WebAssembly Graphviz): spline routing made neato
// 8× slower and timed it out at 500 nodes; overlap removal made sfdp take 19 s instead of 0.9 s at 500.
func layoutAttrs(layout string, compact bool, nodes int) [][2]string {
	switch layout {
	case "dot":
		if compact {
			// Closer ranks for a drawing fitted to the page's pane (view.Fit), so that more actors fit at
			// full size. Measured on the seed's Tokayev, CSTO, blocs and Russia's allies views in a 920×560
			// pane (TestLegibleByDefault, TestLabelsByTheirLines): ranks 0.3 inches apart kept 5 to 6 actors
			// with every line label nearest its own line but one; neighbours 0.2 apart kept one more actor
			// in Tokayev's view and put two labels nearer another line. External labels (xlabel), which
			// Graphviz places after the layout, kept 7 to 10 actors but 1 to 4 labels a view had another
			// line through them.
			return [][2]string{{"rankdir", "TB"}, {"nodesep", "0.3"}, {"ranksep", "0.3"}, {"newrank", "true"}}
		}
		// Top to bottom: edge labels sit beside vertical edges, so they widen a rank less than they
		// lengthen it, and the drawing keeps a page-like shape (left to right came out three times as
		// wide as tall for the seed graph).
		return [][2]string{{"rankdir", "TB"}, {"nodesep", "0.3"}, {"ranksep", "0.5"}, {"newrank", "true"}}
	case "neato", "fdp":
		// Without overlap removal these engines pile labelled nodes on top of each other; prism is the
		// remover that keeps the drawing compact ("scale" blew drawings up to hundreds of thousands of
		// points in the WebAssembly build). Edges stay straight.
		return [][2]string{{"overlap", "prism"}, {"sep", "+12"}, {"outputorder", "edgesfirst"}, {"start", layoutSeed}}
	case "sfdp":
		// sfdp is for the largest views, where only speed keeps the drawing possible at all: no overlap
		// removal, straight edges; but a small view, drawn by sfdp only when the reader asks for it, is parted
		// (see maxPartedSfdp).
		if nodes <= maxPartedSfdp {
			return [][2]string{{"overlap", "prism"}, {"sep", "+12"}, {"outputorder", "edgesfirst"}, {"start", layoutSeed}}
		}
		return [][2]string{{"outputorder", "edgesfirst"}, {"start", layoutSeed}}
	case "circo":
		return [][2]string{{"mindist", "0.6"}, {"outputorder", "edgesfirst"}}
	}
	return nil
}

// maxPartedSfdp is the most actors an sfdp drawing parts with overlap removal (prism, as neato and fdp).
// Without it, sfdp drew the seed's actors on each other (Kazakhstan on Russia, the CSTO under Kazakhstan),
// which left 8 of the seed's grown views' 485 line labels nearer another line than their own
// (TestPinnedLinesAvoidActors) and 20 of 40 in its fresh views (TestUnpinnedLabels, Graphviz's labels);
// parted, none and 0 with render's placement. Its cost, Graphviz's CPU a drawing (`go test ./render -run
// '^$' -bench 'LayoutBySize/actors=(60|150)/engine=sfdp' -benchtime 3x`, one run each at load 8-10): at 60
// actors p50 46 ms against 31, p90 97 against 48; at 150, 202 against 67 and 436 against 87. So only up to
// the page's default view size: larger sfdp drawings, which DefaultLayout chooses past maxDotNodes, stay
// fast.
const maxPartedSfdp = graph.DefaultMaxNodes

// maxRoutedNodes is the most actors a pinned drawing routes its lines around (see pinnedAttrs); larger ones
// keep straight lines.
const maxRoutedNodes = maxDotNodes

// pinnedAttrs are the graph attributes of a drawing with pins, for neato: no overlap removal, since every
// actor is pinned where placeNew found it room (each of neato's removers moved pinned actors by 190 to 270
// points), and lines routed around the actors as splines. Straight lines, as neato draws them by default,
// passed through 8 to 10 actors of Tokayev's view grown by Kazakhstan (TestGrownViewsStayAndRouteLines);
// routed, none (TestPinnedLinesAvoidActors). Routing costs about 1.4 times the straight drawing: the whole
// seed graph (30 actors, 42 lines, half of them pinned; BenchmarkSVGPoolPinned) took a median of 72.5 ms
// routed against 52.7 ms straight, five runs of each alternately at a load of 11-13 (BENCHMARKS.md, "A view
// grown in place"); 500-node neato drawings timed out routed, hence the bound. Graphviz's
// router needs the actors apart: where the pinned actors overlap, as circo and sfdp sometimes draw them,
// it falls back to straight lines.
func pinnedAttrs(nodes int) [][2]string {
	out := [][2]string{{"overlap", "true"}, {"sep", "+12"}, {"outputorder", "edgesfirst"}, {"start", layoutSeed}}
	if nodes <= maxRoutedNodes {
		out = append(out, [2]string{"splines", "true"})
	}
	return out
}
