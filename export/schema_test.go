package export_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/export"
	"github.com/actorgraph/actorgraph/graph"
)

// requireXMLLint is the environment variable that makes a missing xmllint fail the schema tests instead of
// skipping them; the project's test script sets it after installing Debian's libxml2-utils.
const requireXMLLint = "ACTORGRAPH_REQUIRE_XMLLINT"

// The schemas are written from the GraphML 1.0 and GEXF 1.2 specifications, not copied (see their headers).
var schemas = map[string]string{
	export.GraphML: filepath.Join("testdata", "schema", "graphml.xsd"),
	export.GEXF:    filepath.Join("testdata", "schema", "gexf.xsd"),
}

func xmllint(tb testing.TB) string {
	tb.Helper()
	path, err := exec.LookPath("xmllint")
	if err != nil {
		if os.Getenv(requireXMLLint) != "" {
			tb.Fatalf("xmllint is required (%s is set) but not installed: apt-get install libxml2-utils", requireXMLLint)
		}
		tb.Skip("xmllint not installed (Debian libxml2-utils); set " + requireXMLLint + " to make this a failure")
	}
	return path
}

// validate checks the document against the schema with xmllint, which loads no network resources here.
func validate(tb testing.TB, lint, schema string, doc []byte) {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "doc.xml")
	if err := os.WriteFile(path, doc, 0o644); err != nil {
		tb.Fatal(err)
	}
	out, err := exec.Command(lint, "--noout", "--nonet", "--schema", schema, path).CombinedOutput()
	if err != nil {
		tb.Errorf("xmllint: %v\n%s", err, strings.ReplaceAll(string(out), path, "doc.xml"))
	}
}

func TestSchemaValid(t *testing.T) {
	lint := xmllint(t)
	views := []struct {
		name string
		sg   graph.Subgraph
	}{
		{"fixture", fixture(t)},
		{"hostile names", hostile(t)},
		{"empty view", empty(t)},
		{"shuffled fixture", shuffled(fixture(t), 3)},
		{"synthetic view of 200", synthetic(t, 200)},
	}
	for _, format := range []string{export.GraphML, export.GEXF} {
		for _, v := range views {
			t.Run(format+" of "+v.name+" is valid", func(t *testing.T) {
				validate(t, lint, schemas[format], mustEncode(t, format, v.sg))
			})
		}
	}
}

// TestSchemaRejects shows the schemas are not so loose that anything passes: each file breaks one rule of
// the specification.
func TestSchemaRejects(t *testing.T) {
	lint := xmllint(t)
	const gml = `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">`
	const gexf = `<?xml version="1.0"?><gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">`
	tests := []struct {
		name, format, doc string
	}{
		{"graphml without edgedefault", export.GraphML, gml + `<graph/></graphml>`},
		{"graphml with an unknown edgedefault", export.GraphML, gml + `<graph edgedefault="mixed"/></graphml>`},
		{"graphml id that is not an NMTOKEN", export.GraphML, gml + `<graph edgedefault="directed"><node id="a|b"/></graph></graphml>`},
		{"graphml edge to a missing node", export.GraphML, gml + `<graph edgedefault="directed"><node id="a"/><edge source="a" target="b"/></graph></graphml>`},
		{"graphml data of an undeclared key", export.GraphML, gml + `<graph edgedefault="directed"><node id="a"><data key="k">x</data></node></graph></graphml>`},
		{"graphml key of an unknown type", export.GraphML, gml + `<key id="k" for="node" attr.name="k" attr.type="date"/><graph edgedefault="directed"/></graphml>`},
		{"graphml duplicate node ids", export.GraphML, gml + `<graph edgedefault="directed"><node id="a"/><node id="a"/></graph></graphml>`},
		{"gexf of another version", export.GEXF, `<?xml version="1.0"?><gexf xmlns="http://www.gexf.net/1.2draft" version="1.3"><graph/></gexf>`},
		{"gexf attribute of an unknown type", export.GEXF, gexf + `<graph><attributes class="node"><attribute id="a" title="a" type="date"/></attributes></graph></gexf>`},
		{"gexf edge to a missing node", export.GEXF, gexf + `<graph><nodes><node id="a"/></nodes><edges><edge id="e" source="a" target="b"/></edges></graph></gexf>`},
		{"gexf colour channel over 255", export.GEXF, gexf + `<graph><nodes><node id="a"><color xmlns="http://www.gexf.net/1.2draft/viz" r="256" g="0" b="0"/></node></nodes></graph></gexf>`},
		{"gexf unknown edge type", export.GEXF, gexf + `<graph><nodes><node id="a"/></nodes><edges><edge id="e" source="a" target="a" type="sideways"/></edges></graph></gexf>`},
		{"gexf duplicate node ids", export.GEXF, gexf + `<graph><nodes><node id="a"/><node id="a"/></nodes></graph></gexf>`},
		{"gexf unknown edge line", export.GEXF, gexf + `<graph><nodes><node id="a"/></nodes><edges><edge id="e" source="a" target="a"><shape xmlns="http://www.gexf.net/1.2draft/viz" value="wavy"/></edge></edges></graph></gexf>`},
		{"gexf node without id", export.GEXF, gexf + `<graph><nodes><node label="a"/></nodes></graph></gexf>`},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is rejected", func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "doc.xml")
			if err := os.WriteFile(path, []byte(tt.doc), 0o644); err != nil {
				t.Fatal(err)
			}
			if out, err := exec.Command(lint, "--noout", "--nonet", "--schema", schemas[tt.format], path).CombinedOutput(); err == nil {
				t.Errorf("xmllint accepted it:\n%s", out)
			}
		})
	}
}
