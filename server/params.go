package server

import (
	"math"
	"net/url"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
	"github.com/labstack/echo/v4"
)

// maxQueryLen bounds every query parameter; nothing legitimate comes close.
const maxQueryLen = 2000

// strictQuery answers 400 to a query string that does not parse whole. net/url drops a pair that holds a
// ";" or a malformed %-escape and reads the rest, so "format=svg;x=1" was read as no format at all and
// answered with JSON; a client that made such a URL gets told rather than a view it did not ask for.
func strictQuery(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if err := checkQuery(c.Request().URL.RawQuery); err != nil {
			return err
		}
		return next(c)
	}
}

// checkQuery returns EINVALID naming the first pair of raw that url.ParseQuery would drop. raw is at most
// maxRawQuery bytes (limitRequest runs first).
func checkQuery(raw string) error {
	for raw != "" {
		var pair string
		pair, raw, _ = strings.Cut(raw, "&")
		if strings.Contains(pair, ";") {
			return graph.Errorf(graph.EINVALID, `the query string has a ";" in %q: separate parameters with "&" (a ";" in a value is %%3B)`, graph.Clip(pair))
		}
		key, value, _ := strings.Cut(pair, "=")
		if _, err := url.QueryUnescape(key); err != nil {
			return graph.Errorf(graph.EINVALID, "the query string has a malformed %%-escape in %q", graph.Clip(pair))
		}
		if _, err := url.QueryUnescape(value); err != nil {
			return graph.Errorf(graph.EINVALID, "the query string has a malformed %%-escape in %q", graph.Clip(pair))
		}
	}
	return nil
}

// query returns the trimmed value of query parameter name, which takes one value: EINVALID when it is
// given more than once (depth=1&depth=3 would otherwise be read as depth=1, the first silently winning) or
// is over maxQueryLen. Lists, which may repeat, are read by listParam.
func query(c echo.Context, name string) (string, error) {
	values := c.QueryParams()[name]
	if len(values) > 1 {
		return "", graph.Errorf(graph.EINVALID, "parameter %s is given %d times; it takes one value", name, len(values))
	}
	v := strings.TrimSpace(c.QueryParam(name))
	if len(v) > maxQueryLen {
		return "", graph.Errorf(graph.EINVALID, "parameter %s is longer than %d bytes", name, maxQueryLen)
	}
	return v, nil
}

// intParam parses an optional integer parameter within [lo, hi].
func intParam(c echo.Context, name string, def, lo, hi int) (int, error) {
	v, err := query(c, name)
	if err != nil || v == "" {
		return def, err
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, graph.Errorf(graph.EINVALID, "parameter %s=%q is not a whole number", name, graph.Clip(v))
	}
	if n < lo || n > hi {
		return 0, graph.Errorf(graph.EINVALID, "parameter %s=%d is outside %d..%d", name, n, lo, hi)
	}
	return n, nil
}

// fractionParam parses an optional number in 0..1, such as a confidence.
func fractionParam(c echo.Context, name string) (float64, error) {
	v, err := query(c, name)
	if err != nil || v == "" {
		return 0, err
	}
	x, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
		return 0, graph.Errorf(graph.EINVALID, "parameter %s=%q is not a number (want one from 0 to 1, such as 0.7)", name, graph.Clip(v))
	}
	if x < 0 || x > 1 {
		return 0, graph.Errorf(graph.EINVALID, "parameter %s=%s is outside 0..1", name, graph.Clip(v))
	}
	return x, nil
}

// boolParam parses an optional flag: 1, true or yes; 0, false, no or absent.
func boolParam(c echo.Context, name string) (bool, error) {
	v, err := query(c, name)
	if err != nil {
		return false, err
	}
	switch strings.ToLower(v) {
	case "", "0", "false", "no":
		return false, nil
	case "1", "true", "yes":
		return true, nil
	}
	return false, graph.Errorf(graph.EINVALID, "parameter %s=%q is not 1 or 0", name, graph.Clip(v))
}

// idParam returns a required entity id parameter.
func idParam(c echo.Context, name string) (string, error) {
	v, err := query(c, name)
	if err != nil {
		return "", err
	}
	if v == "" {
		return "", graph.Errorf(graph.EINVALID, "parameter %s is required: the id of an entity (find ids with /api/search?q=)", name)
	}
	return v, nil
}

// entityParam reads the parameter named as an entity's id, name or alias and returns the id
// (graph.ResolveEntity). Errors: EINVALID when it is missing; ENOTFOUND, with the candidates, when it names
// no actor or several.
func (s *Server) entityParam(c echo.Context, name string) (string, error) {
	ref, err := idParam(c, name)
	if err != nil {
		return "", err
	}
	return graph.ResolveEntity(c.Request().Context(), s.store, ref)
}

// listParam reads a list given as repeated parameters, comma-separated values, or both.
func listParam(c echo.Context, name string) ([]string, error) {
	var out []string
	for _, v := range c.QueryParams()[name] {
		if len(v) > maxQueryLen {
			return nil, graph.Errorf(graph.EINVALID, "parameter %s is longer than %d bytes", name, maxQueryLen)
		}
		for _, item := range strings.Split(v, ",") {
			if item = strings.TrimSpace(item); item != "" {
				out = append(out, item)
			}
		}
	}
	return out, nil
}

