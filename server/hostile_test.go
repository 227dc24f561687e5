package server_test

import (
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
	"github.com/actorgraph/actorgraph/server"
)

// Names and a document written to break whatever echoes them: markup, quotes, backslashes and DOT escapes,
// a right-to-left override, the longest name a store takes (graph.MaxNameLength, 200 characters; longer ones
// are refused, see TestLongNameEntity), and a javascript: URL.
var (
	scriptName    = `<script>alert("x")</script>`
	quoteName     = `Dr. "Quote" O'Brien`
	backslashName = `Back\slash \N \" \\ end\`
	rtlName       = "Ev\u202eil\u202c Corp"
	longName      = strings.Repeat("Abcdefghij", graph.MaxNameLength/10)
	hostileNames  = []string{scriptName, quoteName, backslashName, rtlName, longName}
)

const hostilia = "state:hostilia"

// hostileBatch is one document in which each hostile actor supports Hostilia.
func hostileBatch(tb testing.TB) graph.Batch {
	tb.Helper()
	hub := graph.NewEntity(graph.State, "Hostilia")
	b := graph.Batch{Origin: graph.OriginText, Entities: []graph.Entity{hub}}
	var text strings.Builder
	var sentences []string
	for _, name := range hostileNames {
		s := name + " supports Hostilia."
		sentences = append(sentences, s)
		text.WriteString(s + " ")
	}
	doc := graph.Document{ID: "hostile-doc", Title: `<script>alert('title')</script>`, Source: `"><img src=x onerror=alert(1)>`,
		URL: "javascript:alert(1)", Published: "2024-01-01", Text: text.String()}
	doc.Hash = graph.ContentHash(doc.Text)
	b.Document = doc
	for i, name := range hostileNames {
		kind := graph.Person
		if i%2 == 1 {
			kind = graph.Organization
		}
		e := graph.NewEntity(kind, name)
		b.Entities = append(b.Entities, e)
		start, end, ok := graph.Locate(doc.Text, sentences[i], 1)
		if !ok {
			tb.Fatalf("sentence %d not in the text", i)
		}
		b.Relations = append(b.Relations, graph.Relation{From: e.ID, To: hub.ID, Type: graph.Supports,
			Evidence: []graph.Evidence{{Document: doc.ID, Text: sentences[i], Start: start, End: end,
				Stance: graph.Cooperation, Origin: graph.Extracted, Confidence: 0.5}}})
	}
	b.Normalize()
	return b
}

// checkSVGSafe fails unless svg is well-formed XML without script elements, event handler attributes or
// links anywhere but the server's own pages.
func checkSVGSafe(tb testing.TB, what, svg string) {
	tb.Helper()
	dec := xml.NewDecoder(strings.NewReader(svg))
	dec.Strict = true
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			tb.Fatalf("%s: not well-formed XML: %v", what, err)
		}
		el, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if strings.EqualFold(el.Name.Local, "script") || strings.EqualFold(el.Name.Local, "foreignObject") {
			tb.Errorf("%s: has a <%s> element", what, el.Name.Local)
		}
		for _, a := range el.Attr {
			name, v := strings.ToLower(a.Name.Local), strings.ToLower(strings.TrimSpace(a.Value))
			if strings.HasPrefix(name, "on") {
				tb.Errorf("%s: event handler attribute %s=%q", what, a.Name.Local, a.Value)
			}
			if strings.Contains(v, "javascript:") && (name == "href" || name == "src") {
				tb.Errorf("%s: %s=%q", what, a.Name.Local, a.Value)
			}
			if name == "href" && !strings.HasPrefix(a.Value, "/?focus=") {
				tb.Errorf("%s: a link outside the server: %s=%q", what, a.Name.Local, a.Value)
			}
		}
	}
}

