package render_test

import (
	"context"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
)

// TestUnpinnedLabels measures the line labels of the seed's views drawn afresh (no pins), in every layout,
// as Graphviz places them and as placeLabels would: the labels nearer another line than their own and the
// pairs that overlap. Graphviz's dot places its labels as it ranks the graph; neato, fdp, sfdp and circo
// place each at its line's middle. placeLabels is used by the server for pinned drawings only; this says
// whether it would help the others, and fails if it would do worse than Graphviz on them.
func TestUnpinnedLabels(t *testing.T) {
	src := seedGraph(t)
	p := newTestPool(t, render.PoolConfig{})
	ctx := context.Background()
	var total, gvMisplaced, gvOverlaps, ownMisplaced, ownOverlaps int
	for _, layout := range render.Layouts() {
		for _, focus := range []string{tokayevID, cstoID, russiaID} {
			sg, err := graph.Expand(graph.NeighborhoodQuery{Focus: []string{focus}, Depth: 1}, src)
			if err != nil {
				t.Fatal(err)
			}
			dot := render.DOT(sg, render.Options{Layout: layout, Compact: true})
			widths := textWidths(t, dot)
			theirs, err := p.SVG(ctx, dot, layout)
			if err != nil {
				t.Fatal(err)
			}
			ours, err := render.RelabelSVG(dot, layout)
			if err != nil {
				t.Fatal(err)
			}
			g1, g2 := readGeometry(t, theirs), readGeometry(t, ours)
			l1, l2 := readLabels(t, theirs, widths), readLabels(t, ours, widths)
			m1, m2 := misplacedLabels(g1, l1, 0), misplacedLabels(g2, l2, 0)
			o1, o2 := overlappingLabels(l1), overlappingLabels(l2)
			t.Logf("%s %s: %d labels; Graphviz: %d nearer another line, %d pairs overlapping; placeLabels: %d and %d",
				layout, focus, len(l1), len(m1), len(o1), len(m2), len(o2))
			if render.NeedsFreshWorker(layout) {
				// fdp and sfdp draw the same DOT differently after other drawings (see NeedsFreshWorker), so
				// the two drawings' actors are not where each other's are: logged, not compared.
				continue
			}
			total += len(l1)
			gvMisplaced, gvOverlaps = gvMisplaced+len(m1), gvOverlaps+len(o1)
			ownMisplaced, ownOverlaps = ownMisplaced+len(m2), ownOverlaps+len(o2)
		}
	}
	t.Logf("dot, neato and circo: %d labels in all; Graphviz: %d nearer another line, %d pairs overlapping; placeLabels: %d and %d",
		total, gvMisplaced, gvOverlaps, ownMisplaced, ownOverlaps)
	if ownMisplaced > gvMisplaced || ownOverlaps > gvOverlaps {
		t.Errorf("placeLabels does worse than Graphviz on the unpinned views of dot, neato and circo")
	}
}
