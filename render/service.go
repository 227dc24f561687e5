package render

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/paint"
)

// ServiceConfig configures a Service.
type ServiceConfig struct {
	// Pool renders SVG. The Service does not own it: whoever made the pool closes it.
	Pool *Pool
	// LinkBase is the start of every entity's link in the drawings (see Options.LinkBase), e.g. "/view?focus=".
	// Report drawings (Export) have no links: a file has no server to link to.
	LinkBase string
	// CacheBytes bounds the cache of drawings; 0 means DefaultCacheBytes, negative turns the cache off.
	CacheBytes int64
	// Rasterizers bounds the PNGs and PDFs being painted at once; default runtime.NumCPU(). A PNG holds 4 bytes
	// per pixel while it is painted: up to 256 MB at the pixel limit.
	Rasterizers int
	// Disk, when set, keeps the finished drawings on disk as well, so that they outlive the process (see
	// OpenDiskCache). The memory cache is looked at first.
	Disk *DiskCache
	// SimplifyAfter is how long the page's drawing of a view may take before it is stopped and the simpler
	// view drawn instead (see Service.drawPage); 0 means a third of the pool's render timeout.
	SimplifyAfter time.Duration
}

// DefaultCacheBytes is the default bound on cached drawings.
const DefaultCacheBytes = 64 << 20

// Service draws subgraphs for the server and the CLI: it builds the DOT, renders it in the pool and caches
// the drawing by a hash of the DOT, layout and format, so showing the same view again costs a hash and a
// copy. Safe for concurrent use.
//
// It draws two kinds of picture. Render draws the interactive SVG the web page shows: entities link to
// their neighbourhoods, tooltips say who and "says who?". Export draws for reports and files: the same
// drawing without links, with a footer naming the source documents and their dates, as SVG, as PNG at a
// chosen DPI, or as DOT. Both use a font-family that renders with Helvetica's widths everywhere (fontStack).
type Service struct {
	pool       *Pool
	linkBase   string
	cache      *lru // nil when caching is off
	rasterizer chan struct{}
	disk       *DiskCache // nil when drawings are not kept on disk

	simplifyAfter time.Duration
	simplified    atomic.Int64 // drawings stopped for taking too long and drawn simpler
	simplerBySize atomic.Int64 // drawings drawn simpler at once, the full one estimated too slow (tooSlowToTry)

	specMu   sync.Mutex
	inflight map[cacheKey]*speculation // speculative drawings being made
	spec     specCounts                // under specMu
}

// NewService returns a service rendering with cfg.Pool.
func NewService(cfg ServiceConfig) *Service {
	n := cfg.Rasterizers
	if n <= 0 {
		n = runtime.NumCPU()
	}
	s := &Service{pool: cfg.Pool, linkBase: cfg.LinkBase, disk: cfg.Disk, rasterizer: make(chan struct{}, n),
		inflight: map[cacheKey]*speculation{}, simplifyAfter: cfg.SimplifyAfter}
	if s.simplifyAfter <= 0 {
		s.simplifyAfter = s.timeout() / 3
	}
	switch {
	case cfg.CacheBytes == 0:
		s.cache = newLRU(DefaultCacheBytes)
	case cfg.CacheBytes > 0:
		s.cache = newLRU(cfg.CacheBytes)
	}
	return s
}

// Formats a Service draws.
const (
	FormatSVG = "svg"
	FormatDOT = "dot"
	FormatPNG = "png"
	FormatPDF = "pdf"
)

