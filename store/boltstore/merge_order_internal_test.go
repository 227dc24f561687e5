package boltstore

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/layer"
)

// TestNameFromTheFirstLayer ingests documents that spell one state's name three ways, some describing it,
// some from an overlay, in a random order, one to three a call, and re-ingests some of them later with
// another spelling: after every call the state's name is that of the layer that ranks first (overlays,
// then the earliest documents) and its description that of the first layer that gives one, as merging
// every layer at once gives. Most calls only add layers that rank after the name's, which the merge
// skips through (unmoved); the others must still move the name.
func TestNameFromTheFirstLayer(t *testing.T) {
	spellings := []string{"Republic of Kazakhstan", "REPUBLIC OF KAZAKHSTAN", "republic of Kazakhstan"}
	type version struct {
		doc, published, origin, name, description string
	}
	batch := func(v version) graph.Batch {
		kz := graph.NewEntity(graph.State, v.name)
		kz.Description = v.description
		ru := graph.NewEntity(graph.State, "Russia")
		text := "Russia backed " + v.name + "."
		b := graph.Batch{Origin: v.origin, Entities: []graph.Entity{kz, ru}, Relations: []graph.Relation{{From: ru.ID,
			To: kz.ID, Type: graph.Supports, Evidence: []graph.Evidence{{Document: v.doc, Text: text, Start: 0,
				End: len(text), Stance: graph.Cooperation, Origin: graph.Extracted, Confidence: 0.9}}}},
			Document: graph.Document{ID: v.doc, Title: v.doc, Source: "Test", Published: v.published,
				Hash: graph.ContentHash(text), Text: text}}
		if v.origin != graph.OriginText {
			b.Relations[0].Evidence[0].Origin = graph.Curated
		}
		return b
	}
	for seed := range uint64(8) {
		rng := rand.New(rand.NewPCG(seed, 9))
		var versions []version
		for i := range 40 {
			v := version{doc: fmt.Sprintf("d%02d", i), published: fmt.Sprintf("20%02d-01-01", 10+rng.IntN(10)),
				origin: graph.OriginText, name: spellings[rng.IntN(3)]}
			if rng.IntN(3) == 0 {
				v.description = fmt.Sprint("described by ", v.doc)
			}
			if rng.IntN(8) == 0 {
				v.origin = "overlay:x.yaml"
			}
			versions = append(versions, v)
		}
		// Some documents come again later, spelled another way and described otherwise.
		for range 10 {
			v := versions[rng.IntN(len(versions))]
			v.name, v.description = spellings[rng.IntN(3)], ""
			if rng.IntN(2) == 0 {
				v.description = "again " + v.doc
			}
			versions = append(versions, v)
		}
		s, err := Open(filepath.Join(t.TempDir(), fmt.Sprint(seed, ".db")), NoSync())
		if err != nil {
			t.Fatal(err)
		}
		stored := map[[2]string]version{} // by document and origin
		for i := 0; i < len(versions); {
			n := 1 + rng.IntN(3)
			var batches []graph.Batch
			for _, v := range versions[i:min(i+n, len(versions))] {
				batches = append(batches, batch(v))
				stored[[2]string{v.doc, v.origin}] = v
			}
			i += n
			if _, err := s.Ingest(t.Context(), batches...); err != nil {
				t.Fatal(err)
			}
			// The layers in rank order.
			var all []version
			for _, v := range stored {
				all = append(all, v)
			}
			order := func(v version) layer.Order { return layer.OrderOf(v.doc, v.published, v.origin) }
			slices.SortFunc(all, func(a, b version) int { return order(a).Compare(order(b)) })
			wantName, wantDesc := all[0].name, ""
			for _, v := range all {
				if v.description != "" {
					wantDesc = v.description
					break
				}
			}
			e, err := s.Entity(t.Context(), graph.EntityID(graph.State, spellings[0]))
			if err != nil {
				t.Fatal(err)
			}
			if e.Name != wantName || e.Description != wantDesc {
				t.Fatalf("seed %d, after %d versions: %q (%q), want %q (%q)", seed, i, e.Name, e.Description, wantName, wantDesc)
			}
		}
		s.Close()
	}
}
