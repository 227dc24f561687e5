package layer

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestRelationEditsRoute: retypes and reversals follow one another in log order, a sentence rejected under
// an id stays out after the relationship moves on, a cycle of moves ends where it started, and a sentence
// read as the old type's default stance reads as the new type's.
func TestRelationEditsRoute(t *testing.T) {
	ev := func(start int, st graph.Stance) graph.Evidence {
		return graph.Evidence{Document: "d", Text: "x", Start: start, End: start + 1, Stance: st, Origin: graph.Extracted}
	}
	supports := graph.Relation{ID: "state:a|SUPPORTS|state:b", From: "state:a", To: "state:b", Type: graph.Supports, Stance: graph.Cooperation,
		Evidence: []graph.Evidence{ev(1, graph.Cooperation), ev(5, graph.Neutral)}}
	opposes := "state:a|OPPOSES|state:b"
	retype := func(id string, to graph.RelType) graph.Correction {
		return graph.Correction{ID: id, Action: graph.ActionRetype, Relation: supports.ID, Type: to}
	}
	for _, tc := range []struct {
		name    string
		log     []graph.Correction
		wantID  string
		stances []graph.Stance // of the sentences left
	}{
		{"no correction", nil, supports.ID, []graph.Stance{graph.Cooperation, graph.Neutral}},
		{"retyped", []graph.Correction{retype("1", graph.Opposes)}, opposes, []graph.Stance{graph.Conflict, graph.Neutral}},
		{"retyped, then reversed", []graph.Correction{retype("1", graph.Opposes), {ID: "2", Action: graph.ActionReverse, Relation: opposes}},
			"state:b|OPPOSES|state:a", []graph.Stance{graph.Conflict, graph.Neutral}},
		{"a sentence rejected, then retyped", []graph.Correction{{ID: "1", Action: graph.ActionRejectSentence, Relation: supports.ID, Document: "d", Start: 1, End: 2}, retype("2", graph.Opposes)},
			opposes, []graph.Stance{graph.Neutral}},
		{"retyped and back", []graph.Correction{retype("1", graph.Opposes), {ID: "2", Action: graph.ActionRetype, Relation: opposes, Type: graph.Supports}},
			supports.ID, []graph.Stance{graph.Cooperation, graph.Neutral}},
		{"retyped to a symmetric type, named in id order", []graph.Correction{{ID: "1", Action: graph.ActionReverse, Relation: supports.ID},
			{ID: "2", Action: graph.ActionRetype, Relation: "state:b|SUPPORTS|state:a", Type: graph.AlliedWith}},
			"state:a|ALLIED_WITH|state:b", []graph.Stance{graph.Cooperation, graph.Neutral}},
		{"retyped, the retype undone", []graph.Correction{{ID: "1", Action: graph.ActionRetype, Relation: supports.ID, Type: graph.Opposes, Undone: &graph.Undo{Editor: "b", At: "t"}}},
			supports.ID, []graph.Stance{graph.Cooperation, graph.Neutral}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := NewCorrections(tc.log).Relations([]graph.Relation{supports})
			if len(got) != 1 || got[0].ID != tc.wantID || len(got[0].Evidence) != len(tc.stances) {
				t.Fatalf("got %+v, want %s with %d sentences", got, tc.wantID, len(tc.stances))
			}
			from, typ, to, _ := graph.SplitRelationID(tc.wantID)
			if got[0].From != from || got[0].To != to || string(got[0].Type) != typ {
				t.Errorf("%+v does not match its id", got[0])
			}
			for i, st := range tc.stances {
				if got[0].Evidence[i].Stance != st {
					t.Errorf("sentence %d reads %s, want %s", i, got[0].Evidence[i].Stance, st)
				}
			}
		})
	}
}

// TestSentenceAt: offsets count code points, and offsets past the text are refused.
func TestSentenceAt(t *testing.T) {
	text := "Путин met 习近平."
	for _, tc := range []struct {
		start, end int
		want       string
		ok         bool
	}{{0, 5, "Путин", true}, {10, 14, "习近平.", true}, {10, 15, "", false}, {3, 3, "", false}, {-1, 2, "", false}, {14, 14, "", false}} {
		if got, ok := SentenceAt(text, tc.start, tc.end); got != tc.want || ok != tc.ok {
			t.Errorf("SentenceAt(%d, %d) = %q %v, want %q %v", tc.start, tc.end, got, ok, tc.want, tc.ok)
		}
	}
}

// TestAddedAfterAMoveStays: a relationship an editor adds under an id after moving the one the articles
// stated there away stays where it was added, through both passes a read with actor corrections makes.
func TestAddedAfterAMoveStays(t *testing.T) {
	supports := graph.Relation{ID: "state:a|SUPPORTS|state:b", From: "state:a", To: "state:b", Type: graph.Supports, Stance: graph.Cooperation,
		Evidence: []graph.Evidence{{Document: "d", Text: "x", Start: 1, End: 2, Stance: graph.Cooperation, Origin: graph.Extracted}}}
	c := NewCorrections([]graph.Correction{
		{ID: "1", Action: graph.ActionRetype, Relation: supports.ID, Type: graph.Opposes},
		{ID: "2", Action: graph.ActionAdd, Relation: supports.ID, Document: "d", Start: 5, End: 6, Text: "y", Editor: "e"},
	})
	got := c.With([]graph.Relation{supports}, func(string, string) bool { return true })
	again := c.Relations(got)
	for _, rs := range [][]graph.Relation{got, again} {
		if len(rs) != 2 || rs[0].ID != "state:a|OPPOSES|state:b" || rs[1].ID != supports.ID || rs[1].Evidence[0].Text != "y" {
			t.Errorf("got %+v, want the stated one moved and the added one where it was added", rs)
		}
	}
}
