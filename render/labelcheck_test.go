package render_test

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/goccy/go-graphviz"
)

// drawnLabel is a line's label as the SVG draws it: the box of its text, in the SVG's coordinates.
type drawnLabel struct {
	line, text string
	box        rect
}

// misplacedLabel is a label nearer another line than its own: the distances from its box to each.
type misplacedLabel struct {
	label      drawnLabel
	own, other float64
	otherLine  string
}

func (m misplacedLabel) String() string {
	return fmt.Sprintf("label %q is %.1f from its line %s but %.1f from %s", m.label.text, m.own, m.label.line, m.other, m.otherLine)
}

// readLabels reads the line labels of an SVG drawn by Graphviz: each <text> inside a line's group (id "e:"
// and the relation's id). A text's box runs from its baseline up by the font's ascent and down by its
// descent (0.905 and 0.212 em, Liberation Sans's, the Helvetica the browsers here draw), and across by the
// width Graphviz measured for it (widths, by text; see textWidths).
func readLabels(tb testing.TB, svg []byte, widths map[string]float64) []drawnLabel {
	tb.Helper()
	var out []drawnLabel
	d := xml.NewDecoder(bytes.NewReader(svg))
	var stack []string
	var open *drawnLabel
	var size float64
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
			switch t.Name.Local {
			case "g":
				stack = append(stack, xmlAttr(t.Attr, "id"))
			case "text":
				line := ""
				for i := len(stack) - 1; i >= 0; i-- {
					if strings.HasPrefix(stack[i], "e:") {
						line = stack[i][2:]
						break
					}
				}
				if line == "" || strings.HasPrefix(line, "more:") {
					continue
				}
				n := numbers(tb, xmlAttr(t.Attr, "x")+" "+xmlAttr(t.Attr, "y")+" "+xmlAttr(t.Attr, "font-size"))
				size = n[2]
				open = &drawnLabel{line: line, box: rect{n[0], n[1] - 0.905*size, n[0], n[1] + 0.212*size}}
			}
		case xml.CharData:
			if open != nil {
				open.text += string(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "g":
				stack = stack[:len(stack)-1]
			case "text":
				if open != nil {
					w, ok := widths[open.text]
					if !ok {
						tb.Fatalf("no width measured for the label %q", open.text)
					}
					open.box.x0, open.box.x1 = open.box.x0-w/2, open.box.x1+w/2
					out = append(out, *open)
					open = nil
				}
			}
		}
	}
	return out
}

var (
	gvOnce sync.Once
	gv     *graphviz.Graphviz
	gvErr  error
	gvMu   sync.Mutex
)

// xdotText matches a text operation of an xdot drawing: T x y justification width length -text.
var xdotText = regexp.MustCompile(`T [-0-9.]+ [-0-9.]+ -?[0-9]+ ([0-9.]+) ([0-9]+) -`)

// textWidths returns the width Graphviz gives each text of the drawing, by text: it lays out the DOT in
// this process (Graphviz measures text the same way in every engine) and reads the xdot's text operations.
func textWidths(tb testing.TB, dot []byte) map[string]float64 {
	tb.Helper()
	gvOnce.Do(func() { gv, gvErr = graphviz.New(context.Background()) })
	if gvErr != nil {
		tb.Fatal(gvErr)
	}
	gvMu.Lock()
	defer gvMu.Unlock()
	g, err := graphviz.ParseBytes(dot)
	if err != nil {
		tb.Fatal(err)
	}
	defer g.Close()
	// Text widths do not depend on the layout: the cheapest does.
	if err := g.SafeSet("layout", "circo", ""); err != nil {
		tb.Fatal(err)
	}
	var buf bytes.Buffer
	if err := gv.Render(context.Background(), g, graphviz.Format("xdot"), &buf); err != nil {
		tb.Fatal(err)
	}
	s := strings.ReplaceAll(buf.String(), "\\\n", "")
	out := map[string]float64{}
	for _, m := range xdotText.FindAllStringSubmatchIndex(s, -1) {
		w, _ := strconv.ParseFloat(s[m[2]:m[3]], 64)
		n, _ := strconv.Atoi(s[m[4]:m[5]])
		if m[1]+n <= len(s) {
			out[s[m[1]:m[1]+n]] = w
		}
	}
	return out
}

