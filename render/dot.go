package render

import (
	"bytes"
	"cmp"
	"fmt"
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Options say how DOT draws a subgraph.
type Options struct {
	// Title is shown above the drawing. It is data (it holds entity names) and is escaped like any.
	Title string
	// LinkBase, when set, makes every entity a link to LinkBase + url.QueryEscape(entity id), so that a click
	// opens that entity's own neighbourhood, e.g. "/view?focus=".
	LinkBase string
	// Layout is one of Layouts; "" or an unknown name means DefaultLayout for the number of entities. DOT
	// sets the attributes that engine needs and names it in the DOT, so `dot -Tsvg` draws the same picture.
	Layout string
	// EdgeMarks and NodeMarks highlight relationships and entities by id (see Mark); the legend then
	// explains the marks used.
	EdgeMarks map[string]Mark
	NodeMarks map[string]Mark
	// Clusters draw groups of entities in labelled boxes (Graphviz clusters), such as blocs or the allies
	// and opponents of an actor. An entity is in at most one: the first that lists it.
	Clusters []Cluster
	// Sizes scales entities by a score in 0..1, such as PageRank relative to the view's largest (see
	// NodeSizes): a larger font and so a larger node. Entities without a score keep the normal size.
	Sizes map[string]float64
	// Pins fixes entities, by id, where a previous drawing put them (see Pin), so that the actors already on
	// screen stay where the reader saw them when the view grows. Whatever the layout that drew them, a
	// drawing with pins is drawn by neato (PinnedLayout), the engine that keeps nodes at given positions:
	// placeNew places the new actors, and neato routes the lines around the actors (see pinnedAttrs).
	Pins map[string]Pin
	// PinsFrom is the layout of the drawing the pins come from, when Layout is PinnedLayout already: a view
	// grown from one of packedLayouts parts its actors for their lines' labels (placeNew). "" means Layout.
	PinsFrom string
	// Ratio, when above 0, is the height over the width of the pane the drawing is shown in: the layout is
	// stretched along one axis until it has that shape (Graphviz's numeric ratio), so it fills the pane
	// rather than sitting in a band of it. Stretching moves actors apart without enlarging any text.
	Ratio float64
	// Expanders write, beside an entity (by id), "+N more": N of the actors it is tied to were left out of
	// the drawing to keep it legible. It is the node's external label (xlabel), which Graphviz places by the
	// node after the layout, so it takes no room in it (as nodes of their own, they halved the actors that
	// fit a 920×560 pane on the seed). In the SVG it is the node group's <text> outside its link;
	// the page brings those actors in when it is clicked.
	Expanders map[string]int
	// Compact draws for the page's pane rather than a page of its own: ranks closer together (see
	// layoutAttrs), and the kinds the node limit cut summed up in one node beside the focus (see
	// writeOmitted), so that more actors fit at the same text size.
	Compact bool
	// Across lays a dot drawing out left to right (rankdir=LR) rather than top to bottom, its ranks 0.2
	// inches apart rather than 0.5: a report is drawn both ways and keeps the one that fits a landscape page
	// with the larger text (see Service.reportSVG). Left to right, each line's label stands in a rank of its
	// own between its ends' ranks, so the label parts them already; at 0.5 inches the seed's CSTO view was
	// 2,096 points wide (3.8-point labels on a 10-inch page), at 0.2, 1,956 (4.0 points).
	Across bool
}

// Pin is an entity's position in points, as Graphviz has it (y grows upwards): the centre of its shape in a
// previous drawing's SVG, with y negated. W and H, when above zero, are the shape's width and height in
// that drawing: with them, actors the previous drawing set too close for Graphviz's line router are moved
// apart by exactly what is missing (see separate); without, by estimateBox's guess.
type Pin struct{ X, Y, W, H float64 }

// MaxPinCoord bounds a pin's coordinates: larger drawings are far beyond any view (a depth-3 neighbourhood
// at the node limit is a few thousand points wide).
const MaxPinCoord = 1e5

// PinnedLayout is the engine that draws a view with pins, whatever the layout of the drawing the pins come
// from: dot, circo and sfdp lay a graph out from scratch and cannot keep a node where it was (dot redrew
// Tokayev's view grown by Kazakhstan with China 235 px away, circo moved the protesters 434 px, sfdp the
// CSTO 136 px: TestGrownViewsStayAndRouteLines), while neato keeps a node at pos="x,y!".
const PinnedLayout = "neato"

// DOT returns the Graphviz DOT of the subgraph. It is pure and deterministic: the same subgraph and options
// give the same bytes, whatever the order of its slices, so the DOT can key a cache.
//
// Every string that comes from data (names, aliases, descriptions, evidence, ids, types, the title) is
// cleaned and escaped for the quoted attribute it goes into, and never reaches an HTML-like label, a font,
// stylesheet, image or shape file attribute. In the SVG, each entity is a <g> with id "n:"+entity id and
// class "node <kind>" (plus "focus"), each relationship a <g> with id "e:"+relation id and class
// "edge <stance>"; entities cut by the node limit are summarised per kind in nodes with id "more:"+kind.
//
// Relationships whose ends are not both among the entities are left out; duplicate entities or relations
// (same id) are drawn once.
func DOT(sg graph.Subgraph, o Options) []byte {
	entities := slices.Clone(sg.Entities)
	slices.SortStableFunc(entities, func(a, b graph.Entity) int { return cmp.Compare(a.ID, b.ID) })
	entities = slices.CompactFunc(entities, func(a, b graph.Entity) bool { return a.ID == b.ID })
	relations := slices.Clone(sg.Relations)
	slices.SortStableFunc(relations, func(a, b graph.Relation) int { return cmp.Compare(a.ID, b.ID) })
	relations = slices.CompactFunc(relations, func(a, b graph.Relation) bool { return a.ID == b.ID })

	layout := o.Layout
	if CheckLayout(layout) != nil {
		layout = DefaultLayout(len(entities))
	}
	names := make(map[string]string, len(entities)) // id → display name, for edge tooltips
	for _, e := range entities {
		names[e.ID] = displayName(e)
	}
	faint, claimed, used := legendRows(relations, names, o.EdgeMarks)
	var pins map[string]Pin
	if len(o.Pins) > 0 {
		from := layout
		if o.PinsFrom != "" {
			from = o.PinsFrom
		}
		pins = placeNew(entities, relations, o.Pins, o.Sizes, legendSize(faint, claimed, used), from)
		layout = PinnedLayout
	}
	focus := map[string]bool{}
	for _, id := range sg.Focus {
		focus[id] = true
	}

	var b bytes.Buffer
	b.Grow(512 + 600*len(entities) + 900*len(relations))
	b.WriteString("digraph \"actorgraph\" {\n")
	graphAttrs := []attr{
		{"fontname", fontName}, {"fontsize", "15"}, {"label", escLabel(truncate(clean(o.Title), titleMax))},
		{"labelloc", "t"}, {"bgcolor", "#FFFFFF"}, {"pad", "0.3"}, {"layout", layout},
	}
	layoutAttributes := layoutAttrs(layout, o.Compact, len(entities))
	if len(pins) > 0 {
		layoutAttributes = pinnedAttrs(len(entities))
	}
	for _, a := range layoutAttributes {
		if o.Across && layout == "dot" && len(pins) == 0 {
			a = acrossAttr(a)
		}
		graphAttrs = append(graphAttrs, attr{a[0], a[1]})
	}
	if o.Ratio > 0 && !math.IsInf(o.Ratio, 0) && len(pins) == 0 {
		// Not with pins: stretching would move the actors pinned where the reader saw them.
		graphAttrs = append(graphAttrs, attr{"ratio", strconv.FormatFloat(min(max(o.Ratio, minRatio), maxRatio), 'f', 3, 64)})
	}
	if len(pins) > 0 {
		// Pins are in points; inputscale=72 says so (Graphviz reads pos in inches otherwise).
		graphAttrs = append(graphAttrs, attr{"inputscale", "72"})
	}
	stmt(&b, "graph", graphAttrs)
	stmt(&b, "node", []attr{
		{"fontname", fontName}, {"fontsize", "11"}, {"style", "filled"}, {"color", nodeBorder},
		{"penwidth", "1.2"}, {"margin", "0.12,0.06"},
	})
	stmt(&b, "edge", []attr{{"fontname", fontName}, {"fontsize", "9"}, {"arrowsize", "0.8"}})

	for _, e := range entities {
		size, sized := o.Sizes[e.ID]
		look := entityLook{focus: focus[e.ID], mark: o.NodeMarks[e.ID], sized: sized, size: size, more: o.Expanders[e.ID]}
		if p, ok := pins[e.ID]; ok {
			look.pos = pinPos(p)
		}
		writeEntity(&b, e, look, o.LinkBase)
	}
	between := map[[2]string]int{} // lines drawn so far between each pair of actors, in a pinned drawing
	back := linesBack(relations, o.Clusters, layout)
	for _, r := range relations {
		_, okFrom := names[r.From]
		_, okTo := names[r.To]
		if !okFrom || !okTo {
			continue
		}
		mark := o.EdgeMarks[r.ID]
		look := lookOf(r)
		if len(pins) > 0 && len(entities) <= maxRoutedNodes { // straight, neato fans them out itself
			// The sides are taken along the pair in one order whatever the line's direction: taken along each
			// line's own, a line back (the protesters' against the government, after two of the government's
			// to them) left from the same side as the second and was drawn on it.
			pair := [2]string{min(r.From, r.To), max(r.From, r.To)}
			look.port = sidePort(pins[pair[0]], pins[pair[1]], between[pair])
			between[pair]++
		}
		look.reversed = back[r.ID]
		writeRelation(&b, r, names, look, mark)
	}
	writeOmitted(&b, sg, names, o.Compact, len(pins) > 0)
	boxes := writeClusters(&b, o.Clusters, names, o.Compact)
	if layout == "dot" && o.Compact && len(pins) == 0 {
		writeStacking(&b, boxes, o.Ratio)
	}
	legendAttrs := []attr{{"id", "legend"}, {"class", "legend"}, {"shape", "plain"}, {"style", ""}, {"tooltip", "Legend"}}
	if p, ok := pins[LegendPin]; ok {
		legendAttrs = append(legendAttrs, attr{"pos", pinPos(p)})
	}
	stmtHTML(&b, "legend", legendAttrs, legendLabel(evidenceLegend(faint, claimed)+markLegend(used)))
	b.WriteString("}\n")
	return b.Bytes()
}

// acrossAttr turns one of dot's layoutAttrs into its left-to-right form (see Options.Across).
func acrossAttr(a [2]string) [2]string {
	switch a[0] {
	case "rankdir":
		a[1] = "LR"
	case "ranksep":
		a[1] = "0.2"
	}
	return a
}

// legendRows says which of the legend's optional rows the drawing needs: faint lines, lines of claims only,
// and the marks used by the lines drawn (those whose ends are both among names).
func legendRows(relations []graph.Relation, names map[string]string, marks map[string]Mark) (faint, claimed bool, used map[Mark]bool) {
	used = map[Mark]bool{}
	for _, r := range relations {
		_, okFrom := names[r.From]
		_, okTo := names[r.To]
		if !okFrom || !okTo {
			continue
		}
		if _, ok := markStyles[marks[r.ID]]; ok {
			used[marks[r.ID]] = true
		}
		look := lookOf(r)
		faint, claimed = faint || look.faint, claimed || look.claimed
	}
	return faint, claimed, used
}

// attr is one attribute; v is already escaped for a quoted string.
type attr struct{ k, v string }

func stmt(b *bytes.Buffer, head string, attrs []attr) { stmtHTML(b, head, attrs, "") }

// stmtHTML writes a statement whose label is HTML-like. Only the legend has one; it is a parameter of its own
// rather than anything read from an attribute value so that no data, whatever it holds, can become HTML.
func stmtHTML(b *bytes.Buffer, head string, attrs []attr, htmlLabel string) {
	b.WriteString("  ")
	b.WriteString(head)
	b.WriteString(" [")
	for i, a := range attrs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(a.k)
		b.WriteByte('=')
		b.WriteByte('"')
		b.WriteString(a.v)
		b.WriteByte('"')
	}
	if htmlLabel != "" {
		b.WriteString(", label=")
		b.WriteString(htmlLabel)
	}
	b.WriteString("];\n")
}

