package graph

import (
	"cmp"
	"slices"
)

// Induce returns the subgraph of the given entities: those that pass the filter's kinds, every filtered
// relationship between two of them, and the documents cited. The node limit does not apply: it is for
// analysis (blocs, centrality) and for drawing a chosen set such as the actors on a path.
// Errors: EINVALID for a bad filter; ENOTFOUND for an unknown id.
func Induce(ids []string, f Filter, src Source) (Subgraph, error) {
	if err := f.Validate(); err != nil {
		return Subgraph{}, err
	}
	in := make(map[string]Entity, len(ids))
	for _, id := range ids {
		e, ok := src.Entity(id)
		if !ok {
			return Subgraph{}, Errorf(ENOTFOUND, "no entity with id %q", Clip(id))
		}
		if f.KeepsKind(e.Kind) {
			in[id] = e
		}
	}
	return collect(NeighborhoodQuery{Filter: f}, in, nil, src), nil
}

// Adjacent returns every relationship that touches one of the entities and passes the filter (evidence
// filtered, stance recomputed), each once, sorted by id. Entities of kinds the filter drops are not
// reached. Unknown ids have no relationships. Path finding walks the graph with it, a frontier at a time.
func Adjacent(ids []string, f Filter, src Source) ([]Relation, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	out := []Relation{}
	ls, _ := src.(LinkSource)
	for _, id := range ids {
		adj := links(src, id)
		for i := range adj {
			r, other := relation(ls, &adj[i]), adj[i].Other
			if seen[r.ID] {
				continue
			}
			seen[r.ID] = true
			if len(f.Kinds) > 0 {
				if e, ok := src.Entity(other); !ok || !f.KeepsKind(e.Kind) {
					continue
				}
			}
			if r, ok := f.Apply(*r); ok {
				out = append(out, r)
			}
		}
	}
	slices.SortFunc(out, func(a, b Relation) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}
