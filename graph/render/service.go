package render

import (
	"context"
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// ServiceConfig configures a Service.
type ServiceConfig struct {
	// Pool renders SVG. The Service does not own it: whoever made the pool closes it.
	Pool *Pool
	// LinkBase is the start of every entity's link in the drawings (see Options.LinkBase), e.g. "/view?focus=".
	LinkBase string
	// CacheBytes bounds the cache of rendered SVG; 0 means DefaultCacheBytes, negative turns the cache off.
	CacheBytes int64
}

// DefaultCacheBytes is the default bound on cached SVG.
const DefaultCacheBytes = 64 << 20

// Service draws subgraphs for the server: it builds the DOT, renders it in the pool and caches the SVG by a
// hash of the DOT and layout, so showing the same view again costs a hash and a copy. Safe for concurrent use.
type Service struct {
	pool     *Pool
	linkBase string
	cache    *lru // nil when caching is off
}

// NewService returns a service rendering with cfg.Pool.
func NewService(cfg ServiceConfig) *Service {
	s := &Service{pool: cfg.Pool, linkBase: cfg.LinkBase}
	switch {
	case cfg.CacheBytes == 0:
		s.cache = newLRU(DefaultCacheBytes)
	case cfg.CacheBytes > 0:
		s.cache = newLRU(cfg.CacheBytes)
	}
	return s
}

// Formats a Service renders.
const (
	FormatSVG = "svg"
	FormatDOT = "dot"
)

// Render draws the subgraph in the format ("svg" or "dot") with the layout (one of Layouts; "" chooses
// DefaultLayout for the number of entities). The title names the focus entities and the depth; entities
// link to their own neighbourhoods through the service's LinkBase. The caller must not modify the bytes
// returned.
//
// Errors: EINVALID for an unknown format or layout; ETOOLARGE for more than graph.MaxMaxNodes entities; and
// from the pool (SVG only) ETIMEOUT, EUNAVAILABLE and EINTERNAL, see Pool.SVG.
func (s *Service) Render(ctx context.Context, sg graph.Subgraph, layout, format string) ([]byte, error) {
	if format != FormatSVG && format != FormatDOT {
		return nil, graph.Errorf(graph.EINVALID, "unknown format %q (want svg or dot)", format)
	}
	if layout == "" {
		layout = DefaultLayout(len(sg.Entities))
	} else if err := CheckLayout(layout); err != nil {
		return nil, err
	}
	if n := len(sg.Entities); n > graph.MaxMaxNodes {
		return nil, graph.Errorf(graph.ETOOLARGE, "the view has %d actors; at most %d can be drawn", n, graph.MaxMaxNodes)
	}
	dot := DOT(sg, Options{Title: Title(sg), LinkBase: s.linkBase, Layout: layout})
	if format == FormatDOT {
		return dot, nil
	}
	var key cacheKey
	if s.cache != nil {
		key = keyOf(dot, layout, format)
		if svg, ok := s.cache.get(key); ok {
			return svg, nil
		}
	}
	if s.pool == nil {
		return nil, graph.Errorf(graph.EUNAVAILABLE, "no renderer is configured")
	}
	svg, err := s.pool.SVG(ctx, dot, layout)
	if err != nil {
		if graph.ErrorCode(err) == graph.EINVALID {
			// The DOT is ours: Graphviz refusing it is a bug here, not a problem with the request.
			return nil, graph.Wrap(err, graph.EINTERNAL, "the drawing could not be rendered")
		}
		return nil, err
	}
	if s.cache != nil {
		s.cache.add(key, svg)
	}
	return svg, nil
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
	n, b, h, m := s.cache.stats()
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
	if omitted > 0 {
		fmt.Fprintf(&b, " (%d more not shown)", omitted)
	}
	return b.String()
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
