package export

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Canonical returns a copy of sg in canonical order, which every encoder writes: entities by id, relations by
// id, each relation's evidence in graph.CompareEvidence order, documents by date and id, aliases by folded
// form. Exact duplicates are dropped, and of two entities, relations or documents with the same id the one
// that sorts first is kept, so the result does not depend on the order of the input. Empty slices are
// non-nil, so JSON shows [] rather than null. Focus keeps its order. sg is not modified.
func Canonical(sg graph.Subgraph) graph.Subgraph {
	out := graph.Subgraph{
		Focus:     slices.Clone(sg.Focus),
		Depth:     sg.Depth,
		Entities:  make([]graph.Entity, 0, len(sg.Entities)),
		Relations: make([]graph.Relation, 0, len(sg.Relations)),
		Documents: make([]graph.Document, 0, len(sg.Documents)),
	}
	if out.Focus == nil {
		out.Focus = []string{}
	}
	if len(sg.Omitted) > 0 {
		out.Omitted = maps.Clone(sg.Omitted)
	}
	if len(sg.Hidden) > 0 {
		out.Hidden = slices.Clone(sg.Hidden)
	}
	for _, e := range sg.Entities {
		e.Aliases = sortAliases(e.Aliases)
		out.Entities = append(out.Entities, e)
	}
	slices.SortFunc(out.Entities, compareEntities)
	out.Entities = slices.CompactFunc(out.Entities, func(a, b graph.Entity) bool { return a.ID == b.ID })

	for _, r := range sg.Relations {
		ev := slices.Clone(r.Evidence)
		slices.SortFunc(ev, compareEvidence)
		r.Evidence = slices.Compact(ev)
		if r.Evidence == nil {
			r.Evidence = []graph.Evidence{}
		}
		out.Relations = append(out.Relations, r)
	}
	slices.SortFunc(out.Relations, compareRelations)
	out.Relations = slices.CompactFunc(out.Relations, func(a, b graph.Relation) bool { return a.ID == b.ID })

	out.Documents = append(out.Documents, sg.Documents...)
	slices.SortFunc(out.Documents, compareDocuments)
	// Documents sort by date first, so two with the same id need not be neighbours.
	seen := make(map[string]bool, len(out.Documents))
	out.Documents = slices.DeleteFunc(out.Documents, func(d graph.Document) bool {
		dup := seen[d.ID]
		seen[d.ID] = true
		return dup
	})
	return out
}

// sortAliases orders aliases as graph.MergeAliases does (by folded form) but drops nothing but exact
// duplicates: an export shows the data as stored.
func sortAliases(aliases []string) []string {
	out := slices.Clone(aliases)
	if out == nil {
		return []string{}
	}
	slices.SortFunc(out, func(a, b string) int { return cmp.Or(cmp.Compare(graph.Fold(a), graph.Fold(b)), cmp.Compare(a, b)) })
	return slices.Compact(out)
}

func compareEntities(a, b graph.Entity) int {
	return cmp.Or(
		cmp.Compare(a.ID, b.ID), cmp.Compare(a.Name, b.Name), cmp.Compare(a.Kind, b.Kind),
		cmp.Compare(a.Description, b.Description), slices.Compare(a.Aliases, b.Aliases),
	)
}

// compareEvidence extends graph.CompareEvidence to a total order, so that two sentences it calls equal still
// come out in one order.
func compareEvidence(a, b graph.Evidence) int {
	return cmp.Or(
		graph.CompareEvidence(a, b), cmp.Compare(a.Text, b.Text), cmp.Compare(a.Stance, b.Stance),
		cmp.Compare(a.Confidence, b.Confidence),
	)
}

func compareRelations(a, b graph.Relation) int {
	return cmp.Or(
		cmp.Compare(a.ID, b.ID), cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To),
		cmp.Compare(a.Type, b.Type), cmp.Compare(a.Stance, b.Stance),
		slices.CompareFunc(a.Evidence, b.Evidence, compareEvidence),
	)
}

func compareDocuments(a, b graph.Document) int {
	return cmp.Or(
		cmp.Compare(a.Published, b.Published), cmp.Compare(a.ID, b.ID), cmp.Compare(a.Title, b.Title),
		cmp.Compare(a.Source, b.Source), cmp.Compare(a.URL, b.URL), cmp.Compare(a.Hash, b.Hash),
		strings.Compare(a.Text, b.Text),
	)
}
