// Package webpage reads a saved or fetched news web page as an article: its text through readability (the
// algorithm of Firefox's reader view, codeberg.org/readeck/go-readability), which leaves out navigation,
// advertisements, related links and comments, and its title, publication date, publisher and address from
// the page's own metadata (JSON-LD NewsArticle, OpenGraph, article:published_time, <link rel=canonical>).
//
// The document's text is the headline, a blank line and the article's paragraphs separated by blank lines:
// what the article view shows and what evidence offsets point into.
package webpage

import (
	"bytes"
	"encoding/json"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/actorgraph/actorgraph/graph"
)

// MaxSize is the largest page read: a news page with its scripts and styles inline is rarely over 2 MB.
const MaxSize = 8 << 20

// MaxElements bounds the elements readability scores: it walks the tree several times, and a page of
// millions of empty elements would take it seconds. News pages have a few thousand.
const MaxElements = 100_000

// IsPage reports whether the file name is a web page (.html or .htm).
func IsPage(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".html") || strings.HasSuffix(n, ".htm")
}

// Parse reads the page. name is the file name or address, for messages and the default id; pageURL, when
// not empty, is where the page was fetched from (after redirects): relative links resolve against it and it
// is the document's URL when the page names no canonical one. contentType is the Content-Type header it
// came with, if any: its charset, else the page's <meta charset>, else UTF-8, decodes it.
// Errors: ETOOLARGE over MaxSize; EINVALID, naming the page, for a page with no article text readability
// can find, or with too many elements.
func Parse(name string, data []byte, pageURL, contentType string) (graph.Document, error) {
	if len(data) > MaxSize {
		return graph.Document{}, graph.Errorf(graph.ETOOLARGE, "%s: %d bytes is over the %d-byte limit for a web page", name, len(data), MaxSize)
	}
	if enc, encName, _ := charset.DetermineEncoding(data, contentType); encName != "utf-8" {
		decoded, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return graph.Document{}, graph.Errorf(graph.EINVALID, "%s: cannot read it as %s: %v", name, encName, err)
		}
		data = decoded
	}
	root, err := html.Parse(bytes.NewReader(bytes.ToValidUTF8(data, []byte("\uFFFD"))))
	if err != nil {
		return graph.Document{}, graph.Errorf(graph.EINVALID, "%s: not an HTML page: %v", name, err)
	}
	meta := readMeta(root)
	prune(root)
	base, _ := url.Parse(pageURL)
	if base == nil || !base.IsAbs() {
		base = nil
		if u, err := url.Parse(meta.url()); err == nil && u.IsAbs() {
			base = u
		}
	}
	p := readability.NewParser()
	p.MaxElemsToParse = MaxElements
	a, err := p.ParseDocument(root, base)
	if err != nil {
		return graph.Document{}, graph.Errorf(graph.EINVALID, "%s: no article found in the page: %v", name, err)
	}
	var body strings.Builder
	if a.Node != nil {
		if err := a.RenderText(&body); err != nil {
			return graph.Document{}, graph.Errorf(graph.EINVALID, "%s: %v", name, err)
		}
	}
	text := cleanText(body.String())
	if text == "" {
		return graph.Document{}, graph.Errorf(graph.EINVALID, "%s: no article text found in the page (a page of links, or one that draws its text with JavaScript?)", name)
	}
	doc := graph.Document{ID: meta.id(name, pageURL)}
	// What the stores would refuse (graph.Document.Validate), said here with the page named.
	if graph.Slug(doc.ID) == "" {
		return graph.Document{}, graph.Errorf(graph.EINVALID, "%s: cannot make a document id from the page's address or file name", name)
	}
	if len(doc.ID) > graph.MaxDocumentIDLen {
		return graph.Document{}, graph.Errorf(graph.EINVALID, "%s: the id made from the file name is %d bytes long, over the limit of %d; give the file a shorter name", name, len(doc.ID), graph.MaxDocumentIDLen)
	}
	if !utf8.ValidString(doc.ID) {
		return graph.Document{}, graph.Errorf(graph.EINVALID, "%q: the file name is not valid UTF-8, so it makes no id; rename the file", name)
	}
	doc.Title = oneLine(firstOf(meta.headline, a.Title(), meta.ogTitle, meta.title))
	if doc.Title == "" {
		doc.Title = firstLineOf(text)
	}
	if !strings.HasPrefix(text, doc.Title) {
		text = doc.Title + "\n\n" + text
	}
	doc.Text = text + "\n"
	doc.Source = oneLine(firstOf(meta.publisher, a.SiteName(), meta.ogSite))
	doc.URL = firstOf(httpURL(meta.url()), httpURL(pageURL))
	doc.Published = firstDate(meta.published, a)
	doc.Hash = graph.ContentHash(doc.Text)
	return doc, nil
}

