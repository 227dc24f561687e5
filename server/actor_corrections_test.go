package server_test

import (
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/server"
)

// TestMergeAndUndoThroughTheAPI: an editor merges Xi Jinping into Tokayev (a test, not a judgement):
// Tokayev's drawing, entity page, search and exports show one actor with both names; the old id leads to
// the merged actor; the undo gives both back.
func TestMergeAndUndoThroughTheAPI(t *testing.T) {
	ts, _ := newWriteServer(t, server.Config{})
	r := sendJSON(t, ts, http.MethodPost, "/api/corrections", map[string]string{"action": "merge", "entity": xi, "into": "Tokayev", "reason": "one actor"})
	if r.status != http.StatusCreated {
		t.Fatalf("POST merge: %d %s", r.status, r.body)
	}
	var c graph.Correction
	decode(t, r, &c)
	if c.Into != tokayev || c.Entity != xi {
		t.Errorf("the merge is recorded as %+v", c)
	}
	var page struct{ Entity graph.Entity }
	decode(t, send(t, ts, http.MethodGet, "/api/entities/"+xi, "", nil), &page)
	if page.Entity.ID != tokayev || !slices.Contains(page.Entity.Aliases, "Xi Jinping") {
		t.Errorf("the old id's entity page shows %+v, want Tokayev with the alias Xi Jinping", page.Entity)
	}
	s := send(t, ts, http.MethodGet, "/api/search?q=xi+jinping", "", nil)
	mustContain(t, "search for the merged name", s.body, tokayev)
	if strings.Contains(s.body, `"id":"`+xi+`"`) {
		t.Errorf("search still finds the merged actor on its own: %s", s.body)
	}
	if p := send(t, ts, http.MethodGet, "/api/paths?from="+xi+"&to="+csto, "", nil); p.status != http.StatusOK || strings.Contains(p.body, `"`+xi+`"`) ||
		!strings.Contains(p.body, `"`+tokayev+`"`) {
		t.Errorf("a path from the merged id: %d %.300s", p.status, p.body)
	}
	for _, v := range []string{"/api/graph?depth=1&focus=" + tokayev, "/api/graph?depth=1&format=graphml&focus=" + tokayev,
		"/api/graph?depth=1&format=csv-nodes&focus=" + tokayev, "/api/blocs", "/api/paths?from=" + tokayev + "&to=" + csto} {
		if r := send(t, ts, http.MethodGet, v, "", nil); r.status != http.StatusOK || strings.Contains(r.body, xi) || !strings.Contains(r.body, tokayev) {
			t.Errorf("after the merge, %s: %d, names %s: %v", v, r.status, xi, strings.Contains(r.body, xi))
		}
	}
	r = send(t, ts, http.MethodDelete, "/api/corrections/"+c.ID, "", nil, "Authorization", "Bearer "+bobToken)
	if r.status != http.StatusOK {
		t.Fatalf("DELETE: %d %s", r.status, r.body)
	}
	mustContain(t, "after the undo", send(t, ts, http.MethodGet, "/api/entities/"+xi, "", nil).body, `"id":"`+xi+`"`)
}

// TestActorCorrectionsRefuseHostileInput: every new field of an actor correction is checked, and a name
// with markup is kept as written and returned as JSON, never as markup.
func TestActorCorrectionsRefuseHostileInput(t *testing.T) {
	ts, _ := newWriteServer(t, server.Config{})
	for _, body := range []map[string]any{
		{"action": "rename", "entity": xi, "name": "Xi\u0000Jinping", "reason": "x"},
		{"action": "rename", "entity": xi, "name": strings.Repeat("x", 5000), "reason": "x"},
		{"action": "rename", "entity": xi, "name": "   ", "reason": "x"},
		{"action": "kind", "entity": xi, "kind": "<script>", "reason": "x"},
		{"action": "add_alias", "entity": xi, "name": "x", "reason": ""},
		{"action": "add_alias", "entity": xi, "name": 7, "reason": "x"},
		{"action": "split", "entity": xi, "reason": "x"},
	} {
		r := sendJSON(t, ts, http.MethodPost, "/api/corrections", body)
		if code, msg := apiError(t, r); r.status != http.StatusBadRequest || code != "invalid" || msg == "" {
			t.Errorf("%v: %d %s %s", body, r.status, code, msg)
		}
	}
	for _, into := range []string{"no such actor", strings.Repeat("person:x", 200), "<script>"} {
		r := sendJSON(t, ts, http.MethodPost, "/api/corrections", map[string]string{"action": "merge", "entity": xi, "into": into, "reason": "x"})
		if code, msg := apiError(t, r); r.status != http.StatusNotFound || code != "not_found" || msg == "" {
			t.Errorf("merge into %.40q: %d %s %s", into, r.status, code, msg)
		}
	}
	hostile := `<img src=x onerror=alert(1)> "Си" & 'x'`
	r := sendJSON(t, ts, http.MethodPost, "/api/corrections", map[string]string{"action": "add_alias", "entity": xi, "name": hostile, "reason": "</script><script>alert(2)</script>"})
	if r.status != http.StatusCreated {
		t.Fatalf("%d %s", r.status, r.body)
	}
	e := send(t, ts, http.MethodGet, "/api/entities/"+xi, "", nil)
	if strings.Contains(e.body, "<img") || !strings.Contains(e.body, `\u003cimg src=x onerror=alert(1)\u003e`) {
		t.Errorf("the alias in JSON: %s", e.body)
	}
	xml := send(t, ts, http.MethodGet, "/api/graph?depth=1&format=graphml&focus="+xi, "", nil)
	if xml.status != http.StatusOK || strings.Contains(xml.body, "<img") || !strings.Contains(xml.body, "&lt;img") {
		t.Errorf("the GraphML export: %d, raw markup %v", xml.status, strings.Contains(xml.body, "<img"))
	}
}