// nodeName is the DOT name of an entity's node. The prefix keeps entity names apart from the legend and the
// summary nodes, whatever the ids hold.
func nodeName(id string) string { return `"n:` + escID(id) + `"` }

func displayName(e graph.Entity) string {
	name := strings.TrimSpace(clean(e.Name))
	if name == "" {
		name = strings.TrimSpace(clean(e.ID))
	}
	if name == "" {
		name = "(unnamed)"
	}
	return name
}

// entityLook is what a view says about how to draw one entity.
type entityLook struct {
	focus bool
	mark  Mark
	sized bool
	size  float64
	pos   string // "x,y!" when pinned; only digits, signs, a point, a comma and "!"
	more  int    // actors tied to it left out of the drawing (Options.Expanders)
}

// pinPos is the pos attribute that pins a node at p: "x,y!", numbers only.
func pinPos(p Pin) string {
	return strconv.FormatFloat(p.X, 'f', 2, 64) + "," + strconv.FormatFloat(p.Y, 'f', 2, 64) + "!"
}

// validPin reports whether p is a finite position within MaxPinCoord.
func validPin(p Pin) bool {
	return math.Abs(p.X) <= MaxPinCoord && math.Abs(p.Y) <= MaxPinCoord // false for NaN too
}

func writeEntity(b *bytes.Buffer, e graph.Entity, look entityLook, linkBase string) {
	ks, known := styleOfKind(e.Kind)
	class := "other"
	if known {
		class = string(e.Kind)
	}
	if look.focus {
		class += " focus"
	}
	marked := look.mark == MarkPath
	if marked {
		class += " path"
	}
	name := displayName(e)
	lines := wrap(truncate(name, labelWidth*labelLines), labelWidth, labelLines)
	for i, l := range lines {
		lines[i] = escLabel(l)
	}
	attrs := []attr{
		{"id", "n:" + escLabel(e.ID)}, {"class", class},
		{"shape", ks.shape}, {"style", ks.style}, {"fillcolor", ks.fill},
		{"label", strings.Join(lines, `\n`)},
		{"tooltip", entityTooltip(e, name)},
	}
	if look.focus || marked {
		attrs = append(attrs, attr{"color", focusBorder}, attr{"penwidth", focusPenWidth})
	}
	if look.sized {
		attrs = append(attrs, attr{"fontsize", sizeFont(look.size)})
	}
	if look.pos != "" {
		attrs = append(attrs, attr{"pos", look.pos})
	}
	if look.more > 0 {
		attrs = append(attrs, attr{"xlabel", fmt.Sprintf("+%d more", look.more)})
	}
	if linkBase != "" {
		attrs = append(attrs, attr{"URL", escLabel(linkBase + url.QueryEscape(e.ID))}, attr{"target", "_top"})
	}
	stmt(b, nodeName(e.ID), attrs)
}