// prune removes what readability keeps when a site puts it inside the article's container: navigation,
// asides, forms and buttons; elements whose class, id or data-component names an advertisement, related
// links, a newsletter sign-up, comments, sharing or a cookie banner; and labels that are only
// "Advertisement". Measured on the pages in testdata, readability alone kept the ad labels in three of four,
// "More on this story" and "Most read" in one, and a newsletter box in another.
func prune(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && unwanted(c) {
			n.RemoveChild(c)
		} else if c.Type == html.CommentNode {
			n.RemoveChild(c)
		} else {
			prune(c)
		}
		c = next
	}
}

var unwantedTags = map[atom.Atom]bool{
	atom.Nav: true, atom.Aside: true, atom.Form: true, atom.Button: true, atom.Iframe: true,
	atom.Noscript: true, atom.Dialog: true, atom.Select: true, atom.Input: true,
	atom.Figcaption: true, // captions are not the article's sentences, and read as if they were
}

// unwantedParts are words of a class, id or data-component (split at - and _) that mark what is not the
// article; unwantedWholes are names whose words alone would say too little.
var (
	unwantedParts = map[string]bool{
		"ad": true, "ads": true, "adslot": true, "advert": true, "advertisement": true, "advertising": true,
		"sponsored": true, "related": true, "newsletter": true, "signup": true, "comment": true,
		"comments": true, "discussion": true, "promo": true, "outbrain": true, "taboola": true,
		"cookie": true, "cookies": true, "consent": true, "share": true, "sharing": true, "social": true,
		"onwards": true, "recirculation": true, "paywall": true, "subscribe": true, "breadcrumb": true,
		"breadcrumbs": true,
	}
	unwantedWholes = map[string]bool{
		"most-read": true, "most-viewed": true, "mostread": true, "most-popular": true, "mostpopular": true,
		"rich-link": true, "links-block": true, "read-next": true, "more-on-this-story": true,
	}
	unwantedPrefixes = []string{"advert", "related", "newsletter", "comment", "promo"}
)

func unwanted(n *html.Node) bool {
	if unwantedTags[n.DataAtom] {
		return true
	}
	if n.DataAtom == atom.Header || n.DataAtom == atom.Footer {
		// A page's header and footer, not an article's own header (which holds its headline).
		return !insideArticle(n)
	}
	if hasAttr(n, "hidden") || strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return n.DataAtom != atom.Html && n.DataAtom != atom.Body
	}
	for _, key := range []string{"class", "id", "data-component", "role", "data-testid"} {
		for _, tok := range strings.Fields(strings.ToLower(attr(n, key))) {
			if unwantedWholes[tok] {
				return true
			}
			for _, part := range strings.FieldsFunc(tok, func(r rune) bool { return r == '-' || r == '_' }) {
				if unwantedParts[part] {
					return true
				}
				for _, p := range unwantedPrefixes {
					if strings.HasPrefix(part, p) {
						return true
					}
				}
			}
		}
	}
	if n.DataAtom == atom.P || n.DataAtom == atom.Div || n.DataAtom == atom.Span {
		switch strings.ToLower(strings.TrimSpace(textOf(n, 40))) {
		case "advertisement", "ad", "sponsored", "advertisement · scroll to continue with content":
			return true
		}
	}
	return false
}

// insideArticle reports whether an <article> or <main> holds n.
func insideArticle(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Article {
			return true
		}
	}
	return false
}

