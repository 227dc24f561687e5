package render

import (
	"math"
	"testing"

	"github.com/actorgraph/actorgraph/internal/cputime"
)

func TestTextBox(t *testing.T) {
	for _, c := range []struct {
		ops  string
		w, h float64
	}{
		{"F 9 9 -Helvetica c 7 -#006b4e T 398.3 200.35 0 86.05 22 -deployed forces to ×2 ", 86.05, 10.8},
		{"F 11 9 -Helvetica c 7 -#000000 T 92.98 239.42 0 90.48 19 -Collective Security F 11 9 -Helvetica c 7 -#000000 T 92.98 226.22 0 96.6 19 -Treaty Organization ", 96.6, 2 * 11 * 1.2},
		{"F 9 9 -Helvetica T 1 2 0 30 8 -two  sp ", 30, 10.8}, // a string's length counts its spaces
		{"", 0, 0},
		{"F 9 9 -Helvetica T 1 2 0 30 80 -short", 0, 0}, // a length past the end
		{"E 1 2 3 4", 0, 0},                             // not text
	} {
		w, h := textBox(c.ops)
		if math.Abs(w-c.w) > 1e-9 || math.Abs(h-c.h) > 1e-9 {
			t.Errorf("textBox(%q) = %v, %v; want %v, %v", c.ops, w, h, c.w, c.h)
		}
	}
}

func FuzzTextBox(f *testing.F) {
	f.Add("F 9 9 -Helvetica c 7 -#006b4e T 398.3 200.35 0 86.05 22 -deployed forces to ×2 ")
	f.Add("T 1 2 0 3 -1 -x")
	f.Fuzz(func(t *testing.T, ops string) {
		if w, h := textBox(ops); w < 0 && !math.IsNaN(w) || h < 0 {
			t.Errorf("textBox(%q) = %v, %v", ops, w, h)
		}
	})
}

func TestSplinePath(t *testing.T) {
	p := splinePath("e,540.19,165.15 169.34,225.53 249.83,214.09 380.24,194.78 492.22,174.61")
	if len(p) != 9 || p[0] != (pt{169.34, 225.53}) || p[8] != (pt{492.22, 174.61}) {
		t.Errorf("splinePath: %v", p)
	}
}

// TestPlaceLabelsBesideTheirOwnLine places the labels of two parallel lines 30 points apart, with an actor
// just above the middle of the upper one: each label goes beside its own line, clearly nearer it than the
// other, and the upper one where it covers nothing of the actor.
func TestPlaceLabelsBesideTheirOwnLine(t *testing.T) {
	lines := []labelLine{
		{path: []pt{{0, 0}, {200, 0}}, w: 40, h: 10.8},
		{path: []pt{{0, 30}, {200, 30}}, w: 40, h: 10.8},
	}
	actor := rect{60, 32, 140, 70}
	at, _ := placeLabels(lines, []rect{actor})
	if b := centred(at[1], 40, 10.8); b.meets(actor) {
		t.Errorf("the upper line's label is at %v (box %v), on the actor %v", at[1], b, actor)
	}
	if at[0] == at[1] {
		t.Errorf("both labels at %v", at[0])
	}
	for i, l := range lines {
		box := centred(at[i], 40, 10.8)
		own := segRectDist(l.path[0], l.path[1], box)
		other := segRectDist(lines[1-i].path[0], lines[1-i].path[1], box)
		if own > labelGap+0.01 || other <= own+labelClear {
			t.Errorf("label %d at %v is %.1f from its line and %.1f from the other", i, at[i], own, other)
		}
	}
}

// benchScene is a drawing of 60 actors (90 by 36 points) on a grid, dx and dy points apart, and 90 lines
// between them (each actor to a neighbour and every third to one a row on), as curved as Graphviz's
// splines, each with a label of 70 by 10.8 points.
func benchScene(dx, dy float64) ([]labelLine, []rect) {
	var actors []rect
	var centres []pt
	for i := range 60 {
		c := pt{float64(i%10) * dx, float64(i/10) * dy}
		centres = append(centres, c)
		actors = append(actors, centred(c, 90, 36))
	}
	var lines []labelLine
	for i := range 90 {
		a := i % 60
		b := (a + 1) % 60
		if i >= 60 {
			b = (a + 10) % 60
		}
		p, q := centres[a], centres[b]
		mid := pt{(p.x+q.x)/2 + 15, (p.y+q.y)/2 - 10}
		lines = append(lines, labelLine{path: bezierPath([]pt{p, mid, mid, q}), w: 70, h: 10.8})
	}
	return lines, actors
}

// BenchmarkPlaceLabels measures placeLabels alone on 60 actors and 90 lines: spread as a drawing with room
// for its labels, crowded (150 by 110 points apart, where no label fits beside its line between the
// actors, so every candidate is scored) and packed (100 by 50 apart, the actors nearly touching: most labels
// look for a leader, as many as maxLeaderSearches).
func BenchmarkPlaceLabels(b *testing.B) {
	for _, c := range []struct {
		name   string
		dx, dy float64
	}{{"spread", 240, 160}, {"crowded", 150, 110}, {"packed", 100, 50}} {
		b.Run(c.name, func(b *testing.B) {
			lines, actors := benchScene(c.dx, c.dy)
			// The machines here are shared: CPU time a placement says more than the wall time.
			start, ok := cputime.Process()
			for b.Loop() {
				placeLabels(lines, actors)
			}
			if end, ok2 := cputime.Process(); ok && ok2 {
				b.ReportMetric(float64((end-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
			}
		})
	}
}

// TestPlaceLabelsLeader places the label of a short line between two others 4 points either side of it,
// with actors at its ends: no place beside or across it is nearer it than the others, so the label goes at
// the end of a leader from a point of the line, clear of every line and actor.
func TestPlaceLabelsLeader(t *testing.T) {
	lines := []labelLine{
		{path: []pt{{100, 0}, {100, 30}}, w: 60, h: 10.8},
		{path: []pt{{96, 0}, {96, 30}}},
		{path: []pt{{104, 0}, {104, 30}}},
	}
	actors := []rect{{70, -20, 130, 0}, {70, 30, 130, 50}}
	at, leaders := placeLabels(lines, actors)
	ld := leaders[0]
	if ld == ([2]pt{}) {
		t.Fatalf("the label is at %v, without a leader", at[0])
	}
	box := centred(at[0], 60, 10.8)
	if ld[0].x != 100 || ld[0].y <= 0 || ld[0].y >= 30 {
		t.Errorf("the leader starts at %v, not on its line", ld[0])
	}
	if d := math.Sqrt(pointRectDist2(ld[1], box)); d > textSlack+0.01 {
		t.Errorf("the leader ends %.2f from the label's box", d)
	}
	for _, l := range lines[1:] {
		if d := segRectDist(l.path[0], l.path[1], box); d < leaderClear/2 {
			t.Errorf("another line is %.2f from the label's box %v", d, box)
		}
	}
	for _, a := range actors {
		if box.meets(a) {
			t.Errorf("the label's box %v is on an actor %v", box, a)
		}
	}
}
