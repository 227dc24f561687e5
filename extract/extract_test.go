package extract_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func mustExtract(tb testing.TB, text string) graph.Batch {
	tb.Helper()
	doc := graph.Document{ID: "test", Text: text, Hash: graph.ContentHash(text), Published: "2024-01-02"}
	b, err := mustExtractor(tb).Extract(context.Background(), doc)
	if err != nil {
		tb.Fatalf("Extract: %v", err)
	}
	if err := b.Validate(doc.Text); err != nil {
		tb.Fatalf("Validate: %v", err)
	}
	return b
}

func hasRelation(b graph.Batch, from string, t graph.RelType, to string) *graph.Relation {
	for i, r := range b.Relations {
		if r.From == from && r.Type == t && r.To == to {
			return &b.Relations[i]
		}
	}
	return nil
}

func hasEntity(b graph.Batch, id string) bool {
	return slices.ContainsFunc(b.Entities, func(e graph.Entity) bool { return e.ID == id })
}

// checkEntitiesAndRelations reports the entities of want that b lacks, those of not that it has, and the
// relationships of rels it lacks: the checks TestActors and the tests of actors' rows share.
func checkEntitiesAndRelations(t *testing.T, b graph.Batch, want, not []string, rels []rel) {
	t.Helper()
	for _, id := range want {
		if !hasEntity(b, id) {
			t.Errorf("want entity %s", id)
		}
	}
	for _, id := range not {
		if hasEntity(b, id) {
			t.Errorf("do not want entity %s", id)
		}
	}
	for _, w := range rels {
		if hasRelation(b, w.from, w.t, w.to) == nil {
			t.Errorf("want %s %s %s", w.from, w.t, w.to)
		}
	}
}

