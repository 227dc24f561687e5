// Package paint draws the SVG that Graphviz writes, with the footer actorgraph adds, as PNG and as PDF, in
// Go alone: no rsvg-convert, no cairo, no native Graphviz. It reads the small part of SVG those drawings use
// (rect, polygon, polyline, ellipse, line, path with M, L, H, V, C and Z, text with tspan, groups with a
// transform) into a list of shapes and texts, and paints them with fonts embedded in the binary: Liberation
// Sans, which has Helvetica's advance widths (Graphviz sizes text with Helvetica's metrics), and DejaVu Sans
// for the characters Liberation lacks. The same SVG always gives the same bytes.
//
// It does not shape text: right-to-left and joined scripts (Arabic, Hebrew) are drawn letter by letter in
// the order they are stored, and characters neither font has (Chinese, say) as an empty box. The SVG shows
// them as the viewer's fonts can.
package paint

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// maxItems bounds what one SVG may ask to draw: a 500-actor drawing has about 5,000 elements.
const maxItems = 200_000

// Color is a straight (not premultiplied) RGBA colour; A is 0..1.
type Color struct {
	R, G, B uint8
	A       float64
}

// segment is one step of a path, in points of the page: Op 'M' (move), 'L' (line), 'C' (cubic Bézier,
// three points) or 'Z' (close).
type segment struct {
	Op  byte
	Pts [3][2]float64
}

// Shape is a filled and/or stroked path.
type Shape struct {
	Path        []segment
	Fill        *Color // nil: not filled
	Stroke      *Color // nil: not stroked
	StrokeWidth float64
	Dash        []float64 // in points; nil: solid
}

// Run is part of a text in one weight.
type Run struct {
	Text string
	Bold bool
}

// trace walks the path scaled by k, for a painter's path-building calls.
func (s *Shape) trace(k float64, move, line func(x, y float64), cubic func(x1, y1, x2, y2, x3, y3 float64), closePath func()) {
	for _, seg := range s.Path {
		p := seg.Pts
		switch seg.Op {
		case 'M':
			move(p[0][0]*k, p[0][1]*k)
		case 'L':
			line(p[0][0]*k, p[0][1]*k)
		case 'C':
			cubic(p[0][0]*k, p[0][1]*k, p[1][0]*k, p[1][1]*k, p[2][0]*k, p[2][1]*k)
		case 'Z':
			closePath()
		}
	}
}

// Text is one line of text. X, Y is the baseline's anchor point in points of the page.
type Text struct {
	Runs   []Run
	X, Y   float64
	Anchor string // "start", "middle" or "end"
	Size   float64
	Color  Color
}

// Picture is a parsed drawing: its size in points and what it draws, in order.
type Picture struct {
	Width, Height float64
	Items         []any // *Shape or *Text
}

// style is the inherited presentation state of an element.
type style struct {
	fill, stroke               string
	fillOpacity, strokeOpacity float64
	opacity                    float64
	strokeWidth                float64
	dash                       string
	fontSize                   float64
	bold                       bool
	anchor                     string
	m                          matrix
}

type matrix [6]float64 // a b c d e f: x' = a x + c y + e, y' = b x + d y + f

var identity = matrix{1, 0, 0, 1, 0, 0}

func (m matrix) mul(n matrix) matrix { // m then n applied after: result = m · n (n first)
	return matrix{
		m[0]*n[0] + m[2]*n[1], m[1]*n[0] + m[3]*n[1],
		m[0]*n[2] + m[2]*n[3], m[1]*n[2] + m[3]*n[3],
		m[0]*n[4] + m[2]*n[5] + m[4], m[1]*n[4] + m[3]*n[5] + m[5],
	}
}

func (m matrix) apply(x, y float64) [2]float64 {
	return [2]float64{m[0]*x + m[2]*y + m[4], m[1]*x + m[3]*y + m[5]}
}

// scale is how much the matrix scales lengths (the geometric mean of its axes), for stroke widths and
// font sizes.
func (m matrix) scale() float64 {
	return math.Sqrt(math.Abs(m[0]*m[3] - m[1]*m[2]))
}

