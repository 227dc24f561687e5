package e2e_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestEditorMergesTwoActorsAndUndoesIt: an editor merges the Kazakh security forces into Kazakhstan from
// the actor's panel, naming Kazakhstan as search would; the drawing shows one actor, which has the other's
// name as an alias and its relationships; undo from the status line gives both back; the corrections list
// says who merged what, and why. Both status lines (done, undone) leave the drawing's title and the
// drawing uncovered (the first covered the title).
func TestEditorMergesTwoActorsAndUndoesIt(t *testing.T) {
	base := serveEditable(t)
	ctx := browser(t)
	const forces, kazakhstan = "organization:kazakh-security-forces", "state:kazakhstan"
	forcesNode, kazakhstanNode := `#graph g.node[id="n:`+forces+`"]`, `#graph g.node[id="n:`+kazakhstan+`"]`
	do(t, ctx, chromedp.Navigate(base+"/?focus="+tokayev+"&depth=1&node="+url.QueryEscape(forces)), chromedp.WaitVisible(forcesNode),
		chromedp.WaitVisible(`#details .entity-details`))
	if n := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll(".actor-edits").length`)); n != 0 {
		t.Fatalf("signed out, the page offers %d actor corrections", n)
	}
	signIn(t, ctx)
	do(t, ctx, chromedp.WaitVisible(`#details .actor-edits summary`), chromedp.Click(`#details .actor-edits summary`),
		typeInto(`#details .actor-form input[name=into]`, "Kazakhstan"),
		typeInto(`#details .actor-form:first-of-type textarea`, "The forces act for the state in these reports"))
	screenshot(t, ctx, "merge")
	n := drawn(t, ctx)
	do(t, ctx, chromedp.Click(`#details .actor-form:first-of-type button[type=submit]`))
	waitDrawn(t, ctx, n)
	waitFor(t, ctx, "the status line offers to undo", `document.querySelector("#status").textContent.includes("Undo")`)
	if st := get(t, ctx, chromedp.Text(`#status`)); !strings.Contains(st, "Done: merged Kazakh security forces into Kazakhstan") {
		t.Errorf("status line %q", st)
	}
	if has := get(t, ctx, chromedp.Evaluate[bool](`!!document.querySelector('`+forcesNode+`')`)); has {
		t.Fatal("the merged actor is still drawn on its own")
	}
	do(t, ctx, chromedp.WaitVisible(kazakhstanNode))
	aliases := get(t, ctx, chromedp.Evaluate[string](`fetch("/api/entities/`+forces+`").then((r) => r.json()).then((e) => e.entity.id + ": " + e.entity.aliases.join(", "))`, chromedp.EvalAwaitPromise))
	if !strings.HasPrefix(aliases, kazakhstan+":") || !strings.Contains(aliases, "Kazakh security forces") || !strings.Contains(aliases, "Kazakh troops") {
		t.Errorf("the old id leads to %q, want Kazakhstan with the forces' names", aliases)
	}
	if also := get(t, ctx, chromedp.Text(`#details .entity-details .aliases`)); !strings.Contains(also, "Kazakh security forces") {
		t.Errorf("the panel of the merged actor says %q, want the other's name among its aliases", also)
	}
	checkStatusClear(t, ctx, "merged")
	screenshot(t, ctx, "merged")

	n = drawn(t, ctx)
	do(t, ctx, chromedp.Click(`#status button`))
	waitDrawn(t, ctx, n)
	do(t, ctx, chromedp.WaitVisible(forcesNode), chromedp.WaitVisible(kazakhstanNode))
	waitFor(t, ctx, "the status line says it is undone", `document.querySelector("#status").textContent.includes("Undone")`)
	checkStatusClear(t, ctx, "undone")

	do(t, ctx, chromedp.Click(`#show-corrections`), chromedp.WaitVisible(`#details .corrections-list li`))
	text := get(t, ctx, chromedp.Text(`#details .corrections-list li`))
	for _, want := range []string{"merged Kazakh security forces into Kazakhstan", "The forces act for the state in these reports", "by alice", "undone by alice"} {
		if !strings.Contains(text, want) {
			t.Errorf("the corrections list %q lacks %q", text, want)
		}
	}
}

