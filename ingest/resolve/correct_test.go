package resolve_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
)

// TestCorrections ingests document a, then document b with an overlay correcting b's text layer, and checks
// what the store holds for b.
func TestCorrections(t *testing.T) {
	P, S, O, L := graph.Person, graph.State, graph.Organization, graph.Place
	x := fakeExtractor{
		"a": {ent(P, "Kassym-Jomart Tokayev"), ent(S, "Georgia"), ent(O, "Collective Security Treaty Organization")},
		"b": {ent(P, "Kasym-Jomart Tokayev"), ent(O, "CSTO"), ent(L, "Almaty airport"), ent(S, "Kazakhstan")},
	}
	// b's chain: kasym-jomart-tokayev → csto → almaty-airport → kazakhstan, each SUPPORTS.
	tests := []struct {
		name        string
		corrections string
		entities    []string // b's entity ids after resolution and corrections
		relations   []string // b's relation ids
		merges      []string
	}{
		{
			name:     "none",
			entities: []string{"organization:collective-security-treaty-organization", "person:kassym-jomart-tokayev", "place:almaty-airport", "state:kazakhstan"},
			relations: []string{
				"organization:collective-security-treaty-organization|SUPPORTS|place:almaty-airport",
				"person:kassym-jomart-tokayev|SUPPORTS|organization:collective-security-treaty-organization",
				"place:almaty-airport|SUPPORTS|state:kazakhstan"},
			merges: []string{"b: CSTO -> organization:collective-security-treaty-organization (acronym)", "b: Kasym-Jomart Tokayev -> person:kassym-jomart-tokayev (spelling)"},
		},
		{
			name:        "split into a new entity",
			corrections: "  - split: {alias: Kasym-Jomart Tokayev, from: person:kassym-jomart-tokayev, into_new: {name: Kasym Tokayev Jr, kind: person}}\n",
			entities:    []string{"organization:collective-security-treaty-organization", "person:kasym-tokayev-jr", "place:almaty-airport", "state:kazakhstan"},
			merges:      []string{"b: CSTO -> organization:collective-security-treaty-organization (acronym)", "b: Kasym-Jomart Tokayev -> person:kasym-tokayev-jr (overlay b.overlay.yaml:3)"},
		},
		{
			name:        "split back to the extractor's entity",
			corrections: "  - split:\n      alias: csto\n      from: organization:collective-security-treaty-organization\n",
			entities:    []string{"organization:csto", "person:kassym-jomart-tokayev", "place:almaty-airport", "state:kazakhstan"},
			merges:      []string{"b: Kasym-Jomart Tokayev -> person:kassym-jomart-tokayev (spelling)"},
		},
		{
			name:        "merge by name into a stored entity",
			corrections: "  - merge: {from: Almaty airport, into: state:georgia}\n",
			entities:    []string{"organization:collective-security-treaty-organization", "person:kassym-jomart-tokayev", "state:georgia", "state:kazakhstan"},
			merges: []string{"b: CSTO -> organization:collective-security-treaty-organization (acronym)",
				"b: Kasym-Jomart Tokayev -> person:kassym-jomart-tokayev (spelling)", "b: Almaty airport -> state:georgia (overlay b.overlay.yaml:3)"},
		},
		{
			name:        "merge into an entity of the same text drops the loop",
			corrections: "  - merge: {from: place:almaty-airport, into: state:kazakhstan}\n",
			relations: []string{
				"organization:collective-security-treaty-organization|SUPPORTS|state:kazakhstan",
				"person:kassym-jomart-tokayev|SUPPORTS|organization:collective-security-treaty-organization"},
		},
		{
			name:        "rename",
			corrections: "  - rename: {id: place:almaty-airport, name: Almaty International Airport}\n",
			entities:    []string{"organization:collective-security-treaty-organization", "person:kassym-jomart-tokayev", "place:almaty-international-airport", "state:kazakhstan"},
		},
		{
			name:        "drop an entity and its relationships",
			corrections: "  - drop_entity: place:almaty-airport\n",
			entities:    []string{"organization:collective-security-treaty-organization", "person:kassym-jomart-tokayev"},
			relations:   []string{"person:kassym-jomart-tokayev|SUPPORTS|organization:collective-security-treaty-organization"},
		},
		{
			name:        "drop a relationship by its resolved id",
			corrections: "  - drop_relation: place:almaty-airport|SUPPORTS|state:kazakhstan\n  - drop_relation: person:kassym-jomart-tokayev|SUPPORTS|organization:collective-security-treaty-organization\n",
			relations:   []string{"organization:collective-security-treaty-organization|SUPPORTS|place:almaty-airport"},
		},
		{
			name:        "drop a relationship by the extractor's id",
			corrections: "  - drop_relation: person:kasym-jomart-tokayev|SUPPORTS|organization:csto\n",
			relations: []string{
				"organization:collective-security-treaty-organization|SUPPORTS|place:almaty-airport",
				"place:almaty-airport|SUPPORTS|state:kazakhstan"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store := mustOpenStore(t)
			ingestAll(t, store, x, file("a.txt", ""))
			ov := "document: b\ncorrections:\n" + tt.corrections
			if tt.corrections == "" {
				ov = "document: b\n"
			}
			rep := ingestAll(t, store, x, file("b.txt", ""), file("b.overlay.yaml", ov))
			if rep.Failed > 0 {
				t.Fatal(rep.Err())
			}
			sg, err := store.Snapshot(t.Context(), graph.Filter{Documents: []string{"b"}})
			if err != nil {
				t.Fatal(err)
			}
			var rels []string
			used := map[string]bool{}
			for _, r := range sg.Relations {
				rels = append(rels, r.ID)
				used[r.From], used[r.To] = true, true
			}
			var ents []string
			for id := range used {
				ents = append(ents, id)
			}
			slices.Sort(ents)
			if tt.entities != nil && !slices.Equal(ents, tt.entities) {
				t.Errorf("entities of b:\n  %s\nwant:\n  %s", strings.Join(ents, "\n  "), strings.Join(tt.entities, "\n  "))
			}
			if tt.relations != nil && !slices.Equal(rels, tt.relations) {
				t.Errorf("relations of b:\n  %s\nwant:\n  %s", strings.Join(rels, "\n  "), strings.Join(tt.relations, "\n  "))
			}
			if got := merges(rep); tt.merges != nil && !slices.Equal(got, tt.merges) {
				t.Errorf("merges:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(tt.merges, "\n  "))
			}
		})
	}
}

func TestCorrectionsNamingNothingAreErrorsWithFileAndLine(t *testing.T) {
	x := fakeExtractor{"b": {ent(graph.Person, "Kasym-Jomart Tokayev"), ent(graph.State, "Kazakhstan")}}
	tests := []struct{ name, corrections, want string }{
		{"merge from nothing", "  - merge: {from: Nursultan Nazarbayev, into: state:kazakhstan}\n",
			`b.overlay.yaml:3: merge: the text of document b names no entity "Nursultan Nazarbayev"`},
		{"merge into nothing", "  - merge: {from: Kazakhstan, into: state:kazakh-republic}\n",
			`b.overlay.yaml:3: merge: unknown entity "state:kazakh-republic": it is not in the text of document b, in the overlays or in the store`},
		{"rename nothing", "  - drop_entity: state:kazakhstan\n  - rename: {id: state:kazakhstan, name: Qazaqstan}\n",
			`b.overlay.yaml:4: rename: the text of document b names no entity "state:kazakhstan"`},
		{"split what was not merged", "  - split: {alias: Tokayev, from: person:kassym-jomart-tokayev}\n",
			`b.overlay.yaml:3: split: no name "Tokayev" of the text of document b was merged into "person:kassym-jomart-tokayev"`},
		{"drop an unknown relationship", "  - drop_relation: state:kazakhstan|SUPPORTS|person:kasym-jomart-tokayev\n",
			`b.overlay.yaml:3: drop_relation: the text of document b states no relationship "state:kazakhstan|SUPPORTS|person:kasym-jomart-tokayev"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store := mustOpenStore(t)
			rep := ingestAll(t, store, x, file("b.txt", ""), file("b.overlay.yaml", "document: b\ncorrections:\n"+tt.corrections))
			if rep.Failed != 1 || !strings.Contains(rep.Documents[0].Error, tt.want) {
				t.Errorf("report %+v\nwant an error containing %q", rep.Documents, tt.want)
			}
			if st, _ := store.Stats(t.Context()); st.Documents != 0 {
				t.Errorf("the store holds %d documents, want none", st.Documents)
			}
		})
	}
}

func TestAnOverlayWithCorrectionsAloneReReadsTheStoredText(t *testing.T) {
	x := fakeExtractor{"b": {ent(graph.Person, "Kasym-Jomart Tokayev"), ent(graph.State, "Kazakhstan")}}
	store := mustOpenStore(t)
	ingestAll(t, store, x, file("b.txt", ""))
	rep := ingestAll(t, store, x, ingest.File{Name: "b.overlay.yaml", Data: []byte("document: b\ncorrections:\n  - rename: {id: person:kasym-jomart-tokayev, name: Kassym-Jomart Tokayev}\n")})
	if rep.Failed > 0 {
		t.Fatal(rep.Err())
	}
	if _, err := store.Entity(t.Context(), "person:kassym-jomart-tokayev"); err != nil {
		t.Error(err)
	}
	if _, err := store.Entity(t.Context(), "person:kasym-jomart-tokayev"); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("the old name is still an entity: %v", err)
	}
}
