// Package feed reads news feeds, RSS 2.0, RSS 1.0 (RDF) and Atom, with the standard library's XML decoder:
// the fields actorgraph needs (each item's title, link, id and date) are few, the decoder expands no
// external entities and reads within the bounds below, and no feed library on the module proxy is both
// maintained and light (github.com/mmcdole/gofeed v1.4.2 brings goquery, json-iterator and a CLI library).
package feed

import (
	"bytes"
	"encoding/xml"
	"io"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html/charset"

	"github.com/actorgraph/actorgraph/graph"
)

// MaxSize is the largest feed read; MaxItems the most items kept, the first in the feed (the newest, as
// feeds list them).
const (
	MaxSize  = 8 << 20
	MaxItems = 1000
)

// Feed is a feed's title and items.
type Feed struct {
	Title string
	Items []Item
}

// Item is one entry of a feed.
type Item struct {
	Title     string
	Link      string // the article's address, absolute
	ID        string // the guid or Atom id; the link when the feed gives none
	Published string // YYYY-MM-DD, or "" when the feed gives no date it can read
}

// IsFeed reports whether data looks like a feed: its first element is <rss>, <feed> or <rdf:RDF>.
func IsFeed(data []byte) bool {
	head := data[:min(len(data), 1024)]
	for _, tag := range []string{"<rss", "<feed", "<rdf:RDF", "<RDF"} {
		if bytes.Contains(head, []byte(tag)) {
			return true
		}
	}
	return false
}

// IsFeedName reports whether a file name is a feed's: .rss, .atom or .xml.
func IsFeedName(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".rss") || strings.HasSuffix(n, ".atom") || strings.HasSuffix(n, ".xml")
}

type xmlFeed struct {
	XMLName xml.Name
	Title   string    `xml:"title"`
	Channel *channel  `xml:"channel"`
	Items   []rssItem `xml:"item"` // RSS 1.0 puts the items beside the channel
	Entries []entry   `xml:"entry"`
	Links   []link    `xml:"link"`
}

type channel struct {
	Title string    `xml:"title"`
	Link  string    `xml:"link"`
	Items []rssItem `xml:"item"`
}

type rssItem struct {
	Title    string `xml:"title"`
	Links    []link `xml:"link"` // <link>URL</link>, and sometimes an atom:link beside it
	GUID     string `xml:"guid"`
	About    string `xml:"http://www.w3.org/1999/02/22-rdf-syntax-ns# about,attr"`
	PubDate  string `xml:"pubDate"`
	Date     string `xml:"http://purl.org/dc/elements/1.1/ date"`
	OrigLink string `xml:"http://rssnamespace.org/feedburner/ext/1.0 origLink"`
}

type entry struct {
	Title     string `xml:"title"`
	ID        string `xml:"id"`
	Links     []link `xml:"link"`
	Published string `xml:"published"`
	Updated   string `xml:"updated"`
}

type link struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
	Text string `xml:",chardata"`
}

// Parse reads a feed. name is the file or address, for messages; base, when not empty, is the feed's own
// address, against which relative links resolve.
// Errors: ETOOLARGE over MaxSize; EINVALID, naming the feed, for XML that is not a feed.
func Parse(name string, data []byte, base string) (Feed, error) {
	if len(data) > MaxSize {
		return Feed{}, graph.Errorf(graph.ETOOLARGE, "%s: %d bytes is over the %d-byte limit for a feed", name, len(data), MaxSize)
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.CharsetReader = charset.NewReaderLabel
	dec.Strict = false // feeds in the wild carry HTML entities (&nbsp;) and stray ampersands
	dec.Entity = xml.HTMLEntity
	var x xmlFeed
	if err := dec.Decode(&x); err != nil && err != io.EOF {
		return Feed{}, graph.Errorf(graph.EINVALID, "%s: not a feed: %v", name, err)
	}
	baseURL, _ := url.Parse(base)
	var f Feed
	switch strings.ToLower(x.XMLName.Local) {
	case "rss", "rdf":
		items := x.Items
		if x.Channel != nil {
			f.Title = x.Channel.Title
			items = append(x.Channel.Items, items...)
		}
		for _, it := range items {
			l := it.OrigLink
			for _, k := range it.Links {
				if l == "" && strings.TrimSpace(k.Text) != "" {
					l = k.Text
				}
			}
			if l == "" && it.About != "" {
				l = it.About
			}
			if l == "" && strings.HasPrefix(strings.TrimSpace(it.GUID), "http") {
				l = it.GUID
			}
			f.add(Item{Title: it.Title, Link: l, ID: it.GUID, Published: date(it.PubDate, it.Date)}, baseURL)
		}
	case "feed":
		f.Title = x.Title
		for _, e := range x.Entries {
			l := ""
			for _, k := range e.Links {
				if (k.Rel == "" || k.Rel == "alternate") && l == "" {
					l = k.Href
				}
			}
			f.add(Item{Title: e.Title, Link: l, ID: e.ID, Published: date(e.Published, e.Updated)}, baseURL)
		}
	default:
		return Feed{}, graph.Errorf(graph.EINVALID, "%s: not a feed: its root element is <%s>, not <rss>, <feed> or <rdf:RDF>", name, x.XMLName.Local)
	}
	f.Title = oneLine(f.Title)
	return f, nil
}

// add keeps an item with an http(s) link, made absolute, up to MaxItems.
func (f *Feed) add(it Item, base *url.URL) {
	if len(f.Items) >= MaxItems {
		return
	}
	u, err := url.Parse(strings.TrimSpace(it.Link))
	if err != nil {
		return
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return
	}
	it.Link = u.String()
	it.Title = oneLine(it.Title)
	if it.ID = strings.TrimSpace(it.ID); it.ID == "" {
		it.ID = it.Link
	}
	f.Items = append(f.Items, it)
}

// date reads the first of the values that is a date in one of the forms feeds use (RFC 822 and its
// variants in RSS, RFC 3339 in Atom and Dublin Core), as YYYY-MM-DD in the zone it was written in.
func date(values ...string) string {
	layouts := []string{time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
		"Mon, 2 Jan 2006 15:04 -0700", "2 Jan 2006 15:04:05 -0700", "Mon, 02 Jan 06 15:04:05 -0700", time.RFC822Z, time.RFC822,
		time.RFC3339Nano, "2006-01-02T15:04:05", graph.DateLayout}
	for _, v := range values {
		v = strings.TrimSpace(v)
		for _, l := range layouts {
			if t, err := time.Parse(l, v); err == nil {
				return t.Format(graph.DateLayout)
			}
		}
	}
	return ""
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
