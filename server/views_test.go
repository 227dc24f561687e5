package server_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

const (
	xi      = "person:xi-jinping"
	zas     = "person:stanislav-zas"
	russia  = "state:russia"
	belarus = "state:belarus"
)

// mustJSON decodes a 200 response's body into v.
func mustJSON(tb testing.TB, r response, v any) {
	tb.Helper()
	if r.status != http.StatusOK {
		tb.Fatalf("status %d: %s", r.status, r.body)
	}
	if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		tb.Fatalf("Content-Type %q, want JSON", ct)
	}
	if err := json.Unmarshal([]byte(r.body), v); err != nil {
		tb.Fatalf("%v: %s", err, r.body)
	}
}

type pathsBody struct {
	From, To string
	Paths    []struct {
		Entities []string   `json:"entities"`
		Steps    [][]string `json:"steps"`
	} `json:"paths"`
	Subgraph graph.Subgraph `json:"subgraph"`
}

// TestPathsXiToZas checks the shortest path on the seed from Xi Jinping to Stanislav Zas (through Tokayev and
// the CSTO), with the evidence of every step.
func TestPathsXiToZas(t *testing.T) {
	ts := newTestServer(t)
	var body pathsBody
	mustJSON(t, ts.get(t, "/api/paths?from="+xi+"&to="+zas), &body)
	if body.From != xi || body.To != zas || len(body.Paths) == 0 {
		t.Fatalf("from %q to %q with %d paths", body.From, body.To, len(body.Paths))
	}
	rels := map[string]graph.Relation{}
	for _, r := range body.Subgraph.Relations {
		rels[r.ID] = r
	}
	for _, p := range body.Paths {
		if p.Entities[0] != xi || p.Entities[len(p.Entities)-1] != zas || len(p.Steps) != len(p.Entities)-1 {
			t.Errorf("path %v", p.Entities)
		}
		for i, step := range p.Steps {
			if len(step) == 0 {
				t.Errorf("step %d of %v has no relationship", i, p.Entities)
			}
			for _, id := range step {
				r, ok := rels[id]
				if !ok || len(r.Evidence) == 0 || r.Evidence[0].Text == "" {
					t.Errorf("step %d relationship %s has no evidence in the subgraph", i, id)
				}
			}
			if _, ok := body.Subgraph.Entity(p.Entities[i]); !ok {
				t.Errorf("entity %s of the path is not in the subgraph", p.Entities[i])
			}
		}
	}
	if !slices.Equal(body.Subgraph.Focus, []string{xi, zas}) || len(body.Subgraph.Documents) == 0 {
		t.Errorf("subgraph focus %v, %d documents", body.Subgraph.Focus, len(body.Subgraph.Documents))
	}
}

