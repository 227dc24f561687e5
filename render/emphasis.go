package render

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Mark highlights an entity or a relationship in a view: what the reader should see first. Marks are a
// closed set so that only render's own constants reach Graphviz's style attributes; an unknown mark is
// ignored.
type Mark string

// The marks.
const (
	MarkPath     Mark = "path"     // on a path between two actors: thick line, or a thick border on a node
	MarkAppeared Mark = "appeared" // new in the later of two periods: thick green dashes
	// MarkNotMentioned: stated in the earlier period, and the later one says nothing of it: thin grey dashes.
	MarkNotMentioned Mark = "unmentioned"
	MarkEnded        Mark = "ended"   // the later period states its end (see analyze.Diff): dark grey dots
	MarkChanged      Mark = "changed" // in both periods with another stance: thick orange
)

// markStyle is how a marked relationship is drawn; zero fields keep the stance's style.
type markStyle struct {
	color, fontColor, style, penWidth string
	suffix                            string // appended to the edge label, so print shows the mark too
	legend                            string // the line in the legend's highlight row (HTML-like, constant)
}

var markStyles = map[Mark]markStyle{
	MarkPath:         {penWidth: "4", legend: "<b>━━</b>&#160;on the path"},
	MarkAppeared:     {color: "#1B9E3E", fontColor: "#11692A", style: "dashed", penWidth: "3.5", suffix: " (new)", legend: `<font color="#1B9E3E"><b>- - -</b></font>&#160;new`},
	MarkNotMentioned: {color: "#A0A0A0", fontColor: "#707070", style: "dashed", penWidth: "1.4", suffix: " (not mentioned later)", legend: `<font color="#A0A0A0">- - -</font>&#160;not mentioned later`},
	MarkEnded:        {color: "#4D4D4D", fontColor: "#4D4D4D", style: "dotted", penWidth: "2.5", suffix: " (ended)", legend: `<font color="#4D4D4D"><b>· · ·</b></font>&#160;ended`},
	MarkChanged:      {color: "#E69F00", fontColor: "#9A6A00", style: "bold", penWidth: "3.5", suffix: " (changed)", legend: `<font color="#E69F00"><b>━━</b></font>&#160;stance changed`},
}

// marks lists the marks in the order the legend shows them.
var marks = []Mark{MarkPath, MarkAppeared, MarkEnded, MarkNotMentioned, MarkChanged}

// Tone colours a cluster by what its members are to the view's focus.
type Tone string

// The tones; "" draws a neutral grey box.
const (
	ToneAlly     Tone = "ally"
	ToneOpponent Tone = "opponent"
)

type toneStyle struct{ fill, border, font string }

var toneStyles = map[Tone]toneStyle{
	"":           {fill: "#F4F4F4", border: "#9A9A9A", font: "#333333"},
	ToneAlly:     {fill: "#E3F4EC", border: "#009E73", font: "#006B4E"},
	ToneOpponent: {fill: "#FBE7DA", border: "#D55E00", font: "#A84A00"},
}

// Cluster draws a group of entities in one box, labelled: a bloc, or the allies of an actor.
type Cluster struct {
	Label string // shown at the top of the box; data, escaped like any
	// Short, when set, is the box's title in a compact drawing (Options.Compact), Label staying its tooltip:
	// the page's pane had no room for six boxes titled "Bloc 1: Kazakhstan, against blocs 3, 4, 5 and 6".
	Short   string
	Members []string // entity ids; ids not in the subgraph, or already in an earlier cluster, are skipped
	Tone    Tone
}

// maxClusters bounds the boxes of one drawing: Graphviz's cluster layout is slow and fragile (400 nested
// clusters broke the WebAssembly build), and a reader cannot tell more apart anyway. Later clusters are
// drawn unboxed.
const maxClusters = 40

