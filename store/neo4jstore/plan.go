package neo4jstore

import (
	"cmp"
	"context"
	"maps"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/layer"
)

// stored is what the database holds about the documents an ingest touches: the documents with their text
// and every layer of theirs. It is the planner's layer.Stored.
type stored struct {
	docs   map[string]graph.Document
	layers map[string]map[string]*layer.Layer // by document id, then origin
}

func (st *stored) Document(id string) (graph.Document, bool) {
	d, ok := st.docs[id]
	return d, ok
}

func (st *stored) Layer(k layer.Key) *layer.Layer { return st.layers[k.Document][k.Origin] }

func (st *stored) Origins(doc string) []string { return slices.Collect(maps.Keys(st.layers[doc])) }

// readStored reads the documents with the ids and all their layers.
func readStored(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (*stored, error) {
	st := &stored{layers: map[string]map[string]*layer.Layer{}}
	var err error
	if st.docs, err = readDocuments(ctx, tx, stmtDocuments, ids); err != nil {
		return nil, err
	}
	docs := slices.Sorted(maps.Keys(st.docs))
	if len(docs) == 0 {
		return st, nil
	}
	params := map[string]any{"documents": docs}
	rows, err := run(ctx, tx, stmtLayers, params)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		doc, origin := str(r["document"]), str(r["origin"])
		if st.layers[doc] == nil {
			st.layers[doc] = map[string]*layer.Layer{}
		}
		st.layers[doc][origin] = &layer.Layer{Entities: []graph.Entity{}, Relations: []graph.Relation{}}
	}
	if rows, err = run(ctx, tx, stmtLayerMentions, params); err != nil {
		return nil, err
	}
	for _, r := range rows {
		l := st.Layer(layer.Key{Document: str(r["document"]), Origin: str(r["origin"])})
		if l == nil {
			continue // a layer is read above before anything it holds
		}
		l.Entities = append(l.Entities, graph.Entity{ID: str(r["entity"]), Name: str(r["name"]), Kind: graph.Kind(str(r["kind"])),
			Aliases: strs(r["aliases"]), Description: str(r["description"])})
	}
	if rows, err = run(ctx, tx, stmtLayerEvidence, params); err != nil {
		return nil, err
	}
	rels := map[layer.Key]map[string]*graph.Relation{}
	for _, r := range rows {
		k := layer.Key{Document: str(r["document"]), Origin: str(r["origin"])}
		from, to, t := str(r["from"]), str(r["to"]), graph.RelType(str(r["type"]))
		id := graph.RelationID(from, t, to)
		if rels[k] == nil {
			rels[k] = map[string]*graph.Relation{}
		}
		rel := rels[k][id]
		if rel == nil {
			rel = &graph.Relation{ID: id, From: from, To: to, Type: t}
			rels[k][id] = rel
		}
		rel.Evidence = append(rel.Evidence, decodeEvidence(dict(r["evidence"])))
	}
	for doc, byOrigin := range st.layers {
		for origin, l := range byOrigin {
			slices.SortFunc(l.Entities, func(a, b graph.Entity) int { return cmp.Compare(a.ID, b.ID) })
			l.Relations = relationsOf(rels[layer.Key{Document: doc, Origin: origin}])
		}
	}
	return st, nil
}

// maxKeyBytes keeps indexed values well inside what Neo4j's range indexes take (about 8 kB a value).
const maxKeyBytes = 4000

// checkKeySizes refuses ids and names too long to index; no real name comes near the limit.
// Errors: EINVALID.
func checkKeySizes(b *graph.Batch) error {
	if len(b.Document.ID)+len(b.Origin) > maxKeyBytes {
		return graph.Errorf(graph.EINVALID, "document %.40q…: the document id and origin are longer than %d bytes together", b.Document.ID, maxKeyBytes)
	}
	for _, e := range b.Entities {
		// Relationship ids join two entity ids, and the evidence index holds them.
		if len(e.ID) > maxKeyBytes/2 || len(e.Name) > maxKeyBytes/2 {
			return graph.Errorf(graph.EINVALID, "document %s: entity name %.40q… is longer than %d bytes", b.Document.ID, e.Name, maxKeyBytes/2)
		}
	}
	return nil
}