// Drawing asks Draw for one picture of a subgraph.
type Drawing struct {
	// Options are the DOT options: title ("" for Title of the subgraph), layout ("" chooses DefaultLayout
	// for the number of entities), marks, clusters and node sizes. Draw sets LinkBase itself.
	Options
	// Format is "svg", "png", "pdf" or "dot".
	Format string
	// Report asks for the drawing for a report or a file (see Export) rather than for the web page (see
	// Render). PNG and PDF are always the report drawing.
	Report bool
	// DPI is the resolution of a PNG, MinDPI..MaxDPI; 0 means DefaultDPI.
	DPI int
	// Admit, when set, is called once the drawing is known to need work (a render worker, a PNG tool): at
	// its first cache miss, and at most once a Draw. A drawing in the cache, and DOT, never call it. It
	// returns a function Draw calls when the work is done, or an error Draw returns as it is. A server bounds
	// the drawings in progress with it without holding back the ones it has already made: a cache hit must
	// not wait behind renders for a place it does not need.
	Admit func(ctx context.Context) (release func(), err error)
	// Speculative draws ahead of a request that may come, for the cache: only the page's SVG, only on an
	// idle worker, stopped when a real request needs the worker (see Pool.SpeculativeSVG). Draw then returns
	// no bytes: ErrNoIdleWorker when no worker is idle, nil when the drawing is made or was cached or in the
	// making already. Admit is not called: a speculative drawing takes no place a real one could have.
	Speculative bool
	// Measure, with Speculative, returns the drawing's bytes once it is made or cached, to be measured (the
	// server's fit of a view drawn ahead tries sizes), without counting it as used: only a request's
	// own read counts (PrerenderStats.Used). Read back as a request, every try had counted as used, and
	// used equalled rendered in TestClicksAtAMillion.
	Measure bool
}

// Draw draws the subgraph as d says. Render and Export are Draw with the plain options; the analyst views
// (paths, alliances, blocs, changes) add their highlights, clusters and sizes through d.Options.
//
// Errors: those of Render, Export and PNG.
func (s *Service) Draw(ctx context.Context, sg graph.Subgraph, d Drawing) ([]byte, error) {
	if d.Speculative && (d.Format != FormatSVG || d.Report) {
		return nil, graph.Errorf(graph.EINVALID, "only the page's SVG is drawn ahead of a request")
	}
	a := &admission{admit: d.Admit}
	defer a.leave()
	switch d.Format {
	case FormatPNG:
		return s.png(ctx, a, sg, d.Options, d.DPI)
	case FormatPDF:
		return s.pdf(ctx, a, sg, d.Options)
	case FormatSVG, FormatDOT:
	default:
		return nil, graph.Errorf(graph.EINVALID, "unknown format %q (want svg, png, pdf or dot)", d.Format)
	}
	if len(d.Pins) > 0 {
		d.PinsFrom = d.Layout
		d.Layout = PinnedLayout // the engine that keeps pinned nodes where they are, whatever drew them
	}
	layout, err := checkView(sg, d.Layout)
	if err != nil {
		return nil, err
	}
	if d.Report {
		dot := reportDOT(sg, d.Options, layout)
		if d.Format == FormatDOT {
			return dot, nil
		}
		return s.reportSVG(ctx, a, sg, d.Options, dot, layout)
	}
	d.Options.Layout, d.Options.LinkBase = layout, s.linkBase
	ownTitle := d.Title == ""
	if ownTitle {
		d.Title = Title(sg)
	}
	if d.Format == FormatDOT {
		return DOT(sg, d.Options), nil
	}
	key := viewKey(sg, d.Options, layout, FormatSVG)
	if d.Speculative {
		err := s.speculate(ctx, key, sg, d.Options, ownTitle)
		if err != nil || !d.Measure {
			return nil, err
		}
		if b, ok := s.cache.look(key); ok {
			return b, nil
		}
		// In the making by another speculation, or not kept: drawn as a request would be, below.
	}
	if b, ok := s.joinSpeculation(ctx, key); ok {
		return b, nil
	}
	var dot []byte // built once, for the disk cache's name or for drawing
	dotOnce := func() []byte {
		if dot == nil {
			dot = DOT(sg, d.Options)
		}
		return dot
	}
	return s.cached(ctx, a, key, func() string { return diskKey(dotOnce(), layout, "page-"+FormatSVG) }, func() ([]byte, bool, error) {
		svg, full, err := s.drawPage(ctx, sg, d.Options, ownTitle, dotOnce())
		if err != nil {
			return nil, false, err
		}
		return finishSVG(svg), full, nil
	})
}