// entityTooltip says who the entity is: name, kind, description and aliases, one per line.
func entityTooltip(e graph.Entity, name string) string {
	parts := []string{escTooltip(truncate(name, tooltipNameMax))}
	kindLine := escTooltip(truncate(clean(string(e.Kind)), 40))
	if d := strings.TrimSpace(clean(e.Description)); d != "" {
		kindLine += " · " + escTooltip(truncate(d, tooltipDescMax))
	}
	parts = append(parts, kindLine)
	if len(e.Aliases) > 0 {
		shown := make([]string, 0, tooltipAliases)
		for _, a := range e.Aliases[:min(len(e.Aliases), tooltipAliases)] {
			shown = append(shown, escTooltip(truncate(clean(a), tooltipAliasMax)))
		}
		line := "also: " + strings.Join(shown, ", ")
		if more := len(e.Aliases) - len(shown); more > 0 {
			line += fmt.Sprintf(" and %d more", more)
		}
		parts = append(parts, line)
	}
	return strings.Join(parts, `\n`)
}

// relationLook is what a relationship's evidence says about how surely it is known.
type relationLook struct {
	best    float64 // the highest confidence of its sentences
	faint   bool    // best is below FaintBelow
	claimed bool    // every sentence reports someone's claim
	port    string  // in a pinned drawing, the compass side both its ends leave from (see sidePort)
	// reversed writes the line from its head to its tail with its arrow at the tail (dir=back): see linesBack.
	reversed bool
}

