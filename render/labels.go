package render

import (
	"cmp"
	"math"
	"slices"
)

// Placing line labels ourselves. Graphviz's neato places a label after routing the lines, with a corner at
// its line's middle, and looks at nothing else: in the seed's grown views (TestPinnedLinesAvoidActors), 3 to
// 9 of 24 to 29 labels came out nearer another line than their own, and two could overlap near a busy
// actor. placeLabels chooses instead, for each line, among positions beside its own routed curve (either
// side, at several fractions of its length) the one nearest the middle whose box is clearly nearer its own
// line than any other and covers no actor, legend or label placed before it.

// pt is a point in Graphviz's coordinates (points, y upwards).
type pt struct{ x, y float64 }

// rect is an axis-aligned box: its least and greatest corners.
type rect struct{ x0, y0, x1, y1 float64 }

func (r rect) grow(d float64) rect { return rect{r.x0 - d, r.y0 - d, r.x1 + d, r.y1 + d} }

func (r rect) meets(o rect) bool { return r.x0 < o.x1 && o.x0 < r.x1 && r.y0 < o.y1 && o.y0 < r.y1 }

func (r rect) contains(p pt) bool { return p.x >= r.x0 && p.x <= r.x1 && p.y >= r.y0 && p.y <= r.y1 }

func centred(c pt, w, h float64) rect { return rect{c.x - w/2, c.y - h/2, c.x + w/2, c.y + h/2} }

// labelLine is one line of a drawing: the points along its routed path and, when it has a label, the size
// of the label's box.
type labelLine struct {
	path []pt
	w, h float64 // 0 when the line has no label
}

// Placement tunes, in points.
const (
	// labelGap is the space between a label's box and its own line. The browser test requires each label
	// within 2 units of its line (TestGrownViewsStayAndRouteLines).
	labelGap = 1.5
	// labelClear is how much farther than its own line any other line must be from a label's box; a
	// label's box within labelGap+labelClear of another line reads as that line's.
	labelClear = 4.0
	// labelAir is the space kept between a label and actors, the legend and other labels.
	labelAir = 1.5
	// cellSize is the side of the grid's cells that index the lines' segments.
	cellSize = 36.0
	// labelReach is how far from a candidate box other lines are looked for: beyond it, a line is far
	// enough whatever its distance.
	labelReach = labelGap + labelClear + 8
)

// labelFractions are where along its line a label may go, as fractions of the line's length: the middle
// first, then alternately either side of it, farther and farther.
var labelFractions = []float64{0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8, 0.1, 0.9}

// labelOffsets are how far beside its line, beyond labelGap, a label may go: touching it first; the second
// row, farther, only for a line that has no faultless place in the first (a short line between actors
// close together): it costs another round of candidates. A label
// on its line (the text across it) is the last resort, for a line with others close on both sides.
var labelOffsets = [2][]float64{{0, 5}, {12, 20}}

// enoughFree is how many faultless places of a line are looked for before farther ones are given up: the
// labels placed before it take at most a few of them. Without this bound a drawing's placement scored
// every candidate of every line.
const enoughFree = 20

// onLinePenalty is the cost of a label drawn across its own line, against 1 for each step of
// labelFractions away from the middle.
const onLinePenalty = 40

// segment is a piece of a line's path.
type segment struct {
	a, b pt
	line int
}

// segGrid indexes segments by the square cells their bounding boxes meet, so that a candidate label looks
// only at the lines near it.
type segGrid struct {
	cells map[[2]int][]int32 // cell → indexes into segs
	segs  []segment
	seen  []int32 // the query that last looked at each segment, so that each is measured once a query
	query int32
}

func cellOf(v float64) int { return int(math.Floor(v / cellSize)) }

func newSegGrid(lines []labelLine) *segGrid {
	g := &segGrid{cells: map[[2]int][]int32{}}
	for i, l := range lines {
		for k := 1; k < len(l.path); k++ {
			s := segment{l.path[k-1], l.path[k], i}
			idx := int32(len(g.segs))
			g.segs = append(g.segs, s)
			for cx := cellOf(min(s.a.x, s.b.x)); cx <= cellOf(max(s.a.x, s.b.x)); cx++ {
				for cy := cellOf(min(s.a.y, s.b.y)); cy <= cellOf(max(s.a.y, s.b.y)); cy++ {
					g.cells[[2]int{cx, cy}] = append(g.cells[[2]int{cx, cy}], idx)
				}
			}
		}
	}
	g.seen = make([]int32, len(g.segs))
	return g
}

