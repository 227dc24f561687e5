package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/export"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/server"
)

func TestHealthAndReadiness(t *testing.T) {
	ts := newTestServer(t)
	if r := ts.get(t, "/healthz"); r.status != http.StatusOK || !strings.Contains(r.body, `"ok"`) {
		t.Errorf("healthz = %d %s", r.status, r.body)
	}
	if r := ts.get(t, "/readyz"); r.status != http.StatusOK || !strings.Contains(r.body, `"ready"`) {
		t.Errorf("readyz = %d %s", r.status, r.body)
	}
	ts.store.Close() // the store goes away
	r := ts.get(t, "/readyz")
	if r.status != http.StatusServiceUnavailable || r.header.Get("Retry-After") == "" {
		t.Errorf("readyz with the store closed = %d (Retry-After %q), want 503 with Retry-After", r.status, r.header.Get("Retry-After"))
	}
	mustContain(t, "readyz body", r.body, `"code":"unavailable"`)
	if r := ts.get(t, "/api/search?q=tokayev"); r.status != http.StatusServiceUnavailable {
		t.Errorf("search with the store closed = %d, want 503", r.status)
	}
	if r := ts.get(t, "/healthz"); r.status != http.StatusOK {
		t.Errorf("healthz with the store closed = %d, want 200 (the process is alive)", r.status)
	}
}

type searchBody struct {
	Results []struct {
		ID      string   `json:"id"`
		Name    string   `json:"name"`
		Kind    string   `json:"kind"`
		Aliases []string `json:"aliases"`
	} `json:"results"`
}

func TestSearch(t *testing.T) {
	ts := newTestServer(t)
	tests := []struct {
		q, wantFirst string
	}{
		{"tokayev", tokayev},
		{"KASSYM", tokayev},
		{"Tokáyev", tokayev},
		{"kasym-jomart", tokayev},
		{"csto", csto},
		{"Collective Security Treaty Organisation", csto},
		{"alma-ata", "place:almaty"},
		{"xi", "person:xi-jinping"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			r := ts.get(t, "/api/search?q="+url.QueryEscape(tt.q))
			if r.status != http.StatusOK {
				t.Fatalf("status %d: %s", r.status, r.body)
			}
			var body searchBody
			if err := json.Unmarshal([]byte(r.body), &body); err != nil {
				t.Fatal(err)
			}
			if len(body.Results) == 0 || body.Results[0].ID != tt.wantFirst {
				t.Fatalf("results = %+v, want %s first", body.Results, tt.wantFirst)
			}
			if body.Results[0].Kind == "" || body.Results[0].Aliases == nil {
				t.Errorf("first result %+v lacks kind or aliases", body.Results[0])
			}
		})
	}
	t.Run("limit", func(t *testing.T) {
		var body searchBody
		json.Unmarshal([]byte(ts.get(t, "/api/search?q=a&limit=3").body), &body)
		if len(body.Results) != 3 {
			t.Errorf("limit=3 gave %d results", len(body.Results))
		}
	})
	t.Run("no match is an empty list", func(t *testing.T) {
		r := ts.get(t, "/api/search?q=zzzzqqq")
		if r.status != http.StatusOK || !strings.Contains(r.body, `"results":[]`) {
			t.Errorf("= %d %s", r.status, r.body)
		}
	})
}

