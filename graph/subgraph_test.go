package graph_test

import (
	"cmp"
	"fmt"
	"math"
	"reflect"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// mapSource is a Source over a fixed set of entities and relations.
type mapSource struct {
	ents map[string]graph.Entity
	rels []graph.Relation
}

func (m mapSource) Entity(id string) (graph.Entity, bool) { e, ok := m.ents[id]; return e, ok }
func (m mapSource) Document(id string) (graph.Document, bool) {
	return graph.Document{ID: id, Title: "Doc " + id, Published: "2022-01-0" + id[1:], Text: "x"}, true
}
func (m mapSource) Relations(id string) []graph.Relation {
	var out []graph.Relation
	for _, r := range m.rels {
		if r.From == id || r.To == id {
			out = append(out, r)
		}
	}
	return out
}

// star builds a hub "state:hub" with n spokes, each spoke with one leaf of its own.
func star(n int) mapSource {
	src := mapSource{ents: map[string]graph.Entity{}}
	add := func(k graph.Kind, name string) string {
		e := graph.NewEntity(k, name)
		src.ents[e.ID] = e
		return e.ID
	}
	hub := add(graph.State, "hub")
	for i := range n {
		kind := graph.Person
		if i%2 == 1 {
			kind = graph.Organization
		}
		spoke := add(kind, fmt.Sprintf("spoke %02d", i))
		leaf := add(graph.Place, fmt.Sprintf("leaf %02d", i))
		evidence := make([]graph.Evidence, 1+i%3) // spokes 2, 5, 8... have the most evidence
		for j := range evidence {
			evidence[j] = graph.Evidence{Document: fmt.Sprintf("d%d", 1+j), Published: fmt.Sprintf("2022-01-0%d", 1+j), Stance: graph.Cooperation, Start: j}
		}
		src.rels = append(src.rels,
			graph.Relation{ID: graph.RelationID(spoke, graph.Supports, hub), From: spoke, To: hub, Type: graph.Supports, Stance: graph.Cooperation, Evidence: evidence},
			graph.Relation{ID: graph.RelationID(leaf, graph.LocatedIn, spoke), From: leaf, To: spoke, Type: graph.LocatedIn, Stance: graph.Structural,
				Evidence: []graph.Evidence{{Document: "d1", Published: "2022-01-01", Stance: graph.Structural}}})
	}
	return src
}

func ids(sg graph.Subgraph) []string {
	var out []string
	for _, e := range sg.Entities {
		out = append(out, e.ID)
	}
	return out
}

func TestExpandDepth(t *testing.T) {
	src := star(3)
	sg, err := graph.Expand(graph.NeighborhoodQuery{Focus: []string{"state:hub"}, Depth: 1}, src)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"organization:spoke-01", "person:spoke-00", "person:spoke-02", "state:hub"}; !reflect.DeepEqual(ids(sg), want) {
		t.Errorf("depth 1 = %v, want %v", ids(sg), want)
	}
	if len(sg.Relations) != 3 {
		t.Errorf("depth 1 has %d relations, want the 3 spokes", len(sg.Relations))
	}
	if len(sg.Documents) != 3 || sg.Documents[0].ID != "d1" || sg.Documents[0].Text != "" {
		t.Errorf("documents = %+v, want d1..d3 without text", sg.Documents)
	}
	sg, _ = graph.Expand(graph.NeighborhoodQuery{Focus: []string{"state:hub"}, Depth: 2}, src)
	if len(sg.Entities) != 7 || len(sg.Relations) != 6 {
		t.Errorf("depth 2 = %d entities, %d relations; want 7 and 6", len(sg.Entities), len(sg.Relations))
	}
}

func TestExpandCapKeepsTheBestTiedAndCountsTheRest(t *testing.T) {
	src := star(10)
	sg, err := graph.Expand(graph.NeighborhoodQuery{Focus: []string{"state:hub"}, Depth: 2, Filter: graph.Filter{MaxNodes: 4}}, src)
	if err != nil {
		t.Fatal(err)
	}
	// Spokes with three pieces of evidence (2, 5, 8) are kept; the other 7 spokes are cut, no leaves reached.
	if want := []string{"organization:spoke-05", "person:spoke-02", "person:spoke-08", "state:hub"}; !reflect.DeepEqual(ids(sg), want) {
		t.Errorf("capped = %v, want %v", ids(sg), want)
	}
	if want := map[graph.Kind]int{graph.Person: 3, graph.Organization: 4}; !reflect.DeepEqual(sg.Omitted, want) {
		t.Errorf("omitted = %v, want %v", sg.Omitted, want)
	}
}

