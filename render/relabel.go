package render

import (
	"bytes"
	"context"
	"io"
	"strconv"
	"strings"

	"github.com/goccy/go-graphviz"
	"github.com/goccy/go-graphviz/cgraph"
)

// placesOwnLabels reports whether the worker places the line labels of this drawing itself (placeLabels):
// a drawing with pins, which DOT marks with inputscale=72 (pins are in points), drawn by neato. Graphviz's
// dot places its own labels as it lays out the ranks, and nearer its own line (TestLabelsByTheirLines).
func placesOwnLabels(layout string, g *cgraph.Graph) bool {
	return layout == PinnedLayout && g.GetStr("inputscale") == "72"
}

// relabel draws g as SVG with the line labels where placeLabels puts them. Graphviz lays g out once (to
// xdot, which writes every position and every label's text width into g's attributes); the labels are
// placed on the routed lines; then g is drawn again by neato's no-layout mode (nop2), which keeps the
// actors, the lines and the labels exactly where the attributes say.
func relabel(ctx context.Context, gv *graphviz.Graphviz, g *cgraph.Graph, layout string) ([]byte, error) {
	gv.SetLayout(graphviz.Layout(layout))
	if err := gv.Render(ctx, g, graphviz.Format("xdot"), io.Discard); err != nil {
		return nil, err
	}
	lines, edges, obstacles, err := readLaidOut(g)
	if err != nil {
		return nil, err
	}
	at := placeLabels(lines, obstacles)
	for i, e := range edges {
		if lines[i].w > 0 {
			if err := e.SafeSet("lp", formatPoint(at[i]), ""); err != nil {
				return nil, err
			}
		}
	}
	// The xdot drawing operations and the bounding box are of the first drawing: without them nop2 computes
	// the box anew, around the labels where they now are.
	for _, name := range []string{"_draw_", "bb"} {
		if err := g.SafeSet(name, "", ""); err != nil {
			return nil, err
		}
	}
	if err := g.SafeSet("layout", string(graphviz.NOP2), ""); err != nil {
		return nil, err
	}
	gv.SetLayout(graphviz.NOP2)
	var buf bytes.Buffer
	if err := gv.Render(ctx, g, graphviz.SVG, &buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// readLaidOut reads, from a graph Graphviz has laid out and written as xdot, every edge's path and label
// size (in the order of the edges, with the edges themselves) and the boxes of the nodes and their
// external labels.
func readLaidOut(g *cgraph.Graph) ([]labelLine, []*cgraph.Edge, []rect, error) {
	var lines []labelLine
	var edges []*cgraph.Edge
	var obstacles []rect
	n, err := g.FirstNode()
	for ; err == nil && n != nil; n, err = g.NextNode(n) {
		c, ok := parsePoint(n.GetStr("pos"))
		if !ok {
			continue
		}
		w, _ := strconv.ParseFloat(n.GetStr("width"), 64)
		h, _ := strconv.ParseFloat(n.GetStr("height"), 64)
		obstacles = append(obstacles, centred(c, w*72, h*72))
		if xl, ok := parsePoint(n.GetStr("xlp")); ok {
			if tw, th := textBox(n.GetStr("_tldraw_")); tw > 0 {
				obstacles = append(obstacles, centred(xl, tw, th))
			} else {
				// About Helvetica's width at the node's 11 points.
				obstacles = append(obstacles, centred(xl, 6.6*float64(len(n.GetStr("xlabel"))), 13))
			}
		}
		e, eerr := g.FirstOut(n)
		for ; eerr == nil && e != nil; e, eerr = g.NextOut(e) {
			// An edge without a label has no _ldraw_: textBox gives it no box. Each read is a call into
			// the WebAssembly Graphviz, a third of relabel's own time (11 of 36 ms on a grown seed view).
			l := labelLine{path: splinePath(e.GetStr("pos"))}
			l.w, l.h = textBox(e.GetStr("_ldraw_"))
			lines = append(lines, l)
			edges = append(edges, e)
		}
		if eerr != nil {
			return nil, nil, nil, eerr
		}
	}
	return lines, edges, obstacles, err
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

func formatPoint(p pt) string {
	return strconv.FormatFloat(p.x, 'f', 2, 64) + "," + strconv.FormatFloat(p.y, 'f', 2, 64)
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
