package graph

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Phrase returns how a relationship of type t reads after its subject, with the verb agreeing with the
// subject's name: "Tokayev requested help from", "Russia opposes", "Kazakh protesters oppose", "Kazakh
// security forces are part of". A type outside the vocabulary reads as its name in lower case.
func Phrase(t RelType, subject string) string {
	p := strings.ToLower(strings.ReplaceAll(string(t), "_", " "))
	if info, ok := t.Info(); ok {
		p = info.Phrase
	}
	if !PluralName(subject) {
		return p
	}
	return pluralPhrase(p)
}

// PluralName reports whether a name reads as plural, so that its verbs take the plural: its last word is a
// plural common noun written in lower case ("Kazakh protesters", "Pro-Russian separatist groups"). Proper
// names ending in s stay singular ("United States", "NetBlocks", "RIA Novosti"), as do words like "news",
// "status" or "class".
func PluralName(name string) bool {
	name = strings.TrimSpace(name)
	i := strings.LastIndexFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '-' })
	last := name[i+1:]
	first, _ := utf8.DecodeRuneInString(last)
	if len(last) < 4 || !unicode.IsLower(first) || !strings.HasSuffix(last, "s") {
		return false
	}
	for _, end := range []string{"ss", "us", "is", "news", "ics"} {
		if strings.HasSuffix(last, end) {
			return false
		}
	}
	return true
}

// pluralPhrase puts a phrase's verb in the plural: "is a member of" → "are members of", "opposes" →
// "oppose", "speaks for" → "speak for"; verbs in the past ("requested help from") do not change.
func pluralPhrase(p string) string {
	verb, rest, _ := strings.Cut(p, " ")
	switch verb {
	case "is":
		// "is a member of" → "are members of"; "is part of", "is allied with" keep their words.
		for _, art := range []string{"a ", "an "} {
			if noun, tail, ok := strings.Cut(strings.TrimPrefix(rest, art), " "); ok && strings.HasPrefix(rest, art) {
				return "are " + noun + "s " + tail
			}
		}
		return strings.TrimSpace("are " + rest)
	case "was":
		return strings.TrimSpace("were " + rest)
	case "has":
		return strings.TrimSpace("have " + rest)
	}
	switch {
	case strings.HasSuffix(verb, "ies") && len(verb) > 4:
		verb = verb[:len(verb)-3] + "y"
	case strings.HasSuffix(verb, "sses"), strings.HasSuffix(verb, "shes"), strings.HasSuffix(verb, "ches"),
		strings.HasSuffix(verb, "xes"), strings.HasSuffix(verb, "zes") && !strings.HasSuffix(verb, "izes"):
		verb = verb[:len(verb)-2]
	case strings.HasSuffix(verb, "s") && !strings.HasSuffix(verb, "ss"):
		verb = verb[:len(verb)-1]
	}
	if rest == "" {
		return verb
	}
	return verb + " " + rest
}