func TestExpandFilters(t *testing.T) {
	src := star(4)
	q := func(f graph.Filter) []string {
		t.Helper()
		sg, err := graph.Expand(graph.NeighborhoodQuery{Focus: []string{"state:hub"}, Depth: 2, Filter: f}, src)
		if err != nil {
			t.Fatal(err)
		}
		return ids(sg)
	}
	if got := q(graph.Filter{Kinds: []graph.Kind{graph.Organization}}); !reflect.DeepEqual(got, []string{"organization:spoke-01", "organization:spoke-03", "state:hub"}) {
		t.Errorf("kinds filter = %v", got)
	}
	if got := q(graph.Filter{Types: []graph.RelType{graph.LocatedIn}}); !reflect.DeepEqual(got, []string{"state:hub"}) {
		t.Errorf("types filter = %v, want only the focus", got)
	}
	if got := q(graph.Filter{MinEvidence: 2}); len(got) != 3 {
		t.Errorf("min evidence 2 = %v, want the hub and spokes 1 and 2", got)
	}
	if got := q(graph.Filter{From: "2022-01-03"}); len(got) != 2 || !slices.Contains(got, "person:spoke-02") {
		t.Errorf("date filter = %v, want the hub and spoke 2 (the only one cited on the 3rd)", got)
	}
	if got := q(graph.Filter{Documents: []string{"d2"}}); len(got) != 3 {
		t.Errorf("document filter = %v, want the hub and the two spokes cited in d2", got)
	}
	if got := q(graph.Filter{Stances: []graph.Stance{graph.Conflict}}); len(got) != 1 {
		t.Errorf("stance filter = %v, want only the focus", got)
	}
}

// TestApplyMinConfidence: a relationship passes when a sentence that passes the other evidence filters is
// at least as confident as asked, and it keeps only those sentences, its stance recomputed from them.
func TestApplyMinConfidence(t *testing.T) {
	ev := func(doc, published string, stance graph.Stance, origin string, confidence float64) graph.Evidence {
		return graph.Evidence{Document: doc, Published: published, Stance: stance, Origin: origin, Confidence: confidence, Start: len(doc), End: len(doc) + 5}
	}
	r := graph.Relation{ID: "state:a|SUPPORTS|state:b", From: "state:a", To: "state:b", Type: graph.Supports,
		Evidence: []graph.Evidence{
			ev("d1", "2022-01-01", graph.Cooperation, graph.Extracted, 0.55),
			ev("d2", "2022-01-02", graph.Conflict, graph.Extracted, 0.9),
			ev("d33", "2022-01-03", graph.Cooperation, graph.Curated, 1),
		}}
	r.Stance = graph.MergeStance(r.Evidence)
	tests := []struct {
		name       string
		f          graph.Filter
		pass       bool
		documents  []string
		wantStance graph.Stance
	}{
		{"no minimum keeps every sentence", graph.Filter{}, true, []string{"d1", "d2", "d33"}, graph.Cooperation},
		{"0.6 drops the sentence at 0.55", graph.Filter{MinConfidence: 0.6}, true, []string{"d2", "d33"}, graph.Cooperation},
		{"a minimum equal to a confidence keeps it", graph.Filter{MinConfidence: 0.9}, true, []string{"d2", "d33"}, graph.Cooperation},
		{"1 keeps the curated sentence only", graph.Filter{MinConfidence: 1}, true, []string{"d33"}, graph.Cooperation},
		{"with the dates, the stance is that of what is left", graph.Filter{MinConfidence: 0.6, To: "2022-01-02"}, true, []string{"d2"}, graph.Conflict},
		{"a confident sentence outside the documents does not count", graph.Filter{MinConfidence: 0.6, Documents: []string{"d1"}}, false, nil, ""},
		{"two sentences asked, one confident enough", graph.Filter{MinConfidence: 0.95, MinEvidence: 2}, false, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.f.Apply(r)
			if ok != tt.pass {
				t.Fatalf("Apply passes = %v, want %v", ok, tt.pass)
			}
			if !ok {
				return
			}
			var docs []string
			for _, e := range got.Evidence {
				docs = append(docs, e.Document)
			}
			if !slices.Equal(docs, tt.documents) || got.Stance != tt.wantStance {
				t.Errorf("kept %v with stance %s, want %v with %s", docs, got.Stance, tt.documents, tt.wantStance)
			}
		})
	}
	if len(r.Evidence) != 3 {
		t.Errorf("Apply changed the relation it was given: %d sentences left", len(r.Evidence))
	}
}

