package e2e_test

import (
	"bytes"
	"image"
	"image/png"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

const (
	tokayev     = "person:kassym-jomart-tokayev"
	csto        = "organization:collective-security-treaty-organization"
	cstoNode    = `#graph g.node[id="n:organization:collective-security-treaty-organization"]`
	requestEdge = `#graph g.edge[id="e:person:kassym-jomart-tokayev|REQUESTED_HELP_FROM|organization:collective-security-treaty-organization"]`
	caption     = `#graph svg > g > text`
)

// TestSearchThenClickThrough is the first thing a new user does: search for Tokayev, pick him, see his
// neighbourhood drawn, click the CSTO to recentre, read the evidence behind a line and the article it
// comes from, then go back.
func TestSearchThenClickThrough(t *testing.T) {
	base := serve(t)
	ctx := browser(t)

	// The suggestions answer the keyboard: arrows move the active option, Escape closes the list.
	do(t, ctx, chromedp.Navigate(base), chromedp.WaitVisible(`#q`), typeInto(`#q`, "Kaz"), chromedp.WaitVisible(`#q-list li[role=option]:nth-of-type(2)`),
		chromedp.KeyEvent(kb.ArrowDown))
	if a := get(t, ctx, chromedp.Attributes(`#q`)); a["aria-activedescendant"] != "q-list-1" {
		t.Errorf("after ArrowDown the active option is %q, want q-list-1", a["aria-activedescendant"])
	}
	do(t, ctx, chromedp.KeyEvent(kb.ArrowUp))
	if a := get(t, ctx, chromedp.Attributes(`#q`)); a["aria-activedescendant"] != "q-list-0" {
		t.Errorf("after ArrowUp the active option is %q, want q-list-0", a["aria-activedescendant"])
	}
	do(t, ctx, chromedp.KeyEvent(kb.Escape), chromedp.WaitNotVisible(`#q-list`))
	if a := get(t, ctx, chromedp.Attributes(`#q`)); a["aria-expanded"] != "false" {
		t.Errorf("after Escape the combobox has aria-expanded=%q", a["aria-expanded"])
	}

	do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.querySelector("#q").value = ""`), typeInto(`#q`, "Tokayev"), chromedp.WaitVisible(`#q-list li[role=option]`))
	if s := get(t, ctx, chromedp.Text(`#q-list li .name`)); s != "Kassym-Jomart Tokayev" {
		t.Fatalf("first suggestion for Tokayev = %q", s)
	}
	if k := get(t, ctx, chromedp.Text(`#q-list li .kind`)); !strings.EqualFold(k, "person") {
		t.Errorf("the suggestion shows kind %q", k)
	}
	combo := get(t, ctx, chromedp.Attributes(`#q`))
	if combo["aria-expanded"] != "true" || combo["aria-activedescendant"] == "" {
		t.Errorf("the search box is not an open combobox with an active option: %v", combo)
	}
	screenshot(t, ctx, "search")

	n := drawn(t, ctx)
	do(t, ctx, typeInto(`#q`, "\r"))
	waitDrawn(t, ctx, n)
	do(t, ctx, chromedp.WaitVisible(cstoNode))
	if q := query(t, get(t, ctx, chromedp.Location())); q.Get("focus") != tokayev {
		t.Errorf("after picking Tokayev the URL has focus=%q", q.Get("focus"))
	}
	if h := get(t, ctx, chromedp.Text(`#details h2`)); h != "Kassym-Jomart Tokayev" {
		t.Errorf("details title %q", h)
	}
	if c := get(t, ctx, chromedp.TextContent(caption)); !strings.Contains(c, "Kassym-Jomart Tokayev") {
		t.Errorf("drawing caption %q", c)
	}
	labels := get(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#graph g.node text")].map(t => t.textContent)`))
	for _, want := range []string{"China", "Kazakhstan", "Collective Security"} {
		if !strings.Contains(strings.Join(labels, "|"), want) {
			t.Errorf("Tokayev's drawing lacks %s (labels %q)", want, labels)
		}
	}
	// The drawing keeps the actors whose names fit the pane legibly; Russia is behind Kazakhstan's
	// "+N more", which brings it in.
	const kazakhstanMore = `#graph g.node[id="n:state:kazakhstan"] > text`
	if !get(t, ctx, chromedp.Evaluate[bool](`!document.querySelector('#graph g.node[id="n:state:russia"]')`)) {
		t.Log("Russia fits at first")
	} else {
		n := drawn(t, ctx)
		do(t, ctx, chromedp.Click(kazakhstanMore))
		waitDrawn(t, ctx, n)
		do(t, ctx, chromedp.WaitVisible(`#graph g.node[id="n:state:russia"]`))
		if q := query(t, get(t, ctx, chromedp.Location())); q.Get("more") != "state:kazakhstan" {
			t.Errorf("after +N more beside Kazakhstan the URL has more=%q", q.Get("more"))
		}
	}
	// The text equivalent of the picture lists what is drawn, from the JSON of the same view.
	desc := get(t, ctx, chromedp.TextContent(`#graph-desc`))
	if !strings.Contains(desc, "Kassym-Jomart Tokayev requested help from Collective Security Treaty Organization") {
		t.Errorf("the description of the drawing lacks Tokayev's request: %.300q", desc)
	}
	screenshot(t, ctx, "tokayev")

	// Click the CSTO: the URL and the picture change.
	n = drawn(t, ctx)
	do(t, ctx, chromedp.Click(cstoNode+" text"))
	waitDrawn(t, ctx, n)
	do(t, ctx, chromedp.WaitVisible(`#graph g.node.focus[id="n:`+csto+`"]`))
	if q := query(t, get(t, ctx, chromedp.Location())); q.Get("focus") != csto {
		t.Errorf("after clicking the CSTO the URL has focus=%q", q.Get("focus"))
	}
	if h := get(t, ctx, chromedp.Text(`#details h2`)); h != "Collective Security Treaty Organization" {
		t.Errorf("after clicking the CSTO the details say %q", h)
	}
	if c := get(t, ctx, chromedp.TextContent(caption)); !strings.Contains(c, "Collective Security Treaty Organization") {
		t.Errorf("after clicking the CSTO the caption is %q", c)
	}
	if trail := get(t, ctx, chromedp.Text(`#trail`)); !strings.Contains(trail, "Kassym-Jomart Tokayev") {
		t.Errorf("the breadcrumb does not show where we have been: %q", trail)
	}

	// The evidence of a line.
	do(t, ctx, chromedp.Click(requestEdge+" text"), chromedp.WaitVisible(`#details .edge-details blockquote`))
	evidence := get(t, ctx, chromedp.Text(`#details .edge-details`))
	for _, want := range []string{"After receiving a Wednesday request from Tokayev", "Says who?", "At least 26 protesters dead", "2022-01-07"} {
		if !strings.Contains(evidence, want) {
			t.Errorf("the evidence panel of Tokayev → CSTO lacks %q: %q", want, evidence)
		}
	}
	if q := query(t, get(t, ctx, chromedp.Location())); !strings.Contains(q.Get("edge"), "REQUESTED_HELP_FROM") {
		t.Errorf("the URL does not name the relationship shown: %v", q)
	}
	screenshot(t, ctx, "evidence")

	// The article, scrolled to the sentence, which is highlighted.
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll("#details .evidence li")].find(li => li.textContent.includes("After receiving a Wednesday request")).querySelector("a.read").click()`),
		chromedp.WaitVisible(`#details .document mark`))
	mark := get(t, ctx, chromedp.Text(`#details .document mark`))
	if !strings.HasPrefix(mark, "After receiving a Wednesday request from Tokayev") {
		t.Errorf("the highlighted sentence is %q", mark)
	}
	inView := get(t, ctx, chromedp.Evaluate[bool](`(() => { const m = document.querySelector("#details mark").getBoundingClientRect();
		const p = document.querySelector("#details").getBoundingClientRect(); return m.top >= p.top && m.bottom <= p.bottom; })()`))
	if !inView {
		t.Error("the highlighted sentence is not scrolled into view")
	}
	screenshot(t, ctx, "document")

	// Back: the evidence again, then Tokayev's view; forward: the CSTO.
	do(t, ctx, chromedp.NavigateBack(), chromedp.WaitVisible(`#details .edge-details blockquote`))
	n = drawn(t, ctx)
	do(t, ctx, chromedp.NavigateBack())
	waitDrawn(t, ctx, n)
	do(t, ctx, chromedp.WaitVisible(`#graph g.node.focus[id="n:`+tokayev+`"]`))
	if q := query(t, get(t, ctx, chromedp.Location())); q.Get("focus") != tokayev {
		t.Errorf("back leads to focus=%q", q.Get("focus"))
	}
	n = drawn(t, ctx)
	do(t, ctx, chromedp.NavigateForward())
	waitDrawn(t, ctx, n)
	do(t, ctx, chromedp.WaitVisible(`#graph g.node.focus[id="n:`+csto+`"]`))
}

// TestExpandZoomAndLink checks shift-click expansion, zoom from the keyboard, and that a link reproduces the
// view: depth, filters and focus come back from the URL alone.
func TestExpandZoomAndLink(t *testing.T) {
	base := serve(t)
	ctx := browser(t)

	do(t, ctx, chromedp.Navigate(base+"/?focus="+tokayev+"&depth=1"))
	waitDrawn(t, ctx, 0)
	n := drawn(t, ctx)
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.querySelector('#graph g.node[id="n:state:china"] a').dispatchEvent(new MouseEvent("click", {bubbles: true, cancelable: true, shiftKey: true}))`))
	waitDrawn(t, ctx, n)
	q := query(t, get(t, ctx, chromedp.Location()))
	if q.Get("focus") != tokayev+",state:china" {
		t.Errorf("shift-click should add China to the focus, URL has focus=%q", q.Get("focus"))
	}
	if c := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("#graph g.node.focus").length`)); c != 2 {
		t.Errorf("%d actors in focus after expanding, want 2", c)
	}
	// The panel shows the added actor, with a button to take it out of the view again.
	n = drawn(t, ctx)
	do(t, ctx, chromedp.WaitVisible(`#details .entity-details`), chromedp.Click(`#details button.remove`))
	waitDrawn(t, ctx, n)
	if q := query(t, get(t, ctx, chromedp.Location())); q.Get("focus") != tokayev {
		t.Errorf("after removing China the URL has focus=%q", q.Get("focus"))
	}
	n = drawn(t, ctx)
	do(t, ctx, chromedp.NavigateBack())
	waitDrawn(t, ctx, n)
	if c := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("#graph g.node.focus").length`)); c != 2 {
		t.Errorf("back after removing: %d actors in focus, want 2", c)
	}

	const viewBox = `(() => { const b = document.querySelector("#graph svg").viewBox.baseVal; return [b.x, b.y, b.width, b.height].map(v => v.toFixed(1)).join(" "); })()`
	before := get(t, ctx, chromedp.Evaluate[string](viewBox))
	do(t, ctx, chromedp.Focus(`#graph`), chromedp.KeyEvent("+"))
	after := get(t, ctx, chromedp.Evaluate[string](viewBox))
	if before == after {
		t.Errorf("+ did not zoom: viewBox %q", after)
	}
	do(t, ctx, chromedp.KeyEvent("0"))
	if fit := get(t, ctx, chromedp.Evaluate[string](viewBox)); fit != before {
		t.Errorf("0 should fit the drawing again: %q, want %q", fit, before)
	}

	// The wheel zooms; dragging pans without recentring.
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`(() => { const r = document.querySelector("#graph").getBoundingClientRect();
		document.querySelector("#graph").dispatchEvent(new WheelEvent("wheel", {deltaY: -200, clientX: r.left + r.width / 3, clientY: r.top + r.height / 3, bubbles: true, cancelable: true})); })()`))
	if z := get(t, ctx, chromedp.Evaluate[string](viewBox)); z == before {
		t.Error("the wheel did not zoom")
	}
	do(t, ctx, chromedp.KeyEvent("0"))
	box := get(t, ctx, chromedp.Evaluate[[]float64](`(() => { const r = document.querySelector("#graph").getBoundingClientRect(); return [r.left + 8, r.top + 8]; })()`))
	loc := get(t, ctx, chromedp.Location())
	do(t, ctx,
		chromedp.MouseEvent(input.DispatchMouseEventTypeMousePressed, box[0], box[1], chromedp.ButtonLeft),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, box[0]+60, box[1]+40, chromedp.ButtonLeft),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, box[0]+120, box[1]+80, chromedp.ButtonLeft),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseReleased, box[0]+120, box[1]+80, chromedp.ButtonLeft))
	if panned := get(t, ctx, chromedp.Evaluate[string](viewBox)); panned == before {
		t.Error("dragging did not pan the drawing")
	}
	if l := get(t, ctx, chromedp.Location()); l != loc {
		t.Errorf("dragging changed the view to %s", l)
	}

	// A link with filters reproduces the same view in a fresh page.
	link := base + "/?focus=" + csto + "&depth=1&stances=cooperation&layout=neato&size=centrality"
	do(t, ctx, chromedp.Navigate(link))
	waitDrawn(t, ctx, 0)
	stances := get(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#graph g.edge")].map(e => e.getAttribute("class"))`))
	for _, s := range stances {
		if s != "edge cooperation" {
			t.Errorf("with stances=cooperation the drawing has an edge of class %q", s)
		}
	}
	if len(stances) == 0 {
		t.Error("no edges drawn for the CSTO's cooperation")
	}
	checked := get(t, ctx, chromedp.Evaluate[[]string](`[document.querySelector("#layout").value, document.querySelector("#depth").value, String(document.querySelector("#size").checked), document.querySelector("input[name=stances][value=cooperation]").checked ? "cooperation" : "", document.querySelector("#filter-count").textContent]`))
	if strings.Join(checked, " ") != "neato 1 true cooperation 1" {
		t.Errorf("the controls do not show the view of the link: %q", checked)
	}
	do(t, ctx, chromedp.Click(`#filters summary`), chromedp.WaitVisible(`#types input[value=SUPPORTS]`))
	screenshot(t, ctx, "filters")
}

