package analyze

import (
	"cmp"
	"math"
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

// Centrality scores every actor of sg, counting relationships of every stance.
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
// still costs O(actors × relationships): fine for views of hundreds of actors, 3.8 s for 5,000 actors and
// 50,000 relationships, and out of reach for a whole large graph.
func Centrality(sg graph.Subgraph) map[string]Scores {
	ix := newIndex(sg)
	n := len(ix.ids)
	scores := make([]Scores, n)
	var und, dir []edge
	for _, r := range sg.Relations {
		u, v := ix.of[r.From], ix.of[r.To]
		if u == v {
			continue
		}
		w := float64(len(r.Evidence))
		scores[u].WeightedDegree += w
		scores[v].WeightedDegree += w
		und = append(und, edge{u, v, 1})
		dir = append(dir, edge{u, v, w})
		if info, _ := r.Type.Info(); info.Symmetric {
			dir = append(dir, edge{v, u, w})
		}
	}
	g := newUndirected(n, und)
	for i := range scores {
		scores[i].Degree = len(g.nbr[i])
	}
	for i, b := range betweenness(g) {
		scores[i].Betweenness = b
	}
	for i, p := range pageRank(n, dir) {
		scores[i].PageRank = p
	}
	out := make(map[string]Scores, n)
	for i, id := range ix.ids {
		out[id] = scores[i]
	}
	return out
}

// betweenness is Brandes' algorithm for an unweighted undirected graph. It does not keep each node's
// predecessors: they are the neighbours one step closer to the source, found again when accumulating.
func betweenness(g *undirected) []float64 {
	n := len(g.nbr)
	cb := make([]float64, n)
	dist := make([]int32, n)
	sigma := make([]float64, n)
	delta := make([]float64, n)
	order := make([]int64, 0, n) // breadth-first order from the source; read backwards it is Brandes' stack
	for i := range dist {
		dist[i] = -1
	}
	for s := range int64(n) {
		order = append(order[:0], s)
		dist[s], sigma[s] = 0, 1
		for head := 0; head < len(order); head++ {
			v := order[head]
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
			cb[w] += delta[w] / 2 // each unordered pair is seen from both of its ends
		}
		for _, v := range order {
			dist[v], sigma[v], delta[v] = -1, 0, 0
		}
	}
	return cb
}

// pageRank runs the power iteration from the uniform vector over the weighted directed edges.
func pageRank(n int, edges []edge) []float64 {
	if n == 0 {
		return nil
	}
	slices.SortFunc(edges, func(a, b edge) int { return cmp.Or(cmp.Compare(a.u, b.u), cmp.Compare(a.v, b.v)) })
	outW := make([]float64, n)
	for _, e := range edges {
		outW[e.u] += e.w
	}
	rank, next := make([]float64, n), make([]float64, n)
	for i := range rank {
		rank[i] = 1 / float64(n)
	}
	for range pageRankMaxRounds {
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
	return rank
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
		return nil, graph.Errorf(graph.EINVALID, "unknown measure %q (want one of %s, %s, %s, %s)",
			by, ByDegree, ByWeightedDegree, ByPageRank, ByBetweenness)
	}
	out := make([]Ranked, 0, len(scores))
	for id, s := range scores {
		out = append(out, Ranked{ID: id, Score: measure(s), Scores: s})
	}
	slices.SortFunc(out, func(a, b Ranked) int { return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.ID, b.ID)) })
	return out, nil
}
