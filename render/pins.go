package render

import (
	"cmp"
	"maps"
	"math"
	"slices"
	"strconv"

	"github.com/actorgraph/actorgraph/graph"
)

// Keeping actors where the reader saw them. When the page adds an actor to a view, it sends where the
// previous drawing put the actors already on screen (Options.Pins). Graphviz's neato keeps a node at
// pos="x,y!", but measured on the seed (Tokayev, then Tokayev and Russia) every overlap remover it has
// (prism, voronoi, scalexy) moved the pinned actors by 190 to 270 points, and without one the eleven new
// actors piled up on each other around Russia. So a pinned drawing places the new actors itself
// (placeNew: each next to the actors it is tied to, in the first free spot), pins every actor and turns
// overlap removal off: neato then only draws the lines.

// pinMargin is the free space kept around an actor placed next to others, in points.
const pinMargin = 30

// LegendPin is the key of Options.Pins that places the legend, which is not an actor: where the previous
// drawing had it, so that it neither moves nor covers the actors placed around it.
const LegendPin = "legend"

// The legend's size in points, as the render workers' Graphviz draws it (TestLegendSize checks every
// combination of rows against it): 275 by 140 with its fixed rows; a row for faint lines or for claims makes
// it 18 points taller and 310 or 323 wide; the row of marks is 16 points tall and as wide as its parts
// (legendMarkWidth, each with the space after it) and 3 points more.
const (
	legendW, legendH       = 275, 140
	legendFaintW           = 310
	legendClaimW           = 323
	legendEvidenceRowH     = 18
	legendMarkRowH         = 16
	legendMarkRowExtraW    = 3
	legendSizeSafetyMargin = 1 // Graphviz rounds the table's cells to whole points
)

var legendMarkWidth = map[Mark]float64{MarkPath: 85, MarkAppeared: 56, MarkEnded: 70, MarkNotMentioned: 116, MarkChanged: 104}

// legendSize is the size of the legend with those rows (see legendRows). A pinned drawing keeps the legend
// clear of the actors by it: the legend grows when the grown view has rows the previous one had not (from
// 275 to 310 points wide in Tokayev's view grown by Kazakhstan), so the size the page measured in the
// previous drawing is not the one to keep clear.
func legendSize(faint, claimed bool, used map[Mark]bool) box {
	b := box{w: legendW, h: legendH}
	if faint {
		b.w, b.h = max(b.w, legendFaintW), b.h+legendEvidenceRowH
	}
	if claimed {
		b.w, b.h = max(b.w, legendClaimW), b.h+legendEvidenceRowH
	}
	if len(used) > 0 {
		row := float64(legendMarkRowExtraW)
		for m := range used {
			row += legendMarkWidth[m]
		}
		b.w, b.h = max(b.w, row), b.h+legendMarkRowH
	}
	b.w, b.h = b.w+legendSizeSafetyMargin, b.h+legendSizeSafetyMargin
	return b
}

// box is an actor's estimated extent around its centre, in points.
type box struct{ x, y, w, h float64 }

func (a box) overlaps(b box) bool {
	return math.Abs(a.x-b.x) < (a.w+b.w)/2+pinMargin && math.Abs(a.y-b.y) < (a.h+b.h)/2+pinMargin
}

// estimateBox is about the size Graphviz gives the entity's node: its label's lines at 11 points (about
// 0.6 em a character), the node margin, and room for the shapes that are wider than their text (ellipses,
// hexagons, houses); at least Graphviz's minimum of 54 by 36 points.
func estimateBox(e graph.Entity, size float64) box {
	lines := wrap(truncate(displayName(e), labelWidth*labelLines), labelWidth, labelLines)
	chars := 0
	for _, l := range lines {
		chars = max(chars, len([]rune(l)))
	}
	font := 11.0
	if size > 0 {
		font = sizeMinFont + (sizeMaxFont-sizeMinFont)*math.Sqrt(min(size, 1)) // as sizeFont
	}
	w := float64(chars)*0.6*font + 18
	h := float64(len(lines))*font*1.2 + 12
	if e.Kind != graph.State {
		// The seed's two-line actors (the CSTO, the Almaty airport, the Russian Defense Ministry) are 55 to
		// 57 points tall in the drawing, not the 38 of their text and margin.
		w, h = w*1.35, h*1.45
	}
	return box{w: max(54, w), h: max(36, h)}
}

