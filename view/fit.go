package view

import (
	"cmp"
	"context"
	"crypto/sha256"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"sync"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analyze"
	"github.com/actorgraph/actorgraph/render"
)

// Pane is where the page shows a drawing, and what it keeps in it.
type Pane struct {
	// W and H are the pane's size in CSS pixels. The drawing is fitted whole into it, and its SVG is in
	// points, so at a scale of 1 an 11-point label is 11 pixels high.
	W, H int
	// Measure orders the actors when not all of them fit: one of the SizeBy measures, "" for degree.
	Measure string
	// More are actors whose left-out ties the reader asked for (by clicking their "+N more"): those ties'
	// other ends are kept before any other actor.
	More []string
	// Keep are actors to keep whatever the room: those already on screen when a view grows (the page's
	// pins), so that growing never takes an actor away.
	Keep []string
}

// Pane limits: a pane smaller than MinPane is fitted as if it were that size (a phone zooms instead), and
// one larger than MaxPane as that size.
const (
	MinPane = 200
	MaxPane = 8000
)

// minScale is the smallest scale the page may show a fitted drawing at: the labels of actors are 11 points
// (render: the least any actor gets), of lines 9, and the page wants them 11 and 9 CSS pixels high.
const minScale = 1.0

// areaPerActor is the room an actor takes in a compact dot drawing of a neighbourhood, in square points,
// with its share of the lines, their labels, the title and the legend: in a 920×560 pane, the seed's
// depth-2 views of Tokayev, the CSTO and the blocs kept 4 to 6 actors (86,000 to 129,000 pt² an
// actor). Fit starts from the count this allows in the pane and measures from there.
const areaPerActor = 85000

// fitRounds bounds the drawings Fit makes of one view: the first try, then a search.
const fitRounds = 4

// closeEnough ends the search at a drawing that fits with less room to spare than this: one more actor
// would most likely not fit, and each try is a drawing the click waits for (TestPerformance's median went
// from 150-172 ms before fitting to 306-320 ms with up to four tries).
const closeEnough = 1.2

// Fit trims the view to the actors that fit in the pane with their labels at full size, when all of them do
// not: the focus and the view's highlighted actors always, then those the reader asked to bring in, then
// the most important by the pane's measure, growing from the focus so that the drawing stays connected. Each
// actor kept that has ties left out gets "+N more" beside it. The drawing is stretched to the pane's shape.
// The changes view is left whole: its lists of what appeared and vanished are what it is about; so is a
// drawing in a layout the reader chose other than dot, whose size Fit would have to learn by drawing it
// several times with an engine that is slow and, in the WebAssembly build, erratic in size.
//
// It draws to measure (d, the page's SVG through the render cache, so the drawing Fit settles on is the
// one the page then gets without a second render): a guess from the pane's area first, then a search
// until the drawing's size in points fits the pane at scale minScale, at most fitRounds drawings. The same
// view and pane give the same result, so the page's JSON and SVG requests agree; fits, when not nil,
// remembers the result so that they, and later requests, search once.
//
// Errors: EINVALID for an unknown measure; those of the drawer.
func (v *View) Fit(ctx context.Context, d Drawer, layout string, p Pane, fits *Fits) error {
	if v.Name == "changes" || (layout != "" && layout != "dot") {
		return nil
	}
	p.W = min(max(p.W, MinPane), MaxPane)
	p.H = min(max(p.H, MinPane), MaxPane)
	v.Drawing.Ratio = float64(p.H) / float64(p.W)
	full := v.Subgraph
	if len(full.Entities) <= 1 {
		return nil
	}
	order, err := fitOrder(ctx, full, p, v.Drawing)
	if err != nil {
		return err
	}
	must := fitMust(full, v.Drawing, p.More, p.Keep)
	v.Drawing.Compact = true
	k, err := fits.kept(ctx, fitKey(*v, layout, p), func() (int, error) {
		return v.fitSearch(ctx, d, full, order, must, layout, p)
	})
	if err != nil {
		return err
	}
	sg, expanders := keepFirst(full, order, k)
	v.setSubgraph(sg)
	v.Drawing.Expanders = expanders
	return nil
}