// Parse reads an SVG into a Picture. The size is the root's width and height in points (pt or unitless;
// px are taken as 0.75 pt), and the viewBox maps onto it.
func Parse(svg []byte) (*Picture, error) {
	d := xml.NewDecoder(bytes.NewReader(svg))
	d.Strict = true
	d.Entity = xml.HTMLEntity
	p := &Picture{}
	var stack []style
	var text *Text // the text being read
	var boldStack []bool
	root := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			line, _ := d.InputPos()
			return nil, fmt.Errorf("reading the SVG at line %d: %w", line, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(p.Items) >= maxItems {
				return nil, fmt.Errorf("the SVG draws more than %d items", maxItems)
			}
			parent := style{fill: "black", stroke: "none", fillOpacity: 1, strokeOpacity: 1, opacity: 1,
				strokeWidth: 1, fontSize: 14, anchor: "start", m: identity}
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			attrs := map[string]string{}
			for _, a := range t.Attr {
				attrs[a.Name.Local] = a.Value
			}
			if !root {
				if t.Name.Local != "svg" {
					return nil, fmt.Errorf("the document is <%s>, not <svg>", t.Name.Local)
				}
				root = true
				m, err := p.rootSize(attrs)
				if err != nil {
					return nil, err
				}
				parent.m = m
			}
			s, err := inherit(parent, attrs)
			if err != nil {
				return nil, fmt.Errorf("<%s>: %w", t.Name.Local, err)
			}
			stack = append(stack, s)
			switch t.Name.Local {
			case "text":
				x, y := num(attrs["x"]), num(attrs["y"])
				pt := s.m.apply(x, y)
				c, _ := parseColor(s.fill, s.fillOpacity*s.opacity)
				text = &Text{X: pt[0], Y: pt[1], Anchor: s.anchor, Size: s.fontSize * s.m.scale(), Color: c}
				boldStack = []bool{s.bold}
			case "tspan":
				if text != nil {
					boldStack = append(boldStack, s.bold)
				}
			case "title", "desc", "metadata", "style", "script", "defs":
				if err := d.Skip(); err != nil {
					return nil, err
				}
				stack = stack[:len(stack)-1]
			default:
				shape, err := shapeOf(t.Name.Local, attrs, s)
				if err != nil {
					return nil, fmt.Errorf("<%s>: %w", t.Name.Local, err)
				}
				if shape != nil {
					p.Items = append(p.Items, shape)
				}
			}
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			switch t.Name.Local {
			case "text":
				if text != nil && len(text.Runs) > 0 {
					p.Items = append(p.Items, text)
				}
				text = nil
			case "tspan":
				if len(boldStack) > 1 {
					boldStack = boldStack[:len(boldStack)-1]
				}
			}
		case xml.CharData:
			if text == nil {
				continue
			}
			s := strings.Map(func(r rune) rune {
				if r == '\n' || r == '\r' || r == '\t' {
					return ' '
				}
				return r
			}, string(t))
			if s == "" {
				continue
			}
			bold := boldStack[len(boldStack)-1]
			if n := len(text.Runs); n > 0 && text.Runs[n-1].Bold == bold {
				text.Runs[n-1].Text += s
			} else {
				text.Runs = append(text.Runs, Run{Text: s, Bold: bold})
			}
		}
	}
	if !root {
		return nil, fmt.Errorf("no <svg> element")
	}
	return p, nil
}

// rootSize reads the size of the page and returns the matrix from the viewBox to points.
func (p *Picture) rootSize(attrs map[string]string) (matrix, error) {
	length := func(s string) (float64, bool) {
		s = strings.TrimSpace(s)
		f := 1.0
		switch {
		case strings.HasSuffix(s, "pt"):
			s = s[:len(s)-2]
		case strings.HasSuffix(s, "px"):
			s, f = s[:len(s)-2], 0.75
		}
		v, err := strconv.ParseFloat(s, 64)
		return v * f, err == nil && v > 0 && !math.IsInf(v, 0)
	}
	var vb []float64
	if v := strings.Fields(strings.ReplaceAll(attrs["viewBox"], ",", " ")); len(v) == 4 {
		for _, s := range v {
			f, err := strconv.ParseFloat(s, 64)
			if err != nil {
				return identity, fmt.Errorf("bad viewBox %q", attrs["viewBox"])
			}
			vb = append(vb, f)
		}
	}
	w, okW := length(attrs["width"])
	h, okH := length(attrs["height"])
	if !okW || !okH {
		if vb == nil {
			return identity, fmt.Errorf("the <svg> has no size")
		}
		w, h = vb[2], vb[3]
	}
	const maxSide = 1 << 20
	if w > maxSide || h > maxSide {
		return identity, fmt.Errorf("the drawing is %.0f×%.0f points, over %d", w, h, maxSide)
	}
	p.Width, p.Height = w, h
	if vb == nil || vb[2] <= 0 || vb[3] <= 0 {
		return identity, nil
	}
	sx, sy := w/vb[2], h/vb[3]
	return matrix{sx, 0, 0, sy, -vb[0] * sx, -vb[1] * sy}, nil
}

