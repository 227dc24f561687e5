package render

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/internal/safetext"
)

// clean is safetext.Line: one line of text safe to show, without the controls that reorder what a label
// reads (and without NUL, which would end DOT for Graphviz).
func clean(s string) string { return safetext.Line(s) }

// truncate cuts s to at most n characters (code points), ending with an ellipsis when it cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i, count := 0, 0
	for i < len(s) && count < n-1 {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		count++
	}
	// Do not leave a combining mark or joiner without what it joins at the end of the cut.
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.Is(unicode.Mn, r) && r != '\u200D' {
			break
		}
		i += size
	}
	return strings.TrimRight(s[:i], " ") + "…"
}

// Data reaches DOT only through the esc functions below, and only inside double-quoted strings. Graphviz
// treats those strings in layers, measured on Graphviz 2.43 and 12.1.2:
//
//   - the DOT lexer turns \" into " and keeps every other backslash;
//   - escString attributes (label, id, URL) then expand \N \G \E \T \H \L and the line breaks \n \l \r,
//     and turn \\ into one backslash, so doubling each backslash of the data neutralises them;
//   - tooltips go through one more unescaping pass before that (\\N in a tooltip still shows the node
//     name), so a backslash of the data needs four there;
//   - HTML entities (&amp; &#10;) are decoded in labels and tooltips, so & is written as &amp;: the text then
//     shows exactly what the data says, and "&#10;" in a name stays five characters.
//
// None of this is applied to HTML-like labels, which data never reaches.

// escLabel returns data as the inside of a quoted escString attribute such as label, id or URL.
func escLabel(s string) string { return escape(clean(s), `\\`) }

// escTooltip returns data as the inside of a quoted tooltip attribute.
func escTooltip(s string) string { return escape(clean(s), `\\\\`) }

// escID returns data as the inside of a quoted DOT identifier (a node name). Names are not escStrings, so a
// backslash there is shown doubled in the SVG title; ids from stores never contain one.
func escID(s string) string { return escape(clean(s), `\\`) }

func escape(s, backslash string) string {
	if !strings.ContainsAny(s, `\"&`) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(backslash)
		case '"':
			b.WriteString(`\"`)
		case '&':
			b.WriteString("&amp;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// wrap breaks one line of clean text into at most maxLines lines of about width characters, at spaces where
// it can, so a long name makes a taller node rather than a very wide one.
func wrap(s string, width, maxLines int) []string {
	words := strings.Fields(s)
	var lines []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			lines = append(lines, string(cur))
			cur = cur[:0]
		}
	}
	for _, w := range words {
		wr := []rune(w)
		if len(cur) > 0 && len(cur)+1+len(wr) > width {
			flush()
		}
		for len(wr) > width { // a word longer than a line: break it
			if len(cur) > 0 {
				flush()
			}
			lines = append(lines, string(wr[:width]))
			wr = wr[width:]
		}
		if len(cur) > 0 {
			cur = append(cur, ' ')
		}
		cur = append(cur, wr...)
	}
	flush()
	if len(lines) > maxLines {
		last := strings.Join(lines[maxLines-1:], " ")
		lines = append(lines[:maxLines-1], truncate(last, width))
	}
	return lines
}