// drawPage renders the page's drawing of sg (dot is its DOT, o its options). A render that takes longer
// than simplifyAfter is stopped and the simpler view drawn instead (see simpler), within what is left of the
// pool's render timeout, so that a view the page asks for is drawn, not left to time out; full is false
// then. Only the renders are timed: a wait for a worker or a worker's start is not a slow layout. Measured
// on internal/synthetic's views (one worker, load about 15; TestSlowLayoutIsDrawnSimpler has the slowest):
// at 500 actors and 500 lines circo took 11.9 s of Graphviz CPU (35 s of wall time) on one view, neato
// 3.0-3.5 s and fdp 2.0 s (6.5-11.4 s of wall time), past the pool's 10 s, while dot drew the same views in
// 0.25-0.34 s and sfdp in 0.28-0.36 s; at 60 actors and 90 lines every engine took 49-124 ms. So only large
// views drawn by the slower engines, or any view on a machine loaded far past its cores, come near the
// budget of a third of the timeout.
func (s *Service) drawPage(ctx context.Context, sg graph.Subgraph, o Options, ownTitle bool, dot []byte) (svg []byte, full bool, err error) {
	if s.pool == nil {
		svg, err = s.draw(ctx, dot, o.Layout, false, 0)
		return svg, true, err
	}
	svg, full, err = s.drawInTime(ctx, sg, o, ownTitle, dot, s.pool.svgWithin)
	return svg, full, s.ownDOT(err)
}

// drawInTime renders dot, the DOT of sg drawn with o, by render, which gives a render at most its limit (0:
// the pool's timeout), never leaving it to time out when there is a simpler view (inTime).
func (s *Service) drawInTime(ctx context.Context, sg graph.Subgraph, o Options, ownTitle bool, dot []byte,
	render func(ctx context.Context, dot []byte, layout string, limit time.Duration) ([]byte, error)) (svg []byte, lasting bool, err error) {
	return s.inTime(ctx, sg, o, ownTitle, dot, DOT, func(ctx context.Context, _ graph.Subgraph, o Options, dot []byte, limit time.Duration) ([]byte, bool, error) {
		svg, err := render(ctx, dot, o.Layout, limit)
		return svg, true, err
	})
}

// drawer renders dot, the DOT of sg drawn with o (o.Layout its layout), giving a render at most limit (0:
// the pool's timeout); lasting is false when the drawing should not outlive the memory cache.
type drawer func(ctx context.Context, sg graph.Subgraph, o Options, dot []byte, limit time.Duration) (svg []byte, lasting bool, err error)

// inTime draws dot, the DOT of sg drawn with o, by draw, the page's drawings and the reports' alike. When
// there is a simpler view (see simpler), a drawing estimated too slow (tooSlowToTry) is not tried: the
// simpler one, whose DOT dotOf makes, is drawn at once, the same for the same view; and a drawing that
// overruns simplifyAfter is stopped and the simpler one drawn within the rest of the timeout: lasting is
// false then, since a calmer moment would have drawn the full one.
func (s *Service) inTime(ctx context.Context, sg graph.Subgraph, o Options, ownTitle bool, dot []byte,
	dotOf func(graph.Subgraph, Options) []byte, draw drawer) (svg []byte, lasting bool, err error) {
	simple, so, ok := simpler(sg, o, ownTitle)
	if !ok { // nothing simpler to draw: the drawing has the whole render timeout
		return draw(ctx, sg, o, dot, 0)
	}
	budget := min(s.simplifyAfter, s.timeout())
	if tooSlowToTry(sg, o.Layout, len(o.Pins) > 0, budget) {
		s.simplerBySize.Add(1)
		return draw(ctx, simple, so, dotOf(simple, so), 0)
	}
	svg, lasting, err = draw(ctx, sg, o, dot, budget)
	if graph.ErrorCode(err) != graph.ETIMEOUT || ctx.Err() != nil {
		return svg, lasting, err
	}
	s.simplified.Add(1)
	svg, _, err = draw(ctx, simple, so, dotOf(simple, so), max(s.timeout()-budget, budget))
	return svg, false, s.simplerTimedOut(ctx, err)
}

