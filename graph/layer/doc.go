// Package layer is the write side that every store shares: the layer model, the merge rules, and the
// planning of an ingest, as plain data and functions. A store reads what it holds about the documents a call
// names, hands it to PlanIngest with the batches, and persists what the plan says; it decides nothing itself,
// so every store accepts, refuses, reports and merges the same batches the same way.
//
// # Layers
//
// A Layer is what one source says about one document: one graph.Batch after graph.Batch.Normalize,
// entities and relationships sorted by id, every piece of evidence carrying its document's publication
// date. It is identified by a Key, (document, origin): origin graph.OriginText for what the extractor read,
// graph.OriginOverlay+NAME for an analyst's overlay file. A store keeps every layer exactly as it was given
// and derives the merged graph from all of them; ingesting a batch replaces the layer with the same key and
// nothing else, which is why an overlay can be re-ingested without touching what the extractor found, and
// the other way round. Layers are never modified once built: share them, do not write into them.
//
// # Merge rules
//
// Where layers disagree they are ranked by Order: by Rank of the origin (RankOverlay before RankText),
// then by the document's publication date, document id and origin.
//   - An entity's name and kind are those of the first layer that mentions it, its description the first
//     non-empty one, its aliases the union of every layer's (graph.MergeAliases). MergeEntity computes it
//     from all the mentions at once; a store that keeps it up to date incrementally must give the same
//     answer (the conformance suite, graph/graphtest, checks the stores against each other).
//   - A relationship's evidence is the union of its layers' evidence (graph.SortEvidence, which also drops
//     a sentence two layers state alike) and its stance is graph.MergeStance of that evidence:
//     MergeEvidence.
//   - An entity or relationship no layer mentions any more is gone.
//
// # Planning an ingest
//
// PlanIngest takes the batches of one call and a Stored, the store's view of what it holds about the
// documents the batches name (Documents lists them; a store need read no others). It gives each batch its
// document (a batch without text takes the stored one, or the one an earlier batch of the call brings),
// validates it (graph.Batch.Validate, then the store's own Check, such as a key length), normalises it,
// leaves out a batch identical to its stored layer (Plan.Unchanged), and settles the call: every layer of a
// document whose text changes must still quote the new text (ECONFLICT otherwise), and a document whose
// publication date moves takes its layers' evidence with it. The store then writes Plan.Docs and the layers
// of Plan.Changes, and merges the entities and relationships the changes touch, by the rules above.
//
// # A layer for corrections
//
// An analyst's correction made in the app (the curation issue) belongs in this model as a layer of its own,
// so that it survives a re-ingest of the text and the overlays, which replace only their own keys:
//   - Give it an origin of its own and a Rank before RankOverlay (add a RankCorrection to Rank, and accept
//     the origin in graph.Batch.Validate), so that a correction that renames an actor, changes its kind or
//     adds an alias wins where layers disagree, by the rules above and with no new code in the stores.
//   - A relationship added from a selected sentence is a relationship of that layer, keyed to the sentence's
//     document, with curated evidence, exactly like an overlay's.
//   - Corrections that take something away (reject a relationship or a sentence, retype, reverse, merge two
//     actors, split an alias off, hide an actor) are not facts a union can express: apply them as a function
//     of the corrections to the merged entity or relationship, after MergeEntity and MergeEvidence, in this
//     package, so that both stores call the same code.
package layer
