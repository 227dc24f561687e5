package server_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/assets"
	"github.com/actorgraph/actorgraph/server"
)

// routeExample is a request that each route answers with 200, named by the route as registered.
type routeExample struct {
	route, url string
}

// routeExamples holds a request for every route the server registers (TestRouteExamplesCoverEveryRoute
// keeps it so), drawings and the page's files included.
var routeExamples = []routeExample{
	{"/healthz", "/healthz"},
	{"/readyz", "/readyz"},
	{"/metrics", "/metrics"},
	{"/api/search", "/api/search?q=tokayev"},
	{"/api/entities/:id", "/api/entities/" + tokayev},
	{"/api/graph", "/api/graph?depth=1&focus=" + tokayev},
	{"/api/graph", "/api/graph?depth=1&format=svg&focus=" + tokayev},
	{"/api/graph", "/api/graph?depth=1&format=png&dpi=96&download=1&focus=" + tokayev},
	{"/api/paths", "/api/paths?from=person:xi-jinping&to=person:stanislav-zas"},
	{"/api/alliances", "/api/alliances?focus=state:russia"},
	{"/api/allies", "/api/allies?a=state:russia&b=state:belarus"},
	{"/api/blocs", "/api/blocs"},
	{"/api/centrality", "/api/centrality?measure=degree"},
	{"/api/changes", "/api/changes?focus=" + tokayev + "&before=..2022-01-06&after=2022-01-07.."},
	{"/api/documents", "/api/documents"},
	{"/api/documents/:id", "/api/documents/2022-01-07-kazakhstan-csto-intervention"},
	{"/api/stats", "/api/stats"},
	{"/api/vocabulary", "/api/vocabulary"},
	{"/api/editor", "/api/editor"},
	{"/api/corrections", "/api/corrections"},
	{"/", "/"},
	{"/index.html", "/index.html"},
	{"/static/*", "/static/app.js"},
	{"/static/*", "/static/style.css"},
	{"/static/*", "/static/favicon.svg"},
}

// writeRoutes are the routes that take a method beyond GET and HEAD, each "METHOD PATH": only these write,
// and only with an editor's token (auth_test.go, upload_test.go).
var writeRoutes = []string{
	"POST /api/documents",
	"POST /api/corrections",
	"DELETE /api/corrections/:id",
	"POST /api/documents/:id/published",
}

// allowOf is the Allow header of a path: every path answers GET and HEAD, and some a write.
func allowOf(path string) string {
	allow := "OPTIONS, GET, HEAD"
	for _, w := range writeRoutes {
		if method, p, _ := strings.Cut(w, " "); p == path {
			allow += ", " + method
		}
	}
	return allow
}

// TestRouteExamplesCoverEveryRoute fails when a route is added without an example above, so the rules
// below (405, HEAD) are checked on every route there is.
func TestRouteExamplesCoverEveryRoute(t *testing.T) {
	srv := server.New(server.Config{Assets: assets.FS})
	for _, r := range server.Routes(srv) {
		method, path, _ := strings.Cut(r, " ")
		if method != http.MethodGet && method != http.MethodHead && !slices.Contains(writeRoutes, r) {
			t.Errorf("route %s answers %s: every route but writeRoutes is read-only (GET and HEAD)", path, method)
		}
		if !slices.ContainsFunc(routeExamples, func(e routeExample) bool { return e.route == path }) && !slices.Contains(writeRoutes, r) {
			t.Errorf("route %s has no example in routeExamples", path)
		}
		if method == http.MethodGet && !slices.Contains(server.Routes(srv), http.MethodHead+" "+path) {
			t.Errorf("route %s answers GET but not HEAD", path)
		}
	}
}

// apiError decodes the JSON error of a response, failing the test when there is none.
func apiError(tb testing.TB, r response) (code, message string) {
	tb.Helper()
	var body struct {
		Error struct{ Code, Message string } `json:"error"`
	}
	if err := json.Unmarshal([]byte(r.body), &body); err != nil || body.Error.Code == "" {
		tb.Fatalf("status %d without a JSON error: %.300q", r.status, r.body)
	}
	return body.Error.Code, body.Error.Message
}

