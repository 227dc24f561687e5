package render

import (
	"fmt"
	"strconv"
	"strings"
)

// Reading Graphviz's xdot output in Go. The drawing's geometry (each actor's box, each line's routed path,
// each label's place and measured width) is what placeLabels needs; reading it from the graph's attributes
// instead took one call into the WebAssembly Graphviz per attribute, 11 of the 36 ms of a grown seed view.

// textSlack is the room left each side of a label's text as Graphviz measured it, in points.
const textSlack = 1.5

// laidOut is what the labels are placed from: the lines (in the order Graphviz wrote them) with their
// relationships' ids and where Graphviz put their labels, the boxes of everything else drawn, and the
// drawing's bounding box.
type laidOut struct {
	lines     []labelLine
	ids       []string // each line's id attribute ("" when it has none)
	lps       []pt     // where Graphviz centred each line's label
	obstacles []rect
	bb        rect
}

// dotStmt is one statement of a DOT file: the names it joins (one for a node or a default, two for an
// edge, without their ports), whether it is an edge, and its attributes.
type dotStmt struct {
	names []string
	edge  bool
	attrs map[string]string
	boxed bool // inside a subgraph (a cluster: its "graph" statement is the box's, not the drawing's)
}

// readXdot reads the laid-out geometry from Graphviz's xdot output.
func readXdot(src []byte) (laidOut, error) {
	stmts, err := parseDOTStmts(string(src))
	if err != nil {
		return laidOut{}, err
	}
	var out laidOut
	for _, s := range stmts {
		a := s.attrs
		switch {
		case s.edge:
			// An edge without a label has no _ldraw_: textBox gives it no box.
			l := labelLine{path: splinePath(a["pos"])}
			if l.w, l.h = textBox(a["_ldraw_"]); l.w > 0 {
				// Browsers draw the text in their Helvetica (Liberation Sans here), not always as wide as
				// Graphviz measured it: a label touching its line with the other line 1.5 points off its
				// box in Graphviz's measure had it at 0 in chromium (TestGrownViewsStayAndRouteLines).
				l.w += 2 * textSlack
			}
			lp, _ := parsePoint(a["lp"])
			out.lines = append(out.lines, l)
			out.ids = append(out.ids, a["id"])
			out.lps = append(out.lps, lp)
		case len(s.names) == 1 && s.names[0] == "graph" && s.boxed:
			// A box's title: where Graphviz centred it, as wide as it measured it.
			if c, ok := parsePoint(a["lp"]); ok {
				if tw, th := textBox(a["_ldraw_"]); tw > 0 {
					out.obstacles = append(out.obstacles, centred(c, tw, th))
				}
			}
		case len(s.names) == 1 && s.names[0] == "graph":
			if v := strings.Split(a["bb"], ","); len(v) == 4 {
				var f [4]float64
				for i := range v {
					f[i], _ = strconv.ParseFloat(v[i], 64)
				}
				out.bb = rect{f[0], f[1], f[2], f[3]}
			}
		case len(s.names) == 1 && (s.names[0] == "node" || s.names[0] == "edge"):
			// Defaults: Graphviz writes every laid-out attribute on each node and edge.
		case len(s.names) == 1:
			c, ok := parsePoint(a["pos"])
			if !ok {
				continue
			}
			w, _ := strconv.ParseFloat(a["width"], 64)
			h, _ := strconv.ParseFloat(a["height"], 64)
			out.obstacles = append(out.obstacles, centred(c, w*72, h*72))
			if xl, ok := parsePoint(a["xlp"]); ok {
				if tw, th := textBox(a["_tldraw_"]); tw > 0 {
					out.obstacles = append(out.obstacles, centred(xl, tw, th))
				} else {
					// About Helvetica's width at the node's 11 points.
					out.obstacles = append(out.obstacles, centred(xl, 6.6*float64(len(a["xlabel"])), 13))
				}
			}
		}
	}
	return out, nil
}

