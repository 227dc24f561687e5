package export

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/safetext"
)

// clean is safetext.Line: one line of valid, printable UTF-8 that every text format here can hold (XML
// forbids most controls and the noncharacters U+FFFE and U+FFFF; a line break inside a CSV cell breaks the
// one-line tables analysts sort and filter) and that reads as the letters it stores.
func clean(s string) string { return safetext.Line(s) }

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