// simplerTimedOut says in a timeout's message that the simpler drawing timed out as well.
func (s *Service) simplerTimedOut(ctx context.Context, err error) error {
	if graph.ErrorCode(err) == graph.ETIMEOUT && ctx.Err() == nil {
		return graph.Wrap(err, graph.ETIMEOUT, fmt.Sprintf("rendering took longer than %s, simplified as well; try a smaller depth or fewer nodes", s.timeout()))
	}
	return err
}

// simplerNote starts the title of a drawing simplified for time (see simpler): at the start, since a title
// past titleMax characters loses its end.
const simplerNote = "Simplified · "

// simpler returns the simpler view of sg that drawPage draws when the full one takes too long: at most one
// relationship per actor (graph.SimplerRelations; the title counts the others), laid out by DefaultLayout
// for its size (the fastest engines measured, dot up to 150 actors and sfdp beyond), without pins (the
// router of a pinned drawing is what made neato slow), its title starting with simplerNote. ok is false
// when that is the drawing already.
func simpler(sg graph.Subgraph, o Options, ownTitle bool) (graph.Subgraph, Options, bool) {
	out := graph.SimplerRelations(sg)
	fast := DefaultLayout(len(sg.Entities))
	if len(out.Relations) == len(sg.Relations) && o.Layout == fast && len(o.Pins) == 0 {
		return sg, o, false
	}
	o.Layout, o.Pins, o.PinsFrom = fast, nil, ""
	if ownTitle {
		o.Title = Title(out)
	}
	o.Title = simplerNote + o.Title
	return out, o, true
}

// Simplified counts the drawings (the page's, drawn ahead, or exported) that took longer than
// ServiceConfig.SimplifyAfter and were drawn simpler instead.
func (s *Service) Simplified() int64 { return s.simplified.Load() }

// SimplifiedBySize counts the drawings drawn simpler without trying the full one, which the estimate of
// its layout's cost for the view's size said would take too long (tooSlowToTry).
func (s *Service) SimplifiedBySize() int64 { return s.simplerBySize.Load() }

// Render draws the subgraph for the web page in the format ("svg", "dot" or "png") with the layout (one of
// Layouts; "" chooses DefaultLayout for the number of entities). The title names the focus entities and the
// depth; in SVG and DOT entities link to their own neighbourhoods through the service's LinkBase. PNG has no
// links to follow, so it is the report PNG at DefaultDPI (see Export). The caller must not modify the bytes
// returned.
//
// Errors: EINVALID for an unknown format or layout; ETOOLARGE for more than graph.MaxMaxNodes entities; and
// from the pool (SVG and PNG) ETIMEOUT, EUNAVAILABLE and EINTERNAL, see Pool.SVG; for PNG those of PNG.
func (s *Service) Render(ctx context.Context, sg graph.Subgraph, layout, format string) ([]byte, error) {
	return s.Draw(ctx, sg, Drawing{Options: Options{Layout: layout}, Format: format})
}

// ExportOptions say how Export draws.
type ExportOptions struct {
	// Layout is one of Layouts; "" chooses DefaultLayout for the number of entities.
	Layout string
	// DPI is the resolution of a PNG, MinDPI..MaxDPI; 0 means DefaultDPI. Other formats ignore it.
	DPI int
}

// Export draws the subgraph for a report or a file, in the format ("svg", "png", "pdf" or "dot"): the title, the
// drawing and its legend, no links, and below them a footer naming the documents the evidence comes from,
// "Sources: <title> (<source>, <date>); ...", the documents past a few lines counted as "and N more". The
// bytes depend only on the subgraph and the options: the same view on the same data gives the same file,
// whatever the layout (fdp and sfdp are drawn on a fresh worker for that; see NeedsFreshWorker). DOT is the
// Graphviz source of the drawing, without the footer, which Graphviz cannot draw. The caller must not modify
// the bytes returned.
//
// Errors: those of Render, for PNG those of PNG and for PDF those of PDF.
func (s *Service) Export(ctx context.Context, sg graph.Subgraph, format string, o ExportOptions) ([]byte, error) {
	return s.Draw(ctx, sg, Drawing{Options: Options{Layout: o.Layout}, Format: format, Report: true, DPI: o.DPI})
}

