package analyze

import (
	"cmp"
	"context"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
)

// PageRank parameters.
const (
	Damping = 0.85
	// PageRankTolerance ends the power iteration once the ranks move less than this in total (L1 norm)
	// between two rounds: far below the differences a ranking or a node size shows, and reached in a few
	// dozen rounds on news graphs.
	PageRankTolerance = 1e-10
	pageRankMaxRounds = 1000 // a safety net; the iteration converges geometrically at rate Damping
)

// Scores are the centrality measures of one actor.
type Scores struct {
	Degree         int     `json:"degree"`          // distinct actors it has a relationship with
	WeightedDegree float64 `json:"weighted_degree"` // evidence sentences on its relationships
	PageRank       float64 `json:"pagerank"`        // share of the stationary walk, summing to 1 over the view
	Betweenness    float64 `json:"betweenness"`     // unordered pairs of other actors whose shortest paths run through it
}

// Centrality scores every actor of sg by every measure, betweenness exactly, counting relationships of
// every stance: for the views stores return (at most graph.MaxMaxNodes actors) and for tests. The whole
// graph goes through Measure, which computes one measure, can be stopped, and bounds betweenness.
//
// PageRank runs on the directed graph (symmetric types count both ways), each edge weighted by the
// evidence sentences of the relationships it stands for, damping Damping, until the ranks change by less
// than PageRankTolerance; an actor with no outgoing relationship spreads its rank evenly. It is computed
// here rather than with gonum's network.PageRank, which starts from a vector drawn from the global random
// source and so differs between runs in the last digits; the tests check the two agree.
//
// Betweenness runs on the undirected, unweighted graph: a path can run along a relationship either way, as
// in ShortestPaths. It counts each unordered pair of ends once, so the hub of a star of n spokes scores
// n(n-1)/2. It is Brandes' algorithm, like gonum's network.Betweenness (the tests check they agree), over
// slices where gonum's keeps maps: 10 times faster on a view of 500 actors (22 ms instead of 214 ms). It
// costs O(actors × relationships): 3.8 s for 5,000 actors and 50,000 relationships.
func Centrality(sg graph.Subgraph) map[string]Scores {
	// A context that is never done: no errors.
	stop := newStopper(context.Background())
	c, _ := newCentralityGraph(stop, sg)
	c.betweenness(stop, c.n)
	c.pageRank(stop)
	return c.scoreMap()
}

// DefaultBetweennessWork is how many adjacency entries Measure's betweenness visits at most before it
// estimates instead (see MeasureOptions). On the 1M-relationship corpus (100,000 actors) a search from one
// source visits 3.6 million entries in 40-60 ms of CPU: 2^28 allows 67 sources there, and a cold ranking
// took 7.2 s with the whole-graph read, within the server's 15 s request timeout. Measured on the 100k
// corpus against the exact scores (agbench -only estimate; BENCHMARKS.md), 67 sources rank 9 of the exact
// first 10 first, their scores 25% off on average; 134 (2^29 at 1M) also 9, 21% off, for a cold ranking
// of 9.6 s. Betweenness is exact while actors × relationships × 4 stays within it: 2,600 actors and
// 26,000 relationships; any drawn view.
const DefaultBetweennessWork = 1 << 28

// MeasureOptions tunes Measure. The zero value is the default.
type MeasureOptions struct {
	// BetweennessWork bounds betweenness, in adjacency entries visited: a breadth-first search from one
	// source visits every entry of its component twice (out and back), 4 per relationship. When counting
	// from every actor would cost more, betweenness is estimated from as many sources as the bound allows
	// (see Measure). 0 means DefaultBetweennessWork; a negative value means no bound.
	BetweennessWork int64
}

// Measured is one measure of every actor, as Measure computed it.
type Measured struct {
	// Scores holds every actor's Degree and WeightedDegree, which come free with the graph, and the
	// measure asked for; the other measures are 0.
	Scores map[string]Scores
	// Sources is how many actors betweenness was counted from: all of them (Actors) when it is exact, fewer
	// when it is an estimate; 0 for the other measures.
	Sources, Actors int
}

