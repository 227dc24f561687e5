// Package boltstore is actorgraph's embedded store: the whole graph in one durable file (bbolt), served from
// in-memory indexes, with no server to run.
//
// The file holds only what was ingested: every document with its text, and every batch as a layer keyed by
// (document, origin), in the normalised form graph.Batch.Normalize gives it. The merged graph (entities with
// the aliases of every layer, relationships with the evidence of every layer, adjacency and the search index)
// is derived from the layers when the store opens and kept up to date, layer by layer, on every ingest. What
// is on disk is therefore always exactly what callers gave, and the merge rules can change between versions
// without a migration.
//
// Merge rules, where layers disagree, in layer order: overlay layers before text layers, then by the
// document's publication date, document id and origin.
//   - An entity's name is that of the first layer that mentions it (all names of one entity fold alike), its
//     description the first non-empty one, its aliases the union (graph.MergeAliases).
//   - A relationship's evidence is the union of its layers' evidence (graph.SortEvidence) and its stance
//     graph.MergeStance of that evidence.
//
// Concurrency: one ingest at a time; reads run while an ingest validates and writes, and wait only while
// the finished ingest swaps its changes into the indexes.
package boltstore