func TestHostileDataEndToEnd(t *testing.T) {
	ts, _ := newInstrumentedServer(t, render.PoolConfig{Workers: 1}, server.Config{})
	if _, err := ts.store.Ingest(t.Context(), hostileBatch(t)); err != nil {
		t.Fatal(err)
	}
	graphURL := "/api/graph?depth=1&focus=" + hostilia

	t.Run("JSON is valid and gives the names back exactly", func(t *testing.T) {
		r := ts.get(t, graphURL)
		if r.status != http.StatusOK || !json.Valid([]byte(r.body)) {
			t.Fatalf("status %d, valid JSON %v: %.300s", r.status, json.Valid([]byte(r.body)), r.body)
		}
		if strings.Contains(r.body, "<script") || strings.Contains(r.body, "<img") {
			t.Error("markup in the JSON is not escaped")
		}
		var sg graph.Subgraph
		if err := json.Unmarshal([]byte(r.body), &sg); err != nil {
			t.Fatal(err)
		}
		got := map[string]bool{}
		for _, e := range sg.Entities {
			got[e.Name] = true
		}
		for _, name := range hostileNames {
			if !got[name] {
				t.Errorf("the neighbourhood lacks %.60q", name)
			}
		}
	})

	t.Run("SVG parses, runs nothing and links only to the server", func(t *testing.T) {
		for _, q := range []string{"&format=svg", "&format=svg&download=1"} {
			r := ts.get(t, graphURL+q)
			if r.status != http.StatusOK {
				t.Fatalf("%s: status %d: %.300s", q, r.status, r.body)
			}
			checkSVGSafe(t, q, r.body)
			if csp := r.header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'none'") && !strings.Contains(csp, "default-src 'none'") {
				t.Errorf("%s: SVG served with Content-Security-Policy %q", q, csp)
			}
			text := svgText(t, r.body)
			for _, name := range []string{scriptName, quoteName, backslashName} {
				if !strings.Contains(text, name) {
					t.Errorf("%s: the drawing does not show %q as text", q, name)
				}
			}
		}
	})

	t.Run("the document's javascript URL is data, not a link", func(t *testing.T) {
		r := ts.get(t, "/api/documents/hostile-doc")
		if r.status != http.StatusOK || !json.Valid([]byte(r.body)) {
			t.Fatalf("status %d: %.300s", r.status, r.body)
		}
		if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") || r.header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("Content-Type %q, X-Content-Type-Options %q", ct, r.header.Get("X-Content-Type-Options"))
		}
		if strings.Contains(r.body, "<script") {
			t.Error("markup in the document JSON is not escaped")
		}
		for _, q := range []string{"&format=svg&download=1", "&format=graphml", "&format=gexf"} {
			r := ts.get(t, graphURL+q)
			if r.status != http.StatusOK {
				t.Fatalf("%s: status %d: %.300s", q, r.status, r.body)
			}
			if q == "&format=svg&download=1" {
				checkSVGSafe(t, q, r.body)
				continue
			}
			// GraphML and GEXF carry the URL as data; they must stay well-formed XML.
			dec := xml.NewDecoder(strings.NewReader(r.body))
			dec.Strict = true
			for {
				if _, err := dec.Token(); err == io.EOF {
					break
				} else if err != nil {
					t.Fatalf("%s: not well-formed XML: %v", q, err)
				}
			}
		}
	})

	t.Run("search finds the script name as text", func(t *testing.T) {
		r := ts.get(t, "/api/search?q="+url.QueryEscape(`<script>`))
		if r.status != http.StatusOK || !json.Valid([]byte(r.body)) || strings.Contains(r.body, "<script") {
			t.Fatalf("status %d: %.300s", r.status, r.body)
		}
		if !strings.Contains(r.body, graph.EntityID(graph.Person, scriptName)) {
			t.Errorf("search for <script> does not find %q: %.300s", graph.EntityID(graph.Person, scriptName), r.body)
		}
	})

	t.Run("every hostile entity answers with valid JSON", func(t *testing.T) {
		for i, name := range hostileNames {
			kind := graph.Person
			if i%2 == 1 {
				kind = graph.Organization
			}
			id := graph.EntityID(kind, name)
			r := ts.get(t, "/api/entities/"+url.PathEscape(id))
			if !json.Valid([]byte(r.body)) {
				t.Errorf("%.60q: status %d, not JSON: %.300s", name, r.status, r.body)
			}
			// Ids are bounded at 2,000 bytes in requests; the 10,000-character name makes a longer one.
			want := http.StatusOK
			if len(id) > 2000 {
				want = http.StatusBadRequest
			}
			if r.status != want {
				t.Errorf("%.60q: status %d, want %d: %.300s", name, r.status, want, r.body)
			}
		}
	})
}
