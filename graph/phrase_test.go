package graph_test

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func TestPhrase(t *testing.T) {
	tests := []struct {
		typ     graph.RelType
		subject string
		want    string
	}{
		{graph.Opposes, "Russia", "opposes"},
		{graph.Opposes, "Kazakh protesters", "oppose"},
		{graph.ProtestsAgainst, "Kazakh protesters", "protest against"},
		{graph.Criticizes, "Opposition leaders", "criticize"},
		{graph.PartOf, "Kazakh security forces", "are part of"},
		{graph.MemberOf, "Pro-Russian separatist groups", "are members of"},
		{graph.OfficialOf, "Stanislav Zas", "is an official of"},
		{graph.OfficialOf, "Kazakh officials", "are officials of"},
		{graph.SpokespersonFor, "Rebels", "speaks for"}, // one capitalised word: a name, not a common noun
		{graph.SpokespersonFor, "the rebels", "speak for"},
		{graph.RequestedHelpFrom, "Kazakh protesters", "requested help from"},
		{graph.Monitors, "United States", "monitors"},
		{graph.Monitors, "NetBlocks", "monitors"},
		{graph.Leads, "RIA Novosti", "leads"},
		{graph.Supports, "Reuters news", "supports"},
		{graph.Sanctions, "Western governments", "sanction"},
		{graph.RelType("FUNDS"), "Qatar", "funds"},
	}
	for _, tt := range tests {
		t.Run(tt.subject+" "+string(tt.typ), func(t *testing.T) {
			if got := graph.Phrase(tt.typ, tt.subject); got != tt.want {
				t.Errorf("Phrase(%s, %q) = %q, want %q", tt.typ, tt.subject, got, tt.want)
			}
		})
	}
}

// TestPhrasesInThePlural puts every phrase of the vocabulary after a plural subject: none keeps a verb in
// the singular.
func TestPhrasesInThePlural(t *testing.T) {
	for _, info := range graph.RelTypes {
		p := graph.Phrase(info.Type, "the protesters")
		switch verb, _, _ := strings.Cut(p, " "); verb {
		case "is", "was", "has", "leads", "opposes", "supports", "borders", "monitors", "mediates", "sanctions":
			t.Errorf("%s after a plural subject reads %q", info.Type, p)
		}
	}
}
