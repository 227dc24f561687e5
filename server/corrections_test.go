package server_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/server"
)

// askedCSTO is a relationship of the seed.
const askedCSTO = tokayev + "|REQUESTED_HELP_FROM|" + csto

// TestRejectAndUndoThroughTheAPI: an editor rejects a relationship (201 with its id), every view and
// export leaves it out, the trail lists who did it and why; another editor undoes it and it is back.
func TestRejectAndUndoThroughTheAPI(t *testing.T) {
	ts, _ := newWriteServer(t, server.Config{})
	views := []string{"/api/graph?depth=1&focus=" + tokayev, "/api/graph?depth=1&format=graphml&focus=" + tokayev,
		"/api/graph?depth=1&format=csv-edges&focus=" + tokayev, "/api/entities/" + tokayev, "/api/blocs", "/api/paths?from=" + tokayev + "&to=" + csto}
	for _, v := range views {
		if r := send(t, ts, http.MethodGet, v, "", nil); !strings.Contains(r.body, "REQUESTED_HELP_FROM") {
			t.Fatalf("before: %s lacks the relationship: %d %.200s", v, r.status, r.body)
		}
	}
	r := sendJSON(t, ts, http.MethodPost, "/api/corrections", map[string]string{"action": "reject", "relation": askedCSTO, "reason": "the request went to Putin, not the CSTO"})
	if r.status != http.StatusCreated {
		t.Fatalf("POST /api/corrections: %d %s", r.status, r.body)
	}
	var c graph.Correction
	decode(t, r, &c)
	if c.ID == "" || c.Editor != "alice" || c.Created == "" || r.header.Get("Location") != "/api/corrections/"+c.ID {
		t.Errorf("correction %+v, Location %q", c, r.header.Get("Location"))
	}
	for _, v := range views {
		if r := send(t, ts, http.MethodGet, v, "", nil); strings.Contains(r.body, "REQUESTED_HELP_FROM") {
			t.Errorf("after the rejection, %s still has the relationship", v)
		}
	}
	list := send(t, ts, http.MethodGet, "/api/corrections", "", nil)
	mustContain(t, "the trail", list.body, `"id":"`+c.ID+`"`, `"editor":"alice"`, `"reason":"the request went to Putin, not the CSTO"`)

	if r := send(t, ts, http.MethodDelete, "/api/corrections/"+c.ID, "", nil); r.status != http.StatusUnauthorized {
		t.Errorf("DELETE without a token: %d, want 401", r.status)
	}
	r = send(t, ts, http.MethodDelete, "/api/corrections/"+c.ID, "", nil, "Authorization", "Bearer "+bobToken)
	if r.status != http.StatusOK || !strings.Contains(r.body, `"undone":{"editor":"bob"`) {
		t.Fatalf("DELETE: %d %s", r.status, r.body)
	}
	for _, v := range views {
		if r := send(t, ts, http.MethodGet, v, "", nil); !strings.Contains(r.body, "REQUESTED_HELP_FROM") {
			t.Errorf("after the undo, %s lacks the relationship", v)
		}
	}
	r = send(t, ts, http.MethodDelete, "/api/corrections/"+c.ID, "", nil, "Authorization", "Bearer "+bobToken)
	if code, _ := apiError(t, r); r.status != http.StatusConflict || code != "conflict" {
		t.Errorf("undoing twice: %d %s", r.status, code)
	}
	r = send(t, ts, http.MethodDelete, "/api/corrections/nothing", "", nil, "Authorization", "Bearer "+bobToken)
	if r.status != http.StatusNotFound {
		t.Errorf("undoing an unknown id: %d", r.status)
	}
}

