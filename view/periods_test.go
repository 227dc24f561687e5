package view_test

import (
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/view"
)

func TestDefaultPeriods(t *testing.T) {
	today := time.Date(2026, 12, 4, 15, 0, 0, 0, time.UTC)
	docs := func(dates ...string) []graph.Document {
		var out []graph.Document
		for _, d := range dates {
			out = append(out, graph.Document{ID: "d" + d, Published: d})
		}
		return out
	}
	tests := []struct {
		name          string
		docs          []graph.Document
		before, after view.Range
	}{
		{"one date: everything is after", docs("2022-01-07"), view.Range{To: "2022-01-06"}, view.Range{From: "2022-01-07"}},
		{"the middle of the distinct dates", docs("2022-01-07", "2022-02-01", "2022-01-07", "2022-03-01"), view.Range{To: "2022-01-31"}, view.Range{From: "2022-02-01"}},
		{"undated documents are left out", docs("", "not a date", "2022-05-01"), view.Range{To: "2022-04-30"}, view.Range{From: "2022-05-01"}},
		{"no dated document: today", nil, view.Range{To: "2026-12-03"}, view.Range{From: "2026-12-04"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, a := view.DefaultPeriods(tt.docs, today)
			if b != tt.before || a != tt.after {
				t.Errorf("periods %+v, %+v; want %+v, %+v", b, a, tt.before, tt.after)
			}
		})
	}
}