// filterParams reads the filter shared by every subgraph view. The date range is from= and to=, or
// from_date= and to_date=, the names /api/paths takes since its from= and to= are the ends of the path.
func filterParams(c echo.Context) (graph.Filter, error) {
	return readFilter(c, "from", "to")
}

// readFilter reads the filter with the date range in the parameters named, or in from_date and to_date.
func readFilter(c echo.Context, fromName, toName string) (graph.Filter, error) {
	var f graph.Filter
	kinds, err := listParam(c, "kinds")
	if err != nil {
		return f, err
	}
	for _, k := range kinds {
		kind, err := graph.ParseKind(k)
		if err != nil {
			return f, err
		}
		f.Kinds = append(f.Kinds, kind)
	}
	types, err := listParam(c, "types")
	if err != nil {
		return f, err
	}
	for _, t := range types {
		info, err := graph.LookupRelType(t)
		if err != nil {
			return f, err
		}
		f.Types = append(f.Types, info.Type)
	}
	stances, err := listParam(c, "stances")
	if err != nil {
		return f, err
	}
	for _, s := range stances {
		st, err := graph.ParseStance(s)
		if err != nil {
			return f, err
		}
		f.Stances = append(f.Stances, st)
	}
	if f.Documents, err = listParam(c, "documents"); err != nil {
		return f, err
	}
	if f.From, err = dateParam(c, fromName, "from_date", "start"); err != nil {
		return f, err
	}
	if f.To, err = dateParam(c, toName, "to_date", "end"); err != nil {
		return f, err
	}
	if f.MinEvidence, err = intParam(c, "min_evidence", 0, 0, 1000); err != nil {
		return f, err
	}
	if f.MinConfidence, err = fractionParam(c, "min_confidence"); err != nil {
		return f, err
	}
	if f.MaxNodes, err = intParam(c, "max_nodes", graph.DefaultMaxNodes, 1, graph.MaxMaxNodes); err != nil {
		return f, err
	}
	return f, f.Validate()
}

// dateParam reads one end of the date range, given under name (none when name is "") or under alias, not
// both: from=2022-01-01&from_date=2023-01-01 would otherwise be read as one of the two silently.
func dateParam(c echo.Context, name, alias, end string) (string, error) {
	v, err := query(c, alias)
	if err != nil || name == "" {
		return v, err
	}
	w, err := query(c, name)
	if err != nil {
		return "", err
	}
	if v != "" && w != "" {
		return "", graph.Errorf(graph.EINVALID, "parameters %s and %s both give where the dates %s; give one", name, alias, end)
	}
	return v + w, nil
}

// pathID returns the unescaped path parameter, so ids with reserved characters work however a client
// encodes them.
func pathID(c echo.Context, name string) (string, error) {
	raw := c.Param(name)
	id, err := url.PathUnescape(raw)
	if err != nil || id == "" || len(id) > maxQueryLen {
		return "", graph.Errorf(graph.EINVALID, "malformed id %q", graph.Clip(raw))
	}
	return id, nil
}

// Limits of the pins parameter: one pin per actor a view can draw, each an id (at most about 140
// characters) and four numbers.
const (
	maxPins    = graph.MaxMaxNodes
	maxPinsLen = maxPins * 160
)

// pinsParam parses pins=ID@X,Y|ID@X,Y,W,H...: where the page's previous drawing put the actors, in points
// with y upwards, and optionally the size of each actor's shape there (see render.Pin). Entity ids hold neither "|" nor "@". An id the view does not draw is ignored.
func pinsParam(c echo.Context) (map[string]render.Pin, error) {
	values := c.QueryParams()["pins"]
	if len(values) > 1 {
		return nil, graph.Errorf(graph.EINVALID, "parameter pins is given %d times; it takes one value", len(values))
	}
	if len(values) == 0 || values[0] == "" {
		return nil, nil
	}
	v := values[0]
	if len(v) > maxPinsLen {
		return nil, graph.Errorf(graph.EINVALID, "parameter pins is longer than %d bytes", maxPinsLen)
	}
	items := strings.Split(v, "|")
	if len(items) > maxPins {
		return nil, graph.Errorf(graph.EINVALID, "parameter pins has %d positions; at most %d", len(items), maxPins)
	}
	pins := make(map[string]render.Pin, len(items))
	for i, item := range items {
		id, xy, ok := strings.Cut(item, "@")
		fields := strings.Split(xy, ",")
		ok = ok && id != "" && (len(fields) == 2 || len(fields) == 4)
		var v [4]float64
		for k := 0; ok && k < len(fields); k++ {
			n, err := strconv.ParseFloat(fields[k], 64)
			// A size (W, H) is above zero; every number within the bound, NaN excluded.
			ok = err == nil && math.Abs(n) <= render.MaxPinCoord && (k < 2 || n > 0)
			v[k] = n
		}
		if !ok {
			return nil, graph.Errorf(graph.EINVALID, "parameter pins: position %d (%q) is not ID@X,Y or ID@X,Y,W,H with numbers within ±%g (W, H above 0)",
				i+1, graph.Clip(item), render.MaxPinCoord)
		}
		pins[id] = render.Pin{X: v[0], Y: v[1], W: v[2], H: v[3]}
	}
	return pins, nil
}