// fitSearch returns the most actors of order that fit the pane: lo fits (or must stay anyway), hi does not.
func (v *View) fitSearch(ctx context.Context, d Drawer, full graph.Subgraph, order []string, must int, layout string, p Pane) (int, error) {
	lo, hi := must, len(order)+1
	k := min(len(order), max(must, p.W*p.H/areaPerActor))
	for round := 0; round < fitRounds && hi-lo > 1; round++ {
		scale, err := v.fitDraw(ctx, d, full, order, k, layout, p)
		if err != nil {
			return 0, err
		}
		if scale >= minScale {
			lo = k
			if scale < closeEnough {
				break
			}
		} else {
			hi = k
		}
		// The area a drawing takes grows about with the actors in it: the next guess scales k by the
		// area's shortfall or room, kept inside what is known.
		next := int(float64(k) * scale * scale)
		if scale < minScale {
			next = int(float64(k) * scale * scale * 0.95)
		}
		k = min(max(next, lo+1), hi-1)
		if hi-lo > 2 && (k == lo+1 || k == hi-1) {
			k = (lo + hi) / 2
		}
	}
	return lo, nil
}

// Fits remembers how many actors of a view fit a pane (see Fit), at most fitsKept views, the oldest
// forgotten first. The page asks for a view's JSON and SVG at once: the second waits for the first's search
// rather than drawing the same tries again. The zero value is ready; a nil *Fits remembers nothing.
type Fits struct {
	mu    sync.Mutex
	known map[[32]byte]*fitCall
	order [][32]byte
}

// fitsKept bounds Fits: a few hundred bytes each.
const fitsKept = 1024

type fitCall struct {
	done chan struct{}
	k    int
	err  error
}

// kept returns the count remembered for key, waiting for a search in progress, or searches.
func (f *Fits) kept(ctx context.Context, key [32]byte, search func() (int, error)) (int, error) {
	if f == nil {
		return search()
	}
	f.mu.Lock()
	if c, ok := f.known[key]; ok {
		f.mu.Unlock()
		select {
		case <-c.done:
			if c.err == nil {
				return c.k, nil
			}
			return search() // that search failed, maybe only because its request was cancelled
		case <-ctx.Done():
			return 0, graph.Wrap(ctx.Err(), graph.ETIMEOUT, "fitting the drawing to the pane was stopped")
		}
	}
	if f.known == nil {
		f.known = map[[32]byte]*fitCall{}
	}
	c := &fitCall{done: make(chan struct{})}
	f.known[key] = c
	f.order = append(f.order, key)
	if len(f.order) > fitsKept {
		delete(f.known, f.order[0])
		f.order = slices.Delete(f.order, 0, 1)
	}
	f.mu.Unlock()
	c.k, c.err = search()
	close(c.done)
	if c.err != nil {
		f.mu.Lock()
		if f.known[key] == c {
			delete(f.known, key)
		}
		f.mu.Unlock()
	}
	return c.k, c.err
}

// fitKey is what decides a fit: the view's actors and relationships (with their sentence counts, which
// their labels show), how it is drawn, and the pane.
func fitKey(v View, layout string, p Pane) [32]byte {
	h := sha256.New()
	put := func(parts ...string) {
		for _, s := range parts {
			h.Write([]byte(s))
			h.Write([]byte{0})
		}
	}
	put(v.Name, layout, strconv.Itoa(p.W), strconv.Itoa(p.H), p.Measure, v.Drawing.Title, strconv.Itoa(v.Subgraph.Depth))
	put(p.More...)
	put("keep")
	put(slices.Sorted(slices.Values(p.Keep))...)
	put(v.Subgraph.Focus...)
	for _, e := range v.Subgraph.Entities {
		put(e.ID, e.Name, string(e.Kind))
	}
	for _, r := range v.Subgraph.Relations {
		put(r.ID, strconv.Itoa(r.Sentences()), string(r.Stance))
	}
	for _, c := range v.Drawing.Clusters {
		put(c.Label)
		put(c.Members...)
	}
	for _, id := range slices.Sorted(maps.Keys(v.Drawing.NodeMarks)) {
		put(id, string(v.Drawing.NodeMarks[id]))
	}
	for _, id := range slices.Sorted(maps.Keys(v.Drawing.Sizes)) {
		put(id, strconv.FormatFloat(v.Drawing.Sizes[id], 'g', -1, 64))
	}
	var key [32]byte
	h.Sum(key[:0])
	return key
}