// Measure computes one centrality measure (ByDegree, ByWeightedDegree, ByPageRank or ByBetweenness) of
// every actor of sg, as Centrality defines them, and only that one: degree costs a pass over the
// relationships, PageRank a few dozen more, betweenness a breadth-first search from every actor.
//
// Betweenness is exact while a search from every actor stays within o.BetweennessWork. Beyond it, as on the
// whole graph of a large store, it is estimated from k sources drawn at random (seeded, so every run draws
// the same), each source's dependencies scaled by actors/k (Brandes and Pich, "Centrality estimation in
// large networks", 2007): an unbiased estimate whose error falls as 1/√k and is smallest, relative to the
// score, for the actors that lie between the most pairs, the ones a ranking shows first. Measured on the
// 100,000-relationship synthetic corpus against the exact scores: see BENCHMARKS.md.
//
// It stops when ctx is done, checking between sources, PageRank rounds and the phases of building the
// graph: a search from one source at 1M relationships takes about 20 ms.
//
// Errors: EINVALID for an unknown measure; ETIMEOUT when ctx is done.
func Measure(ctx context.Context, sg graph.Subgraph, by string, o MeasureOptions) (Measured, error) {
	switch by {
	case ByDegree, ByWeightedDegree, ByPageRank, ByBetweenness:
	default:
		return Measured{}, unknownMeasure(by)
	}
	stop := newStopper(ctx)
	c, err := newCentralityGraph(stop, sg)
	if err != nil {
		return Measured{}, err
	}
	out := Measured{Actors: c.n}
	switch by {
	case ByPageRank:
		if err := c.pageRank(stop); err != nil {
			return Measured{}, err
		}
	case ByBetweenness:
		work := o.BetweennessWork
		if work == 0 {
			work = DefaultBetweennessWork
		}
		k := c.n
		if per := 2 * int64(c.entries); work > 0 && per > 0 && int64(c.n)*per > work {
			k = int(max(1, work/per))
		}
		if err := c.betweenness(stop, k); err != nil {
			return Measured{}, err
		}
		out.Sources = min(k, c.n)
	}
	if err := stop.now(); err != nil {
		return Measured{}, err
	}
	out.Scores = c.scoreMap()
	return out, nil
}

// centralityGraph is a subgraph as the centrality measures walk it: actors numbered in id order, the
// undirected graph for degree and betweenness, the weighted directed edges for PageRank.
type centralityGraph struct {
	ix      index
	n       int
	entries int // adjacency entries of the undirected graph: twice its edges
	scores  []Scores
	und     *undirected
	dir     []edge
}

// newCentralityGraph builds c from sg, or returns stop's error when its context is done.
func newCentralityGraph(stop *stopper, sg graph.Subgraph) (*centralityGraph, error) {
	if err := stop.now(); err != nil {
		return nil, err
	}
	ix := newIndex(sg)
	n := len(ix.ids)
	c := &centralityGraph{ix: ix, n: n, scores: make([]Scores, n), dir: make([]edge, 0, len(sg.Relations))}
	und := make([]edge, 0, len(sg.Relations))
	for _, r := range sg.Relations {
		stop.work(1)
		if err := stop.check(); err != nil {
			return nil, err
		}
		u, v := ix.of[r.From], ix.of[r.To]
		if u == v {
			continue
		}
		w := float64(len(r.Evidence))
		c.scores[u].WeightedDegree += w
		c.scores[v].WeightedDegree += w
		und = append(und, edge{u, v, 1})
		c.dir = append(c.dir, edge{u, v, w})
		if info, _ := r.Type.Info(); info.Symmetric {
			c.dir = append(c.dir, edge{v, u, w})
		}
	}
	if err := stop.now(); err != nil {
		return nil, err
	}
	c.und = newUndirected(n, und)
	for i := range c.scores {
		c.scores[i].Degree = len(c.und.nbr[i])
		c.entries += len(c.und.nbr[i])
	}
	return c, nil
}

func (c *centralityGraph) scoreMap() map[string]Scores {
	out := make(map[string]Scores, c.n)
	for i, id := range c.ix.ids {
		out[id] = c.scores[i]
	}
	return out
}

// betweennessSeed draws the sources of an estimated betweenness: fixed, so the estimate is the same on every
// run.
const betweennessSeed = 0xb3e7