// linesBack finds, in a dot drawing with boxes (clusters), the lines to reverse in the DOT: of two actors
// joined by lines both ways, those to the actor drawn outside the boxes when the other is in one, else
// those from the actor whose id sorts last. dot drew a line and the line back between a boxed actor and one
// outside on one path, one label on the other (Russia's "supports" to the pro-Russian separatists and theirs
// back, in the view of Russia's allies: TestLinesBothWaysDrawnApart). dot routes the lines between a box
// and an actor outside it through one chain of its own (Graphviz's interclrep merges them); written from
// the actor outside, the two were drawn apart, but written from the boxed separatists they were drawn on
// one path again. That is what was measured on the seed, not a rule Graphviz promises. Without boxes, dot
// drew the seed's lines both ways apart, and other layouts do not rank by direction.
func linesBack(relations []graph.Relation, clusters []Cluster, layout string) map[string]bool {
	if layout != "dot" || len(clusters) == 0 {
		return nil
	}
	ways := make(map[[2]string]bool, len(relations))
	for _, r := range relations {
		ways[[2]string{r.From, r.To}] = true
	}
	boxed := map[string]bool{}
	for _, c := range clusters {
		for _, id := range c.Members {
			boxed[id] = true
		}
	}
	var back map[string]bool
	for _, r := range relations {
		if !ways[[2]string{r.To, r.From}] {
			continue
		}
		// first is the actor both lines are written from.
		first := min(r.From, r.To)
		if boxed[r.From] != boxed[r.To] && boxed[first] {
			first = max(r.From, r.To)
		}
		if r.From != first {
			if back == nil {
				back = map[string]bool{}
			}
			back[r.ID] = true
		}
	}
	return back
}

