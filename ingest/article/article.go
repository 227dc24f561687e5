// Package article reads news articles: plain UTF-8 text, optionally preceded by YAML front matter that
// gives the document's id, title, publication date, source and URL.
//
//	---
//	id: 2022-01-07-kazakhstan-csto-intervention
//	title: At least 26 protesters dead in Kazakhstan, as Russia-led intervention begins
//	published: 2022-01-07
//	source: The Daily Example
//	url: https://example.com/kazakhstan
//	---
//	At least 26 protesters dead in Kazakhstan, ...
//
// The body is everything after the line that closes the front matter, byte for byte: evidence offsets point
// into it. Without front matter the whole file is the body, the id is the file name without its extension
// and the title is the first line.
package article

import (
	"bytes"
	"net/url"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/yamlnode"
)

// MaxSize is the largest article accepted, far above any news story; it keeps one bad file from exhausting
// memory.
const MaxSize = 4 << 20

var fields = []string{"id", "title", "published", "source", "url"}

// Parse reads an article. name is the file name, used in error messages and for the default id.
// Errors are EINVALID and name the file and, for front matter, the line.
func Parse(name string, data []byte) (graph.Document, error) {
	if len(data) > MaxSize {
		return graph.Document{}, graph.Errorf(graph.ETOOLARGE, "%s: %d bytes is over the %d-byte limit for an article", name, len(data), MaxSize)
	}
	if !utf8.Valid(data) {
		return graph.Document{}, graph.Errorf(graph.EINVALID, "%s:%d: not valid UTF-8 text", name, invalidLine(data))
	}
	doc := graph.Document{ID: defaultID(name)}
	body := data
	if fm, rest, ok, err := split(name, data); err != nil {
		return graph.Document{}, err
	} else if ok {
		if err := readFrontMatter(name, fm, &doc); err != nil {
			return graph.Document{}, err
		}
		body = rest
	} else {
		body = sourceLine(body, &doc)
	}
	doc.Text = string(body)
	if strings.TrimSpace(doc.Text) == "" {
		return graph.Document{}, graph.Errorf(graph.EINVALID, "%s: the article has no text", name)
	}
	if doc.Title == "" {
		doc.Title = firstLine(doc.Text)
	}
	if graph.Slug(doc.ID) == "" {
		return graph.Document{}, graph.Errorf(graph.EINVALID, "%s: cannot make a document id from the file name; give one with \"id:\" in front matter", name)
	}
	// Front matter's id was checked at its line; this is the file name's (up to 255 bytes on most systems,
	// and a fetched text's address), which the stores would refuse (graph.Document.Validate).
	if len(doc.ID) > graph.MaxDocumentIDLen {
		return graph.Document{}, graph.Errorf(graph.EINVALID, "%s: the id made from the file name is %d bytes long, over the limit of %d; give a shorter one with \"id:\" in front matter", name, len(doc.ID), graph.MaxDocumentIDLen)
	}
	// A file name is bytes: one in Latin-1 made an id JSON shows otherwise than the store keeps it, so its
	// links found nothing.
	if !utf8.ValidString(doc.ID) {
		return graph.Document{}, graph.Errorf(graph.EINVALID, "%q: the file name is not valid UTF-8, so it makes no id; give one with \"id:\" in front matter", name)
	}
	doc.Hash = graph.ContentHash(doc.Text)
	return doc, nil
}

// split separates front matter from the body. ok is false when the file has none.
func split(name string, data []byte) (fm, body []byte, ok bool, err error) {
	const open = "---\n"
	if !bytes.HasPrefix(data, []byte(open)) && !bytes.HasPrefix(data, []byte("---\r\n")) {
		return nil, data, false, nil
	}
	rest := data[bytes.IndexByte(data, '\n')+1:]
	for off := 0; off < len(rest); {
		end := bytes.IndexByte(rest[off:], '\n')
		line := rest[off:]
		next := len(rest)
		if end >= 0 {
			line = rest[off : off+end]
			next = off + end + 1
		}
		if string(bytes.TrimRight(line, "\r")) == "---" {
			return rest[:off], rest[next:], true, nil
		}
		off = next
	}
	return nil, nil, false, graph.Errorf(graph.EINVALID, "%s:1: front matter opened with \"---\" is never closed by a \"---\" line", name)
}

