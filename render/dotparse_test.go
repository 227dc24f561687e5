package render_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// A strict reader for the DOT that render writes, so tests can check what each attribute holds without
// trusting the writer. It follows Graphviz's lexer: in a quoted string \" is a quote, \\ is kept as a pair
// and every other character stands for itself; HTML-like strings nest angle brackets. Unlike Graphviz it
// refuses raw control characters inside strings, which render must never write.

type dotStmt struct {
	// kind is "graph", "node", "edge" (defaults), "n" (a node), "e" (an edge), "rank" (a subgraph), "cluster"
	// (the start of a cluster subgraph, named in from) or "member" (a node named inside a cluster).
	kind  string
	from  string // node name, or the edge's tail
	in    string // the cluster the statement is in
	to    string // the edge's head
	attrs map[string]string
	html  map[string]bool // attributes whose value was an HTML-like string
}

type dotFile struct {
	stmts []dotStmt
}

func (f dotFile) nodes() map[string]dotStmt {
	m := map[string]dotStmt{}
	for _, s := range f.stmts {
		if s.kind == "n" {
			m[s.from] = s
		}
	}
	return m
}

func (f dotFile) edges() []dotStmt {
	var es []dotStmt
	for _, s := range f.stmts {
		if s.kind == "e" {
			es = append(es, s)
		}
	}
	return es
}

// nodeByID finds the node statement whose id attribute decodes to id.
func (f dotFile) nodeByID(tb testing.TB, id string) dotStmt {
	tb.Helper()
	for _, s := range f.stmts {
		if s.kind == "n" && unescLabel(s.attrs["id"]) == id {
			return s
		}
	}
	tb.Fatalf("no node with id %q", id)
	return dotStmt{}
}

func (f dotFile) edgeByID(tb testing.TB, id string) dotStmt {
	tb.Helper()
	for _, s := range f.stmts {
		if s.kind == "e" && unescLabel(s.attrs["id"]) == id {
			return s
		}
	}
	tb.Fatalf("no edge with id %q", id)
	return dotStmt{}
}

type dotToken struct {
	kind string // "id", "q" (quoted), "html", or the punctuation itself
	text string
}

func lexDOT(src string) ([]dotToken, error) {
	var toks []dotToken
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '"':
			var b strings.Builder
			j := i + 1
			for {
				if j >= len(src) {
					return nil, fmt.Errorf("unterminated string at byte %d", i)
				}
				if src[j] == '"' {
					break
				}
				if src[j] == '\\' && j+1 < len(src) && (src[j+1] == '"' || src[j+1] == '\\') {
					if src[j+1] == '"' {
						b.WriteByte('"')
					} else {
						b.WriteString(`\\`)
					}
					j += 2
					continue
				}
				if src[j] < 0x20 || src[j] == 0x7f {
					return nil, fmt.Errorf("control character %#x inside a string at byte %d", src[j], j)
				}
				b.WriteByte(src[j])
				j++
			}
			if !utf8.ValidString(b.String()) {
				return nil, fmt.Errorf("invalid UTF-8 in string at byte %d", i)
			}
			toks = append(toks, dotToken{"q", b.String()})
			i = j + 1
		case c == '<':
			depth, j := 0, i
			for ; j < len(src); j++ {
				if src[j] == '<' {
					depth++
				} else if src[j] == '>' {
					depth--
					if depth == 0 {
						break
					}
				}
			}
			if depth != 0 {
				return nil, fmt.Errorf("unterminated HTML string at byte %d", i)
			}
			toks = append(toks, dotToken{"html", src[i+1 : j]})
			i = j + 1
		case c == '-' && i+1 < len(src) && src[i+1] == '>':
			toks = append(toks, dotToken{"->", "->"})
			i += 2
		case strings.IndexByte("{}[]=;,", c) >= 0:
			toks = append(toks, dotToken{string(c), string(c)})
			i++
		case c == '_' || c == '.' || c == '#' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9'):
			j := i
			for j < len(src) && (src[j] == '_' || src[j] == '.' || ('a' <= src[j] && src[j] <= 'z') || ('A' <= src[j] && src[j] <= 'Z') || ('0' <= src[j] && src[j] <= '9')) {
				j++
			}
			if j == i {
				return nil, fmt.Errorf("unexpected %q at byte %d", c, i)
			}
			toks = append(toks, dotToken{"id", src[i:j]})
			i = j
		default:
			return nil, fmt.Errorf("unexpected %q at byte %d", c, i)
		}
	}
	return toks, nil
}

