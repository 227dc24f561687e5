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
