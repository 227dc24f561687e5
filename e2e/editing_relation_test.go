package e2e_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

const (
	seedDoc      = "2022-01-07-kazakhstan-csto-intervention"
	protesters   = "organization:kazakh-protesters"
	attackedEdge = `#graph g.edge[id="e:` + tokayev + `|ATTACKED|` + protesters + `"]`
)

// TestEditorAddsARelationshipFromASentence: in the article view, an editor selects a sentence with the
// mouse, picks the actors and the type, and the line appears in the drawing with that sentence as its
// evidence; undo from the status line takes it away.
func TestEditorAddsARelationshipFromASentence(t *testing.T) {
	base := serveEditable(t)
	ctx := browser(t)
	do(t, ctx, chromedp.Navigate(base+"/?focus="+tokayev+"&depth=1&doc="+seedDoc), chromedp.WaitVisible(`#details .doc-text`))
	if n := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("#add-relation").length`)); n != 0 {
		t.Fatalf("signed out, the article offers %d ways to add a relationship", n)
	}
	signIn(t, ctx)
	do(t, ctx, chromedp.WaitVisible(`#add-relation`))
	if has := get(t, ctx, chromedp.Evaluate[bool](`!!document.querySelector('`+attackedEdge+`')`)); has {
		t.Fatal("the drawing has the relationship before it is added")
	}

	// Drag the mouse over the sentence, from its first character to its last, as a reader selects it.
	sentence := "MOSCOW — Kazakhstan’s president said Friday he had ordered his troops to “shoot to kill without warning” in an effort to quash anti-government protests that have been raging since the weekend."
	// measure returns where the sentence's first and last characters are, once the details panel is
	// scrolled to put the sentence in its middle (the article's header stays on top of its first lines).
	measure := fmt.Sprintf(`(() => {
		const body = document.querySelector("#details .doc-text");
		const walk = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
		let n; while ((n = walk.nextNode()) && !n.textContent.includes(%q)) {}
		const i = n.textContent.indexOf(%q), len = %d;
		const at = (k) => { const r = document.createRange(); r.setStart(n, k); r.setEnd(n, k + 1); return r.getClientRects()[0]; };
		const a = at(i), b = at(i + len - 1), details = document.querySelector("#details");
		details.scrollTop += a.top - details.getBoundingClientRect().top - details.clientHeight / 2;
		return [a.left + 1, a.top + a.height / 2, b.right - 1, b.top + b.height / 2];
	})()`, sentence, sentence, len([]rune(sentence)))
	get(t, ctx, chromedp.Evaluate[[]float64](measure))
	do(t, ctx, chromedp.Sleep(300*time.Millisecond))
	ends := get(t, ctx, chromedp.Evaluate[[]float64](measure))
	do(t, ctx,
		chromedp.MouseEvent(input.DispatchMouseEventTypeMousePressed, ends[0], ends[1], chromedp.ButtonLeft),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, (ends[0]+ends[2])/2, ends[3], chromedp.ButtonLeft),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, ends[2], ends[3], chromedp.ButtonLeft),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseReleased, ends[2], ends[3], chromedp.ButtonLeft),
		chromedp.WaitVisible(`#add-relation .add-quote`))
	if q := get(t, ctx, chromedp.Text(`#add-relation .add-quote`)); q != sentence {
		t.Fatalf("the form quotes %q, want the sentence selected", q)
	}
	do(t, ctx, chromedp.SetValue(`#add-from`, tokayev), chromedp.SetValue(`#add-type`, "ATTACKED"))
	// The protesters by search, as for an actor the article does not name.
	do(t, ctx, typeInto(`#add-relation .add-end:last-child input`, "Kazakh protesters\r"))
	waitFor(t, ctx, "the search picks the protesters", `document.querySelector("#add-to").value === "`+protesters+`"`)
	do(t, ctx, typeInto(`#add-relation textarea`, "He ordered the troops to shoot the protesters"))
	screenshot(t, ctx, "add-relationship")
	checkAxe(t, ctx, "the form to add a relationship")
	n := drawn(t, ctx)
	do(t, ctx, chromedp.Click(`#add-relation button[type=submit]`))
	waitDrawn(t, ctx, n)
	waitFor(t, ctx, "the status line offers to undo", `document.querySelector("#status").textContent.includes("Undo")`)
	if st := get(t, ctx, chromedp.Text(`#status`)); !strings.Contains(st, "Done: added “Kassym-Jomart Tokayev attacked Kazakh protesters”") {
		t.Errorf("status line %q", st)
	}
	checkStatusClear(t, ctx, "added")
	do(t, ctx, chromedp.WaitVisible(attackedEdge))

	// Its evidence is the sentence selected.
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.querySelector('`+attackedEdge+` a, `+attackedEdge+` path').dispatchEvent(new MouseEvent("click", {bubbles: true, cancelable: true}))`),
		chromedp.WaitVisible(`#details .edge-details .evidence blockquote`))
	if ev := get(t, ctx, chromedp.Text(`#details .edge-details .evidence blockquote`)); ev != sentence {
		t.Errorf("the evidence reads %q", ev)
	}
	screenshot(t, ctx, "added-relationship")

	n = drawn(t, ctx)
	do(t, ctx, chromedp.Click(`#status button`))
	waitDrawn(t, ctx, n)
	waitFor(t, ctx, "the line is gone", `!document.querySelector('`+attackedEdge+`')`)
}

// TestEditorChangesARelationshipsDirection: in a line's evidence, an editor turns the request for help the
// other way round, sees the line drawn so, and undoes it.
func TestEditorChangesARelationshipsDirection(t *testing.T) {
	base := serveEditable(t)
	ctx := browser(t)
	edge := tokayev + "|REQUESTED_HELP_FROM|" + csto
	reversed := `#graph g.edge[id="e:` + csto + `|REQUESTED_HELP_FROM|` + tokayev + `"]`
	do(t, ctx, chromedp.Navigate(base+"/?focus="+tokayev+"&depth=1&edge="+edge), chromedp.WaitVisible(requestEdge))
	signIn(t, ctx)
	do(t, ctx, chromedp.WaitVisible(`#details .edge-details .type-select`))
	checkAxe(t, ctx, "a line's evidence with the forms to correct it")
	do(t, ctx, chromedp.SetValue(`#details .edge-details .type-select`, ""),
		typeInto(`#details .type-select ~ textarea, #details .correct-form:has(.type-select) textarea`, "The bloc asked, not Tokayev"))
	n := drawn(t, ctx)
	do(t, ctx, chromedp.Click(`#details .correct-form:has(.type-select) button[type=submit]`))
	waitDrawn(t, ctx, n)
	do(t, ctx, chromedp.WaitVisible(reversed))
	if has := get(t, ctx, chromedp.Evaluate[bool](`!!document.querySelector('`+requestEdge+`')`)); has {
		t.Error("the line is still drawn the old way round")
	}
	if st := get(t, ctx, chromedp.Text(`#status`)); !strings.Contains(st, "the other way round") {
		t.Errorf("status line %q", st)
	}
	n = drawn(t, ctx)
	do(t, ctx, chromedp.Click(`#status button`))
	waitDrawn(t, ctx, n)
	do(t, ctx, chromedp.WaitVisible(requestEdge))
}