// textOf is the text under n, cut once it passes limit bytes.
func textOf(n *html.Node, limit int) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && b.Len() <= limit; c = c.NextSibling {
			if c.Type == html.TextNode {
				b.WriteString(c.Data)
			}
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// metadata is what the page says of itself, outside readability's reading.
type metadata struct {
	canonical, ogURL, jsonURL string
	headline, ogTitle, title  string
	publisher, ogSite         string
	published                 []string // candidates, best first
}

func (m metadata) url() string { return firstOf(m.canonical, m.ogURL, m.jsonURL) }

// id is the document's id: the file's name without its extension for a saved page, and for a fetched one
// the site and the last part of the address it names for itself (canonical, og:url, JSON-LD), or else of
// the one it was fetched from (www.example.com/world/2022/kazakhstan-csto.html:
// example-com-kazakhstan-csto), so that the same article fetched again is the same document.
func (m metadata) id(name, pageURL string) string {
	if pageURL == "" {
		base := name[strings.LastIndexAny(name, `/\`)+1:]
		if i := strings.IndexByte(base, '.'); i > 0 {
			base = base[:i]
		}
		return base
	}
	// The page's own address first; one that makes no id (a canonical link to "http://-/") gives way to the
	// address it was fetched from.
	for _, addr := range []string{httpURL(m.url()), pageURL} {
		if id := addressID(addr); id != "" {
			return id
		}
	}
	return ""
}

// maxAddressID bounds an id made from an address, in bytes (graph.MaxDocumentIDLen bounds every id).
const maxAddressID = 100

// addressID is the id a page's address makes: its site and the last part of its path.
func addressID(addr string) string {
	if addr == "" {
		return ""
	}
	u, err := url.Parse(addr)
	if err != nil {
		return cutID(graph.Slug(addr))
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	segs := strings.FieldsFunc(u.Path, func(r rune) bool { return r == '/' })
	last := ""
	if len(segs) > 0 {
		last = segs[len(segs)-1]
		if i := strings.LastIndexByte(last, '.'); i > 0 {
			last = last[:i]
		}
		if len(segs) > 1 && (last == "index" || len(graph.Slug(last)) < 4) {
			last = segs[len(segs)-2] + "-" + last
		}
	}
	return cutID(graph.Slug(host + " " + last))
}

// cutID cuts an id to maxAddressID bytes at a letter's boundary: cut inside one, the id was not UTF-8
// (JSON then shows it otherwise than the store keeps it, and Neo4j refuses it).
func cutID(id string) string {
	if len(id) <= maxAddressID {
		return id
	}
	cut := maxAddressID
	for cut > 0 && !utf8.RuneStart(id[cut]) {
		cut--
	}
	return strings.TrimRight(id[:cut], "-")
}

// readMeta reads the <head>'s metadata and the JSON-LD blocks anywhere in the page.
func readMeta(root *html.Node) metadata {
	var m metadata
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Link:
				if hasToken(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Meta:
				key := strings.ToLower(firstOf(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				val := strings.TrimSpace(attr(n, "content"))
				switch key {
				case "og:url":
					m.ogURL = firstOf(m.ogURL, val)
				case "og:title":
					m.ogTitle = firstOf(m.ogTitle, val)
				case "og:site_name":
					m.ogSite = firstOf(m.ogSite, val)
				case "article:published_time", "datepublished", "og:article:published_time", "pubdate", "publish-date", "date", "dc.date", "dcterms.created":
					m.published = append(m.published, val)
				}
			case atom.Title:
				if n.FirstChild != nil && m.title == "" {
					m.title = n.FirstChild.Data
				}
			case atom.Time:
				if v := attr(n, "datetime"); v != "" && hasToken(attr(n, "itemprop"), "datePublished") {
					m.published = append(m.published, v)
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
					m.readJSONLD(n.FirstChild.Data)
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return m
}

// readJSONLD takes the first NewsArticle (or Article, ReportageNewsArticle...) of a JSON-LD block: the
// object itself, one of a list, or one of an @graph.
func (m *metadata) readJSONLD(src string) {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return
	}
	var found map[string]any
	var visit func(any, int)
	visit = func(v any, depth int) {
		if found != nil || depth > 4 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if isArticleType(x["@type"]) {
				found = x
				return
			}
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
		}
	}
	visit(v, 0)
	if found == nil || m.headline != "" {
		return
	}
	m.headline = str(found["headline"])
	if d := str(found["datePublished"]); d != "" {
		m.published = append([]string{d}, m.published...) // the article's own statement comes first
	}
	if p, ok := found["publisher"].(map[string]any); ok {
		m.publisher = str(p["name"])
	}
	m.jsonURL = str(found["url"])
	if m.jsonURL == "" {
		switch e := found["mainEntityOfPage"].(type) {
		case string:
			m.jsonURL = e
		case map[string]any:
			m.jsonURL = str(e["@id"])
		}
	}
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.HasSuffix(x, "Article") || x == "BlogPosting" || x == "Report"
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// firstDate is the first candidate that reads as a date, then readability's own: YYYY-MM-DD in the zone
// the page wrote it in (an article of 23:30 in New York on 7 January is of 7 January).
func firstDate(candidates []string, a readability.Article) string {
	layouts := []string{time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", graph.DateLayout, time.RFC1123Z, time.RFC1123}
	for _, c := range candidates {
		c = strings.TrimSpace(c)
		for _, l := range layouts {
			if t, err := time.Parse(l, c); err == nil {
				return t.Format(graph.DateLayout)
			}
		}
		if len(c) >= 10 {
			if t, err := time.Parse(graph.DateLayout, c[:10]); err == nil {
				return t.Format(graph.DateLayout)
			}
		}
	}
	if t, err := a.PublishedTime(); err == nil && t.Year() > 1900 {
		return t.Format(graph.DateLayout)
	}
	return ""
}

// cleanText trims each line's spaces, turns non-breaking spaces into spaces and keeps at most one blank
// line between paragraphs.
func cleanText(s string) string {
	s = strings.ReplaceAll(s, "\u00a0", " ")
	s = strings.ReplaceAll(s, "\r", "")
	var out []string
	blank := false
	for line := range strings.Lines(s) {
		line = strings.TrimSpace(line)
		if line == "" {
			blank = len(out) > 0
			continue
		}
		if blank {
			out = append(out, "")
			blank = false
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

func firstLineOf(text string) string {
	line, _, _ := strings.Cut(text, "\n")
	return line
}

// oneLine folds the spaces and line breaks of a title or name into single spaces.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return s
}

// httpURL returns u when it is an absolute http or https address, else "".
func httpURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return p.String()
}

func firstOf(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func hasToken(list, token string) bool {
	for _, t := range strings.Fields(list) {
		if strings.EqualFold(t, token) {
			return true
		}
	}
	return false
}

func str(v any) string {
	s, _ := v.(string)
	return strings.TrimSpace(s)
}