// TestAlliancesBlocsSeed checks the seed's blocs: Russia, Belarus, the CSTO and Tokayev side together, and
// neither the European Union nor the United States is with them.
func TestAlliancesBlocsSeed(t *testing.T) {
	ts := newTestServer(t)
	var body struct {
		Blocs []struct {
			ID      int      `json:"id"`
			Members []string `json:"members"`
			Names   []string `json:"names"`
			Label   string   `json:"label"`
			Opposes []int    `json:"opposes"`
		} `json:"blocs"`
		Subgraph graph.Subgraph `json:"subgraph"`
	}
	mustJSON(t, ts.get(t, "/api/blocs?max_nodes=500"), &body)
	var bloc []string
	for _, b := range body.Blocs {
		if slices.Contains(b.Members, russia) {
			bloc = b.Members
		}
		if b.Label == "" || len(b.Members) < 2 && len(b.Opposes) == 0 {
			t.Errorf("bloc %d: label %q, %d members, against %v: a side of one must oppose another", b.ID, b.Label, len(b.Members), b.Opposes)
		}
	}
	for _, id := range []string{belarus, csto, tokayev} {
		if !slices.Contains(bloc, id) {
			t.Errorf("%s is not in Russia's bloc %v", id, bloc)
		}
	}
	for _, id := range []string{"organization:european-union", "state:united-states"} {
		if slices.Contains(bloc, id) {
			t.Errorf("%s is in Russia's bloc", id)
		}
	}
	// News outlets report the sides and take none (RIA Novosti quoted Russia's officials and sat in its bloc):
	// in no bloc unless kinds= asks for them.
	for _, b := range body.Blocs {
		for _, id := range b.Members {
			if k, _ := graph.KindOfID(id); k == graph.Outlet || k == graph.Place {
				t.Errorf("%s is in bloc %d without kinds= asking for outlets or places", id, b.ID)
			}
		}
	}
	var asked struct{ Subgraph graph.Subgraph }
	mustJSON(t, ts.get(t, "/api/blocs?max_nodes=500&kinds=person,state,organization,outlet"), &asked)
	if _, ok := asked.Subgraph.Entity("outlet:ria-novosti"); !ok {
		t.Error("kinds=...,outlet leaves RIA Novosti out of the blocs")
	}
	if len(body.Subgraph.Omitted) != 0 {
		t.Errorf("with room for 500 actors the blocs view cut %v", body.Subgraph.Omitted)
	}
	// The default limit cuts, and says so.
	mustJSON(t, ts.get(t, "/api/blocs?max_nodes=10"), &body)
	cut := 0
	for _, n := range body.Subgraph.Omitted {
		cut += n
	}
	if len(body.Subgraph.Entities) != 10 || cut == 0 {
		t.Errorf("max_nodes=10: %d actors, %v cut", len(body.Subgraph.Entities), body.Subgraph.Omitted)
	}
	// The page lists every member by name, drawn or cut: the names come with the blocs.
	named := map[string]string{}
	for _, b := range body.Blocs {
		if len(b.Names) != len(b.Members) {
			t.Fatalf("bloc %d: %d names for %d members", b.ID, len(b.Names), len(b.Members))
		}
		for i, id := range b.Members {
			named[id] = b.Names[i]
		}
	}
	cutNamed := 0
	for id, n := range named {
		if _, drawn := body.Subgraph.Entity(id); !drawn {
			cutNamed++
		}
		if n == "" || n == id {
			t.Errorf("%s is named %q in its bloc", id, n)
		}
	}
	if cutNamed == 0 || named[belarus] != "Belarus" {
		t.Errorf("%d members cut from the drawing are named; Belarus is named %q", cutNamed, named[belarus])
	}
}

