package graphtest

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func testIngest(t *testing.T, open func(t *testing.T) graph.Store) {
	t.Run("first ingest reports what the store held before and after", func(t *testing.T) {
		s := newStore(t, open)
		res := mustIngest(t, s, corpus()...)
		if res.Before != (graph.Stats{}) || res.After != corpusStats || len(res.Unchanged) != 0 {
			t.Errorf("got %+v, want before {} and after %+v with nothing unchanged", res, corpusStats)
		}
		if got := mustStats(t, s); got != corpusStats {
			t.Errorf("Stats = %+v, want %+v", got, corpusStats)
		}
	})

	t.Run("ingesting the same batches again changes nothing and lists them as unchanged", func(t *testing.T) {
		s := newCorpusStore(t, open, true)
		before := mustStats(t, s)
		res := mustIngest(t, s, append(corpus(), troopsOverlay())...)
		want := []string{unrestID + " text", troopsID + " text", hostileID + " text", troopsID + " " + overlayOrigin}
		if res.Before != before || res.After != before || !slices.Equal(res.Unchanged, want) {
			t.Errorf("got %+v, want before = after = %+v and unchanged %q", res, before, want)
		}
	})

	t.Run("only the batches that differ are missing from unchanged", func(t *testing.T) {
		s := newCorpusStore(t, open, false)
		res := mustIngest(t, s, unrestText(), without(troopsText(), supports, xiID))
		if want := []string{unrestID + " text"}; !slices.Equal(res.Unchanged, want) {
			t.Errorf("unchanged = %q, want %q", res.Unchanged, want)
		}
		if res.After.Relations != corpusStats.Relations-1 {
			t.Errorf("after = %+v, want one relation fewer than %+v", res.After, corpusStats)
		}
	})

	t.Run("a claim is read back as the claim of its claimant", func(t *testing.T) {
		s := newStore(t, open)
		d := newDocument("claims", "Claims", "2022-01-08", "Kyiv said Iran supplied drones to Russia. Iran allegedly armed Russia.")
		iran, russia, ukraine := graph.NewEntity(graph.State, "Iran"), graph.NewEntity(graph.State, "Russia"), graph.NewEntity(graph.State, "Ukraine", "Kyiv")
		said, alleged := quote(d, "Kyiv said Iran supplied drones to Russia.", graph.Cooperation), quote(d, "Iran allegedly armed Russia.", graph.Cooperation)
		said.Claim, alleged.Claim = ukraine.ID, graph.ClaimUnattributed
		mustIngest(t, s, graph.Batch{Document: d, Origin: graph.OriginText, Entities: []graph.Entity{iran, russia, ukraine},
			Relations: []graph.Relation{rel(iran.ID, graph.Supports, russia.ID, said, alleged)}})
		r := mustRelation(t, s, graph.RelationID(iran.ID, graph.Supports, russia.ID))
		var claims []string
		for _, ev := range r.Evidence {
			claims = append(claims, ev.Claim)
		}
		if want := []string{ukraine.ID, graph.ClaimUnattributed}; !slices.Equal(claims, want) {
			t.Errorf("claims of the evidence = %q, want %q", claims, want)
		}
	})

	t.Run("no batches change nothing", func(t *testing.T) {
		s := newCorpusStore(t, open, false)
		res := mustIngest(t, s)
		if res.Before != corpusStats || res.After != corpusStats {
			t.Errorf("got %+v, want before = after = %+v", res, corpusStats)
		}
	})

	t.Run("a text layer and an overlay layer of one document both count", func(t *testing.T) {
		s := newCorpusStore(t, open, true)
		r := mustRelation(t, s, deployed)
		var origins []string
		for _, ev := range r.Evidence {
			if ev.Document == troopsID {
				origins = append(origins, ev.Origin)
			}
		}
		if want := []string{graph.Curated, graph.Extracted}; !slices.Equal(origins, want) {
			t.Errorf("evidence of %s from %s has origins %q, want %q", deployed, troopsID, origins, want)
		}
		// Re-ingesting the text layer leaves the overlay's evidence alone, and the other way round.
		mustIngest(t, s, without(troopsText(), deployed))
		r = mustRelation(t, s, deployed)
		if got := evidenceOrigins(r, troopsID); !slices.Equal(got, []string{graph.Curated}) {
			t.Errorf("after the text layer dropped it, %s has evidence %q from %s, want only the curated one", deployed, got, troopsID)
		}
		overlay := troopsOverlay()
		overlay.Relations = nil
		mustIngest(t, s, overlay, troopsText())
		r = mustRelation(t, s, deployed)
		if got := evidenceOrigins(r, troopsID); !slices.Equal(got, []string{graph.Extracted}) {
			t.Errorf("after the overlay dropped it, %s has evidence %q from %s, want only the extracted one", deployed, got, troopsID)
		}
	})

	t.Run("a layer ingested with fewer relations loses exactly those", func(t *testing.T) {
		s := newCorpusStore(t, open, true)
		res := mustIngest(t, s, without(troopsText(), supports, called))
		want := corpusStats
		want.Relations, want.Evidence = want.Relations-2, want.Evidence+1-2
		if res.After != want {
			t.Errorf("after = %+v, want %+v", res.After, want)
		}
		for _, id := range []string{supports, called} {
			if _, ok := relation(t, s, id); ok {
				t.Errorf("relation %s is still there", id)
			}
		}
		for _, id := range []string{askedHelp, leadsKZ, leadsCSTO, almatyIn, deployed, leadsRU, criticizes} {
			if _, ok := relation(t, s, id); !ok {
				t.Errorf("relation %s is gone", id)
			}
		}
		// Xi Jinping is still in the layer, without relations.
		if got := mustEntity(t, s, xiID); got.Name != "Xi Jinping" {
			t.Errorf("Entity(%s) = %+v", xiID, got)
		}
	})

	t.Run("entities and relations that no layer mentions any more disappear", func(t *testing.T) {
		s := newCorpusStore(t, open, false)
		mustIngest(t, s, without(troopsText(), supports, xiID, leadsCSTO))
		_, err := s.Entity(t.Context(), xiID)
		wantCode(t, err, graph.ENOTFOUND)
		if found := mustSearch(t, s, "Xi Jinping", 10); len(found) != 0 {
			t.Errorf("Search(Xi Jinping) = %v, want nothing", entityIDs(found))
		}
		// Still stated by the first article.
		if r := mustRelation(t, s, leadsCSTO); len(r.Evidence) != 1 || r.Evidence[0].Document != unrestID {
			t.Errorf("%s has evidence %+v, want only that of %s", leadsCSTO, r.Evidence, unrestID)
		}
		mustIngest(t, s, without(unrestText(), leadsCSTO))
		if _, ok := relation(t, s, leadsCSTO); ok {
			t.Errorf("relation %s is still there", leadsCSTO)
		}
		want := corpusStats
		want.Entities, want.Relations, want.Evidence = want.Entities-1, want.Relations-2, want.Evidence-3
		if got := mustStats(t, s); got != want {
			t.Errorf("Stats = %+v, want %+v", got, want)
		}
	})

	t.Run("aliases and evidence from several documents merge", func(t *testing.T) {
		s := newCorpusStore(t, open, false)
		got := mustEntity(t, s, tokayevID)
		want := graph.Entity{ID: tokayevID, Name: "Kassym-Jomart Tokayev", Kind: graph.Person,
			Aliases: []string{"Tokayev", "Касым-Жомарт Токаев"}, Description: "President of Kazakhstan"}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Entity = %+v, want %+v", got, want)
		}
		r := mustRelation(t, s, leadsCSTO)
		var docs []string
		for _, ev := range r.Evidence {
			docs = append(docs, ev.Document)
		}
		if !slices.Equal(docs, []string{unrestID, troopsID}) {
			t.Errorf("%s cites %q, want both articles in date order", leadsCSTO, docs)
		}
	})

	t.Run("an analyst's name and description beat the extractor's until the overlay drops them", func(t *testing.T) {
		s := newCorpusStore(t, open, false)
		overlay := troopsOverlay()
		overlay.Entities = append(overlay.Entities, entity(graph.Person, "Kassym-Jomart Tokáyev", "President since 2019"))
		mustIngest(t, s, overlay)
		if got := mustEntity(t, s, tokayevID); got.Name != "Kassym-Jomart Tokáyev" || got.Description != "President since 2019" {
			t.Errorf("Entity = %+v, want the overlay's name and description", got)
		}
		if got := mustEntity(t, s, kazakhstanID).Description; got != "Central Asian state" {
			t.Errorf("description of %s = %q, want the overlay's", kazakhstanID, got)
		}
		mustIngest(t, s, troopsOverlay())
		if got := mustEntity(t, s, tokayevID); got.Name != "Kassym-Jomart Tokayev" || got.Description != "President of Kazakhstan" {
			t.Errorf("Entity = %+v, want the first article's name and description back", got)
		}
	})

	t.Run("a layer ingested again with a new name and description shows them", func(t *testing.T) {
		s := newCorpusStore(t, open, false)
		b := unrestText()
		b.Entities[0].Name, b.Entities[0].Description = "Kassym-Jomart Tokáyev", "Head of state"
		mustIngest(t, s, b)
		if got := mustEntity(t, s, tokayevID); got.Name != "Kassym-Jomart Tokáyev" || got.Description != "Head of state" {
			t.Errorf("Entity = %+v, want the new name and description", got)
		}
		if found := mustSearch(t, s, "head of state", 10); len(found) != 0 {
			t.Errorf("Search(head of state) = %v: descriptions are not searched", entityIDs(found))
		}
	})

	t.Run("the earliest article names an entity and a later one takes over when it drops it", func(t *testing.T) {
		s := newStore(t, open)
		later := troopsText()
		later.Entities[3].Name = "KASSYM-JOMART TOKAYEV" // as a headline would write it
		mustIngest(t, s, later, unrestText())
		if got := mustEntity(t, s, tokayevID); got.Name != "Kassym-Jomart Tokayev" || got.Description != "President of Kazakhstan" {
			t.Errorf("Entity = %+v, want the earlier article's name and description", got)
		}
		mustIngest(t, s, without(unrestText(), tokayevID, askedHelp, leadsKZ))
		if got := mustEntity(t, s, tokayevID); got.Name != "KASSYM-JOMART TOKAYEV" || got.Description != "Kazakh president" {
			t.Errorf("Entity = %+v, want the later article's name and description", got)
		}
		b := unrestText()
		b.Document.Published = "2022-01-09" // now the later of the two
		mustIngest(t, s, b)
		if got := mustEntity(t, s, tokayevID); got.Name != "KASSYM-JOMART TOKAYEV" {
			t.Errorf("Entity = %+v, want the name of the article now earliest", got)
		}
		b.Document.Published = "2022-01-05"
		mustIngest(t, s, b)
		if got := mustEntity(t, s, tokayevID); got.Name != "Kassym-Jomart Tokayev" {
			t.Errorf("Entity = %+v, want the name of the article earliest again", got)
		}
	})

	t.Run("several batches in one call are stored all or none", func(t *testing.T) {
		s := newStore(t, open)
		bad := troopsText()
		bad.Relations[0].Evidence[0].Start++
		_, err := s.Ingest(t.Context(), unrestText(), bad, hostileText())
		wantCode(t, err, graph.EINVALID)
		if got := mustStats(t, s); got != (graph.Stats{}) {
			t.Errorf("Stats = %+v, want an empty store", got)
		}
		_, err = s.Document(t.Context(), unrestID)
		wantCode(t, err, graph.ENOTFOUND)

		mustIngest(t, s, corpus()...)
		_, err = s.Ingest(t.Context(), without(unrestText(), askedHelp), troopsOverlay(), bad)
		wantCode(t, err, graph.EINVALID)
		if got := mustStats(t, s); got != corpusStats {
			t.Errorf("Stats = %+v, want %+v as before the failed call", got, corpusStats)
		}
		if _, ok := relation(t, s, askedHelp); !ok {
			t.Errorf("relation %s is gone although its call failed", askedHelp)
		}
	})

	t.Run("a batch that is not valid is refused", func(t *testing.T) {
		for _, tc := range []struct {
			name   string
			change func(b *graph.Batch)
		}{
			{"an unknown origin", func(b *graph.Batch) { b.Origin = "gossip" }},
			{"an overlay origin without a name", func(b *graph.Batch) { b.Origin = graph.OriginOverlay }},
			{"no document id", func(b *graph.Batch) { b.Document.ID = "" }},
			{"a hash that does not match the text", func(b *graph.Batch) { b.Document.Hash = graph.ContentHash("other") }},
			{"a date that is not a date", func(b *graph.Batch) { b.Document.Published = "5 Jan 2022" }},
			{"an entity id that is not derived from its name", func(b *graph.Batch) { b.Entities[0].ID = "person:someone-else" }},
			{"a relation to an entity outside the batch", func(b *graph.Batch) { b.Entities = b.Entities[1:] }},
			{"an unknown relation type", func(b *graph.Batch) { b.Relations[0].Type = "LIKES" }},
			{"evidence that is not at its offsets", func(b *graph.Batch) { b.Relations[0].Evidence[0].End-- }},
			{"evidence of another document", func(b *graph.Batch) { b.Relations[0].Evidence[0].Document = troopsID }},
			{"a relation without evidence", func(b *graph.Batch) { b.Relations[0].Evidence = nil }},
			{"a name over 200 characters", func(b *graph.Batch) {
				b.Entities = append(b.Entities, graph.NewEntity(graph.Person, strings.Repeat("x", graph.MaxNameLength+1)))
			}},
			{"an alias over 200 characters", func(b *graph.Batch) {
				b.Entities[0].Aliases = append(b.Entities[0].Aliases, strings.Repeat("x", graph.MaxNameLength+1))
			}},
			{"more than 50 aliases", func(b *graph.Batch) {
				for i := range graph.MaxAliases + 1 {
					b.Entities[0].Aliases = append(b.Entities[0].Aliases, fmt.Sprint("alias ", i))
				}
			}},
			{"a description over 2,000 characters", func(b *graph.Batch) {
				b.Entities[0].Description = strings.Repeat("x", graph.MaxDescriptionLength+1)
			}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				s := newStore(t, open)
				b := unrestText()
				tc.change(&b)
				_, err := s.Ingest(t.Context(), b)
				wantCode(t, err, graph.EINVALID)
				if got := mustStats(t, s); got != (graph.Stats{}) {
					t.Errorf("Stats = %+v, want an empty store", got)
				}
			})
		}
	})

	t.Run("an overlay without text quotes the stored document", func(t *testing.T) {
		s := newCorpusStore(t, open, false)
		doc := mustDocument(t, s, troopsID)
		mustIngest(t, s, troopsOverlay())
		if got := mustDocument(t, s, troopsID); got != doc {
			t.Errorf("the document changed: %+v, want %+v", got, doc)
		}
		r := mustRelation(t, s, deployed)
		for _, ev := range r.Evidence {
			if ev.Origin == graph.Curated && (ev.Document != troopsID || ev.Published != "2022-01-07") {
				t.Errorf("curated evidence %+v, want it dated and filed under %s", ev, troopsID)
			}
		}
	})

	t.Run("an overlay without text can quote a document brought by the same call", func(t *testing.T) {
		s := newStore(t, open)
		mustIngest(t, s, troopsText(), troopsOverlay())
		if got := len(mustRelation(t, s, deployed).Evidence); got != 2 {
			t.Errorf("%s has %d pieces of evidence, want 2", deployed, got)
		}
	})

	t.Run("an overlay without text for an unknown document is not found", func(t *testing.T) {
		s := newStore(t, open)
		_, err := s.Ingest(t.Context(), unrestText(), troopsOverlay())
		wantCode(t, err, graph.ENOTFOUND)
		if got := mustStats(t, s); got != (graph.Stats{}) {
			t.Errorf("Stats = %+v, want an empty store", got)
		}
	})

	t.Run("a new publication date reaches the evidence of every layer", func(t *testing.T) {
		s := newCorpusStore(t, open, true)
		b := troopsText()
		b.Document.Published = "2022-01-08"
		mustIngest(t, s, b)
		for _, ev := range mustRelation(t, s, deployed).Evidence {
			if ev.Document == troopsID && ev.Published != "2022-01-08" {
				t.Errorf("%s evidence from %s is dated %s, want 2022-01-08", ev.Origin, troopsID, ev.Published)
			}
		}
		docs, err := s.Documents(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		if docs[1].ID != troopsID || docs[1].Published != "2022-01-08" {
			t.Errorf("Documents = %+v, want %s dated 2022-01-08 second", docs, troopsID)
		}
	})

	t.Run("a date given to an undated document stays when its text is ingested again without one", func(t *testing.T) {
		s := newStore(t, open)
		undated := troopsText()
		undated.Document.Published = ""
		for i := range undated.Relations {
			for j := range undated.Relations[i].Evidence {
				undated.Relations[i].Evidence[j].Published = ""
			}
		}
		mustIngest(t, s, undated)
		// An editor dates it: the document again, with its date, in a layer of its own with nothing in it.
		dated := graph.Batch{Document: mustDocument(t, s, troopsID), Origin: graph.OriginOverlay + "date"}
		dated.Document.Published = "2022-01-08"
		mustIngest(t, s, dated)
		res := mustIngest(t, s, undated)
		if len(res.Unchanged) != 1 {
			t.Errorf("unchanged = %q, want the text layer: the date stays and nothing else changed", res.Unchanged)
		}
		if got := mustDocument(t, s, troopsID).Published; got != "2022-01-08" {
			t.Errorf("published %q after the text came again without a date, want 2022-01-08", got)
		}
		for _, ev := range mustRelation(t, s, deployed).Evidence {
			if ev.Published != "2022-01-08" {
				t.Errorf("evidence from %s is dated %q, want 2022-01-08", ev.Document, ev.Published)
			}
		}
		sg, err := s.Neighborhood(t.Context(), graph.NeighborhoodQuery{Focus: []string{russiaID}, Depth: 1,
			Filter: graph.Filter{From: "2022-01-08", To: "2022-01-08"}})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.ContainsFunc(sg.Relations, func(r graph.Relation) bool { return r.ID == deployed }) {
			t.Errorf("a filter on its date leaves out %s: %v", deployed, sg.Relations)
		}
	})

	t.Run("a changed title is stored even when the layer is the same", func(t *testing.T) {
		s := newCorpusStore(t, open, false)
		b := unrestText()
		b.Document.Title = "Tokayev calls in the CSTO"
		res := mustIngest(t, s, b)
		if len(res.Unchanged) != 0 {
			t.Errorf("unchanged = %q, want nothing: the document changed", res.Unchanged)
		}
		if got := mustDocument(t, s, unrestID).Title; got != b.Document.Title {
			t.Errorf("title = %q, want %q", got, b.Document.Title)
		}
	})

	t.Run("ingest leaves the caller's batches as they were", func(t *testing.T) {
		s := newStore(t, open)
		b := troopsText()
		// Out of order and with a duplicate, so normalising has something to do.
		slices.Reverse(b.Entities)
		slices.Reverse(b.Relations)
		b.Entities = append(b.Entities, entity(graph.State, "russia", "", "Rossiya"))
		b.Relations[0].Evidence = append(b.Relations[0].Evidence, b.Relations[0].Evidence[0])
		b.Relations[0].Evidence[1].Published = ""
		keep := cloneBatch(b)
		mustIngest(t, s, b)
		if !reflect.DeepEqual(b, keep) {
			t.Errorf("the batch changed:\n got %+v\nwant %+v", b, keep)
		}
	})
}

func evidenceOrigins(r graph.Relation, doc string) []string {
	var out []string
	for _, ev := range r.Evidence {
		if ev.Document == doc {
			out = append(out, ev.Origin)
		}
	}
	return out
}

func cloneBatch(b graph.Batch) graph.Batch {
	b.Entities = slices.Clone(b.Entities)
	for i := range b.Entities {
		b.Entities[i].Aliases = slices.Clone(b.Entities[i].Aliases)
	}
	b.Relations = slices.Clone(b.Relations)
	for i := range b.Relations {
		b.Relations[i].Evidence = slices.Clone(b.Relations[i].Evidence)
	}
	return b
}
