package render

import (
	"bytes"
	"context"
	"strconv"
	"strings"

	"github.com/goccy/go-graphviz/cgraph"
	"github.com/goccy/go-graphviz/gvc"
)

// placesOwnLabels reports whether the worker places the line labels of this drawing itself (placeLabels):
// every drawing but dot's, which places its labels as it ranks the graph, with room kept for them, and a
// large sfdp one, which sfdp draws without parting its actors (see maxPartedSfdp), for speed, and where no
// place is clear of the actors piled up. neato, fdp, sfdp and circo put each label at its line's middle,
// looking at no other line: in the seed's fresh views (TestUnpinnedLabels), 42 of their 160 labels came out
// nearer another line than their own or as near and 3 pairs overlapped; placed here, 2 and none. In dot's
// drawings placing them here helped the seed's views of one actor (1 of 40 labels misplaced by Graphviz,
// none placed here) but not Russia's allies, where two lines run on each other (TestLabelsByTheirLines: 2
// labels as near another line by Graphviz, 3 and an overlap placed here), and it would cost every cold
// drawing of the default layout (BenchmarkColdDrawing). A dot drawing with boxes (clusters: the allies and
// opponents, the blocs) is placed here: dot routes the lines between a box and an actor outside it through
// one chain, and put their labels on each other (Tokayev's "requested help from", "accuses" and "opposes" in
// one spot in the view of his allies; TestLabelsByTheirLines). That costs the seed's whole blocs drawing
// (27 actors, 41 labels) 35 -> 67 ms through the pool and Tokayev's allies 6 -> 12 ms (medians of three
// alternating runs at load 15-17); the neighbourhood views, without boxes, are drawn as before.
func placesOwnLabels(layout string, g *cgraph.Graph) bool {
	if layout == "dot" {
		n, err := g.SubGraphNum()
		return err == nil && n > 0
	}
	return layout != "sfdp" || g.GetStr("overlap") != ""
}

// relabel draws g as SVG with the line labels where placeLabels puts them, from one layout: Graphviz lays g
// out, writes it as xdot (every position, routed line and label's measured width), and from the same layout
// as SVG; the labels are placed on the routed lines in Go and moved in the SVG (moveLabels). Drawing the
// placed labels by a second Graphviz run (neato's nop2, as before) cost a grown seed view 36 ms in all
// where one drawing took 13 (BenchmarkGrownDrawing).
func relabel(ctx context.Context, gv *gvc.Context, g *cgraph.Graph, layout string) ([]byte, error) {
	if err := gv.Layout(ctx, g, layout); err != nil {
		return nil, err
	}
	var xdot, svg bytes.Buffer
	err := gv.RenderData(ctx, g, "xdot", &xdot)
	if err == nil {
		err = gv.RenderData(ctx, g, "svg", &svg)
	}
	if ferr := gv.FreeLayout(ctx, g); err == nil {
		err = ferr
	}
	if err != nil {
		return nil, err
	}
	d, err := readXdot(xdot.Bytes())
	if err != nil {
		return nil, err
	}
	at, leaders := placeLabels(d.lines, d.obstacles)
	return moveLabels(svg.Bytes(), d, at, leaders), nil
}

// drawSVG draws g as SVG as Graphviz lays it out, labels and all.
func drawSVG(ctx context.Context, gv *gvc.Context, g *cgraph.Graph, layout string) ([]byte, error) {
	if err := gv.Layout(ctx, g, layout); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	err := gv.RenderData(ctx, g, "svg", &buf)
	if ferr := gv.FreeLayout(ctx, g); err == nil {
		err = ferr
	}
	return buf.Bytes(), err
}

func parsePoint(s string) (pt, bool) {
	x, y, ok := strings.Cut(strings.TrimSuffix(strings.TrimSpace(s), "!"), ",")
	if !ok {
		return pt{}, false
	}
	px, err1 := strconv.ParseFloat(x, 64)
	py, err2 := strconv.ParseFloat(y, 64)
	return pt{px, py}, err1 == nil && err2 == nil
}

// splinePath reads an edge's pos ("e,x,y s,x,y x,y x,y …", splines separated by ";") as points along it.
func splinePath(pos string) []pt {
	var out []pt
	for _, spline := range strings.Split(pos, ";") {
		var ctrl []pt
		for _, f := range strings.Fields(spline) {
			if strings.HasPrefix(f, "e,") || strings.HasPrefix(f, "s,") {
				continue // the tips of the arrowheads
			}
			if p, ok := parsePoint(f); ok {
				ctrl = append(ctrl, p)
			}
		}
		out = append(out, bezierPath(ctrl)...)
	}
	return out
}

// textBox is the size of the text an xdot drawing writes ("F size n -font c n -color T x y j width n -text
// …"): the widest line by the widths Graphviz measured, and a line height of 1.2 times the font size per
// line (as Graphviz spaces them). It is 0, 0 when the operations hold no text or hold one it cannot read.
func textBox(ops string) (w, h float64) {
	size, lines := 14.0, 0
	s := ops
	word := func() string {
		s = strings.TrimLeft(s, " ")
		i := strings.IndexByte(s, ' ')
		if i < 0 {
			i = len(s)
		}
		t := s[:i]
		s = s[i:]
		return t
	}
	num := func() (float64, bool) {
		v, err := strconv.ParseFloat(word(), 64)
		return v, err == nil
	}
	// str skips a string: its length in bytes, a space, "-" and the bytes.
	str := func() bool {
		n, err := strconv.Atoi(word())
		s = strings.TrimPrefix(s, " ")
		if err != nil || n < 0 || !strings.HasPrefix(s, "-") || len(s) < 1+n {
			return false
		}
		s = s[1+n:]
		return true
	}
	for {
		op := word()
		switch op {
		case "":
			return w, float64(lines) * size * 1.2
		case "F":
			v, ok := num()
			if !ok || !str() {
				return 0, 0
			}
			size = v
		case "c", "C", "S":
			if !str() {
				return 0, 0
			}
		case "t":
			if _, ok := num(); !ok {
				return 0, 0
			}
		case "T":
			var v [4]float64
			for k := range v {
				var ok bool
				if v[k], ok = num(); !ok {
					return 0, 0
				}
			}
			if !str() {
				return 0, 0
			}
			w, lines = max(w, v[3]), lines+1
		default:
			return 0, 0
		}
	}
}
