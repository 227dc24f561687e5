package server_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/seeds"
	"github.com/actorgraph/actorgraph/server"
	"github.com/actorgraph/actorgraph/store/boltstore"
)

// fuzzRoutes are the routes whose query parameters FuzzQueryParams throws at.
var fuzzRoutes = []string{"/api/graph", "/api/search", "/api/paths", "/api/blocs", "/api/centrality",
	"/api/alliances", "/api/allies", "/api/changes", "/api/documents", "/api/entities/" + tokayev}

// oneValue lists, by route, the parameters that take one value: a route that answers 2xx read each of them
// and must have refused it given twice. The lists (focus, kinds, types, stances, documents) may repeat.
var oneValue = func() map[string][]string {
	filter := []string{"from_date", "to_date", "min_evidence", "min_confidence", "max_nodes", "format", "layout", "dpi", "size", "download", "pins"}
	view := append([]string{"from", "to"}, filter...)
	around := append([]string{"depth"}, view...)
	return map[string][]string{
		"/api/graph": around, "/api/alliances": around, "/api/changes": append([]string{"before", "after"}, around...),
		"/api/search": {"q", "limit"}, "/api/paths": append([]string{"from", "to", "max", "limit", "cooperation"}, filter...),
		"/api/blocs": view, "/api/centrality": append([]string{"measure", "limit"}, view...),
		"/api/allies": append([]string{"a", "b", "depth"}, view...),
	}
}()

// FuzzQueryParams sends any query string to every route that reads parameters (filters, lists, numbers,
// dates, ids): the server must answer 2xx or 4xx with JSON, never 500, whatever the bytes. Drawing formats
// get 503 here (no renderer), which is fine too. A 2xx answers only a query string that parses whole (no
// pair dropped for a ";" or a broken escape) and gives each one-value parameter the route reads at most once.
func FuzzQueryParams(f *testing.F) {
	store, err := boltstore.Open(filepath.Join(f.TempDir(), "fuzz.db"), boltstore.NoSync())
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { store.Close() })
	files, err := ingest.ReadFS(seeds.FS, "seeds")
	if err != nil {
		f.Fatal(err)
	}
	if rep, err := (&ingest.Ingester{Store: store}).Ingest(context.Background(), files); err != nil || rep.Err() != nil {
		f.Fatal(err, rep.Err())
	}
	srv := server.New(server.Config{Store: store})

	for _, seed := range []string{
		"focus=" + tokayev + "&depth=2",
		"focus=" + tokayev + "," + csto + "&depth=3&kinds=person,state&types=SUPPORTS&stances=conflict&from=2022-01-01&to=2022-01-31&min_evidence=1&min_confidence=0.7&max_nodes=60",
		"focus=" + tokayev + "&min_confidence=1e-400&min_confidence=NaN",
		"focus=" + tokayev + "&format=dot&pins=" + tokayev + "@12.5,-40|legend@300,20|" + csto + "@NaN,1e999",
		"from=" + tokayev + "&to=" + csto + "&max=4&limit=10&cooperation=1",
		"q=Tokayev&limit=5",
		"focus=%00&depth=-1&max_nodes=99999999999999999999",
		"kinds=&kinds=,,,&types=%ZZ&stances=%E2%80%AE",
		"from_date=2022-13-45&to_date=x&documents=a,b,,c",
		"focus=a&format=svg&layout=neato&dpi=0&size=pagerank&download=yes",
		"measure=betweenness&limit=0",
		";;&&==&focus",
		"focus=" + tokayev + "&format=svg;x=1",
		"focus=" + tokayev + "&depth=1&depth=3&kinds=person&kinds=state",
		"q=tokayev&q=csto&limit=%zz",
	} {
		f.Add(0, seed)
	}
	f.Fuzz(func(t *testing.T, route int, rawQuery string) {
		path := fuzzRoutes[uint(route)%uint(len(fuzzRoutes))]
		req := &http.Request{Method: http.MethodGet, URL: &url.URL{Path: path, RawQuery: rawQuery},
			RequestURI: path + "?" + rawQuery, Header: http.Header{}, Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1}
		req = req.WithContext(context.Background())
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		res := rec.Result()
		if res.StatusCode >= 500 && res.StatusCode != http.StatusServiceUnavailable {
			t.Fatalf("%s?%s: status %d: %.500s", path, rawQuery, res.StatusCode, rec.Body.String())
		}
		if ct := res.Header.Get("Content-Type"); strings.HasPrefix(ct, "application/json") && !json.Valid(rec.Body.Bytes()) {
			t.Fatalf("%s?%s: invalid JSON: %.500s", path, rawQuery, rec.Body.String())
		}
		if res.StatusCode < 300 {
			values, err := url.ParseQuery(rawQuery)
			if err != nil {
				t.Fatalf("%s?%s: status %d for a query string net/url reads only in part: %v", path, rawQuery, res.StatusCode, err)
			}
			for _, name := range oneValue[path] {
				if len(values[name]) > 1 {
					t.Fatalf("%s?%s: status %d with %s given %d times", path, rawQuery, res.StatusCode, name, len(values[name]))
				}
			}
		}
		if res.StatusCode >= 400 {
			var body struct {
				Error struct{ Code, Message string }
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || body.Error.Code == "" || body.Error.Message == "" {
				t.Fatalf("%s?%s: status %d without the JSON error: %.500s", path, rawQuery, res.StatusCode, rec.Body.String())
			}
		}
	})
}
