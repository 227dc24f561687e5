package server

import (
	"math"
	"net/url"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/labstack/echo/v4"
)

// maxQueryLen bounds every query parameter; nothing legitimate comes close.
const maxQueryLen = 2000

// query returns the trimmed value of query parameter name, or EINVALID when it is over maxQueryLen.
func query(c echo.Context, name string) (string, error) {
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
	for _, d := range []struct {
		to    *string
		names []string
	}{{&f.From, []string{fromName, "from_date"}}, {&f.To, []string{toName, "to_date"}}} {
		for _, name := range d.names {
			if name == "" || *d.to != "" {
				continue
			}
			if *d.to, err = query(c, name); err != nil {
				return f, err
			}
		}
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
