package server

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"strings"
	"testing"
)

// BenchmarkGzipLevels gzips an SVG of the size a cold 60-actor drawing has (124 KB of Graphviz's markup
// and tooltips) at each level, and reports the bytes it makes: what gzipLevel is chosen by.
func BenchmarkGzipLevels(b *testing.B) {
	var svg strings.Builder
	for i := 0; svg.Len() < 124<<10; i++ {
		j := i * 7 % 60
		fmt.Fprintf(&svg, "<g id=\"e:state:s%d|SUPPORTS|state:s%d\" class=\"edge cooperation\">\n<title>State %d supports State %d</title>\n"+
			"<g id=\"a_e:s%d\"><a xlink:title=\"State %d supports State %d&#10;cooperation · %d sentences&#10;“State %d supports State %d.” — synthetic&#45;%07d\">\n"+
			"<path fill=\"none\" stroke=\"#009e73\" d=\"M%d.%d,-%d.%dC%d.%d,-%d.%d\"/>\n</a>\n</g>\n</g>\n",
			i, j, i, j, i, i, j, i%5+1, i, j, i*31, i*13%997, i%10, i*17%887, i%7, i*19%877, i%3, i*23%997, i%9)
	}
	for _, level := range []int{gzip.BestSpeed, gzip.DefaultCompression, gzip.BestCompression} {
		b.Run(fmt.Sprint("level=", level), func(b *testing.B) {
			n := 0
			for b.Loop() {
				var buf bytes.Buffer
				zw, _ := gzip.NewWriterLevel(&buf, level)
				zw.Write([]byte(svg.String()))
				zw.Close()
				n = buf.Len()
			}
			b.ReportMetric(float64(n), "bytes")
		})
	}
}