// TestWrongMethodIs405WithAllow: a method a route does not answer is 405 with the methods it does in Allow
// (RFC 9110 15.5.6), and the JSON error names both; it used to be 400 as if the request were malformed.
func TestWrongMethodIs405WithAllow(t *testing.T) {
	ts := newTestServer(t)
	for _, ex := range routeExamples {
		for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch, "PROPFIND"} {
			allow := allowOf(ex.route)
			if strings.HasSuffix(allow, ", "+method) {
				continue // a write route, tested on its own
			}
			t.Run(method+" "+ex.url[:min(len(ex.url), 50)], func(t *testing.T) {
				r := ts.do(t, method, ex.url)
				if r.status != http.StatusMethodNotAllowed {
					t.Fatalf("status %d, want 405: %.200s", r.status, r.body)
				}
				if got := r.header.Get("Allow"); got != allow {
					t.Errorf("Allow %q, want %q", got, allow)
				}
				code, msg := apiError(t, r)
				if want := "method " + method + " is not allowed here; this resource answers " + allow; code != "method_not_allowed" || msg != want {
					t.Errorf("error %s %q, want method_not_allowed %q", code, msg, want)
				}
			})
		}
	}
	t.Run("OPTIONS lists the methods", func(t *testing.T) {
		r := ts.do(t, http.MethodOptions, "/api/graph")
		if r.status != http.StatusNoContent || r.header.Get("Allow") != "OPTIONS, GET, HEAD" {
			t.Errorf("OPTIONS: status %d, Allow %q", r.status, r.header.Get("Allow"))
		}
	})
	t.Run("an unknown path is still 404", func(t *testing.T) {
		if r := ts.do(t, http.MethodPost, "/api/nothing-here"); r.status != http.StatusNotFound {
			t.Errorf("POST /api/nothing-here: status %d, want 404", r.status)
		}
	})
}

// headersOfRepresentation are the headers a HEAD must give as GET does (RFC 9110 9.3.2).
var headersOfRepresentation = []string{"Content-Type", "Content-Encoding", "Content-Disposition", "ETag", "Cache-Control",
	"Vary", "Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options"}

// TestHeadAnswersAsGet: HEAD works wherever GET does, drawings and the page's files included, with the
// same status and headers and no body.
func TestHeadAnswersAsGet(t *testing.T) {
	ts := newTestServer(t)
	for _, ex := range routeExamples {
		for _, enc := range []string{"identity", "gzip"} {
			t.Run(enc+" "+ex.url[:min(len(ex.url), 60)], func(t *testing.T) {
				get := ts.do(t, http.MethodGet, ex.url, "Accept-Encoding", enc)
				head := ts.do(t, http.MethodHead, ex.url, "Accept-Encoding", enc)
				if get.status != http.StatusOK || head.status != http.StatusOK {
					t.Fatalf("GET %d, HEAD %d, want 200 both: %.200s", get.status, head.status, get.body)
				}
				if head.body != "" {
					t.Errorf("HEAD sent a body of %d bytes", len(head.body))
				}
				if ex.route == "/metrics" { // its series change between two requests: only the type must agree
					if g, h := get.header.Get("Content-Type"), head.header.Get("Content-Type"); g != h {
						t.Errorf("Content-Type: GET %q, HEAD %q", g, h)
					}
					return
				}
				for _, name := range headersOfRepresentation {
					if g, h := get.header.Values(name), head.header.Values(name); !slices.Equal(g, h) {
						t.Errorf("%s: GET %q, HEAD %q", name, g, h)
					}
				}
				// Content-Length is what GET sent, when GET sent one (a long JSON answer is chunked).
				if cl := get.header.Get("Content-Length"); cl != "" && head.header.Get("Content-Length") != cl {
					t.Errorf("Content-Length: GET %q, HEAD %q", cl, head.header.Get("Content-Length"))
				}
			})
		}
	}
	t.Run("drawings and files say their length", func(t *testing.T) {
		for _, path := range []string{"/api/graph?depth=1&format=svg&focus=" + tokayev, "/static/app.js", "/"} {
			head := ts.do(t, http.MethodHead, path, "Accept-Encoding", "gzip")
			get := ts.do(t, http.MethodGet, path, "Accept-Encoding", "gzip")
			if cl := head.header.Get("Content-Length"); cl == "" || cl != get.header.Get("Content-Length") || cl != strconv.Itoa(len(get.body)) {
				t.Errorf("%s: HEAD Content-Length %q, GET %q with %d bytes", path, cl, get.header.Get("Content-Length"), len(get.body))
			}
		}
	})
	t.Run("errors too", func(t *testing.T) {
		get := ts.do(t, http.MethodGet, "/api/graph?focus=person:nobody")
		head := ts.do(t, http.MethodHead, "/api/graph?focus=person:nobody")
		if get.status != http.StatusNotFound || head.status != http.StatusNotFound || head.body != "" ||
			head.header.Get("Content-Type") != get.header.Get("Content-Type") {
			t.Errorf("GET %d %q, HEAD %d %q with %d bytes", get.status, get.header.Get("Content-Type"), head.status, head.header.Get("Content-Type"), len(head.body))
		}
	})
	t.Run("revalidation", func(t *testing.T) {
		path := "/api/graph?depth=1&format=svg&focus=" + tokayev
		tag := ts.do(t, http.MethodHead, path).header.Get("ETag")
		if r := ts.do(t, http.MethodHead, path, "If-None-Match", tag); tag == "" || r.status != http.StatusNotModified {
			t.Errorf("HEAD with If-None-Match %q: status %d, want 304", tag, r.status)
		}
	})
}

