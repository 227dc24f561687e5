// Package analyze answers an analyst's questions about the graph: how two actors are connected (shortest
// paths), who sides with whom (blocs on the signed graph, alliances, common allies), who the central players
// are (degree, PageRank, betweenness), and what changed between two views (Diff). Its benchmarks and tests
// run on the synthetic graphs of internal/synthetic.Graph.
//
// Everything here is a pure function of its input: no store code, no clocks, and no randomness that is not
// seeded, so the same question on the same data gets the same answer on every run and from every store.
// Shortest paths read the graph through the small Adjacency interface, which stores implement; the other
// analyses work on a graph.Subgraph the caller already holds.
package analyze
