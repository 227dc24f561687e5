package graphtest

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/store/corrected"
)

// moscowID is an actor a fourth article makes of Russia's capital standing for its government: the
// editor's merge makes it Russia.
var moscowID = graph.EntityID(graph.State, "Moscow")

// moscowText is an article that names Russia as "Moscow", as the extractor reads it.
func moscowText(id, published string) graph.Batch {
	d := newDocument(id, "Moscow sends more troops", published, "Moscow sent more troops to Kazakhstan on Tuesday.")
	return graph.Batch{Document: d, Origin: graph.OriginText,
		Entities: []graph.Entity{entity(graph.State, "Moscow", ""), entity(graph.State, "Kazakhstan", "")},
		Relations: []graph.Relation{
			rel(moscowID, graph.DeployedForcesTo, kazakhstanID, quote(d, "Moscow sent more troops to Kazakhstan on Tuesday.", graph.Cooperation)),
		},
	}
}

// testActorCorrections: merging two actors, splitting an alias off, renaming, changing the kind, adding
// and removing an alias, each seen by every read of the store as corrected, undone to what it answered
// before, and holding when the articles are ingested again.
func testActorCorrections(t *testing.T, open func(t *testing.T) graph.Store) {
	newCorrected := func(t *testing.T) *corrected.Store {
		s := newCorrectedStore(t, open)
		mustIngest(t, s, moscowText("moscow-2022-01-11", "2022-01-11"))
		return s
	}
	correct := mustCorrect
	undo := func(t *testing.T, s *corrected.Store, c graph.Correction) {
		t.Helper()
		if _, err := s.Undo(t.Context(), c.ID, "bob"); err != nil {
			t.Fatal(err)
		}
	}
	// everything is what every read says, to compare before a correction and after its undo.
	type everything struct {
		snap     graph.Subgraph
		hood     graph.Subgraph
		adjacent []graph.Relation
		stats    graph.Stats
		docs     []graph.Entity
	}
	read := func(t *testing.T, s graph.Store) everything {
		t.Helper()
		var a everything
		var err error
		if a.snap, err = s.Snapshot(t.Context(), graph.Filter{}); err != nil {
			t.Fatal(err)
		}
		if a.hood, err = s.Neighborhood(t.Context(), graph.NeighborhoodQuery{Focus: []string{kazakhstanID}, Depth: 2}); err != nil {
			t.Fatal(err)
		}
		if a.adjacent, err = s.Adjacent(t.Context(), []string{russiaID, putinID}, graph.Filter{}); err != nil {
			t.Fatal(err)
		}
		if a.docs, err = s.DocumentEntities(t.Context(), troopsID); err != nil {
			t.Fatal(err)
		}
		a.stats = mustStats(t, s)
		return a
	}
	same := func(t *testing.T, what string, got, want everything) {
		t.Helper()
		if !equalJSON(got.snap, want.snap) || !equalJSON(got.hood, want.hood) || !equalJSON(got.adjacent, want.adjacent) ||
			got.stats != want.stats || !equalJSON(got.docs, want.docs) {
			t.Errorf("%s: the store answers otherwise than before the correction\ngot  %+v\nwant %+v", what, got.stats, want.stats)
		}
	}
	searchIDs := func(t *testing.T, s graph.Store, q string) []string {
		t.Helper()
		hits, err := s.Search(t.Context(), q, 10)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, h := range hits {
			ids = append(ids, h.ID)
		}
		return ids
	}
	relation := func(rs []graph.Relation, id string) (graph.Relation, bool) {
		i := slices.IndexFunc(rs, func(r graph.Relation) bool { return r.ID == id })
		if i < 0 {
			return graph.Relation{}, false
		}
		return rs[i], true
	}
	moscowDeployed := graph.RelationID(moscowID, graph.DeployedForcesTo, kazakhstanID)

	t.Run("merge two actors, then undo it", func(t *testing.T) {
		s := newCorrected(t)
		before := read(t, s)
		c := correct(t, s, graph.Correction{Action: graph.ActionMerge, Entity: moscowID, Into: russiaID, Reason: "Moscow stands for Russia's government"})
		e, err := s.Entity(t.Context(), moscowID)
		if err != nil || e.ID != russiaID || !slices.Contains(e.Aliases, "Moscow") {
			t.Errorf("Entity(moscow) after the merge: %+v %v, want Russia with the alias Moscow", e, err)
		}
		if ids := searchIDs(t, s, "Moscow"); !slices.Equal(ids, []string{russiaID}) {
			t.Errorf("search Moscow finds %v, want Russia alone", ids)
		}
		after := read(t, s)
		if slices.ContainsFunc(after.snap.Entities, func(e graph.Entity) bool { return e.ID == moscowID }) {
			t.Error("the snapshot still shows Moscow as an actor of its own")
		}
		for what, rs := range map[string][]graph.Relation{"snapshot": after.snap.Relations, "neighbourhood": after.hood.Relations, "adjacent": after.adjacent} {
			r, ok := relation(rs, deployed)
			if _, stale := relation(rs, moscowDeployed); stale || !ok || len(r.Evidence) != 4 {
				t.Errorf("the %s: Russia's deployment has %d sentences (want 4, Moscow's among them), Moscow's own relationship left %v", what, len(r.Evidence), stale)
			}
		}
		if want := (graph.Stats{Documents: before.stats.Documents, Entities: before.stats.Entities - 1, Relations: before.stats.Relations - 1,
			Evidence: before.stats.Evidence}); after.stats != want {
			t.Errorf("stats %+v, want %+v", after.stats, want)
		}
		hood, err := s.Neighborhood(t.Context(), graph.NeighborhoodQuery{Focus: []string{moscowID}, Depth: 1})
		if err != nil || !slices.Equal(hood.Focus, []string{russiaID}) {
			t.Errorf("a neighbourhood around Moscow: focus %v %v, want Russia", hood.Focus, err)
		}
		docs, err := s.EntityDocuments(t.Context(), russiaID)
		if err != nil || !slices.ContainsFunc(docs, func(d graph.Document) bool { return d.ID == "moscow-2022-01-11" }) {
			t.Errorf("Russia's documents %v %v lack the article naming Moscow", docs, err)
		}
		if _, err := s.Correct(t.Context(), graph.Correction{Action: graph.ActionMerge, Entity: russiaID, Into: moscowID, Reason: "again", Editor: "bob"}); graph.ErrorCode(err) != graph.ECONFLICT {
			t.Errorf("merging the merged actors again: %v, want conflict", err)
		}
		undo(t, s, c)
		same(t, "after the undo", read(t, s), before)
	})

	t.Run("a merge holds when the articles are ingested again and for a new article", func(t *testing.T) {
		s := newCorrected(t)
		correct(t, s, graph.Correction{Action: graph.ActionMerge, Entity: moscowID, Into: russiaID, Reason: "one actor"})
		merged := read(t, s)
		mustIngest(t, s, corpus()...)
		mustIngest(t, s, moscowText("moscow-2022-01-11", "2022-01-11"))
		same(t, "ingested again", read(t, s), merged)
		mustIngest(t, s, moscowText("moscow-2022-01-12", "2022-01-12"))
		rels, _ := s.Adjacent(t.Context(), []string{russiaID}, graph.Filter{})
		if r, _ := relation(rels, deployed); len(r.Evidence) != 5 {
			t.Errorf("after a new article naming Moscow, Russia's deployment has %d sentences, want 5", len(r.Evidence))
		}
		if _, err := s.Entity(t.Context(), moscowID); err != nil {
			t.Error(err)
		}
		if snap, _ := s.Snapshot(t.Context(), graph.Filter{}); slices.ContainsFunc(snap.Entities, func(e graph.Entity) bool { return e.ID == moscowID }) {
			t.Error("a new article naming Moscow brought it back as an actor of its own")
		}
	})

	t.Run("split an alias off: an actor merged in, and one the resolver merged", func(t *testing.T) {
		s := newCorrected(t)
		before := read(t, s)
		correct(t, s, graph.Correction{Action: graph.ActionMerge, Entity: moscowID, Into: russiaID, Reason: "one actor"})
		sp := correct(t, s, graph.Correction{Action: graph.ActionSplit, Entity: russiaID, Name: "moscow", Reason: "the city, not the state"})
		if sp.Into != moscowID || sp.Name != "Moscow" {
			t.Errorf("the split is recorded as %+v, want Moscow to %s", sp, moscowID)
		}
		same(t, "the merged actor split off again", read(t, s), before)

		// The resolver gave Vladimir Putin the alias Putin: split it, and the sentence naming only "Putin"
		// goes with it.
		putin := graph.EntityID(graph.Person, "Putin")
		c := correct(t, s, graph.Correction{Action: graph.ActionSplit, Entity: putinID, Name: "Putin", Reason: "another Putin"})
		rels, _ := s.Adjacent(t.Context(), []string{putinID, putin}, graph.Filter{})
		if _, ok := relation(rels, graph.RelationID(putin, graph.Leads, russiaID)); !ok {
			t.Errorf("after the split, 'Putin leads Russia.' is not the new actor's: %v", relationIDs(rels))
		}
		if _, ok := relation(rels, called); !ok {
			t.Error("the sentence naming Владимир Путин moved too")
		}
		e, err := s.Entity(t.Context(), putin)
		if err != nil || e.Name != "Putin" || e.Kind != graph.Person {
			t.Errorf("the actor split off: %+v %v", e, err)
		}
		if e, _ := s.Entity(t.Context(), putinID); slices.Contains(e.Aliases, "Putin") {
			t.Errorf("Vladimir Putin keeps the alias split off: %v", e.Aliases)
		}
		undo(t, s, c)
		rels, _ = s.Adjacent(t.Context(), []string{putinID}, graph.Filter{})
		if _, ok := relation(rels, leadsRU); !ok {
			t.Error("after the undo, Vladimir Putin does not lead Russia")
		}
	})

	t.Run("rename, change the kind, add and remove aliases, each undone", func(t *testing.T) {
		s := newCorrected(t)
		before := read(t, s)
		hostile := `<b>"Си"</b> & 'x' ` + "\u202e"
		xi := graph.EntityID(graph.Person, hostile)
		rn := correct(t, s, graph.Correction{Action: graph.ActionRename, Entity: xiID, Name: hostile, Reason: "<script>alert(1)</script>"})
		if rn.Into != xi {
			t.Errorf("the rename leads to %q, want %q", rn.Into, xi)
		}
		e, err := s.Entity(t.Context(), xiID)
		if err != nil || e.ID != xi || e.Name != hostile || !slices.Contains(e.Aliases, "Xi Jinping") {
			t.Errorf("after the rename: %+v %v", e, err)
		}
		if ids := searchIDs(t, s, `"Си"`); !slices.Contains(ids, xi) {
			t.Errorf("search by the new name finds %v", ids)
		}
		rels, _ := s.Adjacent(t.Context(), []string{tokayevID}, graph.Filter{})
		if _, ok := relation(rels, graph.RelationID(xi, graph.Supports, tokayevID)); !ok {
			t.Errorf("Tokayev's relationships after the rename: %v", relationIDs(rels))
		}
		undo(t, s, rn)

		kd := correct(t, s, graph.Correction{Action: graph.ActionKind, Entity: almatyID, Kind: graph.State, Reason: "test"})
		snap, _ := s.Snapshot(t.Context(), graph.Filter{Kinds: []graph.Kind{graph.State}})
		if !slices.ContainsFunc(snap.Entities, func(e graph.Entity) bool { return e.ID == kd.Into && e.Kind == graph.State }) {
			t.Errorf("the states after Almaty became one: %v", snap.Entities)
		}
		if _, ok := relation(snap.Relations, graph.RelationID(kd.Into, graph.LocatedIn, kazakhstanID)); !ok {
			t.Errorf("Almaty's relationship under its new id: %v", relationIDs(snap.Relations))
		}
		undo(t, s, kd)

		add := correct(t, s, graph.Correction{Action: graph.ActionAddAlias, Entity: tokayevID, Name: "Kazakh leader", Reason: "how the wires call him"})
		if ids := searchIDs(t, s, "kazakh leader"); !slices.Equal(ids, []string{tokayevID}) {
			t.Errorf("search by the alias added finds %v", ids)
		}
		rm := correct(t, s, graph.Correction{Action: graph.ActionRemoveAlias, Entity: cstoID, Name: "csto", Reason: "test"})
		if ids := searchIDs(t, s, "CSTO"); slices.Contains(ids, cstoID) {
			t.Errorf("search by the alias taken off still finds %v", ids)
		}
		mustIngest(t, s, corpus()...)
		if ids := searchIDs(t, s, "kazakh leader"); !slices.Equal(ids, []string{tokayevID}) {
			t.Errorf("after the articles were ingested again, search by the alias added finds %v", ids)
		}
		undo(t, s, add)
		undo(t, s, rm)
		same(t, "after every undo", read(t, s), before)
	})

	t.Run("every actor correction holds when the articles are ingested again, and each undo restores", func(t *testing.T) {
		s := newCorrected(t)
		before := read(t, s)
		var made []graph.Correction
		for _, c := range []graph.Correction{
			{Action: graph.ActionMerge, Entity: moscowID, Into: russiaID, Reason: "one actor"},
			{Action: graph.ActionRename, Entity: xiID, Name: `Xi "习近平" <i>Jinping</i>`, Reason: "with his name in Chinese"},
			{Action: graph.ActionKind, Entity: almatyID, Kind: graph.Organization, Reason: "the city's administration"},
			{Action: graph.ActionAddAlias, Entity: tokayevID, Name: "Kazakh leader", Reason: "the wires' name"},
			{Action: graph.ActionRemoveAlias, Entity: cstoID, Name: "CSTO", Reason: "ambiguous"},
			{Action: graph.ActionSplit, Entity: putinID, Name: "Putin", Reason: "another Putin"},
		} {
			made = append(made, correct(t, s, c))
		}
		corrected := read(t, s)
		mustIngest(t, s, corpus()...)
		mustIngest(t, s, troopsOverlay(), moscowText("moscow-2022-01-11", "2022-01-11"))
		same(t, "ingested again", read(t, s), corrected)
		for i := len(made) - 1; i >= 0; i-- {
			undo(t, s, made[i])
		}
		same(t, "every correction undone", read(t, s), before)
	})

	t.Run("relationship corrections before and after a merge", func(t *testing.T) {
		s := newCorrected(t)
		rej := correct(t, s, graph.Correction{Action: graph.ActionReject, Relation: moscowDeployed, Reason: "the city sends no troops"})
		m := correct(t, s, graph.Correction{Action: graph.ActionMerge, Entity: moscowID, Into: russiaID, Reason: "one actor"})
		rels, _ := s.Adjacent(t.Context(), []string{russiaID}, graph.Filter{})
		if r, _ := relation(rels, deployed); len(r.Evidence) != 3 {
			t.Errorf("a relationship rejected before the merge brings %d sentences to Russia's, want its 3 alone", len(r.Evidence))
		}
		undo(t, s, rej)
		all := correct(t, s, graph.Correction{Action: graph.ActionReject, Relation: deployed, Reason: "rejected under the merged id"})
		rels, _ = s.Adjacent(t.Context(), []string{russiaID}, graph.Filter{})
		if _, ok := relation(rels, deployed); ok {
			t.Error("the merged relationship, rejected under its id, is still there")
		}
		hide := correct(t, s, graph.Correction{Action: graph.ActionHide, Entity: moscowID, Reason: "hidden by the merged id"})
		if hide.Entity != russiaID {
			t.Errorf("hiding the merged id hides %s, want the actor shown, %s", hide.Entity, russiaID)
		}
		if _, err := s.Entity(t.Context(), moscowID); graph.ErrorCode(err) != graph.ENOTFOUND {
			t.Errorf("Entity(moscow) with Russia hidden: %v", err)
		}
		undo(t, s, hide)
		undo(t, s, m)
		rels, _ = s.Adjacent(t.Context(), []string{moscowID, russiaID}, graph.Filter{})
		if _, ok := relation(rels, moscowDeployed); !ok {
			t.Error("after the merge is undone, Moscow's own relationship is not back")
		}
		undo(t, s, all)
	})

	t.Run("an actor correction must name an actor, and change something", func(t *testing.T) {
		s := newCorrected(t)
		for _, tc := range []struct {
			c    graph.Correction
			code string
		}{
			{graph.Correction{Action: graph.ActionMerge, Entity: moscowID, Into: "state:atlantis", Reason: "x"}, graph.ENOTFOUND},
			{graph.Correction{Action: graph.ActionMerge, Entity: moscowID, Reason: "x"}, graph.EINVALID},
			{graph.Correction{Action: graph.ActionMerge, Entity: moscowID, Into: moscowID, Reason: "x"}, graph.EINVALID},
			{graph.Correction{Action: graph.ActionRename, Entity: xiID, Name: "Xi Jinping", Reason: "x"}, graph.ECONFLICT},
			{graph.Correction{Action: graph.ActionRename, Entity: xiID, Name: "Vladimir Putin", Reason: "x"}, graph.ECONFLICT},
			{graph.Correction{Action: graph.ActionRename, Entity: xiID, Name: "", Reason: "x"}, graph.EINVALID},
			{graph.Correction{Action: graph.ActionRename, Entity: xiID, Name: "Xi\nJinping", Reason: "x"}, graph.EINVALID},
			{graph.Correction{Action: graph.ActionRename, Entity: xiID, Name: "!!!", Reason: "x"}, graph.EINVALID},
			{graph.Correction{Action: graph.ActionRename, Entity: xiID, Name: string(make([]byte, 300)), Reason: "x"}, graph.EINVALID},
			{graph.Correction{Action: graph.ActionKind, Entity: xiID, Kind: "deity", Reason: "x"}, graph.EINVALID},
			{graph.Correction{Action: graph.ActionKind, Entity: xiID, Kind: graph.Person, Reason: "x"}, graph.ECONFLICT},
			{graph.Correction{Action: graph.ActionAddAlias, Entity: tokayevID, Name: "tokayev", Reason: "x"}, graph.ECONFLICT},
			{graph.Correction{Action: graph.ActionRemoveAlias, Entity: tokayevID, Name: "Nursultan", Reason: "x"}, graph.ENOTFOUND},
			{graph.Correction{Action: graph.ActionSplit, Entity: tokayevID, Name: "Nursultan", Reason: "x"}, graph.ENOTFOUND},
			{graph.Correction{Action: graph.ActionAddAlias, Entity: "person:nobody", Name: "x", Reason: "x"}, graph.ENOTFOUND},
			{graph.Correction{Action: graph.ActionAddAlias, Entity: tokayevID, Name: "\xff\xfe", Reason: "x"}, graph.EINVALID},
			{graph.Correction{Action: graph.ActionHide, Entity: tokayevID, Name: "x", Reason: "x"}, graph.EINVALID},
		} {
			tc.c.Editor = "alice"
			if _, err := s.Correct(t.Context(), tc.c); graph.ErrorCode(err) != tc.code {
				t.Errorf("%+v: %v, want %s", tc.c, err, tc.code)
			}
		}
	})
}

// equalJSON compares two answers as a client reads them.
func equalJSON(a, b any) bool {
	ja, errA := json.Marshal(a)
	jb, errB := json.Marshal(b)
	return errA == nil && errB == nil && string(ja) == string(jb)
}
