// Package view answers the analyst's questions about a stored graph (the neighbourhood of an actor, the
// paths between two, allies and opponents, blocs, central actors, what changed between two periods) as
// Views: the subgraph to draw and export, the JSON answer, and the highlights, clusters and sizes that make
// the drawing answer the question. The server and the CLI both build their answers here, so `actorgraph
// path` and GET /api/paths say the same thing, and Output turns a View into any format the same way for
// both.
package view