// TestRepeatedParameterIs400: a parameter that takes one value, given twice, is 400 naming it, rather than
// the first value silently winning; the lists (kinds, types, stances, documents, focus) may repeat.
func TestRepeatedParameterIs400(t *testing.T) {
	ts := newTestServer(t)
	focus := "focus=" + tokayev
	for _, tt := range []struct {
		path, param string
	}{
		{"/api/graph?" + focus + "&depth=1&depth=3", "depth"},
		{"/api/graph?" + focus + "&format=json&format=svg", "format"},
		{"/api/graph?" + focus + "&format=svg&layout=dot&layout=neato", "layout"},
		{"/api/graph?" + focus + "&format=png&dpi=96&dpi=300", "dpi"},
		{"/api/graph?" + focus + "&format=svg&size=degree&size=pagerank", "size"},
		{"/api/graph?" + focus + "&download=1&download=0", "download"},
		{"/api/graph?" + focus + "&from=2022-01-01&from=2023-01-01", "from"},
		{"/api/graph?" + focus + "&to_date=2022-01-01&to_date=2023-01-01", "to_date"},
		{"/api/graph?" + focus + "&min_evidence=1&min_evidence=2", "min_evidence"},
		{"/api/graph?" + focus + "&min_confidence=0.5&min_confidence=0.9", "min_confidence"},
		{"/api/graph?" + focus + "&max_nodes=5&max_nodes=50", "max_nodes"},
		{"/api/search?q=tokayev&q=csto", "q"},
		{"/api/search?q=tokayev&limit=1&limit=5", "limit"},
		{"/api/paths?from=person:xi-jinping&from=state:china&to=person:stanislav-zas", "from"},
		{"/api/paths?from=person:xi-jinping&to=person:stanislav-zas&max=2&max=4", "max"},
		{"/api/paths?from=person:xi-jinping&to=person:stanislav-zas&limit=1&limit=2", "limit"},
		{"/api/paths?from=person:xi-jinping&to=person:stanislav-zas&cooperation=1&cooperation=0", "cooperation"},
		{"/api/alliances?focus=state:russia&depth=1&depth=2", "depth"},
		{"/api/allies?a=state:russia&a=state:china&b=state:belarus", "a"},
		{"/api/blocs?min_evidence=1&min_evidence=2", "min_evidence"},
		{"/api/centrality?measure=degree&measure=pagerank", "measure"},
		{"/api/changes?" + focus + "&before=..2022-01-06&before=..2022-01-01&after=2022-01-07..", "before"},
	} {
		t.Run(tt.param+" "+tt.path[:min(len(tt.path), 40)], func(t *testing.T) {
			r := ts.get(t, tt.path)
			if r.status != http.StatusBadRequest {
				t.Fatalf("status %d, want 400: %.200s", r.status, r.body)
			}
			code, msg := apiError(t, r)
			if want := "parameter " + tt.param + " is given 2 times; it takes one value"; code != "invalid" || msg != want {
				t.Errorf("error %s %q, want invalid %q", code, msg, want)
			}
		})
	}
	t.Run("a date range given under both its names", func(t *testing.T) {
		r := ts.get(t, "/api/graph?"+focus+"&from=2022-01-01&from_date=2022-01-02")
		if code, msg := apiError(t, r); r.status != http.StatusBadRequest || msg != "parameters from and from_date both give where the dates start; give one" {
			t.Errorf("status %d, error %s %q", r.status, code, msg)
		}
	})
	for _, path := range []string{
		"/api/graph?" + focus + "&kinds=person&kinds=state,organization",
		"/api/graph?" + focus + "&stances=cooperation&stances=conflict",
		"/api/graph?" + focus + "&types=LEADS&types=REQUESTED_HELP_FROM",
		"/api/graph?" + focus + "&documents=a&documents=2022-01-07-kazakhstan-csto-intervention",
		"/api/graph?" + focus + "&focus=" + csto,
		"/api/blocs?kinds=state&kinds=organization",
	} {
		t.Run("lists repeat "+path[strings.LastIndex(path, "&")+1:], func(t *testing.T) {
			if r := ts.get(t, path); r.status != http.StatusOK {
				t.Errorf("status %d, want 200: %.200s", r.status, r.body)
			}
		})
	}
}