func readFrontMatter(name string, fm []byte, doc *graph.Document) error {
	if len(bytes.TrimSpace(fm)) == 0 {
		return nil
	}
	root, err := yamlnode.Parse(name, fm, 1)
	if err != nil {
		return err
	}
	m, err := yamlnode.Mapping(name, root, "front matter", fields...)
	if err != nil {
		return err
	}
	for _, key := range fields {
		f, ok := m[key]
		if !ok {
			continue
		}
		v, err := yamlnode.String(name, f.Value, key)
		if err != nil {
			return err
		}
		v = strings.TrimSpace(v)
		switch key {
		case "id":
			if graph.Slug(v) == "" {
				return yamlnode.Errorf(name, f.Value, "id %q has no letters or digits", v)
			}
			// The stores refuse such an id (graph.Document.Validate); saying so here names the line.
			if len(v) > graph.MaxDocumentIDLen {
				return yamlnode.Errorf(name, f.Value, "id is %d bytes long, over the limit of %d", len(v), graph.MaxDocumentIDLen)
			}
			doc.ID = v
		case "title":
			doc.Title = v
		case "published":
			t, err := time.Parse(graph.DateLayout, v)
			if err != nil {
				return yamlnode.Errorf(name, f.Value, "published %q is not a date in the form YYYY-MM-DD", v)
			}
			doc.Published = t.Format(graph.DateLayout)
		case "source":
			doc.Source = v
		case "url":
			if !strings.HasPrefix(v, "https://") && !strings.HasPrefix(v, "http://") {
				return yamlnode.Errorf(name, f.Value, "url %q should start with https:// or http://", v)
			}
			doc.URL = v
		}
	}
	return nil
}

// sourceLine reads the shape people save articles in without front matter: a headline, then a line
// "source: URL" (or "url:", "link:"), then the body. The URL becomes the document's, its host the
// source, and the line leaves the text (it was read as a sentence before). The headline stays the first
// line, and the title. Other text comes back as it is.
func sourceLine(body []byte, doc *graph.Document) []byte {
	lines := 0
	for off := 0; off < len(body) && lines < 3; {
		end := bytes.IndexByte(body[off:], '\n')
		next := len(body)
		if end >= 0 {
			next = off + end + 1
		}
		line := strings.TrimSpace(string(body[off:next]))
		if line == "" {
			off = next
			continue
		}
		lines++
		if lines == 1 {
			off = next
			continue
		}
		key, val, ok := strings.Cut(line, ":")
		switch strings.ToLower(strings.TrimSpace(key)) {
		case "source", "url", "link":
		default:
			return body
		}
		val = strings.TrimSpace(val)
		u, err := url.Parse(val)
		if !ok || err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.ContainsAny(val, " \t") {
			return body
		}
		doc.URL = val
		doc.Source = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		return append(append([]byte{}, body[:off]...), body[next:]...)
	}
	return body
}

// defaultID is the file name without directory and extension.
func defaultID(name string) string {
	base := filepath.Base(name)
	if i := strings.IndexByte(base, '.'); i > 0 {
		base = base[:i]
	}
	return base
}

func firstLine(text string) string {
	for line := range strings.Lines(text) {
		if s := strings.TrimSpace(line); s != "" {
			return s
		}
	}
	return ""
}

func invalidLine(data []byte) int {
	line := 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return line
		}
		if r == '\n' {
			line++
		}
		data = data[size:]
	}
	return line
}

