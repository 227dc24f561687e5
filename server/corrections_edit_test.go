package server_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/server"
)

const (
	seedDoc        = "2022-01-07-kazakhstan-csto-intervention"
	securityForces = "organization:kazakh-security-forces"
	defenseMin     = "organization:russian-defense-ministry"
)

// TestAddRetypeReverseThroughTheAPI: an editor adds a relationship from a sentence of the seed article; the
// drawing, the JSON and the exports show it with that sentence; a retype and a reversal move it with its
// evidence; undo takes each back.
func TestAddRetypeReverseThroughTheAPI(t *testing.T) {
	ts, _ := newWriteServer(t, server.Config{})
	var doc graph.Document
	decode(t, send(t, ts, http.MethodGet, "/api/documents/"+seedDoc, "", nil), &doc)
	sentence := "Russia’s Defense Ministry said Friday that 70 planes were involved in transferring units to Kazakhstan “round-the-clock” and that its troops, alongside Kazakh security forces, had full control of the Almaty airport."
	start, end, ok := graph.Locate(doc.Text, sentence, 1)
	if !ok {
		t.Fatal("the seed article lacks the sentence")
	}
	allied := securityForces + "|ALLIED_WITH|" + defenseMin
	views := []string{"/api/graph?depth=1&focus=" + securityForces, "/api/graph?depth=1&format=csv-edges&focus=" + securityForces,
		"/api/graph?depth=1&format=graphml&focus=" + securityForces}
	for _, v := range views {
		if r := send(t, ts, http.MethodGet, v, "", nil); r.status != http.StatusOK || strings.Contains(r.body, "ALLIED_WITH") || strings.Contains(r.body, "allied with") {
			t.Fatalf("before: %s: %d or already has the relationship", v, r.status)
		}
	}
	// Named the other way round: ALLIED_WITH is symmetric, and the store puts the actors in id order.
	r := sendJSON(t, ts, http.MethodPost, "/api/corrections", map[string]any{"action": "add", "relation": defenseMin + "|ALLIED_WITH|" + securityForces,
		"document": seedDoc, "start": start, "end": end, "reason": "they hold the airport together"})
	if r.status != http.StatusCreated {
		t.Fatalf("POST add: %d %s", r.status, r.body)
	}
	var added graph.Correction
	decode(t, r, &added)
	if added.Relation != allied || added.Text != sentence || added.Editor != "alice" {
		t.Errorf("the addition is recorded as %+v", added)
	}
	for _, v := range views {
		if r := send(t, ts, http.MethodGet, v, "", nil); !strings.Contains(r.body, "ALLIED_WITH") && !strings.Contains(r.body, "allied with") {
			t.Errorf("after the addition, %s lacks the relationship: %.300s", v, r.body)
		}
	}
	var sg graph.Subgraph
	decode(t, send(t, ts, http.MethodGet, "/api/graph?depth=1&focus="+securityForces, "", nil), &sg)
	for _, rel := range sg.Relations {
		if rel.ID == allied && (len(rel.Evidence) != 1 || rel.Evidence[0].Text != sentence || rel.Evidence[0].Start != start || rel.Evidence[0].Published != "2022-01-07") {
			t.Errorf("the added relationship's evidence: %+v", rel.Evidence)
		}
	}

	r = sendJSON(t, ts, http.MethodPost, "/api/corrections", map[string]any{"action": "retype", "relation": allied, "type": "SIGNED_AGREEMENT_WITH", "reason": "x"})
	if r.status != http.StatusCreated {
		t.Fatalf("POST retype: %d %s", r.status, r.body)
	}
	var retype graph.Correction
	decode(t, r, &retype)
	decode(t, send(t, ts, http.MethodGet, "/api/graph?depth=1&focus="+securityForces, "", nil), &sg)
	body, _ := json.Marshal(sg)
	if strings.Contains(string(body), "ALLIED_WITH") || !strings.Contains(string(body), securityForces+"|SIGNED_AGREEMENT_WITH|"+defenseMin) || !strings.Contains(string(body), "alongside Kazakh security forces") {
		t.Errorf("after the retype: %.500s", body)
	}
	r = sendJSON(t, ts, http.MethodPost, "/api/corrections", map[string]any{"action": "reverse", "relation": securityForces + "|SIGNED_AGREEMENT_WITH|" + defenseMin, "reason": "x"})
	if _, msg := apiError(t, r); r.status != http.StatusBadRequest || !strings.Contains(msg, "symmetric") {
		t.Errorf("reversing a symmetric type: %d %q", r.status, msg)
	}
	if r := send(t, ts, http.MethodDelete, "/api/corrections/"+retype.ID, "", nil, "Authorization", "Bearer "+aliceToken); r.status != http.StatusOK {
		t.Fatalf("undo the retype: %d %s", r.status, r.body)
	}
	if r := send(t, ts, http.MethodDelete, "/api/corrections/"+added.ID, "", nil, "Authorization", "Bearer "+aliceToken); r.status != http.StatusOK {
		t.Fatalf("undo the addition: %d %s", r.status, r.body)
	}
	for _, v := range views {
		if r := send(t, ts, http.MethodGet, v, "", nil); strings.Contains(r.body, "ALLIED_WITH") || strings.Contains(r.body, "allied with") {
			t.Errorf("after the undo, %s still has the relationship", v)
		}
	}

	// Reversal of a directed relationship: the request for help goes the other way, with its sentences.
	r = sendJSON(t, ts, http.MethodPost, "/api/corrections", map[string]any{"action": "reverse", "relation": askedCSTO, "reason": "x"})
	if r.status != http.StatusCreated {
		t.Fatalf("POST reverse: %d %s", r.status, r.body)
	}
	if r := send(t, ts, http.MethodGet, "/api/graph?depth=1&focus="+tokayev, "", nil); !strings.Contains(r.body, csto+"|REQUESTED_HELP_FROM|"+tokayev) || strings.Contains(r.body, askedCSTO) {
		t.Errorf("after the reversal: %.300s", r.body)
	}
}