// placeNew returns a position for every entity: the pinned ones where pins say, and each other one next to
// the placed actors it is tied to (around their centre, then anywhere), in the first spot where it overlaps
// no placed actor and leaves room for the labels of its lines to the placed ones (labelRoom), looking
// outwards from the drawing's centre first. New actors are placed most-tied first, then by id, so the result
// depends on the subgraph and pins alone. from is the layout of the drawing the pins come from: one of
// packedLayouts has its pinned actors parted for their lines' labels too.
func placeNew(entities []graph.Entity, relations []graph.Relation, pins map[string]Pin, sizes map[string]float64, legend box, from string) map[string]Pin {
	names := make(map[string]string, len(entities))
	for _, e := range entities {
		names[e.ID] = displayName(e)
	}
	room := labelRooms(relations, names)
	placed := map[string]box{}
	sized := map[string]box{} // the pinned actors whose pins carry their shapes' sizes, and the legend
	if p, ok := pins[LegendPin]; ok && validPin(p) {
		// The legend is a node to Graphviz's router like any actor, at the size this drawing gives it
		// (which may not be the one it had): the page's drawing of Tokayev grown by Kazakhstan had it 4
		// points from Xi Jinping, its pin unchanged but 35 points wider with a row for faint lines, and 9
		// of its lines were drawn straight through actors. separate moves it, and only it, clear.
		legend.x, legend.y = p.X, p.Y
		sized[LegendPin] = legend
	}
	var cx, cy float64
	count := 0
	for _, e := range entities {
		if p, ok := pins[e.ID]; ok && validPin(p) {
			b := estimateBox(e, sizes[e.ID])
			b.x, b.y = p.X, p.Y
			if p.W > 0 && p.H > 0 && p.W < MaxPinCoord && p.H < MaxPinCoord {
				b.w, b.h = p.W, p.H
				sized[e.ID] = b
			}
			placed[e.ID] = b
			cx, cy, count = cx+p.X, cy+p.Y, count+1
		}
	}
	// Before the new actors are placed around them, so that these keep clear of where they end.
	if slices.Contains(packedLayouts, from) {
		separate(sized, room)
	} else {
		separate(sized, nil)
	}
	maps.Copy(placed, sized)
	out := make(map[string]Pin, len(entities)+1)
	if count == 0 {
		return out
	}
	cx, cy = cx/float64(count), cy/float64(count)
	ties := map[string][]string{}
	for _, r := range relations {
		ties[r.From] = append(ties[r.From], r.To)
		ties[r.To] = append(ties[r.To], r.From)
	}
	var todo []graph.Entity
	for _, e := range entities {
		if _, ok := placed[e.ID]; !ok {
			todo = append(todo, e)
		}
	}
	for len(todo) > 0 {
		// The actor most tied to those placed goes next: it has the most to be next to.
		tiedTo := func(e graph.Entity) int {
			n := 0
			for _, o := range ties[e.ID] {
				if _, ok := placed[o]; ok {
					n++
				}
			}
			return n
		}
		slices.SortStableFunc(todo, func(a, b graph.Entity) int { return cmp.Or(cmp.Compare(tiedTo(b), tiedTo(a)), cmp.Compare(a.ID, b.ID)) })
		e := todo[0]
		todo = todo[1:]
		ax, ay, n := 0.0, 0.0, 0
		for _, o := range ties[e.ID] {
			if b, ok := placed[o]; ok {
				ax, ay, n = ax+b.x, ay+b.y, n+1
			}
		}
		if n == 0 {
			ax, ay = cx, cy
		} else {
			ax, ay = ax/float64(n), ay/float64(n)
		}
		b := estimateBox(e, 0)
		b.x, b.y = freeSpot(b, ax, ay, cx, cy, placed, func(b box) bool {
			for o, need := range room[e.ID] {
				if p, ok := placed[o]; ok && !roomFor(b, p, need) {
					return false
				}
			}
			return true
		})
		placed[e.ID] = b
	}
	if _, ok := placed[LegendPin]; !ok {
		// Right of every actor, its top level with the highest: where it would cover nothing.
		right, top := math.Inf(-1), math.Inf(-1)
		for _, b := range placed {
			right, top = max(right, b.x+b.w/2), max(top, b.y+b.h/2)
		}
		placed[LegendPin] = box{x: right + pinMargin + legend.w/2, y: top - legend.h/2}
	}
	for id, b := range placed {
		out[id] = Pin{X: b.x, Y: b.y}
	}
	return out
}

