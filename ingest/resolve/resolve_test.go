package resolve_test

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/ingest/resolve"
	"github.com/actorgraph/actorgraph/store/boltstore"
)

func mustOpenStore(tb testing.TB) *boltstore.Store {
	tb.Helper()
	s, err := boltstore.Open(filepath.Join(tb.TempDir(), "resolve.db"), boltstore.NoSync())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// fakeExtractor "finds" in each document the entities listed for it, related in a chain (each SUPPORTS the
// next), with the whole text as evidence: resolution is tested apart from what the real extractor reads.
type fakeExtractor map[string][]graph.Entity

func (f fakeExtractor) Extract(_ context.Context, d graph.Document) (graph.Batch, error) {
	b := graph.Batch{Document: d, Origin: graph.OriginText, Entities: f[d.ID]}
	ev := graph.Evidence{Document: d.ID, Text: d.Text, Start: 0, End: utf8.RuneCountInString(d.Text),
		Stance: graph.Cooperation, Origin: graph.Extracted, Rule: "fake", Confidence: 0.5}
	for i := 1; i < len(b.Entities); i++ {
		b.Relations = append(b.Relations, graph.Relation{From: b.Entities[i-1].ID, To: b.Entities[i].ID, Type: graph.Supports,
			Evidence: []graph.Evidence{ev}})
	}
	b.Normalize()
	return b, nil
}

// file is an article or overlay for the fake extractor; an article's text does not matter.
func file(name, data string) ingest.File {
	if data == "" {
		data = "Some news about " + strings.TrimSuffix(name, ".txt") + ".\n"
	}
	return ingest.File{Name: name, Data: []byte(data)}
}

func ingestAll(t *testing.T, store graph.Store, x fakeExtractor, files ...ingest.File) ingest.Report {
	t.Helper()
	in := ingest.Ingester{Store: store, Extractor: x}
	rep, err := in.Ingest(t.Context(), files)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// merges lists a report's merges as "document: alias -> into (rule)".
func merges(rep ingest.Report) []string {
	var out []string
	for _, d := range rep.Documents {
		for _, m := range d.Merges {
			out = append(out, m.Document+": "+m.Alias+" -> "+m.Into+" ("+m.Rule+")")
		}
	}
	return out
}

func TestResolveAcrossDocuments(t *testing.T) {
	P, S, O, L := graph.Person, graph.State, graph.Organization, graph.Place
	x := fakeExtractor{
		"a": {ent(P, "Kassym-Jomart Tokayev"), ent(O, "Collective Security Treaty Organization"), ent(L, "Almaty", "Alma-Ata"),
			ent(O, "Kazakh Ministry of Defence"), ent(P, "Mohammed bin Salman"), ent(S, "Georgia")},
		"b": {ent(P, "Kasym-Jomart Tokayev"), ent(O, "CSTO"), ent(L, "Alma-Ata"), ent(O, "Russian Ministry of Defence"),
			ent(P, "Abdulaziz bin Salman"), ent(P, "Georgia")},
		"c": {ent(P, "Tokayev"), ent(O, "Collective Security Treaty Organisation"), ent(O, "Kazakh Ministry of Defense")},
	}
	want := []string{
		"b: Alma-Ata -> place:almaty (alias)",
		"b: CSTO -> organization:collective-security-treaty-organization (acronym)",
		"b: Kasym-Jomart Tokayev -> person:kassym-jomart-tokayev (spelling)",
		"c: Collective Security Treaty Organisation -> organization:collective-security-treaty-organization (spelling)",
		"c: Kazakh Ministry of Defense -> organization:kazakh-ministry-of-defence (spelling)",
		"c: Tokayev -> person:kassym-jomart-tokayev (surname)",
	}
	check := func(t *testing.T, store graph.Store, got []string) {
		t.Helper()
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("merges:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
		}
		e, err := store.Entity(t.Context(), "person:kassym-jomart-tokayev")
		if err != nil || !slices.Contains(e.Aliases, "Kasym-Jomart Tokayev") || !slices.Contains(e.Aliases, "Tokayev") {
			t.Errorf("Tokayev = %+v, %v; want the variants as aliases", e, err)
		}
		// Different actors with similar names stay apart.
		for _, id := range []string{"organization:russian-ministry-of-defence", "person:abdulaziz-bin-salman", "person:georgia", "state:georgia"} {
			if _, err := store.Entity(t.Context(), id); err != nil {
				t.Errorf("%s: %v", id, err)
			}
		}
		st, _ := store.Stats(t.Context())
		if st.Entities != 9 {
			t.Errorf("%d entities, want 9", st.Entities)
		}
	}
	t.Run("in one run", func(t *testing.T) {
		store := mustOpenStore(t)
		rep := ingestAll(t, store, x, file("a.txt", ""), file("b.txt", ""), file("c.txt", ""))
		check(t, store, merges(rep))
	})
	t.Run("against the store", func(t *testing.T) {
		store := mustOpenStore(t)
		var got []string
		for _, name := range []string{"a.txt", "b.txt", "c.txt"} {
			got = append(got, merges(ingestAll(t, store, x, file(name, "")))...)
		}
		check(t, store, got)
		// Ingesting again merges the same way and changes nothing.
		rep := ingestAll(t, store, x, file("c.txt", ""), file("b.txt", ""))
		if !rep.Documents[0].Unchanged || !rep.Documents[1].Unchanged || len(merges(rep)) != 6 {
			t.Errorf("again: %+v", rep.Documents)
		}
	})
}

func TestAnAmbiguousNameMergesNothing(t *testing.T) {
	P, O := graph.Person, graph.Organization
	store := mustOpenStore(t)
	x := fakeExtractor{
		"a": {ent(P, "Raul Castro"), ent(P, "Fidel Castro"), ent(O, "African Union"), ent(O, "Arab Union")},
		"b": {ent(P, "Castro"), ent(O, "AU")},
	}
	rep := ingestAll(t, store, x, file("a.txt", ""), file("b.txt", ""))
	if m := merges(rep); len(m) != 0 {
		t.Errorf("merges %q, want none", m)
	}
}

func TestTheOverlaysNameWins(t *testing.T) {
	// The article is ingested before the overlay of another document names the actor: the overlay's entity
	// is still the one the text is merged into.
	store := mustOpenStore(t)
	x := fakeExtractor{"a": {ent(graph.Place, "Almaty airport"), ent(graph.State, "Kazakhstan")}, "b": nil}
	ov := "document: b\nentities:\n  - name: Almaty International Airport\n    kind: place\n    aliases: [Almaty airport]\n"
	rep := ingestAll(t, store, x, file("a.txt", ""), file("b.txt", ""), file("b.overlay.yaml", ov))
	want := []string{"a: Almaty airport -> place:almaty-international-airport (alias)"}
	if got := merges(rep); !slices.Equal(got, want) {
		t.Errorf("merges %q, want %q", got, want)
	}
	if _, err := store.Entity(t.Context(), "place:almaty-airport"); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("place:almaty-airport: %v, want not found", err)
	}
}

func TestResolveWithoutAStore(t *testing.T) {
	r := resolve.New(nil)
	r.Add(ent(graph.Organization, "Collective Security Treaty Organization"))
	x := fakeExtractor{"b": {ent(graph.Organization, "CSTO"), ent(graph.State, "Kazakhstan")}}
	doc := graph.Document{ID: "b", Title: "b", Text: "CSTO troops in Kazakhstan.", Hash: graph.ContentHash("CSTO troops in Kazakhstan.")}
	text, _ := x.Extract(t.Context(), doc)
	p, err := r.Resolve(t.Context(), text)
	if err != nil {
		t.Fatal(err)
	}
	b := p.Batch()
	if err := b.Validate(doc.Text); err != nil {
		t.Fatal(err)
	}
	if got := b.Relations[0].ID; got != "organization:collective-security-treaty-organization|SUPPORTS|state:kazakhstan" {
		t.Errorf("relation %s", got)
	}
	want := []resolve.Merge{{Into: "organization:collective-security-treaty-organization", Alias: "CSTO", Document: "b", From: "organization:csto", Rule: "acronym"}}
	if got := p.Merges(); !slices.Equal(got, want) {
		t.Errorf("merges %+v, want %+v", got, want)
	}
}

func TestResolveFindsTheOneAmongManyNamesakes(t *testing.T) {
	// More stored entities share the word "Kazakh" than one search returns: the variant is still found.
	var crowd []graph.Entity
	for _, w := range strings.Fields("Aviation Banking Customs Energy Fisheries Geology Health Industry Justice Labour Mining Nuclear Oil Ports Railway Sport Tax Tourism Water Youth Zoning Agriculture Border Culture Education Finance") {
		crowd = append(crowd, ent(graph.Organization, "Kazakh "+w+" Agency"), ent(graph.Organization, "Kazakh "+w+" Ministry"))
	}
	crowd = append(crowd, ent(graph.Organization, "Kazakh Ministry of Defence"))
	x := fakeExtractor{"a": crowd, "b": {ent(graph.Organization, "Kazakh Ministry of Defense"), ent(graph.State, "Kazakhstan")}}
	store := mustOpenStore(t)
	ingestAll(t, store, x, file("a.txt", ""))
	rep := ingestAll(t, store, x, file("b.txt", ""))
	want := []string{"b: Kazakh Ministry of Defense -> organization:kazakh-ministry-of-defence (spelling)"}
	if got := merges(rep); !slices.Equal(got, want) {
		t.Errorf("merges %q, want %q", got, want)
	}
}
