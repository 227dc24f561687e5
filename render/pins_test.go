package render_test

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/render"
)

// pinsOf reads the pos attributes of the entities' nodes: "x,y!".
func pinsOf(t *testing.T, dot []byte) map[string][2]float64 {
	t.Helper()
	out := map[string][2]float64{}
	for id, n := range mustParseDOT(t, dot).nodes() {
		pos, ok := n.attrs["pos"]
		if !ok || !strings.HasPrefix(id, "n:") {
			continue
		}
		var x, y float64
		if _, err := fmt.Sscanf(pos, "%g,%g!", &x, &y); err != nil || !strings.HasSuffix(pos, "!") {
			t.Fatalf("%s: pos %q is not x,y!", id, pos)
		}
		out[strings.TrimPrefix(id, "n:")] = [2]float64{x, y}
	}
	return out
}

// TestPinsKeepActorsAndPlaceNewOnesApart grows Tokayev's neighbourhood by Russia's with the first drawing's
// actors pinned: they keep their positions exactly, every new actor gets one clear of all the others, the
// engine is neato without overlap removal (which moved pinned actors by 190-270 points) and with lines
// routed around the actors, whatever layout was asked for, and the same input gives the same bytes.
func TestPinsKeepActorsAndPlaceNewOnesApart(t *testing.T) {
	small := mustExpand(t, 1, 60, tokayevID)
	big := mustExpand(t, 1, 60, tokayevID, russiaID)
	pins := map[string]render.Pin{}
	for i, e := range small.Entities {
		pins[e.ID] = render.Pin{X: float64(i%4) * 220, Y: float64(i/4) * 110}
	}
	pins[render.LegendPin] = render.Pin{X: 1200, Y: 300}
	dot := render.DOT(big, render.Options{Pins: pins})
	for _, want := range []string{`layout="neato"`, `overlap="true"`, `splines="true"`, `inputscale="72"`, `pos="1200.00,300.00!"`} {
		if !bytes.Contains(dot, []byte(want)) {
			t.Errorf("the pinned DOT lacks %s", want)
		}
	}
	got := pinsOf(t, dot)
	if len(got) != len(big.Entities) {
		t.Errorf("%d of %d actors pinned; want all", len(got), len(big.Entities))
	}
	for _, e := range small.Entities {
		if p := got[e.ID]; p != [2]float64{pins[e.ID].X, pins[e.ID].Y} {
			t.Errorf("%s at %v, pinned at %v", e.ID, p, pins[e.ID])
		}
	}
	added := 0
	for id, p := range got {
		if _, old := pins[id]; old {
			continue
		}
		added++
		for other, q := range got {
			// Actors are at least 36 points tall and 54 wide, and a margin of 30 is kept around them.
			if other != id && math.Abs(p[0]-q[0]) < 54+30 && math.Abs(p[1]-q[1]) < 36+30 {
				t.Errorf("new actor %s at %v is on %s at %v", id, p, other, q)
			}
		}
	}
	if added == 0 {
		t.Fatalf("Russia's neighbourhood added no actor")
	}
	if again := render.DOT(big, render.Options{Pins: pins}); !bytes.Equal(again, dot) {
		t.Errorf("the same pins gave another DOT")
	}
	// dot, circo and sfdp cannot pin: a drawing with pins is neato's, whatever layout drew the pins.
	for _, layout := range render.Layouts() {
		if again := render.DOT(big, render.Options{Pins: pins, Layout: layout}); !bytes.Equal(again, dot) {
			t.Errorf("with pins, the %s layout gave another DOT than neato's", layout)
		}
	}
	// Positions out of bounds are ignored, not written.
	bad := map[string]render.Pin{tokayevID: {X: math.NaN(), Y: 0}, russiaID: {X: 2 * render.MaxPinCoord, Y: 0}}
	if dot := render.DOT(small, render.Options{Pins: bad}); bytes.Contains(dot, []byte("NaN")) || bytes.Contains(dot, []byte("200000")) {
		t.Errorf("an invalid pin reached the DOT")
	}
}

// TestPinsWithSizesPartActorsTooClose: two actors a previous drawing set 0.5 points apart (neato's Russian
// Defense Ministry and Almaty airport) are parted to the 12 points Graphviz's line router needs, each by
// half of what is missing, and an actor far from both keeps its pin exactly. Without sizes nothing moves:
// the estimated sizes are too rough to tell.
func TestPinsWithSizesPartActorsTooClose(t *testing.T) {
	small := mustExpand(t, 1, 60, tokayevID)
	ids := []string{small.Entities[0].ID, small.Entities[1].ID, small.Entities[2].ID}
	sized := map[string]render.Pin{
		ids[0]: {X: 0, Y: 0, W: 100, H: 36},
		ids[1]: {X: 100.5, Y: 10, W: 100, H: 36}, // 0.5 points right of the first
		ids[2]: {X: 1000, Y: 1000, W: 100, H: 36},
	}
	got := pinsOf(t, render.DOT(small, render.Options{Pins: sized}))
	if gap := got[ids[1]][0] - got[ids[0]][0] - 100; gap < 12 || gap > 12.1 {
		t.Errorf("%s and %s are %.2f points apart; want 12", ids[0], ids[1], gap)
	}
	if got[ids[0]][0] != -5.76 || got[ids[0]][1] != 0 || got[ids[1]][1] != 10 {
		t.Errorf("parted as %v and %v; want each moved 5.76 points sideways", got[ids[0]], got[ids[1]])
	}
	if got[ids[2]] != [2]float64{1000, 1000} {
		t.Errorf("%s moved from its pin to %v", ids[2], got[ids[2]])
	}
	unsized := map[string]render.Pin{ids[0]: {X: 0, Y: 0}, ids[1]: {X: 100.5, Y: 10}}
	got = pinsOf(t, render.DOT(small, render.Options{Pins: unsized}))
	if got[ids[0]] != [2]float64{0, 0} || got[ids[1]] != [2]float64{100.5, 10} {
		t.Errorf("pins without sizes moved: %v %v", got[ids[0]], got[ids[1]])
	}
}

// TestPinnedLegendMovesClearOfActors: a legend pinned over an actor (the page pins it where the previous
// drawing had it, and it grows with rows for faint lines or claims) is moved clear of the actor by the
// 12 points Graphviz's line router needs, and the actor keeps its pin exactly: the reader follows actors,
// not the legend. A legend 4 points from Xi Jinping had 9 lines of a grown view drawn through actors.
func TestPinnedLegendMovesClearOfActors(t *testing.T) {
	small := mustExpand(t, 1, 60, tokayevID)
	id := small.Entities[0].ID
	pins := map[string]render.Pin{id: {X: 0, Y: 0, W: 100, H: 36}, render.LegendPin: {X: 150, Y: 10, W: 200, H: 100}}
	dot := render.DOT(small, render.Options{Pins: pins})
	if got := pinsOf(t, dot)[id]; got != [2]float64{0, 0} {
		t.Errorf("%s moved from its pin to %v", id, got)
	}
	var x, y float64
	pos := mustParseDOT(t, dot).nodes()["legend"].attrs["pos"]
	if _, err := fmt.Sscanf(pos, "%g,%g!", &x, &y); err != nil {
		t.Fatalf("legend pos %q: %v", pos, err)
	}
	// The legend is at least 275 by 140 points, whatever the pin says (legendSize).
	if gx, gy := math.Abs(x)-50-275/2.0, math.Abs(y)-18-140/2.0; max(gx, gy) < 12 {
		t.Errorf("legend at %.2f,%.2f is %.1f points from %s; want at least 12", x, y, max(gx, gy), id)
	}
}