// TestViews asks every view in several formats and checks what a client sees.
func TestViews(t *testing.T) {
	ts := newTestServer(t)
	q := url.QueryEscape
	tests := []struct {
		name, path  string
		contentType string
		json        map[string]any // top-level fields and a value each must have (nil: present)
		contains    []string       // in the body (for SVG: in its text and attributes)
		disposition string         // Content-Disposition, if any
	}{
		{name: "paths json", path: "/api/paths?from=" + xi + "&to=" + zas,
			json: map[string]any{"from": xi, "to": zas, "paths": nil, "subgraph": nil}},
		{name: "paths svg highlights the path", path: "/api/paths?format=svg&from=" + xi + "&to=" + zas,
			contentType: "image/svg+xml", contains: []string{"Xi Jinping to Stanislav Zas: 1 shortest path of 3 steps", "edge cooperation path", "node person focus"}},
		{name: "no path is an empty list", path: "/api/paths?max=1&from=" + xi + "&to=" + zas,
			json: map[string]any{"paths": []any{}}},
		{name: "no path is drawn as such", path: "/api/paths?max=1&format=svg&from=" + xi + "&to=" + zas,
			contentType: "image/svg+xml", contains: []string{"No path within 1 step from Xi Jinping to Stanislav Zas"}},
		{name: "paths over the node limit are cut and counted", path: "/api/paths?max_nodes=3&from=" + xi + "&to=" + zas,
			json: map[string]any{"paths": []any{}}, contains: []string{`"omitted":{"organization":1,"person":1}`}},
		{name: "paths with a date filter", path: "/api/paths?from_date=2023-01-01&from=" + xi + "&to=" + zas,
			json: map[string]any{"paths": []any{}}},
		{name: "paths download", path: "/api/paths?format=graphml&download=1&from=" + xi + "&to=" + zas,
			contentType: "application/graphml+xml", contains: []string{"<graphml", "Stanislav Zas"},
			disposition: `attachment; filename="actorgraph-paths-xi-jinping-and-1-more.graphml"`},
		{name: "alliances json", path: "/api/alliances?focus=" + russia,
			json: map[string]any{"focus": russia, "allies": nil, "opponents": nil, "subgraph": nil}, contains: []string{`"id":"state:belarus","name":"Belarus","kind":"state","score":2`}},
		{name: "alliances svg has green and red boxes", path: "/api/alliances?format=svg&focus=" + russia,
			contentType: "image/svg+xml", contains: []string{"cluster ally", "cluster opponent", "Allies of Russia", "Opponents of Russia"}},
		{name: "blocs svg has a box per bloc", path: "/api/blocs?format=svg",
			contentType: "image/svg+xml", contains: []string{"cluster group", "Bloc 1: Kazakhstan, against blocs", "Bloc 3: Georgia, against bloc 1"}},
		{name: "blocs download", path: "/api/blocs?format=csv&download=1",
			contentType: "application/zip", disposition: `attachment; filename="actorgraph-blocs.zip"`},
		{name: "blocs filtered to states", path: "/api/blocs?kinds=state",
			json: map[string]any{"blocs": nil}, contains: []string{`"label":"Kazakhstan"`}},
		{name: "common allies", path: "/api/allies?a=" + russia + "&b=" + belarus,
			json: map[string]any{"a": russia, "b": belarus}, contains: []string{`"allies":[{"id":"organization:collective-security-treaty-organization","name":"Collective Security Treaty Organization","kind":"organization"},{"id":"state:kazakhstan"`}},
		{name: "centrality by degree", path: "/api/centrality?measure=degree&limit=2",
			json:     map[string]any{"measure": "degree"},
			contains: []string{`"ranking":[{"id":"state:kazakhstan","name":"Kazakhstan","kind":"state","degree":`, `{"id":"state:russia","name":"Russia","kind":"state","degree":`}},
		{name: "centrality drawing sized", path: "/api/centrality?format=dot&limit=3",
			contentType: "text/vnd.graphviz; charset=utf-8", contains: []string{`fontsize="24.0"`, "The 3 actors most central by pagerank"}},
		{name: "graph sized by centrality", path: "/api/graph?format=dot&size=centrality&depth=1&focus=" + csto,
			contentType: "text/vnd.graphviz; charset=utf-8", contains: []string{`fontsize="24.0"`}},
		{name: "graph as csv edges", path: "/api/graph?format=csv-edges&download=1&depth=1&focus=" + csto,
			contentType: "text/csv; charset=utf-8; header=present", contains: []string{"DEPLOYED_FORCES_TO"},
			disposition: `attachment; filename="actorgraph-collective-security-treaty-organization-depth1-edges.csv"`},
		{name: "graph as gexf", path: "/api/graph?format=gexf&depth=1&focus=" + csto,
			contentType: "application/gexf+xml", contains: []string{"<gexf"}},
		{name: "graph report svg download", path: "/api/graph?format=svg&download=1&depth=1&focus=" + csto,
			contentType: "image/svg+xml", contains: []string{"Sources:"},
			disposition: `attachment; filename="actorgraph-collective-security-treaty-organization-depth1.svg"`},
		{name: "changes", path: "/api/changes?focus=" + csto + "&depth=1&before=..2022-01-06&after=" + q("2022-01-07.."),
			json: map[string]any{"ended": []any{}, "not_mentioned": []any{}, "changed": []any{}, "appeared": nil, "subgraph": nil}},
		{name: "changes drawn", path: "/api/changes?format=svg&focus=" + csto + "&depth=1&before=..2022-01-06&after=2022-01-07",
			contentType: "image/svg+xml", contains: []string{"(new)", "edge cooperation appeared", "Collective Security Treaty Organization: ", " new, 0 ended, 0 changed, 0 not mentioned (2022-01-07 vs until 2022-01-06)"}},
		{name: "nothing changed within one period", path: "/api/changes?focus=" + csto + "&depth=1&before=2022-01-07&after=2022-01-07",
			json: map[string]any{"appeared": []any{}, "ended": []any{}, "not_mentioned": []any{}, "changed": []any{}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ts.get(t, tt.path)
			if r.status != http.StatusOK {
				t.Fatalf("status %d: %s", r.status, r.body)
			}
			if tt.json != nil {
				var body map[string]any
				mustJSON(t, r, &body)
				for k, want := range tt.json {
					got, ok := body[k]
					if !ok {
						t.Errorf("no field %q in %s", k, r.body[:min(len(r.body), 300)])
					}
					if want != nil {
						g, _ := json.Marshal(got)
						w, _ := json.Marshal(want)
						if !bytes.Equal(g, w) {
							t.Errorf("%s = %s, want %s", k, g, w)
						}
					}
				}
			} else if ct := r.header.Get("Content-Type"); ct != tt.contentType {
				t.Errorf("Content-Type %q, want %q", ct, tt.contentType)
			}
			text := r.body
			if strings.HasPrefix(r.header.Get("Content-Type"), "image/svg+xml") {
				text = svgText(t, r.body)
				if csp := r.header.Get("Content-Security-Policy"); !strings.HasPrefix(csp, "default-src 'none'") || strings.Contains(csp, "script-src") {
					t.Errorf("SVG served with CSP %q", csp)
				}
			}
			mustContain(t, tt.name, text, tt.contains...)
			if got := r.header.Get("Content-Disposition"); got != tt.disposition {
				t.Errorf("Content-Disposition %q, want %q", got, tt.disposition)
			}
			if r.header.Get("ETag") == "" {
				t.Errorf("no ETag")
			}
		})
	}
}

