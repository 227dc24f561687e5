package neo4jstore_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/store/neo4jstore"
)

// The tests here run the store through the real driver, over TCP, against the fake Bolt server: what the
// store sends is what goes on the wire to Neo4j, encoded by the driver, and the driver's retries and
// connection pool are the real ones.

// openOverBolt opens the store on a fake Bolt server serving f.
func openOverBolt(t testing.TB, srv *boltServer, cfg neo4jstore.Config) *neo4jstore.Store {
	t.Helper()
	cfg.URI, cfg.Username, cfg.Password = srv.uri(), "neo4j", "change-me-please"
	if cfg.ConnectTimeout == 0 {
		cfg.ConnectTimeout = 5 * time.Second
	}
	s, err := neo4jstore.Open(t.Context(), cfg)
	if err != nil {
		t.Fatalf("Open over Bolt: %v", err)
	}
	return s
}

// TestConformanceOverBolt runs the conformance suite through the real driver against the fake Bolt server,
// and checks that nothing the store sent is a property value Neo4j refuses.
func TestConformanceOverBolt(t *testing.T) {
	graphtest.Run(t, func(t *testing.T) graph.Store {
		srv := startBoltServer(t, newFakeNeo4j())
		t.Cleanup(func() { checkPropertyValues(t, srv.statements()) })
		return openOverBolt(t, srv, neo4jstore.Config{BatchSize: 3})
	})
}

// checkPropertyValues fails the test for every parameter value sent that Neo4j would refuse to store.
func checkPropertyValues(t testing.TB, sent []sentStatement) {
	t.Helper()
	if len(sent) == 0 {
		t.Error("the server received no statement")
	}
	reported := map[string]bool{}
	for _, s := range sent {
		for _, p := range paramProblems(s.params) {
			if msg := s.name + ": " + p; !reported[msg] {
				reported[msg] = true
				t.Errorf("%s", msg)
			}
		}
	}
}

// paramProblems lists the parameters that Neo4j would refuse as property values. A list of maps is a list
// of rows for UNWIND: each of its values is checked, since the statements store them as properties.
func paramProblems(params map[string]any) []string {
	var out []string
	for k, v := range params {
		if rows, ok := v.([]any); ok && len(rows) > 0 {
			if _, isRow := rows[0].(map[string]any); isRow {
				for i, r := range rows {
					row, ok := r.(map[string]any)
					if !ok {
						out = append(out, fmt.Sprintf("$%s[%d] is a %T among rows", k, i, r))
						continue
					}
					for field, fv := range row {
						if p := propertyProblem(fv); p != "" {
							out = append(out, fmt.Sprintf("$%s[%d].%s is %s: %#v", k, i, field, p, fv))
						}
					}
				}
				continue
			}
		}
		if p := propertyProblem(v); p != "" {
			out = append(out, fmt.Sprintf("$%s is %s: %#v", k, p, v))
		}
	}
	return out
}

// propertyProblem says why Neo4j would refuse v as a property value, or "" when it stores it: null (as no
// property), a boolean, an integer, a float, a string, bytes, or a list of one of those types without
// nulls (Cypher manual, "Property values"). Maps, lists of lists, lists mixing types and lists holding
// null are refused.
func propertyProblem(v any) string {
	switch x := v.(type) {
	case nil, bool, int64, float64, string, []byte:
		return ""
	case map[string]any:
		return "a map"
	case []any:
		first := ""
		for i, e := range x {
			var kind string
			switch e.(type) {
			case nil:
				return fmt.Sprintf("a list holding null (at %d)", i)
			case bool:
				kind = "boolean"
			case int64:
				kind = "integer"
			case float64:
				kind = "float"
			case string:
				kind = "string"
			case []any:
				return "a nested list"
			case map[string]any:
				return "a list holding a map"
			default:
				return fmt.Sprintf("a list holding a %T", e)
			}
			if first == "" {
				first = kind
			} else if kind != first {
				return fmt.Sprintf("a list mixing a %s and a %s", first, kind)
			}
		}
		return ""
	}
	return fmt.Sprintf("a %T", v)
}

func TestPropertyCheckRefusesWhatNeo4jRefuses(t *testing.T) {
	for _, tc := range []struct {
		name   string
		params map[string]any
		says   string // "" when Neo4j stores it all
	}{
		{"scalars and plain lists", map[string]any{"id": "a", "n": int64(3), "c": 0.5, "ok": true, "none": nil, "ids": []any{"a", "b"}, "empty": []any{}}, ""},
		{"rows of scalars", map[string]any{"rows": []any{map[string]any{"id": "a", "aliases": []any{"x"}, "description": nil}}}, ""},
		{"a map", map[string]any{"meta": map[string]any{"a": "b"}}, "$meta is a map"},
		{"a map in a row", map[string]any{"rows": []any{map[string]any{"evidence": map[string]any{"text": "t"}}}}, "$rows[0].evidence is a map"},
		{"a nested list", map[string]any{"rows": []any{map[string]any{"layers": []any{[]any{"d", "o"}}}}}, "is a nested list"},
		{"a list mixing types", map[string]any{"x": []any{"a", int64(1)}}, "$x is a list mixing a string and a integer"},
		{"null inside a list", map[string]any{"rows": []any{map[string]any{"aliases": []any{"a", nil}}}}, "$rows[0].aliases is a list holding null (at 1)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(paramProblems(tc.params), "\n")
			if tc.says == "" && got != "" || !strings.Contains(got, tc.says) {
				t.Errorf("problems %q, want %q", got, tc.says)
			}
		})
	}
}