// TestPathFinder finds how Xi Jinping reaches Stanislav Zas, choosing both ends from the suggestions.
func TestPathFinder(t *testing.T) {
	base := serve(t)
	ctx := browser(t)

	do(t, ctx, chromedp.Navigate(base), chromedp.WaitVisible(`.modes button[data-view=path]`), chromedp.Click(`.modes button[data-view=path]`),
		chromedp.WaitVisible(`#path-from`),
		typeInto(`#path-from`, "Xi Jin"), chromedp.WaitVisible(`#path-from-list li[role=option]`))
	if s := get(t, ctx, chromedp.Text(`#path-from-list li .name`)); s != "Xi Jinping" {
		t.Fatalf("first suggestion for Xi Jin = %q", s)
	}
	do(t, ctx, typeInto(`#path-from`, "\r"), typeInto(`#path-to`, "Zas"), chromedp.WaitVisible(`#path-to-list li[role=option]`))
	n := drawn(t, ctx)
	do(t, ctx, chromedp.Click(`#path-to-list li[role=option]`))
	waitDrawn(t, ctx, n)
	do(t, ctx, chromedp.WaitVisible(`#details .path-details`))
	q := query(t, get(t, ctx, chromedp.Location()))
	if q.Get("view") != "path" || q.Get("from") != "person:xi-jinping" || q.Get("to") != "person:stanislav-zas" {
		t.Errorf("the URL of the path is %v", q)
	}
	steps := get(t, ctx, chromedp.Text(`#details .path-details`))
	for _, want := range []string{"Xi Jinping called Kassym-Jomart Tokayev", "requested help from", "Stanislav Zas is an official of"} {
		if !strings.Contains(steps, want) {
			t.Errorf("the path panel lacks %q: %q", want, steps)
		}
	}
	for _, id := range []string{"person:xi-jinping", "person:stanislav-zas", tokayev, csto} {
		do(t, ctx, chromedp.WaitReady(`#graph g.node[id="n:`+id+`"]`))
	}
	screenshot(t, ctx, "path")

	// A step's evidence.
	do(t, ctx, chromedp.Click(`#details .path-details button.rel-link`), chromedp.WaitVisible(`#details .edge-details blockquote`))
}