// TestViewPNGAndPDF downloads a view as PNG and as PDF with a PATH that holds no program: both are drawn by
// the server itself, never answered 503.
func TestViewPNGAndPDF(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	ts := newTestServer(t)
	for _, tt := range []struct{ format, query, contentType, magic string }{
		{"png", "&dpi=72", "image/png", "\x89PNG\r\n\x1a\n"},
		{"pdf", "", "application/pdf", "%PDF-1."},
	} {
		t.Run(tt.format, func(t *testing.T) {
			r := ts.get(t, "/api/paths?format="+tt.format+tt.query+"&download=1&from="+xi+"&to="+zas)
			if r.status != http.StatusOK {
				t.Fatalf("status %d: %s", r.status, r.body)
			}
			if ct := r.header.Get("Content-Type"); ct != tt.contentType || !strings.HasPrefix(r.body, tt.magic) {
				t.Errorf("Content-Type %q, body starts %q", ct, r.body[:min(len(r.body), 8)])
			}
			if got, want := r.header.Get("Content-Disposition"), `attachment; filename="actorgraph-paths-xi-jinping-and-1-more.`+tt.format+`"`; got != want {
				t.Errorf("Content-Disposition %q, want %q", got, want)
			}
		})
	}
}

func TestViewErrors(t *testing.T) {
	ts := newTestServer(t)
	tests := []struct {
		path    string
		status  int
		message string
	}{
		{"/api/paths?to=" + zas, 400, "parameter from is required"},
		{"/api/paths?from=" + xi + "&to=person:nobody", 404, `no entity with id "person:nobody"`},
		{"/api/paths?from=" + xi + "&to=" + xi, 400, "two different entities"},
		{"/api/paths?from=" + xi + "&to=" + zas + "&max=9", 400, "max=9 is outside 1..6"},
		{"/api/paths?from=" + xi + "&to=" + zas + "&cooperation=maybe", 400, `cooperation="maybe" is not 1 or 0`},
		{"/api/paths?from=" + xi + "&to=" + zas + "&format=tiff", 400, `format "tiff" is not one of`},
		{"/api/paths?from=" + xi + "&to=" + zas + "&format=png&dpi=5000", 400, "dpi=5000 is outside"},
		{"/api/alliances", 400, "parameter focus is required"},
		{"/api/alliances?focus=" + russia + "," + belarus, 400, "one entity"},
		{"/api/alliances?focus=state:atlantis", 404, "state:atlantis"},
		{"/api/allies?a=" + russia, 400, "parameter b is required"},
		{"/api/allies?a=" + russia + "&b=" + russia, 400, "two different actors"},
		{"/api/centrality?measure=fame", 400, `unknown measure "fame"`},
		{"/api/centrality?limit=0", 400, "limit=0 is outside"},
		{"/api/blocs?stances=friendly", 400, `unknown stance "friendly"`},
		{"/api/graph?focus=" + csto + "&size=fame", 400, `size "fame"`},
		{"/api/changes?focus=" + csto + "&after=2022-01-07", 400, "parameter before is required"},
		{"/api/changes?focus=" + csto + "&before=yesterday&after=2022-01-07", 400, `date "yesterday" is not YYYY-MM-DD`},
		{"/api/changes?focus=" + csto + "&before=2022-02-01..2022-01-01&after=2022-01-07", 400, "ends before it starts"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			r := ts.get(t, tt.path)
			var body struct {
				Error struct{ Code, Message string } `json:"error"`
			}
			_ = json.Unmarshal([]byte(r.body), &body)
			if r.status != tt.status || !strings.Contains(body.Error.Message, tt.message) {
				t.Errorf("%d %s, want %d with %q", r.status, r.body, tt.status, tt.message)
			}
		})
	}
}