// PNG draws the subgraph as the report SVG does (see Export) and paints that SVG at dpi dots per inch, so a
// drawing W points wide is W/72×dpi pixels wide; 0 means DefaultDPI. It is painted in this process, in Go,
// with the fonts embedded in the binary (internal/paint): no program outside actorgraph is needed, and the
// same view gives the same bytes. Painting stops when ctx ends or after the pool's render timeout.
//
// Errors: EINVALID for a DPI outside MinDPI..MaxDPI and for an unknown layout; ETOOLARGE when the picture
// would be over 64 megapixels (the message names the DPI that fits) or the view is too large to draw;
// ETIMEOUT when painting overruns; those of Render for the SVG; EINTERNAL when the SVG cannot be painted.
func (s *Service) PNG(ctx context.Context, sg graph.Subgraph, layout string, dpi int) ([]byte, error) {
	return s.png(ctx, &admission{}, sg, Options{Layout: layout}, dpi)
}

// PDF draws the subgraph as the report SVG does (see Export) as a one-page PDF of the same size in points
// (scaled down to fit 200 inches when larger), with its text as text in subsets of the embedded fonts. Like
// PNG it needs no program outside actorgraph and gives the same bytes for the same view: its dates are the
// newest source document's publication date, not the clock's.
//
// Errors: those of Render for the SVG; ETIMEOUT when painting overruns; EINTERNAL when the SVG cannot be
// painted.
func (s *Service) PDF(ctx context.Context, sg graph.Subgraph, layout string) ([]byte, error) {
	return s.pdf(ctx, &admission{}, sg, Options{Layout: layout})
}

func (s *Service) png(ctx context.Context, a *admission, sg graph.Subgraph, o Options, dpi int) ([]byte, error) {
	if dpi == 0 {
		dpi = DefaultDPI
	}
	if dpi < MinDPI || dpi > MaxDPI {
		return nil, graph.Errorf(graph.EINVALID, "DPI %d is outside %d..%d", dpi, MinDPI, MaxDPI)
	}
	return s.painted(ctx, a, sg, o, FormatPNG+"@"+strconv.Itoa(dpi), func(ctx context.Context, pic *paint.Picture) ([]byte, error) {
		if err := checkPNGSize(pic.Width, pic.Height, dpi); err != nil {
			return nil, err
		}
		return paint.PNG(ctx, pic, float64(dpi))
	})
}

func (s *Service) pdf(ctx context.Context, a *admission, sg graph.Subgraph, o Options) ([]byte, error) {
	info := paint.PDFInfo{Title: o.Title}
	if info.Title == "" {
		info.Title = Title(sg)
	}
	for _, d := range sg.Documents {
		if t, err := time.Parse(time.DateOnly, d.Published); err == nil && t.After(info.Date) {
			info.Date = t
		}
	}
	return s.painted(ctx, a, sg, o, FormatPDF, func(ctx context.Context, pic *paint.Picture) ([]byte, error) {
		return paint.PDF(ctx, pic, info)
	})
}

