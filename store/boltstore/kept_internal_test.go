package boltstore

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/layer"
)

// TestKeptLayers ingests documents over a few actors and relationships in a random order, from the text and
// an overlay, and re-ingests some with other relationships, aliases, descriptions and dates: after every call
// each layer the planner reads from memory (keptLayer, which keeps only shared entity versions and the merged
// relations) equals field for field the layer in the file, decoded as Open decodes it, and the store lists
// the same origins. The first actor, given the same way by every document that names it, is one version in
// memory whatever the number of layers that name it.
func TestKeptLayers(t *testing.T) {
	sentences := []string{"Russia backed Kazakhstan.", " Kazakhstan met China.", " China warned Russia.",
		" Turkey joined them.", " Iran objected."}
	text := strings.Join(sentences, "")
	actors := []graph.Entity{graph.NewEntity(graph.State, "Russia"), graph.NewEntity(graph.State, "Kazakhstan"),
		graph.NewEntity(graph.State, "China"), graph.NewEntity(graph.State, "Turkey"), graph.NewEntity(graph.State, "Iran")}
	types := []graph.RelType{graph.Supports, graph.Opposes, graph.Borders}
	for seed := range uint64(6) {
		rng := rand.New(rand.NewPCG(seed, 17))
		batch := func(doc, origin, published string) graph.Batch {
			b := graph.Batch{Origin: origin, Document: graph.Document{ID: doc, Title: doc, Source: "Test",
				Published: published, Hash: graph.ContentHash(text), Text: text}}
			b.Entities = append(b.Entities, actors[0])
			for _, i := range rng.Perm(len(actors) - 1)[:1+rng.IntN(3)] {
				e := actors[1+i]
				if rng.IntN(3) == 0 {
					e.Aliases = []string{fmt.Sprint(e.Name, " ", doc)}
				}
				if rng.IntN(3) == 0 {
					e.Description = "described in " + doc
				}
				b.Entities = append(b.Entities, e)
			}
			for range 1 + rng.IntN(4) {
				from, to := b.Entities[rng.IntN(len(b.Entities))], b.Entities[rng.IntN(len(b.Entities))]
				if from.ID == to.ID {
					continue
				}
				k := rng.IntN(len(sentences))
				start := len(strings.Join(sentences[:k], ""))
				ev := graph.Evidence{Document: doc, Text: sentences[k], Start: start, End: start + len(sentences[k]),
					Stance: graph.Cooperation, Origin: graph.Extracted, Confidence: 0.5 + float64(k)/10}
				if origin != graph.OriginText {
					ev.Origin = graph.Curated
				}
				b.Relations = append(b.Relations, graph.Relation{From: from.ID, To: to.ID,
					Type: types[rng.IntN(len(types))], Evidence: []graph.Evidence{ev}})
			}
			return b
		}
		s, err := Open(filepath.Join(t.TempDir(), fmt.Sprint(seed, ".db")), NoSync())
		if err != nil {
			t.Fatal(err)
		}
		for call := range 30 {
			var batches []graph.Batch
			for range 1 + rng.IntN(3) {
				origin := graph.OriginText
				if rng.IntN(4) == 0 {
					origin = "overlay:x.yaml"
				}
				batches = append(batches, batch(fmt.Sprint("d", rng.IntN(12)), origin, fmt.Sprintf("2020-01-%02d", 1+rng.IntN(3))))
			}
			if _, err := s.Ingest(t.Context(), batches...); err != nil {
				t.Fatal(err)
			}
			s.writeMu.Lock()
			s.settle()
			checkKept(t, s, fmt.Sprintf("seed %d, call %d", seed, call))
			s.writeMu.Unlock()
		}
		s.Close()
	}
}

// checkKept compares the store's kept layers with the file's, and checks that the layers that give the
// first actor as every batch does share one version of it. Under writeMu, with no apply running.
func checkKept(t *testing.T, s *Store, at string) {
	t.Helper()
	h := held{s.st}
	var keys []layer.Key
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(layersBucket).ForEach(func(k, v []byte) error {
			doc, origin, err := splitLayerKey(k)
			if err != nil {
				return err
			}
			d, ok := h.Document(doc)
			if !ok {
				return fmt.Errorf("no document %s", doc)
			}
			want, err := decodeLayer(v, d)
			if err != nil {
				return err
			}
			key := layer.Key{Document: doc, Origin: origin}
			keys = append(keys, key)
			if got := h.Layer(key); got == nil || !got.Equal(want) {
				t.Errorf("%s: layer %s in memory\n%+v\nwant, as the file holds it,\n%+v", at, key, got, want)
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	versions := map[*graph.Entity]bool{}
	kept := 0
	for _, ds := range s.st.docs {
		origins := h.Origins(ds.id)
		kept += len(origins)
		for _, origin := range origins {
			if e := ds.slots[origin].kept.entity(graph.EntityID(graph.State, "Russia")); e != nil {
				versions[e] = true
			}
		}
	}
	if kept != len(keys) {
		t.Errorf("%s: %d layers kept, the file holds %d (%v)", at, kept, len(keys), keys)
	}
	if len(versions) != 1 {
		t.Errorf("%s: %d versions of the actor every layer gives alike, want 1", at, len(versions))
	}
}
