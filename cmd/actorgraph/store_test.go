package main

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func TestNeo4jBatchSizeFromTheEnvironment(t *testing.T) {
	for _, tc := range []struct {
		value string
		want  int
		err   string
	}{
		{"", 0, ""},
		{" 250 ", 250, ""},
		{"100000", 100_000, ""},
		{"0", 0, `NEO4J_BATCH_SIZE "0" is not a number of rows from 1 to 100000`},
		{"100001", 0, "from 1 to 100000"},
		{"lots", 0, `NEO4J_BATCH_SIZE "lots" is not a number`},
	} {
		got, err := neo4jBatchSize(func(name string) string {
			if name == "NEO4J_BATCH_SIZE" {
				return tc.value
			}
			return ""
		})
		if got != tc.want || (tc.err == "") != (err == nil) || err != nil && (graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(graph.ErrorMessage(err), tc.err)) {
			t.Errorf("NEO4J_BATCH_SIZE=%q: %d, %v; want %d and an error saying %q", tc.value, got, err, tc.want, tc.err)
		}
	}
}