func TestExpandRejects(t *testing.T) {
	src := star(1)
	tests := map[string]struct {
		q    graph.NeighborhoodQuery
		code string
	}{
		"unknown focus":       {graph.NeighborhoodQuery{Focus: []string{"person:nobody"}, Depth: 1}, graph.ENOTFOUND},
		"no focus":            {graph.NeighborhoodQuery{Depth: 1}, graph.EINVALID},
		"depth 0":             {graph.NeighborhoodQuery{Focus: []string{"state:hub"}, Depth: 0}, graph.EINVALID},
		"depth 4":             {graph.NeighborhoodQuery{Focus: []string{"state:hub"}, Depth: 4}, graph.EINVALID},
		"huge cap":            {graph.NeighborhoodQuery{Focus: []string{"state:hub"}, Depth: 1, Filter: graph.Filter{MaxNodes: 10000}}, graph.EINVALID},
		"reversed":            {graph.NeighborhoodQuery{Focus: []string{"state:hub"}, Depth: 1, Filter: graph.Filter{From: "2023-01-01", To: "2022-01-01"}}, graph.EINVALID},
		"bad date":            {graph.NeighborhoodQuery{Focus: []string{"state:hub"}, Depth: 1, Filter: graph.Filter{From: "yesterday"}}, graph.EINVALID},
		"confidence over 1":   {graph.NeighborhoodQuery{Focus: []string{"state:hub"}, Depth: 1, Filter: graph.Filter{MinConfidence: 1.5}}, graph.EINVALID},
		"negative confidence": {graph.NeighborhoodQuery{Focus: []string{"state:hub"}, Depth: 1, Filter: graph.Filter{MinConfidence: -0.1}}, graph.EINVALID},
		"confidence NaN":      {graph.NeighborhoodQuery{Focus: []string{"state:hub"}, Depth: 1, Filter: graph.Filter{MinConfidence: math.NaN()}}, graph.EINVALID},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if _, err := graph.Expand(tt.q, src); graph.ErrorCode(err) != tt.code {
				t.Errorf("Expand = %v, want %s", err, tt.code)
			}
		})
	}
}

// clique is n states, every pair related, relation (i, j) stated in 1 + (i+j)%3 sentences.
func clique(n int) mapSource {
	src := mapSource{ents: map[string]graph.Entity{}}
	var all []string
	for i := range n {
		e := graph.NewEntity(graph.State, fmt.Sprintf("state %02d", i))
		src.ents[e.ID] = e
		all = append(all, e.ID)
	}
	for i := range n {
		for j := i + 1; j < n; j++ {
			ev := make([]graph.Evidence, 1+(i+j)%3)
			for k := range ev {
				ev[k] = graph.Evidence{Document: "d1", Published: "2022-01-01", Stance: graph.Cooperation, Start: 10 * k, End: 10*k + 5}
			}
			src.rels = append(src.rels, graph.Relation{ID: graph.RelationID(all[i], graph.Supports, all[j]), From: all[i], To: all[j],
				Type: graph.Supports, Stance: graph.Cooperation, Evidence: ev})
		}
	}
	return src
}

func TestExpandCapsRelationships(t *testing.T) {
	const n = 30 // 435 relationships, over the limit of 90
	src := clique(n)
	focus := graph.EntityID(graph.State, "state 00")
	sg, err := graph.Expand(graph.NeighborhoodQuery{Focus: []string{focus}, Depth: 1}, src)
	if err != nil {
		t.Fatal(err)
	}
	if limit := graph.MaxRelations(n); len(sg.Relations) != limit || sg.OmittedRelations != len(src.rels)-limit {
		t.Fatalf("%d relationships shown, %d omitted; want %d and %d", len(sg.Relations), sg.OmittedRelations, limit, len(src.rels)-limit)
	}
	if len(sg.Entities) != n {
		t.Errorf("%d entities, want all %d", len(sg.Entities), n)
	}
	if !slices.IsSortedFunc(sg.Relations, func(a, b graph.Relation) int { return cmp.Compare(a.ID, b.ID) }) {
		t.Error("relationships are not sorted by id")
	}
	kept, touching, weakest := map[string]bool{}, 0, 3
	for _, r := range sg.Relations {
		kept[r.ID] = true
		if r.From == focus || r.To == focus {
			touching++
		} else {
			weakest = min(weakest, r.Sentences())
		}
	}
	if touching != n-1 {
		t.Errorf("%d of the focus's %d relationships shown, want all", touching, n-1)
	}
	for _, r := range src.rels {
		if !kept[r.ID] && r.Sentences() > weakest {
			t.Errorf("%s (%d sentences) was cut while one with %d was kept", r.ID, r.Sentences(), weakest)
		}
	}
	// Under the limit nothing is cut.
	small, _ := graph.Expand(graph.NeighborhoodQuery{Focus: []string{focus}, Depth: 1}, clique(10))
	if len(small.Relations) != 45 || small.OmittedRelations != 0 {
		t.Errorf("10-clique: %d shown, %d omitted; want 45 and 0", len(small.Relations), small.OmittedRelations)
	}
}

