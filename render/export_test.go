package render_test

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	stdpng "image/png"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
)

// fontStack is the font-family every text of a drawing must have.
const fontStack = `Helvetica, Arial, 'Liberation Sans', 'Nimbus Sans', 'Nimbus Sans L', 'TeX Gyre Heros', sans-serif`

func mustExport(tb testing.TB, s *render.Service, sg graph.Subgraph, format string, o render.ExportOptions) []byte {
	tb.Helper()
	b, err := s.Export(context.Background(), sg, format, o)
	if err != nil {
		tb.Fatalf("Export(%s, %+v): %v", format, o, err)
	}
	return b
}

// svgInfo is what the export tests read from an SVG: its size, the footer's lines and every font-family.
type svgInfo struct {
	widthPt, heightPt float64
	viewBox           []float64
	footer            []string // the text of each line of the footer
	fonts             map[string]int
	links             int
}

func readSVG(tb testing.TB, svg []byte) svgInfo {
	tb.Helper()
	checkSVG(tb, svg) // well-formed, no script, no handlers
	info := svgInfo{fonts: map[string]int{}}
	d := xml.NewDecoder(bytes.NewReader(svg))
	inFooter, depth, footerDepth := false, 0, 0
	var line *strings.Builder
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			tb.Fatal(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			attr := func(name string) string { return xmlAttr(t.Attr, name) }
			switch {
			case t.Name.Local == "svg":
				info.widthPt = ptAttr(tb, attr("width"))
				info.heightPt = ptAttr(tb, attr("height"))
				for _, f := range strings.Fields(attr("viewBox")) {
					v, _ := strconv.ParseFloat(f, 64)
					info.viewBox = append(info.viewBox, v)
				}
			case t.Name.Local == "g" && attr("id") == "footer":
				inFooter, footerDepth = true, depth
			case t.Name.Local == "text" && inFooter:
				line = &strings.Builder{}
			case t.Name.Local == "a":
				if attr("href") != "" {
					info.links++
				}
			}
			if f := attr("font-family"); f != "" {
				info.fonts[f]++
			}
		case xml.CharData:
			if line != nil {
				line.Write(t)
			}
		case xml.EndElement:
			if t.Name.Local == "text" && line != nil {
				info.footer = append(info.footer, line.String())
				line = nil
			}
			if inFooter && depth == footerDepth {
				inFooter = false
			}
			depth--
		}
	}
	return info
}

func ptAttr(tb testing.TB, s string) float64 {
	tb.Helper()
	v, err := strconv.ParseFloat(strings.TrimSuffix(s, "pt"), 64)
	if err != nil || !strings.HasSuffix(s, "pt") {
		tb.Fatalf("size %q is not in points", s)
	}
	return v
}

func TestExportSVG(t *testing.T) {
	s, _ := newTestService(t, 0)
	sg := seedSubgraph(t)
	svg := mustExport(t, s, sg, "svg", render.ExportOptions{})
	info := readSVG(t, svg)
	interactive := readSVG(t, mustRender(t, s, sg, "", "svg"))
	footer := strings.Join(info.footer, " ")
	tests := []struct {
		name string
		ok   bool
	}{
		{"the footer starts with Sources", strings.HasPrefix(footer, "Sources: ")},
		{"the footer names every document by title, source and date, oldest first", strings.Contains(footer,
			"Sources: Kazakh president asks Russia-led bloc for help (Reuters, 2022-01-05); Russia-led alliance sends troops into Kazakhstan (AP, 2022-01-06); "+
				"Kazakhstan unrest: president authorises shooting (BBC, 2022-01-07); Former security chief detained (RFE/RL, 2022-01-08); Oil output at Tengiz recovers (FT, 2022-01-11)")},
		{"the canvas grew for the footer", info.heightPt > interactive.heightPt && info.widthPt == interactive.widthPt},
		{"the viewBox grew with the size", len(info.viewBox) == 4 && info.viewBox[3] > interactive.viewBox[3]},
		{"a report has no links", info.links == 0 && interactive.links > 0},
		{"every text uses the font stack", len(info.fonts) == 1 && info.fonts[fontStack] > 0},
		{"the interactive drawing uses the font stack too", len(interactive.fonts) == 1 && interactive.fonts[fontStack] > 0},
		{"no Graphviz font name is left", !bytes.Contains(svg, []byte("sans-Serif"))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !tt.ok {
				t.Errorf("footer %q, size %v×%v (interactive %v×%v), fonts %v", info.footer, info.widthPt, info.heightPt, interactive.widthPt, interactive.heightPt, info.fonts)
			}
		})
	}
	t.Run("dot is the report DOT, without links", func(t *testing.T) {
		dot := mustExport(t, s, sg, "dot", render.ExportOptions{Layout: "neato"})
		if want := render.DOT(sg, render.Options{Title: render.Title(sg), Layout: "neato"}); !bytes.Equal(dot, want) {
			t.Error("report DOT differs from DOT without a link base")
		}
	})
}