// parseDOT reads render's DOT: digraph NAME { stmt* } where a statement is a default, a node, an edge or
// a rank subgraph, each with an optional attribute list and a semicolon.
func parseDOT(src string) (dotFile, error) {
	toks, err := lexDOT(src)
	if err != nil {
		return dotFile{}, err
	}
	p := 0
	next := func() dotToken {
		if p >= len(toks) {
			return dotToken{kind: "EOF"}
		}
		p++
		return toks[p-1]
	}
	peek := func() dotToken {
		if p >= len(toks) {
			return dotToken{kind: "EOF"}
		}
		return toks[p]
	}
	expect := func(kind string) (dotToken, error) {
		t := next()
		if t.kind != kind {
			return t, fmt.Errorf("token %d: want %s, got %s %q", p, kind, t.kind, t.text)
		}
		return t, nil
	}
	if t, err := expect("id"); err != nil || t.text != "digraph" {
		return dotFile{}, fmt.Errorf("want digraph: %v", err)
	}
	if _, err := expect("q"); err != nil {
		return dotFile{}, err
	}
	if _, err := expect("{"); err != nil {
		return dotFile{}, err
	}
	var f dotFile
	cluster := ""
	for {
		t := next()
		if t.kind == "}" {
			if cluster != "" {
				cluster = ""
				continue
			}
			break
		}
		s := dotStmt{in: cluster}
		switch {
		case t.kind == "id" && t.text == "subgraph" && cluster == "":
			// subgraph "cluster_N" { graph [...]; "n:a"; "n:b"; }
			name, err := expect("q")
			if err != nil {
				return f, err
			}
			if _, err := expect("{"); err != nil {
				return f, err
			}
			cluster = name.text
			f.stmts = append(f.stmts, dotStmt{kind: "cluster", from: name.text})
			continue
		case t.kind == "id" && (t.text == "graph" || t.text == "node" || t.text == "edge"):
			s.kind = t.text
		case t.kind == "{":
			// { rank="same"; "a"; "b"; }
			s.kind = "rank"
			for peek().kind != "}" && peek().kind != "EOF" {
				next()
			}
			if _, err := expect("}"); err != nil {
				return f, err
			}
			f.stmts = append(f.stmts, s)
			continue
		case t.kind == "q" || t.kind == "id":
			s.kind, s.from = "n", t.text
			if peek().kind == "->" {
				next()
				to := next()
				if to.kind != "q" && to.kind != "id" {
					return f, fmt.Errorf("edge without a head at token %d", p)
				}
				s.kind, s.to = "e", to.text
			}
		default:
			return f, fmt.Errorf("token %d: unexpected %s %q", p, t.kind, t.text)
		}
		s.attrs, s.html = map[string]string{}, map[string]bool{}
		if peek().kind == "[" {
			next()
			for peek().kind != "]" {
				k, err := expect("id")
				if err != nil {
					return f, err
				}
				if _, err := expect("="); err != nil {
					return f, err
				}
				v := next()
				switch v.kind {
				case "q", "id":
				case "html":
					s.html[k.text] = true
				default:
					return f, fmt.Errorf("attribute %s: bad value %s %q", k.text, v.kind, v.text)
				}
				if _, dup := s.attrs[k.text]; dup {
					return f, fmt.Errorf("attribute %s given twice", k.text)
				}
				s.attrs[k.text] = v.text
				if peek().kind == "," {
					next()
				}
			}
			next()
		}
		if _, err := expect(";"); err != nil {
			return f, err
		}
		if s.kind == "n" && s.in != "" {
			if len(s.attrs) > 0 {
				return f, fmt.Errorf("node %q declared inside cluster %q", s.from, s.in)
			}
			s.kind = "member"
		}
		f.stmts = append(f.stmts, s)
	}
	if cluster != "" {
		return f, fmt.Errorf("cluster %q not closed", cluster)
	}
	if t := next(); t.kind != "EOF" {
		return f, fmt.Errorf("text after the graph: %q", t.text)
	}
	return f, nil
}

func mustParseDOT(tb testing.TB, dot []byte) dotFile {
	tb.Helper()
	f, err := parseDOT(string(dot))
	if err != nil {
		tb.Fatalf("DOT does not parse: %v\n%s", err, dot)
	}
	return f
}

// unescLabel decodes the value of an escString attribute (label, id, URL) the way Graphviz shows it, and
// reports a backslash that is not part of a pair or of render's own \n line break by a \x{FFFD} mark.
// Graphviz line breaks come out as "\n" and entities as the characters they stand for.
func unescLabel(v string) string { return decodeEntities(unescBackslashes(v, 2)) }

// unescTooltip decodes a tooltip, where a backslash of the text is written as four.
func unescTooltip(v string) string { return decodeEntities(unescBackslashes(v, 4)) }