// TestViewFormats asks one view in every format: each comes with its content type and an ETag that
// answers 304 when sent back.
func TestViewFormats(t *testing.T) {
	ts := newTestServer(t)
	base := "/api/paths?from=" + xi + "&to=" + zas + "&format="
	for format, want := range map[string]string{
		"json": "application/json", "svg": "image/svg+xml", "png": "image/png", "pdf": "application/pdf", "dot": "text/vnd.graphviz; charset=utf-8",
		"graphml": "application/graphml+xml", "gexf": "application/gexf+xml", "csv": "application/zip",
		"csv-nodes": "text/csv; charset=utf-8; header=present", "csv-edges": "text/csv; charset=utf-8; header=present",
	} {
		t.Run(format, func(t *testing.T) {
			r := ts.get(t, base+format)
			if r.status != http.StatusOK || r.header.Get("Content-Type") != want || len(r.body) == 0 {
				t.Fatalf("%d %q (%d bytes), want 200 %q", r.status, r.header.Get("Content-Type"), len(r.body), want)
			}
			again := ts.get(t, base+format, "If-None-Match", r.header.Get("ETag"))
			if again.status != http.StatusNotModified {
				t.Errorf("with its ETag: %d, want 304", again.status)
			}
		})
	}
}

// laterArticle is a document a month after the seed in which Russia's troops turn on their host and
// Belarus criticises Russia.
func laterArticle(tb testing.TB) graph.Batch {
	tb.Helper()
	text := "Russian troops turned on Kazakhstan. Belarus criticized Russia for it."
	doc := graph.Document{ID: "later", Title: "Later", Published: "2022-02-07", Text: text}
	doc.Hash = graph.ContentHash(text)
	b := graph.Batch{Document: doc, Origin: graph.OriginText,
		Entities: []graph.Entity{graph.NewEntity(graph.State, "Russia"), graph.NewEntity(graph.State, "Kazakhstan"), graph.NewEntity(graph.State, "Belarus")}}
	for _, r := range []struct {
		from, to string
		t        graph.RelType
		stance   graph.Stance
		quote    string
	}{
		{russia, "state:kazakhstan", graph.DeployedForcesTo, graph.Conflict, "Russian troops turned on Kazakhstan."},
		{belarus, russia, graph.Criticizes, graph.Conflict, "Belarus criticized Russia for it."},
	} {
		s, e, ok := graph.Locate(text, r.quote, 1)
		if !ok {
			tb.Fatalf("no %q", r.quote)
		}
		b.Relations = append(b.Relations, graph.Relation{From: r.from, To: r.to, Type: r.t, Evidence: []graph.Evidence{
			{Document: doc.ID, Text: r.quote, Start: s, End: e, Stance: r.stance, Origin: graph.Extracted, Confidence: 0.9}}})
	}
	b.Normalize()
	return b
}

