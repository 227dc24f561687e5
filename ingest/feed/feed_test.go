package feed_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest/feed"
)

// TestFeedShapes reads feeds shaped as real sites publish them: RSS 2.0 with CDATA, HTML entities, an
// atom:link beside the channel, a FeedBurner original link and an item with no link; Atom with several
// links per entry, a relative one and a date only in <updated>; RSS 1.0 (RDF) in ISO-8859-1 with
// Dublin Core dates.
func TestFeedShapes(t *testing.T) {
	tests := []struct {
		file, base, title string
		items             []feed.Item
	}{
		{"rss2.xml", "", "Broadcaster News - World", []feed.Item{
			{Title: "Kazakhstan: Russian-led troops arrive as protests continue", Link: "https://www.broadcaster.example/news/world-asia-59894266?at_medium=RSS&at_campaign=KARANGA", ID: "https://www.broadcaster.example/news/world-asia-59894266", Published: "2022-01-06"},
			{Title: "Why is Kazakhstan in turmoil? Explained", Link: "https://www.broadcaster.example/news/world-asia-59884781", ID: "https://feeds.example/~r/world/~3/abc/", Published: "2022-01-05"},
		}},
		{"atom.xml", "https://www.daily.example/world/rss", "The Daily Example | World news", []feed.Item{
			{Title: "Russian troops land in Kazakhstan as Tokayev orders forces to ‘fire without warning’", Link: "https://www.daily.example/world/2022/jan/07/kazakhstan-tokayev-fire-without-warning", ID: "tag:daily.example,2022:world/2022/jan/07/kazakhstan", Published: "2022-01-07"},
			{Title: "Relative link, updated only", Link: "https://www.daily.example/world/2022/jan/08/china-backs", ID: "tag:daily.example,2022:world/2022/jan/08/china", Published: "2022-01-08"},
		}},
		{"rdf.xml", "", "Agence Exemple · Fil", []feed.Item{
			{Title: "China backs Kazakhstan's crackdown, offers help", Link: "https://agency.example/article/china-backs", ID: "https://agency.example/article/china-backs", Published: "2022-01-08"},
			{Title: "Café talk in the métro", Link: "https://agency.example/article/m%E9tro", ID: "https://agency.example/article/m%E9tro", Published: "2022-01-09"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if !feed.IsFeed(data) || !feed.IsFeedName(tt.file) {
				t.Error("not taken for a feed")
			}
			f, err := feed.Parse(tt.file, data, tt.base)
			if err != nil {
				t.Fatal(err)
			}
			if f.Title != tt.title || len(f.Items) != len(tt.items) {
				t.Fatalf("title %q, %d items: %+v", f.Title, len(f.Items), f.Items)
			}
			for i, want := range tt.items {
				if f.Items[i] != want {
					t.Errorf("item %d:\n got %+v\nwant %+v", i, f.Items[i], want)
				}
			}
		})
	}
}

func TestNotAFeed(t *testing.T) {
	for name, data := range map[string]string{
		"page.xml":   `<html><body>hi</body></html>`,
		"broken.xml": `<rss><channel><item><title>x</titl`,
		"svg.xml":    `<svg xmlns="http://www.w3.org/2000/svg"/>`,
	} {
		_, err := feed.Parse(name, []byte(data), "")
		if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), name+": not a feed") {
			t.Errorf("%s: %v", name, err)
		}
	}
	if feed.IsFeed([]byte("<html><p>a feed of news</p>")) {
		t.Error("a page taken for a feed")
	}
}

func FuzzParse(f *testing.F) {
	for _, name := range []string{"rss2.xml", "atom.xml", "rdf.xml"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fd, err := feed.Parse("fuzz.xml", data, "https://example.com/feed")
		if err != nil {
			if c := graph.ErrorCode(err); c != graph.EINVALID && c != graph.ETOOLARGE {
				t.Fatalf("code %s: %v", c, err)
			}
			return
		}
		if len(fd.Items) > feed.MaxItems {
			t.Fatalf("%d items", len(fd.Items))
		}
		for _, it := range fd.Items {
			if !strings.HasPrefix(it.Link, "http://") && !strings.HasPrefix(it.Link, "https://") || it.ID == "" {
				t.Fatalf("item %+v", it)
			}
		}
	})
}