// fitDraw draws the first k actors of order as the page would get them and returns the scale the page shows
// the drawing at.
func (v *View) fitDraw(ctx context.Context, d Drawer, full graph.Subgraph, order []string, k int, layout string, p Pane) (float64, error) {
	sg, expanders := keepFirst(full, order, k)
	drawing := v.Drawing
	drawing.Expanders = expanders
	drawing.Layout = layout
	svg, err := d.Draw(ctx, sg, render.Drawing{Options: drawing, Format: render.FormatSVG})
	if err != nil {
		return 0, err
	}
	return svgScale(svg, p), nil
}

// svgDims reads the size Graphviz gives an SVG: <svg width="935pt" height="563pt".
var svgDims = regexp.MustCompile(`<svg width="([0-9.]+)pt" height="([0-9.]+)pt"`)

// svgScale is the scale the page shows the drawing at in the pane: fitted whole. 0 when the SVG says no size.
func svgScale(svg []byte, p Pane) float64 {
	m := svgDims.FindSubmatch(svg[:min(len(svg), 2048)])
	if m == nil {
		return 0
	}
	w, _ := strconv.ParseFloat(string(m[1]), 64)
	h, _ := strconv.ParseFloat(string(m[2]), 64)
	if w <= 0 || h <= 0 {
		return 0
	}
	return min(float64(p.W)/w, float64(p.H)/h)
}

// fitMust is how many actors at the head of the order must stay: the focus, the highlighted actors, and
// the left-out ties of the actors in more.
func fitMust(sg graph.Subgraph, d render.Options, more, keep []string) int {
	return len(mustKeep(sg, d, more, keep))
}

func mustKeep(sg graph.Subgraph, d render.Options, more, keep []string) map[string]bool {
	in := make(map[string]bool, len(sg.Entities))
	for _, e := range sg.Entities {
		in[e.ID] = true
	}
	must := map[string]bool{}
	for _, id := range sg.Focus {
		if in[id] {
			must[id] = true
		}
	}
	for id := range d.NodeMarks {
		if in[id] {
			must[id] = true
		}
	}
	for _, id := range keep {
		if in[id] {
			must[id] = true
		}
	}
	if len(more) > 0 {
		asked := map[string]bool{}
		for _, id := range more {
			if in[id] {
				asked[id], must[id] = true, true
			}
		}
		for _, r := range sg.Relations {
			if asked[r.From] && in[r.To] {
				must[r.To] = true
			}
			if asked[r.To] && in[r.From] {
				must[r.From] = true
			}
		}
	}
	return must
}

// fitOrder orders the actors of sg for keeping: those that must stay first, then, while any actor is tied
// to one already taken, the most important of those by the measure (ties by id), else the most important
// left. Without a focus it is the plain ranking by the measure, since the view is the whole graph's.
func fitOrder(ctx context.Context, sg graph.Subgraph, p Pane, d render.Options) ([]string, error) {
	measure := p.Measure
	switch measure {
	case "", SizeDegree:
		measure = analyze.ByDegree
	case SizeCentrality:
		measure = analyze.ByPageRank
	case SizePageRank, SizeBetween:
	default:
		return nil, graph.Errorf(graph.EINVALID, "unknown measure %q (want centrality, pagerank, degree or betweenness)", graph.Clip(measure))
	}
	m, err := analyze.Measure(ctx, sg, measure, analyze.MeasureOptions{})
	if err != nil {
		return nil, err
	}
	score := func(id string) float64 {
		s := m.Scores[id]
		switch measure {
		case analyze.ByPageRank:
			return s.PageRank
		case analyze.ByBetweenness:
			return s.Betweenness
		}
		return float64(s.Degree)
	}
	ids := make([]string, 0, len(sg.Entities))
	for _, e := range sg.Entities {
		ids = append(ids, e.ID)
	}
	// The most important first; equal scores by degree, then id, so that the order is the same every time.
	slices.SortFunc(ids, func(a, b string) int {
		return cmp.Or(cmp.Compare(score(b), score(a)), cmp.Compare(m.Scores[b].Degree, m.Scores[a].Degree), cmp.Compare(a, b))
	})
	must := mustKeep(sg, d, p.More, p.Keep)
	order := make([]string, 0, len(ids))
	taken := make(map[string]bool, len(ids))
	for _, id := range ids {
		if must[id] {
			order = append(order, id)
			taken[id] = true
		}
	}
	if len(sg.Focus) == 0 && len(order) == 0 {
		return roundRobin(ids, d.Clusters), nil
	}
	ties := map[string][]string{}
	for _, r := range sg.Relations {
		ties[r.From] = append(ties[r.From], r.To)
		ties[r.To] = append(ties[r.To], r.From)
	}
	rank := make(map[string]int, len(ids))
	for i, id := range ids {
		rank[id] = i
	}
	// Grow from what is taken: the reachable actor of best rank next. Views hold at most a few hundred
	// actors, so a scan a step is cheap.
	reach := map[string]bool{}
	for id := range taken {
		for _, n := range ties[id] {
			reach[n] = true
		}
	}
	for len(order) < len(ids) {
		best := ""
		for id := range reach {
			if !taken[id] && (best == "" || rank[id] < rank[best]) {
				best = id
			}
		}
		if best == "" {
			for _, id := range ids {
				if !taken[id] {
					best = id
					break
				}
			}
		}
		order = append(order, best)
		taken[best] = true
		delete(reach, best)
		for _, n := range ties[best] {
			reach[n] = true
		}
	}
	return order, nil
}

