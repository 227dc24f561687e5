package neo4jstore_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/store/neo4jstore"
)

// countStorePattern is the shape of a count Neo4j's count store answers (Cypher manual, "Operators":
// NodeCountFromCountStore and RelationshipCountFromCountStore): a node with at most one label, or one
// relationship with a type or a union of types between two nodes of which at most one has a label; no WHERE,
// no properties, and count() alone in RETURN.
var countStorePattern = regexp.MustCompile(`^MATCH (\(\w*(?::\w+)?\)(?:-\[\w*(?::[A-Z_|]+)?\]->\(\w*(?::\w+)?\))?)\nRETURN count\((?:\w+|\*)\) AS n$`)

// countStoreLabels counts the labels in a pattern countStorePattern matched.
var countStoreLabels = regexp.MustCompile(`\(\w*:\w+\)`)

// countStoreProblem says why a count statement is not one the count store answers, or "".
func countStoreProblem(cypher string) string {
	m := countStorePattern.FindStringSubmatch(cypher)
	if m == nil {
		return "not a bare MATCH of one node or one relationship with count() alone in RETURN"
	}
	if n := len(countStoreLabels.FindAllString(m[1], -1)); n > 1 {
		return "labels on both ends: Neo4j scans every relationship instead of reading the count store"
	}
	return ""
}

func TestCountStoreRuleTellsScansFromCounts(t *testing.T) {
	for _, tc := range []struct {
		cypher string
		ok     bool
	}{
		{"MATCH (d:Document)\nRETURN count(d) AS n", true},
		{"MATCH (:Entity)-[r:LEADS|SUPPORTS]->()\nRETURN count(r) AS n", true},
		{"MATCH ()-[r:LEADS]->(:Entity)\nRETURN count(*) AS n", true},
		{"MATCH (:Entity)-[r:LEADS|SUPPORTS]->(:Entity)\nRETURN count(r) AS n", false},
		{"MATCH (e:Entity)\nWHERE e.kind = 'person'\nRETURN count(e) AS n", false},
		{"MATCH (e:Entity {kind: 'person'})\nRETURN count(e) AS n", false},
		{"MATCH (e:Entity)\nRETURN e.kind AS kind, count(e) AS n", false},
	} {
		if got := countStoreProblem(tc.cypher) == ""; got != tc.ok {
			t.Errorf("%q: count store answers it = %v, want %v (%s)", tc.cypher, got, tc.ok, countStoreProblem(tc.cypher))
		}
	}
}

// TestCountsReadTheCountStore checks that Stats, which Ingest runs three times per transaction, costs
// constant time on Neo4j whatever the size of the graph.
func TestCountsReadTheCountStore(t *testing.T) {
	counts := 0
	for name, cypher := range neo4jstore.Statements() {
		if !strings.HasPrefix(name, "count") {
			continue
		}
		counts++
		if problem := countStoreProblem(cypher); problem != "" {
			t.Errorf("%s: %s:\n%s", name, problem, cypher)
		}
	}
	if counts != 4 {
		t.Errorf("found %d count statements, want the 4 of Stats", counts)
	}
}