// inherit returns the style of an element with these attributes inside parent.
func inherit(s style, attrs map[string]string) (style, error) {
	if v, ok := attrs["fill"]; ok {
		s.fill = v
	}
	if v, ok := attrs["stroke"]; ok {
		s.stroke = v
	}
	if v, ok := attrs["fill-opacity"]; ok {
		s.fillOpacity = clamp01(num(v))
	}
	if v, ok := attrs["stroke-opacity"]; ok {
		s.strokeOpacity = clamp01(num(v))
	}
	if v, ok := attrs["opacity"]; ok {
		s.opacity *= clamp01(num(v))
	}
	if v, ok := attrs["stroke-width"]; ok {
		s.strokeWidth = math.Max(num(v), 0)
	}
	if v, ok := attrs["stroke-dasharray"]; ok {
		s.dash = v
	}
	if v, ok := attrs["font-size"]; ok {
		s.fontSize = math.Max(num(strings.TrimSuffix(strings.TrimSuffix(v, "px"), "pt")), 0)
	}
	if v, ok := attrs["font-weight"]; ok {
		s.bold = v == "bold" || v == "bolder" || num(v) >= 600
	}
	if v, ok := attrs["text-anchor"]; ok {
		s.anchor = v
	}
	if v, ok := attrs["transform"]; ok {
		m, err := parseTransform(v)
		if err != nil {
			return s, err
		}
		s.m = s.m.mul(m)
	}
	return s, nil
}

func clamp01(f float64) float64 { return math.Min(math.Max(f, 0), 1) }

// num reads a number, 0 when it is not one.
func num(s string) float64 {
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return f
}

// parseTransform reads translate, scale, rotate and matrix, as Graphviz and hand-written SVG use them.
func parseTransform(s string) (matrix, error) {
	m := identity
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		open := strings.IndexByte(s, '(')
		closing := strings.IndexByte(s, ')')
		if open < 0 || closing < open {
			return m, fmt.Errorf("bad transform %q", s)
		}
		name := strings.TrimSpace(s[:open])
		var args []float64
		for _, a := range strings.FieldsFunc(s[open+1:closing], func(r rune) bool { return r == ',' || r == ' ' }) {
			args = append(args, num(a))
		}
		s = strings.TrimLeft(s[closing+1:], ", ")
		arg := func(i int, def float64) float64 {
			if i < len(args) {
				return args[i]
			}
			return def
		}
		var n matrix
		switch name {
		case "translate":
			n = matrix{1, 0, 0, 1, arg(0, 0), arg(1, 0)}
		case "scale":
			sx := arg(0, 1)
			n = matrix{sx, 0, 0, arg(1, sx), 0, 0}
		case "rotate":
			a := arg(0, 0) * math.Pi / 180
			cx, cy := arg(1, 0), arg(2, 0)
			n = matrix{1, 0, 0, 1, cx, cy}.mul(matrix{math.Cos(a), math.Sin(a), -math.Sin(a), math.Cos(a), 0, 0}).mul(matrix{1, 0, 0, 1, -cx, -cy})
		case "matrix":
			if len(args) != 6 {
				return m, fmt.Errorf("bad transform %q", name)
			}
			copy(n[:], args)
		default:
			return m, fmt.Errorf("unknown transform %q", name)
		}
		m = m.mul(n)
	}
	return m, nil
}