// routeGap is the least space between two actors' boxes in a pinned drawing, in points. Graphviz's neato
// routes lines around the actors only when no two of them, each grown by its margin (esep, from sep=+12 in
// pinnedAttrs), touch; otherwise it draws every line straight, through actors. neato's own first drawing of
// Russia (depth 1) set the Russian Defense Ministry 0.5 points from the Almaty airport, and circo's and
// sfdp's drawings overlap actors by up to 45 points (TestPinnedLinesAvoidActors), so pins alone do not keep
// it. dot's drawings, 10.8 points apart at the closest, were routed.
const routeGap = 12

// separate moves apart the actors whose boxes are less than routeGap apart, each of a pair by half what is
// missing, along the axis on which they are already furthest apart for what each needs (the shortest move that separates
// them), until none is too close or 2000 rounds have passed; actors tied by a line are too close, when room
// holds their pair, below the room their label needs (labelRoom). The legend (LegendPin), which the reader does
// not follow from one drawing to the next, takes the whole move when it is too close to an actor, which
// then stays. Actors far enough from all others stay exactly where they were pinned; the order is by id,
// so the same boxes give the same result. Only actors whose pins carry their shapes' sizes (Pin.W, H) are
// moved: estimateBox is off by up to 35 points in width (measured on the seed's actors), which would move
// actors that were far enough apart.
func separate(placed map[string]box, room map[string]map[string]pt) {
	ids := slices.Sorted(maps.Keys(placed))
	for range 2000 {
		moved := false
		for i, a := range ids {
			for _, b := range ids[i+1:] {
				ba, bb := placed[a], placed[b]
				dx, dy := bb.x-ba.x, bb.y-ba.y
				gx := math.Abs(dx) - (ba.w+bb.w)/2
				gy := math.Abs(dy) - (ba.h+bb.h)/2
				needX, needY := float64(routeGap), float64(routeGap)
				if need, ok := room[a][b]; ok {
					// Actors tied by a labelled line are parted by the room its label needs too.
					needX, needY = max(needX, need.x), max(needY, need.y)
				}
				if gx >= needX || gy >= needY {
					continue
				}
				moved = true
				// The share of the move each takes: half each, or all of it for the legend.
				wa, wb := 0.5, 0.5
				if a == LegendPin {
					wa, wb = 1, 0
				} else if b == LegendPin {
					wa, wb = 0, 1
				}
				if gx-needX >= gy-needY {
					miss := needX - gx + 0.02
					s := sign(dx)
					ba.x, bb.x = ba.x-s*wa*miss, bb.x+s*wb*miss
				} else {
					miss := needY - gy + 0.02
					s := sign(dy)
					ba.y, bb.y = ba.y-s*wa*miss, bb.y+s*wb*miss
				}
				placed[a], placed[b] = ba, bb
			}
		}
		if !moved {
			return
		}
	}
}