func TestErrorsAreJSONWithCodeAndMessage(t *testing.T) {
	ts := newTestServer(t)
	tests := []struct {
		path, code string
		status     int
		message    string
	}{
		{"/api/search?q=", graph.EINVALID, 400, "has no letters or digits"},
		{"/api/search?q=x&limit=1000", graph.EINVALID, 400, "limit=1000 is outside 1..100"},
		{"/api/search?q=" + strings.Repeat("a", 3000), graph.EINVALID, 400, "longer than"},
		{"/api/entities/person:nobody", graph.ENOTFOUND, 404, `no entity with id "person:nobody"`},
		{"/api/graph?depth=2", graph.EINVALID, 400, "parameter focus is required"},
		{"/api/graph?focus=" + tokayev + "&depth=4", graph.EINVALID, 400, "depth=4 is outside 1..3"},
		{"/api/graph?focus=" + tokayev + "&depth=two", graph.EINVALID, 400, `depth="two" is not a whole number`},
		{"/api/graph?focus=person:nobody", graph.ENOTFOUND, 404, `no entity with id "person:nobody"`},
		{"/api/graph?focus=" + tokayev + "&format=tiff", graph.EINVALID, 400, `format "tiff" is not one of json, svg, png, pdf, dot, graphml`},
		{"/api/graph?focus=" + tokayev + "&format=svg&layout=magic", graph.EINVALID, 400, "magic"},
		{"/api/graph?focus=" + tokayev + "&kinds=planet", graph.EINVALID, 400, `unknown kind "planet"`},
		{"/api/graph?focus=" + tokayev + "&from=yesterday", graph.EINVALID, 400, `date "yesterday" is not YYYY-MM-DD`},
		{"/api/documents/nope", graph.ENOTFOUND, 404, "nope"},
		{"/api/nothing-here", graph.ENOTFOUND, 404, "Not Found"},
	}
	for _, tt := range tests {
		t.Run(tt.path[:min(len(tt.path), 60)], func(t *testing.T) {
			r := ts.get(t, tt.path)
			if r.status != tt.status {
				t.Errorf("status %d, want %d (%s)", r.status, tt.status, r.body)
			}
			var body struct {
				Error struct{ Code, Message string } `json:"error"`
			}
			if err := json.Unmarshal([]byte(r.body), &body); err != nil {
				t.Fatalf("body %q is not JSON: %v", r.body, err)
			}
			if body.Error.Code != tt.code || !strings.Contains(body.Error.Message, tt.message) {
				t.Errorf("error = %+v, want code %s and a message containing %q", body.Error, tt.code, tt.message)
			}
			if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type %q", ct)
			}
		})
	}
}

func TestEntityHasItsRelationshipsAndEvidence(t *testing.T) {
	ts := newTestServer(t)
	r := ts.get(t, "/api/entities/"+tokayev)
	if r.status != http.StatusOK {
		t.Fatalf("status %d: %s", r.status, r.body)
	}
	var body struct {
		Entity    graph.Entity     `json:"entity"`
		Relations []graph.Relation `json:"relations"`
		Related   []graph.Entity   `json:"related"`
		Documents []graph.Document `json:"documents"`
	}
	if err := json.Unmarshal([]byte(r.body), &body); err != nil {
		t.Fatal(err)
	}
	if body.Entity.Name != "Kassym-Jomart Tokayev" || body.Entity.Description == "" {
		t.Errorf("entity = %+v", body.Entity)
	}
	var found bool
	for _, rel := range body.Relations {
		if rel.From != tokayev && rel.To != tokayev {
			t.Errorf("relation %s does not involve Tokayev", rel.ID)
		}
		if rel.ID == tokayev+"|REQUESTED_HELP_FROM|"+csto {
			found = true
			if len(rel.Evidence) == 0 || !strings.Contains(rel.Evidence[0].Text, "request") || rel.Evidence[0].Document == "" {
				t.Errorf("request for help has evidence %+v", rel.Evidence)
			}
		}
	}
	if !found {
		t.Error("Tokayev's request for help from the CSTO is missing")
	}
	if len(body.Related) < 5 || len(body.Documents) != 1 || body.Documents[0].Published != "2022-01-07" {
		t.Errorf("%d related entities, documents %+v", len(body.Related), body.Documents)
	}
	// An id with reserved characters, percent-encoded by a client, finds the same entity.
	if r := ts.get(t, "/api/entities/"+url.PathEscape(tokayev)); r.status != http.StatusOK {
		t.Errorf("escaped id: status %d", r.status)
	}
}

