package render

import (
	"bytes"
	"slices"
)

// Graphviz writes each actor, line and box as a group whose <title> is the DOT name ("n:person:xi-jinping",
// "n:a->n:b") and whose link carries the tooltip we gave it. Browsers show the <title> when the pointer rests
// on the shape, so a drawing opened on its own showed internal ids. namedTitles puts the tooltip text (the
// actor's name and description, the relationship in words with its sentences) in the <title> instead.
// Both are Graphviz's XML-escaped output, so the attribute's text is valid as the element's text.
//
// It replaces what this regular expression matches, leftmost first, with ${1}${3}${2}
// (TestNamedTitlesMatchTheExpression holds it to that):
//
//	(<g id="[^"]*" class="(?:node|edge|cluster)[^"]*">\n<title>)[^<]*(</title>\n<g id="[^"]*"><a\b[^>]*?\sxlink:title="([^"]*)")
//
// by hand, because Go's regexp took 4.6-13 ms on the SVG of a 60-actor, 90-line view (124 KB), a tenth of
// the CPU time of a cold drawing; this scan takes a few hundred microseconds (BenchmarkFinishSVG).
func namedTitles(svg []byte) []byte {
	var out []byte // nil until the first replacement
	done := 0      // svg[:done] is in out already
	for i := 0; ; {
		j := bytes.Index(svg[i:], []byte(`<g id="`))
		if j < 0 {
			break
		}
		i += j
		head, title, tail, end, ok := groupTitle(svg, i)
		if !ok {
			i++
			continue
		}
		if out == nil {
			out = make([]byte, 0, len(svg)+len(svg)/4)
		}
		out = append(out, svg[done:head]...)
		out = append(out, svg[title[0]:title[1]]...)
		out = append(out, svg[tail:end]...)
		done, i = end, end
	}
	if out == nil {
		return svg
	}
	return append(out, svg[done:]...)
}

// groupTitle matches the expression of namedTitles at svg[at:]: head is the end of its first group (which
// starts at at), title the tooltip's text, tail..end its second group.
func groupTitle(svg []byte, at int) (head int, title [2]int, tail, end int, ok bool) {
	p := past(svg, at+len(`<g id="`), '"') // [^"]*"
	if p = skip(svg, p, ` class="`); p < 0 {
		return
	}
	if !slices.ContainsFunc([]string{"node", "edge", "cluster"}, func(k string) bool { return bytes.HasPrefix(svg[p:], []byte(k)) }) {
		return
	}
	if head = skip(svg, past(svg, p, '"'), ">\n<title>"); head < 0 {
		return
	}
	if tail = past(svg, head, '<') - 1; tail < 0 { // [^<]*
		return
	}
	p = past(svg, skip(svg, tail, "</title>\n<g id=\""), '"')
	if p = skip(svg, p, "><a"); p < 0 || p < len(svg) && isWordByte(svg[p]) { // \b after the a
		return
	}
	// [^>]*?\sxlink:title=" : the first blank followed by the attribute, before the tag's end.
	for ; p < len(svg) && svg[p] != '>'; p++ {
		if isSpaceByte(svg[p]) && bytes.HasPrefix(svg[p+1:], []byte(`xlink:title="`)) {
			start := p + 1 + len(`xlink:title="`)
			if end = past(svg, start, '"'); end < 0 {
				return
			}
			return head, [2]int{start, end - 1}, tail, end, true
		}
	}
	return
}

// past returns the index after the first c at or after p, or -1 if there is none or p is -1.
func past(svg []byte, p int, c byte) int {
	if p < 0 {
		return -1
	}
	q := bytes.IndexByte(svg[p:], c)
	if q < 0 {
		return -1
	}
	return p + q + 1
}

// skip returns the index after lit if svg[p:] starts with it, else -1 (also when p is -1).
func skip(svg []byte, p int, lit string) int {
	if p < 0 || !bytes.HasPrefix(svg[p:], []byte(lit)) {
		return -1
	}
	return p + len(lit)
}

// isWordByte is regexp's \w: an ASCII letter, digit or underscore.
func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// isSpaceByte is regexp's \s: \t \n \f \r and space.
func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// finishSVG is what every SVG from a worker goes through: the font stack, and names in the titles.
func finishSVG(svg []byte) []byte { return namedTitles(withFontStack(svg)) }
