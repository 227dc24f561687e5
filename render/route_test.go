package render_test

import (
	"bytes"
	"cmp"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
)

// rect is a box in the SVG's coordinates: x grows rightwards, y downwards.
type rect struct{ x0, y0, x1, y1 float64 }

func (r rect) centre() [2]float64 { return [2]float64{(r.x0 + r.x1) / 2, (r.y0 + r.y1) / 2} }

func (r *rect) add(x, y float64) {
	r.x0, r.y0, r.x1, r.y1 = min(r.x0, x), min(r.y0, y), max(r.x1, x), max(r.y1, y)
}

func emptyRect() rect { return rect{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)} }

// drawnLine is a relationship's line as the SVG draws it: its ends' entity ids and the points along its
// path.
type drawnLine struct {
	from, to string
	points   [][2]float64
	// leader is the thin line from a point of this line to its label, when render drew one (class
	// "leader"): not part of the line's route.
	leader [][2]float64
}

// geometry is where a drawing put each actor (the box of its shape, by entity id) and each line (by
// relation id), read from Graphviz's SVG.
type geometry struct {
	actors map[string]rect
	legend rect                      // the legend's box, empty when there is none
	shapes map[string][][][2]float64 // the outlines of each actor's shape, as polygons
	lines  map[string]*drawnLine
}

// readGeometry reads the shapes of actors (g.node with id "n:…": polygons, ellipses, paths) and the
// paths of lines (g.edge with id "e:" and the relation's id) from an SVG drawn by Graphviz.
func readGeometry(tb testing.TB, svg []byte) geometry {
	tb.Helper()
	g := geometry{actors: map[string]rect{}, legend: emptyRect(), shapes: map[string][][][2]float64{}, lines: map[string]*drawnLine{}}
	d := xml.NewDecoder(bytes.NewReader(svg))
	var stack []string // the id of each open <g> that has one, "" for the others
	var inLink bool
	owner := func() (kind, id string) {
		for i := len(stack) - 1; i >= 0; i-- {
			if s := stack[i]; strings.HasPrefix(s, "n:") || strings.HasPrefix(s, "e:") {
				return s[:1], s[2:]
			}
			if stack[i] == "legend" {
				return "l", ""
			}
		}
		return "", ""
	}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			tb.Fatal(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			attr := func(name string) string { return xmlAttr(t.Attr, name) }
			kind, id := owner()
			switch t.Name.Local {
			case "g":
				stack = append(stack, attr("id"))
				if s := attr("id"); strings.HasPrefix(s, "e:") {
					// A relation's id is from|TYPE|to (the title names a port too when the line has one).
					parts := strings.Split(s[2:], "|")
					g.lines[s[2:]] = &drawnLine{from: parts[0], to: parts[len(parts)-1]}
				}
			case "a":
				inLink = true
			case "polygon", "ellipse", "path", "polyline":
				if kind == "n" && inLink { // the shape, not the "+N more" beside it
					r, ok := g.actors[id]
					if !ok {
						r = emptyRect()
					}
					outline := shapePoints(tb, t.Name.Local, attr)
					for _, p := range outline {
						r.add(p[0], p[1])
					}
					g.actors[id] = r
					g.shapes[id] = append(g.shapes[id], outline)
				}
				if kind == "l" && inLink && t.Name.Local == "polygon" {
					for _, p := range shapePoints(tb, t.Name.Local, attr) {
						g.legend.add(p[0], p[1])
					}
				}
				if kind == "e" && t.Name.Local == "path" && attr("class") == "leader" {
					if n := numbers(tb, attr("d")); len(n) == 4 {
						g.lines[id].leader = [][2]float64{{n[0], n[1]}, {n[2], n[3]}}
					} else {
						tb.Fatalf("leader %q of %s is not one straight segment", attr("d"), id)
					}
				} else if kind == "e" && t.Name.Local == "path" {
					g.lines[id].points = append(g.lines[id].points, pathPoints(tb, attr("d"))...)
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "g":
				stack = stack[:len(stack)-1]
			case "a":
				inLink = false
			}
		}
	}
	return g
}