func TestGraphJSON(t *testing.T) {
	ts := newTestServer(t)
	r := ts.get(t, "/api/graph?focus="+tokayev+"&depth=2")
	if r.status != http.StatusOK {
		t.Fatalf("status %d: %s", r.status, r.body)
	}
	var sg graph.Subgraph
	if err := json.Unmarshal([]byte(r.body), &sg); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{tokayev, csto, "state:russia", "state:china", "state:kazakhstan"} {
		if _, ok := sg.Entity(id); !ok {
			t.Errorf("depth-2 neighbourhood of Tokayev lacks %s", id)
		}
	}
	one := ts.get(t, "/api/graph?focus="+tokayev+"&depth=1&kinds=state")
	json.Unmarshal([]byte(one.body), &sg)
	for _, e := range sg.Entities {
		if e.Kind != graph.State && e.ID != tokayev {
			t.Errorf("kinds=state kept %s", e.ID)
		}
	}
}

func TestGraphSVG(t *testing.T) {
	ts := newTestServer(t)
	r := ts.get(t, "/api/graph?focus="+tokayev+"&depth=2&format=svg")
	if r.status != http.StatusOK {
		t.Fatalf("status %d: %s", r.status, r.body)
	}
	if ct := r.header.Get("Content-Type"); ct != "image/svg+xml" {
		t.Errorf("Content-Type %q", ct)
	}
	mustContain(t, "CSP", r.header.Get("Content-Security-Policy"), "default-src 'none'")
	mustContain(t, "SVG", svgText(t, r.body), "Kassym-Jomart Tokayev", "Collective Security", "Russia", "China", "Kazakhstan",
		"After receiving a Wednesday request from Tokayev", // evidence in a tooltip
		"/?focus=organization%3Acollective-security-treaty-organization")
	if strings.Contains(strings.ToLower(r.body), "<script") {
		t.Error("SVG contains a script element")
	}
	// The browser revalidates with the ETag and gets 304 without a new drawing.
	again := ts.get(t, "/api/graph?focus="+tokayev+"&depth=2&format=svg", "If-None-Match", r.header.Get("ETag"))
	if again.status != http.StatusNotModified {
		t.Errorf("revalidation = %d, want 304", again.status)
	}
	dot := ts.get(t, "/api/graph?focus="+tokayev+"&depth=1&format=dot")
	if dot.status != http.StatusOK || !strings.HasPrefix(dot.body, "digraph") {
		t.Errorf("DOT = %d %.40q", dot.status, dot.body)
	}
}

func TestFourConcurrentSVGRequestsAllSucceed(t *testing.T) {
	ts := newTestServer(t)
	focuses := []string{tokayev, csto, "state:china", "state:russia"}
	var wg sync.WaitGroup
	results := make([]response, len(focuses))
	for i, f := range focuses {
		wg.Go(func() { results[i] = ts.get(t, "/api/graph?format=svg&depth=2&focus="+f) })
	}
	wg.Wait()
	for i, r := range results {
		if r.status != http.StatusOK || !strings.Contains(r.body, "</svg>") {
			t.Errorf("request %d (%s): status %d, %d bytes", i, focuses[i], r.status, len(r.body))
		}
	}
}

func TestRenderTimeoutFailsCleanlyAndTheNextRequestSucceeds(t *testing.T) {
	ts := newTestServer(t, func(o *options) { o.renderTimeout = 300 * time.Millisecond; o.workers = 1 })
	if _, err := ts.store.Ingest(t.Context(), denseBatch(500)); err != nil {
		t.Fatal(err)
	}
	slow := ts.get(t, slowDrawingURL())
	if slow.status != http.StatusGatewayTimeout {
		t.Fatalf("slow drawing: status %d, want 504 (%.200s)", slow.status, slow.body)
	}
	mustContain(t, "timeout error", slow.body, `"code":"timeout"`, "took longer than")
	next := ts.get(t, "/api/graph?format=svg&depth=1&focus="+tokayev)
	if next.status != http.StatusOK || !strings.Contains(svgText(t, next.body), "Kassym-Jomart Tokayev") {
		t.Errorf("the request after a timeout: status %d (%.200s)", next.status, next.body)
	}
}

