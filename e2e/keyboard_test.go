package e2e_test

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// active describes the element that has the keyboard's focus: what it is inside the drawing (an actor's
// link, "n:ID", or a line, "e:ID"), or its tag, id, class and text elsewhere.
const active = `(() => {
	const a = document.activeElement;
	const n = a.closest && a.closest("#graph g.node, #graph g.edge");
	if (n) return n.id;
	return [a.nodeName.toLowerCase(), a.id, a.className, (a.textContent || "").trim().slice(0, 120)].join("|");
})()`

// TestKeyboard walks the drawing from the keyboard: the drawing is one stop of the Tab key, a skip link
// leads to it, the arrow keys go from the actor in focus to its lines and along them, Enter reads a line's
// evidence with the focus on its heading and Escape comes back, and recentring leaves the focus on the new
// centre, also from the search.
func TestKeyboard(t *testing.T) {
	base := serve(t)
	ctx := browser(t)
	do(t, ctx, chromedp.Navigate(base+"/?focus="+tokayev+"&depth=1"))
	waitDrawn(t, ctx, 0)
	do(t, ctx, chromedp.WaitVisible(`#details .relations li`))

	// Actors and lines are one stop (a roving tab index); each "+N more" is a button of its own
	// (TestMoreFromTheKeyboard).
	stops := get(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#graph *")].filter(e => e.tabIndex >= 0 && !e.matches(".more-button")).map(e => (e.closest("g.node, g.edge") || e).id)`))
	if len(stops) != 1 || stops[0] != "n:"+tokayev {
		t.Errorf("the drawing's stops of the Tab key are %q, want only Tokayev's", stops)
	}
	// The first line the panel lists for Tokayev is the one to reach.
	first := get(t, ctx, chromedp.Text(`#details .relations li p`))

	// Four keys from the top of the page: Tab to the skip link, Enter, Down to the first line, Enter.
	presses := 0
	press := func(key string, opts ...chromedp.KeyOption) string {
		t.Helper()
		presses++
		do(t, ctx, chromedp.KeyEvent(key, opts...))
		return get(t, ctx, chromedp.Evaluate[string](active))
	}
	if a := press(kb.Tab); !strings.Contains(a, "skip-drawing") {
		t.Fatalf("the first Tab reaches %q, want the skip link to the drawing", a)
	}
	if a := press(kb.Enter); a != "n:"+tokayev {
		t.Fatalf("Enter on the skip link leaves the focus on %q, want Tokayev in the drawing", a)
	}
	line := press(kb.ArrowDown)
	if !strings.HasPrefix(line, "e:") || !strings.Contains(line, tokayev) {
		t.Fatalf("Down from Tokayev reaches %q, want one of his lines", line)
	}
	press(kb.Enter)
	do(t, ctx, chromedp.Poll[chromedp.Void](`document.activeElement.matches("#details .edge-details h2")`))
	heading := get(t, ctx, chromedp.Text(`#details .edge-details h2`))
	if presses > 5 || heading != first {
		t.Errorf("%d keys reach the evidence of %q; the panel's first line is %q", presses, heading, first)
	}
	if q := query(t, get(t, ctx, chromedp.Location())); "e:"+q.Get("edge") != line {
		t.Errorf("Enter on %q shows the evidence of %q", line, q.Get("edge"))
	}
	t.Logf("the evidence of Tokayev's first line, %q, in %d keys", heading, presses)
	screenshot(t, ctx, "keyboard")

	// Escape in the evidence returns to the line; Left to the actor, Home to the centre.
	if a := press(kb.Escape); a != line {
		t.Errorf("Escape in the evidence leaves the focus on %q, want the line %q", a, line)
	}
	if a := press(kb.ArrowLeft); a != "n:"+tokayev {
		t.Errorf("Left on a line of Tokayev reaches %q", a)
	}
	// Up from the actor goes to his last line, Down past the last line back to him.
	last := press(kb.ArrowUp)
	if !strings.HasPrefix(last, "e:") || last == line {
		t.Errorf("Up from Tokayev reaches %q, want his last line", last)
	}
	if a := press(kb.ArrowDown); a != "n:"+tokayev {
		t.Errorf("Down past Tokayev's last line reaches %q, want Tokayev", a)
	}

	// Tab leaves the drawing at once; Shift+Tab comes back to where the keys were.
	press(kb.ArrowDown)
	if a := press(kb.Tab); strings.HasPrefix(a, "n:") || strings.HasPrefix(a, "e:") {
		t.Errorf("Tab from a line of the drawing reaches %q, still in the drawing", a)
	}
	if a := press(kb.Tab, chromedp.KeyModifiers(chromedp.ModifierShift)); a != line {
		t.Errorf("Shift+Tab back into the drawing reaches %q, want %q", a, line)
	}

	// Right follows the line to its other actor; Enter there centres on it and the focus stays on it.
	other := press(kb.ArrowRight)
	if !strings.HasPrefix(other, "n:") || other == "n:"+tokayev {
		t.Fatalf("Right on the line %q reaches %q, want the actor at its other end", line, other)
	}
	n := drawn(t, ctx)
	do(t, ctx, chromedp.KeyEvent(kb.Enter))
	waitDrawn(t, ctx, n)
	if q := query(t, get(t, ctx, chromedp.Location())); "n:"+q.Get("focus") != other {
		t.Errorf("Enter on %q centres on %q", other, q.Get("focus"))
	}
	do(t, ctx, chromedp.Poll[chromedp.Void](fmt.Sprintf(`%s === %q`, active, other)))

	// Right and Left on an actor go to the next and previous actor in reading order.
	next := press(kb.ArrowRight)
	if !strings.HasPrefix(next, "n:") || next == other {
		t.Errorf("Right on an actor reaches %q, want another actor", next)
	}
	if a := press(kb.ArrowLeft); a != other {
		t.Errorf("Left comes back to %q, want %q", a, other)
	}

	// The second skip link leads to the details.
	do(t, ctx, chromedp.Reload())
	waitDrawn(t, ctx, 0)
	do(t, ctx, chromedp.KeyEvent(kb.Tab), chromedp.KeyEvent(kb.Tab))
	if a := get(t, ctx, chromedp.Evaluate[string](active)); !strings.Contains(a, "skip-details") {
		t.Errorf("the second Tab reaches %q, want the skip link to the details", a)
	}
	do(t, ctx, chromedp.KeyEvent(kb.Enter))
	if a := get(t, ctx, chromedp.Evaluate[string](active)); !strings.HasPrefix(a, "aside|details|") {
		t.Errorf("Enter on the skip link to the details leaves the focus on %q", a)
	}

	// A search picked from the keyboard leaves the focus on the actor found, in the drawing.
	n = drawn(t, ctx)
	do(t, ctx, chromedp.Focus(`#q`), typeInto(`#q`, "Russia"), chromedp.WaitVisible(`#q-list li[role=option]`), chromedp.KeyEvent(kb.Enter))
	waitDrawn(t, ctx, n)
	do(t, ctx, chromedp.Poll[chromedp.Void](active+` === "n:state:russia"`))
}

// TestFocusRing measures the ring around a focused actor against its own fill and the white around it, on
// every kind of actor: 3:1 at least (WCAG 1.4.11).
func TestFocusRing(t *testing.T) {
	base := serve(t)
	ctx := browser(t)
	type ring struct {
		Kind, Stroke, Fill string
		Visible            bool
	}
	// Outlets and places are left out of the blocs unless asked for; an outlet is drawn in RIA Novosti's view,
	// a place in Almaty's (the blocs at first fit draw one actor a side, none of them a place).
	var rings []ring
	seen := map[string]bool{}
	for _, page := range []string{"/?view=blocs&kinds=person,state,organization,place", "/?focus=outlet:ria-novosti&depth=1", "/?focus=place:almaty&depth=1"} {
		do(t, ctx, chromedp.Navigate(base+page))
		waitDrawn(t, ctx, 0)
		// A key first, so that the browser shows focus as it does for the keyboard (:focus-visible).
		do(t, ctx, chromedp.Focus(`#graph`), chromedp.KeyEvent(kb.Shift))
		for _, r := range get(t, ctx, chromedp.Evaluate[[]ring](`(() => {
			const out = [];
			for (const kind of ["person", "state", "organization", "outlet", "place"]) {
				const g = document.querySelector("#graph g.node." + kind);
				if (!g) continue;
				const a = g.querySelector("a"), shape = a.querySelector("polygon, ellipse, path");
				a.focus();
				out.push({Kind: kind, Stroke: getComputedStyle(shape).stroke, Fill: shape.getAttribute("fill"), Visible: a.matches(":focus-visible")});
			}
			return out;
		})()`)) {
			if !seen[r.Kind] {
				seen[r.Kind] = true
				rings = append(rings, r)
			}
		}
	}
	if len(rings) != 5 {
		t.Fatalf("the drawings show %d kinds of actor, want 5: %v", len(rings), rings)
	}
	for _, r := range rings {
		stroke, fill := parseColour(t, r.Stroke), parseColour(t, r.Fill)
		withFill, withWhite := contrast(stroke, fill), contrast(stroke, [3]float64{255, 255, 255})
		t.Logf("%s: ring %s, %.1f:1 on its fill %s, %.1f:1 on white", r.Kind, r.Stroke, withFill, r.Fill, withWhite)
		if !r.Visible || withFill < 3 || withWhite < 3 {
			t.Errorf("the ring around a focused %s (visible %v) is %s: %.2f:1 against its fill %s and %.2f:1 against white, want 3:1",
				r.Kind, r.Visible, r.Stroke, withFill, r.Fill, withWhite)
		}
	}
}

// parseColour reads "rgb(r, g, b)" or "#rrggbb".
func parseColour(t *testing.T, s string) [3]float64 {
	t.Helper()
	var c [3]float64
	if h, ok := strings.CutPrefix(s, "#"); ok && len(h) == 6 {
		for i := range c {
			v, err := strconv.ParseUint(h[2*i:2*i+2], 16, 8)
			if err != nil {
				t.Fatalf("colour %q: %v", s, err)
			}
			c[i] = float64(v)
		}
		return c
	}
	if _, err := fmt.Sscanf(s, "rgb(%g, %g, %g)", &c[0], &c[1], &c[2]); err != nil {
		t.Fatalf("colour %q: %v", s, err)
	}
	return c
}

// contrast is WCAG's contrast ratio of two colours.
func contrast(a, b [3]float64) float64 {
	lum := func(c [3]float64) float64 {
		var l [3]float64
		for i, v := range c {
			v /= 255
			if v <= 0.04045 {
				l[i] = v / 12.92
			} else {
				l[i] = math.Pow((v+0.055)/1.055, 2.4)
			}
		}
		return 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
	}
	x, y := lum(a), lum(b)
	return (max(x, y) + 0.05) / (min(x, y) + 0.05)
}

// TestMoreFromTheKeyboard reaches a "+N more" of the CSTO's default view in a 1366×768 window with Tab
// alone, checks that it is announced as a button naming how many neighbours of whom, activates it with
// Enter and finds the focus on the same actor in the drawing that brought them in.
func TestMoreFromTheKeyboard(t *testing.T) {
	base := serve(t)
	ctx := desktop(t, 90*time.Second)
	do(t, ctx, chromedp.Navigate(base+"/?focus=organization:collective-security-treaty-organization"))
	waitDrawn(t, ctx, 0)
	type stop struct{ Class, Role, Label, Node string }
	const here = `(() => { const a = document.activeElement; const g = a && a.closest && a.closest("g.node");
		return {Class: a.getAttribute("class") || "", Role: a.getAttribute("role") || "", Label: a.getAttribute("aria-label") || "", Node: g ? g.id : ""}; })()`
	var at stop
	for i := 0; i < 80 && !strings.Contains(at.Class, "more-button"); i++ {
		do(t, ctx, chromedp.KeyEvent(kb.Tab))
		at = get(t, ctx, chromedp.Evaluate[stop](here))
	}
	if !strings.Contains(at.Class, "more-button") {
		t.Fatal(`80 presses of Tab reach no "+N more"`)
	}
	id := strings.TrimPrefix(at.Node, "n:")
	if at.Role != "button" || !regexp.MustCompile(`^\d+ more neighbours? of \S`).MatchString(at.Label) {
		t.Errorf(`"+N more" of %s is announced as role %q, name %q; want a button "N more neighbours of NAME"`, id, at.Role, at.Label)
	}
	checkAxe(t, ctx, "the CSTO's view with a +N more focused")
	drawn := get(t, ctx, chromedp.Evaluate[int](`Number(document.querySelector("#graph").dataset.drawn)`))
	do(t, ctx, chromedp.KeyEvent(kb.Enter))
	waitDrawn(t, ctx, drawn)
	if q := query(t, get(t, ctx, chromedp.Location())); !slices.Contains(strings.Split(q.Get("more"), ","), id) {
		t.Errorf("Enter on the +N more of %s gives the URL %v, without more=%s", id, q, id)
	}
	if got := get(t, ctx, chromedp.Evaluate[stop](here)); got.Node != "n:"+id {
		t.Errorf("after the redraw the focus is on %+v, want the link of %s", got, id)
	}
}
