package neo4jstore_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/store/neo4jstore"
)

// The Cypher lint runs Neo4j's own parser and semantic analysis (npm @neo4j-cypher/language-support, in
// tools/cypherlint) over every statement the store can send. Without the npm packages installed the tests
// skip, unless ACTORGRAPH_REQUIRE_LINT is set, as the test command sets it after `npm ci`.

const lintDir = "../../tools/cypherlint"

// propertyKeys are the properties the store writes, and the keys of the rows its UNWIND statements read
// (the linter checks row.key like a property).
var propertyKeys = []string{
	// Entity
	"id", "name", "kind", "aliases", "description", "search", "spelling",
	// Document
	"title", "source", "url", "published", "hash", "text",
	// Layer, MENTIONS
	"document", "origin",
	// Evidence
	"key", "relation", "type", "start", "end", "stance", "rule", "confidence", "claim",
	// typed relationships
	"weight", "first", "last",
	// IngestLock
	"held", "epoch", "version",
	// row keys that are no property
	"from", "to", "entity", "layer",
}

// parameters are the statements' parameters, with example values of the right type.
var parameters = map[string]any{
	"ids": []string{"person:x"}, "id": "person:x", "documents": []string{"doc"}, "relations": []string{"a|LEADS|b"},
	"focus": []string{"person:x"}, "cap": 500, "rows": []map[string]any{}, "keys": []string{"k"},
	"query": "q", "exact": "|q|", "prefix": "|q", "word": " q", "limit": 10, "cutoff": 3, "scan": 100,
}

type diagnostic struct {
	Severity  int    `json:"severity"`
	Message   string `json:"message"`
	Line      int    `json:"line"`
	Character int    `json:"character"`
}

// lint runs the linter over the statements and returns its diagnostics by statement name.
func lint(t *testing.T, statements map[string]string) map[string][]diagnostic {
	t.Helper()
	node, err := exec.LookPath("node")
	if _, statErr := os.Stat(filepath.Join(lintDir, "node_modules", "@neo4j-cypher", "language-support")); err != nil || statErr != nil {
		msg := "the Cypher linter is not installed: run `npm ci` in tools/cypherlint (needs Node 20 or later)"
		if os.Getenv("ACTORGRAPH_REQUIRE_LINT") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg + "; ./scripts/test installs it and runs this test")
	}
	in, err := json.Marshal(map[string]any{
		"statements": statements,
		"schema": map[string]any{
			"labels":            neo4jstore.Labels(),
			"relationshipTypes": neo4jstore.RelationshipTypes(),
			"propertyKeys":      propertyKeys,
			"parameters":        parameters,
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(t.Context(), node, "lint.mjs")
	cmd.Dir = lintDir
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node lint.mjs: %v\n%s", err, stderr.String())
	}
	var got map[string][]diagnostic
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("reading the linter's output: %v\n%s", err, out)
	}
	for name := range statements {
		if _, ok := got[name]; !ok {
			t.Fatalf("the linter said nothing about statement %s", name)
		}
	}
	return got
}

func TestStatementsPassTheCypherLinter(t *testing.T) {
	statements := neo4jstore.Statements()
	got := lint(t, statements)
	for _, name := range neo4jstore.StatementNames() {
		for _, d := range got[name] {
			kind := "warning"
			if d.Severity == 1 {
				kind = "error"
			}
			t.Errorf("%s: %s at %d:%d: %s\n%s", name, kind, d.Line+1, d.Character+1, d.Message, excerpt(statements[name], d.Line))
		}
	}
	if len(statements) < 60 {
		t.Errorf("only %d statements were linted; the per-type and per-kind variants are missing", len(statements))
	}
}

func excerpt(query string, line int) string {
	lines := strings.Split(query, "\n")
	if line < 0 || line >= len(lines) {
		return query
	}
	return "    " + lines[line]
}

// TestCypherLinterCatchesMistakes proves the lint can fail: each broken statement must be reported.
func TestCypherLinterCatchesMistakes(t *testing.T) {
	cases := []struct {
		name, cypher string
		severity     int
		message      string
	}{
		{"a syntax error", "MATCH (e:Entity RETURN e", 1, "Invalid input"},
		{"an undefined variable", "MATCH (e:Entity) RETURN f.name", 1, "Variable `f` not defined"},
		{"a deprecated function", "MATCH (e:Entity) RETURN id(e) AS n", 2, "deprecated"},
		{"a misspelt label", "MATCH (e:Entiy) RETURN e.name AS name", 2, "Label Entiy is not present"},
		{"a misspelt relationship type", "MATCH (:Entity)-[r:LAEDS]->(:Entity) RETURN r.id AS id", 2, "LAEDS is not present"},
		{"a misspelt property", "MATCH (e:Entity) RETURN e.nmae AS name", 2, "nmae is not present"},
		{"an undeclared parameter", "MATCH (e:Entity {id: $entity}) RETURN e.name AS name", 1, "Parameter $entity is not defined"},
		{"a subquery without a scope clause", "CALL { MATCH (e:Entity) RETURN count(e) AS n } RETURN n", 2, "deprecated"},
	}
	statements := map[string]string{}
	for _, tc := range cases {
		statements[tc.name] = tc.cypher
	}
	got := lint(t, statements) // one run of the linter for all: starting it takes a second
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, d := range got[tc.name] {
				if d.Severity == tc.severity && strings.Contains(d.Message, tc.message) {
					return
				}
			}
			t.Errorf("%q: want a diagnostic of severity %d saying %q, got %+v", tc.cypher, tc.severity, tc.message, got[tc.name])
		})
	}
}

// TestReadmeCypherPassesTheLinter lints the example queries the README gives analysts, so that what they
// paste into Neo4j Browser runs against the data model as it is.
func TestReadmeCypherPassesTheLinter(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join(repoRoot, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```cypher\n(.*?)```").FindAllSubmatch(readme, -1)
	if len(blocks) < 5 {
		t.Fatalf("the README has %d Cypher examples, want the Neo4j section's", len(blocks))
	}
	examples := map[string]string{}
	for i, b := range blocks {
		examples[fmt.Sprintf("README example %d", i+1)] = string(b[1])
	}
	for name, diags := range lint(t, examples) {
		for _, d := range diags {
			t.Errorf("%s: %s at %d:%d\n%s", name, d.Message, d.Line+1, d.Character+1, examples[name])
		}
	}
}