// TestDownloads downloads the SVG of the view on screen through the browser, and checks every format's link.
func TestDownloads(t *testing.T) {
	base := serve(t)
	ctx := browser(t)
	dir := t.TempDir()
	if _, err := chromedp.CallBrowser(ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir,
	}); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Navigate(base+"/?focus="+csto+"&depth=1&stances=cooperation,structural"))
	waitDrawn(t, ctx, 0)
	do(t, ctx, chromedp.Click(`#downloads summary`), chromedp.WaitVisible(`#download-list a[data-format=svg]`))
	screenshot(t, ctx, "downloads")
	do(t, ctx, chromedp.Click(`#download-list a[data-format=svg]`))

	// Wait for the finished file (Chromium writes NAME.crdownload, then renames it).
	deadline := time.Now().Add(15 * time.Second)
	var svg []byte
	var name string
	for svg == nil {
		files, _ := filepath.Glob(filepath.Join(dir, "*.svg"))
		if len(files) == 1 {
			if b, err := os.ReadFile(files[0]); err == nil && strings.HasSuffix(strings.TrimSpace(string(b)), "</svg>") {
				svg, name = b, filepath.Base(files[0])
				break
			}
		}
		if time.Now().After(deadline) {
			entries, _ := os.ReadDir(dir)
			t.Fatalf("no finished SVG download within 15 s (the folder holds %v)", entries)
		}
		time.Sleep(50 * time.Millisecond) // polling the file system for the condition, not a fixed wait
	}
	if !strings.HasPrefix(name, "actorgraph-") || !strings.Contains(name, "collective-security-treaty-organization") {
		t.Errorf("the download is named %q", name)
	}
	if !strings.Contains(string(svg), "<svg") || !strings.Contains(string(svg), "Collective Security") || strings.Contains(string(svg), "RIVAL_OF") {
		t.Errorf("the downloaded SVG is not the filtered view on screen (%d bytes)", len(svg))
	}

	hrefs := get(t, ctx, chromedp.Evaluate[map[string]string](`Object.fromEntries([...document.querySelectorAll("#download-list a")].map(a => [a.dataset.format, a.href]))`))
	types := map[string]string{"svg": "image/svg+xml", "png": "image/png", "pdf": "application/pdf", "dot": "text/vnd.graphviz", "graphml": "graphml", "gexf": "gexf", "csv": "application/zip", "json": "application/json",
		"csv-nodes": "text/csv", "csv-edges": "text/csv", "csv-documents": "text/csv"}
	for format, ct := range types {
		href := hrefs[format]
		u, err := url.Parse(href)
		if err != nil || href == "" {
			t.Errorf("no download link for %s", format)
			continue
		}
		q := u.Query()
		if q.Get("focus") != csto || q.Get("depth") != "1" || q.Get("stances") != "cooperation,structural" || q.Get("format") != format || q.Get("download") != "1" {
			t.Errorf("the %s link does not ask for what is on screen: %s", format, href)
		}
		if format == "png" && q.Get("dpi") != "150" {
			t.Errorf("the PNG link asks for dpi=%q, want the default 150: %s", q.Get("dpi"), href)
		}
		res, err := http.Get(href)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != 200 || !strings.Contains(res.Header.Get("Content-Type"), ct) || !strings.HasPrefix(res.Header.Get("Content-Disposition"), "attachment;") {
			t.Errorf("%s: %s, Content-Type %q, Content-Disposition %q", format, res.Status, res.Header.Get("Content-Type"), res.Header.Get("Content-Disposition"))
		}
	}

	// The PNG's resolution: the choice reaches the link, and a higher resolution is a bigger picture.
	var last image.Config
	var lastBytes int
	for _, dpi := range []string{"96", "150", "300"} {
		do(t, ctx, chromedp.Evaluate[chromedp.Void](`(() => { const s = document.querySelector("#dpi"); s.value = "`+dpi+`"; s.dispatchEvent(new Event("change", {bubbles: true})); })()`))
		href := get(t, ctx, chromedp.Evaluate[string](`document.querySelector("#download-list a[data-format=png]").href`))
		if label := get(t, ctx, chromedp.Text(`#download-list a[data-format=png]`)); !strings.Contains(label, dpi+" dpi") {
			t.Errorf("the PNG link says %q after choosing %s dpi", label, dpi)
		}
		u, err := url.Parse(href)
		if err != nil || u.Query().Get("dpi") != dpi || u.Query().Get("format") != "png" {
			t.Fatalf("after choosing %s dpi the PNG link is %s", dpi, href)
		}
		res, err := http.Get(href)
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(res.Body)
		res.Body.Close()
		if err != nil || res.StatusCode != 200 || res.Header.Get("Content-Type") != "image/png" {
			t.Fatalf("PNG at %s dpi: %s, Content-Type %q, %v", dpi, res.Status, res.Header.Get("Content-Type"), err)
		}
		cfg, err := png.DecodeConfig(bytes.NewReader(body))
		if err != nil {
			t.Fatalf("PNG at %s dpi: %v", dpi, err)
		}
		t.Logf("PNG at %s dpi: %d×%d, %d bytes", dpi, cfg.Width, cfg.Height, len(body))
		if cfg.Width <= last.Width || cfg.Height <= last.Height || len(body) <= lastBytes {
			t.Errorf("PNG at %s dpi is %d×%d (%d bytes), not bigger than the lower resolution's %d×%d (%d bytes)", dpi, cfg.Width, cfg.Height, len(body), last.Width, last.Height, lastBytes)
		}
		last, lastBytes = cfg, len(body)
	}
	// Through the browser too: the download at 300 dpi is the big picture.
	do(t, ctx, chromedp.Click(`#download-list a[data-format=png]`))
	file := waitDownload(t, dir, "*.png", func(b []byte) bool { _, err := png.DecodeConfig(bytes.NewReader(b)); return err == nil })
	if cfg, _ := png.DecodeConfig(bytes.NewReader(file)); cfg.Width != last.Width || cfg.Height != last.Height {
		t.Errorf("the PNG downloaded at 300 dpi is %d×%d, want %d×%d", cfg.Width, cfg.Height, last.Width, last.Height)
	}
	// The PDF, through the browser: a PDF with its fonts, named for the view.
	do(t, ctx, chromedp.Click(`#download-list a[data-format=pdf]`))
	pdf := waitDownload(t, dir, "*.pdf", func(b []byte) bool { return bytes.HasSuffix(bytes.TrimSpace(b), []byte("%%EOF")) })
	if !bytes.HasPrefix(pdf, []byte("%PDF-1.")) || !bytes.Contains(pdf, []byte("/FontFile2")) {
		t.Errorf("the downloaded PDF is not a PDF with its fonts embedded (%d bytes)", len(pdf))
	}
	// A download the server refuses says why on the page, and saves nothing.
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`(() => { const s = document.querySelector("#dpi"); s.append(new Option("5000 dpi", "5000")); s.value = "5000"; s.dispatchEvent(new Event("change", {bubbles: true})); })()`))
	do(t, ctx, chromedp.Click(`#download-list a[data-format=png]`))
	do(t, ctx, chromedp.WaitVisible(`#download-status.error`))
	screenshot(t, ctx, "download-failed")
	if msg := get(t, ctx, chromedp.Text(`#download-status`)); !strings.Contains(msg, "The PNG could not be made: parameter dpi=5000 is outside 72..600") {
		t.Errorf("a refused download says %q", msg)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "*.png")); len(files) != 1 {
		t.Errorf("after a refused download the folder holds %d PNGs, want the one from before", len(files))
	}
}

