package graphtest

import (
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/store/corrected"
)

// testCorrections: every correction an editor makes in the app, on the store as corrected (store/corrected
// keeps them in the store itself), seen by every read; its undo gives back what the store answered before;
// corrections survive the articles being ingested again; and the log is the audit trail.
func testCorrections(t *testing.T, open func(t *testing.T) graph.Store) {
	newCorrected := func(t *testing.T) *corrected.Store { return newCorrectedStore(t, open) }
	correct := mustCorrect
	// answers is what every read says about the neighbourhood of Kazakhstan, Russia's relationships, the
	// whole graph and the counts: what a correction must change, and its undo restore.
	type answers struct {
		hood, snap graph.Subgraph
		adjacent   []graph.Relation
		stats      graph.Stats
		counts     []int
	}
	read := func(t *testing.T, s graph.Store) answers {
		t.Helper()
		var a answers
		var err error
		if a.hood, err = s.Neighborhood(t.Context(), graph.NeighborhoodQuery{Focus: []string{kazakhstanID}, Depth: 2}); err != nil {
			t.Fatal(err)
		}
		if a.snap, err = s.Snapshot(t.Context(), graph.Filter{}); err != nil {
			t.Fatal(err)
		}
		if a.adjacent, err = s.Adjacent(t.Context(), []string{russiaID}, graph.Filter{}); err != nil {
			t.Fatal(err)
		}
		if a.counts, err = s.RelationCounts(t.Context(), []string{russiaID, kremlinWatchID, tokayevID}); err != nil {
			t.Fatal(err)
		}
		a.stats = mustStats(t, s)
		return a
	}
	relIDs := func(rs []graph.Relation) []string {
		var ids []string
		for _, r := range rs {
			ids = append(ids, r.ID)
		}
		return ids
	}

	t.Run("reject a relationship, then undo it", func(t *testing.T) {
		s := newCorrected(t)
		before := read(t, s)
		c := correct(t, s, graph.Correction{Action: graph.ActionReject, Relation: deployed, Reason: "the source says the troops came at the government's request"})
		if c.ID == "" || c.Created == "" || c.Editor != "alice" {
			t.Errorf("the correction is recorded as %+v", c)
		}
		after := read(t, s)
		for what, rs := range map[string][]graph.Relation{"neighbourhood": after.hood.Relations, "snapshot": after.snap.Relations, "adjacent": after.adjacent} {
			if slices.Contains(relIDs(rs), deployed) {
				t.Errorf("the %s still has the rejected relationship", what)
			}
		}
		if want := before.stats.Relations - 1; after.stats.Relations != want || after.stats.Evidence != before.stats.Evidence-3 {
			t.Errorf("stats %+v, want one relationship and its 3 sentences fewer than %+v", after.stats, before.stats)
		}
		if after.counts[0] != before.counts[0]-1 {
			t.Errorf("Russia's relationships %d, want %d", after.counts[0], before.counts[0]-1)
		}
		if _, err := s.Undo(t.Context(), c.ID, "bob"); err != nil {
			t.Fatal(err)
		}
		undone := read(t, s)
		if !slices.Equal(relIDs(undone.hood.Relations), relIDs(before.hood.Relations)) || undone.stats != before.stats ||
			!slices.Equal(undone.counts, before.counts) || len(undone.snap.Relations) != len(before.snap.Relations) {
			t.Errorf("after the undo the store answers otherwise than before the correction")
		}
		log, err := s.Corrections(t.Context())
		if err != nil || len(log) != 1 || log[0].Undone == nil || log[0].Undone.Editor != "bob" || log[0].Reason != c.Reason {
			t.Errorf("the log %+v %v, want the correction, undone by bob", log, err)
		}
		if _, err := s.Undo(t.Context(), c.ID, "bob"); graph.ErrorCode(err) != graph.ECONFLICT {
			t.Errorf("undoing it again: %v, want conflict", err)
		}
	})

	t.Run("reject one sentence", func(t *testing.T) {
		s := newCorrected(t)
		rels, _ := s.Adjacent(t.Context(), []string{russiaID}, graph.Filter{})
		i := slices.IndexFunc(rels, func(r graph.Relation) bool { return r.ID == deployed })
		ev := rels[i].Evidence
		var hostile graph.Evidence
		for _, e := range ev {
			if e.Document == hostileID {
				hostile = e
			}
		}
		c := correct(t, s, graph.Correction{Action: graph.ActionRejectSentence, Relation: deployed, Document: hostile.Document,
			Start: hostile.Start, End: hostile.End, Reason: "a claim by an anonymous group"})
		rels, _ = s.Adjacent(t.Context(), []string{russiaID}, graph.Filter{})
		i = slices.IndexFunc(rels, func(r graph.Relation) bool { return r.ID == deployed })
		if i < 0 || len(rels[i].Evidence) != len(ev)-1 || rels[i].Stance != graph.Cooperation {
			t.Fatalf("the relationship after its conflict sentence is rejected: %+v", rels)
		}
		hood, _ := s.Neighborhood(t.Context(), graph.NeighborhoodQuery{Focus: []string{kazakhstanID}, Depth: 1, Filter: graph.Filter{Documents: []string{hostileID}}})
		if slices.Contains(relIDs(hood.Relations), deployed) {
			t.Error("filtered to the hostile document, the relationship is still drawn from its rejected sentence")
		}
		s.Undo(t.Context(), c.ID, "alice")
		rels, _ = s.Adjacent(t.Context(), []string{russiaID}, graph.Filter{})
		i = slices.IndexFunc(rels, func(r graph.Relation) bool { return r.ID == deployed })
		if len(rels[i].Evidence) != len(ev) {
			t.Errorf("after the undo: %d sentences, want %d", len(rels[i].Evidence), len(ev))
		}
	})

	t.Run("set a relationship's stance, then undo it", func(t *testing.T) {
		s := newCorrected(t)
		holds := true // while the correction holds, every sentence reads the stance set
		stanceOf := func(f graph.Filter) (graph.Stance, bool) {
			rels, err := s.Adjacent(t.Context(), []string{russiaID}, f)
			if err != nil {
				t.Fatal(err)
			}
			i := slices.IndexFunc(rels, func(r graph.Relation) bool { return r.ID == deployed })
			if i < 0 {
				return "", false
			}
			for _, ev := range rels[i].Evidence {
				if holds && ev.Stance != rels[i].Stance {
					t.Errorf("a sentence of %s reads %s, the relationship %s", deployed, ev.Stance, rels[i].Stance)
				}
			}
			return rels[i].Stance, true
		}
		c := correct(t, s, graph.Correction{Action: graph.ActionStance, Relation: deployed, Stance: graph.Conflict, Reason: "sent against the protesters"})
		if st, _ := stanceOf(graph.Filter{}); st != graph.Conflict {
			t.Errorf("stance %s, want conflict", st)
		}
		if _, ok := stanceOf(graph.Filter{Stances: []graph.Stance{graph.Cooperation}}); ok {
			t.Error("filtered to cooperation, the relationship set to conflict is still there")
		}
		if st, _ := stanceOf(graph.Filter{Documents: []string{troopsID}}); st != graph.Conflict {
			t.Errorf("through one document's sentences, stance %s, want conflict", st)
		}
		hood, _ := s.Neighborhood(t.Context(), graph.NeighborhoodQuery{Focus: []string{kazakhstanID}, Depth: 1, Filter: graph.Filter{Stances: []graph.Stance{graph.Conflict}}})
		if !slices.Contains(relIDs(hood.Relations), deployed) {
			t.Error("the neighbourhood of conflicts lacks the relationship set to conflict")
		}
		if _, err := s.Correct(t.Context(), graph.Correction{Action: graph.ActionStance, Relation: deployed, Stance: graph.Neutral, Reason: "x", Editor: "bob"}); graph.ErrorCode(err) != graph.ECONFLICT {
			t.Errorf("a second stance on the same relationship: %v, want conflict", err)
		}
		s.Undo(t.Context(), c.ID, "alice")
		holds = false
		if st, _ := stanceOf(graph.Filter{}); st != graph.Cooperation {
			t.Errorf("after the undo, stance %s, want the curated cooperation", st)
		}
	})

	t.Run("hide an actor, then undo it", func(t *testing.T) {
		s := newCorrected(t)
		before := read(t, s)
		c := correct(t, s, graph.Correction{Action: graph.ActionHide, Entity: kremlinWatchID, Reason: "not an organisation"})
		if _, err := s.Entity(t.Context(), kremlinWatchID); graph.ErrorCode(err) != graph.ENOTFOUND {
			t.Errorf("Entity of a hidden actor: %v, want not found", err)
		}
		if hits, _ := s.Search(t.Context(), "Kremlin Watch", 10); len(hits) != 0 {
			t.Errorf("search finds the hidden actor: %v", hits)
		}
		after := read(t, s)
		if slices.ContainsFunc(after.snap.Entities, func(e graph.Entity) bool { return e.ID == kremlinWatchID }) ||
			slices.Contains(relIDs(after.adjacent), criticizes) {
			t.Error("the snapshot or Russia's relationships still hold the hidden actor")
		}
		if after.stats.Entities != before.stats.Entities-1 || after.counts[1] != 0 {
			t.Errorf("stats %+v counts %v after hiding one actor with one relationship", after.stats, after.counts)
		}
		if _, err := s.Neighborhood(t.Context(), graph.NeighborhoodQuery{Focus: []string{kremlinWatchID}, Depth: 1}); graph.ErrorCode(err) != graph.ENOTFOUND {
			t.Errorf("a neighbourhood around the hidden actor: %v, want not found", err)
		}
		s.Undo(t.Context(), c.ID, "alice")
		if undone := read(t, s); undone.stats != before.stats || !slices.Equal(undone.counts, before.counts) {
			t.Errorf("after the undo: %+v, want %+v", undone.stats, before.stats)
		}
	})

	t.Run("corrections survive the articles ingested again", func(t *testing.T) {
		s := newCorrected(t)
		correct(t, s, graph.Correction{Action: graph.ActionReject, Relation: supports, Reason: "misread"})
		mustIngest(t, s, corpus()...)
		mustIngest(t, s, troopsText())
		if rels, _ := s.Adjacent(t.Context(), []string{tokayevID}, graph.Filter{}); slices.Contains(relIDs(rels), supports) {
			t.Error("the rejected relationship is back after the articles were ingested again")
		}
		if docs, _ := s.Documents(t.Context()); len(docs) != 3 {
			t.Errorf("documents %d, want the 3 articles and not the log", len(docs))
		}
	})

	t.Run("a correction must name what the graph holds, and give a reason", func(t *testing.T) {
		s := newCorrected(t)
		for _, tc := range []struct {
			c    graph.Correction
			code string
		}{
			{graph.Correction{Action: graph.ActionReject, Relation: graph.RelationID(xiID, graph.Opposes, tokayevID), Reason: "x"}, graph.ENOTFOUND},
			{graph.Correction{Action: graph.ActionReject, Relation: supports}, graph.EINVALID},
			{graph.Correction{Action: graph.ActionReject, Relation: "not an id", Reason: "x"}, graph.EINVALID},
			{graph.Correction{Action: graph.ActionHide, Entity: "person:nobody", Reason: "x"}, graph.ENOTFOUND},
			{graph.Correction{Action: graph.ActionRejectSentence, Relation: supports, Document: troopsID, Start: 0, End: 5, Reason: "x"}, graph.ENOTFOUND},
			{graph.Correction{Action: "delete", Entity: xiID, Reason: "x"}, graph.EINVALID},
			{graph.Correction{Action: graph.ActionStance, Relation: supports, Stance: "hostile", Reason: "x"}, graph.EINVALID},
			{graph.Correction{Action: graph.ActionReject, Relation: supports, Stance: graph.Conflict, Reason: "x"}, graph.EINVALID},
		} {
			tc.c.Editor = "alice"
			if _, err := s.Correct(t.Context(), tc.c); graph.ErrorCode(err) != tc.code {
				t.Errorf("%+v: %v, want %s", tc.c, err, tc.code)
			}
		}
		correct(t, s, graph.Correction{Action: graph.ActionReject, Relation: supports, Reason: "misread"})
		if _, err := s.Correct(t.Context(), graph.Correction{Action: graph.ActionReject, Relation: supports, Reason: "again", Editor: "bob"}); graph.ErrorCode(err) != graph.ECONFLICT {
			t.Errorf("the same correction twice: %v, want conflict", err)
		}
		if _, err := s.Ingest(t.Context(), graph.Batch{Document: newDocument(corrected.LogDocument, "x", "", "x"), Origin: graph.OriginText}); graph.ErrorCode(err) != graph.EINVALID {
			t.Errorf("an article with the log's id: %v, want invalid", err)
		}
	})
}
