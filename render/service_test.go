package render_test

import (
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
)

func newTestService(tb testing.TB, cacheBytes int64) (*render.Service, *render.Pool) {
	tb.Helper()
	p := newTestPool(tb, render.PoolConfig{Workers: 2})
	return render.NewService(render.ServiceConfig{Pool: p, LinkBase: linkBase, CacheBytes: cacheBytes}), p
}

func mustRender(tb testing.TB, s *render.Service, sg graph.Subgraph, layout, format string) []byte {
	tb.Helper()
	b, err := s.Render(context.Background(), sg, layout, format)
	if err != nil {
		tb.Fatalf("Render(%q, %q): %v", layout, format, err)
	}
	return b
}

// svgElement is what tests look for in an SVG: a <g> with its id and class, and what it holds.
type svgElement struct {
	id, class string
	titles    []string // <title> text and xlink:title attributes inside
	hrefs     []string
	texts     []string
}

// svgGroups returns the <g> elements of the SVG that have a class (Graphviz's nodes and edges), by id.
func svgGroups(tb testing.TB, svg []byte) map[string]*svgElement {
	tb.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	groups := map[string]*svgElement{}
	var cur *svgElement
	depth, curDepth := 0, 0
	var inTitle, inText bool
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			tb.Fatalf("SVG is not well-formed XML: %v", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			attr := func(local string) string {
				for _, a := range t.Attr {
					if a.Name.Local == local {
						return a.Value
					}
				}
				return ""
			}
			if t.Name.Local == "g" && attr("class") != "" && attr("class") != "graph" {
				cur = &svgElement{id: attr("id"), class: attr("class")}
				groups[cur.id] = cur
				curDepth = depth
			}
			if cur != nil {
				if v := attr("title"); v != "" {
					cur.titles = append(cur.titles, v)
				}
				if v := attr("href"); v != "" {
					cur.hrefs = append(cur.hrefs, v)
				}
			}
			inTitle, inText = t.Name.Local == "title", t.Name.Local == "text"
		case xml.CharData:
			if cur != nil && inTitle {
				cur.titles = append(cur.titles, string(t))
			}
			if cur != nil && inText {
				cur.texts = append(cur.texts, string(t))
			}
		case xml.EndElement:
			if cur != nil && depth == curDepth {
				cur = nil
			}
			depth--
			inTitle, inText = false, false
		}
	}
	return groups
}

func TestServiceSVG(t *testing.T) {
	s, _ := newTestService(t, 0)
	sg := seedSubgraph(t)
	svg := mustRender(t, s, sg, "", "svg")
	if bytes.Contains(svg, []byte("<!DOCTYPE")) {
		t.Error("SVG has a DOCTYPE")
	}
	texts, _ := checkSVG(t, svg)
	if want := render.Title(sg); !slices.Contains(texts, want) {
		t.Errorf("SVG lacks the title %q", want)
	}
	g := svgGroups(t, svg)
	tokayev := g["n:"+tokayevID]
	if tokayev == nil {
		t.Fatalf("no <g id=%q>; groups: %d", "n:"+tokayevID, len(g))
	}
	tests := []struct {
		name string
		ok   bool
	}{
		{"focus node has its classes", tokayev.class == "node person focus"},
		{"focus node shows the name", slices.Contains(tokayev.texts, "Kassym-Jomart Tokayev")},
		{"focus node links to its neighbourhood", slices.Contains(tokayev.hrefs, linkBase+"person%3Akassym-jomart-tokayev")},
		{"focus node tooltip says who", slices.Contains(tokayev.titles, "Kassym-Jomart Tokayev\nperson · President of Kazakhstan\nalso: Kasym-Zhomart Tokayev, Tokayev")},
		{"other nodes show their names", g["n:"+cstoID] != nil && slices.Equal(g["n:"+cstoID].texts, []string{"Collective Security", "Treaty Organization"})},
		{"omitted entities are summarised", g["more:state"] != nil && slices.Contains(g["more:state"].texts, "+5 more states")},
		{"legend is there", g["legend"] != nil && slices.Contains(g["legend"].texts, "Relationships")},
		// A browser shows a shape's <title> as its tooltip: a name, never an id like n:person:….
		{"shapes' titles are names, not ids", !bytes.Contains(svg, []byte("<title>n:")) && bytes.Contains(svg, []byte("<title>Kassym&#45;Jomart Tokayev&#10;person"))},
	}
	edge := g["e:"+graph.RelationID(tokayevID, graph.RequestedHelpFrom, cstoID)]
	if edge == nil {
		t.Fatal("no edge for Tokayev's request to the CSTO")
	}
	tooltip := strings.Join(edge.titles, "\n")
	tests = append(tests, []struct {
		name string
		ok   bool
	}{
		{"edge has its stance class", edge.class == "edge cooperation"},
		{"edge is labelled with its phrase and evidence count", slices.Contains(edge.texts, "requested help from ×3")},
		{"edge tooltip quotes the evidence", strings.Contains(tooltip, "“The troops arrived after Tokayev asked the CSTO for assistance.” — ap-2022-01-06-csto-troops, 2022-01-06")},
	}...)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !tt.ok {
				t.Fail()
			}
		})
	}
}