// Fields are an article given as data rather than as a file (the server's JSON): the front matter's fields
// and the body.
type Fields struct {
	ID        string `json:"id,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
	Source    string `json:"source,omitempty"`
	URL       string `json:"url,omitempty"`
	Text      string `json:"text"`
}

// Bounds on the fields an article is sent with; front matter is bounded by its YAML limits instead.
const (
	maxTitleLen  = 1000
	maxSourceLen = 300
	maxURLLen    = 2000
	// derivedIDLen bounds the slug of the title in an id made from it: long titles make unwieldy links.
	derivedIDLen = 80
)

// FromFields checks the fields by the rules of front matter and returns the document. Without an id, the
// id is the publication date and the title made a slug ("2022-01-07-at-least-26-protesters-dead-in-…");
// without a title, the title is the text's first line. name says what the article was sent as, in
// messages. Errors: EINVALID, ETOOLARGE.
func FromFields(name string, f Fields) (graph.Document, error) {
	if len(f.Text) > MaxSize {
		return graph.Document{}, graph.Errorf(graph.ETOOLARGE, "%s: %d bytes of text is over the %d-byte limit for an article", name, len(f.Text), MaxSize)
	}
	if !utf8.ValidString(f.Text) {
		return graph.Document{}, graph.Errorf(graph.EINVALID, "%s: text: not valid UTF-8", name)
	}
	if strings.TrimSpace(f.Text) == "" {
		return graph.Document{}, graph.Errorf(graph.EINVALID, "%s: the article has no text", name)
	}
	for _, c := range []struct {
		field, value string
		max          int
	}{{"title", f.Title, maxTitleLen}, {"source", f.Source, maxSourceLen}, {"url", f.URL, maxURLLen}, {"published", f.Published, len(graph.DateLayout)}} {
		if !utf8.ValidString(c.value) {
			return graph.Document{}, graph.Errorf(graph.EINVALID, "%s: %s is not valid UTF-8", name, c.field)
		}
		if n := utf8.RuneCountInString(c.value); n > c.max {
			return graph.Document{}, graph.Errorf(graph.EINVALID, "%s: %s has %d characters; at most %d", name, c.field, n, c.max)
		}
	}
	if !utf8.ValidString(f.ID) {
		return graph.Document{}, graph.Errorf(graph.EINVALID, "%s: id is not valid UTF-8", name)
	}
	// In bytes, as the stores count (graph.Document.Validate): 101 Cyrillic letters are 202.
	if n := len(strings.TrimSpace(f.ID)); n > graph.MaxDocumentIDLen {
		return graph.Document{}, graph.Errorf(graph.EINVALID, "%s: id is %d bytes long, over the limit of %d", name, n, graph.MaxDocumentIDLen)
	}
	doc := graph.Document{
		ID: strings.TrimSpace(f.ID), Title: strings.TrimSpace(f.Title), Source: strings.TrimSpace(f.Source),
		URL: strings.TrimSpace(f.URL), Text: f.Text,
	}
	if p := strings.TrimSpace(f.Published); p != "" {
		t, err := time.Parse(graph.DateLayout, p)
		if err != nil {
			return graph.Document{}, graph.Errorf(graph.EINVALID, "%s: published %q is not a date in the form YYYY-MM-DD", name, graph.Clip(p))
		}
		doc.Published = t.Format(graph.DateLayout)
	}
	if doc.URL != "" && !strings.HasPrefix(doc.URL, "https://") && !strings.HasPrefix(doc.URL, "http://") {
		return graph.Document{}, graph.Errorf(graph.EINVALID, "%s: url %q should start with https:// or http://", name, graph.Clip(doc.URL))
	}
	if doc.Title == "" {
		doc.Title = firstLine(doc.Text)
		if r := []rune(doc.Title); len(r) > maxTitleLen {
			doc.Title = string(r[:maxTitleLen])
		}
	}
	if doc.ID != "" && graph.Slug(doc.ID) == "" {
		return graph.Document{}, graph.Errorf(graph.EINVALID, "%s: id %q has no letters or digits", name, graph.Clip(doc.ID))
	}
	if doc.ID == "" {
		slug := graph.Slug(doc.Title)
		if r := []rune(slug); len(r) > derivedIDLen {
			slug = strings.TrimRight(string(r[:derivedIDLen]), "-")
		}
		// 80 letters of Chinese are 240 bytes, over what the stores take: the slug is cut to fit with the
		// date, at a letter's boundary.
		if limit := graph.MaxDocumentIDLen - len(doc.Published) - 1; len(slug) > limit {
			cut := limit
			for cut > 0 && !utf8.RuneStart(slug[cut]) {
				cut--
			}
			slug = strings.TrimRight(slug[:cut], "-")
		}
		doc.ID = strings.TrimPrefix(doc.Published+"-"+slug, "-")
	}
	if graph.Slug(doc.ID) == "" {
		return graph.Document{}, graph.Errorf(graph.EINVALID, "%s: cannot make a document id from the title; give one with \"id\"", name)
	}
	doc.Hash = graph.ContentHash(doc.Text)
	return doc, doc.Validate()
}
