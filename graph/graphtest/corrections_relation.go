package graphtest

import (
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/store/corrected"
)

// testRelationEdits: a relationship added from a sentence of an article, and one given another type or
// turned the other way round, on the store as corrected: seen by every read with its evidence, surviving the
// articles ingested again, and gone again on undo.
func testRelationEdits(t *testing.T, open func(t *testing.T) graph.Store) {
	newCorrected := func(t *testing.T) *corrected.Store { return newCorrectedStore(t, open) }
	correct := mustCorrect
	find := func(t *testing.T, s graph.Store, around, id string) (graph.Relation, bool) {
		t.Helper()
		rels, err := s.Adjacent(t.Context(), []string{around}, graph.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(rels, func(r graph.Relation) bool { return r.ID == id })
		if i < 0 {
			return graph.Relation{}, false
		}
		return rels[i], true
	}
	// everywhere reports whether the relationship is in the neighbourhood of Kazakhstan at depth 2 and in
	// the snapshot, failing when the two disagree.
	everywhere := func(t *testing.T, s graph.Store, id string) bool {
		t.Helper()
		hood, err := s.Neighborhood(t.Context(), graph.NeighborhoodQuery{Focus: []string{kazakhstanID}, Depth: 2})
		if err != nil {
			t.Fatal(err)
		}
		snap, err := s.Snapshot(t.Context(), graph.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		checkSubgraph(t, hood)
		checkSubgraph(t, snap)
		inHood := slices.ContainsFunc(hood.Relations, func(r graph.Relation) bool { return r.ID == id })
		inSnap := slices.ContainsFunc(snap.Relations, func(r graph.Relation) bool { return r.ID == id })
		if inHood != inSnap {
			t.Errorf("%s: in the neighbourhood %v, in the snapshot %v", id, inHood, inSnap)
		}
		return inSnap
	}
	// The second sentence of the hostile article: after Cyrillic, so characters and bytes differ.
	said := "It said Russia deployed forces to Kazakhstan against the will of its people."
	saidStart, saidEnd, _ := graph.Locate(hostileDoc().Text, said, 1)
	accuses := graph.RelationID(kremlinWatchID, graph.Accuses, russiaID)

	t.Run("add a relationship from a sentence, then undo it", func(t *testing.T) {
		s := newCorrected(t)
		before := mustStats(t, s)
		c := correct(t, s, graph.Correction{Action: graph.ActionAdd, Relation: accuses, Document: hostileID, Start: saidStart, End: saidEnd,
			Reason: "the group says Russia acted against the people's will"})
		if c.Text != said {
			t.Errorf("the correction quotes %q, want the sentence at its offsets %q", c.Text, said)
		}
		r, ok := find(t, s, russiaID, accuses)
		if !ok {
			t.Fatal("Russia's relationships lack the one added")
		}
		want := graph.Evidence{Document: hostileID, Text: said, Start: saidStart, End: saidEnd, Published: "2022-01-10",
			Stance: graph.Conflict, Origin: graph.Curated, Rule: "correction " + c.ID + " by alice", Confidence: 1}
		if len(r.Evidence) != 1 || r.Evidence[0] != want || r.Stance != graph.Conflict || r.From != kremlinWatchID || r.Type != graph.Accuses {
			t.Errorf("the added relationship is %+v, want its sentence %+v", r, want)
		}
		if !everywhere(t, s, accuses) {
			t.Error("the neighbourhood and the snapshot lack the added relationship")
		}
		if got := mustStats(t, s); got.Relations != before.Relations+1 || got.Evidence != before.Evidence+1 {
			t.Errorf("stats %+v, want one relationship and one sentence more than %+v", got, before)
		}
		if counts, _ := s.RelationCounts(t.Context(), []string{kremlinWatchID}); counts[0] != 2 {
			t.Errorf("Kremlin Watch takes part in %v relationships, want 2", counts)
		}
		if rels, _ := s.Adjacent(t.Context(), []string{russiaID}, graph.Filter{Kinds: []graph.Kind{graph.Person}}); slices.ContainsFunc(rels, func(r graph.Relation) bool { return r.ID == accuses }) {
			t.Error("filtered to persons, Russia's relationships hold the organisation's accusation")
		}
		mustIngest(t, s, corpus()...)
		if _, ok := find(t, s, russiaID, accuses); !ok {
			t.Error("the added relationship is gone after the articles were ingested again")
		}
		if _, err := s.Undo(t.Context(), c.ID, "bob"); err != nil {
			t.Fatal(err)
		}
		if _, ok := find(t, s, russiaID, accuses); ok || everywhere(t, s, accuses) {
			t.Error("after the undo, the added relationship is still there")
		}
		if got := mustStats(t, s); got != before {
			t.Errorf("after the undo: %+v, want %+v", got, before)
		}
	})

	t.Run("a sentence added to a relationship the articles state, named either way round", func(t *testing.T) {
		s := newCorrected(t)
		// MET_WITH is symmetric: the store keeps it with the actors in id order, however the editor names it.
		met := graph.RelationID(tokayevID, graph.MetWith, putinID)
		callSentence := "Владимир Путин, the president of Russia, called Tokáyev."
		start, end, _ := graph.Locate(troopsDoc().Text, callSentence, 1)
		c := correct(t, s, graph.Correction{Action: graph.ActionAdd, Relation: graph.RelationID(putinID, graph.MetWith, tokayevID),
			Document: troopsID, Start: start, End: end, Stance: graph.Cooperation, Reason: "they spoke"})
		if c.Relation != met {
			t.Errorf("the correction names %s, want %s", c.Relation, met)
		}
		if r, ok := find(t, s, putinID, met); !ok || r.Stance != graph.Cooperation {
			t.Errorf("the meeting: %+v %v, want it with the stance the editor gave", r, ok)
		}
		// One more sentence for a relationship the articles state: it joins that relationship's evidence.
		deploySentence := "Russia deployed forces"
		start, end, _ = graph.Locate(hostileDoc().Text, deploySentence, 1)
		before := mustStats(t, s)
		correct(t, s, graph.Correction{Action: graph.ActionAdd, Relation: deployed, Document: hostileID, Start: start, End: end, Reason: "the same deployment"})
		r, _ := find(t, s, russiaID, deployed)
		if len(r.Evidence) != 4 || !slices.IsSortedFunc(r.Evidence, graph.CompareEvidence) {
			t.Errorf("the deployment's evidence %+v, want its 3 sentences and the one added, in order", r.Evidence)
		}
		if got := mustStats(t, s); got.Relations != before.Relations || got.Evidence != before.Evidence+1 {
			t.Errorf("stats %+v after one sentence added to %+v", got, before)
		}
	})

	t.Run("change a relationship's type, then its direction, then undo", func(t *testing.T) {
		s := newCorrected(t)
		before := mustStats(t, s)
		old, _ := find(t, s, tokayevID, supports)
		opposes := graph.RelationID(xiID, graph.Opposes, tokayevID)
		retype := correct(t, s, graph.Correction{Action: graph.ActionRetype, Relation: supports, Type: graph.Opposes, Reason: "misread"})
		r, ok := find(t, s, tokayevID, opposes)
		if _, still := find(t, s, tokayevID, supports); still || !ok {
			t.Fatalf("after the retype: the old id is there %v, the new one %v", still, ok)
		}
		if len(r.Evidence) != 1 || r.Evidence[0].Text != old.Evidence[0].Text || r.Stance != graph.Conflict || r.Type != graph.Opposes {
			t.Errorf("retyped: %+v, want the sentence of %+v read as the new type's conflict", r, old)
		}
		if !everywhere(t, s, opposes) || everywhere(t, s, supports) {
			t.Error("the neighbourhood or the snapshot does not show the new type")
		}
		if got := mustStats(t, s); got != before {
			t.Errorf("stats %+v after a retype, want %+v", got, before)
		}
		reversed := graph.RelationID(tokayevID, graph.Opposes, xiID)
		reverse := correct(t, s, graph.Correction{Action: graph.ActionReverse, Relation: opposes, Reason: "Tokayev opposed Xi"})
		if r, ok := find(t, s, xiID, reversed); !ok || r.From != tokayevID || r.To != xiID || r.Evidence[0].Text != old.Evidence[0].Text {
			t.Errorf("reversed: %+v %v", r, ok)
		}
		if _, err := s.Undo(t.Context(), reverse.ID, "alice"); err != nil {
			t.Fatal(err)
		}
		if _, ok := find(t, s, xiID, opposes); !ok {
			t.Error("after undoing the reversal, the retyped relationship is not back")
		}
		s.Undo(t.Context(), retype.ID, "alice")
		if r, ok := find(t, s, xiID, supports); !ok || r.Stance != graph.Cooperation {
			t.Errorf("after undoing the retype: %+v %v, want the relationship as the articles state it", r, ok)
		}
	})

	t.Run("a relationship retyped onto one the articles state merges with it", func(t *testing.T) {
		s := newCorrected(t)
		before := mustStats(t, s)
		correct(t, s, graph.Correction{Action: graph.ActionAdd, Relation: accuses, Document: hostileID, Start: saidStart, End: saidEnd, Reason: "an accusation"})
		correct(t, s, graph.Correction{Action: graph.ActionRetype, Relation: criticizes, Type: graph.Accuses, Reason: "it is an accusation too"})
		r, ok := find(t, s, russiaID, accuses)
		if !ok || len(r.Evidence) != 2 {
			t.Fatalf("the accusation: %+v, want both sentences", r)
		}
		if got := mustStats(t, s); got.Relations != before.Relations || got.Evidence != before.Evidence+1 {
			t.Errorf("stats %+v, want the relationships of %+v and one sentence more", got, before)
		}
		snap, _ := s.Snapshot(t.Context(), graph.Filter{})
		if n := len(slices.DeleteFunc(slices.Clone(snap.Relations), func(r graph.Relation) bool { return r.ID != accuses })); n != 1 {
			t.Errorf("the snapshot lists the accusation %d times", n)
		}
	})

	t.Run("hostile and wrong additions and changes are refused, saying why", func(t *testing.T) {
		s := newCorrected(t)
		deployStart, deployEnd, _ := graph.Locate(troopsDoc().Text, "Russia deployed paratroopers to Kazakhstan on Thursday.", 1)
		for _, tc := range []struct {
			name string
			c    graph.Correction
			code string
		}{
			{"past the article's end", graph.Correction{Action: graph.ActionAdd, Relation: accuses, Document: hostileID, Start: saidStart, End: saidEnd + 1000}, graph.EINVALID},
			{"nothing but space", graph.Correction{Action: graph.ActionAdd, Relation: accuses, Document: hostileID, Start: saidStart - 1, End: saidStart}, graph.EINVALID},
			{"a paragraph", graph.Correction{Action: graph.ActionAdd, Relation: accuses, Document: hostileID, Start: 0, End: graph.MaxAddedSentence + 1}, graph.EINVALID},
			{"an unknown article", graph.Correction{Action: graph.ActionAdd, Relation: accuses, Document: "no-such-article", Start: 0, End: 5}, graph.ENOTFOUND},
			{"the log as an article", graph.Correction{Action: graph.ActionAdd, Relation: accuses, Document: corrected.LogDocument, Start: 0, End: 5}, graph.ENOTFOUND},
			{"an unknown actor", graph.Correction{Action: graph.ActionAdd, Relation: graph.RelationID("person:nobody", graph.Accuses, russiaID), Document: hostileID, Start: saidStart, End: saidEnd}, graph.ENOTFOUND},
			{"an actor with itself", graph.Correction{Action: graph.ActionAdd, Relation: graph.RelationID(russiaID, graph.Accuses, russiaID), Document: hostileID, Start: saidStart, End: saidEnd}, graph.EINVALID},
			{"markup for an actor", graph.Correction{Action: graph.ActionAdd, Relation: "<b>x</b>|ACCUSES|" + russiaID, Document: hostileID, Start: saidStart, End: saidEnd}, graph.EINVALID},
			{"an unknown type", graph.Correction{Action: graph.ActionAdd, Relation: kremlinWatchID + "|HATES|" + russiaID, Document: hostileID, Start: saidStart, End: saidEnd}, graph.EINVALID},
			{"a sentence stated already", graph.Correction{Action: graph.ActionAdd, Relation: deployed, Document: troopsID, Start: deployStart, End: deployEnd}, graph.ECONFLICT},
			{"a text given by the editor", graph.Correction{Action: graph.ActionRetype, Relation: supports, Type: graph.Opposes, Text: "x"}, graph.EINVALID},
			{"retype to the same type", graph.Correction{Action: graph.ActionRetype, Relation: supports, Type: graph.Supports}, graph.EINVALID},
			{"retype to an unknown type", graph.Correction{Action: graph.ActionRetype, Relation: supports, Type: "LOVES"}, graph.EINVALID},
			{"retype with no type", graph.Correction{Action: graph.ActionRetype, Relation: supports}, graph.EINVALID},
			{"retype what is not there", graph.Correction{Action: graph.ActionRetype, Relation: graph.RelationID(xiID, graph.Opposes, tokayevID), Type: graph.Supports}, graph.ENOTFOUND},
			{"reverse a symmetric type", graph.Correction{Action: graph.ActionReverse, Relation: graph.RelationID(tokayevID, graph.MetWith, putinID)}, graph.EINVALID},
			{"reverse with a type", graph.Correction{Action: graph.ActionReverse, Relation: supports, Type: graph.Opposes}, graph.EINVALID},
			{"a type on a rejection", graph.Correction{Action: graph.ActionReject, Relation: supports, Type: graph.Opposes}, graph.EINVALID},
		} {
			tc.c.Editor, tc.c.Reason = "alice", "x"
			if _, err := s.Correct(t.Context(), tc.c); graph.ErrorCode(err) != tc.code {
				t.Errorf("%s: %v, want %s", tc.name, err, tc.code)
			}
		}
	})
}

// newCorrectedStore is the corpus with the overlay, as corrected.
func newCorrectedStore(t *testing.T, open func(t *testing.T) graph.Store) *corrected.Store {
	return corrected.Wrap(newCorpusStore(t, open, true))
}

// mustCorrect makes the correction as alice.
func mustCorrect(t *testing.T, s *corrected.Store, c graph.Correction) graph.Correction {
	t.Helper()
	c.Editor = "alice"
	got, err := s.Correct(t.Context(), c)
	if err != nil {
		t.Fatalf("Correct %+v: %v", c, err)
	}
	return got
}
