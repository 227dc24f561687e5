package graph

import (
	"context"
)

// Store is where the graph lives. Implementations: boltstore (embedded, the default) and neo4jstore. All pass
// the conformance suite in graph/graphtest, so they answer every question the same way.
//
// Errors are *Error values; each method lists the codes it returns. Any method may also return EUNAVAILABLE
// when the backend cannot be reached, and EINTERNAL.
type Store interface {
	// Ingest writes the batches in one atomic step: afterwards the store holds all of them or, on error,
	// exactly what it held before. A batch replaces the layer the same (document, origin) wrote before and
	// nothing else; a batch identical to its stored layer writes nothing and is listed in
	// IngestResult.Unchanged, so ingesting the same batch again changes nothing. Batches are applied in
	// order, so an overlay batch without text can quote a document that an earlier batch of the same call
	// brings. A batch without text (and without hash) takes the stored document, metadata included; a batch
	// with text replaces the document's text and metadata, and every layer of another origin must still
	// quote the new text. Every store plans an ingest with package graph/layer, which holds these rules and
	// how layers merge.
	//
	// Errors: EINVALID when a batch fails Validate; ENOTFOUND when a batch has no document text and the store
	// holds no document with its id; ECONFLICT when a batch changes a document's text so that evidence stored
	// from another origin no longer matches it.
	Ingest(ctx context.Context, batches ...Batch) (IngestResult, error)

	// Entity returns the entity with the id. Errors: ENOTFOUND.
	Entity(ctx context.Context, id string) (Entity, error)

	// Search returns up to limit entities whose name or an alias matches the query, ignoring case, accents
	// and punctuation, best first (see MatchScore, then shorter names, then names, then ids).
	// Errors: EINVALID for a query with no letters or digits, or a limit outside 1..MaxSearchLimit.
	Search(ctx context.Context, query string, limit int) ([]Entity, error)

	// Neighborhood returns the entities within q.Depth relationships of the focus entities and the
	// relationships between them, filtered and capped as q says (see Expand).
	// Errors: EINVALID for a bad depth or filter; ENOTFOUND for an unknown focus id.
	Neighborhood(ctx context.Context, q NeighborhoodQuery) (Subgraph, error)

	// Adjacent returns every relationship that touches one of the entities and passes the filter, each once,
	// sorted by id (see graph.Adjacent). A path search asks it once per frontier. Errors: EINVALID.
	Adjacent(ctx context.Context, ids []string, f Filter) ([]Relation, error)

	// Snapshot returns every entity that passes the filter's kinds and every filtered relationship between
	// them, with no node limit (see graph.Induce): what blocs and centrality read. Errors: EINVALID.
	Snapshot(ctx context.Context, f Filter) (Subgraph, error)

	// Document returns the document with its text. Errors: ENOTFOUND.
	Document(ctx context.Context, id string) (Document, error)

	// Documents lists the documents without their text, by publication date and then id.
	Documents(ctx context.Context) ([]Document, error)

	// DocumentEntities returns the entities the document names in any of its layers (the text and the
	// overlays), sorted by id, those it relates to nothing included. Errors: ENOTFOUND.
	DocumentEntities(ctx context.Context, id string) ([]Entity, error)

	// EntityDocuments returns the documents that name the entity in any of their layers, without their
	// text, by publication date and then id. Errors: ENOTFOUND.
	EntityDocuments(ctx context.Context, id string) ([]Document, error)

	// RelationCounts returns how many relationships each entity takes part in, in the order of ids: 0 for an
	// entity the extractor found but related to nothing, and for an unknown id.
	RelationCounts(ctx context.Context, ids []string) ([]int, error)

	// Stats counts what the store holds.
	Stats(ctx context.Context) (Stats, error)

	// Version returns a token that changes whenever what the store holds may have changed: after every
	// Ingest that changed something, also one made by another process on a shared backend. Two calls that
	// return the same token saw the same graph, so answers computed from the whole graph (blocs, centrality)
	// can be cached under it. Tokens are opaque: compare them for equality only, and only those of one
	// store. An Ingest that changes nothing (every batch Unchanged) or fails leaves the token as it was.
	Version(ctx context.Context) (string, error)

	// Ping checks that the store can serve. Errors: EUNAVAILABLE.
	Ping(ctx context.Context) error

	// Close releases the store. The store must not be used afterwards.
	Close() error
}

// MaxSearchLimit is the most results a search returns.
const MaxSearchLimit = 100

// Stats counts what a store holds.
type Stats struct {
	Documents int `json:"documents"`
	Entities  int `json:"entities"`
	Relations int `json:"relations"`
	Evidence  int `json:"evidence"`
}

// IngestResult tells what an ingest changed.
type IngestResult struct {
	Before Stats `json:"before"`
	After  Stats `json:"after"`
	// Unchanged lists the batches (as "document origin") that were already stored exactly as given.
	Unchanged []string `json:"unchanged,omitempty"`
}
