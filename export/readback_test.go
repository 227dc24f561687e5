package export_test

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/hex"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"testing"

	"gonum.org/v1/gonum/graph/formats/gexf12"

	"github.com/actorgraph/actorgraph/export"
	"github.com/actorgraph/actorgraph/graph"
)

// What the tests read back from every format: the facts of each node and edge as strings, keyed by the
// actorgraph id. Comparing these across formats shows they all say the same.
type facts map[string]map[string]string

// GraphML read with encoding/xml.
type gmlDoc struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID     string `xml:"id,attr"`
		For    string `xml:"for,attr"`
		Name   string `xml:"attr.name,attr"`
		Type   string `xml:"attr.type,attr"`
		Desc   string `xml:"desc"`
		Ignore []byte `xml:",innerxml"`
	} `xml:"key"`
	Graph struct {
		ID          string    `xml:"id,attr"`
		EdgeDefault string    `xml:"edgedefault,attr"`
		Data        []gmlData `xml:"data"`
		Nodes       []struct {
			ID   string    `xml:"id,attr"`
			Data []gmlData `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			ID     string    `xml:"id,attr"`
			Source string    `xml:"source,attr"`
			Target string    `xml:"target,attr"`
			Data   []gmlData `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type gmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// unNMToken reverses the escaping of ids in GraphML.
func unNMToken(tb testing.TB, s string) string {
	tb.Helper()
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '.' {
			b.WriteByte(s[i])
			continue
		}
		if s == "." {
			return ""
		}
		v, err := hex.DecodeString(s[i+1 : i+3])
		if err != nil {
			tb.Fatalf("bad escape in %q", s)
		}
		b.Write(v)
		i += 2
	}
	return b.String()
}

// readGraphML parses GraphML and checks what the schema cannot: every value parses as its key's type and
// belongs to the key's domain. It returns the graph's data and the node and edge facts by attr.name.
func readGraphML(tb testing.TB, b []byte) (graphData map[string]string, nodes, edges facts) {
	tb.Helper()
	var doc gmlDoc
	if err := xml.Unmarshal(b, &doc); err != nil {
		tb.Fatalf("GraphML does not parse: %v", err)
	}
	if doc.Graph.EdgeDefault != "directed" {
		tb.Errorf("edgedefault %q", doc.Graph.EdgeDefault)
	}
	type key struct{ domain, name, typ string }
	keys := map[string]key{}
	for _, k := range doc.Keys {
		keys[k.ID] = key{k.For, k.Name, k.Type}
		if k.Desc == "" {
			tb.Errorf("key %s has no description", k.ID)
		}
	}
	read := func(domain string, data []gmlData) map[string]string {
		m := map[string]string{}
		for _, d := range data {
			k, ok := keys[d.Key]
			if !ok || k.domain != domain {
				tb.Errorf("data key %q is not a %s key", d.Key, domain)
				continue
			}
			if _, dup := m[k.name]; dup {
				tb.Errorf("%s data %s given twice", domain, k.name)
			}
			var err error
			switch k.typ {
			case "int":
				_, err = strconv.Atoi(d.Value)
			case "double":
				_, err = strconv.ParseFloat(d.Value, 64)
			case "boolean":
				_, err = strconv.ParseBool(d.Value)
			}
			if err != nil {
				tb.Errorf("%s data %s = %q is not a %s", domain, k.name, d.Value, k.typ)
			}
			m[k.name] = d.Value
		}
		return m
	}
	graphData = read("graph", doc.Graph.Data)
	nodes, edges = facts{}, facts{}
	for _, n := range doc.Graph.Nodes {
		nodes[unNMToken(tb, n.ID)] = read("node", n.Data)
	}
	for _, e := range doc.Graph.Edges {
		m := read("edge", e.Data)
		m["source"], m["target"] = unNMToken(tb, e.Source), unNMToken(tb, e.Target)
		edges[unNMToken(tb, e.ID)] = m
	}
	return graphData, nodes, edges
}

// readGEXF decodes GEXF strictly into gonum's GEXF 1.2 types: the XML must parse, encoding it again must give
// the same bytes (nothing was ignored), counts must match, and every attribute value must name a declared
// attribute of its class and parse as its type.
func readGEXF(tb testing.TB, b []byte) (*gexf12.Content, facts, facts) {
	tb.Helper()
	var c gexf12.Content
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.Strict = true
	if err := dec.Decode(&c); err != nil {
		tb.Fatalf("GEXF does not decode: %v", err)
	}
	var again bytes.Buffer
	again.WriteString(xml.Header)
	enc := xml.NewEncoder(&again)
	enc.Indent("", "  ")
	if err := enc.Encode(&c); err != nil {
		tb.Fatal(err)
	}
	again.WriteString("\n")
	if !bytes.Equal(again.Bytes(), b) {
		tb.Errorf("GEXF does not survive a decode and encode through gonum's types unchanged")
	}
	if c.Version != "1.2" || c.Graph.DefaultEdgeType != "directed" || c.Graph.Mode != "static" {
		tb.Errorf("version %q, defaultedgetype %q, mode %q", c.Version, c.Graph.DefaultEdgeType, c.Graph.Mode)
	}
	if c.Graph.Nodes.Count != len(c.Graph.Nodes.Nodes) || c.Graph.Edges.Count != len(c.Graph.Edges.Edges) {
		tb.Errorf("counts %d/%d nodes, %d/%d edges", c.Graph.Nodes.Count, len(c.Graph.Nodes.Nodes), c.Graph.Edges.Count, len(c.Graph.Edges.Edges))
	}
	types := map[string]map[string]string{}
	for _, as := range c.Graph.Attributes {
		types[as.Class] = map[string]string{}
		for _, a := range as.Attributes {
			types[as.Class][a.ID] = a.Type
		}
	}
	read := func(class string, av *gexf12.AttValues) map[string]string {
		m := map[string]string{}
		if av == nil {
			return m
		}
		for _, v := range av.AttValues {
			typ, ok := types[class][v.For]
			if !ok {
				tb.Errorf("%s value for undeclared attribute %q", class, v.For)
			}
			var err error
			switch typ {
			case "integer":
				_, err = strconv.Atoi(v.Value)
			case "boolean":
				_, err = strconv.ParseBool(v.Value)
			}
			if err != nil {
				tb.Errorf("%s value %s = %q is not a %s", class, v.For, v.Value, typ)
			}
			m[v.For] = v.Value
		}
		return m
	}
	nodes, edges := facts{}, facts{}
	for _, n := range c.Graph.Nodes.Nodes {
		m := read("node", n.AttValues)
		m["label"] = n.Label
		nodes[n.ID] = m
	}
	for _, e := range c.Graph.Edges.Edges {
		m := read("edge", e.AttValues)
		m["source"], m["target"], m["label"] = e.Source, e.Target, e.Label
		m["weight"] = strconv.FormatFloat(e.Weight, 'g', -1, 64)
		edges[e.ID] = m
	}
	return &c, nodes, edges
}

// readCSV parses a table and returns its rows by id, as header → value.
func readCSV(tb testing.TB, b []byte) (header []string, rows facts) {
	tb.Helper()
	if bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")) {
		tb.Error("CSV starts with a byte order mark")
	}
	if !bytes.Contains(b, []byte("\r\n")) {
		tb.Error("CSV lines do not end in CRLF")
	}
	r := csv.NewReader(bytes.NewReader(b))
	all, err := r.ReadAll()
	if err != nil {
		tb.Fatalf("CSV does not parse: %v", err)
	}
	if len(all) == 0 {
		tb.Fatal("CSV has no header")
	}
	header, rows = all[0], facts{}
	for _, rec := range all[1:] {
		m := map[string]string{}
		for i, h := range header {
			m[h] = rec[i]
		}
		rows[rec[0]] = m
	}
	return header, rows
}

