package e2e_test

import (
	"context"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

const editToken = "an-e2e-editor-token-0123456789"

// serveEditable starts serve on the seed with one editor, alice.
func serveEditable(tb testing.TB) string {
	tb.Helper()
	return serveStoreEnv(tb, filepath.Join(tb.TempDir(), "e2e.db"), []string{"ACTORGRAPH_EDIT_TOKEN=" + editToken, "ACTORGRAPH_EDITOR_NAME=alice"})
}

// waitFor polls a JavaScript expression until it is true.
func waitFor(tb testing.TB, ctx context.Context, what, expr string) {
	tb.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingTimeout(20*time.Second))); err != nil {
		status, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("#status").textContent`))
		tb.Fatalf("%s: not within 20 s (status line %q): %v", what, status, err)
	}
}

// signIn signs in through the header's form, first with a wrong token, which is refused.
func signIn(t *testing.T, ctx context.Context) {
	t.Helper()
	do(t, ctx, chromedp.WaitVisible(`#signin-summary`), chromedp.Click(`#signin-summary`), chromedp.WaitVisible(`#token`),
		typeInto(`#token`, "a-wrong-token-of-16-chars"), chromedp.Click(`#signin-form button[type=submit]`), chromedp.WaitVisible(`#signin-error`))
	if msg := get(t, ctx, chromedp.Text(`#signin-error`)); !strings.Contains(msg, "not an editor's") {
		t.Errorf("a wrong token says %q", msg)
	}
	do(t, ctx, chromedp.SetValue(`#token`, editToken), chromedp.Click(`#signin-form button[type=submit]`))
	waitFor(t, ctx, "signed in", `document.querySelector("#signin-summary").textContent === "Signed in: alice"`)
	stored := get(t, ctx, chromedp.Evaluate[string](`sessionStorage.getItem("actorgraph.token") + "|" + document.cookie`))
	if stored != editToken+"|" {
		t.Errorf("session storage and cookies hold %q, want the token in session storage and no cookie", stored)
	}
}

// TestEditorRejectsARelationshipAndUndoesIt: signed out, the evidence of a line offers no change; signed in,
// an editor rejects it with a reason, sees it gone from the drawing, undoes it from the status line and sees
// it back; the corrections list says who did what, when and why.
func TestEditorRejectsARelationshipAndUndoesIt(t *testing.T) {
	base := serveEditable(t)
	ctx := browser(t)
	edge := tokayev + "|REQUESTED_HELP_FROM|" + csto
	do(t, ctx, chromedp.Navigate(base+"/?focus="+tokayev+"&depth=1&edge="+url.QueryEscape(edge)), chromedp.WaitVisible(requestEdge), chromedp.WaitVisible(`#details .edge-details`))
	if n := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll(".correct-form").length`)); n != 0 {
		t.Fatalf("signed out, the page offers %d correction forms", n)
	}
	signIn(t, ctx)
	do(t, ctx, chromedp.WaitVisible(`#details .edge-details .correct-form textarea`),
		typeInto(`#details .correct-form textarea`, "The request went to the CSTO's chair, not the bloc"))
	screenshot(t, ctx, "reject")
	n := drawn(t, ctx)
	do(t, ctx, chromedp.Click(`#details .correct-form button[type=submit]`))
	waitDrawn(t, ctx, n)
	waitFor(t, ctx, "the status line offers to undo", `document.querySelector("#status").textContent.includes("Undo")`)
	if st := get(t, ctx, chromedp.Text(`#status`)); !strings.Contains(st, "Done: rejected “Kassym-Jomart Tokayev requested help from Collective Security Treaty Organization”") {
		t.Errorf("status line %q", st)
	}
	checkStatusClear(t, ctx, "rejected")
	if has := get(t, ctx, chromedp.Evaluate[bool](`!!document.querySelector('`+requestEdge+`')`)); has {
		t.Fatal("the rejected line is still drawn")
	}
	screenshot(t, ctx, "rejected")

	n = drawn(t, ctx)
	do(t, ctx, chromedp.Click(`#status button`))
	waitDrawn(t, ctx, n)
	do(t, ctx, chromedp.WaitVisible(requestEdge))

	do(t, ctx, chromedp.Click(`#show-corrections`), chromedp.WaitVisible(`#details .corrections-list li`))
	text := get(t, ctx, chromedp.Text(`#details .corrections-list li`))
	for _, want := range []string{"rejected “Kassym-Jomart Tokayev requested help from", "The request went to the CSTO's chair, not the bloc", "by alice", "undone by alice"} {
		if !strings.Contains(text, want) {
			t.Errorf("the corrections list %q lacks %q", text, want)
		}
	}
	screenshot(t, ctx, "corrections")
}