func unescBackslashes(v string, per int) string {
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		if v[i] != '\\' {
			b.WriteByte(v[i])
			continue
		}
		switch {
		case strings.HasPrefix(v[i:], strings.Repeat(`\`, per)):
			b.WriteByte('\\')
			i += per - 1
		case strings.HasPrefix(v[i:], `\n`):
			b.WriteByte('\n')
			i++
		default:
			b.WriteRune('\uFFFD') // a bare backslash: Graphviz would interpret what follows
		}
	}
	return b.String()
}

// decodeEntities undoes render's one entity, &amp;, and marks any other & (which Graphviz would decode as
// an entity) with \x{FFFD}.
func decodeEntities(v string) string {
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		if v[i] != '&' {
			b.WriteByte(v[i])
			continue
		}
		if strings.HasPrefix(v[i:], "&amp;") {
			b.WriteByte('&')
			i += len("&amp;") - 1
			continue
		}
		b.WriteRune('\uFFFD')
	}
	return b.String()
}

// Attributes render may write, and the ones whose values are constants (never data).
var (
	allowedAttrs = map[string]bool{
		"fontname": true, "fontsize": true, "label": true, "labelloc": true, "bgcolor": true, "pad": true,
		"layout": true, "rankdir": true, "nodesep": true, "ranksep": true, "newrank": true, "overlap": true,
		"sep": true, "splines": true, "outputorder": true, "mindist": true, "style": true, "color": true,
		"penwidth": true, "margin": true, "arrowsize": true, "id": true, "class": true, "shape": true,
		"fillcolor": true, "tooltip": true, "URL": true, "target": true, "fontcolor": true, "dir": true,
		"start": true, "pos": true, "inputscale": true, "tailport": true, "headport": true,
	}
	constantAttrs = []string{"fontname", "fontsize", "labelloc", "bgcolor", "pad", "layout", "rankdir",
		"nodesep", "ranksep", "newrank", "overlap", "sep", "splines", "outputorder", "mindist", "style",
		"color", "penwidth", "margin", "arrowsize", "class", "shape", "fillcolor", "target", "fontcolor", "dir", "start", "inputscale", "tailport", "headport"}
	// pinPattern is the only value pos takes: where an actor is pinned, numbers only (see render.Pin).
	pinPattern = regexp.MustCompile(`^-?[0-9]+\.[0-9]{2},-?[0-9]+\.[0-9]{2}!$`)
)

// checkDOTSafe checks the invariants that keep data harmless: only known attributes; fontname always the
// constant; exactly one HTML-like label, the legend's, equal to want; escString values with no bare
// backslash or entity; constant attributes drawn from a small vocabulary.
func checkDOTSafe(tb testing.TB, f dotFile, legend string) {
	tb.Helper()
	htmls := 0
	for _, s := range f.stmts {
		for k, v := range s.attrs {
			if !allowedAttrs[k] {
				tb.Errorf("%s %q: attribute %s is not one render writes", s.kind, s.from, k)
			}
			if k == "fontname" && v != "Helvetica" {
				tb.Errorf("fontname %q", v)
			}
			if s.html[k] {
				htmls++
				if k != "label" || s.from != "legend" || !legendLike(v, legend) {
					tb.Errorf("HTML-like %s on %s %q", k, s.kind, s.from)
				}
				continue
			}
			var decoded string
			switch k {
			case "tooltip":
				decoded = unescTooltip(v)
			case "label", "id", "URL":
				decoded = unescLabel(v)
			default:
				decoded = v
			}
			if strings.ContainsRune(decoded, '\uFFFD') && !strings.ContainsRune(v, '\uFFFD') {
				tb.Errorf("%s %q: %s=%q has a bare backslash or entity", s.kind, s.from, k, v)
			}
		}
		if v, ok := s.attrs["pos"]; ok && !pinPattern.MatchString(v) {
			tb.Errorf("%s %q: pos=%q is not a pinned position", s.kind, s.from, v)
		}
		for _, k := range constantAttrs {
			if v, ok := s.attrs[k]; ok && !isConstantValue(v) {
				tb.Errorf("%s %q: %s=%q looks like data", s.kind, s.from, k, v)
			}
		}
	}
	if htmls != 1 {
		tb.Errorf("%d HTML-like labels, want 1 (the legend)", htmls)
	}
}

// isConstantValue accepts what render's styles and layouts use: names, numbers, colours, class lists.
func isConstantValue(v string) bool {
	if len(v) > 40 {
		return false
	}
	for _, c := range v {
		if !(c == ' ' || c == '.' || c == ',' || c == '#' || c == '_' || c == '+' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9')) {
			return false
		}
	}
	return true
}

// legendLike reports whether v is the plain legend, or the plain legend with the highlight row that marked
// drawings add before its end.
func legendLike(v, legend string) bool {
	head := strings.TrimSuffix(legend, "</table>")
	return v == legend || strings.HasPrefix(v, head+"<tr>") && strings.HasSuffix(v, "</tr></table>")
}