// roundRobin orders ids, ranked, a box at a time: the first of each box (in the boxes' order), then the
// second of each, and so on, then the actors in no box. Ranked whole, the seed's blocs kept only actors of
// the largest bloc and the protesters, and the panel listed four sides the drawing did not show.
func roundRobin(ids []string, clusters []render.Cluster) []string {
	if len(clusters) == 0 {
		return ids
	}
	box := map[string]int{}
	for i, c := range clusters {
		for _, id := range c.Members {
			if _, ok := box[id]; !ok {
				box[id] = i
			}
		}
	}
	boxes := make([][]string, len(clusters))
	var loose []string
	for _, id := range ids {
		if i, ok := box[id]; ok {
			boxes[i] = append(boxes[i], id)
		} else {
			loose = append(loose, id)
		}
	}
	order := make([]string, 0, len(ids))
	for round := 0; len(order) < len(ids)-len(loose); round++ {
		for _, b := range boxes {
			if round < len(b) {
				order = append(order, b[round])
			}
		}
	}
	return append(order, loose...)
}

// keepFirst returns sg with the first k actors of order and the relationships among them, and for each
// actor kept how many of the actors it is tied to were left out.
func keepFirst(sg graph.Subgraph, order []string, k int) (graph.Subgraph, map[string]int) {
	if k >= len(order) {
		return sg, nil
	}
	kept := make(map[string]bool, k)
	for _, id := range order[:k] {
		kept[id] = true
	}
	left := map[string]map[string]bool{}
	note := func(at, out string) {
		if left[at] == nil {
			left[at] = map[string]bool{}
		}
		left[at][out] = true
	}
	for _, r := range sg.Relations {
		switch {
		case kept[r.From] && !kept[r.To]:
			note(r.From, r.To)
		case kept[r.To] && !kept[r.From]:
			note(r.To, r.From)
		}
	}
	expanders := make(map[string]int, len(left))
	for id, out := range left {
		expanders[id] = len(out)
	}
	return restrict(sg, kept, nil, sg.Focus, sg.Depth, sg.Omitted), expanders
}

// setSubgraph puts the fitted subgraph in the view and in its JSON answer, which the page reads for its
// counts and lists: what they say is what is drawn.
func (v *View) setSubgraph(sg graph.Subgraph) {
	v.Subgraph = sg
	v.JSON = nil
	switch b := v.Body.(type) {
	case graph.Subgraph:
		v.Body = sg
	case AlliancesBody:
		b.Subgraph = sg
		v.Body = b
	case CommonAlliesBody:
		b.Subgraph = sg
		v.Body = b
	case BlocsBody:
		b.Subgraph = sg
		v.Body = b
	case ChangesBody:
		b.Subgraph = sg
		v.Body = b
	case PathsBody:
		b.Subgraph = sg
		v.Body = b
	}
}
