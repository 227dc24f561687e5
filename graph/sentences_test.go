package graph

import "testing"

func TestRelationSentences(t *testing.T) {
	ev := func(doc string, start, end int) Evidence { return Evidence{Document: doc, Start: start, End: end} }
	tests := []struct {
		name string
		ev   []Evidence
		want int
	}{
		{"none", nil, 0},
		{"one", []Evidence{ev("a", 0, 10)}, 1},
		{"the same sentence quoted by the extractor and an overlay", []Evidence{ev("a", 0, 40), ev("a", 0, 40)}, 1},
		{"an overlay quoting part of the sentence", []Evidence{ev("a", 10, 30), ev("a", 0, 40)}, 1},
		{"two sentences of one document", []Evidence{ev("a", 41, 80), ev("a", 0, 40)}, 2},
		{"adjacent spans are two sentences", []Evidence{ev("a", 0, 40), ev("a", 40, 80)}, 2},
		{"the same offsets in two documents", []Evidence{ev("a", 0, 40), ev("b", 0, 40)}, 2},
		{"a chain of overlaps is one", []Evidence{ev("a", 0, 20), ev("a", 10, 30), ev("a", 25, 50)}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := (Relation{Evidence: tt.ev}).Sentences(); got != tt.want {
				t.Errorf("Sentences() = %d, want %d", got, tt.want)
			}
		})
	}
}
