package paint

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math"

	"github.com/fogleman/gg"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// PNG paints the picture at dpi dots per inch (72: one pixel per point) on white and encodes it. It checks
// ctx between items and stops with ctx's error when ctx ends. The caller bounds the size: the image takes 4
// bytes per pixel.
func PNG(ctx context.Context, p *Picture, dpi float64) ([]byte, error) {
	img, err := Raster(ctx, p, dpi)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.DefaultCompression}).Encode(&buf, img); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Size is the size in pixels of the picture at dpi.
func (p *Picture) Size(dpi float64) (w, h int) {
	return int(math.Ceil(p.Width * dpi / 72)), int(math.Ceil(p.Height * dpi / 72))
}

// Raster paints the picture at dpi into an image.
func Raster(ctx context.Context, p *Picture, dpi float64) (*image.RGBA, error) {
	if err := loadFonts(); err != nil {
		return nil, fmt.Errorf("loading the embedded fonts: %w", err)
	}
	w, h := p.Size(dpi)
	if w <= 0 || h <= 0 {
		return nil, fmt.Errorf("the picture has no area at %v DPI", dpi)
	}
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	dc := gg.NewContextForRGBA(img)
	dc.SetLineCapButt()
	dc.SetLineJoinRound()
	k := dpi / 72
	faceCache := map[faceKey]font.Face{}
	defer func() {
		for _, f := range faceCache {
			f.Close()
		}
	}()
	for i, it := range p.Items {
		if i%64 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		switch it := it.(type) {
		case *Shape:
			paintShape(dc, it, k)
		case *Text:
			if err := paintText(img, it, k, faceCache); err != nil {
				return nil, err
			}
		}
	}
	return img, nil
}

func rgba(c Color) color.NRGBA {
	return color.NRGBA{c.R, c.G, c.B, uint8(math.Round(c.A * 255))}
}

func paintShape(dc *gg.Context, s *Shape, k float64) {
	if s.Fill != nil {
		dc.ClearPath()
		s.trace(k, dc.MoveTo, dc.LineTo, dc.CubicTo, dc.ClosePath)
		dc.SetColor(rgba(*s.Fill))
		dc.Fill()
	}
	if s.Stroke != nil {
		dc.ClearPath()
		strokePath(s).trace(k, dc.MoveTo, dc.LineTo, dc.CubicTo, func() {})
		dc.SetColor(rgba(*s.Stroke))
		dc.SetLineWidth(math.Max(s.StrokeWidth*k, 0.5))
		dash := make([]float64, len(s.Dash))
		for i, d := range s.Dash {
			dash[i] = d * k
		}
		dc.SetDash(dash...)
		dc.Stroke()
	}
	dc.ClearPath()
}

// strokePath returns the path to stroke for s. The rasteriser caps both ends of a closed outline instead of
// joining them, which notches the corner where it starts (visible on a focus's thick border); so a closed
// outline that starts with a straight side is stroked from that side's middle round to it, and its ends
// meet flush in the middle of a straight line.
func strokePath(s *Shape) *Shape {
	p := s.Path
	if len(p) < 3 || p[len(p)-1].Op != 'Z' || p[0].Op != 'M' || p[1].Op != 'L' {
		return s
	}
	for _, seg := range p[1 : len(p)-1] {
		if seg.Op == 'M' || seg.Op == 'Z' {
			return s // several outlines: leave it as it is
		}
	}
	start, first := p[0].Pts[0], p[1].Pts[0]
	mid := [2]float64{(start[0] + first[0]) / 2, (start[1] + first[1]) / 2}
	out := make([]segment, 0, len(p)+2)
	out = append(out, segment{Op: 'M', Pts: [3][2]float64{mid}})
	out = append(out, p[1:len(p)-1]...)
	if last := out[len(out)-1]; last.Op != 'L' || last.Pts[0] != start {
		out = append(out, segment{Op: 'L', Pts: [3][2]float64{start}})
	}
	out = append(out, segment{Op: 'L', Pts: [3][2]float64{mid}})
	return &Shape{Path: out}
}

// maxGlyphPixels bounds the size of text painted, in pixels: a glyph's mask is its size squared, and no
// drawing of ours has text near this size.
const maxGlyphPixels = 2000

type faceKey struct {
	f    *face
	size float64
}

// paintText draws a text glyph by glyph at the advance widths layoutText measured, so that it is placed as
// the PDF places it and as Graphviz measured it.
func paintText(img *image.RGBA, t *Text, k float64, cache map[faceKey]font.Face) error {
	if t.Size <= 0 || t.Size*k > maxGlyphPixels {
		return nil
	}
	pieces, w := layoutText(t)
	x0 := startX(t, w)
	src := image.NewUniform(rgba(t.Color))
	for _, pc := range pieces {
		key := faceKey{pc.face, t.Size * k}
		ff, ok := cache[key]
		if !ok {
			var err error
			ff, err = opentype.NewFace(pc.face.f, &opentype.FaceOptions{Size: t.Size * k, DPI: 72, Hinting: font.HintingNone})
			if err != nil {
				return err
			}
			cache[key] = ff
		}
		x := (x0 + pc.dx) * k
		for _, r := range pc.text {
			dot := fixed.Point26_6{X: fixed.Int26_6(math.Round(x * 64)), Y: fixed.Int26_6(math.Round(t.Y * k * 64))}
			dr, mask, maskp, adv, ok := ff.Glyph(dot, r)
			if ok && !dr.Empty() {
				draw.DrawMask(img, dr, src, image.Point{}, mask, maskp, draw.Over)
			}
			x += float64(adv) / 64
		}
	}
	return nil
}
