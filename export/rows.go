package export

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Separators of the lists that the tabular formats hold in one cell or attribute. They are plain text
// rather than a structure because Gephi, Cytoscape and spreadsheets show one value per cell.
const (
	listSep     = "; "  // aliases, document ids, focus ids
	evidenceSep = " | " // evidence sentences, which may themselves hold semicolons
)

// table holds what every tabular format writes, cleaned and in canonical order.
type table struct {
	focus   []string
	depth   int
	nodes   []nodeRow
	edges   []edgeRow
	docs    []docRow
	omitted []omittedRow
	hidden  []string // actors the reader hid from the view (graph.Subgraph.Hidden)
}

type nodeRow struct {
	id, name, kind, description string
	aliases                     []string
	focus                       bool
}

type edgeRow struct {
	id, from, to, typ, stance string
	symmetric                 bool
	first, last               string // publication dates of the earliest and latest evidence
	documents                 []string
	evidence                  []string // each "“sentence” — document, date", with its confidence and claim
	confidence                float64  // the highest of the evidence: a drawing is faint below 0.6
	claimed                   bool     // every sentence reports a claim: a drawing dashes the line
	claimants                 []string // entity ids, or graph.ClaimUnattributed, each once
}

type docRow struct {
	id, title, source, url, published string
	sentences                         int // evidence sentences of this view that quote it
}

type omittedRow struct {
	kind  string
	count int
}

// tableOf computes the table of sg: the rows every tabular format writes.
func tableOf(sg graph.Subgraph) table {
	sg = Canonical(sg)
	t := table{depth: sg.Depth}
	for _, id := range sg.Hidden {
		t.hidden = append(t.hidden, clean(id))
	}
	for _, id := range sg.Focus {
		t.focus = append(t.focus, clean(id))
	}
	focus := map[string]bool{}
	for _, id := range sg.Focus {
		focus[id] = true
	}
	in := make(map[string]bool, len(sg.Entities))
	for _, e := range sg.Entities {
		in[e.ID] = true
		n := nodeRow{id: clean(e.ID), name: clean(e.Name), kind: clean(string(e.Kind)),
			description: clean(e.Description), focus: focus[e.ID]}
		for _, a := range e.Aliases {
			n.aliases = append(n.aliases, clean(a))
		}
		t.nodes = append(t.nodes, n)
	}
	cited := map[string]int{}
	for _, r := range sg.Relations {
		if !in[r.From] || !in[r.To] {
			continue // a dangling edge is invalid in GraphML and GEXF, and meaningless in a table
		}
		info, _ := r.Type.Info()
		e := edgeRow{id: clean(r.ID), from: clean(r.From), to: clean(r.To), typ: clean(string(r.Type)),
			stance: clean(string(r.Stance)), symmetric: info.Symmetric}
		seen := map[string]bool{}
		e.claimed = len(r.Evidence) > 0
		for _, ev := range r.Evidence {
			e.confidence = max(e.confidence, ev.Confidence)
			e.claimed = e.claimed && ev.Claim != ""
			if c := clean(ev.Claim); c != "" && !slices.Contains(e.claimants, c) {
				e.claimants = append(e.claimants, c)
			}
			if d := clean(ev.Published); d != "" {
				if e.first == "" || d < e.first {
					e.first = d
				}
				e.last = max(e.last, d)
			}
			doc := clean(ev.Document)
			if !seen[doc] {
				seen[doc] = true
				e.documents = append(e.documents, doc)
			}
			cited[ev.Document]++
			e.evidence = append(e.evidence, evidenceText(ev))
		}
		t.edges = append(t.edges, e)
	}
	for _, d := range sg.Documents {
		t.docs = append(t.docs, docRow{id: clean(d.ID), title: clean(d.Title), source: clean(d.Source),
			url: clean(d.URL), published: clean(d.Published), sentences: cited[d.ID]})
	}
	for k, n := range sg.Omitted {
		if n > 0 {
			t.omitted = append(t.omitted, omittedRow{clean(string(k)), n})
		}
	}
	slices.SortFunc(t.omitted, func(a, b omittedRow) int { return cmp.Compare(a.kind, b.kind) })
	return t
}

// evidenceText is one sentence with where it comes from, as the drawings' tooltips show it, and how surely:
// its confidence when under 1, and whose claim it reports if it reports one.
func evidenceText(ev graph.Evidence) string {
	src := clean(ev.Document)
	if d := clean(ev.Published); d != "" {
		src += ", " + d
	}
	if ev.Confidence < 1 {
		src += ", confidence " + formatConfidence(ev.Confidence)
	}
	switch ev.Claim {
	case "":
	case graph.ClaimUnattributed:
		src += ", unattributed claim"
	default:
		src += ", claim by " + clean(ev.Claim)
	}
	return "“" + strings.Join(strings.Fields(clean(ev.Text)), " ") + "” — " + src
}

// formatConfidence writes a confidence as short as it reads: 0.65, 1.
func formatConfidence(c float64) string { return strconv.FormatFloat(c, 'f', -1, 64) }

func (n nodeRow) aliasText() string { return strings.Join(n.aliases, listSep) }

func (e edgeRow) count() int             { return len(e.evidence) }
func (e edgeRow) documentText() string   { return strings.Join(e.documents, listSep) }
func (e edgeRow) evidenceText() string   { return strings.Join(e.evidence, evidenceSep) }
func (e edgeRow) countText() string      { return strconv.Itoa(len(e.evidence)) }
func (e edgeRow) confidenceText() string { return formatConfidence(e.confidence) }
func (e edgeRow) claimedText() string    { return strconv.FormatBool(e.claimed) }
func (e edgeRow) claimantText() string   { return strings.Join(e.claimants, listSep) }
func (t table) focusText() string        { return strings.Join(t.focus, listSep) }
func (d docRow) sentencesText() string   { return strconv.Itoa(d.sentences) }
func (t table) hasOmitted() bool         { return len(t.omitted) > 0 }
func (n nodeRow) focusText() string      { return strconv.FormatBool(n.focus) }
func (e edgeRow) symmetricText() string  { return strconv.FormatBool(e.symmetric) }

// sourcesText names the documents: "Title (Source, 2022-01-07) | ...", for the graph-level metadata.
func (t table) sourcesText() string {
	parts := make([]string, 0, len(t.docs))
	for _, d := range t.docs {
		parts = append(parts, docCitation(d))
	}
	return strings.Join(parts, evidenceSep)
}

func docCitation(d docRow) string {
	title := cmp.Or(d.title, d.id)
	var in []string
	for _, s := range []string{d.source, d.published} {
		if s != "" {
			in = append(in, s)
		}
	}
	if len(in) == 0 {
		return title
	}
	return fmt.Sprintf("%s (%s)", title, strings.Join(in, ", "))
}

// hiddenText says which actors the reader hid: their ids, separated by semicolons.
func (t table) hiddenText() string { return strings.Join(t.hidden, listSep) }

// omittedText says what the node limit cut: "person: 3; state: 5".
func (t table) omittedText() string {
	parts := make([]string, 0, len(t.omitted))
	for _, o := range t.omitted {
		parts = append(parts, fmt.Sprintf("%s: %d", o.kind, o.count))
	}
	return strings.Join(parts, listSep)
}

// actorsHidden says how many actors the reader hid: "1 actor hidden", "2 actors hidden".
func actorsHidden(n int) string {
	if n == 1 {
		return "1 actor hidden"
	}
	return strconv.Itoa(n) + " actors hidden"
}
