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
// close together): it costs another round of candidates. A label on its line (the text across it, on a
// ground that hides the line beneath) is tried at every fraction too, at a cost.
var labelOffsets = [2][]float64{{0, 5}, {12, 20}}

// fineFractions and fineOffsets are the last round of candidates, for a line that has no faultless place
// in the first two (several lines side by side between actors close together): every 5% of its length,
// beside it at every offset and across it.
var (
	fineFractions = func() []float64 {
		var f []float64
		for k := 1; k <= 19; k++ {
			f = append(f, float64(k)/20)
		}
		return f
	}()
	fineOffsets = []float64{0, 5, 12, 20}
)

// enoughFree is how many faultless places of a line are looked for before farther ones are given up: the
// labels placed before it take at most a few of them. Without this bound a drawing's placement scored
// every candidate of every line.
const enoughFree = 20

// onLinePenalty is the cost of a label drawn across its own line, against 1 for each step of
// labelFractions away from the middle.
const onLinePenalty = 40

// Costs of a place that a reader would misread: nearer another line than its own (or as near: the browser
// test fails on it), or on another label. Each outweighs any sum of the lesser faults.
const (
	misreadCost = 100000
	unclearCost = 1000 // as near another line as labelClear more than its own
	// misreadMargin is how much nearer than any other its own line must be for a place not to be misread:
	// the lines here are Bézier curves drawn as 8 chords a piece, which pass up to half a point inside
	// the curve a browser draws.
	misreadMargin = 1.0
	// hiddenShare is the share of a label's box (with labelAir around it) an actor's box may cover: the
	// corners of an ellipse's or a hexagon's box are empty, but past a fifth the actor hides words.
	hiddenShare = 0.2
)

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
// candidates choose first, each the best candidate that covers no label chosen before; a line whose every
// candidate would be misread gets a leader instead, when one fits (leaderPlace), and the leader's two ends
// (zero points for a label without one). Ties go to the order of the lines and candidates, so the result
// depends on the input alone. The cost is bounded by lines ×
// candidates × (the segments within labelReach of a candidate, found through a grid, + the boxes + the
// labels).
func placeLabels(lines []labelLine, obstacles []rect) ([]pt, [][2]pt) {
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
		for pass := range 3 {
			if pass > 0 && free[i] > 0 {
				break // the farther places are only for a line with no faultless place nearer
			}
			fractions, offsets, onLine := labelFractions, labelOffsets[0], true
			switch pass {
			case 1:
				offsets, onLine = labelOffsets[1], false
			case 2:
				fractions, offsets = fineFractions, fineOffsets
			}
			for fi, f := range fractions {
				if free[i] >= enoughFree {
					// Farther fractions cost more than the faultless places found already: only a label
					// placed before could make this line want them, and these are enough to choose from.
					break
				}
				// The cost of a place grows with its distance from the middle of the line.
				along := float64(fi)
				if pass == 2 {
					along = math.Abs(f-0.5) * 20
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
						// Most segments of other lines in the cells near are farther than look along one axis:
						// their distance does not count, and this test is a tenth of segRectDist's cost.
						if s.line != i && max(box.x0-max(s.a.x, s.b.x), min(s.a.x, s.b.x)-box.x1, box.y0-max(s.a.y, s.b.y), min(s.a.y, s.b.y)-box.y1) > look {
							return
						}
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
					switch {
					case other <= own+misreadMargin:
						score += misreadCost
					case other <= own+labelClear:
						// Nearly as near another line as its own: the less clear the worse.
						score += unclearCost + 20*(own+labelClear-other)
					}
					if other < labelReach {
						score += 2 * (labelReach - other) // and otherwise the farther the better
					}
					air := box.grow(labelAir)
					for _, o := range obstacles {
						if air.meets(o) {
							// Under an actor (drawn after the lines) a label cannot be read; at the corner of an
							// ellipse's or a hexagon's box it can: the cost grows with the share of the label
							// covered, and past hiddenShare it is as bad as a misread one.
							share := covered(air, o)
							score += 300 + 1000*share
							if share > hiddenShare {
								score += misreadCost
							}
						}
					}
					if score < 500 {
						free[i]++
					}
					cands[i] = append(cands[i], candidate{c, score})
				}
				for _, off := range offsets {
					for _, side := range []float64{1, -1} {
						try(side*(reach+labelGap+off), along+off, labelGap+off)
					}
				}
				if onLine {
					try(0, along+onLinePenalty, 0)
				}
			}
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(free[a], free[b]) })
	out := make([]pt, len(lines))
	leaders := make([][2]pt, len(lines))
	placed := make([]rect, 0, len(order))
	var drawnLeaders [][2]pt
	searched := 0 // leader searches, bounded by maxLeaderSearches
	for _, i := range order {
		l := lines[i]
		best, bestScore := pt{}, math.Inf(1)
		for _, c := range cands[i] {
			score := c.score
			box := centred(c.at, l.w, l.h)
			air := box.grow(labelAir)
			for _, o := range placed {
				if air.meets(o) {
					score += misreadCost // two texts on each other read as neither
				}
			}
			for _, ld := range drawnLeaders {
				if segRectDist(ld[0], ld[1], box) == 0 {
					score += misreadCost
				}
			}
			if score < bestScore {
				best, bestScore = c.at, score
			}
		}
		if bestScore >= misreadCost && searched < maxLeaderSearches {
			searched++
			at, ld, ok := leaderPlace(grid, i, l, obstacles, placed, drawnLeaders, leaderClear)
			if !ok {
				// Lines drawn close along most of their length (sfdp's, around actors it drew on each other)
				// leave no point of the line that clear: closer, a leader still starts on its line alone.
				at, ld, ok = leaderPlace(grid, i, l, obstacles, placed, drawnLeaders, leaderClear/2)
			}
			if ok {
				best, leaders[i] = at, ld
				drawnLeaders = append(drawnLeaders, ld)
			}
		}
		out[i] = best
		placed = append(placed, centred(best, l.w, l.h))
	}
	return out, leaders
}

