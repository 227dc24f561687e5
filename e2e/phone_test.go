package e2e_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// phone makes the page a phone's: 390×844 CSS pixels (at two device pixels each), a touch screen.
var phone = chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulateTouch, chromedp.EmulateScale(2), chromedp.EmulatePortrait)

// touch sends one touch event with fingers at the points (an end of the touch has none).
func touch(typ input.DispatchTouchEventType, points ...[2]float64) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		p := input.DispatchTouchEventParams{Type: typ, TouchPoints: []*input.TouchPoint{}}
		for i, pt := range points {
			id, one := float64(i), 1.0
			p.TouchPoints = append(p.TouchPoints, &input.TouchPoint{X: pt[0], Y: pt[1], ID: &id, RadiusX: &one, RadiusY: &one, Force: &one})
		}
		_, err := cdp.Call(ctx, t, input.DispatchTouchEvent, p)
		return err
	})
}

// swipe moves fingers from their first points to their second in steps, as a hand does.
func swipe(from, to [][2]float64) []chromedp.Action[chromedp.Void] {
	steps := []chromedp.Action[chromedp.Void]{touch(input.DispatchTouchEventTypeTouchStart, from...)}
	const n = 8
	for s := 1; s <= n; s++ {
		at := make([][2]float64, len(from))
		for i := range from {
			f := float64(s) / n
			at[i] = [2]float64{from[i][0] + (to[i][0]-from[i][0])*f, from[i][1] + (to[i][1]-from[i][1])*f}
		}
		steps = append(steps, touch(input.DispatchTouchEventTypeTouchMove, at...))
	}
	return append(steps, touch(input.DispatchTouchEventTypeTouchEnd))
}

// centreOf returns the middle of the element on screen (in the viewport), failing the test when it is not
// shown.
func centreOf(tb testing.TB, ctx context.Context, js string) [2]float64 {
	tb.Helper()
	p := get(tb, ctx, chromedp.Evaluate[[]float64](`(() => { const e = `+js+`; if (!e) return []; const r = e.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()`))
	if len(p) != 2 {
		tb.Fatalf("nothing on screen for %s", js)
	}
	return [2]float64{p[0], p[1]}
}

// tap touches the element's middle with one finger, scrolled into view first as a thumb would.
func tap(tb testing.TB, ctx context.Context, js string) {
	tb.Helper()
	do(tb, ctx, chromedp.Evaluate[chromedp.Void](`(`+js+`).scrollIntoView({block: "nearest"})`))
	p := centreOf(tb, ctx, js)
	do(tb, ctx, chromedp.TapXY(p[0], p[1]))
}

// phoneShot saves what the phone's screen shows, for the README with -update-screenshots.
func phoneShot(tb testing.TB, ctx context.Context, name string) {
	tb.Helper()
	png := get(tb, ctx, chromedp.CaptureScreenshot())
	dir := tb.TempDir()
	if *updateScreenshots {
		dir = filepath.Join("..", "docs", "screenshots")
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		tb.Fatal(err)
	}
}

