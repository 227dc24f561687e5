package render

import (
	"bytes"
	"html"
	"math"
	"strconv"
)

// moveLabels rewrites Graphviz's SVG so that each line's label is centred where at says instead of where
// Graphviz put it (d.lps): every <text> of the line's group (id "e:…") moves by the same amount. A label
// drawn across its own line gets a box of the background's colour under its text, which hides the line
// beneath the words, as most graph tools draw labels on lines. If the moved labels reach past the drawing's
// bounding box, the canvas grows to hold them. A label with a leader (leaders[i] not zero) gets it drawn
// before its text, in its line's colour. A line whose group is not found keeps Graphviz's label.
func moveLabels(svg []byte, d laidOut, at []pt, leaders [][2]pt) []byte {
	type move struct {
		dx, dy float64
		box    rect // the label's box, in Graphviz's coordinates
		onLine bool
		leader [2]pt
	}
	moves := map[string]move{}
	grown := d.bb
	for i, l := range d.lines {
		if l.w <= 0 || d.ids[i] == "" || len(l.path) < 2 {
			continue
		}
		box := centred(at[i], l.w, l.h)
		moves[d.ids[i]] = move{at[i].x - d.lps[i].x, at[i].y - d.lps[i].y, box, pathTouches(l.path, box), leaders[i]}
		grown = rect{min(grown.x0, box.x0), min(grown.y0, box.y0), max(grown.x1, box.x1), max(grown.y1, box.y1)}
	}
	var out bytes.Buffer
	out.Grow(len(svg) + 64*len(moves))
	rest := svg
	if grown != d.bb {
		rest = growCanvas(&out, rest, d.bb, grown)
	}
	groupStart := []byte(`<g id="e:`)
	for {
		i := bytes.Index(rest, groupStart)
		if i < 0 {
			out.Write(rest)
			return out.Bytes()
		}
		out.Write(rest[:i])
		rest = rest[i:]
		idEnd := bytes.IndexByte(rest[len(`<g id="`):], '"')
		if idEnd < 0 {
			out.Write(rest)
			return out.Bytes()
		}
		id := html.UnescapeString(string(rest[len(`<g id="e:`) : len(`<g id="`)+idEnd]))
		// The group ends before the comment that opens the next node's or line's group, or at the end.
		end := bytes.Index(rest[1:], []byte("\n<!-- "))
		if end < 0 {
			end = len(rest)
		} else {
			end++
		}
		m, ok := moves["e:"+id]
		if !ok {
			out.Write(rest[:end])
			rest = rest[end:]
			continue
		}
		group := rest[:end]
		rest = rest[end:]
		first := true
		for {
			t := bytes.Index(group, []byte("<text "))
			if t < 0 {
				out.Write(group)
				break
			}
			out.Write(group[:t])
			if first && m.leader != ([2]pt{}) {
				out.WriteString(`<path class="leader" fill="none" stroke="` + lineColour(group) + `" stroke-width="0.8" d="M` +
					num(m.leader[0].x) + "," + num(-m.leader[0].y) + "L" + num(m.leader[1].x) + "," + num(-m.leader[1].y) + `"/>` + "\n")
				// A dot where the leader leaves its line, so that it reads as a pointer, not as another line.
				out.WriteString(`<circle class="leader" fill="` + lineColour(group) + `" stroke="none" cx="` + num(m.leader[0].x) +
					`" cy="` + num(-m.leader[0].y) + `" r="1.8"/>` + "\n")
			}
			if first && m.onLine {
				// The SVG's y grows downwards.
				out.WriteString(`<rect class="label-ground" fill="#ffffff" stroke="none" x="` + num(m.box.x0) + `" y="` + num(-m.box.y1) +
					`" width="` + num(m.box.x1-m.box.x0) + `" height="` + num(m.box.y1-m.box.y0) + `"/>` + "\n")
			}
			first = false
			tagEnd := bytes.IndexByte(group[t:], '>')
			if tagEnd < 0 {
				out.Write(group[t:])
				break
			}
			tag := group[t : t+tagEnd]
			tag = shiftAttr(tag, "x", m.dx)
			tag = shiftAttr(tag, "y", -m.dy)
			out.Write(tag)
			group = group[t+tagEnd:]
		}
	}
}

// lineColour is the stroke of the first path of a line's group: the line's colour.
func lineColour(group []byte) string {
	p := bytes.Index(group, []byte("<path "))
	if p < 0 {
		return "#333333"
	}
	tag := group[p : p+max(bytes.IndexByte(group[p:], '>'), 0)]
	k := bytes.Index(tag, []byte(` stroke="`))
	if k < 0 {
		return "#333333"
	}
	v := tag[k+len(` stroke="`):]
	if e := bytes.IndexByte(v, '"'); e >= 0 {
		return html.EscapeString(html.UnescapeString(string(v[:e])))
	}
	return "#333333"
}

// pathTouches reports whether the path meets the box.
func pathTouches(p []pt, box rect) bool {
	for k := 1; k < len(p); k++ {
		if segRectDist(p[k-1], p[k], box) == 0 {
			return true
		}
	}
	return false
}