// TestEditorRenamesAnActorAndGivesItAHostileAlias: a rename moves the actor to the id of its new name, in
// the drawing and the panel; an alias holding markup and script shows as text and runs nothing; both are
// undone from the corrections list.
func TestEditorRenamesAnActorAndGivesItAHostileAlias(t *testing.T) {
	base := serveEditable(t)
	ctx := browser(t)
	const xi, renamed = "person:xi-jinping", "person:chairman-xi"
	do(t, ctx, chromedp.Navigate(base+"/?focus="+xi+"&depth=1"), chromedp.WaitVisible(`#graph g.node[id="n:`+xi+`"]`))
	signIn(t, ctx)
	form := func(n int) string { return `#details .actor-form:nth-of-type(` + string(rune('0'+n)) + `)` }
	do(t, ctx, chromedp.WaitVisible(`#details .actor-edits summary`), chromedp.Click(`#details .actor-edits summary`),
		typeInto(form(2)+` input[name=name]`, "Chairman Xi"), typeInto(form(2)+` textarea`, "How the wires name him"))
	n := drawn(t, ctx)
	do(t, ctx, chromedp.Click(form(2)+` button[type=submit]`))
	waitDrawn(t, ctx, n)
	do(t, ctx, chromedp.WaitVisible(`#graph g.node[id="n:`+renamed+`"]`))
	if h := get(t, ctx, chromedp.Text(`#details .entity-details h2`)); h != "Chairman Xi" {
		t.Errorf("the panel after the rename is headed %q", h)
	}
	if u := get(t, ctx, chromedp.Evaluate[string](`location.search`)); !strings.Contains(u, url.QueryEscape(renamed)) && !strings.Contains(u, renamed) {
		t.Errorf("the address after the rename is %q, want the new id", u)
	}

	hostile := `<img src=x onerror="window.pwned=1"> & "Си"`
	do(t, ctx, chromedp.Click(`#details .actor-edits summary`),
		typeInto(form(4)+` input[name=alias]`, hostile), typeInto(form(4)+` textarea`, "</textarea><script>window.pwned=2</script>"))
	n = drawn(t, ctx)
	do(t, ctx, chromedp.Click(form(4)+` button[type=submit]`))
	waitDrawn(t, ctx, n)
	do(t, ctx, chromedp.WaitVisible(`#details .entity-details .aliases`))
	if also := get(t, ctx, chromedp.Text(`#details .entity-details .aliases`)); !strings.Contains(also, hostile) || !strings.Contains(also, "Xi Jinping") {
		t.Errorf("the aliases read %q, want the hostile one as text and the old name", also)
	}
	if bad := get(t, ctx, chromedp.Evaluate[string](`String(window.pwned) + " " + document.querySelectorAll("#details img, #details script").length`)); bad != "undefined 0" {
		t.Errorf("the hostile alias ran or made elements: %q", bad)
	}
	screenshot(t, ctx, "renamed")

	do(t, ctx, chromedp.Click(`#show-corrections`), chromedp.WaitVisible(`#details .corrections-list li button.undo`))
	text := get(t, ctx, chromedp.Text(`#details .corrections-list`))
	for _, want := range []string{"gave Chairman Xi the alias “" + hostile + "”", "renamed", "“Chairman Xi”", "by alice"} {
		if !strings.Contains(text, want) {
			t.Errorf("the corrections list %q lacks %q", text, want)
		}
	}
	for range 2 {
		n = drawn(t, ctx)
		do(t, ctx, chromedp.Click(`#details .corrections-list li button.undo`))
		waitDrawn(t, ctx, n)
		do(t, ctx, chromedp.WaitVisible(`#details .corrections-list li`))
	}
	do(t, ctx, chromedp.Navigate(base+"/?focus="+xi+"&depth=1"), chromedp.WaitVisible(`#graph g.node[id="n:`+xi+`"]`))
}