// undefuse removes the apostrophe that keeps a spreadsheet from running a cell.
func undefuse(s string) string {
	if len(s) > 1 && s[0] == '\'' && strings.ContainsRune("=+-@", rune(s[1])) {
		return s[1:]
	}
	return s
}

func TestReadBack(t *testing.T) {
	sg := fixture(t)
	_, gmlNodes, gmlEdges := readGraphML(t, mustEncode(t, export.GraphML, sg))
	c, gexfNodes, gexfEdges := readGEXF(t, mustEncode(t, export.GEXF, sg))
	_, csvNodes := readCSV(t, mustEncode(t, export.CSVNodes, sg))
	_, csvEdges := readCSV(t, mustEncode(t, export.CSVEdges, sg))
	_, csvDocs := readCSV(t, mustEncode(t, export.CSVDocuments, sg))

	t.Run("every entity is a node with its facts", func(t *testing.T) {
		if len(gmlNodes) != len(sg.Entities) || len(gexfNodes) != len(sg.Entities) || len(csvNodes) != len(sg.Entities) {
			t.Fatalf("nodes: GraphML %d, GEXF %d, CSV %d; want %d", len(gmlNodes), len(gexfNodes), len(csvNodes), len(sg.Entities))
		}
		for _, e := range sg.Entities {
			want := map[string]string{"name": e.Name, "kind": string(e.Kind), "description": e.Description,
				"aliases": strings.Join(e.Aliases, "; "), "focus": strconv.FormatBool(e.ID == cstoID || e.ID == tokayevID)}
			g, x, c := gmlNodes[e.ID], gexfNodes[e.ID], csvNodes[e.ID]
			for k, v := range want {
				if k == "name" {
					if g["name"] != v || g["label"] != v || x["label"] != v || c["label"] != v {
						t.Errorf("%s name: GraphML %q/%q, GEXF %q, CSV %q; want %q", e.ID, g["name"], g["label"], x["label"], c["label"], v)
					}
					continue
				}
				if g[k] != v || x[k] != v || c[k] != v {
					t.Errorf("%s %s: GraphML %q, GEXF %q, CSV %q; want %q", e.ID, k, g[k], x[k], c[k], v)
				}
			}
		}
	})
	t.Run("every relation between shown entities is an edge with its facts", func(t *testing.T) {
		n := 0
		for _, r := range sg.Relations {
			if _, ok := sg.Entity(r.To); !ok {
				if _, in := gmlEdges[r.ID]; in {
					t.Errorf("dangling relation %s was exported", r.ID)
				}
				continue
			}
			n++
			info, _ := r.Type.Info()
			var sentences, claimants []string
			best, claimed := 0.0, true
			for _, ev := range r.Evidence {
				s := "“" + ev.Text + "” — " + ev.Document + ", " + ev.Published
				if ev.Confidence < 1 {
					s += ", confidence " + strconv.FormatFloat(ev.Confidence, 'f', -1, 64)
				}
				switch ev.Claim {
				case "":
				case graph.ClaimUnattributed:
					s += ", unattributed claim"
				default:
					s += ", claim by " + ev.Claim
				}
				sentences = append(sentences, s)
				best, claimed = max(best, ev.Confidence), claimed && ev.Claim != ""
				if ev.Claim != "" {
					claimants = append(claimants, ev.Claim)
				}
			}
			want := map[string]string{
				"source": r.From, "target": r.To, "relation": string(r.Type), "stance": string(r.Stance),
				"symmetric": strconv.FormatBool(info.Symmetric), "evidence_count": strconv.Itoa(len(r.Evidence)),
				"first": r.Evidence[0].Published, "last": r.Evidence[len(r.Evidence)-1].Published,
				"evidence": strings.Join(sentences, " | "), "confidence": strconv.FormatFloat(best, 'f', -1, 64),
				"claimed": strconv.FormatBool(claimed), "claimants": strings.Join(claimants, "; "),
			}
			g, x, c := gmlEdges[r.ID], gexfEdges[r.ID], csvEdges[r.ID]
			for k, v := range want {
				if g[k] != v || x[k] != v || c[k] != v {
					t.Errorf("%s %s: GraphML %q, GEXF %q, CSV %q; want %q", r.ID, k, g[k], x[k], c[k], v)
				}
			}
			if g["label"] != string(r.Type) || x["label"] != string(r.Type) {
				t.Errorf("%s labels %q, %q", r.ID, g["label"], x["label"])
			}
			if w := strconv.Itoa(len(r.Evidence)); g["weight"] != w || x["weight"] != w {
				t.Errorf("%s weights %q, %q; want %s", r.ID, g["weight"], x["weight"], w)
			}
		}
		if len(gmlEdges) != n || len(gexfEdges) != n || len(csvEdges) != n {
			t.Errorf("edges: GraphML %d, GEXF %d, CSV %d; want %d", len(gmlEdges), len(gexfEdges), len(csvEdges), n)
		}
	})
	t.Run("documents are listed with the sentences that quote them", func(t *testing.T) {
		if len(csvDocs) != len(sg.Documents) {
			t.Fatalf("%d documents, want %d", len(csvDocs), len(sg.Documents))
		}
		if d := csvDocs["reuters-2022-01-05"]; d["title"] != fixtureDocs[0].Title || d["url"] != fixtureDocs[0].URL || d["evidence_count"] != "5" {
			t.Errorf("reuters row %v", d)
		}
	})
	t.Run("gexf colours nodes by kind and edges by stance", func(t *testing.T) {
		for _, n := range c.Graph.Nodes.Nodes {
			if n.Color == nil || n.Size == nil {
				t.Fatalf("node %s has no colour or size", n.ID)
			}
			if n.ID == cstoID && (n.Color.R != 0x00 || n.Color.G != 0x9E || n.Color.B != 0x73 || n.Size.Value != 20) {
				t.Errorf("CSTO colour %+v size %v", n.Color, n.Size.Value)
			}
		}
		for _, e := range c.Graph.Edges.Edges {
			if e.Color == nil || e.Shape == nil {
				t.Fatalf("edge %s has no colour or shape", e.ID)
			}
			if strings.Contains(e.ID, "|MEMBER_OF|") && e.Shape.Shape != "dashed" {
				t.Errorf("structural edge drawn %s", e.Shape.Shape)
			}
		}
	})
	t.Run("gexf meta names the sources and the latest date", func(t *testing.T) {
		if c.Meta == nil || c.Meta.Creator != "actorgraph" || c.Meta.LastModified.Format(graph.DateLayout) != "2022-01-07" ||
			!strings.Contains(c.Meta.Description, "Kazakh president asks Russia-led bloc for help (Reuters, 2022-01-05)") {
			t.Errorf("meta %+v", c.Meta)
		}
	})
}

