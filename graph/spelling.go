package graph

import "strings"

// Search finds names by their letters; a query that finds nothing is tried again by its spelling key, so a
// name written another way ("Tokaiev", "Tokaev", "Kasym Tokayev" for Kassym-Jomart Tokayev's surname) or
// misspelt the way transliterations differ still finds the actor.

// MinSpellingQuery is the shortest query, in bytes of its spelling key, that search tries by spelling:
// shorter keys match too much.
const MinSpellingQuery = 4

// SpellingScoreBase is added to the graph.MatchScore of a spelling match: such hits rank after every match
// of the letters themselves.
const SpellingScoreBase = 4

// SpellingKey maps a folded name (Fold) to the letters that stay when transliterations agree: y and j are
// i, w is v, z and x are s, c and q are k; h after a consonant is dropped (zh, kh, sh); i between two
// vowels is dropped (Tokayev, Tokaiev and Tokaev are all "tokaev"); and a letter written twice is written
// once. Digits and spaces stay.
func SpellingKey(folded string) string {
	var b strings.Builder
	b.Grow(len(folded))
	var prev byte
	mapped := make([]byte, 0, len(folded))
	for _, c := range []byte(folded) {
		switch c {
		case 'y', 'j':
			c = 'i'
		case 'w':
			c = 'v'
		case 'z':
			c = 's'
		case 'c', 'q':
			c = 'k'
		case 'x':
			c = 's' // never two letters: a spelling key is never longer than its name, so it fits where the name does
		}
		mapped = append(mapped, c)
	}
	for i, c := range mapped {
		if c == 'h' && i > 0 && isConsonant(mapped[i-1]) {
			continue
		}
		if c == 'i' && i > 0 && i+1 < len(mapped) && isVowel(mapped[i-1]) && isVowel(mapped[i+1]) {
			continue
		}
		if c == prev && c != ' ' && !(c >= '0' && c <= '9') {
			continue
		}
		b.WriteByte(c)
		prev = c
	}
	return b.String()
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

func isConsonant(c byte) bool { return c >= 'a' && c <= 'z' && !isVowel(c) }

// SpellingKeys are the spelling keys of the entity's SearchKeys, each once.
func SpellingKeys(e Entity) []string {
	keys := SearchKeys(e)
	out := make([]string, 0, len(keys))
	seen := map[string]bool{}
	for _, k := range keys {
		if s := SpellingKey(k); !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// SpellingScore is SpellingScoreBase plus the best MatchScore of the entity's spelling keys against the
// spelling key of the folded query; -1 when none matches or the query's key is under MinSpellingQuery.
func SpellingScore(e Entity, foldedQuery string) int {
	q := SpellingKey(foldedQuery)
	if len(q) < MinSpellingQuery {
		return -1
	}
	best := -1
	for _, k := range SpellingKeys(e) {
		if s := MatchScore(k, q); s >= 0 && (best < 0 || s < best) {
			best = s
		}
	}
	if best < 0 {
		return -1
	}
	return SpellingScoreBase + best
}
