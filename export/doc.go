// Package export writes subgraphs in the file formats other tools read: JSON, GraphML (Gephi, Cytoscape,
// yEd, NetworkX), GEXF 1.2 (Gephi) and CSV tables of nodes, edges and documents. The drawings (SVG, PNG, DOT)
// are made by render; this package only names them in its registry, so that the server and the CLI
// look every format up in one table (see Lookup).
//
// Every encoder is pure and deterministic: the same subgraph gives the same bytes whatever the order of its
// slices (entities, relations, evidence, documents, aliases), so an export can be diffed, cached and
// committed. Only the order of the focus entities is kept, since it is part of the question asked.
//
// The formats carry the same facts, computed once (see rows.go): every node has its id, name, kind,
// description, aliases and whether it is a focus of the view; every edge its id, ends, type, stance, whether
// the type is symmetric, evidence count, the highest confidence of its evidence, whether it is only claimed
// and by whom, the first and last publication dates of its evidence, the documents it cites and the evidence
// sentences themselves, so "says who?" (and how surely) can be answered in any tool. Text is
// cleaned for XML 1.0 and for spreadsheets: control characters become spaces, bidirectional overrides are
// dropped and invalid UTF-8 becomes U+FFFD (JSON, the lossless format, keeps the text as it is). Relations
// whose ends are not both in the subgraph are left out of every format but JSON.
package export