func TestPage(t *testing.T) {
	ts := newTestServer(t)
	r := ts.get(t, "/")
	if r.status != http.StatusOK || !strings.HasPrefix(r.header.Get("Content-Type"), "text/html") {
		t.Fatalf("page: %d %s", r.status, r.header.Get("Content-Type"))
	}
	csp := r.header.Get("Content-Security-Policy")
	mustContain(t, "page CSP", csp, "default-src 'none'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'")
	if strings.Contains(csp, "unsafe") {
		t.Errorf("page CSP allows unsafe sources: %s", csp)
	}
	mustContain(t, "page", r.body, `<input id="q"`, `src="/static/app.js"`)
	for _, f := range []string{"/static/app.js", "/static/style.css"} {
		if r := ts.get(t, f); r.status != http.StatusOK || len(r.body) < 100 {
			t.Errorf("%s: %d, %d bytes", f, r.status, len(r.body))
		}
	}
	if r := ts.get(t, "/static/../../etc/passwd"); r.status != http.StatusNotFound {
		t.Errorf("path traversal: %d", r.status)
	}
	if r := ts.get(t, "/api/vocabulary"); !strings.Contains(r.body, "REQUESTED_HELP_FROM") {
		t.Errorf("vocabulary lacks the relationship types: %.100s", r.body)
	}
}

// panickyStore panics on one query, as a bug in a store would.
type panickyStore struct{ graph.Store }

func (p panickyStore) Search(ctx context.Context, q string, limit int) ([]graph.Entity, error) {
	if q == "boom" {
		panic("a bug in the store")
	}
	return p.Store.Search(ctx, q, limit)
}

func TestAPanicIsAnInternalErrorAndTheServerGoesOn(t *testing.T) {
	ts := newTestServer(t)
	var logs bytes.Buffer
	srv := server.New(server.Config{Store: panickyStore{ts.store}, Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	h := httptest.NewServer(srv)
	defer h.Close()
	res, err := http.Get(h.URL + "/api/search?q=boom")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusInternalServerError || !strings.Contains(string(body), `"code":"internal"`) || strings.Contains(string(body), "a bug in the store") {
		t.Errorf("panic answered %d %s; want 500 internal without the details", res.StatusCode, body)
	}
	if !strings.Contains(logs.String(), "a bug in the store") {
		t.Errorf("the panic was not logged: %s", logs.String())
	}
	res, err = http.Get(h.URL + "/api/search?q=tokayev")
	if err != nil || res.StatusCode != http.StatusOK {
		t.Errorf("after the panic: %v %v", err, res.Status)
	}
}

// TestVocabularyListsTheExportFormats checks that the page's download menu can be built from the API: every
// format of the export registry, in its order, with what the menu shows.
func TestVocabularyListsTheExportFormats(t *testing.T) {
	ts := newTestServer(t)
	var body struct {
		Formats []export.Format `json:"formats"`
	}
	r := ts.get(t, "/api/vocabulary")
	if err := json.Unmarshal([]byte(r.body), &body); err != nil {
		t.Fatalf("status %d: %v", r.status, err)
	}
	if !slices.Equal(body.Formats, export.Formats()) {
		t.Errorf("formats %+v, want the registry's %+v", body.Formats, export.Formats())
	}
	for _, f := range body.Formats {
		if f.Label == "" || (f.PartOf == "" && f.Note == "") {
			t.Errorf("format %s has nothing for the menu to show: %+v", f.Name, f)
		}
	}
}
