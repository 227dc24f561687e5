package render

import "regexp"

// Graphviz writes each actor, line and box as a group whose <title> is the DOT name ("n:person:xi-jinping",
// "n:a->n:b") and whose link carries the tooltip we gave it. Browsers show the <title> when the pointer rests
// on the shape, so a drawing opened on its own showed internal ids. namedTitles puts the tooltip text (the
// actor's name and description, the relationship in words with its sentences) in the <title> instead.
// Both are Graphviz's XML-escaped output, so the attribute's text is valid as the element's text.
var groupTitleRe = regexp.MustCompile(`(<g id="[^"]*" class="(?:node|edge|cluster)[^"]*">\n<title>)[^<]*(</title>\n<g id="[^"]*"><a\b[^>]*?\sxlink:title="([^"]*)")`)

func namedTitles(svg []byte) []byte {
	return groupTitleRe.ReplaceAll(svg, []byte("${1}${3}${2}"))
}

// finishSVG is what every SVG from a worker goes through: the font stack, and names in the titles.
func finishSVG(svg []byte) []byte { return namedTitles(withFontStack(svg)) }