func lookOf(r graph.Relation) relationLook {
	var l relationLook
	l.claimed = len(r.Evidence) > 0
	for _, ev := range r.Evidence {
		l.best = max(l.best, ev.Confidence)
		l.claimed = l.claimed && ev.Claim != ""
	}
	l.faint = len(r.Evidence) > 0 && l.best < FaintBelow
	return l
}

// writeRelation writes one relationship. Its look (faint, claimed) changes the stance's style, and a
// view's mark then wins over both: the mark is what the view is about.
func writeRelation(b *bytes.Buffer, r graph.Relation, names map[string]string, look relationLook, mark Mark) {
	stance, ss := styleOfStance(r.Stance)
	// The line reads as words, its verb agreeing with the actor it starts from: "oppose" after "Kazakh
	// protesters".
	label := escLabel(truncate(clean(graph.Phrase(r.Type, names[r.From])), edgeLabelMax))
	if n := r.Sentences(); n > 1 {
		label += " ×" + strconv.Itoa(n)
	}
	class := string(stance)
	if look.faint {
		class += " faint"
		ss = faintStyle(ss)
	}
	if look.claimed {
		class += " claim"
		label += claimSuffix
		ss = claimStyle(ss)
	}
	if ms, ok := markStyles[mark]; ok {
		class += " " + string(mark)
		label += ms.suffix
		ss.color = cmp.Or(ms.color, ss.color)
		ss.fontColor = cmp.Or(ms.fontColor, ss.fontColor)
		ss.style = cmp.Or(ms.style, ss.style)
		ss.penWidth = cmp.Or(ms.penWidth, ss.penWidth)
	}
	attrs := []attr{
		{"id", "e:" + escLabel(r.ID)}, {"class", class},
		{"label", label}, {"tooltip", relationTooltip(r, names, look)},
		{"color", ss.color}, {"fontcolor", ss.fontColor}, {"style", ss.style}, {"penwidth", ss.penWidth},
	}
	from, to := r.From, r.To
	if info, ok := r.Type.Info(); ok && info.Symmetric {
		attrs = append(attrs, attr{"dir", "none"})
	} else if look.reversed {
		attrs = append(attrs, attr{"dir", "back"})
	}
	if look.reversed {
		from, to = to, from
	}
	if look.port != "" {
		attrs = append(attrs, attr{"tailport", look.port}, attr{"headport", look.port})
	}
	stmt(b, nodeName(from)+" -> "+nodeName(to), attrs)
}

