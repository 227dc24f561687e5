// Package fetch gets news articles from the web on behalf of users: a link in, an article out.
//
// The server fetches what anyone with the page can ask for, so a fetch is bounded and kept out of the
// network the server sits in: http and https only; no loopback, private, link-local, multicast or other
// special address unless Config.AllowPrivate says so, checked on the address actually dialled, after DNS,
// for every connection (redirects included); at most MaxRedirects redirects; a size limit; timeouts for the
// connection, the headers and the whole fetch; no proxy from the environment; robots.txt obeyed (RFC 9309);
// and a User-Agent that says who is asking.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest/article"
	"github.com/actorgraph/actorgraph/ingest/webpage"
)

// DefaultUserAgent names the program and where to read about it.
const DefaultUserAgent = "actorgraph/1 (+https://github.com/actorgraph/actorgraph; news reader for analysts)"

// Defaults for the Config fields left zero.
const (
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBytes     = webpage.MaxSize
	DefaultMaxRedirects = 5
)

// Config says how a Fetcher fetches. The zero value is usable.
type Config struct {
	UserAgent    string        // DefaultUserAgent when empty
	Timeout      time.Duration // the whole fetch of one page, redirects included; DefaultTimeout when 0
	MaxBytes     int64         // the largest body read; DefaultMaxBytes when 0
	MaxRedirects int           // DefaultMaxRedirects when 0; -1 follows none
	// AllowPrivate lets fetches reach loopback, private and link-local addresses: for a newsroom's own
	// intranet, or tests. Off, such an address fails the fetch whatever name led to it.
	AllowPrivate bool
}

// Fetcher fetches pages. It is safe for concurrent use; it keeps each site's robots.txt for an hour.
type Fetcher struct {
	cfg    Config
	client *http.Client
	// allowed says whether an address may be dialled; tests replace it.
	allowed func(netip.AddrPort) bool

	mu     sync.Mutex
	robots map[string]robotsEntry // by scheme://host:port
}

// New returns a Fetcher.
func New(cfg Config) *Fetcher {
	if cfg.UserAgent == "" {
		cfg.UserAgent = DefaultUserAgent
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = DefaultMaxBytes
	}
	if cfg.MaxRedirects == 0 {
		cfg.MaxRedirects = DefaultMaxRedirects
	}
	f := &Fetcher{cfg: cfg, robots: map[string]robotsEntry{}}
	f.allowed = func(ap netip.AddrPort) bool { return cfg.AllowPrivate || Public(ap.Addr()) }
	dialer := &net.Dialer{
		Timeout: 10 * time.Second,
		// Control runs for every connection with the address about to be dialled, after DNS: a name that
		// resolves to 127.0.0.1, or a redirect to 10.0.0.1, is refused here whatever the URL said.
		Control: func(network, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil {
				return fmt.Errorf("unexpected address %q", address)
			}
			if !f.allowed(ap) {
				return &blockedError{addr: ap.Addr()}
			}
			return nil
		},
	}
	transport := &http.Transport{
		Proxy:                 nil, // a proxy would be dialled instead of the site, and the check above bypassed
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 15 * time.Second,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       30 * time.Second,
		ForceAttemptHTTP2:     true,
	}
	f.client = &http.Client{
		Transport: transport,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > f.cfg.MaxRedirects {
				return graph.Errorf(graph.EINVALID, "%s: more than %d redirects", via[0].URL.Redacted(), max(f.cfg.MaxRedirects, 0))
			}
			return checkURL(req.URL)
		},
	}
	return f
}

// Page is what a fetch got.
type Page struct {
	URL         string // where the page was found, after redirects
	ContentType string // the media type, without parameters: text/html
	Header      string // the whole Content-Type header, with the charset
	Body        []byte
}

// Get fetches the page at rawURL when its site's robots.txt allows it.
// Errors: EINVALID for an address that is not http(s), a site that forbids it in robots.txt, an address
// refused as private, a status other than 200 or too many redirects; ETOOLARGE over MaxBytes; ETIMEOUT;
// EUNAVAILABLE when the site cannot be reached.
func (f *Fetcher) Get(ctx context.Context, rawURL string) (Page, error) {
	u, err := ParseURL(rawURL)
	if err != nil {
		return Page{}, err
	}
	ctx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
	defer cancel()
	if err := f.checkRobots(ctx, u); err != nil {
		return Page{}, err
	}
	return f.get(ctx, u, f.cfg.MaxBytes, "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8")
}

// Article fetches the page at rawURL and reads it as an article: a web page through package webpage, plain
// text through package article. Errors: those of Get and of the readers, and EINVALID for another kind of
// content (a PDF, an image).
func (f *Fetcher) Article(ctx context.Context, rawURL string) (graph.Document, error) {
	p, err := f.Get(ctx, rawURL)
	if err != nil {
		return graph.Document{}, err
	}
	return p.Article()
}

// Article reads the fetched page as an article.
func (p Page) Article() (graph.Document, error) {
	switch p.ContentType {
	case "text/html", "application/xhtml+xml":
		return webpage.Parse(p.URL, p.Body, p.URL, p.Header)
	case "text/plain":
		doc, err := article.Parse(p.URL, p.Body)
		if err == nil && doc.URL == "" {
			doc.URL = p.URL
		}
		return doc, err
	}
	return graph.Document{}, graph.Errorf(graph.EINVALID, "%s: the page is %s, not a web page or text", p.URL, p.ContentType)
}