// Leaders, for a label that has no place by its line where a reader would take it for its line's: several
// lines side by side between actors drawn close together (Russia just above Kazakhstan, with three lines
// between them and more passing by) leave no room beside any of them. The label goes where it is clear of
// every line, actor and label, at the end of a thin leader in its line's colour drawn from a point of its
// line clear of the others; the leader may cross other lines (each crossing costs as much as a leader
// longer by leaderCrossing), not actors, labels or leaders.
const (
	leaderClear    = 3.0 // the least distance from a label at a leader's end, or a leader's start, to another line
	leaderStep     = 8.0 // the lengths of leaders tried: leaderStep, 2×leaderStep, … up to leaderMax
	leaderMax      = 160.0
	leaderCrossing = 24.0
	// maxLeaderSearches bounds the labels of a drawing that look for a leader: a search tries up to
	// fineFractions × 16 directions × 20 lengths places, each against every actor and label (the seed's
	// grown views had 2 to 10 labels at leaders). In BenchmarkPlaceLabels/packed (60 actors nearly
	// touching, 90 lines) the placement took 82 ms of CPU with 24 searches, 53 with 8.
	maxLeaderSearches = 24
)

// leaderPlace looks for the cheapest leader from a point of line i no other line comes within clear of (at
// fineFractions of its length, in 16
// directions, of lengths leaderStep to leaderMax) to a place for its label; it returns the label's centre
// and the leader.
func leaderPlace(grid *segGrid, i int, l labelLine, obstacles, placed []rect, leaders [][2]pt, clear float64) (pt, [2]pt, bool) {
	length := pathLength(l.path)
	var anchors []pt
	var anchorCost []float64
	for _, f := range fineFractions {
		a, _ := pointAlong(l.path, f*length)
		// A leader from where another line passes would read as that line's.
		if !nearOther(grid, i, rect{a.x, a.y, a.x, a.y}, clear) {
			anchors, anchorCost = append(anchors, a), append(anchorCost, math.Abs(f-0.5)*20)
		}
	}
	best, bestCost := pt{}, math.Inf(1)
	var bestLeader [2]pt
	// Shorter leaders first: once one is found, only shorter-costing ones are looked at.
	for n := leaderStep; n <= leaderMax && n < bestCost; n += leaderStep {
		for ai, a := range anchors {
			for k := range 16 {
				cost := n + anchorCost[ai]
				if cost >= bestCost {
					continue
				}
				theta := float64(k) * math.Pi / 8
				u := pt{math.Cos(theta), math.Sin(theta)}
				b := pt{a.x + u.x*n, a.y + u.y*n}
				// The box's side or corner touches the leader's end.
				half := math.Min(l.w/2/math.Max(math.Abs(u.x), 1e-9), l.h/2/math.Max(math.Abs(u.y), 1e-9))
				c := pt{b.x + u.x*half, b.y + u.y*half}
				crossings, ok := leaderClearOf(grid, i, centred(c, l.w, l.h), a, b, obstacles, placed, leaders, clear)
				if cost += leaderCrossing * float64(crossings); ok && cost < bestCost {
					// The leader is drawn to the text's own box, inside the label's by textSlack each side.
					inner := math.Min(max(l.w/2-textSlack, 0)/math.Max(math.Abs(u.x), 1e-9), l.h/2/math.Max(math.Abs(u.y), 1e-9))
					best, bestCost, bestLeader = c, cost, [2]pt{a, {c.x - u.x*inner, c.y - u.y*inner}}
				}
			}
		}
	}
	return best, bestLeader, !math.IsInf(bestCost, 1)
}

