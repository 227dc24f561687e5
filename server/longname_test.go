package server_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestLongNameEntity ingests an actor with the longest name a store takes (200 characters): its id stays
// short, its page answers and gives the name back whole. A 10,000-character name is refused with a message
// that quotes it cut, and ids and parameters too long or unknown get errors that quote them cut.
func TestLongNameEntity(t *testing.T) {
	ts := newTestServer(t)
	hub := graph.NewEntity(graph.State, "Longlandia")
	batch := func(name string) (graph.Batch, graph.Entity) {
		e := graph.NewEntity(graph.Organization, name)
		sentence := name + " supports Longlandia."
		doc := graph.Document{ID: "long-name-doc", Title: "A long name", Published: "2024-02-02", Text: sentence}
		doc.Hash = graph.ContentHash(doc.Text)
		b := graph.Batch{Origin: graph.OriginText, Document: doc, Entities: []graph.Entity{hub, e},
			Relations: []graph.Relation{{From: e.ID, To: hub.ID, Type: graph.Supports,
				Evidence: []graph.Evidence{{Document: doc.ID, Text: sentence, Start: 0, End: len([]rune(sentence)),
					Stance: graph.Cooperation, Origin: graph.Extracted, Confidence: 0.5}}}}}
		b.Normalize()
		return b, e
	}
	tooLong := strings.Repeat("Qwertyuiop ", 909) + "Z" // 10,000 characters
	b, _ := batch(tooLong)
	_, err := ts.store.Ingest(t.Context(), b)
	if want := `document long-name-doc: entity "` + tooLong[:100] + `…": the name is 10000 characters long, over the limit of 200`; graph.ErrorCode(err) != graph.EINVALID || graph.ErrorMessage(err) != want {
		t.Errorf("Ingest of a 10,000-character name = %v, want EINVALID %q", err, want)
	}

	name := strings.Repeat("Qwertyuiop ", 18) + "Qw" // 200 characters
	if n := len([]rune(name)); n != graph.MaxNameLength {
		t.Fatalf("the name has %d characters", n)
	}
	b, e := batch(name)
	if _, err := ts.store.Ingest(t.Context(), b); err != nil {
		t.Fatal(err)
	}
	if len(e.ID) > 200 {
		t.Fatalf("the id has %d bytes: %.300s", len(e.ID), e.ID)
	}

	r := ts.get(t, "/api/entities/"+url.PathEscape(e.ID))
	if r.status != http.StatusOK {
		t.Fatalf("GET /api/entities/%s: status %d: %.300s", e.ID, r.status, r.body)
	}
	var body struct {
		Entity    graph.Entity     `json:"entity"`
		Relations []graph.Relation `json:"relations"`
	}
	if err := json.Unmarshal([]byte(r.body), &body); err != nil {
		t.Fatal(err)
	}
	if body.Entity.ID != e.ID || body.Entity.Name != name {
		t.Errorf("the entity came back as %q named %.60q… (%d characters)", body.Entity.ID, body.Entity.Name, len([]rune(body.Entity.Name)))
	}
	if len(body.Relations) != 1 || body.Relations[0].To != hub.ID {
		t.Errorf("relations %+v", body.Relations)
	}

	// The neighbourhood of the hub shows the actor and its whole name.
	r = ts.get(t, "/api/graph?depth=1&focus="+url.QueryEscape(hub.ID))
	if r.status != http.StatusOK || !strings.Contains(r.body, `"name":"`+name+`"`) {
		t.Errorf("/api/graph around %s: status %d, whole name present %v", hub.ID, r.status, strings.Contains(r.body, name))
	}

	// Errors quote what the user gave, cut: an id over the parameter limit, an unknown id, a bad number.
	for _, tt := range []struct {
		path   string
		status int
		code   string
	}{
		{"/api/entities/" + url.PathEscape("organization:"+graph.Slug(tooLong)), http.StatusBadRequest, graph.EINVALID},
		{"/api/entities/" + url.PathEscape("organization:"+strings.Repeat("x", 1900)), http.StatusNotFound, graph.ENOTFOUND},
		{"/api/graph?focus=" + url.QueryEscape("person:"+strings.Repeat("y", 1900)), http.StatusNotFound, graph.ENOTFOUND},
		{"/api/graph?focus=" + url.QueryEscape(hub.ID) + "&depth=" + strings.Repeat("9x", 900), http.StatusBadRequest, graph.EINVALID},
	} {
		r := ts.get(t, tt.path)
		var eb struct {
			Error struct{ Code, Message string }
		}
		if err := json.Unmarshal([]byte(r.body), &eb); err != nil {
			t.Fatalf("%.60s: status %d, body %.300s: %v", tt.path, r.status, r.body, err)
		}
		if r.status != tt.status || eb.Error.Code != tt.code {
			t.Errorf("%.60s: status %d, code %q, want %d %q", tt.path, r.status, eb.Error.Code, tt.status, tt.code)
		}
		if n := len([]rune(eb.Error.Message)); n > 2*graph.MaxQuoted || !strings.Contains(eb.Error.Message, "…") {
			t.Errorf("%.60s: a message of %d characters that does not cut what it quotes: %.300s", tt.path, n, eb.Error.Message)
		}
	}
}
