package e2e_test

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/actorgraph/actorgraph/graph"
)

// Text anyone who writes an article controls: a right-to-left override that makes "RTL gnp.exe" read
// "RTL exe.png" and, left open, reverses the words after it; a right-to-left name with two aliases, which
// the bidirectional algorithm runs together unless each is isolated; a name, an alias and a description
// with no space to break at, as long as a store takes them (graph.MaxNameLength, 200 characters, and
// graph.MaxDescriptionLength, 2,000: a 20,000-character name is refused, but even 200
// characters run some 1,500 px wide).
var (
	spoofName    = "RTL \u202egnp.exe"
	arabicName   = "عبد الله الثاني"
	arabicAlias  = []string{"الملك عبدالله", "أبو حسين"}
	longName     = strings.Repeat("Abcdefghij", graph.MaxNameLength/10)
	longDesc     = strings.Repeat("Overlong", graph.MaxDescriptionLength/8)
	hubName      = "Untrustia"
	untrustedDoc = "untrusted-doc"
)

// untrustedBatch is one article in which each of those actors supports Untrustia (whose description is the
// long one), and the long-named actor criticizes the spoof.
func untrustedBatch(tb testing.TB) graph.Batch {
	tb.Helper()
	hub := graph.NewEntity(graph.State, hubName, strings.Repeat("Aliasname", graph.MaxNameLength/9))
	hub.Description = longDesc
	spoof := graph.NewEntity(graph.Person, spoofName)
	arabic := graph.NewEntity(graph.Person, arabicName, arabicAlias...)
	long := graph.NewEntity(graph.Organization, longName)
	long.Description = "An actor with a name of 200 characters"
	type stated struct {
		from, to graph.Entity
		typ      graph.RelType
		stance   graph.Stance
		sentence string
	}
	statements := []stated{
		{spoof, hub, graph.Supports, graph.Cooperation, spoofName + " supports " + hubName + "."},
		{arabic, hub, graph.Supports, graph.Cooperation, arabicName + " supports " + hubName + "."},
		{long, hub, graph.Supports, graph.Cooperation, longName + " supports " + hubName + "."},
		{long, spoof, graph.Criticizes, graph.Conflict, longName + " criticizes " + spoofName + "."},
	}
	var text strings.Builder
	for _, s := range statements {
		text.WriteString(s.sentence + "\n")
	}
	doc := graph.Document{ID: untrustedDoc, Title: "Leaked \u202efdp.exe memo", Source: "Example \u202eeriW",
		Published: "2024-03-01", Text: text.String()}
	doc.Hash = graph.ContentHash(doc.Text)
	b := graph.Batch{Document: doc, Origin: graph.OriginText, Entities: []graph.Entity{hub, spoof, arabic, long}}
	for _, s := range statements {
		start, end, ok := graph.Locate(doc.Text, s.sentence, 1)
		if !ok {
			tb.Fatalf("%.40q is not in the text", s.sentence)
		}
		b.Relations = append(b.Relations, graph.Relation{From: s.from.ID, To: s.to.ID, Type: s.typ,
			Evidence: []graph.Evidence{{Document: doc.ID, Text: s.sentence, Start: start, End: end, Stance: s.stance,
				Origin: graph.Extracted, Confidence: 0.8}}})
	}
	b.Normalize()
	return b
}