// waitDownload waits for one finished download matching pattern in dir and returns its bytes.
func waitDownload(t *testing.T, dir, pattern string, complete func([]byte) bool) []byte {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		files, _ := filepath.Glob(filepath.Join(dir, pattern))
		if len(files) == 1 {
			if b, err := os.ReadFile(files[0]); err == nil && complete(b) {
				return b
			}
		}
		if time.Now().After(deadline) {
			entries, _ := os.ReadDir(dir)
			t.Fatalf("no finished %s download within 15 s (the folder holds %v)", pattern, entries)
		}
		time.Sleep(50 * time.Millisecond) // polling the file system for the condition, not a fixed wait
	}
}

// TestAlliancesAndBlocs shows the two views of sides.
func TestAlliancesAndBlocs(t *testing.T) {
	base := serve(t)
	ctx := browser(t)
	do(t, ctx, chromedp.Navigate(base+"/?view=alliances&focus=state:russia"))
	waitDrawn(t, ctx, 0)
	do(t, ctx, chromedp.WaitVisible(`#details .alliance-details`))
	allies := get(t, ctx, chromedp.Text(`#details ul.allies`))
	opponents := get(t, ctx, chromedp.Text(`#details ul.opponents`))
	if !strings.Contains(allies, "Collective Security Treaty Organization") || !strings.Contains(opponents, "Georgia") {
		t.Errorf("Russia's allies %q, opponents %q", allies, opponents)
	}
	screenshot(t, ctx, "alliances")

	n := drawn(t, ctx)
	do(t, ctx, chromedp.Click(`.modes button[data-view=blocs]`))
	waitDrawn(t, ctx, n)
	do(t, ctx, chromedp.WaitVisible(`#details .blocs-details`))
	if c := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("#details .bloc").length`)); c < 2 {
		t.Errorf("%d blocs listed", c)
	}
	// Members the fitted drawing leaves out are listed by their names, not by their ids.
	if m := get(t, ctx, chromedp.Text(`#details .bloc .members`)); !strings.Contains(m, "Belarus") || strings.Contains(m, "belarus") {
		t.Errorf("the first bloc lists %q", m)
	}
	if q := query(t, get(t, ctx, chromedp.Location())); q.Get("view") != "blocs" {
		t.Errorf("URL of the blocs view: %v", q)
	}
	do(t, ctx, chromedp.WaitVisible(`#details .central-list li`))
	if c := get(t, ctx, chromedp.Text(`#details .central-list`)); !strings.Contains(c, "Kazakhstan") {
		t.Errorf("the most central actors are %q", c)
	}
	screenshot(t, ctx, "blocs")
}

