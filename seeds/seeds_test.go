package seeds_test

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest/article"
	"github.com/actorgraph/actorgraph/ingest/overlay"
	"github.com/actorgraph/actorgraph/seeds"
)

const (
	articleFile = "2022-01-07-kazakhstan-csto-intervention.txt"
	overlayFile = "2022-01-07-kazakhstan-csto-intervention.overlay.yaml"
	// originalSHA256 is the hash of ../shared/seeds/000_010822ac285143c9.txt, the article as delivered.
	originalSHA256 = "dcb07928c7a871e13ab389efa1180f8562538fd0fa174703dd090305a5059a6a"
)

func seedBatch(t *testing.T) (graph.Document, graph.Batch) {
	t.Helper()
	data, err := seeds.FS.ReadFile(articleFile)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := article.Parse(articleFile, data)
	if err != nil {
		t.Fatal(err)
	}
	data, err = seeds.FS.ReadFile(overlayFile)
	if err != nil {
		t.Fatal(err)
	}
	o, err := overlay.Parse(overlayFile, data)
	if err != nil {
		t.Fatal(err)
	}
	b, err := o.Batch(doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	return doc, b
}

func TestSeedArticleIsTheOriginalText(t *testing.T) {
	doc, _ := seedBatch(t)
	sum := sha256.Sum256([]byte(doc.Text))
	if got := hex.EncodeToString(sum[:]); got != originalSHA256 {
		t.Errorf("body sha256 = %s, want the original's %s", got, originalSHA256)
	}
	if doc.ID != "2022-01-07-kazakhstan-csto-intervention" || doc.Published != "2022-01-07" ||
		doc.Title != "At least 26 protesters dead in Kazakhstan, as Russia-led intervention begins" {
		t.Errorf("front matter read as id %q, date %q, title %q", doc.ID, doc.Published, doc.Title)
	}
}

func TestEveryEvidenceQuoteIsInTheArticleAtItsOffsets(t *testing.T) {
	doc, b := seedBatch(t)
	n := 0
	for _, r := range b.Relations {
		for _, ev := range r.Evidence {
			got, ok := graph.Slice(doc.Text, ev.Start, ev.End)
			if !ok || got != ev.Text {
				t.Errorf("%s: characters %d..%d are %q, not the quote %q", r.ID, ev.Start, ev.End, got, ev.Text)
			}
			if strings.TrimSpace(ev.Text) != ev.Text || ev.Text == "" {
				t.Errorf("%s: quote %q has surrounding space", r.ID, ev.Text)
			}
			n++
		}
	}
	if n < 50 {
		t.Errorf("only %d evidence quotes; the curated overlay should state every relationship", n)
	}
	if err := b.Validate(doc.Text); err != nil {
		t.Errorf("the seed batch does not validate: %v", err)
	}
}

func TestSeedOverlayHasTheActorsAndRelationshipsTheArticleStates(t *testing.T) {
	_, b := seedBatch(t)
	ents := map[string]graph.Entity{}
	for _, e := range b.Entities {
		ents[e.ID] = e
	}
	for _, id := range []string{
		"person:kassym-jomart-tokayev", "person:vladimir-putin", "person:alexander-lukashenko", "person:stanislav-zas",
		"person:xi-jinping", "person:jen-psaki", "person:josep-borrell",
		"state:kazakhstan", "state:russia", "state:china", "state:belarus", "state:united-states",
		"organization:collective-security-treaty-organization", "organization:european-union", "organization:chevron",
		"organization:north-atlantic-treaty-organization", "place:almaty", "place:zhanaozen",
	} {
		if _, ok := ents[id]; !ok {
			t.Errorf("entity %s is missing", id)
		}
	}
	rels := map[string]graph.Relation{}
	for _, r := range b.Relations {
		rels[r.ID] = r
	}
	for _, want := range []struct {
		id     string
		stance graph.Stance
	}{
		{"person:kassym-jomart-tokayev|REQUESTED_HELP_FROM|organization:collective-security-treaty-organization", graph.Cooperation},
		{"organization:collective-security-treaty-organization|DEPLOYED_FORCES_TO|state:kazakhstan", graph.Cooperation},
		{"state:russia|LEADS|organization:collective-security-treaty-organization", graph.Structural},
		{"state:china|SUPPORTS|person:kassym-jomart-tokayev", graph.Cooperation},
		{"person:xi-jinping|CALLED|person:kassym-jomart-tokayev", graph.Cooperation},
		{"person:stanislav-zas|OFFICIAL_OF|organization:collective-security-treaty-organization", graph.Structural},
		{"person:josep-borrell|CRITICIZES|organization:collective-security-treaty-organization", graph.Conflict},
		{"organization:chevron|OWNS_STAKE_IN|place:tengiz-oil-field", graph.Structural},
	} {
		r, ok := rels[want.id]
		if !ok {
			t.Errorf("relationship %s is missing", want.id)
			continue
		}
		if r.Stance != want.stance {
			t.Errorf("%s: stance %s, want %s", want.id, r.Stance, want.stance)
		}
	}
	if _, ok := rels["organization:chevron|LOCATED_IN|state:united-states"]; !ok {
		t.Error(`"Chevron USA, the US energy giant" should place Chevron in the United States`)
	}
}
