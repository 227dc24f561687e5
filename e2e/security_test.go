package e2e_test

import (
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/assets"
	"github.com/chromedp/chromedp"
)

// TestPageCSP checks the page's Content-Security-Policy: its own script and style only, no inline script, no
// eval, and that the browser enforces it.
func TestPageCSP(t *testing.T) {
	base := serve(t)
	res, err := http.Get(base + "/")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	csp := res.Header.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("the page's CSP %q lacks %q", csp, want)
		}
	}
	for _, bad := range []string{"unsafe-inline", "unsafe-eval", "*", "http:", "https:"} {
		if strings.Contains(csp, bad) {
			t.Errorf("the page's CSP %q allows %q", csp, bad)
		}
	}

	ctx := browser(t)
	do(t, ctx, chromedp.Navigate(base+"/?focus="+tokayev))
	waitDrawn(t, ctx, 0)
	// Script that CSP must stop: an inline script element and a string handed to setTimeout (eval).
	got := get(t, ctx, chromedp.Evaluate[[]string](`new Promise(resolve => {
		const out = [];
		const finish = () => {
			if (window.inlineRan) out.push("inline script ran");
			if (window.evalRan) out.push("eval ran");
			resolve(out.sort());
		};
		// Both attempts report a violation; stop waiting when both have, or after 5 s.
		document.addEventListener("securitypolicyviolation", e => { out.push(e.effectiveDirective + " blocked"); if (out.length === 2) setTimeout(finish, 0); });
		setTimeout(finish, 5000);
		const s = document.createElement("script");
		s.textContent = "window.inlineRan = true";
		document.head.append(s);
		setTimeout("window.evalRan = true", 0);
	})`, chromedp.EvalAwaitPromise))
	if strings.Join(got, ",") != "script-src blocked,script-src-elem blocked" {
		t.Errorf("under the page's CSP: %q, want the inline script and the eval blocked", got)
	}
}

// evilSVG is what a compromised or buggy renderer might send: every way SVG can run script or load things.
const evilSVG = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 200 100" onload="window.pwned='onload'">
<script>window.pwned = 'script';</script>
<g id="graph0" class="graph"><title>x</title><text x="10" y="10">evil</text>
<g id="n:person:evil" class="node person focus" onmouseover="window.pwned='mouseover'"><title>n:person:evil</title>
<a xlink:href="javascript:window.pwned='href'"><ellipse cx="50" cy="50" rx="40" ry="20" fill="#ccc" stroke="#000"/><text x="50" y="55">Evil</text></a></g>
<foreignObject width="10" height="10"><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:parent.pwned='iframe'"></iframe></foreignObject>
<image href="data:image/svg+xml,x" onerror="window.pwned='onerror'"/>
<set attributeName="onmouseover" to="window.pwned='set'"/>
<a href="https://example.invalid/"><text x="150" y="50">away</text></a>
</g></svg>`

// fakeAPI serves the real page with an API that is down (503), draws evilSVG for focus=person:evil, and
// answers focus=person:slow only once release is closed.
func fakeAPI(t *testing.T) (base string, release chan struct{}) {
	t.Helper()
	release = make(chan struct{})
	static := http.FileServerFS(assets.FS)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		b, err := fs.ReadFile(assets.FS, "index.html")
		if err != nil {
			t.Error(err)
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(b)
	})
	mux.Handle("GET /static/", http.StripPrefix("/static/", static))
	mux.HandleFunc("GET /api/vocabulary", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `{"kinds":["person"],"stances":["conflict"],"types":[]}`)
	})
	mux.HandleFunc("GET /api/", func(w http.ResponseWriter, r *http.Request) {
		focus := r.URL.Query().Get("focus")
		if focus == "person:slow" {
			select {
			case <-release:
			case <-r.Context().Done():
				return
			}
			focus = "person:evil"
		}
		if focus == "person:evil" {
			if r.URL.Query().Get("format") == "svg" {
				w.Header().Set("Content-Type", "image/svg+xml")
				io.WriteString(w, evilSVG)
				return
			}
			w.Header().Set("Content-Type", "application/json")
			io.WriteString(w, `{"focus":["person:evil"],"depth":2,"entities":[{"id":"person:evil","name":"Evil","kind":"person"}],"relations":[],"documents":[]}`)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Retry-After", "5")
		w.WriteHeader(http.StatusServiceUnavailable)
		io.WriteString(w, `{"error":{"code":"unavailable","message":"the Neo4j store at bolt://neo4j:7687 cannot be reached"}}`)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv.URL, release
}

// TestSVGCannotRunScript feeds the page a drawing full of script, without any CSP to help: the page must strip
// it all before the drawing reaches the document.
func TestSVGCannotRunScript(t *testing.T) {
	base, _ := fakeAPI(t)
	ctx := browser(t)
	do(t, ctx, chromedp.Navigate(base+"/?focus=person:evil"))
	waitDrawn(t, ctx, 0)
	do(t, ctx, chromedp.Click(`#graph g.node text`))
	left := get(t, ctx, chromedp.Evaluate[[]string](`(() => {
		const g = document.querySelector("#graph");
		const out = [...g.querySelectorAll("script, foreignObject, iframe, image, set, animate")].map(e => e.nodeName);
		for (const e of g.querySelectorAll("*")) for (const a of e.attributes) {
			if (a.name.startsWith("on") || !a.name.startsWith("xmlns") && /javascript:|https?:/.test(a.value)) out.push(e.nodeName + "@" + a.name + "=" + a.value);
		}
		if (window.pwned) out.push("ran: " + window.pwned);
		if (location.protocol !== "http:") out.push("navigated to " + location.href);
		return out; })()`))
	if len(left) > 0 {
		t.Errorf("active content reached the page: %q", left)
	}
}

// TestStoreUnavailable: when the store is down the page says so with the server's message and offers a retry.
func TestStoreUnavailable(t *testing.T) {
	base, _ := fakeAPI(t)
	ctx := browser(t)
	do(t, ctx, chromedp.Navigate(base+"/?focus="+tokayev), chromedp.WaitVisible(`#status.error`))
	s := get(t, ctx, chromedp.Text(`#status`))
	if !strings.Contains(s, "The graph store is unavailable") || !strings.Contains(s, "bolt://neo4j:7687 cannot be reached") || !strings.Contains(s, "Try again") {
		t.Errorf("the unavailable state says %q", s)
	}
	if h := get(t, ctx, chromedp.Text(`#details h2`)); h != "The store is unavailable" {
		t.Errorf("the panel says %q", h)
	}
	screenshot(t, ctx, "unavailable")
}

// TestLoadingState: a slow answer shows a loading line (after a short delay, so fast answers do not flash
// it) until the drawing arrives.
func TestLoadingState(t *testing.T) {
	base, release := fakeAPI(t)
	ctx := browser(t)
	do(t, ctx, chromedp.Navigate(base+"/?focus=person:slow"), chromedp.WaitVisible(`#status.loading`))
	if s := get(t, ctx, chromedp.Text(`#status`)); !strings.Contains(s, "Drawing") {
		t.Errorf("the loading state says %q", s)
	}
	if busy := get(t, ctx, chromedp.Evaluate[string](`document.querySelector("#graph").getAttribute("aria-busy") || ""`)); busy != "true" {
		t.Errorf("the drawing is not aria-busy while loading: %q", busy)
	}
	close(release)
	waitDrawn(t, ctx, 0)
	if c := get(t, ctx, chromedp.Evaluate[string](`document.querySelector("#status").className`)); strings.Contains(c, "loading") {
		t.Errorf("the loading line stays after the drawing arrived: %q", c)
	}
}
