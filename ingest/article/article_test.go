package article_test

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest/article"
)

func TestParseWithFrontMatter(t *testing.T) {
	body := "Headline without a full stop\n\nMOSCOW — Kazakhstan’s president said…"
	data := "---\nid: kz-1\ntitle: A title\npublished: 2022-01-07\nsource: The Example\nurl: https://example.com/a\n---\n" + body
	d, err := article.Parse("x.txt", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	want := graph.Document{ID: "kz-1", Title: "A title", Source: "The Example", URL: "https://example.com/a",
		Published: "2022-01-07", Hash: graph.ContentHash(body), Text: body}
	if d != want {
		t.Errorf("Parse = %+v\nwant    %+v", d, want)
	}
}

func TestParseWithoutFrontMatterUsesFileNameAndHeadline(t *testing.T) {
	d, err := article.Parse("news/2022-01-08-almaty.txt", []byte("\n  Almaty calm after unrest  \nBody text.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.ID != "2022-01-08-almaty" || d.Title != "Almaty calm after unrest" || d.Text != "\n  Almaty calm after unrest  \nBody text.\n" {
		t.Errorf("Parse = id %q, title %q, text %q", d.ID, d.Title, d.Text)
	}
}

func TestParseRejects(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"unclosed front matter", "---\nid: x\nBody", "a.txt:1: front matter opened"},
		{"unknown field", "---\nid: x\nauthor: me\n---\nBody", `a.txt:3:1: front matter: unknown field "author" (known: id, title, published, source, url)`},
		{"bad date", "---\npublished: 7 January 2022\n---\nBody", `a.txt:2:12: published "7 January 2022" is not a date in the form YYYY-MM-DD`},
		{"bad url", "---\nurl: javascript:alert(1)\n---\nBody", `a.txt:2:6: url "javascript:alert(1)" should start with https:// or http://`},
		{"empty body", "---\nid: x\n---\n  \n", "a.txt: the article has no text"},
		{"not utf8", "line one\nline \xff two", "a.txt:2: not valid UTF-8"},
		{"id without letters", "---\nid: '...'\n---\nBody", `a.txt:2:5: id "..." has no letters or digits`},
		// The stores refuse such an id (graph.Document.Validate): Parse took it, and the batch then failed.
		{"id of 201 bytes", "---\nid: " + strings.Repeat("x", 201) + "\n---\nBody", "a.txt:2:5: id is 201 bytes long, over the limit of 200"},
		{"id of 101 Cyrillic letters (202 bytes)", "---\nid: " + strings.Repeat("ж", 101) + "\n---\nBody", "a.txt:2:5: id is 202 bytes long, over the limit of 200"},
		{"yaml syntax", "---\ntitle: [x\n---\nBody", "a.txt:3:1: did not find expected ',' or ']' where the YAML ends (while parsing a flow sequence started at 2:8)"},
		{"list as title", "---\ntitle: [a, b]\n---\nBody", "a.txt:2:8: title should be text"},
		// 64 KB that took 1.65 GB and 4.4 s before the YAML parser's own limit fired.
		{"19,000 nested lists", "---\ntitle: " + strings.Repeat("[", 19_000) + "\n---\nBody", "a.txt:2:24: lists and mappings nested more than 16 levels deep"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := article.Parse("a.txt", []byte(tt.data))
			if graph.ErrorCode(err) != graph.EINVALID {
				t.Fatalf("Parse = %v, want EINVALID", err)
			}
			if msg := graph.ErrorMessage(err); !strings.Contains(msg, tt.want) {
				t.Errorf("message %q does not contain %q", msg, tt.want)
			}
		})
	}
}

// TestParseRefusesALongFileNameID: without front matter the id is the file name's, which may be longer than
// the stores take (Linux allows 255 bytes) or not UTF-8; Parse says so rather than the store, later,
// without the file.
func TestParseRefusesALongFileNameID(t *testing.T) {
	name := strings.Repeat("x", 201) + ".txt"
	_, err := article.Parse(name, []byte("Russia supports Belarus."))
	want := name + ": the id made from the file name is 201 bytes long, over the limit of 200; give a shorter one with \"id:\" in front matter"
	if graph.ErrorCode(err) != graph.EINVALID || graph.ErrorMessage(err) != want {
		t.Fatalf("Parse = %v, want EINVALID %q", err, want)
	}
	d, err := article.Parse(name, []byte("---\nid: short\n---\nRussia supports Belarus."))
	if err != nil || d.ID != "short" {
		t.Fatalf("with an id in front matter: %+v, %v", d, err)
	}
	if d, err := article.Parse(strings.Repeat("x", 200)+".txt", []byte("Body")); err != nil || d.Validate() != nil {
		t.Fatalf("a 200-byte name: %v", err)
	}
	// A Latin-1 name made an id that is not UTF-8 (graph.Document.Validate does not check an id's UTF-8).
	_, err = article.Parse("Almaty-caf\xe9.txt", []byte("Russia supports Belarus."))
	want = `"Almaty-caf\xe9.txt": the file name is not valid UTF-8, so it makes no id; give one with "id:" in front matter`
	if graph.ErrorCode(err) != graph.EINVALID || graph.ErrorMessage(err) != want {
		t.Fatalf("Parse = %v, want EINVALID %q", err, want)
	}
}

func TestParseRejectsHugeArticles(t *testing.T) {
	_, err := article.Parse("big.txt", []byte(strings.Repeat("a", article.MaxSize+1)))
	if graph.ErrorCode(err) != graph.ETOOLARGE {
		t.Errorf("Parse = %v, want ETOOLARGE", err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("---\nid: kz-1\npublished: 2022-01-07\n---\nBody"))
	f.Add([]byte("Just a headline\nand a body"))
	f.Add([]byte("---\n---\n"))
	f.Add([]byte("---\nid: " + strings.Repeat("0", 201) + "\n---\nBody"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := article.Parse("f.txt", data)
		if err != nil {
			if !strings.HasPrefix(graph.ErrorMessage(err), "f.txt") {
				t.Fatalf("message %q does not name the file", graph.ErrorMessage(err))
			}
			return
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("Parse accepted a document that does not validate: %v", err)
		}
		if !strings.HasSuffix(string(data), d.Text) {
			t.Fatalf("body %q is not the end of the file", d.Text)
		}
	})
}

// TestFromFields: an article sent as data gets the id and title a file would, and the same checks.
func TestFromFields(t *testing.T) {
	for _, tc := range []struct {
		name   string
		in     article.Fields
		id     string
		title  string
		errMsg string
	}{
		{"title and date make the id", article.Fields{Title: "At least 26 protesters dead in Kazakhstan", Published: "2022-01-07", Text: "Body."},
			"2022-01-07-at-least-26-protesters-dead-in-kazakhstan", "At least 26 protesters dead in Kazakhstan", ""},
		{"the first line is the title", article.Fields{Text: "\n  Talks in Astana \nBelarus supports Russia."}, "talks-in-astana", "Talks in Astana", ""},
		{"an id given wins", article.Fields{ID: "kz-1", Title: "T", Text: "Body."}, "kz-1", "T", ""},
		{"a long title makes an id of 80 characters", article.Fields{Title: strings.Repeat("word ", 40), Text: "Body."}, strings.TrimRight(strings.Repeat("word-", 16), "-"), strings.TrimSpace(strings.Repeat("word ", 40)), ""},
		{"no text", article.Fields{Title: "T"}, "", "", "sent: the article has no text"},
		{"a bad date", article.Fields{Published: "2022-13-01", Text: "Body."}, "", "", `sent: published "2022-13-01" is not a date in the form YYYY-MM-DD`},
		{"a file URL", article.Fields{URL: "file:///etc/passwd", Text: "Body."}, "", "", "should start with https:// or http://"},
		{"an id of punctuation", article.Fields{ID: "/../", Text: "Body."}, "", "", `sent: id "/../" has no letters or digits`},
		{"a title of punctuation", article.Fields{Title: "!!!", Text: "Body."}, "", "", "cannot make a document id from the title"},
		// The stores count an id's bytes (graph.Document.Validate): 80 Chinese letters of a title made an id
		// of 251 bytes, and the article was refused for an id its sender never gave.
		{"a Chinese title makes an id of at most 200 bytes", article.Fields{Title: strings.Repeat("哈萨克斯坦", 20), Published: "2022-01-07", Text: "Body."},
			"2022-01-07-" + strings.Repeat("哈萨克斯坦", 13)[:189], strings.Repeat("哈萨克斯坦", 20), ""},
		{"an id of 101 Cyrillic letters is 202 bytes", article.Fields{ID: strings.Repeat("ж", 101), Text: "Body."}, "", "", "sent: id is 202 bytes long, over the limit of 200"},
		{"invalid UTF-8 in the source", article.Fields{Source: "\xff", Text: "Body."}, "", "", "sent: source is not valid UTF-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := article.FromFields("sent", tc.in)
			if tc.errMsg != "" {
				if err == nil || !strings.Contains(err.Error(), tc.errMsg) {
					t.Fatalf("error %v, want %q", err, tc.errMsg)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d.ID != tc.id || d.Title != tc.title || d.Hash != graph.ContentHash(tc.in.Text) || d.Text != tc.in.Text {
				t.Errorf("got id %q title %q, want %q %q", d.ID, d.Title, tc.id, tc.title)
			}
		})
	}
}

func FuzzFromFields(f *testing.F) {
	f.Add("", "Title", "2022-01-07", "Source", "https://example.com", "Body.")
	f.Add("kz-1", "", "", "", "", "\n\nFirst line\nrest")
	f.Add("", "\u202eevil", "2022-02-30", "", "javascript:x", "\xff")
	f.Fuzz(func(t *testing.T, id, title, published, source, url, text string) {
		d, err := article.FromFields("sent", article.Fields{ID: id, Title: title, Published: published, Source: source, URL: url, Text: text})
		if err != nil {
			if !strings.HasPrefix(graph.ErrorMessage(err), "sent") && !strings.HasPrefix(graph.ErrorMessage(err), "document") {
				t.Fatalf("message %q does not say what was sent", graph.ErrorMessage(err))
			}
			return
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("FromFields accepted a document that does not validate: %v", err)
		}
		if d.Text != text || graph.Slug(d.ID) == "" {
			t.Fatalf("document %+v", d)
		}
	})
}

// TestHeadlineSourceBody: "headline / source: URL / body", as people save articles, is read as title and
// URL, and the source line leaves the text.
func TestHeadlineSourceBody(t *testing.T) {
	tests := []struct {
		name, in, title, url, source, text string
	}{
		{"plain", "Russia sends troops\nsource: https://www.example.com/world/troops\nRussia sent troops on Thursday.\n",
			"Russia sends troops", "https://www.example.com/world/troops", "example.com", "Russia sends troops\nRussia sent troops on Thursday.\n"},
		{"blank lines and Source", "Russia sends troops\n\nSource: https://news.example.org/a?id=3\n\nRussia sent troops.\n",
			"Russia sends troops", "https://news.example.org/a?id=3", "news.example.org", "Russia sends troops\n\n\nRussia sent troops.\n"},
		{"a sentence with a colon", "Russia sends troops\nSource: officials said troops left.\n",
			"Russia sends troops", "", "", "Russia sends troops\nSource: officials said troops left.\n"},
		{"not http", "Headline\nsource: ftp://example.com/a\nBody.\n", "Headline", "", "", "Headline\nsource: ftp://example.com/a\nBody.\n"},
		{"third line", "Headline\nBody.\nsource: https://example.com/a\n", "Headline", "", "", "Headline\nBody.\nsource: https://example.com/a\n"},
	}
	for _, tt := range tests {
		doc, err := article.Parse(tt.name+".txt", []byte(tt.in))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if doc.Title != tt.title || doc.URL != tt.url || doc.Source != tt.source || doc.Text != tt.text {
			t.Errorf("%s: title %q url %q source %q text %q", tt.name, doc.Title, doc.URL, doc.Source, doc.Text)
		}
	}
}
