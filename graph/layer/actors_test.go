package layer_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/layer"
)

// The stored actors the actor tests correct: a resolver merged "Putin" into Vladimir Putin, and Moscow
// stands for Russia in one article.
var (
	storedActors    = map[string]graph.Entity{}
	putinActor      = graph.NewEntity(graph.Person, "Vladimir Putin", "Putin")
	russiaActor     = graph.NewEntity(graph.State, "Russia", "Russian Federation")
	moscowActor     = graph.NewEntity(graph.State, "Moscow")
	kazakhstanActor = graph.NewEntity(graph.State, "Kazakhstan")
)

func init() {
	for _, e := range []graph.Entity{putinActor, russiaActor, moscowActor, kazakhstanActor} {
		storedActors[e.ID] = e
	}
}

func lookupStored(id string) (graph.Entity, bool) { e, ok := storedActors[id]; return e, ok }

func sentence(doc, text string) graph.Evidence {
	return graph.Evidence{Document: doc, Text: text, Start: 0, End: len([]rune(text)), Stance: graph.Structural, Origin: graph.Extracted, Confidence: 0.8}
}

func storedRelations() []graph.Relation {
	r := func(from string, t graph.RelType, to string, ev ...graph.Evidence) graph.Relation {
		return graph.Relation{ID: graph.RelationID(from, t, to), From: from, To: to, Type: t, Stance: graph.MergeStance(ev), Evidence: ev}
	}
	return []graph.Relation{
		r(putinActor.ID, graph.Leads, russiaActor.ID, sentence("a", "Putin leads Russia."), sentence("b", "Vladimir Putin leads Russia.")),
		r(moscowActor.ID, graph.DeployedForcesTo, kazakhstanActor.ID, sentence("c", "Moscow sent troops to Kazakhstan.")),
		r(russiaActor.ID, graph.DeployedForcesTo, kazakhstanActor.ID, sentence("d", "Russia sent troops to Kazakhstan.")),
		r(moscowActor.ID, graph.PartOf, russiaActor.ID, sentence("e", "Moscow is in Russia.")),
	}
}

// TestActors: what each actor correction makes of the stored actors and relationships.
func TestActors(t *testing.T) {
	at := func(action, entity, into, name string, kind graph.Kind) graph.Correction {
		return graph.Correction{ID: action, Action: action, Entity: entity, Into: into, Name: name, Kind: kind, Reason: "x", Editor: "alice"}
	}
	newPutin := graph.EntityID(graph.Person, "Putin")
	tests := []struct {
		name      string
		log       []graph.Correction
		entity    string // asked for
		want      graph.Entity
		relations []string // ids, with the number of sentences after a colon
	}{
		{"merge", []graph.Correction{at(graph.ActionMerge, moscowActor.ID, russiaActor.ID, "", "")}, moscowActor.ID,
			graph.Entity{ID: russiaActor.ID, Name: "Russia", Kind: graph.State, Aliases: []string{"Moscow", "Russian Federation"}},
			[]string{putinActor.ID + "|LEADS|" + russiaActor.ID + ":2", russiaActor.ID + "|DEPLOYED_FORCES_TO|" + kazakhstanActor.ID + ":2"}},
		{"merge then split it off", []graph.Correction{at(graph.ActionMerge, moscowActor.ID, russiaActor.ID, "", ""), at(graph.ActionSplit, russiaActor.ID, moscowActor.ID, "Moscow", "")}, russiaActor.ID,
			russiaActor, []string{moscowActor.ID + "|DEPLOYED_FORCES_TO|" + kazakhstanActor.ID + ":1", moscowActor.ID + "|PART_OF|" + russiaActor.ID + ":1",
				putinActor.ID + "|LEADS|" + russiaActor.ID + ":2", russiaActor.ID + "|DEPLOYED_FORCES_TO|" + kazakhstanActor.ID + ":1"}},
		{"split what the resolver merged", []graph.Correction{at(graph.ActionSplit, putinActor.ID, newPutin, "Putin", "")}, newPutin,
			graph.Entity{ID: newPutin, Name: "Putin", Kind: graph.Person, Aliases: []string{}},
			[]string{moscowActor.ID + "|DEPLOYED_FORCES_TO|" + kazakhstanActor.ID + ":1", moscowActor.ID + "|PART_OF|" + russiaActor.ID + ":1",
				newPutin + "|LEADS|" + russiaActor.ID + ":1", putinActor.ID + "|LEADS|" + russiaActor.ID + ":1", russiaActor.ID + "|DEPLOYED_FORCES_TO|" + kazakhstanActor.ID + ":1"}},
		{"rename, kind", []graph.Correction{at(graph.ActionRename, moscowActor.ID, graph.EntityID(graph.State, "Kremlin"), "Kremlin", ""),
			at(graph.ActionKind, graph.EntityID(graph.State, "Kremlin"), graph.EntityID(graph.Organization, "Kremlin"), "", graph.Organization)}, moscowActor.ID,
			graph.Entity{ID: "organization:kremlin", Name: "Kremlin", Kind: graph.Organization, Aliases: []string{"Moscow"}},
			[]string{"organization:kremlin|DEPLOYED_FORCES_TO|" + kazakhstanActor.ID + ":1", "organization:kremlin|PART_OF|" + russiaActor.ID + ":1",
				putinActor.ID + "|LEADS|" + russiaActor.ID + ":2", russiaActor.ID + "|DEPLOYED_FORCES_TO|" + kazakhstanActor.ID + ":1"}},
		{"aliases", []graph.Correction{at(graph.ActionAddAlias, russiaActor.ID, "", "RF", ""), at(graph.ActionRemoveAlias, russiaActor.ID, "", "Russian Federation", "")}, russiaActor.ID,
			graph.Entity{ID: russiaActor.ID, Name: "Russia", Kind: graph.State, Aliases: []string{"RF"}}, nil},
		{"an undone merge", []graph.Correction{func() graph.Correction {
			c := at(graph.ActionMerge, moscowActor.ID, russiaActor.ID, "", "")
			c.Undone = &graph.Undo{Editor: "bob", At: "2026-12-04T00:00:00Z"}
			return c
		}()}, moscowActor.ID, moscowActor, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := layer.NewActors(tt.log, lookupStored)
			e, ok := a.Entity(tt.entity, lookupStored)
			if !ok || e.ID != tt.want.ID || e.Name != tt.want.Name || e.Kind != tt.want.Kind || !slices.Equal(e.Aliases, tt.want.Aliases) {
				t.Errorf("Entity(%s) = %+v %v, want %+v", tt.entity, e, ok, tt.want)
			}
			if tt.relations == nil {
				return
			}
			var got []string
			for _, r := range a.Relations(storedRelations()) {
				got = append(got, r.ID+":"+string(rune('0'+len(r.Evidence))))
			}
			slices.Sort(got)
			if want := slices.Sorted(slices.Values(tt.relations)); !slices.Equal(got, want) {
				t.Errorf("relations\ngot  %v\nwant %v", got, want)
			}
		})
	}
}