// compass are Graphviz's compass points, anticlockwise from east (y upwards), 45 degrees apart.
var compass = [8]string{"e", "ne", "n", "nw", "w", "sw", "s", "se"}

// sidePort is the compass point both ends of the k-th line (from 0) between two pinned actors leave from:
// none for the first, then alternately either side of the line between their centres. Graphviz's spline
// router, in the WebAssembly build, gives every line between the same two actors the same path (drawn
// straight, neato fans them out): leaving from the sides, the second and third are drawn apart from the
// first (TestPinnedLinesAvoidActors counts the lines drawn on another).
func sidePort(from, to Pin, k int) string {
	if k == 0 || from == to {
		return ""
	}
	a := math.Atan2(to.Y-from.Y, to.X-from.X) + math.Pi/2 // the left of the line
	if k%2 == 0 {
		a += math.Pi
	}
	i := int(math.Round(a / (math.Pi / 4)))
	return compass[((i%8)+8)%8]
}

// relationTooltip answers "says who?": the relationship in words, how surely it is known, then its evidence
// sentences with their documents, dates and, for a claim, whose claim it is.
func relationTooltip(r graph.Relation, names map[string]string, look relationLook) string {
	head := escTooltip(truncate(names[r.From], tooltipNameMax)) + " " +
		escTooltip(truncate(clean(graph.Phrase(r.Type, names[r.From])), edgeLabelMax)) + " " +
		escTooltip(truncate(names[r.To], tooltipNameMax))
	n := r.Sentences()
	summary := escTooltip(truncate(clean(string(r.Stance)), 40))
	switch n {
	case 0:
		summary += " · no evidence"
	case 1:
		summary += " · 1 sentence"
	default:
		summary += fmt.Sprintf(" · %d sentences", n)
	}
	if n > 0 && look.best < 1 {
		summary += " · best confidence " + strconv.FormatFloat(look.best, 'f', 2, 64)
	}
	if look.claimed {
		summary += " · claimed only"
	}
	parts := []string{head, summary}
	seen := map[[2]string]bool{} // a sentence quoted by both the extractor and an overlay is shown once
	shown := 0
	for _, ev := range r.Evidence {
		text := strings.Join(strings.Fields(clean(ev.Text)), " ")
		if key := [2]string{ev.Document, text}; seen[key] || shown == tooltipEvidence {
			continue
		} else {
			seen[key] = true
		}
		shown++
		src := truncate(clean(ev.Document), tooltipSourceMax)
		if d := clean(ev.Published); d != "" {
			src += ", " + truncate(d, 20)
		}
		if c := claimant(ev.Claim, names); c != "" {
			src += ", " + c
		}
		parts = append(parts, "“"+escTooltip(truncate(text, tooltipSentence))+"” — "+escTooltip(src))
	}
	if more := n - shown; more > 0 {
		s := "s"
		if more == 1 {
			s = ""
		}
		parts = append(parts, fmt.Sprintf("… and %d more sentence%s", more, s))
	}
	return strings.Join(parts, `\n`)
}

// claimant says whose claim a sentence reports: "claim by" the claimant's name when the view shows the
// claimant, else its id; "" for a fact. The caller escapes it.
func claimant(claim string, names map[string]string) string {
	switch claim {
	case "":
		return ""
	case graph.ClaimUnattributed:
		return "unattributed claim"
	}
	name, ok := names[claim]
	if !ok {
		name = clean(claim)
	}
	return "claim by " + truncate(name, tooltipNameMax)
}