// betweenness is Brandes' algorithm for an unweighted undirected graph, from every actor when k ≥ n, or
// from k actors drawn at random with each one's dependencies scaled by n/k. It does not keep each node's
// predecessors: they are the neighbours one step closer to the source, found again when accumulating.
func (c *centralityGraph) betweenness(stop *stopper, k int) error {
	g, n := c.und, c.n
	sources := make([]int32, 0, min(k, n))
	scale := 0.5 // each unordered pair is seen from both of its ends
	if k >= n {
		for s := range int32(n) {
			sources = append(sources, s)
		}
	} else {
		rng := rand.New(rand.NewPCG(betweennessSeed, uint64(n)))
		for _, s := range rng.Perm(n)[:k] {
			sources = append(sources, int32(s))
		}
		slices.Sort(sources) // visit in node order, so sums add up in the same order as an exact run's
		scale *= float64(n) / float64(k)
	}
	cb := make([]float64, n)
	dist := make([]int32, n)
	sigma := make([]float64, n)
	delta := make([]float64, n)
	order := make([]int32, 0, n) // breadth-first order from the source; read backwards it is Brandes' stack
	for i := range dist {
		dist[i] = -1
	}
	for _, s := range sources {
		if err := stop.check(); err != nil {
			return err
		}
		order = append(order[:0], s)
		dist[s], sigma[s] = 0, 1
		for head := 0; head < len(order); head++ {
			v := order[head]
			stop.work(len(g.nbr[v]))
			for _, w := range g.nbr[v] {
				if dist[w] < 0 {
					dist[w] = dist[v] + 1
					order = append(order, w)
				}
				if dist[w] == dist[v]+1 {
					sigma[w] += sigma[v]
				}
			}
		}
		for i := len(order) - 1; i > 0; i-- {
			w := order[i]
			for _, v := range g.nbr[w] {
				if dist[v] == dist[w]-1 {
					delta[v] += sigma[v] / sigma[w] * (1 + delta[w])
				}
			}
			cb[w] += delta[w] * scale
		}
		for _, v := range order {
			dist[v], sigma[v], delta[v] = -1, 0, 0
		}
	}
	for i, b := range cb {
		c.scores[i].Betweenness = b
	}
	return nil
}

// pageRank runs the power iteration from the uniform vector over the weighted directed edges, sorted so
// that the sums run in the same order whatever the order of the relations.
func (c *centralityGraph) pageRank(stop *stopper) error {
	n := c.n
	if n == 0 {
		return nil
	}
	if err := stop.now(); err != nil {
		return err
	}
	edges := sortEdges(n, c.dir)
	outW := make([]float64, n)
	for _, e := range edges {
		outW[e.u] += e.w
	}
	rank, next := make([]float64, n), make([]float64, n)
	for i := range rank {
		rank[i] = 1 / float64(n)
	}
	for range pageRankMaxRounds {
		if err := stop.now(); err != nil { // a round costs a pass over the edges
			return err
		}
		dangling := 0.0
		for i, w := range outW {
			if w == 0 {
				dangling += rank[i]
			}
		}
		base := (1-Damping)/float64(n) + Damping*dangling/float64(n)
		for i := range next {
			next[i] = base
		}
		for _, e := range edges {
			next[e.v] += Damping * rank[e.u] * e.w / outW[e.u]
		}
		diff := 0.0
		for i := range next {
			diff += math.Abs(next[i] - rank[i])
		}
		rank, next = next, rank
		if diff < PageRankTolerance {
			break
		}
	}
	for i, p := range rank {
		c.scores[i].PageRank = p
	}
	return nil
}

// Ranked is one actor in a ranking.
type Ranked struct {
	ID     string  `json:"id"`
	Score  float64 `json:"score"` // the measure ranked by
	Scores Scores  `json:"scores"`
}

// The measures Rank can rank by.
const (
	ByDegree         = "degree"
	ByWeightedDegree = "weighted_degree"
	ByPageRank       = "pagerank"
	ByBetweenness    = "betweenness"
)

func unknownMeasure(by string) error {
	return graph.Errorf(graph.EINVALID, "unknown measure %q (want one of %s, %s, %s, %s)",
		graph.Clip(by), ByDegree, ByWeightedDegree, ByPageRank, ByBetweenness)
}

// Rank orders the actors by the named measure, highest first, then by id. Errors: EINVALID for an unknown
// measure.
func Rank(scores map[string]Scores, by string) ([]Ranked, error) {
	var measure func(Scores) float64
	switch by {
	case ByDegree:
		measure = func(s Scores) float64 { return float64(s.Degree) }
	case ByWeightedDegree:
		measure = func(s Scores) float64 { return s.WeightedDegree }
	case ByPageRank:
		measure = func(s Scores) float64 { return s.PageRank }
	case ByBetweenness:
		measure = func(s Scores) float64 { return s.Betweenness }
	default:
		return nil, unknownMeasure(by)
	}
	out := make([]Ranked, 0, len(scores))
	for id, s := range scores {
		out = append(out, Ranked{ID: id, Score: measure(s), Scores: s})
	}
	slices.SortFunc(out, func(a, b Ranked) int { return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.ID, b.ID)) })
	return out, nil
}