// FuzzActors: any log of actor corrections, as an imported file may hold (chains, loops, ids of nothing),
// gives actors and relationships without a panic, without a relationship from an actor to itself, and
// without a sentence that no stored relationship has.
func FuzzActors(f *testing.F) {
	f.Add([]byte{0, 2, 1, 1, 2, 3, 5, 1, 4})
	f.Add([]byte{2, 0, 5, 0, 1, 1, 5, 0, 2, 1, 0, 0})
	ids := []string{putinActor.ID, russiaActor.ID, moscowActor.ID, kazakhstanActor.ID, "person:putinActor", "state:kremlin", "state:nowhere"}
	names := []string{"Putin", "Moscow", "Russia", "Kremlin", "Russian Federation", "Vladimir Putin", "<b>x</b>"}
	actions := []string{graph.ActionMerge, graph.ActionSplit, graph.ActionRename, graph.ActionKind, graph.ActionAddAlias, graph.ActionRemoveAlias, graph.ActionHide}
	f.Fuzz(func(t *testing.T, data []byte) {
		var log []graph.Correction
		for i := 0; i+2 < len(data) && len(log) < 40; i += 3 {
			c := graph.Correction{ID: string(rune('a' + len(log))), Action: actions[int(data[i])%len(actions)], Entity: ids[int(data[i+1])%len(ids)],
				Into: ids[int(data[i+2])%len(ids)], Name: names[int(data[i+2])%len(names)], Kind: graph.Kinds[int(data[i+2])%len(graph.Kinds)]}
			if data[i]&0x80 != 0 {
				c.Undone = &graph.Undo{Editor: "bob", At: "now"}
			}
			log = append(log, c)
		}
		a := layer.NewActors(log, lookupStored)
		for _, id := range ids {
			if e, ok := a.Entity(id, lookupStored); ok && (e.ID == "" || slices.ContainsFunc(e.Aliases, func(s string) bool { return graph.Fold(s) == graph.Fold(e.Name) })) {
				t.Errorf("Entity(%s) = %+v", id, e)
			}
		}
		stored := map[string]bool{}
		for _, r := range storedRelations() {
			for _, ev := range r.Evidence {
				stored[ev.Document+ev.Text] = true
			}
		}
		for _, r := range a.Relations(storedRelations()) {
			if r.From == r.To || r.ID != graph.RelationID(r.From, r.Type, r.To) || len(r.Evidence) == 0 {
				t.Errorf("relationship %+v", r)
			}
			for _, ev := range r.Evidence {
				if !stored[ev.Document+ev.Text] || strings.TrimSpace(ev.Text) == "" {
					t.Errorf("a sentence no stored relationship has: %+v", ev)
				}
			}
		}
		_ = a.Touched()
		_ = a.Stored(ids)
	})
}