func TestCapKeepsEveryEntityConnected(t *testing.T) {
	// A 25-clique focused on one member plus a chain hanging off a weak member: the chain's relationships are
	// the weakest, but each is the only tie of an entity, so all are kept.
	src := clique(25)
	prev := graph.EntityID(graph.State, "state 24")
	for i := range 20 {
		e := graph.NewEntity(graph.Place, fmt.Sprintf("place %02d", i))
		src.ents[e.ID] = e
		src.rels = append(src.rels, graph.Relation{ID: graph.RelationID(e.ID, graph.LocatedIn, prev), From: e.ID, To: prev,
			Type: graph.LocatedIn, Stance: graph.Structural, Evidence: []graph.Evidence{{Document: "d1", Published: "2022-01-01", Stance: graph.Structural}}})
		prev = e.ID
	}
	sg, err := graph.Expand(graph.NeighborhoodQuery{Focus: []string{graph.EntityID(graph.State, "state 00")}, Depth: 3, Filter: graph.Filter{MaxNodes: 100}}, src)
	if err != nil {
		t.Fatal(err)
	}
	if sg.OmittedRelations == 0 {
		t.Fatal("fixture: nothing was cut")
	}
	checkEveryEntityTied(t, sg)
}

// checkEveryEntityTied fails the test for each entity of sg that no relationship of sg touches.
func checkEveryEntityTied(t *testing.T, sg graph.Subgraph) {
	t.Helper()
	tied := map[string]bool{}
	for _, r := range sg.Relations {
		tied[r.From], tied[r.To] = true, true
	}
	for _, e := range sg.Entities {
		if !tied[e.ID] {
			t.Errorf("%s is shown with no relationship", e.ID)
		}
	}
}

// TestSimplerRelations: the simpler view of a 30-clique around one member keeps one relationship per
// entity, every entity still tied, the focus's first; what it cuts is added to what the cap cut before; the
// view it was made from is unchanged.
func TestSimplerRelations(t *testing.T) {
	const n = 30
	focus := graph.EntityID(graph.State, "state 00")
	sg, err := graph.Expand(graph.NeighborhoodQuery{Focus: []string{focus}, Depth: 1}, clique(n))
	if err != nil {
		t.Fatal(err)
	}
	before := slices.Clone(sg.Relations)
	simple := graph.SimplerRelations(sg)
	if len(simple.Relations) != n || simple.OmittedRelations != sg.OmittedRelations+len(sg.Relations)-n {
		t.Errorf("%d relationships, %d omitted; want %d and %d", len(simple.Relations), simple.OmittedRelations, n, sg.OmittedRelations+len(sg.Relations)-n)
	}
	checkEveryEntityTied(t, simple)
	if !slices.EqualFunc(sg.Relations, before, func(a, b graph.Relation) bool { return a.ID == b.ID }) {
		t.Error("the view simplified was changed")
	}
	if again := graph.SimplerRelations(simple); len(again.Relations) != len(simple.Relations) || again.OmittedRelations != simple.OmittedRelations {
		t.Error("a view already simple was cut again")
	}
}

// TestMaxRelationsKeepLayoutsBounded: 90 relationships up to 90 actors, then one per actor, never the one
// and a half per actor that made dot take 0.5-0.9 s of CPU at 150 actors and over 10 s at 200.
func TestMaxRelationsKeepLayoutsBounded(t *testing.T) {
	for _, tc := range []struct{ actors, want int }{{1, 90}, {20, 90}, {60, 90}, {90, 90}, {100, 100}, {150, 150}, {200, 200}, {500, 500}} {
		if got := graph.MaxRelations(tc.actors); got != tc.want {
			t.Errorf("MaxRelations(%d) = %d, want %d", tc.actors, got, tc.want)
		}
	}
}