// writeOmitted draws one dashed node per kind of entity that the node limit cut, tied to the first focus
// entity, so a reader knows the picture is not the whole neighbourhood. A compact drawing (the page's
// pane) groups them in one node, a kind a line: side by side, the five kinds' nodes took a rank of their
// own as wide as the pane, 720 of the 935 points a hub's view at 1M relationships had in a 1366×768 window,
// and Fit then kept the focus and one neighbour (TestLegibleAtAMillion). A pinned drawing (a grown view)
// leaves them out, its title counting what is not shown: neato drew them where nothing pinned them, on top of
// the actors (at 1M, Ka's view grown by Gami had four over Rode Rone and each other, and the one box over
// Movu Mimo).
func writeOmitted(b *bytes.Buffer, sg graph.Subgraph, names map[string]string, compact, pinned bool) {
	if len(sg.Omitted) == 0 || pinned {
		return
	}
	anchor := ""
	for _, id := range sg.Focus {
		if _, ok := names[id]; ok {
			anchor = id
			break
		}
	}
	kinds := slices.Clone(graph.Kinds)
	var others []graph.Kind
	for k := range sg.Omitted {
		if _, known := kindStyles[k]; !known {
			others = append(others, k)
		}
	}
	slices.Sort(others)
	type summary struct {
		kind  graph.Kind
		label string
	}
	var rows []summary
	total := 0
	for _, k := range append(kinds, others...) {
		n := sg.Omitted[k]
		if n <= 0 {
			continue
		}
		total += n
		ks, known := styleOfKind(k)
		what := ks.plural
		if !known {
			what = "(" + truncate(clean(string(k)), 30) + ")"
		}
		if n == 1 && known {
			what = string(k)
		}
		rows = append(rows, summary{k, fmt.Sprintf("+%d more %s", n, what)})
	}
	if len(rows) == 0 {
		return
	}
	summaryNode := func(id, class, shape, label, tooltip string) {
		name := `"` + escID(id) + `"`
		stmt(b, name, []attr{
			{"id", escLabel(id)}, {"class", class},
			{"shape", shape}, {"style", "dashed"}, {"color", summaryColor}, {"fontcolor", "#444444"},
			{"fontsize", summaryFontSize}, {"label", label},
			{"tooltip", escTooltip(tooltip + " linked to this view but not shown: the view reached its node limit. Filter it or raise the limit to see them.")},
		})
		if anchor != "" {
			stmt(b, nodeName(anchor)+" -> "+name, []attr{
				{"id", "e:" + escLabel(id)}, {"class", "more"},
				{"style", "dotted"}, {"color", summaryColor}, {"dir", "none"}, {"penwidth", "1.2"},
				{"tooltip", escTooltip(tooltip)},
			})
		}
	}
	if compact && len(rows) > 1 {
		lines, counts := make([]string, len(rows)), make([]string, len(rows))
		for i, r := range rows {
			lines[i], counts[i] = escLabel(r.label), strings.Replace(r.label[1:], " more ", " ", 1)
		}
		summaryNode("more:kinds", "more", "box", strings.Join(lines, `\n`),
			fmt.Sprintf("%d more actors (%s)", total, strings.Join(counts, ", ")))
		if anchor != "" {
			// In the focus's rank, beside it: below, the summary took a rank of its own, and the drawing
			// that much more of the pane's height.
			b.WriteString("  {rank=same; " + nodeName(anchor) + "; \"more:kinds\"}\n")
		}
		return
	}
	for _, r := range rows {
		ks, known := styleOfKind(r.kind)
		class := "more " + string(r.kind)
		if !known {
			class = "more other"
		}
		summaryNode("more:"+string(r.kind), class, ks.shape, escLabel(r.label), r.label)
	}
}

// The pane shapes a drawing may be stretched to (Options.Ratio): from a wide strip to a tall column.
const (
	minRatio = 0.2
	maxRatio = 5
)
