package paint

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// MaxPDFSide is the largest page side in points that PDF readers accept (Acrobat's limit, 200 inches).
// A larger picture is scaled down to fit.
const MaxPDFSide = 14400

// PDFInfo is the document information of a PDF.
type PDFInfo struct {
	Title string
	// Date is written as the creation and modification date. It must come from the data (the newest source
	// document, say), not the clock, so that the same drawing gives the same bytes; zero writes 1970-01-01.
	Date time.Time
}

// PDF writes the picture as a one-page PDF of its size in points (vector shapes, text as text in subsets of
// the embedded fonts, so it can be searched and copied). It checks ctx between items.
func PDF(ctx context.Context, p *Picture, info PDFInfo) ([]byte, error) {
	if err := loadFonts(); err != nil {
		return nil, fmt.Errorf("loading the embedded fonts: %w", err)
	}
	k := 1.0
	if side := math.Max(p.Width, p.Height); side > MaxPDFSide {
		k = MaxPDFSide / side
	}
	w, h := p.Width*k, p.Height*k
	if w <= 0 || h <= 0 {
		return nil, fmt.Errorf("the picture has no area")
	}
	orient := "P"
	if w > h {
		orient = "L"
	}
	size := fpdf.SizeType{Wd: w, Ht: h}
	if orient == "L" {
		size = fpdf.SizeType{Wd: h, Ht: w}
	}
	pdf := fpdf.NewCustom(&fpdf.InitType{OrientationStr: orient, UnitStr: "pt", Size: size})
	date := info.Date
	if date.IsZero() {
		date = time.Unix(0, 0)
	}
	pdf.SetCreationDate(date.UTC())
	pdf.SetModificationDate(date.UTC())
	pdf.SetCatalogSort(true)
	pdf.SetCompression(true)
	pdf.SetProducer("actorgraph", true)
	if info.Title != "" {
		pdf.SetTitle(info.Title, true)
	}
	pdf.SetMargins(0, 0, 0)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetLineCapStyle("butt")
	pdf.SetLineJoinStyle("round")
	pdf.AddPage()
	added := map[*face]bool{}
	for i, it := range p.Items {
		if i%64 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		switch it := it.(type) {
		case *Shape:
			pdfShape(pdf, it, k)
		case *Text:
			pdfText(pdf, it, k, added)
		}
		if pdf.Err() {
			return nil, pdf.Error()
		}
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func pdfShape(pdf *fpdf.Fpdf, s *Shape, k float64) {
	trace := func() { s.trace(k, pdf.MoveTo, pdf.LineTo, pdf.CurveBezierCubicTo, pdf.ClosePath) }
	// Fill and stroke are drawn apart: their opacities may differ, and fpdf has one alpha for both.
	if s.Fill != nil {
		pdf.SetFillColor(int(s.Fill.R), int(s.Fill.G), int(s.Fill.B))
		pdf.SetAlpha(s.Fill.A, "Normal")
		trace()
		pdf.DrawPath("F")
	}
	if s.Stroke != nil {
		pdf.SetDrawColor(int(s.Stroke.R), int(s.Stroke.G), int(s.Stroke.B))
		pdf.SetAlpha(s.Stroke.A, "Normal")
		pdf.SetLineWidth(s.StrokeWidth * k)
		dash := make([]float64, len(s.Dash))
		for i, d := range s.Dash {
			dash[i] = d * k
		}
		pdf.SetDashPattern(dash, 0)
		trace()
		pdf.DrawPath("D")
	}
}

func pdfText(pdf *fpdf.Fpdf, t *Text, k float64, added map[*face]bool) {
	if t.Size <= 0 {
		return
	}
	pieces, w := layoutText(t)
	x0 := startX(t, w)
	pdf.SetTextColor(int(t.Color.R), int(t.Color.G), int(t.Color.B))
	pdf.SetAlpha(t.Color.A, "Normal")
	for _, pc := range pieces {
		style := ""
		if pc.face.bold {
			style = "B"
		}
		// A font is embedded only once a text uses it, and then only the characters used.
		if !added[pc.face] {
			pdf.AddUTF8FontFromBytes(pc.face.name, style, pc.face.ttf)
			added[pc.face] = true
		}
		pdf.SetFont(pc.face.name, style, t.Size*k)
		pdf.Text((x0+pc.dx)*k, t.Y*k, pc.text)
	}
}