// TestEditorAddsAnArticleFromThePage: an editor pastes an article, previews what the extractor found,
// leaves one relationship out with a reason, adds it, and finds its actors by search at once, with no
// restart; what was left out is a correction in the trail, and its undo draws it.
func TestEditorAddsAnArticleFromThePage(t *testing.T) {
	base := serveEditable(t)
	ctx := browser(t)
	do(t, ctx, chromedp.Navigate(base+"/"))
	signIn(t, ctx)
	do(t, ctx, chromedp.Click(`#add-article`), chromedp.WaitVisible(`#article-text`),
		typeInto(`#article-title`, "Talks in Astana"),
		chromedp.SetValue(`#article-text`, "Talks in Astana\n\nChina criticized Japan on Monday. Belarus supports Russia.\n"),
		chromedp.Click(`#article-preview-button`), chromedp.WaitVisible(`#article-commit`))
	items := get(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#article-preview li")].map(li => li.textContent)`))
	joined := strings.Join(items, "|")
	if !strings.Contains(joined, "China criticizes Japan") || !strings.Contains(joined, "Belarus supports Russia") {
		t.Fatalf("the preview lists %q", items)
	}
	// Leave the criticism out.
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll("#article-preview li")].find(li => li.textContent.includes("criticizes")).querySelector("button").click()`))
	do(t, ctx, typeInto(`#article-edit-reason`, "Japan is not named as the target"))
	screenshot(t, ctx, "article-preview")
	do(t, ctx, chromedp.Click(`#article-commit`), chromedp.WaitVisible(`#article-preview .done`))
	if done := get(t, ctx, chromedp.Text(`#article-preview .done`)); !strings.Contains(done, "Added talks-in-astana") || !strings.Contains(done, "1 correction recorded") {
		t.Errorf("after adding: %q", done)
	}
	start := time.Now()
	do(t, ctx, typeInto(`#q`, "Japan"))
	// The list is drawn again at each answer ("Ja", then "Japan"): read at the wrong moment, the first name
	// was in a list just replaced, and chromedp read it as "" (a CI run under load).
	waitFor(t, ctx, "Japan suggested first", `(document.querySelector("#q-list li[role=option] .name") || {}).textContent === "Japan"`)
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("search for Japan right after: suggested in %v", d)
	}
	// Once drawn: before, the line left out is trivially not drawn, and the drawing coming later replaced
	// the corrections opened below.
	do(t, ctx, chromedp.Navigate(base+"/?focus=state:japan&depth=1"), chromedp.WaitVisible(`#details`))
	waitDrawn(t, ctx, 0)
	if has := get(t, ctx, chromedp.Evaluate[bool](`!!document.querySelector('#graph g.edge[id*="CRITICIZES"]')`)); has {
		t.Error("the relationship left out in the preview is drawn")
	}
	// What was left out is a correction by alice, with her reason, that can be undone.
	do(t, ctx, chromedp.Click(`#show-corrections`), chromedp.WaitVisible(`#details .corrections-list li`))
	text := get(t, ctx, chromedp.Text(`#details .corrections-list li`))
	for _, want := range []string{"rejected a sentence of", "criticizes", "Japan is not named as the target", "by alice"} {
		if !strings.Contains(text, want) {
			t.Errorf("the corrections list %q lacks %q", text, want)
		}
	}
	n := drawn(t, ctx)
	do(t, ctx, chromedp.Click(`#details .corrections-list li button.undo`))
	waitDrawn(t, ctx, n)
	waitFor(t, ctx, "the criticism is drawn once its correction is undone", `!!document.querySelector('#graph g.edge[id*="CRITICIZES"]')`)
}

// holdGraph makes the page hold back its answers from /api/graph from its first script on, until
// window.releaseGraph() lets them through: a drawing that comes late, as on a loaded machine.
var holdGraph = chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
	_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `(() => {
  const fetch = window.fetch, held = [];
  let holding = true;
  window.graphHeld = () => held.length;
  window.releaseGraph = () => { holding = false; held.splice(0).forEach((go) => go()); };
  window.fetch = (url, opts) => !holding || !String(url).startsWith("/api/graph") ? fetch(url, opts)
    : new Promise((resolve, reject) => held.push(() => fetch(url, opts).then(resolve, reject)));
})()`})
	return err
})

// TestLateDrawingKeepsThePanel: the corrections list, opened while the view is still being drawn, stays
// when the drawing comes; signing in then gives it its Undo buttons, and Undo works. The drawing had
// replaced the list with the view's details: on a loaded machine (CI, 20db554)
// TestEditorAddsAnArticleFromThePage clicked Undo as the list went, and waited 20 s for a redraw nothing had
// asked for. Signing in had replaced it too.
func TestLateDrawingKeepsThePanel(t *testing.T) {
	base := serveEditable(t)
	edge := tokayev + "|REQUESTED_HELP_FROM|" + csto
	body := `{"action":"reject","relation":"` + edge + `","reason":"The request went to the CSTO's chair"}`
	req, err := http.NewRequest(http.MethodPost, base+"/api/corrections", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+editToken)
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode/100 != 2 {
		t.Fatalf("rejecting %s: %s", edge, res.Status)
	}

	ctx := browser(t)
	do(t, ctx, holdGraph, chromedp.Navigate(base+"/?focus="+tokayev+"&depth=1"))
	waitFor(t, ctx, "the drawing asked for and held", `window.graphHeld() > 0`)
	do(t, ctx, chromedp.Click(`#show-corrections`), chromedp.WaitVisible(`#details .corrections-list li`))
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`window.releaseGraph()`))
	waitDrawn(t, ctx, 0)
	if !get(t, ctx, chromedp.Evaluate[bool](`!!document.querySelector("#details .corrections-list li")`)) {
		t.Fatalf("the drawing that came after the corrections were opened replaced them with %q",
			get(t, ctx, chromedp.Evaluate[string](`document.querySelector("#details").firstElementChild.className`)))
	}
	signIn(t, ctx)
	waitFor(t, ctx, "signed in, the corrections list offers Undo", `!!document.querySelector("#details .corrections-list li button.undo")`)
	n := drawn(t, ctx)
	do(t, ctx, chromedp.Click(`#details .corrections-list li button.undo`))
	waitDrawn(t, ctx, n)
	do(t, ctx, chromedp.WaitVisible(requestEdge))
	waitFor(t, ctx, "the status line says it is undone", `document.querySelector("#status").textContent === "Undone."`)
}