// TestSeedDoneWhen checks what the issue asks of the seed article, by name.
func TestSeedDoneWhen(t *testing.T) {
	var seed testDoc
	for _, td := range mustCorpus(t) {
		if strings.Contains(td.name, "kazakhstan-csto-intervention") {
			seed = td
		}
	}
	b, err := mustExtractor(t).Extract(context.Background(), seed.doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{
		"person:kassym-jomart-tokayev", "person:vladimir-putin", "person:alexander-lukashenko", "person:xi-jinping",
		"person:jen-psaki", "person:josep-borrell", "person:stanislav-zas",
		"state:kazakhstan", "state:russia", "state:china", "state:belarus", "state:united-states", "state:ukraine",
		"state:georgia", "state:moldova",
		"organization:collective-security-treaty-organization", "organization:north-atlantic-treaty-organization",
		"organization:european-union", "organization:white-house", "organization:chevron",
		"place:almaty", "place:zhanaozen", "place:aktau",
	} {
		if !hasEntity(b, id) {
			t.Errorf("entity %s not found", id)
		}
	}
	for _, want := range []struct {
		from string
		t    graph.RelType
		to   string
	}{
		{"person:kassym-jomart-tokayev", graph.RequestedHelpFrom, "organization:collective-security-treaty-organization"},
		{"organization:collective-security-treaty-organization", graph.DeployedForcesTo, "state:kazakhstan"},
		{"state:china", graph.Supports, "person:kassym-jomart-tokayev"},
		{"state:russia", graph.LeasesFrom, "state:kazakhstan"},
	} {
		r := hasRelation(b, want.from, want.t, want.to)
		if r == nil {
			t.Errorf("relation %s %s %s not found", want.from, want.t, want.to)
			continue
		}
		for _, ev := range r.Evidence {
			if ev.Text == "" || ev.Origin != graph.Extracted || ev.Rule == "" {
				t.Errorf("%s: evidence %+v lacks text, origin or rule", r.ID, ev)
			}
		}
	}
	if r := hasRelation(b, "organization:collective-security-treaty-organization", graph.DeployedForcesTo, "state:kazakhstan"); r != nil && r.Stance != graph.Cooperation {
		t.Errorf("troops sent at the host's request: stance %s, want cooperation", r.Stance)
	}
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name string
		text string
		want func(t *testing.T, b graph.Batch)
	}{
		{
			name: "headline without full stop is its own sentence",
			text: "Russia sends troops to Kazakhstan\n\nThe weather was calm on Friday.\n",
			want: func(t *testing.T, b graph.Batch) {
				r := hasRelation(b, "state:russia", graph.DeployedForcesTo, "state:kazakhstan")
				if r == nil || r.Evidence[0].Text != "Russia sends troops to Kazakhstan" {
					t.Errorf("want the headline alone as evidence, got %+v", r)
				}
			},
		},
		{
			name: "dateline and credit stay out of evidence",
			text: "Talks in Beijing\n\nMOSCOW — Russia leases a base in Kazakhstan, officials said. (Reuters)\n",
			want: func(t *testing.T, b graph.Batch) {
				r := hasRelation(b, "state:russia", graph.LeasesFrom, "state:kazakhstan")
				if r == nil {
					t.Fatal("LEASES_FROM not found")
				}
				if got := r.Evidence[0].Text; got != "Russia leases a base in Kazakhstan, officials said." {
					t.Errorf("evidence %q", got)
				}
				if hasEntity(b, "organization:reuters") {
					t.Error("a credit became an entity")
				}
				if !hasEntity(b, "place:moscow") {
					t.Error("the dateline's place is missing")
				}
			},
		},
		{
			name: "company named with a state is no mention of the state",
			text: "Chevron USA, the US energy giant, said output fell.",
			want: func(t *testing.T, b graph.Batch) {
				if hasRelation(b, "organization:chevron", graph.LocatedIn, "state:united-states") == nil {
					t.Error("want Chevron LOCATED_IN the United States from the apposition")
				}
			},
		},
		{
			name: "capital acting is its state and capital after a preposition is the city",
			text: "Moscow has deployed troops to Belarus. Protesters gathered in Moscow on Sunday.",
			want: func(t *testing.T, b graph.Batch) {
				if hasRelation(b, "state:russia", graph.DeployedForcesTo, "state:belarus") == nil {
					t.Error("want Russia DEPLOYED_FORCES_TO Belarus")
				}
				if !hasEntity(b, "place:moscow") {
					t.Error("want the city of Moscow as a place")
				}
			},
		},
		{
			name: "curly quotes keep offsets into the original text",
			text: "“We will help,” Kazakhstan’s president said. China’s leader Xi Jinping called Kassym-Jomart Tokayev on Friday.",
			want: func(t *testing.T, b graph.Batch) {
				r := hasRelation(b, "person:xi-jinping", graph.Called, "person:kassym-jomart-tokayev")
				if r == nil {
					t.Fatal("CALLED not found")
				}
				if got, want := r.Evidence[0].Text, "China’s leader Xi Jinping called Kassym-Jomart Tokayev on Friday."; got != want {
					t.Errorf("evidence %q, want %q", got, want)
				}
			},
		},
		{
			name: "caption repeating the body keeps the body sentence",
			text: "Russia sends troops\n\nRussia leases a site in Kazakhstan.\n\nRussia leases a site in Kazakhstan. (Reuters)\n",
			want: func(t *testing.T, b graph.Batch) {
				r := hasRelation(b, "state:russia", graph.LeasesFrom, "state:kazakhstan")
				if r == nil || len(r.Evidence) != 1 || r.Evidence[0].Start != len("Russia sends troops\n\n") {
					t.Errorf("want one piece of evidence, from the body, got %+v", r)
				}
			},
		},
		{
			name: "surname resolves to the full name",
			text: "President Kassym-Jomart Tokayev spoke on Friday. Tokayev asked the Collective Security Treaty Organization for help.",
			want: func(t *testing.T, b graph.Batch) {
				if hasRelation(b, "person:kassym-jomart-tokayev", graph.RequestedHelpFrom, "organization:collective-security-treaty-organization") == nil {
					t.Error("want Tokayev REQUESTED_HELP_FROM the CSTO")
				}
			},
		},
		{
			name: "empty text gives an empty batch",
			text: "",
			want: func(t *testing.T, b graph.Batch) {
				if len(b.Entities)+len(b.Relations) != 0 {
					t.Errorf("got %d entities, %d relations", len(b.Entities), len(b.Relations))
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.want(t, mustExtract(t, tt.text))
		})
	}
}

func TestExtractRejects(t *testing.T) {
	tests := []struct {
		name string
		text string
		code string
	}{
		{"invalid UTF-8 is EINVALID", "Russia \xff sends troops", graph.EINVALID},
		{"text over MaxText is ETOOLARGE", strings.Repeat("a ", 3<<20), graph.ETOOLARGE},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := graph.Document{ID: "bad", Text: tt.text}
			_, err := mustExtractor(t).Extract(context.Background(), doc)
			if graph.ErrorCode(err) != tt.code {
				t.Errorf("error %v, want code %s", err, tt.code)
			}
		})
	}
}

func TestExtractHonoursCancellation(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	text := strings.Repeat("Russia sends troops to Kazakhstan. ", 200)
	doc := graph.Document{ID: "c", Text: text, Hash: graph.ContentHash(text)}
	if _, err := mustExtractor(t).Extract(ctx, doc); err == nil {
		t.Error("want an error from a cancelled context")
	}
}
