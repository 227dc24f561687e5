// Package boltstore is actorgraph's embedded store: the whole graph in one durable file (bbolt), served from
// in-memory indexes, with no server to run.
//
// The file holds only what was ingested: every document with its text, and every batch as a layer keyed by
// (document, origin), in the normalised form graph.Batch.Normalize gives it. The merged graph (entities with
// the aliases of every layer, relationships with the evidence of every layer, adjacency and the search index)
// is derived from the layers and kept up to date, layer by layer, on every ingest. What is on disk is
// therefore always exactly what callers gave, and the merge rules can change between versions without a
// migration. Close also writes an image of the merged graph, which the next Open reads instead of merging
// every layer again while it matches them (image.go).
//
// Package graph/layer plans every ingest and holds the merge rules; this package persists the plan and keeps
// the merged graph up to date incrementally, by those rules: an entity remembers which of its layers gives its
// name and which its description, and counts its aliases, so that an ingest touching a hub does not merge
// all of the hub's mentions again.
//
// Concurrency: one ingest at a time; reads run while an ingest validates and writes, and wait only while
// the finished ingest swaps its changes into the indexes.
package boltstore