func TestExportFooter(t *testing.T) {
	s, _ := newTestService(t, -1)
	many := focusOnly(t)
	for i := range 40 {
		many.Documents = append(many.Documents, graph.Document{ID: fmt.Sprintf("doc-%02d", i),
			Title:  fmt.Sprintf("A long headline number %d about the events in Kazakhstan and what the neighbours said", i),
			Source: "Agency " + strconv.Itoa(i), Published: fmt.Sprintf("2022-01-%02d", 1+i%28)})
	}
	hostile := focusOnly(t)
	hostile.Documents = []graph.Document{{ID: "x", Title: `<script>alert("x")</script> & ]]>` + "\x00\n\u202E", Source: `"quoted" <b>`, Published: "2022-01-07\n"}}
	noTitle := focusOnly(t)
	noTitle.Documents = []graph.Document{{ID: "untitled-doc"}}
	moreRe := regexp.MustCompile(`; and (\d+) more$`)
	tests := []struct {
		name  string
		sg    graph.Subgraph
		check func(t *testing.T, info svgInfo)
	}{
		{"many documents are capped at four lines with a count of the rest", many, func(t *testing.T, info svgInfo) {
			footer := strings.Join(info.footer, " ")
			m := moreRe.FindStringSubmatch(footer)
			named := strings.Count(footer, "(Agency ")
			if len(info.footer) > 4 || m == nil || named == 0 {
				t.Fatalf("%d lines: %q", len(info.footer), info.footer)
			}
			if n, _ := strconv.Atoi(m[1]); n+named != 40 {
				t.Errorf("%d named and %s more, want 40 in all", named, m[1])
			}
		}},
		{"a narrow drawing is widened for the footer", many, func(t *testing.T, info svgInfo) {
			if info.widthPt < 468 || info.viewBox[0] >= 0 {
				t.Errorf("width %vpt, viewBox %v", info.widthPt, info.viewBox)
			}
		}},
		{"lines fill the width without overflowing it", many, func(t *testing.T, info svgInfo) {
			// Helvetica at 10pt averages 4.5 to 5.5pt a character in mixed text; outside these bounds the
			// wrapping is wrong, not the font.
			room := info.widthPt - 2*21.6
			for i, l := range info.footer {
				n := float64(len([]rune(l)))
				if n*4.2 > room || (i < len(info.footer)-1 && n*5.8 < room*0.8) {
					t.Errorf("line of %v characters in %vpt: %q", n, room, l)
				}
			}
		}},
		{"hostile titles are shown as text", hostile, func(t *testing.T, info svgInfo) {
			want := `Sources: <script>alert("x")</script> & ]]> ("quoted" <b>, 2022-01-07)`
			if got := strings.Join(info.footer, " "); got != want {
				t.Errorf("footer %q, want %q", got, want)
			}
		}},
		{"a document without a title is named by its id", noTitle, func(t *testing.T, info svgInfo) {
			if got := strings.Join(info.footer, " "); got != "Sources: untitled-doc" {
				t.Errorf("footer %q", got)
			}
		}},
		{"no documents, no footer", focusOnly(t), func(t *testing.T, info svgInfo) {
			if len(info.footer) != 0 {
				t.Errorf("footer %q", info.footer)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			svg := mustExport(t, s, tt.sg, "svg", render.ExportOptions{})
			if bytes.Contains(svg, []byte("<script>")) {
				t.Error("SVG holds <script>")
			}
			tt.check(t, readSVG(t, svg))
		})
	}
}

// TestExportDeterministic renders the same view on a fresh pool and on a pool whose workers have drawn other
// views before: a report must come out byte-identical, whatever the layout and whatever the worker drew.
func TestExportDeterministic(t *testing.T) {
	sg := seedSubgraph(t)
	others := []graph.Subgraph{mustExpand(t, 1, 0, russiaID), hostileSubgraph(t)}
	for _, layout := range render.Layouts() {
		t.Run(layout+" gives the same bytes after other renders", func(t *testing.T) {
			fresh, _ := newTestService(t, -1)
			first := mustExport(t, fresh, sg, "svg", render.ExportOptions{Layout: layout})
			used, _ := newTestService(t, -1)
			for _, o := range others {
				for _, l := range []string{"neato", "sfdp", layout} {
					mustRender(t, used, o, l, "svg")
				}
			}
			for i := range 2 {
				if again := mustExport(t, used, sg, "svg", render.ExportOptions{Layout: layout}); !bytes.Equal(first, again) {
					t.Fatalf("export %d differs from the first", i+2)
				}
			}
		})
	}
}

func TestExportErrors(t *testing.T) {
	s, _ := newTestService(t, 0)
	sg := seedSubgraph(t)
	tooMany := graph.Subgraph{Entities: make([]graph.Entity, graph.MaxMaxNodes+1)}
	tests := []struct {
		name, format string
		sg           graph.Subgraph
		o            render.ExportOptions
		code         string
	}{
		{"unknown format is invalid", "tiff", sg, render.ExportOptions{}, graph.EINVALID},
		{"unknown layout is invalid", "svg", sg, render.ExportOptions{Layout: "twopi"}, graph.EINVALID},
		{"DPI below the range is invalid", "png", sg, render.ExportOptions{DPI: render.MinDPI - 1}, graph.EINVALID},
		{"DPI above the range is invalid", "png", sg, render.ExportOptions{DPI: render.MaxDPI + 1}, graph.EINVALID},
		{"too many entities is too large", "svg", tooMany, render.ExportOptions{}, graph.ETOOLARGE},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.Export(context.Background(), tt.sg, tt.format, tt.o)
			wantCode(t, err, tt.code)
		})
	}
	t.Run("no pool is unavailable", func(t *testing.T) {
		_, err := render.NewService(render.ServiceConfig{}).Export(context.Background(), sg, "svg", render.ExportOptions{})
		wantCode(t, err, graph.EUNAVAILABLE)
	})
}

