package neo4jstore

import (
	"context"
	"maps"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
)

// Limits on what one neighbourhood query fetches.
const (
	// prefetchCap bounds the entities whose relationships the first statement fetches; what graph.Expand
	// then finds missing comes in later rounds. Views hold at most graph.MaxMaxNodes entities.
	prefetchCap = graph.MaxMaxNodes
	// maxFetchedRelations stops a query around hubs so connected that answering would fetch a large part
	// of the graph; the caller is asked to narrow it.
	maxFetchedRelations = 200_000
	// maxRounds is a safety net: each round fetches entities the previous ones did not, so the loop ends on
	// its own well before this.
	maxRounds = 4 * (graph.MaxDepth + 2)
)

// Neighborhood returns the entities within q.Depth relationships of the focus entities and the
// relationships between them, filtered and capped as q says (graph.Expand).
// Errors: EINVALID for a bad depth or filter; ENOTFOUND for an unknown focus id; ETOOLARGE when the
// neighbourhood is too connected to fetch.
//
// It answers with graph.Expand, as every store does, over the part of the graph Expand reads: one bounded
// variable-length statement fetches the relationships (with their evidence) of the entities up to q.Depth-1
// steps from the focus, and Expand runs again after each round that fetches the relationships or documents
// it asked for and did not find, until it asks for nothing new. The answer is therefore exactly what
// Expand computes over the whole graph, while only what it reads leaves the database.
func (s *Store) Neighborhood(ctx context.Context, q graph.NeighborhoodQuery) (graph.Subgraph, error) {
	if err := q.Validate(); err != nil {
		return graph.Subgraph{}, err
	}
	var sg graph.Subgraph
	err := s.read(ctx, func(tx neo4j.ManagedTransaction) error {
		src := newFetched()
		focus := uniq(q.Focus)
		found, err := readEntities(ctx, tx, focus)
		if err != nil {
			return err
		}
		for _, id := range focus {
			if e, ok := found[id]; ok {
				src.entities[id] = e
			} else {
				return graph.Errorf(graph.ENOTFOUND, "no entity with id %q", graph.Clip(id))
			}
		}
		rows, err := run(ctx, tx, stmtNeighborhood(q.Depth), map[string]any{"focus": focus, "cap": prefetchCap})
		if err != nil {
			return err
		}
		src.add(rows)
		for round := 0; ; round++ {
			src.missing = map[string]bool{}
			src.missingDocs = map[string]bool{}
			if sg, err = graph.Expand(q, src); err != nil {
				return err
			}
			if len(src.missing) == 0 && len(src.missingDocs) == 0 {
				return nil
			}
			if round == maxRounds {
				return graph.Errorf(graph.EINTERNAL, "the neighbourhood query did not settle after %d rounds", round)
			}
			if err := src.fetch(ctx, tx); err != nil {
				return err
			}
			if src.relations > maxFetchedRelations {
				return graph.Errorf(graph.ETOOLARGE, "the neighbourhood is too connected to show (over %d relationships); lower the depth or filter by type, document or date", maxFetchedRelations)
			}
		}
	})
	if err != nil {
		return graph.Subgraph{}, err
	}
	return sg, nil
}

func uniq(ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// fetched is the part of the graph one neighbourhood query has fetched, read by graph.Expand. Expand asks
// for the relationships of an entity only once it has reached it, so what it asks for and does not find is
// noted and fetched in the next round; until then the entity has no relationships, which may steer Expand
// wrongly in this round but not in the last, where it found everything it asked for.
type fetched struct {
	entities  map[string]graph.Entity
	adj       map[string][]graph.Relation // relationships by end, for the entities in loaded
	rels      map[string]bool             // relationship ids already in adj
	loaded    map[string]bool             // entities whose relationships are all in adj
	docs      map[string]graph.Document   // without text
	relations int

	missing     map[string]bool // entities whose relationships Expand asked for this round
	missingDocs map[string]bool
}

func newFetched() *fetched {
	return &fetched{entities: map[string]graph.Entity{}, adj: map[string][]graph.Relation{}, rels: map[string]bool{},
		loaded: map[string]bool{}, docs: map[string]graph.Document{}}
}

func (f *fetched) Entity(id string) (graph.Entity, bool) {
	e, ok := f.entities[id]
	if !ok {
		f.missing[id] = true
	}
	return e, ok
}

func (f *fetched) Relations(id string) []graph.Relation {
	if !f.loaded[id] {
		f.missing[id] = true
		return nil
	}
	return f.adj[id]
}

func (f *fetched) Document(id string) (graph.Document, bool) {
	d, ok := f.docs[id]
	if !ok {
		f.missingDocs[id] = true
	}
	return d, ok
}

// fetch reads what the last round missed: the relationships of entities and the documents evidence cites.
func (f *fetched) fetch(ctx context.Context, tx neo4j.ManagedTransaction) error {
	if ids := slices.Sorted(maps.Keys(f.missing)); len(ids) > 0 {
		// Every entity at the end of a fetched relationship comes with it, so the entities read here are
		// mostly known already; reading them covers a focus that has no relationships at all.
		rows, err := run(ctx, tx, stmtAdjacency, map[string]any{"ids": ids})
		if err != nil {
			return err
		}
		f.add(rows)
		found, err := readEntities(ctx, tx, ids)
		if err != nil {
			return err
		}
		for _, id := range ids {
			f.loaded[id] = true
			if e, ok := found[id]; ok {
				f.entities[id] = e
			}
		}
	}
	if ids := slices.Sorted(maps.Keys(f.missingDocs)); len(ids) > 0 {
		docs, err := readDocuments(ctx, tx, stmtDocumentsMeta, ids)
		if err != nil {
			return err
		}
		for _, id := range ids {
			// A document that is gone stays missing; Expand leaves it out of the view, as it should.
			d, ok := docs[id]
			if !ok {
				d = graph.Document{ID: id}
			}
			f.docs[id] = d
		}
	}
	return nil
}

// add records adjacency rows: every row is one relationship of the entity in its id column, with the
// entity at the other end and the relationship's evidence. Statements return all relationships of each
// entity they return, so each entity seen in the id column is loaded.
func (f *fetched) add(rows []row) {
	for _, r := range rows {
		id := str(r["id"])
		f.loaded[id] = true
		other := decodeEntity(dict(r["other"]))
		f.entities[other.ID] = other
		rid := str(r["relation"])
		if f.rels[rid] {
			continue
		}
		f.rels[rid] = true
		f.relations++
		rel := graph.Relation{ID: rid, From: str(r["from"]), To: str(r["to"]), Type: graph.RelType(str(r["type"]))}
		list, _ := r["evidence"].([]any)
		for _, m := range list {
			rel.Evidence = append(rel.Evidence, decodeEvidence(dict(m)))
		}
		rel.Evidence = graph.SortEvidence(rel.Evidence)
		rel.Stance = graph.MergeStance(rel.Evidence)
		f.adj[rel.From] = append(f.adj[rel.From], rel)
		f.adj[rel.To] = append(f.adj[rel.To], rel)
	}
}
