package analyze

import (
	"cmp"
	"slices"
)

// undirected is a weighted undirected graph over the nodes 0..n-1 as sorted neighbour lists: the form the
// bloc and centrality algorithms walk. Sorted lists make every walk visit nodes in the same order on every
// run, so floating-point sums, and the moves Louvain makes, do not change from run to run.
type undirected struct {
	nbr [][]int64   // nbr[u]: u's neighbours, sorted
	w   [][]float64 // w[u][i]: the weight of the edge between u and nbr[u][i]
}

// edge is one weighted edge while a graph is built.
type edge struct {
	u, v int64
	w    float64
}

// newUndirected builds a graph of n nodes from edges, adding up the weights of repeated edges (in either
// direction) and dropping self-loops.
func newUndirected(n int, edges []edge) *undirected {
	all := make([]edge, 0, 2*len(edges))
	for _, e := range edges {
		if e.u != e.v {
			all = append(all, e, edge{e.v, e.u, e.w})
		}
	}
	slices.SortFunc(all, func(a, b edge) int {
		return cmp.Or(cmp.Compare(a.u, b.u), cmp.Compare(a.v, b.v), cmp.Compare(a.w, b.w))
	})
	g := &undirected{nbr: make([][]int64, n), w: make([][]float64, n)}
	for i := 0; i < len(all); {
		e := all[i]
		sum := 0.0
		for ; i < len(all) && all[i].u == e.u && all[i].v == e.v; i++ {
			sum += all[i].w
		}
		g.nbr[e.u] = append(g.nbr[e.u], e.v)
		g.w[e.u] = append(g.w[e.u], sum)
	}
	return g
}
