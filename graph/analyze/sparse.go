package analyze

import (
	"cmp"
	"slices"
)

// undirected is a weighted undirected graph over the nodes 0..n-1 as sorted neighbour lists: the form the
// bloc and centrality algorithms walk. Sorted lists make every walk visit nodes in the same order on every
// run, so floating-point sums, and the moves Louvain makes, do not change from run to run.
type undirected struct {
	nbr [][]int32   // nbr[u]: u's neighbours, sorted (32 bits: half the memory to walk of 64)
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
	both := make([]edge, 0, 2*len(edges))
	for _, e := range edges {
		if e.u != e.v {
			both = append(both, e, edge{e.v, e.u, e.w})
		}
	}
	both = sortEdges(n, both)
	g := &undirected{nbr: make([][]int32, n), w: make([][]float64, n)}
	nbr, w := make([]int32, 0, len(both)), make([]float64, 0, len(both))
	for i := 0; i < len(both); {
		u, first := both[i].u, len(nbr)
		for i < len(both) && both[i].u == u {
			v, sum := both[i].v, 0.0
			for ; i < len(both) && both[i].u == u && both[i].v == v; i++ {
				sum += both[i].w
			}
			nbr = append(nbr, int32(v))
			w = append(w, sum)
		}
		// Full slice expressions: a list never grows into the next one.
		g.nbr[u], g.w[u] = nbr[first:len(nbr):len(nbr)], w[first:len(w):len(w)]
	}
	return g
}

// sortEdges returns the edges among nodes 0..n-1 sorted by u, v and w: placed by counting on u (each
// node's edges first counted, then copied to their place), then each node's few sorted by v and w. Sorting
// the two million (u, v, w) of the 1M-relationship corpus at once took 1.5 s of CPU.
func sortEdges(n int, edges []edge) []edge {
	start := make([]int, n+1)
	for _, e := range edges {
		start[e.u+1]++
	}
	for i := range n {
		start[i+1] += start[i]
	}
	out := make([]edge, len(edges))
	next := slices.Clone(start[:n])
	for _, e := range edges {
		out[next[e.u]] = e
		next[e.u]++
	}
	for u := range n {
		slices.SortFunc(out[start[u]:start[u+1]], func(a, b edge) int {
			return cmp.Or(cmp.Compare(a.v, b.v), cmp.Compare(a.w, b.w))
		})
	}
	return out
}
