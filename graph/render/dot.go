package render

import (
	"bytes"
	"cmp"
	"fmt"
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
}

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
	for _, a := range layoutAttrs(layout) {
		graphAttrs = append(graphAttrs, attr{a[0], a[1]})
	}
	stmt(&b, "graph", graphAttrs)
	stmt(&b, "node", []attr{
		{"fontname", fontName}, {"fontsize", "11"}, {"style", "filled"}, {"color", nodeBorder},
		{"penwidth", "1.2"}, {"margin", "0.12,0.06"},
	})
	stmt(&b, "edge", []attr{{"fontname", fontName}, {"fontsize", "9"}, {"arrowsize", "0.8"}})

	for _, e := range entities {
		writeEntity(&b, e, focus[e.ID], o.LinkBase)
	}
	for _, r := range relations {
		from, okFrom := names[r.From]
		to, okTo := names[r.To]
		if !okFrom || !okTo {
			continue
		}
		writeRelation(&b, r, from, to)
	}
	writeOmitted(&b, sg, names)
	stmtHTML(&b, "legend", []attr{{"id", "legend"}, {"class", "legend"}, {"shape", "plain"}, {"style", ""},
		{"tooltip", "Legend"}}, legendLabel())
	b.WriteString("}\n")
	return b.Bytes()
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

func writeEntity(b *bytes.Buffer, e graph.Entity, focus bool, linkBase string) {
	ks, known := styleOfKind(e.Kind)
	class := "other"
	if known {
		class = string(e.Kind)
	}
	if focus {
		class += " focus"
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
	if focus {
		attrs = append(attrs, attr{"color", focusBorder}, attr{"penwidth", focusPenWidth})
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

func writeRelation(b *bytes.Buffer, r graph.Relation, from, to string) {
	stance, ss := styleOfStance(r.Stance)
	label := escLabel(truncate(clean(string(r.Type)), edgeLabelMax))
	if n := len(r.Evidence); n > 1 {
		label += " ×" + strconv.Itoa(n)
	}
	attrs := []attr{
		{"id", "e:" + escLabel(r.ID)}, {"class", string(stance)},
		{"label", label}, {"tooltip", relationTooltip(r, from, to)},
		{"color", ss.color}, {"fontcolor", ss.fontColor}, {"style", ss.style}, {"penwidth", ss.penWidth},
	}
	if info, ok := r.Type.Info(); ok && info.Symmetric {
		attrs = append(attrs, attr{"dir", "none"})
	}
	stmt(b, nodeName(r.From)+" -> "+nodeName(r.To), attrs)
}

// relationTooltip answers "says who?": the relationship in words, then its evidence sentences with their
// documents and dates.
func relationTooltip(r graph.Relation, from, to string) string {
	head := escTooltip(truncate(from, tooltipNameMax)) + " " +
		escTooltip(truncate(clean(string(r.Type)), edgeLabelMax)) + " " +
		escTooltip(truncate(to, tooltipNameMax))
	n := len(r.Evidence)
	summary := escTooltip(truncate(clean(string(r.Stance)), 40))
	switch n {
	case 0:
		summary += " · no evidence"
	case 1:
		summary += " · 1 sentence"
	default:
		summary += fmt.Sprintf(" · %d sentences", n)
	}
	parts := []string{head, summary}
	for _, ev := range r.Evidence[:min(n, tooltipEvidence)] {
		text := strings.Join(strings.Fields(clean(ev.Text)), " ")
		src := truncate(clean(ev.Document), tooltipSourceMax)
		if d := clean(ev.Published); d != "" {
			src += ", " + truncate(d, 20)
		}
		parts = append(parts, "“"+escTooltip(truncate(text, tooltipSentence))+"” — "+escTooltip(src))
	}
	if more := n - tooltipEvidence; more > 0 {
		s := "s"
		if more == 1 {
			s = ""
		}
		parts = append(parts, fmt.Sprintf("… and %d more sentence%s", more, s))
	}
	return strings.Join(parts, `\n`)
}

// writeOmitted draws one dashed node per kind of entity that the node limit cut, tied to the first focus
// entity, so a reader knows the picture is not the whole neighbourhood.
func writeOmitted(b *bytes.Buffer, sg graph.Subgraph, names map[string]string) {
	if len(sg.Omitted) == 0 {
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
	for _, k := range append(kinds, others...) {
		n := sg.Omitted[k]
		if n <= 0 {
			continue
		}
		ks, known := styleOfKind(k)
		what := ks.plural
		class := "more " + string(k)
		if !known {
			what = "(" + truncate(clean(string(k)), 30) + ")"
			class = "more other"
		}
		if n == 1 && known {
			what = string(k)
		}
		label := fmt.Sprintf("+%d more %s", n, what)
		name := `"more:` + escID(string(k)) + `"`
		stmt(b, name, []attr{
			{"id", "more:" + escLabel(string(k))}, {"class", class},
			{"shape", ks.shape}, {"style", "dashed"}, {"color", summaryColor}, {"fontcolor", "#444444"},
			{"fontsize", summaryFontSize}, {"label", escLabel(label)},
			{"tooltip", escTooltip(label + " linked to this view but not shown: the view reached its node limit. Filter it or raise the limit to see them.")},
		})
		if anchor != "" {
			stmt(b, nodeName(anchor)+" -> "+name, []attr{
				{"id", "e:more:" + escLabel(string(k))}, {"class", "more"},
				{"style", "dotted"}, {"color", summaryColor}, {"dir", "none"}, {"penwidth", "1.2"},
				{"tooltip", escTooltip(label)},
			})
		}
	}
}
