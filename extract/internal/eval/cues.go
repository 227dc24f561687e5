package eval

import (
	"strings"
	"unicode"
)

// Cue is what in a sentence may make a relationship it names no fact: a negation, doubt or plan ("did
// not", "refused to", "could", "if"), or a report or hedge ("said", "according to", "allegedly").
type Cue uint8

const (
	NoCue     Cue = iota
	Negation      // negated, denied, doubted, asked, conditional or only planned
	Reporting     // reported speech, an accusation or a hedge
)

// negationCues and reportingCues are words (or two-word phrases) of general English that mark a sentence's
// statement as negated or hypothetical, or as someone else's. They measure; the extractor does not use them.
var (
	negationCues = cueSet("not|n't|no|never|neither|nor|no longer|without|cannot|deny|denied|denies|denying|reject|rejected|" +
		"rejects|refused|refuses|declined|declines|stopped short|short of|yet to|unable|ruled out|rules out|could|might|may|" +
		"would|if|unless|whether|plans|planned|threatened|threatens|?")
	reportingCues = cueSet("said|says|say|according to|alleged|allegedly|reportedly|purportedly|accused|accuses|accusing|" +
		"claims|claimed|claim|believed|suspected|sources|reported|reports|allegations|told")
)

func cueSet(l string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(l, "|") {
		m[w] = true
	}
	return m
}

// CueOf returns the strongest cue of a sentence: a negation before a report ("Iran denied, its minister said").
func CueOf(text string) Cue {
	words := strings.FieldsFunc(strings.ToLower(strings.ReplaceAll(text, "’", "'")), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '?'
	})
	found := NoCue
	for i, w := range words {
		if strings.HasSuffix(w, "?") && len(w) > 1 {
			w = "?"
		}
		two := ""
		if i+1 < len(words) {
			two = w + " " + words[i+1]
		}
		switch {
		case negationCues[w] || negationCues[two] || strings.HasSuffix(w, "n't"):
			return Negation
		case reportingCues[w] || reportingCues[two]:
			found = Reporting
		}
	}
	return found
}
