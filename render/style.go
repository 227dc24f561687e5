package render

import (
	"fmt"
	"math"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// fontName is the one font of every drawing. Graphviz (and the WebAssembly build in particular, which has no
// font files) sizes text from built-in metrics of the PostScript fonts, so a font it knows gives boxes that
// fit the text; browsers then substitute Helvetica with Arial or a sans-serif of the same widths. It is a
// constant: Graphviz copies fontname into the SVG without escaping it.
const fontName = "Helvetica"

// The palette follows Okabe and Ito's colour-blind-safe set. Node fills are light tints of it so that black
// text keeps a high contrast on every kind; shapes tell the kinds apart in greyscale too.
type kindStyle struct {
	shape  string
	style  string // Graphviz node style, always including "filled"
	fill   string
	plural string // for "+12 more organizations"
	legend string // the shape as a reader would name it
}

var kindStyles = map[graph.Kind]kindStyle{
	graph.Person:       {shape: "ellipse", style: "filled", fill: "#A9D8F5", plural: "people", legend: "ellipse"},
	graph.State:        {shape: "box", style: "filled", fill: "#F5CF80", plural: "states", legend: "rectangle"},
	graph.Organization: {shape: "hexagon", style: "filled", fill: "#8FD3BE", plural: "organizations", legend: "hexagon"},
	graph.Outlet:       {shape: "note", style: "filled", fill: "#EBC9DC", plural: "outlets", legend: "page"},
	graph.Place:        {shape: "house", style: "filled", fill: "#F6F0A6", plural: "places", legend: "house"},
}

// otherKind styles an entity whose kind is outside the vocabulary: it is drawn, but plainly.
var otherKind = kindStyle{shape: "octagon", style: "filled", fill: "#E0E0E0", plural: "others", legend: "octagon"}

func styleOfKind(k graph.Kind) (kindStyle, bool) {
	s, ok := kindStyles[k]
	if !ok {
		return otherKind, false
	}
	return s, true
}

// Edges differ in colour and in line style, so a greyscale print still shows the stance: cooperation is a
// solid line, conflict a bold one, structural ties dashed and neutral ones dotted.
type stanceStyle struct {
	color     string // the line
	fontColor string // a darker shade for the label, so small text stays readable on white
	style     string
	penWidth  string
	legend    string // the line as (HTML-like) text, drawn in the legend in the edge colour
}

var stanceStyles = map[graph.Stance]stanceStyle{
	graph.Cooperation: {color: "#009E73", fontColor: "#006B4E", style: "solid", penWidth: "1.6", legend: "<b>───</b>"},
	graph.Conflict:    {color: "#D55E00", fontColor: "#A84A00", style: "bold", penWidth: "2.6", legend: "<b>━━━</b>"},
	graph.Structural:  {color: "#0072B2", fontColor: "#005A8C", style: "dashed", penWidth: "1.3", legend: "– – –"},
	graph.Neutral:     {color: "#555555", fontColor: "#444444", style: "dotted", penWidth: "1.6", legend: "·······"},
}

// FaintBelow is the confidence under which a relationship is drawn faint: when none of its sentences in the
// view was read with at least this confidence (curated sentences count 1), its line is paler and thinner.
const FaintBelow = 0.6

// faintStyle is how a relationship whose best confidence is below FaintBelow looks: the stance's colours
// mixed with white, a thinner line, and never bold (Graphviz draws bold at a fixed width that would hide
// the thinning).
func faintStyle(ss stanceStyle) stanceStyle {
	ss.color, ss.fontColor = tint(ss.color, 0.55), tint(ss.fontColor, 0.35)
	if ss.style == "bold" {
		ss.style = "solid"
	}
	ss.penWidth = "0.8"
	return ss
}

// claimStyle is how a relationship all of whose sentences report someone's claim looks: dashed, in its
// stance's colour, and the label says "(claim)" so a print or a structural tie (dashed already) shows it.
func claimStyle(ss stanceStyle) stanceStyle {
	ss.style = "dashed"
	return ss
}

// claimSuffix follows the type on the label of a relationship stated only as claims.
const claimSuffix = " (claim)"

// tint mixes a colour #RRGGBB with white: share 0 keeps it, 1 makes it white.
func tint(hex string, share float64) string {
	var r, g, b uint8
	if _, err := fmt.Sscanf(hex, "#%02x%02x%02x", &r, &g, &b); err != nil {
		return hex
	}
	mix := func(c uint8) uint8 { return c + uint8(math.Round(share*float64(255-c))) }
	return fmt.Sprintf("#%02X%02X%02X", mix(r), mix(g), mix(b))
}

// Legend rows for the faint and the claimed relationships, shown when the drawing has some, in the
// relationships' columns: the line, then what it means.
const (
	faintLegend = `<td align="left"><font color="#B3B3B3" point-size="10">───</font></td><td align="left"><font point-size="9">confidence below 0.6 (pale)</font></td>`
	claimLegend = `<td align="left"><font color="#555555" point-size="10">- - -</font></td><td align="left"><font point-size="9">claims only (dashed, “claim”)</font></td>`
)

// styleOfStance treats a stance outside the vocabulary as neutral.
func styleOfStance(s graph.Stance) (graph.Stance, stanceStyle) {
	if st, ok := stanceStyles[s]; ok {
		return s, st
	}
	return graph.Neutral, stanceStyles[graph.Neutral]
}

const (
	nodeBorder      = "#333333"
	focusBorder     = "#000000"
	focusPenWidth   = "3.5"
	summaryColor    = "#888888"
	summaryFontSize = "10"
)

// Display limits. Labels must stay short enough to lay out; tooltips may say more but not without end, since
// every tooltip is part of the SVG.
const (
	labelWidth       = 22  // characters per line of a node label
	labelLines       = 3   // lines of a node label
	titleMax         = 120 // characters of the drawing's title
	tooltipNameMax   = 120 // characters of a name inside a tooltip
	tooltipDescMax   = 300
	tooltipAliases   = 8 // aliases listed in a node tooltip
	tooltipAliasMax  = 60
	tooltipEvidence  = 5 // sentences listed in an edge tooltip
	tooltipSentence  = 300
	tooltipSourceMax = 80 // characters of a document id in a tooltip
	edgeLabelMax     = 40 // a relationship type outside the vocabulary could be anything
)

// legendLabel is the legend as an HTML-like label. It is built only from the constants above, never from
// data: Graphviz does not escape everything inside HTML-like labels. Cells get generous padding because a
// viewer without Helvetica or Arial substitutes a wider font than the one Graphviz measured.
func legendLabel(extraRows string) string {
	var b strings.Builder
	b.WriteString(`<<table border="1" color="#BBBBBB" cellborder="0" cellspacing="0" cellpadding="3" bgcolor="#FFFFFF">`)
	b.WriteString(`<tr><td colspan="2" align="left"><font point-size="10"><b>Actors</b></font></td><td width="16"></td>`)
	b.WriteString(`<td colspan="2" align="left"><font point-size="10"><b>Relationships</b></font></td><td width="16"></td></tr>`)
	for i := range max(len(graph.Kinds), len(graph.Stances)) {
		b.WriteString("<tr>")
		if i < len(graph.Kinds) {
			ks := kindStyles[graph.Kinds[i]]
			fmt.Fprintf(&b, `<td bgcolor="%s" border="1" color="%s" width="18" height="12"></td>`, ks.fill, nodeBorder)
			fmt.Fprintf(&b, `<td align="left"><font point-size="9">%s (%s)</font></td>`, graph.Kinds[i], ks.legend)
		} else {
			b.WriteString(`<td></td><td></td>`)
		}
		b.WriteString(`<td></td>`)
		if i < len(graph.Stances) {
			ss := stanceStyles[graph.Stances[i]]
			fmt.Fprintf(&b, `<td align="left"><font color="%s" point-size="10">%s</font></td>`, ss.color, ss.legend)
			fmt.Fprintf(&b, `<td align="left"><font point-size="9">%s (%s)</font></td>`, graph.Stances[i], ss.style)
		} else {
			b.WriteString(`<td></td><td></td>`)
		}
		b.WriteString(`<td></td></tr>`)
	}
	b.WriteString(`<tr><td colspan="2" align="left"><font point-size="9">thick border: focus</font></td><td></td>`)
	b.WriteString(`<td colspan="2" align="left"><font point-size="9">no arrow head: mutual</font></td><td></td></tr>`)
	b.WriteString(`<tr><td colspan="2" align="left"><font point-size="9">dashed outline: not shown</font></td><td></td>`)
	b.WriteString(`<td colspan="2" align="left"><font point-size="9">×2: in two sentences</font></td><td></td></tr>`)
	b.WriteString(extraRows)
	b.WriteString("</table>>")
	return b.String()
}