// TestChangesBetweenArticles compares the seed's week with the month after: one relationship changed
// stance, one appeared, the rest of Russia's neighbourhood is not mentioned in the later article, which
// states the end of nothing.
func TestChangesBetweenArticles(t *testing.T) {
	ts := newTestServer(t)
	if _, err := ts.store.Ingest(t.Context(), laterArticle(t)); err != nil {
		t.Fatal(err)
	}
	path := "/api/changes?focus=" + russia + "&depth=1&before=2022-01-01..2022-01-31&after=2022-02-01.."
	var body struct {
		Appeared     []graph.Relation                    `json:"appeared"`
		Ended        []struct{ Relation graph.Relation } `json:"ended"`
		NotMentioned []graph.Relation                    `json:"not_mentioned"`
		Changed      []struct {
			Relation      graph.Relation `json:"relation"`
			Before, After graph.Stance
		} `json:"changed"`
		Subgraph graph.Subgraph `json:"subgraph"`
	}
	mustJSON(t, ts.get(t, path), &body)
	deployed := graph.RelationID(russia, graph.DeployedForcesTo, "state:kazakhstan")
	criticizes := graph.RelationID(belarus, graph.Criticizes, russia)
	if len(body.Changed) != 1 || body.Changed[0].Relation.ID != deployed || body.Changed[0].Before != graph.Cooperation ||
		body.Changed[0].After != graph.Conflict || body.Changed[0].Relation.Evidence[0].Document != "later" {
		t.Errorf("changed = %+v", body.Changed)
	}
	if len(body.Appeared) != 1 || body.Appeared[0].ID != criticizes {
		t.Errorf("appeared = %+v", body.Appeared)
	}
	if len(body.NotMentioned) == 0 || body.Ended == nil || len(body.Ended) > 0 {
		t.Errorf("%d not mentioned (want some), ended %v (want an empty list)", len(body.NotMentioned), body.Ended)
	}
	shown := map[string]bool{}
	for _, r := range body.Subgraph.Relations {
		shown[r.ID] = true
	}
	for _, r := range append(body.NotMentioned, body.Appeared...) {
		if !shown[r.ID] {
			t.Errorf("%s is not in the subgraph", r.ID)
		}
	}
	dot := ts.get(t, path+"&format=dot").body
	mustContain(t, "changes DOT", dot, `class="conflict changed"`, `class="conflict appeared"`, `unmentioned"`, "(not mentioned later)", "(changed)", "(new)")
}

