package analyze

import (
	"slices"

	"github.com/actorgraph/actorgraph/graph"
)

// index numbers the actors of a subgraph 0..n-1 in id order, so that node numbers, and everything computed
// over them, do not depend on the order the subgraph lists things in.
type index struct {
	ids []string
	of  map[string]int64
}

// newIndex indexes the subgraph's entities and the ends of its relations (a relation whose end is missing
// from Entities still counts: the analyses should not lose an edge to a sloppy caller).
func newIndex(sg graph.Subgraph) index {
	ids := make([]string, 0, len(sg.Entities))
	for _, e := range sg.Entities {
		ids = append(ids, e.ID)
	}
	for _, r := range sg.Relations {
		ids = append(ids, r.From, r.To)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	of := make(map[string]int64, len(ids))
	for i, id := range ids {
		of[id] = int64(i)
	}
	return index{ids: ids, of: of}
}
