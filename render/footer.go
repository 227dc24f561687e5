package render

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// The footer of a report drawing names the documents its evidence comes from. Graphviz has no footer (the
// graph label is the title, and a node placed at the bottom would be placed differently by every engine),
// so it is added to the SVG Graphviz wrote: the canvas grows at the bottom, and widens when the drawing is
// too narrow for readable lines, and the footer is drawn in the new space. It is computed from the data
// alone, so the same subgraph gives the same footer.
const (
	footerFontSize   = 10.0  // points
	footerLineHeight = 13.0  // points between baselines
	footerSide       = 21.6  // the drawing's pad (0.3 in), so the footer lines up with the title and legend
	footerMinWidth   = 468.0 // 6.5 in: narrower drawings are widened so that lines stay readable
	footerMaxLines   = 4     // past this, documents are counted ("and 12 more") rather than named
	footerMaxDocs    = 12
	footerTitleMax   = 120 // characters of a document title
	footerSourceMax  = 100 // characters of a publisher's name
	footerColor      = "#333333"
	footerRuleColor  = "#BBBBBB"
	footerLabel      = "Sources:"
)

var (
	svgTagRe    = regexp.MustCompile(`<svg\b[^>]*>`)
	svgWidthRe  = regexp.MustCompile(`\swidth="([0-9.]+)pt"`)
	svgHeightRe = regexp.MustCompile(`\sheight="([0-9.]+)pt"`)
	svgViewRe   = regexp.MustCompile(`\sviewBox="(-?[0-9.]+) (-?[0-9.]+) ([0-9.]+) ([0-9.]+)"`)
)

// svgSize is the size Graphviz gave a drawing: in points, and as its viewBox.
type svgSize struct {
	widthPt, heightPt float64
	x, y, w, h        float64 // the viewBox
	tagEnd            int     // where the <svg> start tag ends in the document
	widthAt, heightAt []int   // where the width, height and viewBox attributes are in the document
	viewAt            []int
	scale             float64 // points per viewBox unit
}

// parseSVGSize reads the <svg> start tag Graphviz writes: width="Wpt" height="Hpt" viewBox="x y w h".
func parseSVGSize(svg []byte) (svgSize, error) {
	loc := svgTagRe.FindIndex(svg)
	if loc == nil {
		return svgSize{}, fmt.Errorf("no <svg> start tag")
	}
	tag := svg[loc[0]:loc[1]]
	s := svgSize{tagEnd: loc[1]}
	w, h, v := svgWidthRe.FindSubmatchIndex(tag), svgHeightRe.FindSubmatchIndex(tag), svgViewRe.FindSubmatchIndex(tag)
	if w == nil || h == nil || v == nil {
		return svgSize{}, fmt.Errorf("the <svg> start tag lacks a size in points or a viewBox: %.200s", tag)
	}
	num := func(m []int, i int) float64 {
		f, _ := strconv.ParseFloat(string(tag[m[2*i]:m[2*i+1]]), 64)
		return f
	}
	s.widthPt, s.heightPt = num(w, 1), num(h, 1)
	s.x, s.y, s.w, s.h = num(v, 1), num(v, 2), num(v, 3), num(v, 4)
	if s.w <= 0 || s.h <= 0 || s.widthPt <= 0 || s.heightPt <= 0 {
		return svgSize{}, fmt.Errorf("the drawing has no area: %.200s", tag)
	}
	shift := func(m []int) []int { return []int{loc[0] + m[0], loc[0] + m[1]} }
	s.widthAt, s.heightAt, s.viewAt = shift(w), shift(h), shift(v)
	s.scale = s.widthPt / s.w
	return s, nil
}

// footerLines returns the footer's text as wrapped lines, the first starting with footerLabel, for a line
// width in points; nil when there is no document to name. It names documents in date order until the
// lines run out, and counts the rest.
func footerLines(docs []graph.Document, width float64) []string {
	docs = slices.Clone(docs)
	slices.SortFunc(docs, func(a, b graph.Document) int {
		return cmp.Or(cmp.Compare(a.Published, b.Published), cmp.Compare(a.ID, b.ID))
	})
	docs = slices.CompactFunc(docs, func(a, b graph.Document) bool { return a.ID == b.ID })
	if len(docs) == 0 {
		return nil
	}
	cites := make([]string, 0, len(docs))
	for _, d := range docs {
		cites = append(cites, citation(d))
	}
	for named := min(len(cites), footerMaxDocs); ; named-- {
		text := footerLabel + " " + strings.Join(cites[:named], "; ")
		if more := len(cites) - named; more > 0 {
			if named > 0 {
				text += "; and " + strconv.Itoa(more) + " more"
			} else {
				text += " " + plural(more, "document")
			}
		}
		lines := wrapWidth(text, width, footerFontSize)
		if len(lines) <= footerMaxLines || named == 0 {
			return lines
		}
	}
}

