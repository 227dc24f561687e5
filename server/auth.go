package server

import (
	"fmt"
	"math"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/labstack/echo/v4"
	"golang.org/x/time/rate"
)

// The server's own error codes for writing: only the HTTP layer has credentials.
const (
	eUnauthorized = "unauthorized" // no token, or one no editor has: 401
	eForbidden    = "forbidden"    // writing is off on this server: 403
	eRateLimited  = "rate_limited" // too many writes, or too many wrong tokens: 429
)

// Defaults of the write limits. An analyst correcting the graph makes a few writes a minute; a script
// sending a folder of articles makes one a file, each bounded in size, so one write a second with bursts
// of 30 lets both through and keeps one token from filling the store or the extractor's time.
const (
	DefaultWriteRate  = rate.Limit(1)
	DefaultWriteBurst = 30
	// Wrong tokens from one address: ten a minute. A token has at least MinTokenLength characters, so
	// guessing one at that pace is hopeless; the limit keeps the attempts out of the log's way too.
	failedAuthRate  = rate.Limit(10.0 / 60)
	failedAuthBurst = 10
	// maxTrackedClients bounds the addresses whose wrong tokens are counted; past it the counts start over.
	maxTrackedClients = 10_000
)

// editorKey is where a request's editor name is kept in the echo context.
const editorKey = "actorgraph.editor"

// writeGuard decides who may write: the editors, each within their own rate limit.
type writeGuard struct {
	editors *Editors
	limits  map[string]*rate.Limiter // by editor name; fixed once made

	mu     sync.Mutex
	failed map[string]*rate.Limiter // wrong tokens, by client address
}

func newWriteGuard(eds *Editors, every rate.Limit, burst int) *writeGuard {
	g := &writeGuard{editors: eds, limits: map[string]*rate.Limiter{}, failed: map[string]*rate.Limiter{}}
	for _, name := range eds.Names() {
		g.limits[name] = rate.NewLimiter(every, burst)
	}
	return g
}

// enabled reports whether anyone may write.
func (g *writeGuard) enabled() bool { return g.editors.Len() > 0 }

// requireEditor lets a request through only with the token of an editor who is within their rate limit,
// and records the editor's name for the handler (editorOf). Without editors every write is 403.
func (g *writeGuard) requireEditor(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if !g.enabled() {
			return graph.Errorf(eForbidden, "writing is off on this server: start it with ACTORGRAPH_EDIT_TOKEN or ACTORGRAPH_EDITORS_FILE to let editors write")
		}
		name, err := g.authenticate(c)
		if err != nil {
			return err
		}
		if name == "" {
			c.Response().Header().Set("WWW-Authenticate", `Bearer realm="actorgraph"`)
			return graph.Errorf(eUnauthorized, `writing needs an editor's token: send it as "Authorization: Bearer <token>"`)
		}
		if r := g.limits[name].Reserve(); r.Delay() > 0 {
			wait := r.Delay()
			r.Cancel() // the write is refused, so it uses none of the allowance
			c.Response().Header().Set("Retry-After", retryAfter(wait))
			return graph.Errorf(eRateLimited, "editor %s has made too many changes at once; try again in %s", name, retryAfter(wait)+" s")
		}
		c.Set(editorKey, name)
		return next(c)
	}
}

// authenticate returns the editor whose token the request carries: "" when it carries none, 401 when it
// carries one that no editor has (429 after too many of those from one address).
func (g *writeGuard) authenticate(c echo.Context) (string, error) {
	h := c.Request().Header.Values(echo.HeaderAuthorization)
	if len(h) == 0 {
		return "", nil
	}
	token, ok := bearer(h)
	if !ok {
		c.Response().Header().Set("WWW-Authenticate", `Bearer realm="actorgraph", error="invalid_request"`)
		return "", graph.Errorf(eUnauthorized, `the Authorization header should be one "Bearer <token>"`)
	}
	if !g.allowAttempt(c.RealIP()) {
		c.Response().Header().Set("Retry-After", "60")
		return "", graph.Errorf(eRateLimited, "too many wrong tokens from this address; try again in a minute")
	}
	name, ok := g.editors.lookup(token)
	if !ok {
		g.failedAttempt(c.RealIP())
		c.Response().Header().Set("WWW-Authenticate", `Bearer realm="actorgraph", error="invalid_token"`)
		return "", graph.Errorf(eUnauthorized, "this token is not an editor's")
	}
	return name, nil
}

// bearer returns the token of the one "Bearer <token>" header (the scheme in any case, RFC 9110 11.1).
func bearer(values []string) (string, bool) {
	if len(values) != 1 {
		return "", false
	}
	scheme, token, ok := strings.Cut(values[0], " ")
	token = strings.TrimSpace(token)
	if !ok || !strings.EqualFold(scheme, "Bearer") || token == "" || strings.ContainsAny(token, " \t") {
		return "", false
	}
	return token, true
}

// allowAttempt reports whether the address may try a token now: it has not used up its wrong tokens.
func (g *writeGuard) allowAttempt(addr string) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	l := g.failed[addr]
	return l == nil || l.Tokens() >= 1
}

// failedAttempt counts a wrong token from the address.
func (g *writeGuard) failedAttempt(addr string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	l := g.failed[addr]
	if l == nil {
		if len(g.failed) >= maxTrackedClients {
			clear(g.failed)
		}
		l = rate.NewLimiter(failedAuthRate, failedAuthBurst)
		g.failed[addr] = l
	}
	l.Allow()
}

// editorOf returns the name of the editor making the request, set by requireEditor.
func editorOf(c echo.Context) string {
	name, _ := c.Get(editorKey).(string)
	return name
}

// retryAfter is a wait in whole seconds, at least 1, for Retry-After.
func retryAfter(d time.Duration) string {
	return fmt.Sprint(max(1, int(math.Ceil(d.Seconds()))))
}

// editorAnswer is what GET /api/editor says: whether this server takes writes and, for a request with a
// valid token, whose it is.
type editorAnswer struct {
	Writes bool   `json:"writes"`
	Editor string `json:"editor,omitempty"`
}

// whoami answers GET /api/editor: the page's sign-in form checks a token with it before keeping it.
func (s *Server) whoami(c echo.Context) error {
	c.Response().Header().Set("Cache-Control", "no-store")
	if !s.guard.enabled() {
		return c.JSON(http.StatusOK, editorAnswer{})
	}
	name, err := s.guard.authenticate(c)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, editorAnswer{Writes: true, Editor: name})
}