// painted makes the report SVG and paints it with paint, cached under the report DOT and what: at most
// Rasterizers at once, each stopped at the pool's render timeout or when ctx ends.
func (s *Service) painted(ctx context.Context, a *admission, sg graph.Subgraph, o Options, what string,
	paintIt func(context.Context, *paint.Picture) ([]byte, error)) ([]byte, error) {
	layout, err := checkView(sg, o.Layout)
	if err != nil {
		return nil, err
	}
	dot := reportDOT(sg, o, layout)
	kind := "paint:" + what
	return s.cached(ctx, a, keyOf(dot, layout, kind), func() string { return diskKey(dot, layout, kind) }, func() ([]byte, bool, error) {
		svg, err := s.reportSVG(ctx, a, sg, o, dot, layout)
		if err != nil {
			return nil, false, err
		}
		pic, err := paint.Parse(svg)
		if err != nil {
			return nil, false, graph.Wrap(err, graph.EINTERNAL, "the drawing could not be read to paint it")
		}
		select {
		case s.rasterizer <- struct{}{}:
			defer func() { <-s.rasterizer }()
		case <-ctx.Done():
			return nil, false, ctxError(ctx, "waiting to paint the drawing")
		}
		limit := s.timeout()
		pctx, cancel := context.WithTimeout(ctx, limit)
		defer cancel()
		b, err := paintIt(pctx, pic)
		var known *graph.Error
		switch {
		case err == nil:
			return b, true, nil
		case ctx.Err() != nil:
			return nil, false, ctxError(ctx, "painting the drawing")
		case pctx.Err() != nil:
			return nil, false, graph.Wrap(pctx.Err(), graph.ETIMEOUT, fmt.Sprintf("painting the drawing took longer than %s; try a lower DPI or a smaller view", limit))
		case errors.As(err, &known):
			return nil, false, err
		}
		return nil, false, graph.Wrap(err, graph.EINTERNAL, "the drawing could not be painted")
	})
}

// checkView validates the layout and the size of the view, and returns the layout to use.
func checkView(sg graph.Subgraph, layout string) (string, error) {
	if layout == "" {
		layout = DefaultLayout(len(sg.Entities))
	} else if err := CheckLayout(layout); err != nil {
		return "", err
	}
	if n := len(sg.Entities); n > graph.MaxMaxNodes {
		return "", graph.Errorf(graph.ETOOLARGE, "the view has %d actors; at most %d can be drawn", n, graph.MaxMaxNodes)
	}
	return layout, nil
}

// reportDOT is the DOT of a report drawing: no links, since a file has no server to follow them to.
func reportDOT(sg graph.Subgraph, o Options, layout string) []byte {
	o.Layout, o.LinkBase = layout, ""
	if o.Title == "" {
		o.Title = Title(sg)
	}
	return DOT(sg, o)
}

// reportSVG renders the report DOT (see reportDrawing), and like the page's drawing (inTime) never
// leaves it to time out: a view whose layout is estimated too slow for its size is drawn simpler at once,
// and one that overruns simplifyAfter is stopped and drawn simpler in the rest of the timeout, the title
// starting "Simplified · " either way. So an export is a function of the view, its options and the server's
// render timeout (which sets the budget the estimate is held to), byte for byte, unless the machine is so
// loaded that a drawing the estimate let through overruns its budget: that simpler drawing is kept in the
// memory cache, which answers the same export until it is dropped, but not on disk. It is cached under
// the full drawing's DOT.
func (s *Service) reportSVG(ctx context.Context, a *admission, sg graph.Subgraph, o Options, dot []byte, layout string) ([]byte, error) {
	return s.cached(ctx, a, keyOf(dot, layout, "report-"+FormatSVG), func() string { return diskKey(dot, layout, "report-"+FormatSVG) }, func() ([]byte, bool, error) {
		o.Layout = layout
		return s.inTime(ctx, sg, o, o.Title == "", dot, func(sg graph.Subgraph, o Options) []byte { return reportDOT(sg, o, o.Layout) }, s.reportDrawing)
	})
}

