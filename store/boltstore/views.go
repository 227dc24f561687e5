package boltstore

import (
	"cmp"
	"context"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
)

// Snapshot returns every entity that passes the filter's kinds and every filtered relationship between
// them, without a node limit: what graph.Induce over every entity returns. It walks the relationship index
// once rather than every entity's adjacency, and sorts after releasing the read lock: at a million
// relationships it reads them all (seconds of CPU), so it looks at ctx every 4,096 relationships, and an
// ingest waits only for the walk. Errors: EINVALID for a bad filter; ETIMEOUT when ctx is done.
func (s *Store) Snapshot(ctx context.Context, f graph.Filter) (graph.Subgraph, error) {
	if err := f.Validate(); err != nil {
		return graph.Subgraph{}, err
	}
	sg := graph.Subgraph{Entities: []graph.Entity{}, Relations: []graph.Relation{}, Documents: []graph.Document{}}
	err := s.read(ctx, func(st *state) error {
		for _, es := range st.entities {
			if f.KeepsKind(es.entity.Kind) {
				sg.Entities = append(sg.Entities, cloneEntity(es.entity))
			}
		}
		cited := map[string]bool{}
		n := 0
		for rs := range st.allRelations() {
			if n++; n%4096 == 0 {
				if err := ctx.Err(); err != nil {
					return ctxError(err)
				}
			}
			if !f.KeepsKind(rs.from.entity.Kind) || !f.KeepsKind(rs.to.entity.Kind) {
				continue
			}
			r, ok := f.Apply(*st.relation(rs))
			if !ok {
				continue
			}
			sg.Relations = append(sg.Relations, cloneRelation(r))
			for _, ev := range r.Evidence {
				cited[ev.Document] = true
			}
		}
		for id := range cited {
			if ds := st.docs[id]; ds != nil {
				d := ds.doc
				d.Text = ""
				sg.Documents = append(sg.Documents, d)
			}
		}
		return nil
	})
	if err != nil {
		return graph.Subgraph{}, err
	}
	if err := ctx.Err(); err != nil {
		return graph.Subgraph{}, ctxError(err)
	}
	slices.SortFunc(sg.Entities, func(a, b graph.Entity) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(sg.Relations, func(a, b graph.Relation) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(sg.Documents, graph.CompareDocuments)
	return sg, nil
}

// Adjacent returns every filtered relationship that touches one of the entities (graph.Adjacent).
// Errors: EINVALID for a bad filter.
func (s *Store) Adjacent(ctx context.Context, ids []string, f graph.Filter) ([]graph.Relation, error) {
	var out []graph.Relation
	err := s.read(ctx, func(st *state) error {
		var err error
		if out, err = graph.Adjacent(ids, f, source{st}); err != nil {
			return err
		}
		for i := range out {
			out[i] = cloneRelation(out[i])
		}
		return nil
	})
	return out, err
}

// cloneSubgraph copies what a subgraph shares with the indexes, while the read lock is still held.
func cloneSubgraph(sg *graph.Subgraph) {
	for i := range sg.Entities {
		sg.Entities[i] = cloneEntity(sg.Entities[i])
	}
	for i := range sg.Relations {
		sg.Relations[i] = cloneRelation(sg.Relations[i])
	}
}

// RelationCounts returns how many relationships each entity takes part in: the length of its adjacency.
func (s *Store) RelationCounts(ctx context.Context, ids []string) ([]int, error) {
	out := make([]int, len(ids))
	err := s.read(ctx, func(st *state) error {
		for i, id := range ids {
			if es := st.entities[id]; es != nil {
				out[i] = len(es.adj)
			}
		}
		return nil
	})
	return out, err
}
