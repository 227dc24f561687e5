package server_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"testing"
)

// TestViewsTakeNames: focus=, from=, to=, a= and b= take a name or alias as the CLI's --focus does; a name
// that matches nothing or several actors is 404 with the candidates.
func TestViewsTakeNames(t *testing.T) {
	ts := newTestServer(t)
	tests := []struct {
		path, wantFocus string
	}{
		{"/api/graph?depth=1&focus=Tokayev", tokayev},
		{"/api/graph?depth=1&focus=" + url.QueryEscape("kassym jomart TOKÁYEV"), tokayev},
		{"/api/graph?depth=1&focus=CSTO", csto},
		{"/api/alliances?focus=CSTO", csto},
		{"/api/changes?focus=Tokayev&before=..2022-01-06&after=2022-01-07..", ""},
		{"/api/paths?from=Tokayev&to=CSTO", ""},
	}
	for _, tt := range tests {
		r := ts.get(t, tt.path)
		if r.status != http.StatusOK {
			t.Errorf("%s: %d %.300s", tt.path, r.status, r.body)
			continue
		}
		var v struct {
			Focus json.RawMessage `json:"focus"` // a list in subgraphs, one id in alliances
			From  string          `json:"from"`
			To    string          `json:"to"`
		}
		if err := json.Unmarshal([]byte(r.body), &v); err != nil {
			t.Fatal(err)
		}
		if f := string(v.Focus); tt.wantFocus != "" && f != `["`+tt.wantFocus+`"]` && f != `"`+tt.wantFocus+`"` {
			t.Errorf("%s: focus %q, want [%s]", tt.path, v.Focus, tt.wantFocus)
		}
		if v.From != "" && (v.From != tokayev || v.To != csto) {
			t.Errorf("%s: from %q to %q", tt.path, v.From, v.To)
		}
	}

	errs := []struct{ path, want string }{
		{"/api/graph?focus=Nobody+Atall", `no actor matches \"Nobody Atall\"`},
		{"/api/graph?focus=kazakh", `\"kazakh\" matches several actors; give one of these ids: `},
		{"/api/paths?from=Tokayev&to=kazakh", `give one of these ids: `},
	}
	for _, tt := range errs {
		r := ts.get(t, tt.path)
		if r.status != http.StatusNotFound {
			t.Errorf("%s: %d %s, want 404", tt.path, r.status, r.body)
		}
		mustContain(t, tt.path, r.body, tt.want, `"code":"not_found"`)
	}
}