// shiftAttr adds by to the number in the attribute name="…" of the tag, which it returns rewritten.
func shiftAttr(tag []byte, name string, by float64) []byte {
	key := []byte(" " + name + `="`)
	i := bytes.Index(tag, key)
	if i < 0 {
		return tag
	}
	i += len(key)
	j := bytes.IndexByte(tag[i:], '"')
	if j < 0 {
		return tag
	}
	v, err := strconv.ParseFloat(string(tag[i:i+j]), 64)
	if err != nil {
		return tag
	}
	out := make([]byte, 0, len(tag)+8)
	out = append(out, tag[:i]...)
	out = append(out, num(v+by)...)
	return append(out, tag[i+j:]...)
}

// num writes a coordinate to the hundredth of a point, as Graphviz does (and 0, not -0).
func num(v float64) string { return strconv.FormatFloat(math.Round(v*100)/100+0, 'f', -1, 64) }

// growCanvas writes the SVG's opening up to its background, grown from the bounding box bb to grown: the
// size, the viewBox, the drawing's translation and the background polygon, and returns the rest. Graphviz
// writes them as
//
//	<svg width="Wpt" height="Hpt"
//	 viewBox="0.00 0.00 W H" …>
//	<g id="graph0" class="graph" transform="scale(1 1) rotate(0) translate(TX TY)">
//	<title>…</title>
//	<polygon fill="…" stroke="none" points="-TX,H-TY -TX,-TY W-TX,-TY W-TX,H-TY -TX,H-TY"/>
//
// A drawing scaled by Graphviz (not scale(1 1)), or one in another shape, is left as it is.
func growCanvas(out *bytes.Buffer, svg []byte, bb, grown rect) []byte {
	left, right := bb.x0-grown.x0, grown.x1-bb.x1
	bottom, top := bb.y0-grown.y0, grown.y1-bb.y1
	vb := bytes.Index(svg, []byte(` viewBox="`))
	tr := bytes.Index(svg, []byte(`transform="scale(1 1) rotate(0) translate(`))
	poly := bytes.Index(svg, []byte(`<polygon `))
	if vb < 0 || tr < vb || poly < tr {
		return svg
	}
	var f [4]float64
	n := 0
	for _, field := range bytes.Fields(svg[vb+len(` viewBox="`) : vb+len(` viewBox="`)+bytes.IndexByte(svg[vb+len(` viewBox="`):], '"')]) {
		if n < 4 {
			f[n], _ = strconv.ParseFloat(string(field), 64)
		}
		n++
	}
	trStart := tr + len(`transform="scale(1 1) rotate(0) translate(`)
	trEnd := bytes.IndexByte(svg[trStart:], ')')
	txy := bytes.Fields(svg[trStart : trStart+max(trEnd, 0)])
	polyEnd := bytes.Index(svg[poly:], []byte("/>"))
	svgTag := bytes.Index(svg, []byte("<svg width="))
	if n != 4 || trEnd < 0 || len(txy) != 2 || polyEnd < 0 || svgTag < 0 || svgTag > vb {
		return svg
	}
	tx, err1 := strconv.ParseFloat(string(txy[0]), 64)
	ty, err2 := strconv.ParseFloat(string(txy[1]), 64)
	if err1 != nil || err2 != nil {
		return svg
	}
	w, h := f[2]+left+right, f[3]+top+bottom
	tx, ty = tx+left, ty+top
	out.Write(svg[:svgTag])
	out.WriteString(`<svg width="` + strconv.Itoa(int(math.Ceil(w))) + `pt" height="` + strconv.Itoa(int(math.Ceil(h))) + `pt"` + "\n")
	out.WriteString(` viewBox="0.00 0.00 ` + num(w) + " " + num(h) + `"`)
	rest := svg[vb+len(` viewBox="`):]
	rest = rest[bytes.IndexByte(rest, '"')+1:]
	tr -= len(svg) - len(rest)
	out.Write(rest[:tr])
	out.WriteString(`transform="scale(1 1) rotate(0) translate(` + num(tx) + " " + num(ty) + `)`)
	rest = rest[tr+len(`transform="scale(1 1) rotate(0) translate(`)+trEnd+1:]
	poly = bytes.Index(rest, []byte(`<polygon `))
	polyEnd = bytes.Index(rest[poly:], []byte("/>"))
	tag := rest[poly : poly+polyEnd]
	p := bytes.Index(tag, []byte(` points="`))
	out.Write(rest[:poly])
	if p < 0 {
		return rest[poly:]
	}
	out.Write(tag[:p])
	x0, x1, y0, y1 := num(-tx), num(w-tx), num(-ty), num(h-ty)
	out.WriteString(` points="` + x0 + "," + y1 + " " + x0 + "," + y0 + " " + x1 + "," + y0 + " " + x1 + "," + y1 + " " + x0 + "," + y1 + `"`)
	return rest[poly+polyEnd:]
}