// TestExportFitsAPage fits the report of render's seed CSTO view (graph.Expand at depth 2, places and
// outlets included) to the printable area of a landscape A4 or Letter page, 10 × 7 inches, and checks the
// size its actors' 11-point labels come out at. Drawn top to bottom only it was 2,026 × 903 points: labels
// at 3.91 points; drawn the way that fits the page better, 1,887 × 1,376 points (left to right), 4.03. The
// PNG is that drawing too: the same shape. The CLI's views are measured by cmd/actorgraph's
// TestExportsFitAPage.
func TestExportFitsAPage(t *testing.T) {
	const minLabelPt = 4.0
	s, _ := newTestService(t, 0)
	sg := seedCSTO(t)
	info := readSVG(t, mustExport(t, s, sg, "svg", render.ExportOptions{}))
	perUnit := info.widthPt / info.viewBox[2] // points per viewBox unit, in which Graphviz sizes the text
	fit := min(720/info.widthPt, 504/info.heightPt)
	if got := 11 * perUnit * fit; got < minLabelPt {
		t.Errorf("the CSTO export is %.0f × %.0f points: fitted to a 10 × 7 inch page its labels are %.2f points, want %.1f or more",
			info.widthPt, info.heightPt, got, minLabelPt)
	}
	png := mustExport(t, s, sg, "png", render.ExportOptions{DPI: 72})
	cfg, err := stdpng.DecodeConfig(bytes.NewReader(png))
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(float64(cfg.Width)-info.widthPt) > 2 || math.Abs(float64(cfg.Height)-info.heightPt) > 2 {
		t.Errorf("the 72 DPI PNG is %d × %d pixels, the SVG %.0f × %.0f points", cfg.Width, cfg.Height, info.widthPt, info.heightPt)
	}
}
