package paint

import (
	"sync"

	"github.com/go-fonts/dejavu/dejavusans"
	"github.com/go-fonts/dejavu/dejavusansbold"
	"github.com/go-fonts/liberation/liberationsansbold"
	"github.com/go-fonts/liberation/liberationsansregular"
	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// A face is one embedded font: Liberation Sans (SIL Open Font License 1.1), metric-compatible with
// Helvetica, for Latin, Greek and Cyrillic, and DejaVu Sans (Bitstream Vera licence) for the characters
// Liberation lacks (Armenian, Georgian, Arabic and Hebrew letters, many symbols).
type face struct {
	name string // the PDF font family
	bold bool
	ttf  []byte
	f    *sfnt.Font
	upem float64
}

var (
	fontsOnce sync.Once
	fontsErr  error
	// faces[bold][0] is Liberation, faces[bold][1] DejaVu.
	faces [2][2]*face
)

func loadFonts() error {
	fontsOnce.Do(func() {
		for i, spec := range []struct {
			name string
			bold bool
			ttf  []byte
		}{
			{"liberation", false, liberationsansregular.TTF},
			{"dejavu", false, dejavusans.TTF},
			{"liberation", true, liberationsansbold.TTF},
			{"dejavu", true, dejavusansbold.TTF},
		} {
			f, err := sfnt.Parse(spec.ttf)
			if err != nil {
				fontsErr = err
				return
			}
			faces[i/2][i%2] = &face{name: spec.name, bold: spec.bold, ttf: spec.ttf, f: f, upem: float64(f.UnitsPerEm())}
		}
	})
	return fontsErr
}

// piece is text drawn in one face, starting dx points after the text's start.
type piece struct {
	text  string
	face  *face
	dx, w float64 // offset and width at the text's size
}

// layoutText splits a text into pieces by the face that has each character, measures them at size points
// and returns them with the total width. Advance widths only, no kerning: Graphviz sized the boxes that way.
func layoutText(t *Text) ([]piece, float64) {
	var buf sfnt.Buffer
	var out []piece
	x := 0.0
	for _, run := range t.Runs {
		b := 0
		if run.Bold {
			b = 1
		}
		for _, r := range run.Text {
			fc := faces[b][0]
			gi, _ := fc.f.GlyphIndex(&buf, r)
			if gi == 0 && r != ' ' {
				if gi2, _ := faces[b][1].f.GlyphIndex(&buf, r); gi2 != 0 {
					fc, gi = faces[b][1], gi2
				}
			}
			adv, err := fc.f.GlyphAdvance(&buf, gi, fixed.I(int(fc.upem)), font.HintingNone)
			w := 0.0
			if err == nil {
				w = float64(adv) / 64 / fc.upem * t.Size
			}
			if n := len(out); n > 0 && out[n-1].face == fc {
				out[n-1].text += string(r)
				out[n-1].w += w
			} else {
				out = append(out, piece{text: string(r), face: fc, dx: x, w: w})
			}
			x += w
		}
	}
	return out, x
}

// startX is where a text of width w starts.
func startX(t *Text, w float64) float64 {
	switch t.Anchor {
	case "middle":
		return t.X - w/2
	case "end":
		return t.X - w
	}
	return t.X
}