// TestMalformedQueryIs400: net/url drops a pair that holds a ";" or a broken %-escape, so "format=svg;x=1"
// was read as no format at all and answered with JSON. Every API route now refuses such a query string,
// and format= takes its names exactly.
func TestMalformedQueryIs400(t *testing.T) {
	ts := newTestServer(t)
	for _, ex := range routeExamples {
		if !strings.HasPrefix(ex.route, "/api/") {
			continue
		}
		t.Run("semicolon "+ex.url[:min(len(ex.url), 50)], func(t *testing.T) {
			r := ts.get(t, ex.url+sep(ex.url)+"format=svg;x=1")
			code, msg := apiError(t, r)
			if want := `the query string has a ";" in "format=svg;x=1": separate parameters with "&" (a ";" in a value is %3B)`; r.status != http.StatusBadRequest || code != "invalid" || msg != want {
				t.Errorf("status %d, error %s %q, want 400 %q", r.status, code, msg, want)
			}
		})
	}
	for _, tt := range []struct {
		query, message string
	}{
		{"q=%ZZ", `the query string has a malformed %-escape in "q=%ZZ"`},
		{"q=tokayev&%zz=1", `the query string has a malformed %-escape in "%zz=1"`},
		{"focus=" + tokayev + "&format=svg%3Bx%3D1", `format "svg;x=1" is not one of json, svg, png, pdf, dot, graphml, gexf, csv, csv-nodes, csv-edges, csv-documents`},
		{"focus=" + tokayev + "&format=SVG", `format "SVG" is not one of json, svg, png, pdf, dot, graphml, gexf, csv, csv-nodes, csv-edges, csv-documents`},
	} {
		t.Run(tt.query, func(t *testing.T) {
			path := "/api/graph?" + tt.query
			if strings.HasPrefix(tt.query, "q=") {
				path = "/api/search?" + tt.query
			}
			r := ts.get(t, path)
			code, msg := apiError(t, r)
			if r.status != http.StatusBadRequest || code != "invalid" || msg != tt.message {
				t.Errorf("status %d, error %s %q, want 400 %q", r.status, code, msg, tt.message)
			}
		})
	}
	t.Run("the page takes any query: its script reads it", func(t *testing.T) {
		if r := ts.get(t, "/?focus="+url.QueryEscape(tokayev)+";x"); r.status != http.StatusOK {
			t.Errorf("status %d", r.status)
		}
	})
}

func sep(u string) string {
	if strings.Contains(u, "?") {
		return "&"
	}
	return "?"
}