// TestEmptyAndErrorStates: an unknown actor shows the server's message; filters that leave nothing say so
// and offer to clear them.
func TestEmptyAndErrorStates(t *testing.T) {
	base := serve(t)
	ctx := browser(t)

	do(t, ctx, chromedp.Navigate(base+"/?focus=person:nobody-at-all"), chromedp.WaitVisible(`#status.error`))
	if s := get(t, ctx, chromedp.Text(`#status`)); !strings.Contains(s, `no entity with id "person:nobody-at-all"`) {
		t.Errorf("the error state says %q", s)
	}
	screenshot(t, ctx, "error")

	do(t, ctx, chromedp.Navigate(base+"/?focus="+tokayev+"&from_date=2030-01-01"), chromedp.WaitVisible(`#status.empty`))
	if s := get(t, ctx, chromedp.Text(`#status`)); !strings.Contains(s, "Nothing matches these filters") {
		t.Errorf("the empty state says %q", s)
	}
	screenshot(t, ctx, "empty")
	n := drawn(t, ctx)
	do(t, ctx, chromedp.Click(`#status button`))
	waitDrawn(t, ctx, n)
	if q := query(t, get(t, ctx, chromedp.Location())); q.Has("from_date") {
		t.Errorf("clearing the filters left %v", q)
	}
	if c := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("#graph g.edge").length`)); c == 0 {
		t.Error("no relationships after clearing the filters")
	}
}

func query(t *testing.T, loc string) url.Values {
	t.Helper()
	u, err := url.Parse(loc)
	if err != nil {
		t.Fatal(err)
	}
	return u.Query()
}
