package e2e_test

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestEditorDatesAnUndatedArticle: the article view of an article without a date says what leaves it out;
// an editor gives it a date there, the view shows the date, and the date filters count the article.
func TestEditorDatesAnUndatedArticle(t *testing.T) {
	base := serveEditable(t)
	ctx := browser(t)
	do(t, ctx, chromedp.Navigate(base+"/"))
	signIn(t, ctx)
	status := get(t, ctx, chromedp.Evaluate[int](`fetch("/api/documents", {method: "POST", headers: {Authorization: "Bearer `+editToken+`", "Content-Type": "application/json"},
		body: JSON.stringify({id: "talks-in-astana", title: "Talks in Astana", text: "Talks in Astana\n\nChina criticized Japan on Monday. Belarus supports Russia.\n"})}).then(r => r.status)`,
		chromedp.EvalAwaitPromise))
	if status != http.StatusCreated {
		t.Fatalf("posting the undated article: status %d", status)
	}
	filtered := base + "/api/graph?focus=state:japan&depth=1&from=2023-05-01&to=2023-05-31"
	inMay := func() bool {
		res, err := http.Get(filtered)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return strings.Contains(string(b), "state:china|CRITICIZES|state:japan")
	}
	if inMay() {
		t.Fatal("the undated article is counted in May 2023")
	}
	do(t, ctx, chromedp.Navigate(base+"/?focus=state:japan&depth=1&doc=talks-in-astana"), chromedp.WaitVisible(`#doc-published`))
	if note := get(t, ctx, chromedp.Text(`#details .undated .hint`)); !strings.Contains(note, "Changes view and the date filters leave it out") {
		t.Errorf("the undated article's note says %q", note)
	}
	checkAxe(t, ctx, "an undated article with the form to date it")
	do(t, ctx, chromedp.SetValue(`#doc-published`, "2023-05-02"))
	screenshot(t, ctx, "article-undated")
	do(t, ctx, chromedp.Click(`#doc-published-set`))
	waitFor(t, ctx, "the date shown", `!document.querySelector("#doc-published") && (document.querySelector("#details .cite") || {}).textContent?.includes("2023-05-02")`)
	if !inMay() {
		t.Error("dated 2023-05-02 on the page, the article is still left out of May 2023")
	}
}
