package view

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analyze"
	"github.com/actorgraph/actorgraph/render"
)

// PathsBody is the JSON answer of Paths.
type PathsBody struct {
	From     string         `json:"from"`
	To       string         `json:"to"`
	Paths    []analyze.Path `json:"paths"`
	Subgraph graph.Subgraph `json:"subgraph"`
}

// Paths answers "how are these two actors connected?": the shortest paths between q.From and q.To, and the
// subgraph of the entities and relationships on them, each relationship with the evidence that passed the
// filter. Paths are kept in order while their entities fit maxNodes (0 means graph.DefaultMaxNodes); the
// entities of the paths left out are counted in the subgraph's Omitted. The drawing puts both ends in focus
// and draws the steps thick; with no path it shows the two ends and says so in the title.
//
// Errors: those of analyze.ShortestPaths (ENOTFOUND for an unknown end) and of the store.
func Paths(ctx context.Context, st graph.Store, q analyze.PathQuery, maxNodes int) (View, error) {
	paths, err := analyze.ShortestPaths(ctx, st, q)
	if err != nil {
		return View{}, err
	}
	if maxNodes <= 0 {
		maxNodes = graph.DefaultMaxNodes
	}
	// Keep whole paths while they fit.
	in := map[string]bool{q.From: true, q.To: true}
	var kept []analyze.Path
	omitted := map[graph.Kind]int{}
	counted := map[string]bool{}
	for _, p := range paths {
		var fresh []string
		for _, id := range p.Entities {
			if !in[id] && !slices.Contains(fresh, id) {
				fresh = append(fresh, id)
			}
		}
		if len(in)+len(fresh) > maxNodes {
			for _, id := range fresh {
				if !counted[id] {
					counted[id] = true
					omitted[kindOf(id)]++
				}
			}
			continue
		}
		for _, id := range fresh {
			in[id] = true
		}
		kept = append(kept, p)
	}
	for id := range counted {
		if in[id] {
			omitted[kindOf(id)]--
			if omitted[kindOf(id)] == 0 {
				delete(omitted, kindOf(id))
			}
		}
	}
	if kept == nil {
		kept = []analyze.Path{}
	}

	// The relationships of the steps, with their evidence as the search saw it.
	onPath := map[string]bool{}
	for _, p := range kept {
		for _, step := range p.Steps {
			for _, id := range step {
				onPath[id] = true
			}
		}
	}
	f := q.Filter
	f.Kinds, f.MaxNodes = nil, 0
	if q.CooperationOnly {
		f.Stances = []graph.Stance{graph.Cooperation}
	}
	ids := make([]string, 0, len(in))
	for id := range in {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var rels []graph.Relation
	if len(onPath) > 0 {
		adj, err := st.Adjacent(ctx, ids, f)
		if err != nil {
			return View{}, err
		}
		for _, r := range adj {
			if onPath[r.ID] {
				rels = append(rels, r)
			}
		}
	}
	sg, err := assemble(ctx, st, ids, rels)
	if err != nil {
		return View{}, err
	}
	sg.Focus = []string{q.From, q.To}
	if len(omitted) > 0 {
		sg.Omitted = omitted
	}

	marks := map[string]render.Mark{}
	for id := range onPath {
		marks[id] = render.MarkPath
	}
	from, to := name(sg, q.From), name(sg, q.To)
	maxLen := q.MaxLength
	if maxLen == 0 {
		maxLen = analyze.DefaultMaxLength
	}
	title := fmt.Sprintf("No path within %s from %s to %s", plural(maxLen, "step", "steps"), from, to)
	if len(kept) > 0 {
		title = fmt.Sprintf("%s to %s: %s of %s", from, to,
			plural(len(kept), "shortest path", "shortest paths"), plural(len(kept[0].Steps), "step", "steps"))
		if len(kept) < len(paths) {
			title += fmt.Sprintf(" (%d more not shown)", len(paths)-len(kept))
		}
	}
	if q.CooperationOnly {
		title += ", through cooperation only"
	}
	return View{
		Name:     "paths",
		Subgraph: sg,
		Body:     PathsBody{From: q.From, To: q.To, Paths: kept, Subgraph: sg},
		Drawing:  render.Options{Title: title, EdgeMarks: marks},
	}, nil
}

// maxDocumentFetches is the most documents assemble asks the store for one at a time.
const maxDocumentFetches = 16

// assemble builds a subgraph from entity ids and relationships read from the store: the entities, the
// relationships between them, and the documents their evidence cites (without text).
func assemble(ctx context.Context, st graph.Store, ids []string, rels []graph.Relation) (graph.Subgraph, error) {
	full := graph.Subgraph{Relations: rels}
	kept := map[string]bool{}
	for _, id := range ids {
		e, err := st.Entity(ctx, id)
		if err != nil {
			return graph.Subgraph{}, err
		}
		full.Entities = append(full.Entities, e)
		kept[id] = true
	}
	cited := map[string]bool{}
	for _, r := range rels {
		for _, ev := range r.Evidence {
			cited[ev.Document] = true
		}
	}
	// A few documents are cheaper fetched one by one (the text is dropped); many, in one list of all.
	if len(cited) > maxDocumentFetches {
		docs, err := st.Documents(ctx)
		if err != nil {
			return graph.Subgraph{}, err
		}
		full.Documents = docs
	} else {
		for id := range cited {
			d, err := st.Document(ctx, id)
			if graph.ErrorCode(err) == graph.ENOTFOUND {
				continue
			}
			if err != nil {
				return graph.Subgraph{}, err
			}
			d.Text = ""
			full.Documents = append(full.Documents, d)
		}
		slices.SortFunc(full.Documents, func(a, b graph.Document) int {
			return cmp.Or(cmp.Compare(a.Published, b.Published), cmp.Compare(a.ID, b.ID))
		})
	}
	return restrict(full, kept, nil, nil, 0, nil), nil
}
