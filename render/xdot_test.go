package render

import (
	"strings"
	"testing"
)

// TestReadXdot reads xdot as Graphviz writes it: a port after a name, an HTML label, a string continued on
// the next line and one holding an escaped quote.
func TestReadXdot(t *testing.T) {
	src := `digraph actorgraph {
	graph [bb="0,0,300.5,200",
		label=""
	];
	node [label="\N"];
	legend	[height=1, id=legend, label=<<table><tr><td>a &gt; b</td></tr></table>>, pos="250,150", width=0.5];
	"n:a"	[height=0.5, id="n:a", pos="50,50", width=1, xlabel="x \"y\"", xlp="50,20"];
	"n:a":n -> "n:b":s	[_ldraw_="F 9 9 -Helvetica c 7 -#006b4e T 100 60 0 40.5 6 -leads ",
		id="e:a|LEADS|b", lp="100,63.5", pos="e,150,50 50,50 80,50 120,50 150,\
50"];
	"n:b" -> "n:a"	[id="e:b|KNOWS|a", pos="e,50,50 150,50 120,40 80,40 50,50"];
}
`
	d, err := readXdot([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if d.bb != (rect{0, 0, 300.5, 200}) {
		t.Errorf("bb %v", d.bb)
	}
	if len(d.lines) != 2 || d.ids[0] != "e:a|LEADS|b" || d.ids[1] != "e:b|KNOWS|a" {
		t.Fatalf("lines %v ids %q", d.lines, d.ids)
	}
	if l := d.lines[0]; l.w != 40.5+2*textSlack || len(l.path) != 9 || l.path[8] != (pt{150, 50}) || d.lps[0] != (pt{100, 63.5}) {
		t.Errorf("the labelled line: %+v at %v", l, d.lps[0])
	}
	if d.lines[1].w != 0 {
		t.Errorf("the unlabelled line has a label %v wide", d.lines[1].w)
	}
	// The legend, the actor and its external label (6.6 points a byte without its drawing).
	want := []rect{{232, 114, 268, 186}, {14, 32, 86, 68}, {50 - 6.6*5/2, 20 - 6.5, 50 + 6.6*5/2, 26.5}}
	checkObstacles(t, d.obstacles, want)
	for _, bad := range []string{"", "digraph {", `digraph { "n:a" [label="x];`, `digraph { a [label=<<b>];`} {
		if _, err := readXdot([]byte(bad)); err == nil {
			t.Errorf("readXdot(%q): no error", bad)
		}
	}
}

// TestReadXdotClusters reads the xdot of a drawing with a box (a cluster, as dot writes the allies of an
// actor): the actors and lines inside it are read like the others, its title is an obstacle where Graphviz
// centred it, and its bounding box is not taken for the drawing's.
func TestReadXdotClusters(t *testing.T) {
	src := `digraph actorgraph {
	graph [bb="0,0,300,200"];
	subgraph cluster_1 {
		graph [_ldraw_="F 12 9 -Helvetica c 7 -#006b4e T 60 180 0 80 11 -Allies of X ",
			bb="10,10,110,190",
			lp="60,180"];
		"n:a"	[height=0.5, id="n:a", pos="50,50", width=1];
	}
	"n:b"	[height=0.5, id="n:b", pos="250,50", width=1];
	"n:b" -> "n:a"	[id="e:b|LEADS|a", pos="e,86,50 214,50 180,50 120,50 86,50"];
}
`
	d, err := readXdot([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if d.bb != (rect{0, 0, 300, 200}) {
		t.Errorf("bb %v; want the drawing's, not the box's", d.bb)
	}
	if len(d.lines) != 1 || d.ids[0] != "e:b|LEADS|a" {
		t.Fatalf("lines %v ids %q", d.lines, d.ids)
	}
	// The title 80 points wide at 12 points (its box 1.2 times as high), then the two actors.
	want := []rect{{20, 180 - 7.2, 100, 180 + 7.2}, {14, 32, 86, 68}, {214, 32, 286, 68}}
	checkObstacles(t, d.obstacles, want)
}

// checkObstacles fails unless got holds the boxes of want, in order.
func checkObstacles(t *testing.T, got, want []rect) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("obstacles %v; want %v", got, want)
	}
	for i, w := range want {
		if o := got[i]; abs(o.x0-w.x0)+abs(o.y0-w.y0)+abs(o.x1-w.x1)+abs(o.y1-w.y1) > 1e-9 {
			t.Errorf("obstacle %d is %v; want %v", i, o, w)
		}
	}
}

func abs(v float64) float64 { return max(v, -v) }

func FuzzReadXdot(f *testing.F) {
	f.Add(`digraph { "a":n -> "b" [pos="e,1,2 3,4 5,6 7,8 9,10", lp="1,2", _ldraw_="T 1 2 0 3 1 -x"]; }`)
	f.Add(`digraph { a [label=<<b>x</b>>, pos="1,2", width=1, height=1]; }`)
	f.Add(`digraph { subgraph cluster_1 { graph [bb="1,2,3,4", lp="2,3", _ldraw_="T 2 3 0 1 1 -x"]; a [pos="1,2"]; } }`)
	f.Fuzz(func(t *testing.T, src string) {
		d, err := readXdot([]byte(src))
		if err == nil && (len(d.ids) != len(d.lines) || len(d.lps) != len(d.lines)) {
			t.Errorf("%d lines, %d ids, %d label places", len(d.lines), len(d.ids), len(d.lps))
		}
	})
}

// TestMoveLabels moves a label in Graphviz's SVG: its text by the placement's move, a box of the
// background's colour under a label drawn across its line, a leader (in the line's colour, here none given)
// before a label at its end, and the canvas grown by what the label reaches past the bounding box.
func TestMoveLabels(t *testing.T) {
	svg := `<svg width="344pt" height="244pt"
 viewBox="0.00 0.00 343.70 243.20" xmlns="http://www.w3.org/2000/svg">
<g id="graph0" class="graph" transform="scale(1 1) rotate(0) translate(21.6 221.6)">
<title>actorgraph</title>
<polygon fill="#ffffff" stroke="none" points="-21.6,21.6 -21.6,-221.6 322.1,-221.6 322.1,21.6 -21.6,21.6"/>
<!-- a&#45;&gt;b -->
<g id="e:a|LEADS|b&#45;x" class="edge">
<title>a&#45;&gt;b</title>
<path fill="none" d="M50,-50C80,-50 120,-50 150,-50"/>
<text text-anchor="middle" x="100" y="-60" font-size="9.00">leads</text>
</g>
<!-- b&#45;&gt;a -->
<g id="e:b|KNOWS|a" class="edge">
<text text-anchor="middle" x="10" y="-10" font-size="9.00">knows</text>
</g>
</g>
</svg>
`
	d := laidOut{
		lines: []labelLine{{path: []pt{{50, 50}, {150, 50}}, w: 40, h: 10.8}, {path: []pt{{0, 0}, {10, 0}}, w: 30, h: 10.8}},
		ids:   []string{"e:a|LEADS|b-x", "e:b|KNOWS|a"},
		lps:   []pt{{100, 63.5}, {10, 13.5}},
		bb:    rect{0, 0, 300.5, 200},
	}
	// The first label across its line, at its middle; the second moved 20 points right, its box 5.8 points past the top.
	// The second at the end of a leader from its line.
	got := string(moveLabels([]byte(svg), d, []pt{{100, 50}, {30, 200.4}}, [][2]pt{{}, {{5, 0}, {15, 195}}}))
	for _, want := range []string{
		`<svg width="344pt" height="249pt"` + "\n" + ` viewBox="0.00 0.00 343.7 249"`,
		`translate(21.6 227.4)`,
		`points="-21.6,21.6 -21.6,-227.4 322.1,-227.4 322.1,21.6 -21.6,21.6"/>`,
		`<rect class="label-ground" fill="#ffffff" stroke="none" x="80" y="-55.4" width="40" height="10.8"/>` + "\n" + `<text text-anchor="middle" x="100" y="-46.5" font-size="9.00">leads</text>`,
		`<path class="leader" fill="none" stroke="#333333" stroke-width="0.8" d="M5,0L15,-195"/>` + "\n" +
			`<circle class="leader" fill="#333333" stroke="none" cx="5" cy="0" r="1.8"/>` + "\n" +
			`<text text-anchor="middle" x="30" y="-196.9" font-size="9.00">knows</text>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("no %s in\n%s", want, got)
		}
	}
	if strings.Count(got, "<rect") != 1 {
		t.Errorf("a label beside its line has a ground:\n%s", got)
	}
}