// TestHostileRelationEdits: every new field of an addition, a retype and a reversal is checked, and
// refused with what is wrong.
func TestHostileRelationEdits(t *testing.T) {
	ts, _ := newWriteServer(t, server.Config{})
	add := func(rel, doc string, start, end any) string {
		b, _ := json.Marshal(map[string]any{"action": "add", "relation": rel, "document": doc, "start": start, "end": end, "reason": "x"})
		return string(b)
	}
	allied := securityForces + "|ALLIED_WITH|" + defenseMin
	checkRefusals(t, ts, []refusal{
		{"offsets past the end", add(allied, seedDoc, 100000, 100010), 400, "are not within the text of"},
		{"offsets backwards", add(allied, seedDoc, 10, 5), 400, "name the sentence"},
		{"negative offsets", add(allied, seedDoc, -5, 5), 400, "name the sentence"},
		{"a whole article", add(allied, seedDoc, 0, 5000), 400, "over the limit of 2000"},
		{"an unknown article", add(allied, "../../etc/passwd", 0, 5), 404, "no document"},
		{"an unknown actor", add("person:<script>|ALLIED_WITH|"+defenseMin, seedDoc, 0, 5), 404, "no entity"},
		{"not an actor id", add("<script>|SUPPORTS|"+defenseMin, seedDoc, 0, 5), 400, "is not an actor id"},
		{"an actor with itself", add(defenseMin+"|SUPPORTS|"+defenseMin, seedDoc, 0, 5), 400, "not " + defenseMin + " with itself"},
		{"a text from the client", `{"action":"add","relation":"` + allied + `","document":"` + seedDoc + `","start":0,"end":5,"text":"x","reason":"x"}`, 400, `unknown field "text"`},
		{"a stance out of the vocabulary", `{"action":"add","relation":"` + allied + `","document":"` + seedDoc + `","start":0,"end":5,"stance":"<b>","reason":"x"}`, 400, `"<b>"`},
		{"a type out of the vocabulary", `{"action":"retype","relation":"` + askedCSTO + `","type":"<script>alert(1)</script>","reason":"x"}`, 400, "unknown type"},
		{"a type on a reversal", `{"action":"reverse","relation":"` + askedCSTO + `","type":"SUPPORTS","reason":"x"}`, 400, `takes no "type"`},
		{"a type on a rejection", `{"action":"reject","relation":"` + askedCSTO + `","type":"SUPPORTS","reason":"x"}`, 400, `takes no "type"`},
		{"a retype to what it is", `{"action":"retype","relation":"` + askedCSTO + `","type":"REQUESTED_HELP_FROM","reason":"x"}`, 400, "of type REQUESTED_HELP_FROM already"},
		{"a retype of nothing", `{"action":"retype","relation":"state:a|SUPPORTS|state:b","type":"OPPOSES","reason":"x"}`, 404, "no relationship"},
	})
}

// refusal is a correction sent as JSON, the status it gets and what its message holds.
type refusal struct {
	name, body string
	status     int
	want       string
}

// checkRefusals sends each correction as alice and checks that it is refused as it should be.
func checkRefusals(t *testing.T, ts *httptest.Server, cases []refusal) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := send(t, ts, http.MethodPost, "/api/corrections", "application/json", []byte(tc.body), "Authorization", "Bearer "+aliceToken)
			if r.status != tc.status {
				t.Fatalf("status %d, want %d: %s", r.status, tc.status, r.body)
			}
			if _, msg := apiError(t, r); !strings.Contains(msg, tc.want) {
				t.Errorf("message %q, want it to hold %q", msg, tc.want)
			}
		})
	}
}