// packedLayouts are the layouts whose drawings set actors tied by a line too close for its label (sfdp's
// first drawing of Tokayev's view put the CSTO 17 points from Kazakhstan, with "deployed forces to ×2"
// between them), and on each other at times: a view grown from one of them parts the actors tied by a line
// by the room its label needs (labelRoom). The others' actors are only parted when too close for the router:
// the reader sees them stay.
var packedLayouts = []string{"circo", "sfdp"}

// labelRoom is the room two actors tied by labelled lines need between their boxes for the labels: across
// (side by side) the widest label's estimated width, up and down (one above the other) its height, each with
// labelRoomMargin for the arrowheads and the air around the label. Measured on the seed's grown views
// (TestPinnedLinesAvoidActors): sfdp's first drawing put the CSTO 17 points from Kazakhstan, and neato's
// grown CSTO+Russia placed RBC 30 points beside Russia, neither with room for "is located in ×2" (63 points
// wide): no place by either line read as its own.
const (
	labelRoomMargin = 12
	// labelCharWidth is the mean width of a character of a line's label (9 points Helvetica), as a share of
	// its size: the seed's labels measure 0.42 to 0.5.
	labelCharWidth = 0.5 * 9
	labelLineH     = 9 * 1.2
)

// labelRooms returns, for each actor, the room (labelRoom) it needs from each actor it is tied to.
func labelRooms(relations []graph.Relation, names map[string]string) map[string]map[string]pt {
	room := map[string]map[string]pt{}
	for _, r := range relations {
		if r.From == r.To {
			continue
		}
		text := truncate(clean(graph.Phrase(r.Type, names[r.From])), edgeLabelMax)
		if n := r.Sentences(); n > 1 {
			text += " ×" + strconv.Itoa(n)
		}
		need := pt{float64(len([]rune(text)))*labelCharWidth + 2*textSlack + labelRoomMargin, labelLineH + labelRoomMargin}
		for _, ends := range [2][2]string{{r.From, r.To}, {r.To, r.From}} {
			if room[ends[0]] == nil {
				room[ends[0]] = map[string]pt{}
			}
			old := room[ends[0]][ends[1]]
			room[ends[0]][ends[1]] = pt{max(old.x, need.x), max(old.y, need.y)}
		}
	}
	return room
}

// roomFor reports whether the boxes a and b leave need between them, across or up and down.
func roomFor(a, b box, need pt) bool {
	return math.Abs(b.x-a.x)-(a.w+b.w)/2 >= need.x || math.Abs(b.y-a.y)-(a.h+b.h)/2 >= need.y
}

// sign is -1 for a negative d and 1 otherwise, so that two actors at the same place part all the same.
func sign(d float64) float64 {
	if d < 0 {
		return -1
	}
	return 1
}

// freeSpot looks for a place for b around (ax, ay) on rings of growing radius, 24 directions each,
// starting with the direction away from the drawing's centre (cx, cy), and returns the first where b
// overlaps nothing placed and fits.
func freeSpot(b box, ax, ay, cx, cy float64, placed map[string]box, fits func(box) bool) (float64, float64) {
	away := math.Atan2(ay-cy, ax-cx)
	if ax == cx && ay == cy {
		away = -math.Pi / 2 // below
	}
	const directions = 24
	for r := 0.0; r < 20000; r += 24 {
		for k := range directions {
			// Alternate either side of the outward direction: 0, +1, -1, +2, -2...
			step := float64((k + 1) / 2)
			if k%2 == 0 {
				step = -step
			}
			a := away + step*2*math.Pi/directions
			b.x, b.y = ax+r*math.Cos(a), ay+r*math.Sin(a)
			if !overlapsAny(b, placed) && fits(b) {
				return b.x, b.y
			}
			if r == 0 {
				break
			}
		}
	}
	return b.x, b.y
}

func overlapsAny(b box, placed map[string]box) bool {
	for _, o := range placed {
		if b.overlaps(o) {
			return true
		}
	}
	return false
}
