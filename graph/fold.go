package graph

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:generate go run ./internal/genfold

// Fold reduces a name to the form used to compare names: lower case, without diacritics, with every run of
// spaces, punctuation and symbols turned into one space. "Kassym-Jomart Tokayev", "kassym jomart TOKAYEV"
// and "Kassym-Jomart Tokáyev" all fold to "kassym jomart tokayev". Letters of every script are kept, so
// Cyrillic and Chinese names stay searchable.
func Fold(s string) string {
	if isASCII(s) {
		return foldASCII(s, ' ')
	}
	return foldUnicode(s)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldASCII is Fold of an ASCII string with sep between words, without allocating when s is already in
// that form: no letter of the fold table, no mark and no other letter or digit than ASCII's in such text.
func foldASCII(s string, sep byte) string {
	clean := true
	for i := 0; i < len(s) && clean; i++ {
		c := s[i]
		clean = 'a' <= c && c <= 'z' || '0' <= c && c <= '9' ||
			c == sep && i > 0 && i+1 < len(s) && s[i-1] != sep && s[i+1] != sep
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
			fallthrough
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			if space && b.Len() > 0 {
				b.WriteByte(sep)
			}
			space = false
			b.WriteByte(c)
		case c == '\'':
		default:
			space = true
		}
	}
	return b.String()
}

func foldUnicode(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
			// A combining mark: the letter it modifies has been written already.
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			if x, ok := foldTable[r]; ok {
				b.WriteString(x)
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
		case r == '\'' || r == '’' || r == 'ʼ':
			// Apostrophes inside names (O'Brien, Kazakhstan’s) separate nothing a reader would type.
		default:
			space = true
		}
	}
	return b.String()
}

// Slug is Fold with hyphens for spaces: the name part of an entity id.
func Slug(s string) string {
	if isASCII(s) {
		return foldASCII(s, '-')
	}
	return strings.ReplaceAll(Fold(s), " ", "-")
}

// MatchScore says how well an entity name or alias matches a search query; both must already be folded.
// Lower is better; -1 means no match. Every store ranks search results with it, so all stores answer a
// search in the same order.
//
//	0 the whole name equals the query
//	1 the name starts with the query
//	2 a word of the name starts with the query
//	3 the query occurs inside a word
func MatchScore(foldedName, foldedQuery string) int {
	switch {
	case foldedQuery == "":
		return -1
	case foldedName == foldedQuery:
		return 0
	case strings.HasPrefix(foldedName, foldedQuery):
		return 1
	}
	i := strings.Index(foldedName, foldedQuery)
	if i < 0 {
		return -1
	}
	for ; i >= 0; i = nextIndex(foldedName, foldedQuery, i) {
		if foldedName[i-1] == ' ' {
			return 2
		}
	}
	return 3
}

func nextIndex(s, sub string, after int) int {
	j := strings.Index(s[after+1:], sub)
	if j < 0 {
		return -1
	}
	return after + 1 + j
}