// misplacedLabels finds each label whose box is not clearly nearer its own line than any other: another
// line as near, or nearer by less than the given margin. Distances are from the box to points 1 unit apart
// along the lines' paths, 0 inside the box, as the browser test measures them. A label at the end of a
// leader is its line's when the leader starts on its line (within 1 unit) where no other line passes
// (none within 1), ends at the box (within 1), and no other line touches the box: it is misplaced
// otherwise, with its distance to its own line given as the leader's length. A leader may cross other lines.
func misplacedLabels(g geometry, labels []drawnLabel, margin float64) []misplacedLabel {
	var out []misplacedLabel
	dense := map[string][][2]float64{}
	for id, l := range g.lines {
		dense[id] = densify(l.points)
	}
	ids := slices.Sorted(func(yield func(string) bool) {
		for id := range dense {
			if !yield(id) {
				return
			}
		}
	})
	for _, lb := range labels {
		own := pathRectDist(dense[lb.line], lb.box)
		var leader [][2]float64
		if ld := g.lines[lb.line].leader; ld != nil {
			leader = ld
			start, end := ld[0], ld[1]
			if pathRectDist(dense[lb.line], rect{start[0], start[1], start[0], start[1]}) > 1 || pathRectDist([][2]float64{end}, lb.box) > 1 {
				out = append(out, misplacedLabel{lb, math.Hypot(end[0]-start[0], end[1]-start[1]), own, lb.line + " (its leader is not from its line to it)"})
				continue
			}
			own = 0
		}
		for _, id := range ids {
			if id == lb.line {
				continue
			}
			// A tie counts: a label as near two lines (across both, say) reads as either's.
			if d := pathRectDist(dense[id], lb.box); d <= own+margin {
				out = append(out, misplacedLabel{lb, own, d, id})
				break
			}
			if leader != nil && pathsMeet(leader[:1], dense[id], 1) {
				out = append(out, misplacedLabel{lb, own, 0, id + " (where its leader starts)"})
				break
			}
		}
	}
	return out
}

// hiddenLabels lists the labels that an actor's shape covers by more than a quarter of their box (the
// boxes of ellipses and hexagons have empty corners, which a label may take).
func hiddenLabels(g geometry, labels []drawnLabel) []string {
	var out []string
	for _, lb := range labels {
		b := lb.box
		area := (b.x1 - b.x0) * (b.y1 - b.y0)
		for id, a := range g.actors {
			w, h := min(b.x1, a.x1)-max(b.x0, a.x0), min(b.y1, a.y1)-max(b.y0, a.y0)
			if w > 0 && h > 0 && w*h > area/4 {
				out = append(out, fmt.Sprintf("label %q of %s is %.0f%% under %s", lb.text, lb.line, 100*w*h/area, id))
			}
		}
	}
	slices.Sort(out)
	return out
}

// leaderCount is how many lines have a leader to their label.
func leaderCount(g geometry) int {
	n := 0
	for _, l := range g.lines {
		if l.leader != nil {
			n++
		}
	}
	return n
}

// pathsMeet reports whether two densified paths come within d of each other.
func pathsMeet(a, b [][2]float64, d float64) bool {
	for _, p := range a {
		for _, q := range b {
			if math.Hypot(p[0]-q[0], p[1]-q[1]) <= d {
				return true
			}
		}
	}
	return false
}

// overlappingLabels lists the pairs of labels whose boxes overlap.
func overlappingLabels(labels []drawnLabel) [][2]drawnLabel {
	var out [][2]drawnLabel
	for i, a := range labels {
		for _, b := range labels[i+1:] {
			if a.line != b.line && a.box.x0 < b.box.x1 && b.box.x0 < a.box.x1 && a.box.y0 < b.box.y1 && b.box.y0 < a.box.y1 {
				out = append(out, [2]drawnLabel{a, b})
			}
		}
	}
	return out
}

func densify(p [][2]float64) [][2]float64 {
	if len(p) == 0 {
		return nil
	}
	out := [][2]float64{p[0]}
	for i := 1; i < len(p); i++ {
		a, b := p[i-1], p[i]
		n := int(math.Ceil(math.Hypot(b[0]-a[0], b[1]-a[1])))
		for k := 1; k <= n; k++ {
			t := float64(k) / float64(n)
			out = append(out, [2]float64{a[0] + (b[0]-a[0])*t, a[1] + (b[1]-a[1])*t})
		}
	}
	return out
}

func pathRectDist(p [][2]float64, r rect) float64 {
	d := math.Inf(1)
	for _, q := range p {
		d = min(d, math.Hypot(max(r.x0-q[0], 0, q[0]-r.x1), max(r.y0-q[1], 0, q[1]-r.y1)))
	}
	return d
}