// parseDOTStmts splits DOT as Graphviz writes it (one graph, statements ended by ";", clusters as
// subgraphs holding statements) into statements, those inside a subgraph marked boxed. Quoted strings may
// hold escaped quotes and lines continued by a backslash; HTML strings nest "<" and ">".
func parseDOTStmts(s string) ([]dotStmt, error) {
	i := strings.IndexByte(s, '{')
	if i < 0 {
		return nil, fmt.Errorf("xdot: no graph body")
	}
	i++
	var out []dotStmt
	cur := dotStmt{}
	var key string
	inAttrs, wantValue, port := false, false, false
	depth := 0 // subgraphs open
	for {
		tok, next, err := dotToken(s, i)
		if err != nil {
			return nil, err
		}
		i = next
		switch tok {
		case "":
			return nil, fmt.Errorf("xdot: the graph does not end")
		case "{":
			// "subgraph NAME {": its statements follow.
			depth++
			cur = dotStmt{}
			inAttrs, wantValue, port = false, false, false
		case "}":
			if depth == 0 {
				return out, nil
			}
			depth--
			cur = dotStmt{}
			inAttrs, wantValue, port = false, false, false
		case "->", "--":
			cur.edge = true
		case ":":
			port = true // a port and compass point follow a name: not names themselves
		case "[":
			inAttrs = true
			if cur.attrs == nil {
				cur.attrs = map[string]string{}
			}
		case "]":
			inAttrs, wantValue = false, false
		case ",":
		case "=":
			wantValue = true
		case ";":
			if len(cur.names) > 0 {
				cur.boxed = depth > 0
				out = append(out, cur)
			}
			cur = dotStmt{}
			inAttrs, wantValue, port = false, false, false
		default:
			v := dotValue(tok)
			switch {
			case !inAttrs && port:
				port = false
			case !inAttrs:
				cur.names = append(cur.names, v)
			case wantValue && cur.attrs != nil:
				cur.attrs[key] = v
				wantValue = false
			default:
				key = v
			}
		}
	}
}

// dotToken returns the token of s starting at or after i, and where the next begins; "" at the end.
func dotToken(s string, i int) (string, int, error) {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	if i >= len(s) {
		return "", i, nil
	}
	start := i
	switch c := s[i]; {
	case c == '"':
		for i++; i < len(s); i++ {
			if s[i] == '\\' {
				i++
			} else if s[i] == '"' {
				return s[start : i+1], i + 1, nil
			}
		}
		return "", i, fmt.Errorf("xdot: a string at byte %d does not end", start)
	case c == '<':
		depth := 0
		for ; i < len(s); i++ {
			switch s[i] {
			case '<':
				depth++
			case '>':
				depth--
				if depth == 0 {
					return s[start : i+1], i + 1, nil
				}
			}
		}
		return "", i, fmt.Errorf("xdot: an HTML string at byte %d does not end", start)
	case strings.HasPrefix(s[i:], "->") || strings.HasPrefix(s[i:], "--"):
		return s[i : i+2], i + 2, nil
	case strings.IndexByte("[]{}=,;:", c) >= 0:
		return s[i : i+1], i + 1, nil
	default:
		for i < len(s) && strings.IndexByte(" \t\r\n[]{}=,;:\"<", s[i]) < 0 && !strings.HasPrefix(s[i:], "->") {
			i++
		}
		return s[start:i], i, nil
	}
}

// dotValue is a token's value: a quoted string without its quotes, line continuations and the escapes of
// its quotes; anything else as it is.
func dotValue(tok string) string {
	if len(tok) < 2 || tok[0] != '"' {
		return tok
	}
	v := tok[1 : len(tok)-1]
	if strings.IndexByte(v, '\\') < 0 {
		return v
	}
	v = strings.ReplaceAll(v, "\\\r\n", "")
	v = strings.ReplaceAll(v, "\\\n", "")
	return strings.ReplaceAll(v, "\\\"", "\"")
}
