package server_test

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/assets"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/render"
	"github.com/actorgraph/actorgraph/seeds"
	"github.com/actorgraph/actorgraph/server"
	"github.com/actorgraph/actorgraph/store/boltstore"
	"github.com/actorgraph/actorgraph/store/corrected"
)

// TestMain lets the test binary serve as its own render worker, as the actorgraph binary does.
func TestMain(m *testing.M) {
	render.ServeIfWorker()
	os.Exit(m.Run())
}

type testServer struct {
	*httptest.Server
	store *boltstore.Store
}

type options struct {
	renderTimeout time.Duration
	workers       int
}

// newTestServer starts the real server on a new embedded store holding the seeds, with real render workers.
func newTestServer(tb testing.TB, opts ...func(*options)) *testServer {
	tb.Helper()
	o := options{renderTimeout: 20 * time.Second, workers: 2}
	for _, f := range opts {
		f(&o)
	}
	store := seededStore(tb)
	pool := render.NewPool(render.PoolConfig{Workers: o.workers, Timeout: o.renderTimeout})
	tb.Cleanup(func() { pool.Close() })
	cs := corrected.Wrap(store)
	srv := server.New(server.Config{
		Store:       cs,
		Corrections: cs,
		Renderer:    render.NewService(render.ServiceConfig{Pool: pool, LinkBase: "/?focus="}),
		Assets:      assets.FS,
		// Drawing ahead would add renders to what the tests count, and work to the machine: it has its own
		// tests (prerender_test.go).
		Prerender: -1,
	})
	ts := httptest.NewServer(srv)
	tb.Cleanup(ts.Close)
	return &testServer{Server: ts, store: store}
}

// seededStore opens a new embedded store holding the seeds, closed when the test ends.
func seededStore(tb testing.TB) *boltstore.Store {
	tb.Helper()
	store, err := boltstore.Open(filepath.Join(tb.TempDir(), "test.db"), boltstore.NoSync())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { store.Close() })
	files, err := ingest.ReadFS(seeds.FS, "seeds")
	if err != nil {
		tb.Fatal(err)
	}
	in := ingest.Ingester{Store: store}
	if rep, err := in.Ingest(context.Background(), files); err != nil || rep.Err() != nil {
		tb.Fatalf("ingesting the seeds: %v %v", err, rep.Err())
	}
	return store
}

type response struct {
	status int
	header http.Header
	body   string
}

// get sends a GET with the headers (pairs of name and value) and reads the whole answer.
func (ts *testServer) get(tb testing.TB, path string, header ...string) response {
	tb.Helper()
	return ts.do(tb, http.MethodGet, path, header...)
}

// do sends one request with the method and headers (pairs of name and value) and reads the whole answer.
func (ts *testServer) do(tb testing.TB, method, path string, header ...string) response {
	tb.Helper()
	return send(tb, ts.Server, method, path, "", nil, header...)
}

const (
	tokayev = "person:kassym-jomart-tokayev"
	csto    = "organization:collective-security-treaty-organization"
)

// mustContain fails unless s contains every want.
func mustContain(tb testing.TB, what, s string, wants ...string) {
	tb.Helper()
	for _, w := range wants {
		if !strings.Contains(s, w) {
			tb.Errorf("%s does not contain %q", what, w)
		}
	}
}

// slowDrawingURL is a drawing of a dense graph that takes Graphviz seconds: ten focus actors spread over
// denseBatch(500) reach all 500 within three steps, with 500 relationships after the relationship limit,
// drawn by neato with its overlap removal (dot drew them in under 2 s once the limit fell from one and a
// half relationships per actor to one).
func slowDrawingURL() string {
	focus := make([]string, 0, 10)
	for i := range 10 {
		focus = append(focus, fmt.Sprintf("organization:actor-number-%d-with-a-long-descriptive-name", i*50))
	}
	return "/api/graph?format=svg&layout=neato&depth=3&max_nodes=500&focus=" + strings.Join(focus, ",")
}

// denseBatch is a document whose n actors each support the next few: a graph that takes Graphviz a while.
func denseBatch(n int) graph.Batch {
	var text strings.Builder
	type quote struct {
		from, to int
		s        string
	}
	var quotes []quote
	for i := range n {
		for _, j := range []int{1, 2, 3, 7, 11} {
			s := fmt.Sprintf("Actor number %d with a long descriptive name supports actor number %d. ", i, (i+j)%n)
			quotes = append(quotes, quote{i, (i + j) % n, strings.TrimSpace(s)})
			text.WriteString(s)
		}
	}
	doc := graph.Document{ID: "dense", Title: "Dense", Published: "2023-01-01", Text: text.String()}
	doc.Hash = graph.ContentHash(doc.Text)
	b := graph.Batch{Document: doc, Origin: graph.OriginText}
	ids := make([]string, n)
	for i := range n {
		e := graph.NewEntity(graph.Organization, fmt.Sprintf("Actor number %d with a long descriptive name", i))
		ids[i] = e.ID
		b.Entities = append(b.Entities, e)
	}
	for _, q := range quotes {
		s, e, _ := graph.Locate(doc.Text, q.s, 1)
		b.Relations = append(b.Relations, graph.Relation{From: ids[q.from], To: ids[q.to], Type: graph.Supports,
			Evidence: []graph.Evidence{{Document: "dense", Text: q.s, Start: s, End: e, Stance: graph.Cooperation, Origin: graph.Extracted, Confidence: 0.5}}})
	}
	b.Normalize()
	return b
}

// svgText is what a reader of the SVG sees: its text and attribute values (tooltips, links) with XML
// entities decoded (Graphviz writes "-" as "&#45;").
func svgText(tb testing.TB, svg string) string {
	tb.Helper()
	dec := xml.NewDecoder(strings.NewReader(svg))
	dec.Strict = true
	var b strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return b.String()
		}
		if err != nil {
			tb.Fatalf("SVG is not well-formed XML: %v", err)
		}
		switch t := tok.(type) {
		case xml.CharData:
			b.Write(t)
			b.WriteByte('\n')
		case xml.StartElement:
			for _, a := range t.Attr {
				b.WriteString(a.Value)
				b.WriteByte('\n')
			}
		}
	}
}