// nearOther reports whether a line other than i comes within d of the box.
func nearOther(grid *segGrid, i int, box rect, d float64) bool {
	near := false
	grid.near(box.grow(d), func(s segment) {
		if near || s.line == i || max(box.x0-max(s.a.x, s.b.x), min(s.a.x, s.b.x)-box.x1, box.y0-max(s.a.y, s.b.y), min(s.a.y, s.b.y)-box.y1) >= d {
			return
		}
		if segRectDist(s.a, s.b, box) < d {
			near = true
		}
	})
	return near
}

// leaderClearOf reports whether a label's box at the end of the leader ab reads as line i's alone: no other
// line within clear of the box, and neither the box nor the leader on an actor, a label or a leader;
// and how many other lines the leader crosses.
func leaderClearOf(grid *segGrid, i int, box rect, a, b pt, obstacles, placed []rect, leaders [][2]pt, clear float64) (int, bool) {
	air := box.grow(labelAir)
	// The box first: most places fail there, and a box meets a box at a tenth of the cost of a segment.
	for _, o := range obstacles {
		if air.meets(o) {
			return 0, false
		}
	}
	for _, o := range placed {
		if air.meets(o) {
			return 0, false
		}
	}
	if nearOther(grid, i, box, clear) {
		return 0, false
	}
	span := rect{min(a.x, b.x), min(a.y, b.y), max(a.x, b.x), max(a.y, b.y)}
	for _, o := range obstacles {
		if span.meets(o) && segRectDist(a, b, o) == 0 {
			return 0, false
		}
	}
	for _, o := range placed {
		if span.meets(o) && segRectDist(a, b, o) == 0 {
			return 0, false
		}
	}
	for _, ld := range leaders {
		if segRectDist(ld[0], ld[1], box) == 0 || segmentsCross(a, b, ld[0], ld[1]) {
			return 0, false
		}
	}
	crossed := map[int]bool{}
	grid.near(span, func(s segment) {
		if s.line != i && segmentsCross(a, b, s.a, s.b) {
			crossed[s.line] = true
		}
	})
	return len(crossed), true
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