// checkUntrustedText lists what is wrong with how the page shows the untrusted text now on screen:
//   - an element wider than the window, or a panel whose content is wider than the panel (scrollWidth over
//     clientWidth: a horizontal scroll bar, or text running out of its box);
//   - a bidirectional embedding or override control left in the document's text or its labels;
//   - a text of the article's actors that is not isolated: no <bdi> or dir= around it, or one that holds
//     more than the name (the words around it would be reordered with it).
const checkUntrustedText = `(() => {
	const out = [];
	const vw = document.documentElement.clientWidth;
	if (document.documentElement.scrollWidth > vw) out.push("the page is " + document.documentElement.scrollWidth + " px wide in a window of " + vw);
	for (const sel of ["#details", "#status", "#trail", "#q-list", "header.bar", "#controls", "#pathfinder", "main.layout", ".canvas", "#graph"]) {
		for (const e of document.querySelectorAll(sel)) {
			if (!e.getClientRects().length) continue; // not shown
			if (e.scrollWidth > e.clientWidth + 1) out.push(sel + ": content " + e.scrollWidth + " px wide in " + e.clientWidth);
			const r = e.getBoundingClientRect();
			if (r.right > vw + 1) out.push(sel + " ends at " + Math.round(r.right) + " px, past the window's " + vw);
		}
	}
	const controls = /[\u202a-\u202e]/;
	const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let n; (n = walk.nextNode());) {
		const t = n.data;
		if (controls.test(t)) out.push("a bidi control in the text " + JSON.stringify(t.slice(0, 40)));
		if (n.parentElement.closest("svg")) continue;
		const untrusted = /gnp\.exe|fdp\.exe|eriW|[\u0600-\u06ff]|AbcdefghijAbcdefghij|OverlongOverlong|AliasnameAliasname/.test(t);
		if (!untrusted) continue;
		const iso = n.parentElement.closest("bdi, [dir]");
		const where = n.parentElement.closest("[id], [class]");
		const at = where ? (where.id ? "#" + where.id : "." + where.className.split(" ")[0]) : "?";
		if (!iso) out.push(at + ": " + JSON.stringify(t.slice(0, 30)) + " is not isolated");
		else if (iso.nodeName === "BDI" && iso.textContent !== t) out.push(at + ": the isolate around " + JSON.stringify(t.slice(0, 30)) + " holds " + JSON.stringify(iso.textContent.slice(0, 60)));
	}
	for (const e of document.querySelectorAll("[aria-label], [title]")) {
		for (const a of ["aria-label", "title"]) if (controls.test(e.getAttribute(a) || "")) out.push("a bidi control in " + a + " of " + e.nodeName);
	}
	if (controls.test(document.title)) out.push("a bidi control in the window's title");
	return out;
})()`

// orderOnScreen returns, for each pair of strings, whether the first is drawn left of the second within
// the first text node (outside the drawing) that holds both, or within the element that holds both when
// they are in different nodes: what a reader sees, whatever the order in the DOM.
const orderOnScreen = `((root, pairs) => {
	const left = (node, s) => {
		const i = node.data.indexOf(s);
		const r = document.createRange();
		r.setStart(node, i);
		r.setEnd(node, i + 1);
		return r.getBoundingClientRect().left;
	};
	const find = (s) => {
		const walk = document.createTreeWalker(document.querySelector(root), NodeFilter.SHOW_TEXT);
		for (let n; (n = walk.nextNode());) if (n.data.includes(s) && !n.parentElement.closest("svg") && n.parentElement.getClientRects().length) return n;
		return null;
	};
	return pairs.map(([a, b]) => {
		const na = find(a), nb = find(b);
		if (!na || !nb) return "not shown: " + (na ? b : a);
		return left(na, a) < left(nb, b) ? "left" : "right";
	});
})`