// reportDrawing renders dot, the report DOT of sg drawn with o (o.Layout set), each render given at most
// limit (0: the pool's timeout), on a fresh worker for the layouts that need one to be reproducible, and
// adds the fonts and the footer. A dot drawing without pins is drawn both top to bottom (the DOT given) and
// left to right (Options.Across), at once, and the one that fits a landscape page (pagePt) at the larger
// scale is kept, top to bottom on a tie. Top to bottom alone drew the seed's CSTO view 2,514 points wide
// and 921 tall: fitted to a 10-inch-wide page its 11-point labels came out at 3.2 points; left to right, at
// 4.0. The choice is a function of the DOT, so the same view still gives the same bytes. lasting is false
// when the drawing left to right failed and top to bottom was kept without the choice.
func (s *Service) reportDrawing(ctx context.Context, sg graph.Subgraph, o Options, dot []byte, limit time.Duration) ([]byte, bool, error) {
	layout := o.Layout
	if layout != "dot" || len(o.Pins) > 0 {
		out, err := s.finishedSVG(ctx, sg, dot, layout, limit)
		return out, err == nil, err
	}
	type drawn struct {
		svg []byte
		err error
	}
	across := make(chan drawn, 1)
	go func() {
		o.Across = true
		svg, err := s.finishedSVG(ctx, sg, reportDOT(sg, o, layout), layout, limit)
		across <- drawn{svg, err}
	}()
	down, err := s.finishedSVG(ctx, sg, dot, layout, limit)
	lr := <-across
	if err != nil {
		return nil, false, err
	}
	if lr.err != nil {
		// The other way round is a nicety: its failure (a timeout under load) does not fail the export,
		// but the drawing is not written to disk, so that it does not stand in for the one a calmer
		// moment would choose.
		return down, false, nil
	}
	if pageScale(lr.svg) > pageScale(down) {
		return lr.svg, true, nil
	}
	return down, true, nil
}

// finishedSVG renders a report DOT in at most limit (0: the pool's timeout) and adds the fonts and the footer.
func (s *Service) finishedSVG(ctx context.Context, sg graph.Subgraph, dot []byte, layout string, limit time.Duration) ([]byte, error) {
	svg, err := s.draw(ctx, dot, layout, NeedsFreshWorker(layout), limit)
	if err != nil {
		return nil, err
	}
	out, err := addFooter(finishSVG(svg), sg.Documents)
	if err != nil {
		return nil, graph.Wrap(err, graph.EINTERNAL, "the drawing could not be finished")
	}
	return out, nil
}

// pagePt is the printable area, in points, of a landscape A4 or Letter page that a report is sized for:
// about 10 × 7 inches.
var pagePt = [2]float64{720, 504}

// pageScale is the scale at which a finished SVG fits pagePt whole (1 pt of the drawing is that many points
// on the page), or 0 when its size cannot be read.
func pageScale(svg []byte) float64 {
	sz, err := parseSVGSize(svg)
	if err != nil || sz.widthPt <= 0 || sz.heightPt <= 0 {
		return 0
	}
	return min(pagePt[0]/sz.widthPt, pagePt[1]/sz.heightPt)
}

// draw renders DOT in the pool, on a fresh worker if fresh (see Pool.FreshSVG), in at most limit (0: the
// pool's timeout).
func (s *Service) draw(ctx context.Context, dot []byte, layout string, fresh bool, limit time.Duration) ([]byte, error) {
	if s.pool == nil {
		return nil, graph.Errorf(graph.EUNAVAILABLE, "no renderer is configured")
	}
	svg, err := s.pool.svg(ctx, dot, layout, fresh, limit)
	if err != nil {
		return nil, s.ownDOT(err)
	}
	return svg, nil
}

// ownDOT returns the error of rendering a DOT this package wrote: Graphviz refusing it (EINVALID) is a bug
// here, not a problem with the request.
func (s *Service) ownDOT(err error) error {
	if graph.ErrorCode(err) == graph.EINVALID {
		return graph.Wrap(err, graph.EINTERNAL, "the drawing could not be rendered")
	}
	return err
}

