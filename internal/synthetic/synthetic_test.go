package synthetic_test

import (
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/synthetic"
	"github.com/actorgraph/actorgraph/store/boltstore"
)

func TestTheSameConfigMakesTheSameCorpus(t *testing.T) {
	cfg := synthetic.Config{Relations: 2_000, Seed: 7}
	a, b := synthetic.New(cfg).All(), synthetic.New(cfg).All()
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two corpora from one config differ")
	}
	c := synthetic.New(synthetic.Config{Relations: 2_000, Seed: 8}).All()
	if reflect.DeepEqual(a, c) {
		t.Fatal("another seed made the same corpus")
	}
}

func TestCorpusIsValidAndHasTheRelationsAskedFor(t *testing.T) {
	const relations = 10_000
	corpus := synthetic.New(synthetic.Config{Relations: relations, Seed: 1})
	batches := corpus.All()
	if len(batches) != corpus.Documents() || len(batches) != relations/50 {
		t.Fatalf("%d batches, Documents says %d, want %d", len(batches), corpus.Documents(), relations/50)
	}
	distinct := map[string]bool{}
	ends := make([]int, corpus.Entities())
	index := map[string]int{}
	for i := range corpus.Entities() {
		index[corpus.Entity(i).ID] = i
	}
	evidence := 0
	for i, b := range batches {
		if err := b.Validate(b.Document.Text); err != nil {
			t.Fatalf("batch %d: %v", i, err)
		}
		if i > 0 && b.Document.Published < batches[i-1].Document.Published {
			t.Fatalf("document %d is dated before document %d", i, i-1)
		}
		for _, r := range b.Relations {
			if !distinct[r.ID] {
				distinct[r.ID] = true
				ends[index[r.From]]++
				ends[index[r.To]]++
			}
			evidence += len(r.Evidence)
		}
	}
	if len(distinct) != relations {
		t.Fatalf("%d distinct relationships, want %d", len(distinct), relations)
	}
	if evidence < relations*105/100 {
		t.Errorf("%d pieces of evidence for %d relationships: no document cites an earlier one", evidence, relations)
	}
	// Degree skew: a few hubs take a large share, most actors a handful.
	sorted := slices.Clone(ends)
	slices.Sort(sorted)
	slices.Reverse(sorted)
	top1 := 0
	for _, n := range sorted[:len(sorted)/100] {
		top1 += n
	}
	if share := float64(top1) / float64(2*relations); share < 0.10 {
		t.Errorf("the top 1%% of actors hold %.0f%% of the ends, want a hub-heavy corpus (≥ 10%%)", share*100)
	}
	if median := sorted[len(sorted)/2]; median > 20 || sorted[0] < 50*max(median, 1) {
		t.Errorf("the median actor is in %d relationships and the busiest in %d, want a long tail of quiet actors and hubs", median, sorted[0])
	}
	if k := corpus.Entity(0).Kind; k != graph.State && k != graph.Organization {
		t.Errorf("the busiest hub is a %s, want a state or an organisation", k)
	}

	store, err := boltstore.Open(filepath.Join(t.TempDir(), "synth.db"), boltstore.NoSync())
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	if _, err := store.Ingest(t.Context(), batches...); err != nil {
		t.Fatal(err)
	}
	st, err := store.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if st.Relations != relations || st.Documents != len(batches) || st.Evidence != evidence {
		t.Errorf("store holds %+v, want %d relations, %d documents, %d evidence", st, relations, len(batches), evidence)
	}
}

func TestAliasesShortenEveryNthName(t *testing.T) {
	plain := synthetic.New(synthetic.Config{Relations: 5_000, Entities: 2_000})
	c := synthetic.New(synthetic.Config{Relations: 5_000, Entities: 2_000, Aliases: 5})
	if got := plain.Entity(1280).Aliases; len(got) != 0 {
		t.Errorf("without Aliases, actor 1280 has aliases %q", got)
	}
	tests := []struct {
		i    int
		name string
		want []string
	}{
		{1280, "Kaka Sa", []string{"K. Sa"}},
		{1281, "Roka Sa", nil}, // not a fifth
		{5, "Sa", nil},         // one word
	}
	for _, tt := range tests {
		e := c.Entity(tt.i)
		if e.Name != tt.name || !slices.Equal(e.Aliases, tt.want) {
			t.Errorf("actor %d = %q %q, want %q %q", tt.i, e.Name, e.Aliases, tt.name, tt.want)
		}
	}
}