// near calls f with every segment whose cell meets r.
func (g *segGrid) near(r rect, f func(segment)) {
	g.query++
	for cx := cellOf(r.x0); cx <= cellOf(r.x1); cx++ {
		for cy := cellOf(r.y0); cy <= cellOf(r.y1); cy++ {
			for _, i := range g.cells[[2]int{cx, cy}] {
				if g.seen[i] != g.query {
					g.seen[i] = g.query
					f(g.segs[i])
				}
			}
		}
	}
}

// candidate is a place for a line's label: the centre of its box and its cost so far.
type candidate struct {
	at    pt
	score float64
}

// placeLabels returns the centre of each line's label (the zero point for a line without one), given the
// boxes of everything else drawn (actors, the legend, their external labels). Each line's candidates
// (labelFractions × both sides × labelOffsets, and across the line) are scored first against the lines and
// the boxes: nearer the middle and nearer its own line is better, another line as near as its own (or
// within labelClear of that) or a box covered is a fault. Then the lines with the fewest faultless
// candidates choose first, each the best candidate that covers no label chosen before. Ties go to the order
// of the lines and candidates, so the result depends on the input alone. The cost is bounded by lines ×
// candidates × (the segments within labelReach of a candidate, found through a grid, + the boxes + the
// labels).
func placeLabels(lines []labelLine, obstacles []rect) []pt {
	grid := newSegGrid(lines)
	cands := make([][]candidate, len(lines))
	free := make([]int, len(lines)) // faultless candidates of each line
	var order []int
	for i, l := range lines {
		if l.w <= 0 || l.h <= 0 || len(l.path) < 2 {
			continue
		}
		order = append(order, i)
		length := pathLength(l.path)
		for pass := range 2 {
			if pass == 1 && free[i] > 0 {
				break // the farther places are only for a line with no faultless place near it
			}
			for fi, f := range labelFractions {
				if free[i] >= enoughFree {
					// Farther fractions cost more than the faultless places found already: only a label
					// placed before could make this line want them, and these are enough to choose from.
					break
				}
				at, dir := pointAlong(l.path, f*length)
				normal := pt{-dir.y, dir.x}
				// How far the box's centre must be from the line for its nearest side or corner to touch it.
				reach := math.Abs(normal.x)*l.w/2 + math.Abs(normal.y)*l.h/2
				try := func(d, score, wantOwn float64) {
					c := pt{at.x + normal.x*d, at.y + normal.y*d}
					box := centred(c, l.w, l.h)
					own, other := math.Inf(1), math.Inf(1)
					// Other lines count up to labelClear beyond its own; past labelReach, only as faults.
					look := max(labelReach, wantOwn+labelClear+2)
					grid.near(box.grow(look), func(s segment) {
						dist := segRectDist(s.a, s.b, box)
						if s.line == i {
							own = min(own, dist)
						} else {
							other = min(other, dist)
						}
					})
					if own > wantOwn+2 {
						// The line curves away from the box: it would read as nobody's.
						score += 50 + own
					}
					if other <= own+labelClear {
						// As near another line as its own, or nearly: the fault to avoid, the less the better.
						score += 1000 + 20*(own+labelClear-other)
					}
					if other < labelReach {
						score += 2 * (labelReach - other) // and otherwise the farther the better
					}
					air := box.grow(labelAir)
					for _, o := range obstacles {
						if air.meets(o) {
							// Under an actor (drawn after the lines) a label cannot be read; at the corner of an
							// ellipse's or a hexagon's box it can: the cost grows with the share of the label covered.
							score += 300 + 1000*covered(air, o)
						}
					}
					if score < 500 {
						free[i]++
					}
					cands[i] = append(cands[i], candidate{c, score})
				}
				for _, off := range labelOffsets[pass] {
					for _, side := range []float64{1, -1} {
						try(side*(reach+labelGap+off), float64(fi)+off, labelGap+off)
					}
				}
				if pass == 0 {
					try(0, float64(fi)+onLinePenalty, 0)
				}
			}
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(free[a], free[b]) })
	out := make([]pt, len(lines))
	placed := make([]rect, 0, len(order))
	for _, i := range order {
		l := lines[i]
		best, bestScore := pt{}, math.Inf(1)
		for _, c := range cands[i] {
			score := c.score
			air := centred(c.at, l.w, l.h).grow(labelAir)
			for _, o := range placed {
				if air.meets(o) {
					score += 3000 // two texts on each other read as neither
				}
			}
			if score < bestScore {
				best, bestScore = c.at, score
			}
		}
		out[i] = best
		placed = append(placed, centred(best, l.w, l.h))
	}
	return out
}

