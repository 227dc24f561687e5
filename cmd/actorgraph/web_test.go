package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/store/boltstore"
)

// TestIngestPagesAndLinks: a folder holding a saved news page, a file of links and a feed file, whose links
// lead to pages a local server serves, ingests each page with its title, date, publisher and clean text; a
// link to a feed on the command line too.
func TestIngestPagesAndLinks(t *testing.T) {
	pages := "../../ingest/webpage/testdata/"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed.rss" {
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Bloc asked for help</title>` +
				`<link>/news/wire.html</link><pubDate>Wed, 05 Jan 2022 22:41:00 GMT</pubDate></item></channel></rss>`))
			return
		}
		name := strings.TrimPrefix(r.URL.Path, "/news/")
		if name != "daily.html" && name != "wire.html" && name != "broadcaster.htm" {
			http.NotFound(w, r) // robots.txt too: everything is allowed
			return
		}
		b, err := os.ReadFile(pages + name)
		if err != nil {
			t.Error(err)
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(b)
	}))
	defer srv.Close()

	dir := t.TempDir()
	copyFile(t, pages+"agency.html", filepath.Join(dir, "agency.html"))
	links := "# the morning's reading\n" + srv.URL + "/news/daily.html\n\n" + srv.URL + "/news/gone.html\n"
	if err := os.WriteFile(filepath.Join(dir, "links.txt"), []byte(links), 0o644); err != nil {
		t.Fatal(err)
	}
	atom := `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Broadcaster</title>` +
		`<entry><title>Troops arrive</title><link rel="alternate" href="` + srv.URL + `/news/broadcaster.htm"/><id>b1</id>` +
		`<updated>2022-01-06T14:12:31Z</updated></entry></feed>`
	if err := os.WriteFile(filepath.Join(dir, "broadcaster.atom"), []byte(atom), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "web.db")
	env := map[string]string{"ACTORGRAPH_STORE": db, "ACTORGRAPH_LOG_LEVEL": "warn"}

	// Without --allow-private the local server is refused as the machine's own network.
	out, _, err := runCmd(t, t.Context(), env, "ingest", srv.URL+"/news/wire.html")
	if err == nil || !strings.Contains(out, "is not public; links to the machine itself or its private network are refused") {
		t.Errorf("a loopback link without --allow-private: %v\n%s", err, out)
	}

	out, _, err = runCmd(t, t.Context(), env, "ingest", "--allow-private", dir, srv.URL+"/feed.rss")
	if err == nil || !strings.Contains(err.Error(), "1 of 5 inputs failed") {
		t.Errorf("ingest: %v, want the gone page to fail alone", err)
	}
	for _, want := range []string{
		"ingested   agency (" + filepath.Join(dir, "agency.html") + ")",
		"ingested   daily-example-kazakhstan-tokayev-fire-without-warning (" + srv.URL + "/news/daily.html)",
		"ingested   wire-example-kazakh-president-asks-russia-led-bloc-help-2022-01-05 (" + srv.URL + "/news/wire.html)",
		"ingested   broadcaster-example-world-asia-59894266 (" + srv.URL + "/news/broadcaster.htm)",
		"FAILED     " + srv.URL + "/news/gone.html",
		"the site answered 404 Not Found",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("ingest printed no %q:\n%s", want, out)
		}
	}

	// extract reads links as ingest does.
	out, _, err = runCmd(t, t.Context(), env, "extract", "--allow-private", "--format", "json", srv.URL+"/news/wire.html")
	if err != nil || !strings.Contains(out, `"id": "wire-example-kazakh-president-asks-russia-led-bloc-help-2022-01-05"`) ||
		!strings.Contains(out, `"organization:collective-security-treaty-organization"`) {
		t.Errorf("extract of a link: %v\n%.600s", err, out)
	}

	st, err := boltstore.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	docs, err := st.Documents(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, d := range docs {
		got[d.ID] = d.Published + " | " + d.Source + " | " + d.Title + " | " + d.URL
	}
	want := map[string]string{
		"agency": "2022-01-08 | Agency Example | China backs Kazakhstan's crackdown, offers help | ",
		"daily-example-kazakhstan-tokayev-fire-without-warning":              "2022-01-07 | The Daily Example | Russian troops land in Kazakhstan as Tokayev orders forces to ‘fire without warning’ | https://www.daily.example/world/2022/jan/07/kazakhstan-tokayev-fire-without-warning",
		"wire-example-kazakh-president-asks-russia-led-bloc-help-2022-01-05": "2022-01-05 | Wire Example | Kazakh president asks Russia-led bloc for help as unrest spreads | https://www.wire.example/world/asia-pacific/kazakh-president-asks-russia-led-bloc-help-2022-01-05/",
		"broadcaster-example-world-asia-59894266":                            "2022-01-06 | Broadcaster News | Kazakhstan: Russian-led troops arrive as protests continue | https://www.broadcaster.example/news/world-asia-59894266",
	}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("%s: %q\nwant %q", id, got[id], w)
		}
	}
	d, err := st.Document(t.Context(), "daily-example-kazakhstan-tokayev-fire-without-warning")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(d.Text, "steppe_watcher") || strings.Contains(d.Text, "Advertisement") || !strings.Contains(d.Text, "Antony Blinken") {
		t.Errorf("the stored text is not the article's:\n%s", d.Text)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestIngestWarnsOfNoDate: an article saved as headline, source line and body is read with its URL, and
// one with no date is named with what will leave it out.
func TestIngestWarnsOfNoDate(t *testing.T) {
	dir := t.TempDir()
	text := "Russia sends troops to Kazakhstan\nsource: https://www.example.com/world/troops\nRussia sent troops to Kazakhstan on Thursday, the Kremlin said.\n"
	if err := os.WriteFile(filepath.Join(dir, "troops.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "w.db")
	out, _, err := runCmd(t, t.Context(), map[string]string{"ACTORGRAPH_STORE": db, "ACTORGRAPH_LOG_LEVEL": "warn"}, "ingest", dir)
	if err != nil || !strings.Contains(out, "ingested   troops (") ||
		!strings.Contains(out, `warning: no publication date: Changes and the date filters (from, to) leave its sentences out; give one with "published: YYYY-MM-DD" in front matter`) {
		t.Errorf("ingest: %v\n%s", err, out)
	}
	st, err := boltstore.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	d, err := st.Document(t.Context(), "troops")
	if err != nil || d.URL != "https://www.example.com/world/troops" || d.Source != "example.com" || strings.Contains(d.Text, "source:") {
		t.Errorf("%v %+v", err, d)
	}
}
