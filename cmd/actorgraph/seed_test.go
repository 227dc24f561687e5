package main

import (
	"log/slog"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analyze"
	"github.com/actorgraph/actorgraph/store/boltstore"
)

// TestTheSeedGraphWithBothLayersStaysSane seeds a store as serve does, with the extractor's reading of the
// seed article and the curated overlay, and checks that the two layers name each actor once and that the
// blocs are still those of the curated graph.
func TestTheSeedGraphWithBothLayersStaysSane(t *testing.T) {
	store, err := boltstore.Open(filepath.Join(t.TempDir(), "seed.db"), boltstore.NoSync())
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	if err := seedIfEmpty(t.Context(), store, x, slog.New(slog.DiscardHandler)); err != nil {
		t.Fatal(err)
	}
	sg, err := store.Snapshot(t.Context(), graph.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	// One entity per actor: the extractor's "Almaty airport" is the overlay's Almaty International Airport.
	if _, ok := sg.Entity("place:almaty-airport"); ok {
		t.Error("place:almaty-airport is an entity of its own beside place:almaty-international-airport")
	}
	seen := map[string]string{}
	for _, e := range sg.Entities {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if prev, ok := seen[string(e.Kind)+":"+graph.Fold(n)]; ok && prev != e.ID {
				t.Errorf("%q names both %s and %s", n, prev, e.ID)
			}
			seen[string(e.Kind)+":"+graph.Fold(n)] = e.ID
		}
	}
	extracted, curated := 0, 0
	for _, r := range sg.Relations {
		if info, _ := r.Type.Info(); info.Symmetric && r.To < r.From {
			t.Errorf("%s: a symmetric relationship should run from the lower id, or the layers state it twice", r.ID)
		}
		for _, ev := range r.Evidence {
			if ev.Origin == graph.Extracted {
				extracted++
			} else {
				curated++
			}
		}
	}
	if extracted == 0 || curated == 0 {
		t.Errorf("%d extracted and %d curated sentences; want both layers", extracted, curated)
	}

	blocs, err := analyze.Blocs(t.Context(), sg, analyze.BlocOptions{})
	if err != nil {
		t.Fatal(err)
	}
	of := analyze.BlocOf(blocs)
	russia := of["state:russia"]
	for _, id := range []string{"state:belarus", "organization:collective-security-treaty-organization", "person:kassym-jomart-tokayev"} {
		if of[id] != russia {
			t.Errorf("%s is in bloc %d, Russia in bloc %d", id, of[id], russia)
		}
	}
	for _, id := range []string{"organization:european-union", "state:united-states"} {
		if of[id] == russia {
			t.Errorf("%s is in Russia's bloc %d", id, russia)
		}
	}
	if len(of) != len(sg.Entities) {
		t.Errorf("%d of the %d entities are in a bloc", len(of), len(sg.Entities))
	}
	if t.Failed() {
		for _, b := range blocs {
			t.Logf("bloc %d %s: %v", b.ID, b.Label, b.Members)
		}
	}
}
