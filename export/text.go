package export

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// clean makes data safe for every text format here: invalid UTF-8 becomes U+FFFD; control characters (C0,
// DEL and C1, tabs and line breaks included) and the line and paragraph separators become spaces, since
// XML 1.0 forbids most of them and a line break inside a CSV cell or a GraphML attribute breaks the one-line
// tables analysts sort and filter; the bidirectional embedding, override and isolate controls are dropped,
// since they can make a name read as something it is not; and the noncharacters U+FFFE and U+FFFF, which XML
// forbids too, become U+FFFD. Everything else, Cyrillic, Chinese and right-to-left scripts included, is kept.
func clean(s string) string {
	if isPlain(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case (r >= '\u202A' && r <= '\u202E') || (r >= '\u2066' && r <= '\u2069'):
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

// isPlain lets printable ASCII, the common case, through without allocating.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return true
}

// nmtoken turns an id into an XML NMTOKEN, which GraphML requires of node, edge and key ids: ASCII letters,
// digits, '-', '_' and ':' stay, every other byte of the UTF-8 becomes '.' and two hex digits. It is
// reversible and leaves the ids stores make ("person:kassym-jomart-tokayev") as they are; a relation id
// "a|LEADS|b" becomes "a.7CLEADS.7Cb". Characters beyond ASCII are escaped too, though XML allows many: which
// ones depends on the edition of XML a validator follows.
func nmtoken(id string) string {
	if id == "" {
		return "."
	}
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(id))
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '-', c == '_', c == ':':
			b.WriteByte(c)
		default:
			b.WriteByte('.')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}