// xmlAttr returns the value of the attribute of that local name, "" if there is none.
func xmlAttr(attrs []xml.Attr, name string) string {
	for _, a := range attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// numbers reads every number in s, whatever separates them.
func numbers(tb testing.TB, s string) []float64 {
	tb.Helper()
	f := strings.FieldsFunc(s, func(r rune) bool { return !(r >= '0' && r <= '9' || r == '.' || r == '-' || r == 'e') })
	out := make([]float64, 0, len(f))
	for _, v := range f {
		n, err := strconv.ParseFloat(v, 64)
		if err != nil {
			tb.Fatalf("%q in %q is not a number", v, s)
		}
		out = append(out, n)
	}
	return out
}

func shapePoints(tb testing.TB, name string, attr func(string) string) [][2]float64 {
	switch name {
	case "ellipse":
		n := numbers(tb, attr("cx")+" "+attr("cy")+" "+attr("rx")+" "+attr("ry"))
		out := make([][2]float64, 0, 32)
		for k := range 32 {
			a := float64(k) * 2 * math.Pi / 32
			out = append(out, [2]float64{n[0] + n[2]*math.Cos(a), n[1] + n[3]*math.Sin(a)})
		}
		return out
	case "path":
		return pathPoints(tb, attr("d"))
	}
	n := numbers(tb, attr("points"))
	out := make([][2]float64, 0, len(n)/2)
	for i := 0; i+1 < len(n); i += 2 {
		out = append(out, [2]float64{n[i], n[i+1]})
	}
	return out
}

// pathPoints follows a Graphviz path ("M x,y C x,y x,y x,y …": a move, then cubic Bézier segments) and
// returns points along it, 16 per segment.
func pathPoints(tb testing.TB, d string) [][2]float64 {
	n := numbers(tb, d)
	if len(n) < 2 {
		return nil
	}
	out := [][2]float64{{n[0], n[1]}}
	for i := 2; i+5 < len(n); i += 6 {
		p0 := out[len(out)-1]
		p1, p2, p3 := [2]float64{n[i], n[i+1]}, [2]float64{n[i+2], n[i+3]}, [2]float64{n[i+4], n[i+5]}
		for k := 1; k <= 16; k++ {
			t := float64(k) / 16
			u := 1 - t
			out = append(out, [2]float64{
				u*u*u*p0[0] + 3*u*u*t*p1[0] + 3*u*t*t*p2[0] + t*t*t*p3[0],
				u*u*u*p0[1] + 3*u*u*t*p1[1] + 3*u*t*t*p2[1] + t*t*t*p3[1],
			})
		}
	}
	return out
}

// crossing is a line drawn through an actor that is not one of its ends.
type crossing struct{ line, actor string }

// stacked counts the lines drawn exactly on another: the WebAssembly Graphviz's router gave every line
// between the same two actors the same path (1 to 3 a grown view) until they left from different sides.
func (g geometry) stacked() int {
	seen := map[string]int{}
	for _, l := range g.lines {
		seen[fmt.Sprint(l.points)]++
	}
	n := 0
	for _, c := range seen {
		if c > 1 {
			n += c - 1
		}
	}
	return n
}

// crossings lists every line that passes through the shape of an actor other than its ends: a segment of
// its path meets the actor's outline shrunk by 3 points towards its centre, so that a line grazing an
// actor does not count, nor one ending at an actor whose shape has two outlines (the focus's border).
// closest returns the two actors whose boxes are nearest each other and the gap between them in points
// (negative when they overlap).
func (g geometry) closest() (gap float64, a, b string) {
	gap = math.Inf(1)
	for x, rx := range g.actors {
		for y, ry := range g.actors {
			if x >= y {
				continue
			}
			d := max(max(rx.x0-ry.x1, ry.x0-rx.x1), max(rx.y0-ry.y1, ry.y0-rx.y1))
			if d < gap {
				gap, a, b = d, x, y
			}
		}
	}
	return gap, a, b
}

// nearest is the gap between the actor's box and the nearest other's, as closest measures it.
func (g geometry) nearest(id string) float64 {
	gap := math.Inf(1)
	rx := g.actors[id]
	for y, ry := range g.actors {
		if y != id {
			gap = min(gap, max(max(rx.x0-ry.x1, ry.x0-rx.x1), max(rx.y0-ry.y1, ry.y0-rx.y1)))
		}
	}
	return gap
}

func (g geometry) crossings() []crossing {
	var out []crossing
	for id, l := range g.lines {
		for a, outlines := range g.shapes {
			if a == l.from || a == l.to {
				continue
			}
			if crossesAny(l.points, outlines, g.actors[a]) {
				out = append(out, crossing{id, a})
			}
		}
	}
	slices.SortFunc(out, func(a, b crossing) int { return cmp.Or(cmp.Compare(a.line, b.line), cmp.Compare(a.actor, b.actor)) })
	return out
}

func crossesAny(path [][2]float64, outlines [][][2]float64, box rect) bool {
	c := box.centre()
	for _, o := range outlines {
		shrunk := make([][2]float64, len(o))
		for i, p := range o {
			dx, dy := p[0]-c[0], p[1]-c[1]
			d := math.Hypot(dx, dy)
			k := max(d-3, 0) / max(d, 1e-9)
			shrunk[i] = [2]float64{c[0] + dx*k, c[1] + dy*k}
		}
		for i := 1; i < len(path); i++ {
			if inside(path[i], shrunk) {
				return true
			}
			for j := range shrunk {
				if segmentsMeet(path[i-1], path[i], shrunk[j], shrunk[(j+1)%len(shrunk)]) {
					return true
				}
			}
		}
	}
	return false
}

// inside reports whether p is inside the polygon (even-odd rule).
func inside(p [2]float64, poly [][2]float64) bool {
	in := false
	for i, j := 0, len(poly)-1; i < len(poly); j, i = i, i+1 {
		a, b := poly[i], poly[j]
		if (a[1] > p[1]) != (b[1] > p[1]) && p[0] < (b[0]-a[0])*(p[1]-a[1])/(b[1]-a[1])+a[0] {
			in = !in
		}
	}
	return in
}

func segmentsMeet(p1, p2, q1, q2 [2]float64) bool {
	cross := func(o, a, b [2]float64) float64 { return (a[0]-o[0])*(b[1]-o[1]) - (a[1]-o[1])*(b[0]-o[0]) }
	d1, d2 := cross(q1, q2, p1), cross(q1, q2, p2)
	d3, d4 := cross(p1, p2, q1), cross(p1, p2, q2)
	return (d1 > 0) != (d2 > 0) && (d3 > 0) != (d4 > 0)
}

// seedGrowths are views of the seed that a reader grows by adding an actor to the focus, as a shift-click
// does: the first view's focus and the actor added.
var seedGrowths = []struct {
	name  string
	focus []string
	add   string
}{
	{"Tokayev+Kazakhstan", []string{tokayevID}, graph.EntityID(graph.State, "Kazakhstan")},
	{"Tokayev+Russia", []string{tokayevID}, russiaID},
	{"CSTO+Russia", []string{cstoID}, russiaID},
	{"Russia+CSTO", []string{russiaID}, cstoID},
}

// TestPinnedLinesAvoidActors grows views of the seed (depth 1) drawn in each layout, as the page does: the
// first drawing's actors and legend pinned where it drew them (the centres of their shapes, with their
// sizes), the grown view drawn with those pins. In the grown drawing, the actors drawn before are where
// they were (within 3 points of the first drawing, after the shift of the whole drawing the page makes up
// for: a house's outline is not centred on the node, and the Almaty airport moved 2.7 points) and no line
// passes through an actor other than its ends: straight, as neato drew pinned lines before, 4 to 14 lines
// of each grown view did; before the server moved a pinned legend clear of the actors, sfdp's
// Tokayev+Russia had 11 (and the page's default layout 9 in Tokayev+Kazakhstan); and no
// line is drawn on another.
// circo and sfdp sometimes draw actors on top of each other; Graphviz's router then draws every line
// straight, and their lines through actors are logged. The line labels, which render places itself in a
// pinned drawing (placeLabels), are measured as the browser test measures them: the labels nearer another
// line than their own (or, at a leader's end, not at the end of one from their own line), the pairs that
// overlap and the labels an actor hides, each against a ceiling.
// With -v the drawings are written as PNG (rsvg-convert) to AG_PINNED_PNG, if set.
func TestPinnedLinesAvoidActors(t *testing.T) {
	src := seedGraph(t)
	p := newTestPool(t, render.PoolConfig{})
	ctx := context.Background()
	var labels, misplacedTotal, overlapping, hiddenTotal, leadersTotal int
	for _, layout := range render.Layouts() {
		for _, sg := range seedGrowths {
			t.Run(layout+"/"+sg.name, func(t *testing.T) {
				small, err := graph.Expand(graph.NeighborhoodQuery{Focus: sg.focus, Depth: 1}, src)
				if err != nil {
					t.Fatal(err)
				}
				big, err := graph.Expand(graph.NeighborhoodQuery{Focus: append(slices.Clone(sg.focus), sg.add), Depth: 1}, src)
				if err != nil {
					t.Fatal(err)
				}
				first, dot := grownDOT(t, p, small, big, layout)
				before := readGeometry(t, first)
				grown, err := p.SVG(ctx, dot, render.PinnedLayout)
				if err != nil {
					t.Fatal(err)
				}
				after := readGeometry(t, grown)
				drawn := readLabels(t, grown, textWidths(t, dot))
				savePNG(t, layout+"-"+sg.name+"-0", first)
				savePNG(t, layout+"-"+sg.name, grown)
				if len(after.actors) != len(big.Entities) {
					t.Fatalf("%d actors drawn of %d", len(after.actors), len(big.Entities))
				}
				// The page shows the grown drawing shifted by the mean move of the actors it had: what is
				// left is how far each moved on screen.
				var dx, dy float64
				for id, r := range before.actors {
					a, b := r.centre(), after.actors[id].centre()
					dx, dy = dx+b[0]-a[0], dy+b[1]-a[1]
				}
				dx, dy = dx/float64(len(before.actors)), dy/float64(len(before.actors))
				gap, a, b := before.closest()
				for id, r := range before.actors {
					a, b := r.centre(), after.actors[id].centre()
					// Actors the first drawing set closer than the router needs (12 points) are moved apart
					// by what is missing, and no more: others must not move.
					allowed := 3.0
					if near := before.nearest(id); near < 12 {
						allowed += 12 - near
					}
					d := math.Hypot(b[0]-a[0]-dx, b[1]-a[1]-dy)
					switch {
					case d > allowed && gap < 0:
						// circo and sfdp draw actors on each other: parting them moves their neighbours too.
						t.Logf("%s moved %.2f points: the first drawing overlapped actors", id, d)
					case d > allowed && (layout == "circo" || layout == "sfdp"):
						// Their drawings set actors tied by a line too close for its label: these are parted by
						// the room the label needs (render's packedLayouts).
						t.Logf("%s moved %.2f points: parted for a line's label", id, d)
					case d > allowed:
						t.Errorf("%s moved %.2f points: %v %v", id, d, r, after.actors[id])
					}
				}
				crossings := after.crossings()
				t.Logf("%d actors, then %d; %d lines, %d through actors, %d drawn on another line; closest actors %s and %s, %.1f points apart",
					len(before.actors), len(after.actors), len(after.lines), len(crossings), after.stacked(), a, b, gap)
				misplaced, overlaps, hidden := misplacedLabels(after, drawn, 0), overlappingLabels(drawn), hiddenLabels(after, drawn)
				t.Logf("%d line labels (%d with a leader), %d nearer another line", len(drawn), leaderCount(after), len(misplaced))
				leadersTotal += leaderCount(after)
				labels = labels + len(drawn)
				for _, m := range misplaced {
					t.Logf("%s", m)
				}
				for _, o := range overlaps {
					t.Logf("labels %q and %q overlap", o[0].text, o[1].text)
				}
				for _, h := range hidden {
					// Actors are drawn over the lines and their labels (outputorder=edgesfirst).
					t.Logf("%s", h)
				}
				misplacedTotal, overlapping, hiddenTotal = misplacedTotal+len(misplaced), overlapping+len(overlaps), hiddenTotal+len(hidden)
				if n := after.stacked(); n > 0 {
					t.Errorf("%d lines drawn on another", n)
				}
				if g, a, b := after.closest(); g < 12 {
					t.Logf("actors %s and %s %.1f points apart in the grown view", a, b, g)
				}
				for _, c := range crossings {
					// Graphviz's router takes actors closer than sep (12 points, pinnedAttrs) for overlapping
					// and draws every line straight; the pins carry the shapes' sizes, and placeNew moves the
					// actors the first drawing set too close (neato's of Russia: 0.5 points) apart.
					t.Errorf("line %s passes through %s", c.line, c.actor)
				}
			})
		}
	}
	// The labels are placed by render (placeLabels), not by Graphviz, which left 114 of these 485 labels
	// nearer another line than their own and 26 pairs of labels overlapping; placeLabels with a label only
	// beside or across its line left 69 and 1; with leaders, 9 and 2, where the actors left no room for a
	// label or a leader (sfdp's first drawings had actors on each other). sfdp now parts its actors (overlap
	// removal), a new actor is placed with room for its line's label, and a view grown from circo or sfdp
	// parts the actors tied by a line by the room its label needs: none is left, and any is a failure. One
	// pair overlaps in circo's Tokayev+Kazakhstan since a third line between two actors leaves from the
	// other side than the second (it was drawn on it): a leader's label took the only place by "is located
	// in", which has no room for a leader of its own. A ceiling.
	const maxMisplaced, maxOverlapping, maxHidden = 0, 1, 0
	t.Logf("%d line labels in all (%d with a leader), %d nearer another line, %d pairs overlapping, %d under an actor",
		labels, leadersTotal, misplacedTotal, overlapping, hiddenTotal)
	if misplacedTotal > maxMisplaced || overlapping > maxOverlapping || hiddenTotal > maxHidden {
		t.Errorf("%d of %d line labels nearer another line than their own, %d pairs overlapping, %d labels under an actor; want at most %d, %d and %d",
			misplacedTotal, labels, overlapping, hiddenTotal, maxMisplaced, maxOverlapping, maxHidden)
	}
}

// grownDOT draws small in the layout, as the page's first drawing, and returns that drawing and the DOT of
// big with the actors and the legend pinned where the first drawing had them (the centres of their shapes,
// with their sizes), as the page asks for a grown view.
func grownDOT(tb testing.TB, p *render.Pool, small, big graph.Subgraph, layout string) ([]byte, []byte) {
	tb.Helper()
	first, err := p.SVG(context.Background(), render.DOT(small, render.Options{Layout: layout, Compact: true}), layout)
	if err != nil {
		tb.Fatal(err)
	}
	before := readGeometry(tb, first)
	pins := map[string]render.Pin{}
	for id, r := range before.actors {
		c := r.centre()
		// Graphviz's y grows upwards, the SVG's downwards.
		pins[id] = render.Pin{X: c[0], Y: -c[1], W: r.x1 - r.x0, H: r.y1 - r.y0}
	}
	// The page pins the legend too, where the first drawing had it.
	if l := before.legend; l.x1 > l.x0 {
		c := l.centre()
		pins[render.LegendPin] = render.Pin{X: c[0], Y: -c[1], W: l.x1 - l.x0, H: l.y1 - l.y0}
	}
	return first, render.DOT(big, render.Options{Layout: layout, Pins: pins, Compact: true})
}

// savePNG writes the drawing as name.png into AG_PINNED_PNG, when that is set, for a reader to look at.
func savePNG(t *testing.T, name string, svg []byte) {
	dir := os.Getenv("AG_PINNED_PNG")
	if dir == "" {
		return
	}
	cmd := exec.Command("rsvg-convert", "-o", filepath.Join(dir, name+".png"))
	cmd.Stdin = bytes.NewReader(svg)
	if err := cmd.Run(); err != nil {
		t.Logf("rsvg-convert: %v", err)
	}
}