// ParseURL checks that rawURL is an absolute http or https address with a host.
// Errors: EINVALID.
func ParseURL(rawURL string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return nil, graph.Errorf(graph.EINVALID, "%q is not a link: %v", graph.Clip(rawURL), err)
	}
	return u, checkURL(u)
}

func checkURL(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return graph.Errorf(graph.EINVALID, "%s: only http and https links are fetched", graph.Clip(u.Redacted()))
	}
	if u.Host == "" {
		return graph.Errorf(graph.EINVALID, "%s: the link has no host", graph.Clip(u.Redacted()))
	}
	if u.User != nil {
		return graph.Errorf(graph.EINVALID, "%s: links with a user name or password are not fetched", graph.Clip(u.Redacted()))
	}
	return nil
}

// get fetches u, reading at most limit bytes.
func (f *Fetcher) get(ctx context.Context, u *url.URL, limit int64, accept string) (Page, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return Page{}, graph.Errorf(graph.EINVALID, "%s: %v", u.Redacted(), err)
	}
	req.Header.Set("User-Agent", f.cfg.UserAgent)
	req.Header.Set("Accept", accept)
	res, err := f.client.Do(req)
	if err != nil {
		return Page{}, f.describe(u, err)
	}
	defer res.Body.Close()
	final := res.Request.URL.String()
	if res.StatusCode != http.StatusOK {
		return Page{URL: final}, &statusError{url: final, status: res.StatusCode}
	}
	if res.ContentLength > limit {
		return Page{}, graph.Errorf(graph.ETOOLARGE, "%s: %d bytes is over the %d-byte limit", final, res.ContentLength, limit)
	}
	body, err := io.ReadAll(io.LimitReader(res.Body, limit+1))
	if err != nil {
		return Page{}, f.describe(u, err)
	}
	if int64(len(body)) > limit {
		return Page{}, graph.Errorf(graph.ETOOLARGE, "%s: over the %d-byte limit", final, limit)
	}
	header := res.Header.Get("Content-Type")
	mt, _, err := mime.ParseMediaType(header)
	if err != nil {
		mt = http.DetectContentType(body)
		mt, _, _ = strings.Cut(mt, ";")
	}
	return Page{URL: final, ContentType: strings.ToLower(mt), Header: header, Body: body}, nil
}

// describe turns a failed request into an error that says what happened, in words.
func (f *Fetcher) describe(u *url.URL, err error) error {
	var coded *graph.Error
	var blocked *blockedError
	switch {
	case errors.As(err, &coded):
		return coded
	case errors.As(err, &blocked):
		return graph.Errorf(graph.EINVALID, "%s: %v; links to the machine itself or its private network are refused (ingest --allow-private permits them)", u.Redacted(), blocked)
	case errors.Is(err, context.DeadlineExceeded):
		return graph.Errorf(graph.ETIMEOUT, "%s: no answer within %v", u.Redacted(), f.cfg.Timeout)
	case errors.Is(err, context.Canceled):
		return err
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return graph.Errorf(graph.EUNAVAILABLE, "%s: cannot find the host %s", u.Redacted(), dnsErr.Name)
	}
	return graph.Errorf(graph.EUNAVAILABLE, "%s: %v", u.Redacted(), unwrapURLError(err))
}

func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

type statusError struct {
	url    string
	status int
}

func (e *statusError) Error() string {
	return fmt.Sprintf("%s: the site answered %d %s", e.url, e.status, http.StatusText(e.status))
}

// Code makes a status error an EINVALID graph error for the API's error table, or EUNAVAILABLE for the
// site's own failures.
func (e *statusError) Unwrap() error {
	if e.status >= 500 || e.status == http.StatusTooManyRequests {
		return graph.Errorf(graph.EUNAVAILABLE, "%s", e.Error())
	}
	return graph.Errorf(graph.EINVALID, "%s", e.Error())
}

type blockedError struct{ addr netip.Addr }

func (e *blockedError) Error() string {
	return fmt.Sprintf("the address %s is not public", e.addr)
}

// Public reports whether addr is an address on the public internet: not loopback, private (RFC 1918, fc00::/7),
// link-local, multicast, unspecified, shared (100.64.0.0/10) or reserved for documentation, benchmarks or the
// future. An IPv4 address written in IPv6 is judged as IPv4.
func Public(addr netip.Addr) bool {
	addr = addr.Unmap()
	if !addr.IsValid() || addr.IsLoopback() || addr.IsPrivate() || addr.IsLinkLocalUnicast() ||
		addr.IsLinkLocalMulticast() || addr.IsInterfaceLocalMulticast() || addr.IsMulticast() || addr.IsUnspecified() {
		return false
	}
	for _, p := range special {
		if p.Contains(addr) {
			return false
		}
	}
	return true
}

var special = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"),
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("192.0.2.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("198.51.100.0/24"),
	netip.MustParsePrefix("203.0.113.0/24"),
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("64:ff9b::/96"), // NAT64: carries any IPv4 address, private ones included
	netip.MustParsePrefix("64:ff9b:1::/48"),
	netip.MustParsePrefix("2001:db8::/32"),
	netip.MustParsePrefix("2002::/16"), // 6to4: carries an IPv4 address too
}
