package render

import (
	"bytes"
	"unicode"
)

// fontStack is the font-family of every text in the SVG. Graphviz sizes text with the metrics of Helvetica
// (fontName) and writes font-family="Helvetica,sans-Serif"; a viewer without Helvetica then picks its own
// sans-serif, often a wider one (DejaVu Sans is some 10% wider), and labels overflow their boxes. Every font
// named here has Helvetica's advance widths: Arial on Windows and macOS, Liberation Sans (Debian
// fonts-liberation2) and Nimbus Sans (URW, with Ghostscript) on Linux, TeX Gyre Heros with TeX. Characters
// these fonts lack (Chinese, say) fall back per character to whatever the viewer has. It is a constant:
// font names must never come from data, since Graphviz does not escape them.
const fontStack = `Helvetica, Arial, 'Liberation Sans', 'Nimbus Sans', 'Nimbus Sans L', 'TeX Gyre Heros', sans-serif`

// graphvizFontFamily is what Graphviz writes for fontName.
var graphvizFontFamily = []byte(`font-family="` + fontName + `,sans-Serif"`)

// withFontStack puts fontStack in place of the font Graphviz named.
func withFontStack(svg []byte) []byte {
	return bytes.ReplaceAll(svg, graphvizFontFamily, []byte(`font-family="`+fontStack+`"`))
}

// helveticaWidths are the advance widths of Helvetica's printable ASCII characters, from space (0x20) to
// tilde (0x7E), in thousandths of the font size: the metrics Graphviz and the fonts of fontStack share.
var helveticaWidths = [95]uint16{
	278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
	556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
	1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
	667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
	333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
	556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p to ~
}

// textWidth estimates the width of s in a font of the given size. Outside ASCII it assumes a wide Latin
// letter, and a full em for the scripts drawn on a square (Han, kana, Hangul), so the estimate errs on the
// wide side: a line that is estimated to fit does fit.
func textWidth(s string, size float64) float64 {
	var w float64
	for _, r := range s {
		switch {
		case r >= 0x20 && r <= 0x7E:
			w += float64(helveticaWidths[r-0x20])
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
			w += 1000
		default:
			w += 667
		}
	}
	return w * size / 1000
}