// TestPhone uses the explorer on a 390×844 phone by touch alone: search, the drawing with actors large
// enough to tap, recentring with a tap, a line's sentences read in a panel that is not a slit, pinch and
// two-finger pan on the drawing while one finger scrolls the page, and every view reached from the view bar.
func TestPhone(t *testing.T) {
	base := serve(t)
	ctx := browserFor(t, 2*time.Minute)
	do(t, ctx, phone, chromedp.Navigate(base), chromedp.WaitVisible(`#q`))
	// Nothing is wider than the screen.
	overflow := `document.documentElement.scrollWidth - innerWidth`
	if w := get(t, ctx, chromedp.Evaluate[float64](overflow)); w > 0 {
		t.Errorf("the page is %.0f px wider than the phone", w)
	}

	// Search: tap the box, type, tap the suggestion.
	tap(t, ctx, `document.querySelector("#q")`)
	do(t, ctx, typeInto(`#q`, "Tokayev"), chromedp.WaitVisible(`#q-list li[role=option]`))
	n := drawn(t, ctx)
	tap(t, ctx, `document.querySelector("#q-list li[role=option]")`)
	waitDrawn(t, ctx, n)
	if q := query(t, get(t, ctx, chromedp.Location())); q.Get("focus") != tokayev {
		t.Fatalf("after tapping the suggestion the URL has focus=%q", q.Get("focus"))
	}
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`scrollTo(0, 0)`))
	phoneShot(t, ctx, "phone-neighbourhood")

	// Every actor is a target of 24 px or more at the zoom the drawing opens with, and the actor in focus
	// is on screen.
	type box struct {
		ID                  string
		W, H, X, Y          float64
		CanvasW, CanvasTop  float64
		CanvasH, CanvasLeft float64
	}
	actors := get(t, ctx, chromedp.Evaluate[[]box](`(() => { const c = document.querySelector("#graph").getBoundingClientRect();
		return [...document.querySelectorAll("#graph g.node[id^='n:']")].map(g => { const r = g.getBoundingClientRect();
			return {ID: g.id, W: r.width, H: r.height, X: r.left + r.width / 2 - c.left, Y: r.top + r.height / 2 - c.top, CanvasW: c.width, CanvasH: c.height, CanvasTop: c.top, CanvasLeft: c.left}; }); })()`))
	small, inFocus := 0, false
	for _, a := range actors {
		if a.W < 24 || a.H < 24 {
			small++
			t.Errorf("%s is drawn %.0f×%.0f px, under the 24 px of a target", a.ID, a.W, a.H)
		}
		if a.ID == "n:"+tokayev {
			inFocus = a.X > 0 && a.X < a.CanvasW && a.Y > 0 && a.Y < a.CanvasH
		}
	}
	t.Logf("%d actors drawn, %d under 24 px", len(actors), small)
	if !inFocus {
		t.Error("Tokayev, in focus, is not on the phone's screen")
	}
	if len(actors) == 0 || actors[0].CanvasH < 400 || actors[0].CanvasW < 360 {
		t.Errorf("the drawing takes %v of the 390×844 screen", actors)
	}

	// Two fingers apart zoom in where they are; together, they pan; the page does not move.
	const viewBox = `(() => { const b = document.querySelector("#graph svg").viewBox.baseVal; return [b.x, b.y, b.width, b.height]; })()`
	mid := centreOf(t, ctx, `document.querySelector("#graph")`)
	scrollY := `scrollY`
	y0 := get(t, ctx, chromedp.Evaluate[float64](scrollY))
	before := get(t, ctx, chromedp.Evaluate[[]float64](viewBox))
	do(t, ctx, swipe([][2]float64{{mid[0] - 30, mid[1]}, {mid[0] + 30, mid[1]}}, [][2]float64{{mid[0] - 90, mid[1]}, {mid[0] + 90, mid[1]}})...)
	pinched := get(t, ctx, chromedp.Evaluate[[]float64](viewBox))
	if r := pinched[2] / before[2]; r > 0.45 || r < 0.25 {
		t.Errorf("spreading two fingers from 60 to 180 px apart made the drawing's box %.2f times as wide, want a third (%v → %v)", r, before, pinched)
	}
	do(t, ctx, swipe([][2]float64{{mid[0] - 40, mid[1]}, {mid[0] + 40, mid[1]}}, [][2]float64{{mid[0] - 40, mid[1] + 100}, {mid[0] + 40, mid[1] + 100}})...)
	panned := get(t, ctx, chromedp.Evaluate[[]float64](viewBox))
	if panned[1] >= pinched[1] || panned[2] != pinched[2] {
		t.Errorf("two fingers moved down did not pan the drawing down: %v → %v", pinched, panned)
	}
	if y := get(t, ctx, chromedp.Evaluate[float64](scrollY)); y != y0 {
		t.Errorf("pinching and panning the drawing scrolled the page from %.0f to %.0f", y0, y)
	}
	if q := query(t, get(t, ctx, chromedp.Location())); q.Get("focus") != tokayev || q.Has("edge") {
		t.Errorf("pinching and panning changed the view: %v", q)
	}
	// One finger on the drawing scrolls the page, which holds the details below the drawing.
	do(t, ctx, swipe([][2]float64{{mid[0], mid[1] + 150}}, [][2]float64{{mid[0], mid[1] - 150}})...)
	do(t, ctx, chromedp.Poll[chromedp.Void](fmt.Sprintf(`scrollY > %g + 100`, y0), chromedp.WithPollingTimeout(5*time.Second)))

	// Tap an actor on screen to recentre on it: one on screen at the zoom the view opens with.
	do(t, ctx, chromedp.Reload())
	waitDrawn(t, ctx, 0)
	onScreen := `(() => { const c = document.querySelector("#graph").getBoundingClientRect();
		return [...document.querySelectorAll("#graph g.node[id^='n:']:not(.focus)")].find(g => { const r = g.getBoundingClientRect();
			return r.left > c.left + 10 && r.right < c.right - 10 && r.top > c.top + 10 && r.bottom < c.bottom - 10; }); })()`
	target := get(t, ctx, chromedp.Evaluate[string](onScreen+`.id`))
	n = drawn(t, ctx)
	tap(t, ctx, onScreen)
	waitDrawn(t, ctx, n)
	if q := query(t, get(t, ctx, chromedp.Location())); "n:"+q.Get("focus") != target {
		t.Errorf("tapping %s centred on %q", target, q.Get("focus"))
	}

	// Tap a line's label on screen: its sentences scroll into view, in a panel as tall as they are.
	line := `(() => { const c = document.querySelector("#graph").getBoundingClientRect();
		return [...document.querySelectorAll("#graph g.edge[id^='e:'] text")].find(t => { const r = t.getBoundingClientRect();
			return r.width > 0 && r.left > c.left + 10 && r.right < c.right - 10 && r.top > c.top + 10 && r.bottom < c.bottom - 10; }); })()`
	edge := get(t, ctx, chromedp.Evaluate[string](line+`.closest("g.edge").id`))
	tap(t, ctx, line)
	do(t, ctx, chromedp.WaitVisible(`#details .edge-details blockquote`))
	if q := query(t, get(t, ctx, chromedp.Location())); "e:"+q.Get("edge") != edge {
		t.Errorf("tapping the label of %s shows the evidence of %q", edge, q.Get("edge"))
	}
	do(t, ctx, chromedp.Poll[chromedp.Void](`(() => { const r = document.querySelector("#details .edge-details h2").getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`,
		chromedp.WithPollingTimeout(5*time.Second)))
	type panel struct{ ClientH, ScrollH, QuoteTop, QuoteH float64 }
	p := get(t, ctx, chromedp.Evaluate[panel](`(() => { const d = document.querySelector("#details"), q = d.querySelector("blockquote").getBoundingClientRect();
		return {ClientH: d.clientHeight, ScrollH: d.scrollHeight, QuoteTop: q.top, QuoteH: q.height}; })()`))
	if p.ScrollH > p.ClientH+1 || p.QuoteTop > 844 || p.QuoteH < 40 {
		t.Errorf("the evidence on a phone: the panel shows %.0f of its %.0f px, its first sentence at y=%.0f, %.0f px tall", p.ClientH, p.ScrollH, p.QuoteTop, p.QuoteH)
	}
	if s := get(t, ctx, chromedp.Text(`#details .edge-details blockquote`)); len(s) < 40 {
		t.Errorf("the first sentence of the evidence reads %q", s)
	}
	phoneShot(t, ctx, "phone-evidence")
	// Back, at the end of the evidence, returns to the drawing.
	tap(t, ctx, `document.querySelector("#details .edge-details > button.link")`)
	do(t, ctx, chromedp.Poll[chromedp.Void](`(() => { const r = document.querySelector(".canvas").getBoundingClientRect(); return r.top >= -1 && r.top < 60; })()`,
		chromedp.WithPollingTimeout(5*time.Second)))

	// Every view from the view bar, which fits the screen, by taps.
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`scrollTo(0, 0)`))
	for _, view := range []string{"path", "alliances", "blocs", "changes", "graph"} {
		b := `document.querySelector(".modes button[data-view=` + view + `]")`
		r := get(t, ctx, chromedp.Evaluate[[]float64](`(() => { const r = `+b+`.getBoundingClientRect(); return [r.left, r.right, r.height]; })()`))
		if r[0] < 0 || r[1] > 390 || r[2] < 24 {
			t.Errorf("the %s button is at x=%.0f..%.0f, %.0f px tall: off the screen or too small to tap", view, r[0], r[1], r[2])
		}
		tap(t, ctx, b)
		do(t, ctx, chromedp.Poll[chromedp.Void](b+`.getAttribute("aria-pressed") === "true"`, chromedp.WithPollingTimeout(5*time.Second)))
		if q := query(t, get(t, ctx, chromedp.Location())); q.Get("view") != strings.Replace(view, "graph", "", 1) {
			t.Errorf("after tapping %s the URL has view=%q", view, q.Get("view"))
		}
		if view == "blocs" {
			do(t, ctx, chromedp.WaitVisible(`#details .blocs-details`))
			phoneShot(t, ctx, "phone-blocs")
		}
	}
	if w := get(t, ctx, chromedp.Evaluate[float64](overflow)); w > 0 {
		t.Errorf("the page is %.0f px wider than the phone after the views", w)
	}
}
