package eval

import "testing"

func TestCueOf(t *testing.T) {
	tests := []struct {
		text string
		want Cue
	}{
		{"Iran supplied drones to Russia.", NoCue},
		{"Iran did not supply drones to Russia.", Negation},
		{"Iran didn’t supply drones to Russia.", Negation},
		{"Will China arm Russia?", Negation},
		{"Egypt has yet to send troops to Sudan.", Negation},
		{"Turkey could send troops to Libya.", Negation},
		{"Iran supplied drones to Russia, Ukraine said.", Reporting},
		{"According to Kyiv, Iran supplied drones.", Reporting},
		{"Iran denied supplying drones, its minister said.", Negation},
		{"He said no Ugandan soldiers had been deployed.", Negation},
		{"The notion of a deal was new.", NoCue}, // "not" inside a word is no cue
	}
	for _, tt := range tests {
		if got := CueOf(tt.text); got != tt.want {
			t.Errorf("CueOf(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}
