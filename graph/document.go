package graph

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
	"unicode/utf8"
	"unsafe"
)

// MaxDocumentIDLen bounds document ids: they are keys in stores and parts of URLs.
const MaxDocumentIDLen = 200

// DateLayout is the layout of publication dates.
const DateLayout = "2006-01-02"

// Document is a news article or other text that evidence quotes.
type Document struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Source    string `json:"source,omitempty"`    // the publisher: "The Washington Post"
	URL       string `json:"url,omitempty"`       // where it was published, if known
	Published string `json:"published,omitempty"` // publication date, YYYY-MM-DD
	Hash      string `json:"hash"`                // ContentHash(Text)
	// Text is the article body that evidence offsets point into. Listings leave it empty.
	Text string `json:"text,omitempty"`
}

// ContentHash returns the hash that identifies a document's text: "sha256:" and the hex digest.
func ContentHash(text string) string {
	h := contentHash(text)
	return string(h[:])
}

const hashPrefix = "sha256:"

// contentHash is ContentHash in an array, which Validate compares with a document's hash without making a
// string. The digest reads the text's own bytes: []byte(text) copied it, 40 MB of garbage (2 KB a
// document) in an ingest of a million relationships, where every batch is validated.
func contentHash(text string) (h [len(hashPrefix) + 2*sha256.Size]byte) {
	// Sum256 only reads its argument, so the string's bytes are never written.
	sum := sha256.Sum256(unsafe.Slice(unsafe.StringData(text), len(text)))
	copy(h[:], hashPrefix)
	hex.Encode(h[len(hashPrefix):], sum[:])
	return h
}

// Validate reports the first problem that would stop d from being stored.
func (d Document) Validate() error {
	switch {
	case d.ID == "":
		return Errorf(EINVALID, "document has no id")
	case len(d.ID) > MaxDocumentIDLen:
		return Errorf(EINVALID, "document id %.40q… is longer than %d bytes", d.ID, MaxDocumentIDLen)
	case Slug(d.ID) == "":
		return Errorf(EINVALID, "document id %q has no letters or digits", d.ID)
	case !utf8.ValidString(d.Text):
		return Errorf(EINVALID, "document %s: text is not valid UTF-8", d.ID)
	case !hashOf(d.Hash, d.Text):
		return Errorf(EINVALID, "document %s: hash %q does not match its text", d.ID, d.Hash)
	}
	if d.Published != "" {
		if _, err := time.Parse(DateLayout, d.Published); err != nil {
			return Errorf(EINVALID, "document %s: publication date %q is not YYYY-MM-DD", d.ID, d.Published)
		}
	}
	return nil
}

// hashOf reports whether hash is ContentHash(text).
func hashOf(hash, text string) bool {
	if len(hash) != len(hashPrefix)+2*sha256.Size { // not worth hashing the text for
		return false
	}
	h := contentHash(text)
	return hash == string(h[:])
}

// CompareDocuments orders documents by publication date (undated first) and then id: how a store lists them.
func CompareDocuments(a, b Document) int {
	return cmp.Or(cmp.Compare(a.Published, b.Published), cmp.Compare(a.ID, b.ID))
}

// Slice returns the characters [start, end) of text, counted in Unicode code points, and false when the
// range is outside the text.
func Slice(text string, start, end int) (string, bool) {
	if start < 0 || end < start {
		return "", false
	}
	i, n := 0, 0 // byte index, code points seen
	for n < start && i < len(text) {
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
		n++
	}
	if n < start {
		return "", false
	}
	j := i
	for n < end && j < len(text) {
		_, size := utf8.DecodeRuneInString(text[j:])
		j += size
		n++
	}
	if n < end {
		return "", false
	}
	return text[i:j], true
}

// Locate returns the code-point offsets of the n-th (from 1) occurrence of quote in text, or false.
func Locate(text, quote string, n int) (start, end int, ok bool) {
	if quote == "" || n < 1 {
		return 0, 0, false
	}
	from := 0
	for {
		i := indexFrom(text, quote, from)
		if i < 0 {
			return 0, 0, false
		}
		n--
		if n == 0 {
			start = utf8.RuneCountInString(text[:i])
			return start, start + utf8.RuneCountInString(quote), true
		}
		from = i + len(quote)
	}
}

func indexFrom(s, sub string, from int) int {
	if i := strings.Index(s[from:], sub); i >= 0 {
		return from + i
	}
	return -1
}
