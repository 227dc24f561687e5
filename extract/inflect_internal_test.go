package extract

import (
	"slices"
	"testing"
)

func TestVerbForms(t *testing.T) {
	for base, want := range map[string][]string{
		"impose":             {"impose", "imposes", "imposed", "imposing"},
		"supply":             {"supply", "supplies", "supplied", "supplying"},
		"ban":                {"ban", "bans", "banned", "banning"},
		"expel":              {"expel", "expels", "expelled", "expelling"},
		"label":              {"label", "labeled", "labeling", "labels", "labelled", "labelling"},
		"veto":               {"veto", "vetoes", "vetoed", "vetoing"},
		"send":               {"send", "sends", "sent", "sending"},
		"give":               {"give", "gives", "gave", "given", "giving"},
		"crack down on":      {"crack down on", "cracks down on", "cracked down on", "cracking down on"},
		"tie":                {"tie", "ties", "tied", "tying"},
		"agree":              {"agree", "agrees", "agreed", "agreeing"},
		"back":               {"back", "backs", "backed", "backing"},
		"fly":                {"fly", "flies", "flew", "flown", "flying"},
		"uphold":             {"uphold", "upholds", "upheld", "upholding"},
		"withhold":           {"withhold", "withholds", "withheld", "withholding"},
		"come to the aid of": {"come to the aid of", "comes to the aid of", "came to the aid of", "coming to the aid of"},
		"extol":              {"extol", "extols", "extolled", "extolling"},
		"gun down":           {"gun down", "guns down", "gunned down", "gunning down"},
		"stab":               {"stab", "stabs", "stabbed", "stabbing"},
		"slay":               {"slay", "slays", "slew", "slain", "slaying"},
	} {
		if got := verbForms(base); !slices.Equal(got, want) {
			t.Errorf("verbForms(%q) = %q, want %q", base, got, want)
		}
	}
	for n, want := range map[string][]string{"sanction": {"sanction", "sanctions"}, "ally": {"ally", "allies"}, "arms embargo": {"arms embargo", "arms embargoes"}, "tax": {"tax", "taxes"}} {
		if got := nounForms(n); !slices.Equal(got, want) {
			t.Errorf("nounForms(%q) = %q, want %q", n, got, want)
		}
	}
}