// TestSetStanceThroughTheAPI: an editor sets a relationship's stance; the filters read it so.
func TestSetStanceThroughTheAPI(t *testing.T) {
	ts, _ := newWriteServer(t, server.Config{})
	conflicts := "/api/graph?depth=1&stances=conflict&focus=" + tokayev
	if r := send(t, ts, http.MethodGet, conflicts, "", nil); strings.Contains(r.body, "REQUESTED_HELP_FROM") {
		t.Fatal("before: the request for help is among the conflicts")
	}
	r := sendJSON(t, ts, http.MethodPost, "/api/corrections", map[string]string{"action": "stance", "relation": askedCSTO, "stance": "conflict", "reason": "a test"})
	if r.status != http.StatusCreated || !strings.Contains(r.body, `"stance":"conflict"`) {
		t.Fatalf("%d %s", r.status, r.body)
	}
	if r := send(t, ts, http.MethodGet, conflicts, "", nil); !strings.Contains(r.body, "REQUESTED_HELP_FROM") {
		t.Error("after: the request for help is not among the conflicts")
	}
	r = sendJSON(t, ts, http.MethodPost, "/api/corrections", map[string]string{"action": "stance", "relation": askedCSTO, "stance": "friendly", "reason": "x"})
	if _, msg := apiError(t, r); r.status != http.StatusBadRequest || !strings.Contains(msg, `"friendly"`) {
		t.Errorf("an unknown stance: %d %q", r.status, msg)
	}
}

// TestHostileCorrections: every field of a correction is checked, and refused with what is wrong.
func TestHostileCorrections(t *testing.T) {
	ts, _ := newWriteServer(t, server.Config{})
	checkRefusals(t, ts, []refusal{
		{"no reason", `{"action":"reject","relation":"` + askedCSTO + `"}`, 400, "give a reason"},
		{"a blank reason", `{"action":"reject","relation":"` + askedCSTO + `","reason":"  \n "}`, 400, "give a reason"},
		{"a long reason", `{"action":"reject","relation":"` + askedCSTO + `","reason":"` + strings.Repeat("é", 1001) + `"}`, 400, "1001 characters long, over the limit of 1000"},
		{"an unknown action", `{"action":"drop_table","entity":"x","reason":"x"}`, 400, `action "drop_table" is not one of reject, reject_sentence, stance, hide`},
		{"an unknown field", `{"action":"reject","relation":"` + askedCSTO + `","reason":"x","editor":"mallory"}`, 400, `unknown field "editor"`},
		{"an unknown relationship", `{"action":"reject","relation":"state:a|SUPPORTS|state:b","reason":"x"}`, 404, `no relationship with id "state:a|SUPPORTS|state:b"`},
		{"a relationship id that is not one", `{"action":"reject","relation":"<script>","reason":"x"}`, 400, `is not an id FROM|TYPE|TO`},
		{"an unknown type", `{"action":"reject","relation":"a|LOVES|b","reason":"x"}`, 400, `unknown type "LOVES"`},
		{"a long id", `{"action":"hide","entity":"` + strings.Repeat("x", 700) + `","reason":"x"}`, 400, "longer than 600 bytes"},
		{"a sentence that is not there", `{"action":"reject_sentence","relation":"` + askedCSTO + `","document":"2022-01-07-kazakhstan-csto-intervention","start":1,"end":2,"reason":"x"}`, 404, "has no sentence at characters 1..2"},
		{"a sentence backwards", `{"action":"reject_sentence","relation":"` + askedCSTO + `","document":"d","start":5,"end":2,"reason":"x"}`, 400, "name the sentence"},
		{"a string for a number", `{"action":"reject_sentence","relation":"` + askedCSTO + `","document":"d","start":"1","end":2,"reason":"x"}`, 400, "start should be a int"},
		{"two values", `{"action":"hide","entity":"` + tokayev + `","reason":"x"}{}`, 400, "more than one JSON value"},
	})
	// A reason is kept as written, controls and all; the page and the CLI show it escaped.
	reason := "misread \u202egnp.exe <b>bold</b>"
	r := sendJSON(t, ts, http.MethodPost, "/api/corrections", map[string]string{"action": "hide", "entity": tokayev, "reason": reason})
	var c graph.Correction
	decode(t, r, &c)
	if r.status != http.StatusCreated || c.Reason != reason {
		t.Errorf("%d: reason %q, want %q", r.status, c.Reason, reason)
	}
	if r := send(t, ts, http.MethodGet, "/api/entities/"+tokayev, "", nil); r.status != http.StatusNotFound {
		t.Errorf("a hidden actor: %d, want 404", r.status)
	}
}
