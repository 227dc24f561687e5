package server

import (
	"context"
	"maps"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/export"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
	"github.com/actorgraph/actorgraph/view"
	"github.com/labstack/echo/v4"
)

// output is how a client asked for a view: format=, layout=, dpi=, size= and download=, shared by every
// view. It is read before the view is computed, so a bad parameter costs nothing.
type output struct {
	view.Output
	size     string // "" or a view.SizeBy measure
	download bool   // an attachment named by the view, drawn for a report
	// pane, when the page gives its size (w= and h=, CSS pixels), fits the view to it (view.Fit): its SVG
	// and its JSON, so that both say the same; more= lists the actors whose left-out ties to bring in.
	pane *view.Pane
	// hide= lists the actors (ids, names or aliases) the reader hid from the view (view.Hide): the page sends them with a
	// download, so the file holds what the analyst sees and says how many it leaves out.
	hide []string
}

// formatNames is what format= accepts, for error messages.
var formatNames = strings.Join(append([]string{export.JSON}, drawnAndData()...), ", ")

func drawnAndData() []string {
	var names []string
	for _, f := range export.Formats() {
		if f.Name != export.JSON {
			names = append(names, f.Name)
		}
	}
	return names
}

func outputParams(c echo.Context) (output, error) {
	var o output
	format, err := query(c, "format")
	if err != nil {
		return o, err
	}
	// A format is one of the names exactly, as layouts and kinds are: export.Lookup also takes "SVG".
	o.Format = format
	if o.Format == "" {
		o.Format = export.JSON
	}
	if f, err := export.Lookup(o.Format); err != nil || f.Name != o.Format {
		return o, graph.Errorf(graph.EINVALID, "format %q is not one of %s", graph.Clip(format), formatNames)
	}
	if o.Layout, err = query(c, "layout"); err != nil {
		return o, err
	}
	if o.DPI, err = intParam(c, "dpi", 0, render.MinDPI, render.MaxDPI); err != nil {
		return o, err
	}
	if o.size, err = query(c, "size"); err != nil {
		return o, err
	}
	switch o.size {
	case "", view.SizeCentrality, view.SizePageRank, view.SizeDegree, view.SizeBetween:
	default:
		return o, graph.Errorf(graph.EINVALID, "size %q is not one of centrality, pagerank, degree, betweenness", graph.Clip(o.size))
	}
	if o.download, err = boolParam(c, "download"); err != nil {
		return o, err
	}
	if o.Pins, err = pinsParam(c); err != nil {
		return o, err
	}
	o.Report = o.download
	if o.hide, err = listParam(c, "hide"); err != nil {
		return o, err
	}
	if len(o.hide) > view.MaxHidden {
		return o, graph.Errorf(graph.EINVALID, "at most %d actors in hide, got %d", view.MaxHidden, len(o.hide))
	}
	if o.pane, err = paneParams(c, o.size); err != nil {
		return o, err
	}
	return o, view.CheckOutput(o.Output)
}

// paneParams reads w= and h=, the size of the page's pane in CSS pixels, and more=: nil without w and h.
// A download is a file to zoom in, and is never fitted.
func paneParams(c echo.Context, measure string) (*view.Pane, error) {
	w, err := intParam(c, "w", 0, 1, 100000)
	if err != nil {
		return nil, err
	}
	h, err := intParam(c, "h", 0, 1, 100000)
	if err != nil {
		return nil, err
	}
	more, err := listParam(c, "more")
	if err != nil {
		return nil, err
	}
	if (w == 0) != (h == 0) {
		return nil, graph.Errorf(graph.EINVALID, "parameters w and h give the pane's size together; give both or neither")
	}
	if w == 0 {
		if len(more) > 0 {
			return nil, graph.Errorf(graph.EINVALID, "parameter more needs the pane's size (w and h)")
		}
		return nil, nil
	}
	if len(more) > 50 {
		return nil, graph.Errorf(graph.EINVALID, "at most 50 actors in more, got %d", len(more))
	}
	return &view.Pane{W: w, H: h, Measure: measure, More: more}, nil
}

// fit fits the view to the page's pane when the request gave one, for the page's SVG and JSON.
func (s *Server) fit(ctx context.Context, v *view.View, o output) error {
	if o.pane == nil || o.download || s.rend == nil || (o.Format != export.SVG && o.Format != export.JSON) {
		return nil
	}
	p := *o.pane
	// A growing view (the page sends where its actors are) keeps every actor already on screen.
	p.Keep = slices.Sorted(maps.Keys(o.Pins))
	return v.Fit(ctx, s.rend, o.Layout, p, &s.fits)
}

// respond hands the view out as the client asked: JSON, data for other tools, or a drawing (SVG always
// with the restrictive CSP), with an ETag, and as an attachment named after the view when download=1.
func (s *Server) respond(c echo.Context, v view.View, o output) error {
	hide := make([]string, len(o.hide))
	for i, ref := range o.hide {
		var err error
		if hide[i], err = graph.ResolveEntity(c.Request().Context(), s.store, ref); err != nil {
			return err
		}
	}
	v.Hide(hide)
	if err := v.SizeBy(c.Request().Context(), o.size); err != nil {
		return err
	}
	if err := s.fit(c.Request().Context(), &v, o); err != nil {
		return err
	}
	if f, _ := export.Lookup(o.Format); f.Drawn && s.rend == nil {
		return graph.Errorf(graph.EUNAVAILABLE, "this server has no renderer; ask for format=json")
	}
	body, contentType, err := v.Bytes(c.Request().Context(), s.rend, o.Output)
	if err != nil {
		return err
	}
	h := c.Response().Header()
	if o.Format == export.SVG {
		h.Set("Content-Security-Policy", svgCSP)
	}
	if o.download {
		// Filename is ASCII letters, digits, hyphens and a dot: safe in the header as it is.
		h.Set("Content-Disposition", `attachment; filename="`+v.Filename(o.Format)+`"`)
	}
	return s.blob(c, contentType, body)
}