func TestServiceHostileSVG(t *testing.T) {
	s, _ := newTestService(t, 0)
	sg := hostileSubgraph(t)
	svg := mustRender(t, s, sg, "", "svg")
	texts, titles := checkSVG(t, svg) // well-formed, no <script>, no event handlers
	all := strings.Join(texts, "\n")
	tips := strings.Join(titles, "\n")
	byName := map[string]string{}
	for _, e := range sg.Entities {
		byName[e.Name] = e.ID
	}
	g := svgGroups(t, svg)
	label := func(name string) string {
		e := g["n:"+byName[name]]
		if e == nil {
			t.Fatalf("no node for %q", name)
		}
		return squash(strings.Join(e.texts, ""))
	}
	tests := []struct {
		name string
		ok   bool
	}{
		{"markup is shown as text", label(scriptName) == squash(scriptName)},
		{"entities are shown as written", label(ampName) == squash(ampName)},
		{"backslash sequences are shown as written", label(backslashName) == squash(backslashName)},
		{"Cyrillic is readable", label(cyrillicName) == squash(cyrillicName)},
		{"Chinese is readable", label(chineseName) == chineseName},
		{"right-to-left text is readable", strings.Contains(label(rtlName), "عبدالله")},
		{"quotes are shown as quotes", strings.HasPrefix(label(quoteName), `Robert"Bobby"Tables"];`)},
		{"the title is shown as written", slices.Contains(texts, render.Title(sg))},
		{"tooltips keep backslashes", strings.Contains(tips, backslashName+"\nperson · \\G \\E \\T")},
		{"tooltips keep markup as text", strings.Contains(tips, "<img src=x onerror=alert(1)>")},
		{"no \\N is expanded to a node name", !strings.Contains(all, "n:person:")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !tt.ok {
				t.Fail()
			}
		})
	}
	if t.Failed() {
		t.Logf("texts: %q", texts)
	}
	if !bytes.Contains(svg, []byte("&lt;script&gt;")) {
		t.Error("SVG does not escape <script> as &lt;script&gt;")
	}
}

func TestServiceRender(t *testing.T) {
	s, _ := newTestService(t, 0)
	sg := seedSubgraph(t)
	tooMany := graph.Subgraph{Entities: make([]graph.Entity, graph.MaxMaxNodes+1)}
	tests := []struct {
		name           string
		sg             graph.Subgraph
		layout, format string
		code           string
	}{
		{"svg with the default layout", sg, "", "svg", ""},
		{"svg with neato", sg, "neato", "svg", ""},
		{"dot", sg, "", "dot", ""},
		{"unknown format is invalid", sg, "", "tiff", graph.EINVALID},
		{"empty format is invalid", sg, "", "", graph.EINVALID},
		{"unknown layout is invalid", sg, "twopi", "svg", graph.EINVALID},
		{"too many entities is too large", tooMany, "", "svg", graph.ETOOLARGE},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.Render(context.Background(), tt.sg, tt.layout, tt.format)
			wantCode(t, err, tt.code)
		})
	}
	t.Run("dot is the DOT of the title, links and layout the service chose", func(t *testing.T) {
		got := mustRender(t, s, sg, "", "dot")
		want := render.DOT(sg, render.Options{Title: render.Title(sg), LinkBase: linkBase, Layout: "dot"})
		if !bytes.Equal(got, want) {
			t.Error("DOT differs")
		}
	})
}