func TestHostile(t *testing.T) {
	sg := hostile(t)
	outs := map[string][]byte{}
	for _, f := range dataFormats {
		outs[f] = mustEncode(t, f, sg)
	}
	_, gmlNodes, gmlEdges := readGraphML(t, outs[export.GraphML])
	_, gexfNodes, gexfEdges := readGEXF(t, outs[export.GEXF])
	_, csvNodes := readCSV(t, outs[export.CSVNodes])
	_, csvEdges := readCSV(t, outs[export.CSVEdges])
	_, csvDocs := readCSV(t, outs[export.CSVDocuments])

	// The GEXF and CSV ids are the cleaned actorgraph ids; GraphML's are those escaped. Map all to the
	// GEXF id to compare.
	name := func(f facts, id string) string { return f[id]["label"] }
	byName := map[string]string{}
	for id, n := range gexfNodes {
		byName[n["label"]] = id
	}
	tests := []struct {
		name, got, want string
	}{
		{"markup is text", name(gexfNodes, byName[scriptName]), scriptName},
		{"quotes are text", name(gexfNodes, byName[quoteName]), quoteName},
		{"entities and CDATA ends are text", name(gexfNodes, byName[ampName]), ampName},
		{"Cyrillic is kept", name(gexfNodes, byName[cyrillicName]), cyrillicName},
		{"Chinese is kept", gexfNodes[byName[chineseName]]["description"], "中华人民共和国主席"},
		{"control characters become spaces", name(gexfNodes, byName["tab here new line  nul [31m red   end"]), "tab here new line  nul [31m red   end"},
		{"bidi overrides are dropped, the RLM kept", name(gexfNodes, byName["evil عبد الله\u200F"]), "evil عبد الله\u200F"},
		{"invalid UTF-8 and noncharacters become U+FFFD", name(gexfNodes, byName["bad \uFFFD bytes \uFFFD\uFFFD"]), "bad \uFFFD bytes \uFFFD\uFFFD"},
		{"a formula name is kept in GEXF", name(gexfNodes, byName[formulaName]), formulaName},
		{"a formula name is defused in CSV", csvNodes["person:formula"]["label"], "'" + formulaName},
		{"a formula alias is defused in CSV", csvNodes["organization:at&t"]["aliases"], "'-1; +1 formula; &nbsp;; @SUM(A1)"},
		{"a control character in an id becomes a space", gexfNodes["person:control  "]["kind"], "person"},
		{"an id that is no NMTOKEN survives GraphML", gmlNodes["person:pipe|id with spaces"]["name"], "Pipe"},
		{"a document title is cleaned", csvDocs[`doc"<&>`]["title"], scriptName + " tab here new line  nul [31m red   end"},
		{"a formula source is defused", csvDocs["doc-2"]["source"], "'" + formulaName},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
	t.Run("every format says the same of every node and edge", func(t *testing.T) {
		if len(gexfNodes) != len(sg.Entities) || len(gmlNodes) != len(gexfNodes) || len(csvNodes) != len(gexfNodes) {
			t.Fatalf("nodes: GraphML %d, GEXF %d, CSV %d", len(gmlNodes), len(gexfNodes), len(csvNodes))
		}
		for id, x := range gexfNodes {
			g, c := gmlNodes[id], csvNodes[id]
			for _, k := range []string{"kind", "description", "aliases"} {
				if g[k] != x[k] || undefuse(c[k]) != x[k] {
					t.Errorf("%q %s: GraphML %q, GEXF %q, CSV %q", id, k, g[k], x[k], c[k])
				}
			}
			if g["label"] != x["label"] || undefuse(c["label"]) != x["label"] {
				t.Errorf("%q label: GraphML %q, GEXF %q, CSV %q", id, g["label"], x["label"], c["label"])
			}
		}
		if len(gmlEdges) != len(gexfEdges) || len(csvEdges) != len(gexfEdges) || len(gexfEdges) != len(sg.Relations) {
			t.Fatalf("edges: GraphML %d, GEXF %d, CSV %d", len(gmlEdges), len(gexfEdges), len(csvEdges))
		}
		for id, x := range gexfEdges {
			g, c := gmlEdges[id], csvEdges[id]
			for _, k := range []string{"source", "target", "relation", "stance", "evidence", "first", "last", "documents"} {
				if g[k] != x[k] || c[k] != x[k] {
					t.Errorf("%q %s: GraphML %q, GEXF %q, CSV %q", id, k, g[k], x[k], c[k])
				}
			}
		}
	})
	t.Run("no format holds raw markup or control characters", func(t *testing.T) {
		for f, b := range outs {
			if f == export.CSV {
				continue // compressed
			}
			if f != export.CSVNodes && f != export.CSVEdges && f != export.CSVDocuments && bytes.Contains(b, []byte("<script>")) {
				t.Errorf("%s holds <script> unescaped", f)
			}
			for _, c := range b {
				if c < 0x20 && c != '\n' && c != '\r' {
					t.Errorf("%s holds control byte %#x", f, c)
					break
				}
			}
		}
	})
}

func TestCSVZip(t *testing.T) {
	sg := fixture(t)
	b := mustEncode(t, export.CSV, sg)
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	dir := strings.TrimSuffix(export.Filename(sg, export.CSV), ".zip") + "/"
	want := map[string][]byte{
		dir + "nodes.csv":     mustEncode(t, export.CSVNodes, sg),
		dir + "edges.csv":     mustEncode(t, export.CSVEdges, sg),
		dir + "documents.csv": mustEncode(t, export.CSVDocuments, sg),
	}
	if len(zr.File) != len(want) {
		t.Fatalf("%d entries, want %d", len(zr.File), len(want))
	}
	for _, f := range zr.File {
		t.Run(f.Name+" is the table alone", func(t *testing.T) {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			got, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want[f.Name]) {
				t.Errorf("entry %s differs from the table", f.Name)
			}
			if f.Modified.Format(graph.DateLayout) != "2022-01-07" {
				t.Errorf("entry dated %v, want the latest publication date", f.Modified)
			}
		})
	}
}