// covered is the share of a's area that b covers.
func covered(a, b rect) float64 {
	w := min(a.x1, b.x1) - max(a.x0, b.x0)
	h := min(a.y1, b.y1) - max(a.y0, b.y0)
	if w <= 0 || h <= 0 {
		return 0
	}
	return w * h / ((a.x1 - a.x0) * (a.y1 - a.y0))
}

func pathLength(p []pt) float64 {
	n := 0.0
	for k := 1; k < len(p); k++ {
		n += math.Hypot(p[k].x-p[k-1].x, p[k].y-p[k-1].y)
	}
	return n
}

// pointAlong returns the point at distance d along the path and the path's unit direction there.
func pointAlong(p []pt, d float64) (pt, pt) {
	for k := 1; k < len(p); k++ {
		a, b := p[k-1], p[k]
		n := math.Hypot(b.x-a.x, b.y-a.y)
		if n == 0 {
			continue
		}
		dir := pt{(b.x - a.x) / n, (b.y - a.y) / n}
		if d <= n || k == len(p)-1 {
			t := min(d, n)
			return pt{a.x + dir.x*t, a.y + dir.y*t}, dir
		}
		d -= n
	}
	return p[0], pt{1, 0}
}

// farEnough is a distance past which a line is far from a label whatever it is exactly: more than the
// farthest labelOffsets plus labelGap and labelClear.
const farEnough = 40

// segRectDist is the distance between the segment ab and the box r: 0 when they meet.
func segRectDist(a, b pt, r rect) float64 {
	// The gap between the segment's bounding box and r: a floor of the distance, and the distance itself
	// when it is along one axis only, as it is for most segments not near r.
	gx := max(r.x0-max(a.x, b.x), min(a.x, b.x)-r.x1, 0)
	gy := max(r.y0-max(a.y, b.y), min(a.y, b.y)-r.y1, 0)
	if gx > farEnough || gy > farEnough {
		return max(gx, gy)
	}
	if r.contains(a) || r.contains(b) {
		return 0
	}
	corners := [4]pt{{r.x0, r.y0}, {r.x1, r.y0}, {r.x1, r.y1}, {r.x0, r.y1}}
	for k := range corners {
		if segmentsCross(a, b, corners[k], corners[(k+1)%4]) {
			return 0
		}
	}
	// Squared distances until the end: math.Hypot was a third of the placement's time.
	d := min(pointRectDist2(a, r), pointRectDist2(b, r))
	for _, c := range corners {
		d = min(d, pointSegDist2(c, a, b))
	}
	return math.Sqrt(d)
}

func pointRectDist2(p pt, r rect) float64 {
	dx := max(r.x0-p.x, 0, p.x-r.x1)
	dy := max(r.y0-p.y, 0, p.y-r.y1)
	return dx*dx + dy*dy
}

func pointSegDist2(p, a, b pt) float64 {
	vx, vy := b.x-a.x, b.y-a.y
	n := vx*vx + vy*vy
	t := 0.0
	if n > 0 {
		t = min(max(((p.x-a.x)*vx+(p.y-a.y)*vy)/n, 0), 1)
	}
	dx, dy := p.x-(a.x+t*vx), p.y-(a.y+t*vy)
	return dx*dx + dy*dy
}

func segmentsCross(p1, p2, q1, q2 pt) bool {
	cross := func(o, a, b pt) float64 { return (a.x-o.x)*(b.y-o.y) - (a.y-o.y)*(b.x-o.x) }
	d1, d2 := cross(q1, q2, p1), cross(q1, q2, p2)
	d3, d4 := cross(p1, p2, q1), cross(p1, p2, q2)
	return (d1 > 0) != (d2 > 0) && (d3 > 0) != (d4 > 0)
}

// bezierPath samples a Graphviz spline (a start point, then three points per cubic Bézier segment) at
// eight points a segment.
func bezierPath(ctrl []pt) []pt {
	if len(ctrl) == 0 {
		return nil
	}
	out := []pt{ctrl[0]}
	for i := 1; i+2 < len(ctrl); i += 3 {
		p0, p1, p2, p3 := ctrl[i-1], ctrl[i], ctrl[i+1], ctrl[i+2]
		for k := 1; k <= 8; k++ {
			t := float64(k) / 8
			u := 1 - t
			out = append(out, pt{
				u*u*u*p0.x + 3*u*u*t*p1.x + 3*u*t*t*p2.x + t*t*t*p3.x,
				u*u*u*p0.y + 3*u*u*t*p1.y + 3*u*t*t*p2.y + t*t*t*p3.y,
			})
		}
	}
	return out
}