func TestServiceCache(t *testing.T) {
	s, p := newTestService(t, 0)
	sg := seedSubgraph(t)
	first := mustRender(t, s, sg, "dot", "svg")
	renders := p.Stats().Renders
	again := mustRender(t, s, sg, "dot", "svg")
	if !bytes.Equal(first, again) {
		t.Error("cached SVG differs")
	}
	if got := p.Stats().Renders; got != renders {
		t.Errorf("a cached drawing was rendered again (%d renders, want %d)", got, renders)
	}
	mustRender(t, s, sg, "neato", "svg")
	if st := s.CacheStats(); st.Hits != 1 || st.Misses != 2 || st.Entries != 2 || st.Bytes < int64(len(first)) {
		t.Errorf("cache stats %+v, want 1 hit, 2 misses, 2 entries", st)
	}

	t.Run("a full cache evicts the least recently used", func(t *testing.T) {
		bound := int64(len(first))*4 + 1024 // room for a few drawings; first is under a quarter of it
		small, p := newTestService(t, bound)
		mustRender(t, small, sg, "dot", "svg")
		var others int64
		var last func()
		for _, focus := range []string{cstoID, russiaID, graph.EntityID(graph.State, "Kazakhstan"), graph.EntityID(graph.Person, "Antony Blinken")} {
			for _, l := range render.Layouts() {
				other := mustExpand(t, 1, 0, focus)
				others += int64(len(mustRender(t, small, other, l, "svg")))
				last = func() { mustRender(t, small, other, l, "svg") }
				if st := small.CacheStats(); st.Bytes > bound {
					t.Fatalf("cache holds %d bytes, over its bound of %d", st.Bytes, bound)
				}
			}
		}
		if others <= bound {
			t.Fatalf("fixture: only %d bytes of other drawings for a bound of %d", others, bound)
		}
		before := p.Stats().Renders
		last()
		if p.Stats().Renders != before {
			t.Error("the most recent drawing was evicted")
		}
		mustRender(t, small, sg, "dot", "svg")
		if p.Stats().Renders != before+1 {
			t.Error("the least recently used drawing was still cached")
		}
	})
	t.Run("a change that shows in the drawing is never served from the cache", func(t *testing.T) {
		changed, p := newTestService(t, 0)
		base := mustRender(t, changed, sg, "dot", "svg")
		sentence := sg
		sentence.Relations = slices.Clone(sg.Relations)
		r := sentence.Relations[0]
		r.Evidence = slices.Clone(r.Evidence)
		r.Evidence[0].Text = "A corrected sentence."
		sentence.Relations[0] = r
		renamed := sg
		renamed.Entities = slices.Clone(sg.Entities)
		renamed.Entities[0].Name = "Renamed by an overlay"
		for name, v := range map[string]graph.Subgraph{"evidence": sentence, "name": renamed} {
			before := p.Stats().Renders
			got := mustRender(t, changed, v, "dot", "svg")
			if p.Stats().Renders != before+1 || bytes.Equal(got, base) {
				t.Errorf("after a change of %s the cached drawing was served", name)
			}
		}
	})
	t.Run("caching can be turned off", func(t *testing.T) {
		off, p := newTestService(t, -1)
		mustRender(t, off, sg, "dot", "svg")
		mustRender(t, off, sg, "dot", "svg")
		if got := p.Stats().Renders; got != 2 {
			t.Errorf("%d renders, want 2", got)
		}
	})
}

func TestTitle(t *testing.T) {
	seed := seedSubgraph(t)
	tests := []struct {
		name string
		sg   graph.Subgraph
		want string
	}{
		{"one focus with omitted entities", seed, "Kassym-Jomart Tokayev · depth 2 · 20 actors, 29 relationships (7 more not shown)"},
		{"focus only", focusOnly(t), "Zhanaozen · depth 1 · 1 actor, 0 relationships"},
		{"several focus entities", graph.Subgraph{Focus: []string{tokayevID, cstoID, russiaID, "person:x"}, Entities: seed.Entities, Depth: 1},
			"Kassym-Jomart Tokayev, Collective Security Treaty Organization, Russia and 1 more · depth 1 · 20 actors, 0 relationships"},
		{"unknown focus shows its id", graph.Subgraph{Focus: []string{"person:nobody"}}, "person:nobody · 0 actors, 0 relationships"},
		{"no focus", graph.Subgraph{}, "Actors · 0 actors, 0 relationships"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := render.Title(tt.sg); got != tt.want {
				t.Errorf("Title = %q, want %q", got, tt.want)
			}
		})
	}
}