// citation names a document as a reader looks it up: "Title (Source, 2022-01-07)".
func citation(d graph.Document) string {
	title := strings.Join(strings.Fields(clean(d.Title)), " ")
	if title == "" {
		title = clean(d.ID)
	}
	title = truncate(title, footerTitleMax)
	var in []string
	if s := strings.Join(strings.Fields(clean(d.Source)), " "); s != "" {
		in = append(in, truncate(s, footerSourceMax))
	}
	if p := strings.TrimSpace(clean(d.Published)); p != "" {
		in = append(in, truncate(p, 20))
	}
	if len(in) == 0 {
		return title
	}
	return title + " (" + strings.Join(in, ", ") + ")"
}

// wrapWidth breaks text into lines no wider than width points at the font size, at spaces where it can.
func wrapWidth(text string, width, size float64) []string {
	var lines []string
	var cur string
	for _, word := range strings.Fields(text) {
		if cur != "" && textWidth(cur+" "+word, size) <= width {
			cur += " " + word
			continue
		}
		if cur != "" {
			lines = append(lines, cur)
		}
		cur = word
		for textWidth(cur, size) > width { // a word wider than a line: break it
			r := []rune(cur)
			n := len(r) - 1
			for n > 1 && textWidth(string(r[:n]), size) > width {
				n--
			}
			lines = append(lines, string(r[:n]))
			cur = string(r[n:])
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

// addFooter returns the SVG with the footer naming the documents, and unchanged when there is none.
func addFooter(svg []byte, docs []graph.Document) ([]byte, error) {
	sz, err := parseSVGSize(svg)
	if err != nil {
		return nil, err
	}
	u := 1 / sz.scale // viewBox units per point
	widthPt := max(sz.widthPt, footerMinWidth)
	lines := footerLines(docs, (widthPt-2*footerSide)*0.97) // a margin for fonts a little wider than measured
	if len(lines) == 0 {
		return svg, nil
	}
	// The rule sits inside the drawing's bottom pad, which Graphviz leaves empty.
	rulePt := sz.heightPt - footerSide/2
	heightPt := rulePt + 6 + float64(len(lines))*footerLineHeight + footerSide*0.75
	w, h := widthPt*u, heightPt*u
	x := sz.x - (w-sz.w)/2 // widening centres the drawing
	left, right := x+footerSide*u, x+w-footerSide*u

	var b bytes.Buffer
	b.Grow(len(svg) + 512 + 160*len(lines))
	b.Write(svg[:sz.widthAt[0]])
	fmt.Fprintf(&b, ` width="%dpt"`, int(math.Ceil(widthPt)))
	b.Write(svg[sz.widthAt[1]:sz.heightAt[0]])
	fmt.Fprintf(&b, ` height="%dpt"`, int(math.Ceil(heightPt)))
	b.Write(svg[sz.heightAt[1]:sz.viewAt[0]])
	fmt.Fprintf(&b, ` viewBox="%s %s %s %s"`, ff(x), ff(sz.y), ff(w), ff(h))
	b.Write(svg[sz.viewAt[1]:sz.tagEnd])
	// A white page under everything: Graphviz's background covers only the drawing.
	fmt.Fprintf(&b, "\n<rect class=\"page\" x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"#FFFFFF\" stroke=\"none\"/>",
		ff(x), ff(sz.y), ff(w), ff(h))

	end := bytes.LastIndex(svg, []byte("</svg>"))
	if end < sz.tagEnd {
		return nil, fmt.Errorf("no </svg> end tag")
	}
	b.Write(svg[sz.tagEnd:end])
	b.WriteString("<g id=\"footer\" class=\"footer\">\n")
	ruleY := sz.y + rulePt*u
	fmt.Fprintf(&b, "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>\n",
		ff(left), ff(ruleY), ff(right), ff(ruleY), footerRuleColor, ff(0.6*u))
	for i, line := range lines {
		y := ruleY + (6+footerFontSize+float64(i)*footerLineHeight)*u
		fmt.Fprintf(&b, "<text x=\"%s\" y=\"%s\" font-family=\"%s\" font-size=\"%s\" fill=\"%s\">",
			ff(left), ff(y), fontStack, ff(footerFontSize*u), footerColor)
		if i == 0 {
			b.WriteString(`<tspan font-weight="bold">` + footerLabel + `</tspan>`)
			line = strings.TrimPrefix(line, footerLabel)
		}
		if err := xml.EscapeText(&b, []byte(line)); err != nil {
			return nil, err
		}
		b.WriteString("</text>\n")
	}
	b.WriteString("</g>\n")
	b.Write(svg[end:])
	return b.Bytes(), nil
}

// ff formats a coordinate as Graphviz does: two decimals, so the output does not depend on float printing.
func ff(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }
