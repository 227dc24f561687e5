package webpage_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest/webpage"
	"github.com/actorgraph/actorgraph/internal/golden"
)

// TestNewsPages reads pages written in the shapes of large news sites (a wire service with JSON-LD, a
// broadcaster with OpenGraph only, a daily with JSON-LD in an @graph and comments, an agency in
// windows-1252 with a microdata date): title, date, publisher and address from the metadata, the article's
// paragraphs in the text, and none of the navigation, ads, related links, comments or footers.
func TestNewsPages(t *testing.T) {
	tests := []struct {
		file                          string
		title, published, source, url string
		has, hasNot                   []string
	}{
		{
			file:      "wire.html",
			title:     "Kazakh president asks Russia-led bloc for help as unrest spreads",
			published: "2022-01-05", source: "Wire Example",
			url: "https://www.wire.example/world/asia-pacific/kazakh-president-asks-russia-led-bloc-help-2022-01-05/",
			has: []string{
				"Kazakhstan's President Kassym-Jomart Tokayev asked the Collective Security Treaty Organization for help on Wednesday",
				"taken over by protesters, a spokesperson for the airport said.",
			},
			hasNot: []string{"Breakingviews", "Advertisement", "Read Next", "Tenge slides", "quotes delayed", "window.__ads", "display:flex"},
		},
		{
			file:      "broadcaster.htm",
			title:     "Kazakhstan: Russian-led troops arrive as protests continue",
			published: "2022-01-06", source: "Broadcaster News",
			url: "https://www.broadcaster.example/news/world-asia-59894266",
			has: []string{
				"Troops from a Russian-led military alliance have arrived in Kazakhstan",
				"The Collective Security Treaty Organization said the force would protect state and military facilities.",
				"18 members of the security forces had died.",
			},
			hasNot: []string{"cookies", "Image caption", "Skip to content", "iPlayer", "Most read", "Storm warning", "Terms of Use", "Why is Kazakhstan in turmoil"},
		},
		{
			file:      "daily.html",
			title:     "Russian troops land in Kazakhstan as Tokayev orders forces to ‘fire without warning’",
			published: "2022-01-07", source: "The Daily Example",
			url: "https://www.daily.example/world/2022/jan/07/kazakhstan-tokayev-fire-without-warning",
			has: []string{
				"Kazakhstan’s president, Kassym-Jomart Tokayev, has said he has authorised security forces",
				"China’s president, Xi Jinping, praised Tokayev’s “highly responsible” handling",
				"Antony Blinken, said Washington had questions",
			},
			hasNot: []string{"broadband", "Advertisement", "Sign up to First Edition", "Comments (412)", "steppe_watcher", "oil companies think", "Most viewed", "Ten best walks", "Opinion"},
		},
		{
			file:      "agency.html",
			title:     "China backs Kazakhstan's crackdown, offers help",
			published: "2022-01-08", source: "Agency Example",
			has: []string{
				"BEIJING (AE) — China on Saturday said it supports the steps taken by Kazakhstan's government",
				"Russia has led the intervention of the Collective Security Treaty Organization",
			},
			hasNot: []string{"ADVERTISEMENT", "RELATED COVERAGE", "Explainer: the CSTO", "Donate", "All Rights Reserved"},
		},
	}
	var golden []graph.Document
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := webpage.Parse(tt.file, data, "", "")
			if err != nil {
				t.Fatal(err)
			}
			golden = append(golden, doc)
			if doc.Title != tt.title || doc.Published != tt.published || doc.Source != tt.source || doc.URL != tt.url {
				t.Errorf("title %q, published %q, source %q, url %q\nwant %q, %q, %q, %q",
					doc.Title, doc.Published, doc.Source, doc.URL, tt.title, tt.published, tt.source, tt.url)
			}
			if !strings.HasPrefix(doc.Text, tt.title+"\n\n") {
				t.Errorf("the text does not start with the headline and a blank line:\n%.200s", doc.Text)
			}
			for _, want := range tt.has {
				if !strings.Contains(doc.Text, want) {
					t.Errorf("the text lacks %q", want)
				}
			}
			for _, bad := range tt.hasNot {
				if strings.Contains(doc.Text, bad) {
					t.Errorf("the text has %q, which is not the article's", bad)
				}
			}
			if doc.ID != strings.TrimSuffix(strings.TrimSuffix(tt.file, ".html"), ".htm") || doc.Hash != graph.ContentHash(doc.Text) {
				t.Errorf("id %q, hash %q", doc.ID, doc.Hash)
			}
		})
	}
	checkGolden(t, "pages.golden.json", golden)
}

// TestFetchedPageID: a fetched page is named by its site and the last part of its canonical address, so the
// same article fetched again is the same document.
func TestFetchedPageID(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "daily.html"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := webpage.Parse("link", data, "https://daily.example/world/2022/jan/07/kazakhstan-tokayev-fire-without-warning?utm_source=feed", "text/html; charset=utf-8")
	if err != nil {
		t.Fatal(err)
	}
	if want := "daily-example-kazakhstan-tokayev-fire-without-warning"; doc.ID != want {
		t.Errorf("id %q, want %q", doc.ID, want)
	}
}

// TestPageIDsTheStoresTake: every id Parse makes is one graph.Document.Validate takes, or Parse says why
// not with the page named; before, the store refused the batch later.
func TestPageIDsTheStoresTake(t *testing.T) {
	body := `<article><p>` + strings.Repeat("Russia supports Belarus in the talks. ", 20) + `</p></article>`
	tests := []struct{ name, file, page, pageURL, id, err string }{
		// A canonical address whose site and path have no letters made the id "".
		{"a canonical link with no letters", "link", `<link rel="canonical" href="http://-/">` + body, "https://example.com/world/talks", "example-com-talks", ""},
		// Cut at byte 100, inside a letter: the id was not UTF-8.
		{"an address of Cyrillic words", "link", body, "https://ab.com/" + strings.Repeat("ж", 80), "ab-com-" + strings.Repeat("ж", 46), ""},
		{"a saved page's name of 201 bytes", strings.Repeat("x", 201) + ".html", body, "", "",
			strings.Repeat("x", 201) + ".html: the id made from the file name is 201 bytes long, over the limit of 200; give the file a shorter name"},
		// A Latin-1 file name made an id that is not UTF-8, which graph.Document.Validate does not check.
		{"a saved page's name in Latin-1", "Almaty-caf\xe9.html", body, "", "", `"Almaty-caf\xe9.html": the file name is not valid UTF-8, so it makes no id; rename the file`},
		{"a saved page's name of 200 bytes", strings.Repeat("x", 200) + ".html", body, "", strings.Repeat("x", 200), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := webpage.Parse(tt.file, []byte(tt.page), tt.pageURL, "")
			if tt.err != "" {
				if graph.ErrorCode(err) != graph.EINVALID || graph.ErrorMessage(err) != tt.err {
					t.Fatalf("Parse = %v, want EINVALID %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if doc.ID != tt.id {
				t.Errorf("id %q, want %q", doc.ID, tt.id)
			}
			if err := doc.Validate(); err != nil || !utf8.ValidString(doc.ID) {
				t.Errorf("the stores refuse it: %v (UTF-8: %v)", err, utf8.ValidString(doc.ID))
			}
		})
	}
}

func TestPagesWithoutAnArticle(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"links.html", `<html><body><nav><a href="/a">A</a><a href="/b">B</a></nav></body></html>`, "links.html: no article text found in the page"},
		{"script.html", `<html><body><div id="root"></div><script>render()</script></body></html>`, "no article text found"},
		{"empty.html", ``, "no article text found"},
	}
	for _, tt := range tests {
		_, err := webpage.Parse(tt.name, []byte(tt.page), "", "")
		if err == nil || !strings.Contains(err.Error(), tt.want) || graph.ErrorCode(err) != graph.EINVALID {
			t.Errorf("%s: %v, want EINVALID %q", tt.name, err, tt.want)
		}
	}
	if _, err := webpage.Parse("big.html", make([]byte, webpage.MaxSize+1), "", ""); graph.ErrorCode(err) != graph.ETOOLARGE {
		t.Errorf("a page over the limit: %v", err)
	}
}

func checkGolden(t *testing.T, name string, v any) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, name, append(got, '\n'))
}