// shapeOf turns a drawing element into a Shape in page points; nil for elements that draw nothing.
func shapeOf(name string, a map[string]string, s style) (*Shape, error) {
	var path []segment
	switch name {
	case "rect":
		x, y, w, h := num(a["x"]), num(a["y"]), num(a["width"]), num(a["height"])
		if w <= 0 || h <= 0 {
			return nil, nil
		}
		path = polygon([]float64{x, y, x + w, y, x + w, y + h, x, y + h}, true)
	case "polygon", "polyline":
		var pts []float64
		for _, f := range strings.FieldsFunc(a["points"], func(r rune) bool { return r == ',' || r == ' ' || r == '\n' || r == '\t' }) {
			pts = append(pts, num(f))
		}
		if len(pts) < 4 {
			return nil, nil
		}
		path = polygon(pts[:len(pts)&^1], name == "polygon")
	case "line":
		path = polygon([]float64{num(a["x1"]), num(a["y1"]), num(a["x2"]), num(a["y2"])}, false)
	case "ellipse", "circle":
		cx, cy := num(a["cx"]), num(a["cy"])
		rx, ry := num(a["rx"]), num(a["ry"])
		if name == "circle" {
			rx, ry = num(a["r"]), num(a["r"])
		}
		if rx <= 0 || ry <= 0 {
			return nil, nil
		}
		path = ellipse(cx, cy, rx, ry)
	case "path":
		var err error
		if path, err = parsePath(a["d"]); err != nil {
			return nil, err
		}
	default:
		return nil, nil
	}
	for i := range path {
		for j := range path[i].Pts {
			path[i].Pts[j] = s.m.apply(path[i].Pts[j][0], path[i].Pts[j][1])
		}
	}
	sh := &Shape{Path: path, StrokeWidth: s.strokeWidth * s.m.scale()}
	if c, ok := parseColor(s.fill, s.fillOpacity*s.opacity); ok {
		sh.Fill = &c
	}
	if c, ok := parseColor(s.stroke, s.strokeOpacity*s.opacity); ok && sh.StrokeWidth > 0 {
		sh.Stroke = &c
		if s.dash != "" && s.dash != "none" {
			for _, f := range strings.FieldsFunc(s.dash, func(r rune) bool { return r == ',' || r == ' ' }) {
				sh.Dash = append(sh.Dash, math.Max(num(f), 0)*s.m.scale())
			}
			total := 0.0
			for _, d := range sh.Dash {
				total += d
			}
			if total <= 0 {
				sh.Dash = nil
			} else if len(sh.Dash)%2 == 1 {
				sh.Dash = append(sh.Dash, sh.Dash...)
			}
		}
	}
	if sh.Fill == nil && sh.Stroke == nil {
		return nil, nil
	}
	return sh, nil
}

func polygon(xy []float64, closed bool) []segment {
	path := make([]segment, 0, len(xy)/2+1)
	for i := 0; i+1 < len(xy); i += 2 {
		op := byte('L')
		if i == 0 {
			op = 'M'
		}
		path = append(path, segment{Op: op, Pts: [3][2]float64{{xy[i], xy[i+1]}}})
	}
	if closed {
		path = append(path, segment{Op: 'Z'})
	}
	return path
}

// ellipse is four cubic Béziers, each within 0.03% of the quarter ellipse.
func ellipse(cx, cy, rx, ry float64) []segment {
	const k = 0.5522847498
	p := []segment{{Op: 'M', Pts: [3][2]float64{{cx + rx, cy}}}}
	q := [][3][2]float64{
		{{cx + rx, cy + k*ry}, {cx + k*rx, cy + ry}, {cx, cy + ry}},
		{{cx - k*rx, cy + ry}, {cx - rx, cy + k*ry}, {cx - rx, cy}},
		{{cx - rx, cy - k*ry}, {cx - k*rx, cy - ry}, {cx, cy - ry}},
		{{cx + k*rx, cy - ry}, {cx + rx, cy - k*ry}, {cx + rx, cy}},
	}
	for _, c := range q {
		p = append(p, segment{Op: 'C', Pts: c})
	}
	return append(p, segment{Op: 'Z'})
}

