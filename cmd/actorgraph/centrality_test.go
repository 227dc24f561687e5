package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestCentralityShowsOnlyTheMeasureAsked: the ranking computes degree and the measure asked for, nothing
// else, so neither the table nor the JSON shows a measure that was not computed.
func TestCentralityShowsOnlyTheMeasureAsked(t *testing.T) {
	env := seededEnv(t)
	tests := []struct {
		measure             string
		header              string
		absent              []string
		jsonHas, jsonAbsent []string
	}{
		{"pagerank", "RANK  ACTOR", []string{"BETWEENNESS"}, []string{`"pagerank"`}, []string{`"betweenness"`}},
		{"betweenness", "RANK  ACTOR", []string{"PAGERANK"}, []string{`"betweenness"`}, []string{`"pagerank"`}},
		{"degree", "RANK  ACTOR", []string{"PAGERANK", "BETWEENNESS"}, []string{`"degree"`}, []string{`"pagerank"`, `"betweenness"`}},
	}
	for _, tt := range tests {
		t.Run(tt.measure, func(t *testing.T) {
			out, stderr, err := runCmd(t, t.Context(), env, "centrality", "--measure", tt.measure, "--limit", "3")
			if err != nil {
				t.Fatalf("%v\n%s", err, stderr)
			}
			head, _, _ := strings.Cut(out, "\n")
			if want := strings.ToUpper(tt.measure); !strings.Contains(head, want) || !strings.HasPrefix(head, tt.header) {
				t.Errorf("header %q, want one starting %q naming %s", head, tt.header, want)
			}
			for _, a := range tt.absent {
				if strings.Contains(out, a) {
					t.Errorf("the table shows %s, which was not asked for:\n%s", a, out)
				}
			}
			if n := strings.Count(out, "\n"); n != 4 {
				t.Errorf("%d lines, want a header and 3 actors:\n%s", n, out)
			}
			js, stderr, err := runCmd(t, t.Context(), env, "centrality", "--measure", tt.measure, "--limit", "3", "--format", "json")
			if err != nil {
				t.Fatalf("%v\n%s", err, stderr)
			}
			var body struct {
				Ranking []map[string]any `json:"ranking"`
			}
			if err := json.Unmarshal([]byte(js), &body); err != nil || len(body.Ranking) != 3 {
				t.Fatalf("JSON %v: %s", err, js)
			}
			for _, w := range tt.jsonHas {
				if !strings.Contains(js, w) {
					t.Errorf("JSON lacks %s:\n%s", w, js)
				}
			}
			for _, a := range tt.jsonAbsent {
				if strings.Contains(js, a) {
					t.Errorf("JSON has %s, which was not asked for:\n%s", a, js)
				}
			}
		})
	}
}
