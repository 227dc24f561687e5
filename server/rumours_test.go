package server_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// The rumours article (graphtest.Rumours) is added to the seeds where a test needs evidence of known
// confidence, claims and an actor related to nothing: what the extractor gives and the seed's curated
// overlay does not.
const rumoursID = graphtest.RumoursID

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
	if _, err := ts.store.Ingest(tb.Context(), graphtest.Rumours()); err != nil {
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

// TestActorsWithoutRelationships: an actor an article names and relates to nothing is found by search,
// with 0 relationships, listed with its article, and answered for alone; whole-graph views leave it out.
func TestActorsWithoutRelationships(t *testing.T) {
	ts := newTestServer(t)
	withRumours(t, ts)

	t.Run("search carries each actor's relationship count", func(t *testing.T) {
		var body struct {
			Results []struct {
				ID        string `json:"id"`
				Relations *int   `json:"relations"`
			} `json:"results"`
		}
		for q, want := range map[string]int{"Firefly": 0, "Sylvania": 2, "Freedonia": 2} {
			mustJSON(t, ts.get(t, "/api/search?q="+url.QueryEscape(q)), &body)
			if len(body.Results) == 0 || body.Results[0].Relations == nil || *body.Results[0].Relations != want {
				t.Errorf("search %q = %+v, want the first with relations %d", q, body.Results, want)
			}
		}
	})

	t.Run("the document lists the entities it names", func(t *testing.T) {
		var doc struct {
			ID       string `json:"id"`
			Text     string `json:"text"`
			Entities []struct {
				ID        string     `json:"id"`
				Name      string     `json:"name"`
				Kind      graph.Kind `json:"kind"`
				Relations int        `json:"relations"`
			} `json:"entities"`
		}
		mustJSON(t, ts.get(t, "/api/documents/"+rumoursID), &doc)
		got := map[string]int{}
		for _, e := range doc.Entities {
			got[e.ID] = e.Relations
			if e.Name == "" || e.Kind == "" {
				t.Errorf("entity %+v lacks its name or kind", e)
			}
		}
		want := map[string]int{freedonia: 2, ruritania: 2, sylvania: 2, firefly: 0}
		if doc.ID != rumoursID || doc.Text == "" || len(got) != len(want) {
			t.Fatalf("document %q with %d bytes of text names %v, want %v", doc.ID, len(doc.Text), got, want)
		}
		for id, n := range want {
			if got[id] != n {
				t.Errorf("%s: %d relationships, want %d", id, got[id], n)
			}
		}
	})

	t.Run("the seed article lists its actors, with their relationships across the store", func(t *testing.T) {
		var doc struct {
			Entities []struct {
				ID        string `json:"id"`
				Relations int    `json:"relations"`
			} `json:"entities"`
		}
		mustJSON(t, ts.get(t, "/api/documents/2022-01-07-kazakhstan-csto-intervention"), &doc)
		related := 0
		for _, e := range doc.Entities {
			if e.ID == tokayev && e.Relations < 5 {
				t.Errorf("Tokayev has %d relationships in the seed, want several", e.Relations)
			}
			if e.Relations > 0 {
				related++
			}
		}
		if len(doc.Entities) < 20 || related < 20 {
			t.Errorf("the seed names %d entities, %d of them related; want dozens", len(doc.Entities), related)
		}
	})

	t.Run("the neighbourhood of such an actor is the actor alone", func(t *testing.T) {
		var sg graph.Subgraph
		mustJSON(t, ts.get(t, "/api/graph?focus="+url.QueryEscape(firefly)), &sg)
		if len(sg.Entities) != 1 || sg.Entities[0].ID != firefly || len(sg.Relations) != 0 {
			t.Errorf("the view of Firefly has %d entities and %d relationships, want him alone", len(sg.Entities), len(sg.Relations))
		}
		r := ts.get(t, "/api/graph?format=svg&focus="+url.QueryEscape(firefly))
		if r.status != http.StatusOK || !strings.Contains(r.body, "Rufus T. Firefly") {
			t.Errorf("the drawing of Firefly: %d %.200s", r.status, r.body)
		}
	})

	t.Run("the entity says where it is mentioned", func(t *testing.T) {
		var e struct {
			Entity      graph.Entity     `json:"entity"`
			Relations   []graph.Relation `json:"relations"`
			MentionedIn []graph.Document `json:"mentioned_in"`
		}
		mustJSON(t, ts.get(t, "/api/entities/"+url.PathEscape(firefly)), &e)
		if e.Entity.ID != firefly || len(e.Relations) != 0 || len(e.MentionedIn) != 1 || e.MentionedIn[0].ID != rumoursID ||
			e.MentionedIn[0].Title != "Rumours from Freedonia" || e.MentionedIn[0].Text != "" {
			t.Errorf("entity %s: %+v", firefly, e)
		}
	})

	t.Run("blocs and centrality leave it out", func(t *testing.T) {
		var c struct {
			Ranking []struct{ ID string } `json:"ranking"`
		}
		mustJSON(t, ts.get(t, "/api/centrality?limit=500"), &c)
		var blocs struct{ Subgraph graph.Subgraph }
		mustJSON(t, ts.get(t, "/api/blocs?max_nodes=500"), &blocs)
		ranked := map[string]bool{}
		for _, r := range c.Ranking {
			ranked[r.ID] = true
		}
		if ranked[firefly] || !ranked[sylvania] {
			t.Errorf("centrality ranks Firefly %v, Sylvania %v; want only Sylvania", ranked[firefly], ranked[sylvania])
		}
		if _, ok := blocs.Subgraph.Entity(firefly); ok {
			t.Errorf("the blocs draw Firefly, who takes part in no relationship")
		}
		// Under a filter, so are those whose relationships it removes.
		mustJSON(t, ts.get(t, "/api/centrality?limit=500&min_confidence=0.7"), &c)
		for _, r := range c.Ranking {
			if r.ID == freedonia {
				t.Errorf("at 0.7 Freedonia's relationships are all filtered out, yet it is ranked")
			}
		}
	})
}