// cached returns the cached bytes for key, or makes, caches and returns them once a admits the work. A
// hit is answered before admission, so it never waits for a place; a drawing another call made while this
// one waited for its place is answered from the cache too. With a disk cache, diskName names the drawing's
// file there: a drawing on disk is answered before admission as well, and one build made is written there
// after, when build says it is lasting: a drawing simplified for time (drawPage) is kept in memory only, so
// that a moment of heavy load does not stand in for the full drawing after a restart.
func (s *Service) cached(ctx context.Context, a *admission, key cacheKey, diskName func() string, build func() ([]byte, bool, error)) ([]byte, error) {
	if s.cache != nil {
		if b, ok := s.cache.get(key); ok {
			return b, nil
		}
	}
	var name string
	if s.disk != nil {
		name = diskName()
		if b, ok := s.disk.get(name); ok {
			if s.cache != nil {
				s.cache.add(key, b, false)
			}
			return b, nil
		}
	}
	if waited, err := a.enter(ctx); err != nil {
		return nil, err
	} else if waited && s.cache != nil {
		if b, ok := s.cache.peek(key); ok {
			return b, nil
		}
	}
	b, lasting, err := build()
	if err != nil {
		return nil, err
	}
	if s.cache != nil {
		s.cache.add(key, b, false)
	}
	if s.disk != nil && lasting {
		s.disk.putLater(name, b)
	}
	return b, nil
}

// admission asks for a Draw's place (Drawing.Admit) at its first cache miss, and only once: a PNG missing
// from the cache may miss its report SVG too, and takes one place for both.
type admission struct {
	admit   func(context.Context) (func(), error)
	release func() // set once admitted
}

// enter asks for the place unless there is nothing to ask or it is held already; waited says it asked now.
func (a *admission) enter(ctx context.Context) (waited bool, err error) {
	if a.admit == nil || a.release != nil {
		return false, nil
	}
	release, err := a.admit(ctx)
	if err != nil {
		return true, err
	}
	if release == nil {
		release = func() {}
	}
	a.release = release
	return true, nil
}

// leave gives the place back, if one was taken.
func (a *admission) leave() {
	if a.release != nil {
		a.release()
	}
}

// timeout bounds painting a PNG or PDF: the pool's render timeout, since it is the same kind of work.
func (s *Service) timeout() time.Duration {
	if s.pool == nil {
		return DefaultTimeout
	}
	return s.pool.Timeout()
}

// CacheStats are counters of a service's cache.
type CacheStats struct {
	Entries      int
	Bytes        int64
	Hits, Misses int64
}

// CacheStats returns the counters of the service's cache (zero when it has none).
func (s *Service) CacheStats() CacheStats {
	if s.cache == nil {
		return CacheStats{}
	}
	n, b, h, m, _, _ := s.cache.stats()
	return CacheStats{Entries: n, Bytes: b, Hits: h, Misses: m}
}

// Title describes a subgraph in one line: its focus entities, the depth and how much it shows.
func Title(sg graph.Subgraph) string {
	var names []string
	for _, id := range sg.Focus {
		if e, ok := sg.Entity(id); ok {
			names = append(names, displayName(e))
		} else {
			names = append(names, clean(id))
		}
	}
	var b strings.Builder
	switch {
	case len(names) == 0:
		b.WriteString("Actors")
	case len(names) <= 3:
		b.WriteString(strings.Join(names, ", "))
	default:
		fmt.Fprintf(&b, "%s and %d more", strings.Join(names[:3], ", "), len(names)-3)
	}
	if sg.Depth > 0 {
		fmt.Fprintf(&b, " · depth %d", sg.Depth)
	}
	fmt.Fprintf(&b, " · %s, %s", plural(len(sg.Entities), "actor"), plural(len(sg.Relations), "relationship"))
	omitted := 0
	for _, n := range sg.Omitted {
		omitted += max(n, 0)
	}
	switch {
	case omitted > 0 && sg.OmittedRelations > 0:
		fmt.Fprintf(&b, " (%d more actors and %d more relationships not shown)", omitted, sg.OmittedRelations)
	case omitted > 0:
		fmt.Fprintf(&b, " (%d more not shown)", omitted)
	case sg.OmittedRelations > 0:
		fmt.Fprintf(&b, " (%d more relationships not shown)", sg.OmittedRelations)
	}
	if n := len(sg.Hidden); n > 0 {
		fmt.Fprintf(&b, " · %s hidden", plural(n, "actor"))
	}
	return b.String()
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