// TestPinsParameter: the page's pins reach the drawing (neato whatever the layout asked for, the actors at
// their positions, the lines routed around them), and a malformed one is refused with what and where.
func TestPinsParameter(t *testing.T) {
	ts := newTestServer(t)
	for _, layout := range []string{"", "dot", "circo", "sfdp"} {
		r := ts.get(t, "/api/graph?format=dot&depth=1&focus="+tokayev+"&layout="+layout+"&pins="+url.QueryEscape(tokayev+"@100,200|"+csto+"@-50.5,0"))
		mustContain(t, "pinned DOT, layout="+layout, r.body, `layout="neato"`, `splines="true"`, `pos="100.00,200.00!"`, `pos="-50.50,0.00!"`)
	}
	// With the shapes' sizes, two actors 0.5 points apart are parted to the 12 the line router needs.
	close := tokayev + "@0,0,100,36|" + csto + "@100.5,0,100,36"
	r := ts.get(t, "/api/graph?format=dot&depth=1&focus="+tokayev+"&pins="+url.QueryEscape(close))
	mustContain(t, "pinned DOT with sizes", r.body, `pos="-5.76,0.00!"`, `pos="106.26,0.00!"`)
	for _, bad := range []string{tokayev + "@1", tokayev + "@x,1", "@1,2", tokayev + "@1,1e6", tokayev + "@NaN,0", tokayev + "@1,2,3", tokayev + "@1,2,0,5", tokayev + "@1,2,5,NaN"} {
		r := ts.get(t, "/api/graph?format=dot&depth=1&focus="+tokayev+"&pins="+url.QueryEscape(bad))
		if code, msg := apiError(t, r); r.status != http.StatusBadRequest || code != "invalid" || !strings.Contains(msg, "pins: position 1") {
			t.Errorf("pins=%s: %d %s %q", bad, r.status, code, msg)
		}
	}
}

// TestChangesTellEndedFromNotMentioned: a month after the seed an article says China opposed Kazakhstan.
// China's support for Kazakhstan has ended, as that article states the opposite between them; China's
// support for Tokayev is not mentioned again, which does not end it.
func TestChangesTellEndedFromNotMentioned(t *testing.T) {
	ts := newTestServer(t)
	text := "China opposed Kazakhstan over the crackdown."
	doc := graph.Document{ID: "china-later", Title: "Later", Published: "2022-02-07", Text: text}
	doc.Hash = graph.ContentHash(text)
	s, e, _ := graph.Locate(text, text, 1)
	b := graph.Batch{Document: doc, Origin: graph.OriginText,
		Entities: []graph.Entity{graph.NewEntity(graph.State, "China"), graph.NewEntity(graph.State, "Kazakhstan")},
		Relations: []graph.Relation{{From: "state:china", To: "state:kazakhstan", Type: graph.Opposes, Evidence: []graph.Evidence{
			{Document: doc.ID, Text: text, Start: s, End: e, Stance: graph.Conflict, Origin: graph.Extracted, Confidence: 0.9}}}}}
	b.Normalize()
	if _, err := ts.store.Ingest(t.Context(), b); err != nil {
		t.Fatal(err)
	}
	path := "/api/changes?focus=state:china&depth=1&before=2022-01-01..2022-01-31&after=2022-02-01.."
	var body struct {
		Ended []struct {
			Relation graph.Relation `json:"relation"`
			By       []string       `json:"by"`
		} `json:"ended"`
		NotMentioned []graph.Relation `json:"not_mentioned"`
	}
	mustJSON(t, ts.get(t, path), &body)
	supports := graph.RelationID("state:china", graph.Supports, "state:kazakhstan")
	opposes := graph.RelationID("state:china", graph.Opposes, "state:kazakhstan")
	ended := map[string][]string{}
	for _, e := range body.Ended {
		ended[e.Relation.ID] = e.By
	}
	if !slices.Equal(ended[supports], []string{opposes}) {
		t.Errorf("ended = %v; want China's support for Kazakhstan, ended by its opposition", ended)
	}
	var unmentioned []string
	for _, r := range body.NotMentioned {
		unmentioned = append(unmentioned, r.ID)
	}
	if !slices.Contains(unmentioned, graph.RelationID("state:china", graph.Supports, tokayev)) || slices.Contains(unmentioned, supports) {
		t.Errorf("not mentioned = %v; want China's support for Tokayev and not for Kazakhstan", unmentioned)
	}
	dot := ts.get(t, path+"&format=dot").body
	mustContain(t, "changes DOT", dot, `class="cooperation ended"`, "(ended)", "(not mentioned later)", " 2 ended, ") // support and investment
}