// parsePath reads path data with the commands Graphviz writes (M, C) and the simple others (L, H, V, Z, in
// either case). Arcs and quadratic curves are not used by Graphviz and are an error.
func parsePath(d string) ([]segment, error) {
	var path []segment
	var cur, start [2]float64
	i := 0
	var cmd byte
	next := func() (float64, bool) {
		for i < len(d) && (d[i] == ' ' || d[i] == ',' || d[i] == '\n' || d[i] == '\t' || d[i] == '\r') {
			i++
		}
		j := i
		if j < len(d) && (d[j] == '-' || d[j] == '+') {
			j++
		}
		for j < len(d) && (d[j] >= '0' && d[j] <= '9' || d[j] == '.' || d[j] == 'e' || d[j] == 'E' ||
			(d[j] == '-' || d[j] == '+') && (d[j-1] == 'e' || d[j-1] == 'E')) {
			j++
		}
		if j == i {
			return 0, false
		}
		f, err := strconv.ParseFloat(d[i:j], 64)
		if err != nil {
			return 0, false
		}
		i = j
		return f, true
	}
	for {
		for i < len(d) && strings.IndexByte(" ,\n\t\r", d[i]) >= 0 {
			i++
		}
		if i >= len(d) {
			return path, nil
		}
		if c := d[i]; c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' {
			cmd = c
			i++
		} else if cmd == 0 {
			return nil, fmt.Errorf("path data %.40q does not start with a command", d)
		}
		rel := cmd >= 'a'
		off := func(x, y float64) [2]float64 {
			if rel {
				return [2]float64{cur[0] + x, cur[1] + y}
			}
			return [2]float64{x, y}
		}
		switch cmd | 0x20 {
		case 'z':
			path = append(path, segment{Op: 'Z'})
			cur = start
			continue
		case 'm', 'l':
			x, ok1 := next()
			y, ok2 := next()
			if !ok1 || !ok2 {
				return nil, fmt.Errorf("path data: %c needs two numbers", cmd)
			}
			p := off(x, y)
			op := byte('L')
			if cmd|0x20 == 'm' {
				op, start = 'M', p
				if cmd == 'm' {
					cmd = 'l'
				} else {
					cmd = 'L'
				}
			}
			path = append(path, segment{Op: op, Pts: [3][2]float64{p}})
			cur = p
		case 'h', 'v':
			v, ok := next()
			if !ok {
				return nil, fmt.Errorf("path data: %c needs a number", cmd)
			}
			p := cur
			switch {
			case cmd == 'h':
				p[0] += v
			case cmd == 'H':
				p[0] = v
			case cmd == 'v':
				p[1] += v
			default:
				p[1] = v
			}
			path = append(path, segment{Op: 'L', Pts: [3][2]float64{p}})
			cur = p
		case 'c':
			var f [6]float64
			for k := range f {
				v, ok := next()
				if !ok {
					return nil, fmt.Errorf("path data: C needs six numbers")
				}
				f[k] = v
			}
			s := segment{Op: 'C', Pts: [3][2]float64{off(f[0], f[1]), off(f[2], f[3]), off(f[4], f[5])}}
			path = append(path, s)
			cur = s.Pts[2]
		default:
			return nil, fmt.Errorf("path data: command %q is not supported", cmd)
		}
		if len(path) > maxItems {
			return nil, fmt.Errorf("path data has more than %d steps", maxItems)
		}
		if len(path) > 0 && path[0].Op != 'M' {
			return nil, fmt.Errorf("path data %.40q does not start with a move", d)
		}
	}
}

// parseColor reads #rgb, #rrggbb and the few names Graphviz writes; ok is false for none, transparent and
// what it does not know.
func parseColor(s string, alpha float64) (Color, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if alpha <= 0 {
		return Color{}, false
	}
	hex := func(h string) (uint8, bool) {
		v, err := strconv.ParseUint(h, 16, 8)
		return uint8(v), err == nil
	}
	switch {
	case len(s) == 7 && s[0] == '#':
		r, ok1 := hex(s[1:3])
		g, ok2 := hex(s[3:5])
		b, ok3 := hex(s[5:7])
		return Color{r, g, b, alpha}, ok1 && ok2 && ok3
	case len(s) == 4 && s[0] == '#':
		r, ok1 := hex(s[1:2] + s[1:2])
		g, ok2 := hex(s[2:3] + s[2:3])
		b, ok3 := hex(s[3:4] + s[3:4])
		return Color{r, g, b, alpha}, ok1 && ok2 && ok3
	}
	if c, ok := namedColors[s]; ok {
		c.A = alpha
		return c, true
	}
	return Color{}, false
}

var namedColors = map[string]Color{
	"black": {0, 0, 0, 1}, "white": {255, 255, 255, 1}, "gray": {128, 128, 128, 1}, "grey": {128, 128, 128, 1},
	"lightgray": {211, 211, 211, 1}, "lightgrey": {211, 211, 211, 1}, "red": {255, 0, 0, 1},
	"green": {0, 128, 0, 1}, "blue": {0, 0, 255, 1}, "currentcolor": {0, 0, 0, 1},
}