// writeClusters writes one subgraph per cluster, after the nodes: naming a node inside a subgraph makes it
// a member. Cluster names are numbered, never data.
//
// It returns the members drawn in each box, in the boxes' order.
func writeClusters(b *bytes.Buffer, clusters []Cluster, names map[string]string, compact bool) [][]string {
	placed := map[string]bool{}
	var boxes [][]string
	n := 0
	for _, c := range clusters {
		var members []string
		for _, id := range c.Members {
			if _, ok := names[id]; ok && !placed[id] {
				placed[id] = true
				members = append(members, id)
			}
		}
		if len(members) == 0 {
			continue
		}
		if n++; n > maxClusters {
			return boxes
		}
		// Graphviz writes class "cluster " + this in the SVG.
		ts, ok := toneStyles[c.Tone]
		class := "group"
		if !ok {
			ts = toneStyles[""]
		} else if c.Tone != "" {
			class = string(c.Tone)
		}
		slices.Sort(members)
		fmt.Fprintf(b, "  subgraph \"cluster_%d\" {\n", n)
		title := c.Label
		if compact && c.Short != "" {
			title = c.Short
		}
		label := escLabel(truncate(clean(title), titleMax))
		stmt(b, "  graph", []attr{
			{"id", "cluster:" + strconv.Itoa(n)}, {"class", class}, {"label", label},
			{"tooltip", escTooltip(truncate(clean(c.Label), titleMax))},
			{"style", "rounded,filled"}, {"fillcolor", ts.fill}, {"color", ts.border}, {"fontcolor", ts.font},
			{"fontsize", "12"}, {"penwidth", "1.4"}, {"margin", "14"},
		})
		for _, id := range members {
			fmt.Fprintf(b, "    %s;\n", nodeName(id))
		}
		b.WriteString("  }\n")
		boxes = append(boxes, members)
	}
	return boxes
}

// writeStacking lays dot's boxes out in rows to the pane's shape (ratio: its height over its width): dot
// puts boxes with no line between them side by side, so the seed's six blocs made one row, with the legend
// beside it, too wide for a 920×560 pane at full size (four of six boxes fitted, and three columns five).
// Invisible lines from every member of a box to the first of the box a row below stack them. Taking a box
// as about as wide as tall and the legend, beside the first row, as two boxes wide, c columns of n boxes
// are (c+2)/(n/c) as wide as tall; the pane wants 1/ratio: c = sqrt(1 + n/ratio) - 1, two columns for the
// six blocs in that pane (all six fitted), one in a phone's.
func writeStacking(b *bytes.Buffer, boxes [][]string, ratio float64) {
	if len(boxes) < 3 || ratio <= 0 {
		return
	}
	ratio = min(max(ratio, minRatio), maxRatio)
	cols := max(1, int(math.Round(math.Sqrt(1+float64(len(boxes))/ratio)-1)))
	for i := cols; i < len(boxes); i++ {
		for _, id := range boxes[i-cols] {
			fmt.Fprintf(b, "  %s -> %s [style=invis];\n", nodeName(id), nodeName(boxes[i][0]))
		}
	}
}

// Node sizes: the font of a sized node grows from sizeMinFont to sizeMaxFont with the square root of its
// score, so the area of the node, which grows with the square of the font, follows the score. The least is
// the size of every other actor's label (11), so that sizing never makes a name smaller than the page's
// floor for legible names.
const (
	sizeMinFont = 11.0
	sizeMaxFont = 24.0
)

// sizeFont returns the font size of a node with the score (0..1 of the view's largest), formatted with one
// decimal so the DOT stays the same across platforms.
func sizeFont(score float64) string {
	if math.IsNaN(score) || score < 0 {
		score = 0
	}
	score = min(score, 1)
	return strconv.FormatFloat(sizeMinFont+(sizeMaxFont-sizeMinFont)*math.Sqrt(score), 'f', 1, 64)
}

// evidenceLegend is the legend's rows for faint and claimed relationships, those the drawing has: built from
// constants only.
func evidenceLegend(faint, claimed bool) string {
	var rows strings.Builder
	for _, r := range []struct {
		used bool
		text string
	}{{faint, faintLegend}, {claimed, claimLegend}} {
		if r.used {
			rows.WriteString(`<tr><td></td><td></td><td></td>` + r.text + `<td></td></tr>`)
		}
	}
	return rows.String()
}

// markLegend is the legend's row of highlights, for the marks the drawing uses: built from constants only.
func markLegend(used map[Mark]bool) string {
	var parts []string
	for _, m := range marks {
		if used[m] {
			parts = append(parts, markStyles[m].legend)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return `<tr><td colspan="5" align="left"><font point-size="9">` + strings.Join(parts, "&#160;&#160;&#160;&#160;") + `</font></td><td></td></tr>`
}

// NodeSizes scales the entities of sg by a score, relative to the largest score: what Options.Sizes takes.
func NodeSizes(scores map[string]float64) map[string]float64 {
	top := 0.0
	for _, s := range scores {
		top = max(top, s)
	}
	out := make(map[string]float64, len(scores))
	for id, s := range scores {
		if top > 0 {
			out[id] = s / top
		}
	}
	return out
}