func TestUntrustedText(t *testing.T) {
	// The article goes to the store directly: the page must cope with whatever is stored, also what
	// ingest's own bounds would refuse.
	base := serveWith(t, untrustedBatch(t))
	ctx := browser(t)
	hub := graph.EntityID(graph.State, hubName)
	spoof := graph.EntityID(graph.Person, spoofName)
	arabic := graph.EntityID(graph.Person, arabicName)
	long := graph.EntityID(graph.Organization, longName)

	check := func(what string) {
		t.Helper()
		for _, p := range get(t, ctx, chromedp.Evaluate[[]string](checkUntrustedText)) {
			t.Errorf("%s: %s", what, p)
		}
	}
	order := func(what, root string, pairs ...[2]string) {
		t.Helper()
		js := make([]string, len(pairs))
		for i, p := range pairs {
			js[i] = `["` + p[0] + `","` + p[1] + `"]`
		}
		got := get(t, ctx, chromedp.Evaluate[[]string](orderOnScreen+`("`+root+`", [`+strings.Join(js, ",")+`])`))
		for i, g := range got {
			if g != "left" {
				t.Errorf("%s: %q is drawn %s of %q, want left", what, pairs[i][0], g, pairs[i][1])
			}
		}
	}
	view := func(path string) {
		t.Helper()
		do(t, ctx, chromedp.Navigate(base+path))
		waitDrawn(t, ctx, 0)
	}

	// Untrustia's neighbourhood: the drawing, a 2,000-character description, a 198-character alias, and
	// the relationships with the other three.
	view("/?depth=1&focus=" + url.QueryEscape(hub))
	do(t, ctx, chromedp.WaitVisible(`#details .entity-details .relations`))
	check("the neighbourhood")
	// The override is gone, so the name reads as its letters are stored and the words after it run on.
	order("the relationships", "#details .relations", [2]string{"gnp", "exe"})
	order("the relationships", "#details .relations", [2]string{"RTL", "gnp"})
	if labels := get(t, ctx, chromedp.Evaluate[string](`[...document.querySelectorAll("#graph text")].map(t => t.textContent).join("|")`)); !strings.Contains(labels, "RTL gnp.exe") {
		t.Errorf("the drawing does not label the spoof as its letters are stored: %.300q", labels)
	}
	screenshot(t, ctx, "untrusted")

	// The evidence of the spoof's line: the sentence, its article's title and source.
	do(t, ctx, chromedp.Navigate(base+"/?depth=1&focus="+url.QueryEscape(hub)+"&edge="+url.QueryEscape(graph.RelationID(spoof, graph.Supports, hub))))
	waitDrawn(t, ctx, 0)
	do(t, ctx, chromedp.WaitVisible(`#details .edge-details blockquote`))
	check("the evidence")
	order("the sentence", "#details blockquote", [2]string{"gnp", "exe"}, [2]string{"exe", "supports"})
	order("the article's title", "#details .cite", [2]string{"fdp", "exe"})

	// The Arabic actor: its two aliases in the order they are stored, each read right to left.
	view("/?depth=1&focus=" + url.QueryEscape(arabic))
	do(t, ctx, chromedp.WaitVisible(`#details .entity-details .aliases`))
	check("the Arabic actor")
	// In the order the text has them (the store sorts aliases), not run together right to left as one.
	shown := strings.Split(strings.TrimPrefix(get(t, ctx, chromedp.TextContent(`#details .aliases`)), "Also: "), ", ")
	if len(shown) != 2 {
		t.Fatalf("the aliases shown are %q", shown)
	}
	order("the aliases", "#details .aliases", [2]string{"Also", shown[0]}, [2]string{shown[0], shown[1]})
	if dir := get(t, ctx, chromedp.Evaluate[string](`(() => { const b = [...document.querySelectorAll("#details .aliases bdi")][0]; return b ? getComputedStyle(b).direction : "no bdi"; })()`)); dir != "rtl" {
		t.Errorf("an Arabic alias is laid out %s, want rtl", dir)
	}

	// The actor with the 200-character name: its panel, its line, the suggestions and the breadcrumb.
	view("/?depth=1&focus=" + url.QueryEscape(long))
	do(t, ctx, chromedp.WaitVisible(`#details .entity-details h2`))
	check("the long name")
	if h := get(t, ctx, chromedp.Evaluate[float64](`document.querySelector("#details h2").getBoundingClientRect().height`)); h > 200 {
		t.Errorf("the long name's heading is %.0f px high, want it cut to a few lines", h)
	}
	do(t, ctx, typeInto(`#q`, "Abcdefghij"), chromedp.WaitVisible(`#q-list li[role=option]`))
	do(t, ctx, chromedp.Poll[chromedp.Void](`document.querySelector("#q-list li .name") && document.querySelector("#q-list li .name").textContent.length >= 200`,
		chromedp.WithPollingTimeout(10*time.Second)))
	check("the suggestions")
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.querySelector("#q").value = ""`), typeInto(`#q`, "Untrustia"),
		chromedp.Poll[chromedp.Void](`(document.querySelector("#q-list li .name") || {}).textContent === "Untrustia"`, chromedp.WithPollingTimeout(10*time.Second)))
	check("the suggestion with the long description")

	// The article: its title, source, the actors it names and its text.
	view("/?depth=1&focus=" + url.QueryEscape(hub) + "&doc=" + untrustedDoc)
	do(t, ctx, chromedp.WaitVisible(`#details .document .named-list`))
	check("the article")
	order("the article's title", "#details .doc-head h2", [2]string{"fdp", "exe"})
	order("the article's text", "#details .doc-text", [2]string{"gnp", "exe"})

	// Allies (a ranked list with scores and "via"), a path that does not exist (the names in the status
	// line) and the blocs.
	view("/?view=alliances&focus=" + url.QueryEscape(hub))
	do(t, ctx, chromedp.WaitVisible(`#details .alliance-details`))
	check("the allies")
	view("/?view=path&stances=conflict&from=" + url.QueryEscape(arabic) + "&to=" + url.QueryEscape(long))
	do(t, ctx, chromedp.WaitVisible(`#status.empty`))
	check("no path")
	if s := get(t, ctx, chromedp.TextContent(`#status`)); !strings.Contains(s, "No path within 4 steps between "+arabicName+" and Abcdefghij") {
		t.Errorf("the status line says %.200q", s)
	}
	view("/?view=blocs")
	check("the blocs")

	// The breadcrumb has been to all of them.
	view("/?depth=1&focus=" + url.QueryEscape(spoof))
	do(t, ctx, chromedp.WaitVisible(`#trail li`))
	check("the breadcrumb")
	if title := get(t, ctx, chromedp.Evaluate[string](`document.title`)); title != "RTL gnp.exe — actorgraph" {
		t.Errorf("the window's title is %q", title)
	}
}
