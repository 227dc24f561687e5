// Package safetext makes text from articles, which anyone may write, safe to put in a drawing or a file
// for another program: one line of valid, printable UTF-8 that reads as the letters it stores.
package safetext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Line returns s as one line of text that is safe to show and to write into DOT, SVG, XML and CSV:
//   - invalid UTF-8 becomes U+FFFD, and so do the noncharacters U+FFFE and U+FFFF, which XML forbids;
//   - control characters (C0, DEL and C1, tabs and line breaks included) and the line and paragraph
//     separators become spaces: XML 1.0 forbids most of them, a line break inside a CSV cell or a GraphML
//     attribute breaks the one-line tables analysts sort and filter, and a NUL would end DOT for Graphviz,
//     which reads it as a C string;
//   - the bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) are
//     dropped, since they reorder the characters around them and can make a name read as something it is
//     not ("RTL \u202egnp.exe" shows as "RTL exe.png"); the plain marks (LRM, RLM) stay, since
//     right-to-left names need them.
//
// Everything else, Cyrillic, Chinese and right-to-left scripts included, is kept. Printable ASCII, the
// common case, is returned as it is without allocating.
func Line(s string) string {
	if plain(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case BidiControl(r):
		case unicode.IsControl(r) || r == '\u2028' || r == '\u2029':
			b.WriteByte(' ')
		case r == '\uFFFE' || r == '\uFFFF' || !utf8.ValidRune(r):
			b.WriteRune('\uFFFD')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// BidiControl reports whether r is a bidirectional embedding, override or isolate control, which Line
// drops.
func BidiControl(r rune) bool {
	return (r >= '\u202A' && r <= '\u202E') || (r >= '\u2066' && r <= '\u2069')
}

func plain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return true
}
