package server_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// The rumours article is added to the seeds where a test needs evidence of known confidence, claims and an
// actor related to nothing: what the extractor gives and the seed's curated overlay does not.
const rumoursID = "rumours-from-freedonia"

var (
	freedonia    = graph.EntityID(graph.State, "Freedonia")
	ruritania    = graph.EntityID(graph.State, "Ruritania")
	sylvania     = graph.EntityID(graph.State, "Sylvania")
	firefly      = graph.EntityID(graph.Person, "Rufus T. Firefly") // claims, and takes part in no relationship
	armed        = graph.RelationID(freedonia, graph.Supports, ruritania)
	opposes      = graph.RelationID(sylvania, graph.Opposes, freedonia)
	bordersSylva = graph.RelationID(ruritania, graph.Borders, sylvania)
)

// withRumours adds the rumours article's text layer to the test server's store: a sentence at 0.45 that
// nobody is said to claim, one at 0.65 that Firefly claims, and a fact at 0.9.
func withRumours(tb testing.TB, ts *testServer) {
	tb.Helper()
	text := "Freedonia reportedly armed Ruritania. Rufus T. Firefly said that Sylvania opposes Freedonia. Sylvania borders Ruritania."
	d := graph.Document{ID: rumoursID, Title: "Rumours from Freedonia", Source: "Example Wire", Published: "2022-01-08",
		Hash: graph.ContentHash(text), Text: text}
	ev := func(sentence string, stance graph.Stance, confidence float64, claim string) []graph.Evidence {
		start, end, ok := graph.Locate(text, sentence, 1)
		if !ok {
			tb.Fatalf("%q is not in the rumours", sentence)
		}
		return []graph.Evidence{{Document: d.ID, Text: sentence, Start: start, End: end, Stance: stance,
			Origin: graph.Extracted, Rule: "test", Confidence: confidence, Claim: claim}}
	}
	b := graph.Batch{Document: d, Origin: graph.OriginText,
		Entities: []graph.Entity{
			graph.NewEntity(graph.State, "Freedonia"), graph.NewEntity(graph.State, "Ruritania"),
			graph.NewEntity(graph.State, "Sylvania"), graph.NewEntity(graph.Person, "Rufus T. Firefly", "Firefly"),
		},
		Relations: []graph.Relation{
			{From: freedonia, To: ruritania, Type: graph.Supports, Evidence: ev("Freedonia reportedly armed Ruritania.", graph.Cooperation, 0.45, graph.ClaimUnattributed)},
			{From: sylvania, To: freedonia, Type: graph.Opposes, Evidence: ev("Rufus T. Firefly said that Sylvania opposes Freedonia.", graph.Conflict, 0.65, firefly)},
			{From: ruritania, To: sylvania, Type: graph.Borders, Evidence: ev("Sylvania borders Ruritania.", graph.Structural, 0.9, "")},
		},
	}
	if _, err := ts.store.Ingest(tb.Context(), b); err != nil {
		tb.Fatal(err)
	}
}

// TestMinConfidence: min_confidence keeps only the evidence at least that confident, in every view.
func TestMinConfidence(t *testing.T) {
	ts := newTestServer(t)
	withRumours(t, ts)
	tests := []struct {
		min  string
		want map[string][]float64 // relation → the confidence of each sentence shown
	}{
		{"", map[string][]float64{armed: {0.45}, opposes: {0.65}, bordersSylva: {0.9}}},
		{"0", map[string][]float64{armed: {0.45}, opposes: {0.65}, bordersSylva: {0.9}}},
		{"0.5", map[string][]float64{opposes: {0.65}, bordersSylva: {0.9}}},
		{"0.65", map[string][]float64{opposes: {0.65}, bordersSylva: {0.9}}},
		{"0.7", map[string][]float64{bordersSylva: {0.9}}},
		{"1", map[string][]float64{}},
	}
	for _, tt := range tests {
		t.Run("min_confidence="+tt.min, func(t *testing.T) {
			var sg graph.Subgraph
			mustJSON(t, ts.get(t, "/api/graph?depth=1&focus="+freedonia+","+sylvania+"&min_confidence="+tt.min), &sg)
			got := map[string][]float64{}
			for _, r := range sg.Relations {
				for _, ev := range r.Evidence {
					got[r.ID] = append(got[r.ID], ev.Confidence)
				}
			}
			if len(got) != len(tt.want) {
				t.Errorf("relations %v, want %v", got, tt.want)
			}
			for id, cs := range tt.want {
				if !slices.Equal(got[id], cs) {
					t.Errorf("%s: confidences %v, want %v", id, got[id], cs)
				}
			}
		})
	}
	t.Run("the whole-graph views filter too", func(t *testing.T) {
		var blocs struct{ Subgraph graph.Subgraph }
		mustJSON(t, ts.get(t, "/api/blocs?max_nodes=500&min_confidence=0.7"), &blocs)
		for _, r := range blocs.Subgraph.Relations {
			for _, ev := range r.Evidence {
				if ev.Confidence < 0.7 {
					t.Errorf("blocs at 0.7 show %s with a sentence at %v", r.ID, ev.Confidence)
				}
			}
		}
		var paths pathsBody
		mustJSON(t, ts.get(t, "/api/paths?from="+freedonia+"&to="+ruritania+"&min_confidence=0.5"), &paths)
		if len(paths.Paths) != 1 || len(paths.Paths[0].Steps) != 2 {
			t.Errorf("at 0.5 the path from Freedonia to Ruritania should go round through Sylvania: %+v", paths.Paths)
		}
	})
}

// TestMinConfidenceErrors: every view answers 400 with a message saying what is wrong.
func TestMinConfidenceErrors(t *testing.T) {
	ts := newTestServer(t)
	routes := []string{
		"/api/graph?focus=" + tokayev,
		"/api/paths?from=" + xi + "&to=" + zas,
		"/api/alliances?focus=" + russia,
		"/api/allies?a=" + russia + "&b=" + belarus,
		"/api/blocs?x=1",
		"/api/centrality?x=1",
		"/api/changes?focus=" + csto + "&before=..2022-01-06&after=2022-01-07..",
	}
	values := map[string]string{
		"1.5":  "min_confidence=1.5 is outside 0..1",
		"-0.1": "min_confidence=-0.1 is outside 0..1",
		"high": `min_confidence="high" is not a number`,
		"NaN":  `min_confidence="NaN" is not a number`,
		"Inf":  `min_confidence="Inf" is not a number`,
		"70%":  `min_confidence="70%" is not a number`,
	}
	for _, route := range routes {
		for v, message := range values {
			t.Run(route[:strings.Index(route, "?")]+" "+v, func(t *testing.T) {
				r := ts.get(t, route+"&min_confidence="+url.QueryEscape(v))
				var body struct {
					Error struct{ Code, Message string } `json:"error"`
				}
				_ = json.Unmarshal([]byte(r.body), &body)
				if r.status != http.StatusBadRequest || body.Error.Code != graph.EINVALID || !strings.Contains(body.Error.Message, message) {
					t.Errorf("%d %.200s, want 400 invalid with %q", r.status, r.body, message)
				}
			})
		}
	}
}
