// actorgraph's page: search, the drawing from the server, and the evidence behind every line.
// Plain ES module, no build step, no dependencies. Everything that came from data is inserted as text
// (textContent), never as HTML, without bidirectional controls and isolated (see "untrusted text"); the SVG
// is parsed as XML and stripped of anything active before use.
// The whole view lives in the URL: every change goes through navigate(), which writes the URL, and show(),
// which reads nothing but `state`, so a copied link, a reload and the back button all give the same view.

const $ = (sel) => document.querySelector(sel);
const $$ = (sel, root = document) => [...root.querySelectorAll(sel)];

// ---- view state and the URL ------------------------------------------------------------------------

const LISTS = ["focus", "kinds", "types", "stances", "hide", "more"];
const FILTERS = ["kinds", "types", "stances", "from_date", "to_date", "min_evidence", "min_confidence"];
const DEFAULTS = {
  view: "graph", focus: [], depth: "2", layout: "", size: "",
  kinds: [], types: [], stances: [], from_date: "", to_date: "", min_evidence: "", min_confidence: "",
  from: "", to: "", max: "4", cooperation: "",
  before: "", after: "",
  edge: "", node: "", doc: "", at: "",
  hide: [],
  more: [],
};
const VIEWS = ["graph", "path", "alliances", "blocs", "changes"];
// The views drawn around the actor in focus (the others are drawn from two ends, or from the whole graph).
const FOCUSED = ["graph", "alliances", "changes"];
let state = structuredClone(DEFAULTS);

function parseURL(search) {
  const p = new URLSearchParams(search);
  const s = structuredClone(DEFAULTS);
  for (const k of Object.keys(DEFAULTS)) {
    if (!p.has(k)) continue;
    s[k] = LISTS.includes(k) ? p.get(k).split(",").filter(Boolean) : p.get(k);
  }
  if (!VIEWS.includes(s.view)) s.view = "graph";
  if (!["1", "2", "3"].includes(s.depth)) s.depth = "2";
  return s;
}

function query(s, keys) {
  const p = new URLSearchParams();
  for (const k of keys) {
    const v = s[k];
    if (Array.isArray(v) ? v.length : v && v !== DEFAULTS[k]) p.set(k, Array.isArray(v) ? v.join(",") : v);
  }
  return p;
}

const PAGE_KEYS = Object.keys(DEFAULTS);
function pageURL(s) {
  const q = query(s, PAGE_KEYS).toString().replace(/%2C/g, ",").replace(/%3A/g, ":");
  return q ? "/?" + q : "/";
}

function navigate(change, { replace = false } = {}) {
  const prev = state;
  state = { ...state, ...change };
  // The actors brought in by "+N more" belong to the view they were brought into.
  if ((state.view !== prev.view || state.focus.join() !== prev.focus.join()) && state.more.join() === prev.more.join()) state.more = [];
  const url = pageURL(state);
  if (url !== location.pathname + location.search) {
    if (replace) history.replaceState(null, "", url);
    else history.pushState(null, "", url);
  }
  return show();
}

// apiPath is the API request that answers the view on screen, without format: the drawing, its JSON and
// every download are this path plus format=. "" when there is nothing to draw yet.
function apiPath(s) {
  const filters = query(s, FILTERS);
  const out = query(s, ["layout", "size"]);
  let path, p;
  switch (s.view) {
    case "path":
      if (!s.from || !s.to) return "";
      p = query(s, ["from", "to", "max", "cooperation"]);
      path = "/api/paths";
      break;
    case "alliances":
      if (!s.focus.length) return "";
      p = new URLSearchParams({ focus: s.focus[0] });
      if (s.depth !== "2") p.set("depth", s.depth);
      path = "/api/alliances";
      break;
    case "blocs":
      p = new URLSearchParams();
      path = "/api/blocs";
      break;
    case "changes":
      if (!s.focus.length || !validRange(s.before) || !validRange(s.after)) return "";
      p = query(s, ["focus", "depth"]);
      p.set("before", s.before);
      p.set("after", s.after);
      path = "/api/changes";
      break;
    default:
      if (!s.focus.length) return "";
      p = query(s, ["focus", "depth"]);
      path = "/api/graph";
  }
  for (const q of [filters, out]) for (const [k, v] of q) p.set(k, v);
  // The server fits the drawing to the pane, keeping the actors whose names it can show at full size and
  // "+N more" for the rest (on a phone the drawing is zoomed instead: see zoom.touchable).
  const pane = paneSize();
  if (pane) {
    p.set("w", pane[0]);
    p.set("h", pane[1]);
    if (s.more.length) p.set("more", s.more.join(","));
  }
  const qs = p.toString();
  return qs ? path + "?" + qs : path;
}

// paneSize is the drawing pane's size in CSS pixels, rounded down to 20 so that a pane a few pixels other
// asks for the same drawing; null on a phone. A resized window gets its pane's drawing at the next view
// drawn, not at once: redrawing also redraws the details, and would lose what an editor is typing there.
function paneSize() {
  const g = document.getElementById("graph");
  if (!g || narrow()) return null;
  const r = g.getBoundingClientRect();
  if (r.width < 100 || r.height < 100) return null;
  return [Math.floor(r.width / 20) * 20, Math.floor(r.height / 20) * 20];
}

// withoutPane is a view's API path without the pane's size.
function withoutPane(key) {
  if (!key) return "";
  const [path, qs = ""] = key.split("?");
  const p = new URLSearchParams(qs);
  p.delete("w");
  p.delete("h");
  return path + "?" + p;
}

const withFormat = (path, format, extra = "") => path + (path.includes("?") ? "&" : "?") + "format=" + format + extra;

// ---- fetching ----------------------------------------------------------------------------------------

class APIError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function api(path, { as = "json", signal } = {}) {
  let res;
  try {
    res = await fetch(path, { signal, headers: { Accept: as === "json" ? "application/json" : "image/svg+xml" } });
  } catch (e) {
    if (e.name === "AbortError") throw e;
    throw new APIError(0, "unreachable", "The server cannot be reached. Is actorgraph still running?");
  }
  if (!res.ok) {
    let code = res.status === 503 ? "unavailable" : "internal", message = res.statusText || "HTTP " + res.status;
    try {
      const body = await res.json();
      code = body.error.code || code;
      message = body.error.message || message;
    } catch (_) { /* not our JSON: keep the status text */ }
    throw new APIError(res.status, code, message);
  }
  return as === "json" ? res.json() : res.text();
}

let vocabulary = { kinds: [], stances: [], types: [] };
const vocabReady = api("/api/vocabulary").then((v) => { vocabulary = v; buildFilters(); }).catch(() => {});
// phrase is how a relationship reads after the actor it starts from, its verb agreeing with that actor's
// name as in the drawings (graph.Phrase on the server): "Kazakh protesters oppose", "Russia opposes".
function phrase(type, from) {
  const p = (vocabulary.types.find((t) => t.Type === type) || {}).Phrase || type.toLowerCase().replace(/_/g, " ");
  const e = from && subgraph().entities.find((x) => x.id === from);
  return e && pluralName(e.name) ? pluralPhrase(p) : p;
}
function pluralName(name) {
  const last = name.trim().split(/[\s-]/).pop();
  return last.length >= 4 && /^\p{Ll}/u.test(last) && last.endsWith("s") && !/(ss|us|is|news|ics)$/.test(last);
}
function pluralPhrase(p) {
  const [verb, ...rest] = p.split(" ");
  const tail = rest.join(" ");
  if (verb === "is") {
    const m = /^an? (\S+) (.*)$/.exec(tail);
    return m ? `are ${m[1]}s ${m[2]}` : ("are " + tail).trim();
  }
  if (verb === "was") return ("were " + tail).trim();
  if (verb === "has") return ("have " + tail).trim();
  let v = verb;
  if (v.length > 4 && v.endsWith("ies")) v = v.slice(0, -3) + "y";
  else if (/(sses|shes|ches|xes)$/.test(v) || (v.endsWith("zes") && !v.endsWith("izes"))) v = v.slice(0, -2);
  else if (v.endsWith("s") && !v.endsWith("ss")) v = v.slice(0, -1);
  return tail ? v + " " + tail : v;
}

// ---- small DOM helpers -----------------------------------------------------------------------------

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? "" : v);
  }
  // Children may be nested lists of parts (a name among words, a list of links): flattened whole, since
  // append() would turn a list into text, and a link into its address.
  for (const c of children.flat(Infinity)) if (c !== null && c !== undefined && c !== false) e.append(typeof c === "string" ? clean(c) : c);
  return e;
}

// ---- untrusted text ----------------------------------------------------------------------------------

// Names, aliases, descriptions, sentences, titles and sources are written by whoever wrote an article.
// The explicit bidirectional controls (embeddings, overrides and isolates, U+202A–U+202E and U+2066–U+2069)
// are dropped wherever text is shown, as the drawings drop them (render): a right-to-left override
// makes "RTL\u202Egnp.exe" read "RTL exe.png", and one left open reverses the words after it too. Every
// such text is then shown isolated (bdi, or dir="auto" for a block), so a right-to-left name cannot pull
// the words or the other names around it into its own order either.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const clean = (s) => String(s ?? "").replace(BIDI_CONTROLS, "");

// A name, title or source longer than this many characters is cut to one line with an ellipsis (style.css,
// bdi.long), whole in its tooltip: a name of 20,000 characters would otherwise fill the panel.
const LONG_TEXT = 100;

// bdi shows one untrusted text isolated from what is around it.
function bdi(s) {
  const t = clean(s);
  const long = t.length > LONG_TEXT;
  return el("bdi", { class: long ? "long" : null, title: long ? t : null }, t);
}

// joined puts sep between the items (nodes or strings): each alias, or each name of a list, stays one unit.
const joined = (items, sep = ", ") => items.flatMap((x, i) => (i ? [sep, x] : [x]));

// Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko... and their presentation forms, and the
// right-to-left blocks past the BMP): a name holding one is isolated in plain text.
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]|[\uD802\uD803\uD83A\uD83B][\uDC00-\uDFFF]/;

// plainText turns parts (strings and bdi elements) into one string, for text that holds no markup: the
// window's title and aria-labels. Each untrusted part is cut to 120 characters and, when it has
// right-to-left letters, put between FSI and PDI, the plain-text form of bdi.
function plainText(...parts) {
  return parts.flat(Infinity).map((p) => {
    if (typeof p === "string") return p;
    let t = Array.from(p.textContent);
    t = t.length > 120 ? t.slice(0, 119).join("") + "…" : t.join("");
    return RTL.test(t) ? "\u2068" + t + "\u2069" : t;
  }).join("");
}

const plural = (n, one, many = one + "s") => `${n} ${n === 1 ? one : many}`;

// ---- status: loading, empty, errors ----------------------------------------------------------------

let loadingTimer = 0;
function setStatus(kind, text, action) {
  clearTimeout(loadingTimer);
  const box = $("#status");
  const paint = () => {
    box.className = "status " + kind;
    box.replaceChildren();
    if (!text) { box.hidden = true; return; }
    if (kind === "loading") box.append(el("span", { class: "spinner", "aria-hidden": "true" }));
    box.append(el("span", { class: "status-text" }, text));
    if (action) box.append(el("button", { type: "button", class: "secondary", onclick: action.run }, action.label));
    box.hidden = false;
  };
  // A fast answer should not flash a loading line.
  if (kind === "loading") loadingTimer = setTimeout(paint, 150);
  else paint();
}

function explain(err) {
  const m = String(err.message || "").replace(/\.$/, "");
  err = { ...err, message: m, code: err.code, status: err.status };
  switch (err.code) {
    case "unavailable":
      return err.status === 503 ? "The graph store is unavailable: " + err.message + ". actorgraph reconnects by itself; try again in a moment."
        : "Unavailable: " + err.message;
    case "unreachable": return err.message;
    case "not_found": return "Not found: " + err.message + ".";
    case "invalid": return "That view cannot be drawn: " + err.message + ".";
    case "timeout": return "That view took too long to draw: " + err.message + ". Try a smaller depth or more filters.";
    default: return "Something went wrong: " + err.message + ".";
  }
}

// ---- the drawing ------------------------------------------------------------------------------------

const drawn = { key: null, data: null }; // the API path on screen and its JSON
let drawSeq = 0; // the latest draw: an older one that answers late is dropped
let drawCount = 0;

// Views fetched recently, by API path: back and forward redraw at once, and a drawing prefetched while the
// pointer rests on an actor is ready when it is clicked. Failures are not kept, entries expire after a minute.
const views = new Map();
// pins ("&pins=…") asks for the drawing with the actors already on screen kept where they are (see pinning).
function fetchView(key, pins = "") {
  const id = key + pins;
  const hit = views.get(id);
  if (hit && Date.now() - hit.at < 60000) return hit.promise;
  const promise = Promise.all([api(withFormat(key, "json", pins)), api(withFormat(key, "svg", pins), { as: "text" })]);
  views.set(id, { at: Date.now(), promise });
  promise.catch(() => { if (views.get(id) && views.get(id).promise === promise) views.delete(id); });
  while (views.size > 16) views.delete(views.keys().next().value);
  return promise;
}

// panelAsked counts what the details panel was last asked to show: a view (show), the corrections or the
// article form. What arrives late, a drawing or the list of corrections, fills the panel only when nothing
// else was asked of it meanwhile. On a loaded machine a view took seconds to draw, and the corrections list
// opened in that time was replaced by the view's details when the drawing came, Undo gone from under the
// editor's pointer (TestLateDrawingKeepsThePanel).
let panelAsked = 0;

async function show() {
  const asked = ++panelAsked;
  if (state.view === "changes" && !state.before && !state.after) {
    // The changes view needs two periods: by default, before and from the middle publication date.
    const periods = await defaultPeriods();
    if (state.view === "changes" && !state.before && !state.after) {
      state = { ...state, ...periods };
      history.replaceState(null, "", pageURL(state));
    }
  }
  syncControls();
  // Nothing to draw is a view too (its hint depends on the view): "#" and the view's name.
  const key = apiPath(state) || "#" + state.view;
  // The same view in a pane a little other (a bar shown above it) keeps its drawing: redrawing would move
  // every actor the reader has in mind.
  if (withoutPane(key) !== withoutPane(drawn.key)) {
    const ok = await draw(key, asked);
    if (!ok) return;
    syncControls();
  }
  applyHidden();
  await vocabReady;
  if (asked === panelAsked) renderPanel();
  else markSelection();
  renderDownloads(drawn.data ? key : "");
}

// draw shows the drawing of key; asked is show's panelAsked, so that a failure leaves a panel asked for since.
async function draw(key, asked) {
  const seq = ++drawSeq;
  const graph = $("#graph");
  if (key.startsWith("#")) {
    drawn.key = key;
    drawn.data = null;
    graph.replaceChildren();
    zoom.reset(null);
    describe(null);
    setStatus("", "");
    $("#canvas-hint").hidden = true;
    const msg = { path: "Choose two actors above to find how they are connected.", alliances: "Search for an actor to see its allies and opponents.",
      changes: state.focus.length ? "Give each period at least one date to compare them." : "Search for an actor to see what changed around it." }[state.view]
      || "Search for an actor to draw who it deals with.";
    graph.append(placeholder(msg));
    document.title = "actorgraph";
    return true;
  }
  setStatus("loading", "Drawing…");
  graph.setAttribute("aria-busy", "true");
  try {
    const pinned = pinning.key === key ? pinning : null;
    const [data, svg] = await fetchView(key, pinned ? "&pins=" + encodeURIComponent(pinned.pins) : "");
    if (seq !== drawSeq) return false;
    drawn.key = key;
    drawn.data = data;
    drawSVG(svg);
    if (pinned) keepInPlace(pinned);
    const sg = subgraph();
    describe(sg);
    remember(sg);
    setStatus("", "");
    emptyState(data, sg);
    $("#canvas-hint").hidden = false;
    document.title = plainText(title(), " — actorgraph");
    $("#announce").replaceChildren(el("span", {}, title(), `: ${plural(sg.entities.length, "actor")}, ${plural(sg.relations.length, "relationship")} drawn.`));
    drawCount++;
    graph.dataset.drawn = String(drawCount);
    document.dispatchEvent(new CustomEvent("actorgraph:drawn", { detail: { key } }));
    return true;
  } catch (err) {
    if (seq !== drawSeq) return false;
    drawn.key = null;
    drawn.data = null;
    graph.replaceChildren(placeholder(err.status === 404 ? "Nothing to draw for this link." : "Nothing to draw right now."));
    zoom.reset(null);
    describe(null);
    $("#canvas-hint").hidden = true;
    // Retrying helps when the server or the store is down, not when the request itself is wrong.
    const retry = err.status === 0 || err.status >= 500 ? { label: "Try again", run: () => { drawn.key = null; show(); } } : null;
    setStatus("error", explain(err), retry);
    if (asked === panelAsked) $("#details").replaceChildren(errorPanel(err));
    renderDownloads("");
    return false;
  } finally {
    if (seq === drawSeq) graph.removeAttribute("aria-busy");
  }
}

function placeholder(msg) {
  return el("div", { class: "placeholder" }, el("p", {}, msg), el("p", {}, "Start with ",
    link({ view: "graph", focus: ["person:kassym-jomart-tokayev"] }, "Kassym-Jomart Tokayev"), ", ",
    link({ view: "graph", focus: ["organization:collective-security-treaty-organization"] }, "the CSTO"), " or ",
    link({ view: "blocs" }, "the blocs"), "."));
}

function subgraph() {
  const d = drawn.data;
  if (!d) return { entities: [], relations: [], documents: [] };
  const sg = d.subgraph || d;
  return { entities: sg.entities || [], relations: sg.relations || [], documents: sg.documents || [], omitted: sg.omitted };
}

function emptyState(data, sg) {
  const filtered = FILTERS.some((k) => (Array.isArray(state[k]) ? state[k].length : state[k]));
  const clear = filtered ? { label: "Clear filters", run: clearFilters } : null;
  if (state.view === "path" && !(data.paths || []).length) {
    setStatus("empty", [`No path within ${state.max} steps between `, name(state.from), " and ", name(state.to),
      `${state.cooperation ? " through cooperation only" : ""}.`], clear);
  } else if (state.view === "blocs" && !(data.blocs || []).length) {
    setStatus("empty", "No sides in this part of the graph: no two actors cooperate and nobody opposes anyone.", clear);
  } else if (state.view === "changes" && !["appeared", "ended", "changed", "not_mentioned"].some((k) => (data[k] || []).length)) {
    setStatus("empty", ["Nothing changed around ", names(state.focus),
      ` from the earlier period (${describeRange(state.before)}) to the later (${describeRange(state.after)}).`], clear);
  } else if (!sg.relations.length && state.view !== "blocs") { // a fitted blocs view may draw one actor a side, no line
    setStatus("empty", filtered ? "Nothing matches these filters here." : "No relationships recorded for this actor yet.", clear);
    if (state.view === "graph") islandNotice(drawSeq);
  }
}

// entityInfo fetches an actor with all its relationships and the articles that name it, once a minute.
const entityInfos = new Map();
function entityInfo(id) {
  const hit = entityInfos.get(id);
  if (hit && Date.now() - hit.at < 60000) return hit.promise;
  const promise = api("/api/entities/" + encodeURIComponent(id));
  promise.catch(() => entityInfos.delete(id));
  entityInfos.set(id, { at: Date.now(), promise });
  return promise;
}

// mentionedIn is "<an article>, <another> and <a third>", each a link to the article view.
function mentionedIn(docs) {
  const out = [];
  docs.forEach((d, i) => {
    if (i) out.push(i === docs.length - 1 ? " and " : ", ");
    out.push(link({ doc: d.id }, bdi(d.title || d.id), "doc-link"), d.published ? ` (${d.published})` : "");
  });
  return out;
}

const ISLAND_NEXT = "Open the article to read what it says, or search for another actor.";

// islandNotice replaces the drawing of actors that take part in no relationship at all (whatever the
// filters) with where they are mentioned: an article named them and stated nothing about them, so a lone
// shape would say nothing, and the reader's next step is the article.
async function islandNotice(seq) {
  let infos;
  try {
    infos = await Promise.all(state.focus.map(entityInfo));
  } catch (_) { return; }
  if (seq !== drawSeq || infos.some((i) => (i.relations || []).length)) return;
  setStatus("", "");
  zoom.reset(null);
  $("#canvas-hint").hidden = true;
  const notice = (i) => [el("strong", {}, bdi(i.entity.name)), " is mentioned in ",
    (i.mentioned_in || []).length ? mentionedIn(i.mentioned_in) : "no article", " with no relationship stated."];
  $("#graph").replaceChildren(el("div", { class: "placeholder island-notice" },
    infos.map((i) => el("p", {}, notice(i))),
    el("p", {}, ISLAND_NEXT)));
  $("#announce").replaceChildren(el("span", {}, infos.map((i) => [notice(i), " "]), ISLAND_NEXT));
}

function entity(id) { return subgraph().entities.find((e) => e.id === id); }
// knownNames holds the names of actors the page has met outside the drawing (an article's actors, search
// results in a form), so that what an editor does to an actor the fitted drawing leaves out reads by name.
const knownNames = new Map();
function nameOf(id) {
  const e = entity(id);
  if (e) return clean(e.name);
  if (knownNames.has(id)) return clean(knownNames.get(id));
  return clean(id.replace(/^[a-z]+:/, "").replace(/-/g, " "));
}
// name is an actor's name to show among other words, isolated; names, several joined by " + ".
const name = (id) => bdi(nameOf(id));
const names = (ids) => joined(ids.map(name), " + ");

// title is what the view shows, as parts (strings and isolated names): el() takes them as they are, and
// plainText() makes them the window's title.
function title() {
  switch (state.view) {
    case "path": return ["Path from ", name(state.from), " to ", name(state.to)];
    case "alliances": return ["Allies of ", name(state.focus[0])];
    case "blocs": return ["Blocs"];
    case "changes": return ["Changes around ", ...names(state.focus)];
    default: return names(state.focus);
  }
}

// drawSVG parses the server's SVG as XML, removes anything that could run or load, and shows it. The SVG is
// also served with a CSP forbidding script, and the page's own CSP forbids inline script: three locks.
function drawSVG(text) {
  const doc = new DOMParser().parseFromString(text, "image/svg+xml");
  const svg = doc.documentElement;
  if (svg.nodeName !== "svg" || doc.querySelector("parsererror")) throw new APIError(0, "internal", "the server sent a drawing that is not SVG");
  for (const e of svg.querySelectorAll("script, foreignObject, iframe, object, embed, image, use, style, animate, set, animateTransform, animateMotion, handler, listener")) e.remove();
  for (const e of [svg, ...svg.querySelectorAll("*")]) {
    for (const a of [...e.attributes]) {
      const attr = a.name.toLowerCase();
      if (attr.startsWith("on") || attr === "target" || attr === "style" && /url\(|expression/i.test(a.value)) e.removeAttribute(a.name);
      else if ((attr === "href" || attr === "xlink:href") && !/^\/\?[\w%=&.,:+-]*$/.test(a.value)) e.removeAttribute(a.name);
    }
  }
  svg.removeAttribute("width");
  svg.removeAttribute("height");
  svg.setAttribute("aria-hidden", "false");
  svg.setAttribute("focusable", "false");
  const node = document.importNode(svg, true);
  // The drawing's own title element would show as a tooltip over the whole picture.
  const top = node.querySelector(":scope > g > title");
  if (top) top.remove();
  nameDrawing(node);
  $("#graph").replaceChildren(node);
  zoom.reset(node);
  markSelection();
  keys.reset();
}

// visibleText is what a shape of the drawing shows: the lines of its label, joined.
const visibleText = (g) => $$("text", g).filter((t) => !isMore(t)).map((t) => t.textContent.trim()).filter(Boolean).join(" ");

// nameDrawing names every actor and line for assistive technology, each name beginning with the text the
// shape shows (WCAG 2.5.3: a person who says what they see can activate it): "DEPLOYED_FORCES_TO ×2:
// Collective Security Treaty Organization deployed forces to Kazakhstan, cooperation, 2 sentences". The
// drawing is one stop of the Tab key: every actor and line leaves the tab order, and the keys object gives
// it back to one of them at a time (a roving tab index). Graphviz's <title> elements, which name the shapes
// by their ids ("n:state:russia"), are removed: the tooltips are the links' own.
function nameDrawing(node) {
  const sg = subgraph();
  const rels = new Map(sg.relations.map((r) => [r.id, r]));
  const lines = new Map();
  for (const r of sg.relations) for (const end of [r.from, r.to]) lines.set(end, (lines.get(end) || 0) + 1);
  for (const t of node.querySelectorAll("g.node > title, g.edge > title, g.cluster > title")) t.remove();
  for (const a of node.querySelectorAll("a")) a.setAttribute("tabindex", "-1");
  for (const g of node.querySelectorAll("g.node")) {
    const a = g.querySelector("a");
    if (!a) continue;
    const e = g.id.startsWith("n:") ? entity(g.id.slice(2)) : null;
    const seen = clean(visibleText(g));
    a.setAttribute("aria-label", e ? plainText(seen || name(e.id), `, ${e.kind}${state.focus.includes(e.id) ? ", in focus" : ""}, ${plural(lines.get(e.id) || 0, "line")}`) : seen);
    // "+N more" beside an actor is a button of its own, in the Tab order after the drawing's stop, so that
    // a keyboard brings the left-out neighbours in as a click does (Enter or Space, see setupZoom).
    for (const t of $$("text", g).filter(isMore)) {
      const n = t.textContent.trim().match(/\d+/)[0];
      t.setAttribute("tabindex", "0");
      t.setAttribute("role", "button");
      t.classList.add("more-button");
      t.setAttribute("aria-label", plainText(`${n} more ${n === "1" ? "neighbour" : "neighbours"} of `, e ? e.name : seen));
    }
  }
  for (const g of node.querySelectorAll("g.edge[id^='e:']")) {
    const r = rels.get(g.id.slice(2));
    const seen = clean(visibleText(g));
    const said = r ? plainText(name(r.from), ` ${phrase(r.type, r.from)} `, name(r.to), `, ${r.stance}, ${plural(sentences(r).length, "sentence")}`) : "a relationship";
    g.setAttribute("tabindex", "-1");
    g.setAttribute("role", "button");
    g.setAttribute("aria-label", seen ? seen + ": " + said : said);
  }
}

// describe writes a text equivalent of the picture for screen readers, from the JSON of the same view.
function describe(sg) {
  const box = $("#graph-desc");
  if (!sg) { box.replaceChildren(); return; }
  const named = Object.fromEntries(sg.entities.map((e) => [e.id, e.name]));
  box.replaceChildren(
    el("p", {}, title(), `: ${plural(sg.entities.length, "actor")} and ${plural(sg.relations.length, "relationship")}.`),
    el("h3", {}, "Actors"),
    el("ul", {}, sg.entities.map((e) => el("li", {}, bdi(e.name), ` (${e.kind}${state.focus.includes(e.id) ? ", in focus" : ""})`))),
    el("h3", {}, "Relationships"),
    el("ul", {}, sg.relations.map((r) => el("li", {}, bdi(named[r.from] || r.from), ` ${phrase(r.type, r.from)} `, bdi(named[r.to] || r.to),
      ` (${r.stance}, ${plural((r.evidence || []).length, "sentence")})`))));
}

function markSelection() {
  for (const e of $$("#graph .selected")) e.classList.remove("selected");
  const id = state.edge ? "e:" + state.edge : state.node ? "n:" + state.node : "";
  if (!id) return;
  const g = document.getElementById(id);
  if (g && g.closest("#graph")) g.classList.add("selected");
}

// ---- clicks: the drawing and every in-page link -------------------------------------------------------

function onGraphClick(ev) {
  if (zoom.dragged || ev.ctrlKey || ev.metaKey || ev.button === 1) return; // new tab: let the link work
  const node = ev.target.closest("g.node");
  const edge = ev.target.closest("g.edge");
  if (node && node.id.startsWith("n:") && isMore(ev.target)) {
    // "+N more" beside an actor: bring in the actors left out around it.
    ev.preventDefault();
    const id = node.id.slice(2);
    if (!state.more.includes(id)) navigate({ more: [...state.more, id].slice(-50) });
  } else if (node && node.id.startsWith("n:")) {
    ev.preventDefault();
    if (node.querySelector("a")) keys.set(node.querySelector("a"), false);
    clickNode(node.id.slice(2), ev.shiftKey);
  } else if (edge && edge.id.startsWith("e:")) {
    ev.preventDefault();
    readLine(edge);
  } else if (ev.target.closest("svg a")) {
    ev.preventDefault();
  }
}

// isMore is true for the "+N more" beside an actor: the text of the actor's group outside its link (the
// server's drawing gives it as the node's external label).
const isMore = (t) => t.nodeName === "text" && t.parentNode.matches("g.node") && /^\+\d+ more$/.test(t.textContent.trim());

function clickNode(id, expand) {
  const clear = { edge: "", node: "", doc: "", at: "" };
  if (FOCUSED.includes(state.view)) {
    if (expand && state.view === "graph") return expandNode(id);
    if (state.focus.length === 1 && state.focus[0] === id) return navigate({ ...clear }, { replace: true });
    return recentre({ ...clear, focus: [id] });
  }
  // Path and blocs: read about the actor, keep the view.
  navigate({ ...clear, node: id }, { replace: true }).then(() => { if (narrow()) revealPanel(); });
}

// revealPanel scrolls the page to the details on a narrow screen, where they follow the drawing.
function revealPanel() {
  const motion = window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
  $("#details").scrollIntoView({ block: "start", behavior: motion });
}

// prefetch asks for the view a click on this actor would show, once the pointer has rested on it.
let hoverTimer = 0;
function onGraphHover(ev) {
  clearTimeout(hoverTimer);
  const node = ev.target.closest && ev.target.closest("g.node");
  if (!node || !node.id.startsWith("n:") || zoom.dragged || !FOCUSED.includes(state.view)) return;
  const id = node.id.slice(2);
  if (state.focus.length === 1 && state.focus[0] === id) return;
  hoverTimer = setTimeout(() => { fetchView(apiPath({ ...state, focus: [id] })).catch(() => {}); }, 120);
}

// recentre navigates to a view around other actors and gives the focus to the centre of its drawing.
function recentre(change, opts) {
  keys.focusNext = true;
  return navigate(change, opts).finally(() => {
    if (!keys.focusNext) return; // the new drawing took it (keys.reset)
    keys.focusNext = false;
    const c = drawn.data && keys.centre();
    if (c) keys.set(c, true);
  });
}

function expandNode(id) {
  if (state.focus.includes(id)) return navigate({ node: id, edge: "", doc: "", at: "" }, { replace: true });
  // The actor added brings its ties in, as its "+N more" would: the drawing grows around what is on screen.
  const change = { focus: [...state.focus, id].slice(-20), more: [...state.more, id].slice(-50), edge: "", node: id, doc: "", at: "" };
  pinFor(apiPath({ ...state, ...change }));
  return navigate(change);
}

// ---- stable exploration: the actors on screen stay where they are when the view grows --------------------

// pinning is the drawing asked for with pins: its API path, the pins sent (id@x,y,w,h in points, y upwards, as
// Graphviz has them), where each actor was in the drawing's own coordinates, and the view box then.
let pinning = { key: "" };

// layoutOf reads where the drawing put each actor and the legend: the centre of its shape in Graphviz's
// coordinates (x, y; SVG's y points down, Graphviz's up) and in the SVG's (sx, sy), which the view box uses,
// and its size (w, h).
function layoutOf(svg) {
  const out = new Map();
  const g0 = svg && svg.querySelector("g.graph");
  if (!g0) return out;
  const t = g0.transform.baseVal.consolidate();
  const m = t ? t.matrix : new DOMMatrix();
  for (const g of svg.querySelectorAll("g.node[id^='n:'], g.node#legend")) {
    const b = (g.querySelector("a") || g).getBBox(); // the shape, without a "+N more" beside it
    if (!b.width) continue;
    const x = b.x + b.width / 2, y = b.y + b.height / 2;
    out.set(g.id === "legend" ? "legend" : g.id.slice(2), { x, y, w: b.width, h: b.height, sx: m.a * x + m.c * y + m.e, sy: m.b * x + m.d * y + m.f });
  }
  return out;
}

// pinFor prepares the drawing of key to keep the actors now on screen in place, whatever the layout: the
// server pins them, places the new ones around them and routes the lines around every actor (neato).
function pinFor(key) {
  pinning = { key: "" };
  if (state.view !== "graph" || !zoom.svg) return;
  const before = layoutOf(zoom.svg);
  if (!before.size) return;
  // With each shape's size, so that the server parts actors this drawing set too close for its line router.
  const pins = [...before].map(([id, p]) => `${id}@${p.x.toFixed(1)},${(-p.y).toFixed(1)},${p.w.toFixed(1)},${p.h.toFixed(1)}`).join("|");
  pinning = { key, pins, before, box: zoom.box && { ...zoom.box } };
}

// keepInPlace shows a pinned drawing with the view box moved by as much as the drawing's origin moved, so
// that each actor that was on screen is at the same place on screen, at the same zoom. Fit shows it all.
function keepInPlace(pinned) {
  pinning = { key: "" };
  if (!pinned.box || !zoom.svg) return;
  const after = layoutOf(zoom.svg);
  let dx = 0, dy = 0, n = 0;
  for (const [id, p] of pinned.before) {
    const q = after.get(id);
    if (q && id !== "legend") { dx += q.sx - p.sx; dy += q.sy - p.sy; n++; }
  }
  if (!n) return;
  zoom.box = { ...pinned.box, x: pinned.box.x + dx / n, y: pinned.box.y + dy / n };
  zoom.apply();
}

// applyHidden takes the actors the reader hid (state.hide, in the URL) and their lines out of the drawing,
// leaving every other actor where it is, and lists them above the drawing, each with a way back.
function applyHidden() {
  const hidden = new Set(state.hide);
  for (const g of $$("#graph g.node[id^='n:']")) g.classList.toggle("hidden-actor", hidden.has(g.id.slice(2)));
  for (const g of $$("#graph g.edge[id^='e:']")) {
    const [from, , to] = g.id.slice(2).split("|");
    g.classList.toggle("hidden-actor", hidden.has(from) || hidden.has(to));
  }
  const bar = $("#hidden-bar");
  const shown = state.hide.filter((id) => entity(id));
  bar.hidden = !shown.length;
  bar.replaceChildren(...(shown.length ? [el("span", {}, "Hidden: "), ...shown.map((id) => el("button", {
    type: "button", class: "link small unhide", "data-id": id, title: "Bring " + clean(entity(id).name) + " back into the drawing",
    onclick: () => navigate({ hide: state.hide.filter((h) => h !== id) }, { replace: true }),
  }, name(id), " ✕"))] : []));
}

function hideActor(id) {
  if (!state.hide.includes(id)) navigate({ hide: [...state.hide, id].slice(-50), node: "", edge: "" }, { replace: true });
}

// ---- the timeline: the evidence up to a date ------------------------------------------------------------

// The slider runs over the documents' publication dates, the last step being all of them; it sets the
// filter's end date. It redraws as it moves, at most one view every TIMELINE_MS while it moves, and the
// drawing of a date passed over is dropped for the later one (drawSeq), so dragging it across a hundred
// dates asks for a few drawings, not a hundred.
const TIMELINE_MS = 250;
let timelineDates = [];
let timelineTimer = 0;
async function setupTimeline() {
  const box = $("#timeline"), input = $("#timeline-range");
  timelineDates = await documentDates();
  box.hidden = timelineDates.length < 2;
  input.max = String(timelineDates.length);
  syncTimeline();
  input.addEventListener("input", () => {
    const date = timelineDates[Number(input.value)] || "";
    timelineLabel(date);
    clearTimeout(timelineTimer);
    timelineTimer = setTimeout(() => navigate({ to_date: date }, { replace: true }), TIMELINE_MS);
  });
}
function timelineLabel(date) {
  $("#timeline-value").textContent = date ? "Evidence up to " + date : "All the evidence";
}
function syncTimeline() {
  const input = $("#timeline-range");
  if (!input || document.activeElement === input) return;
  const i = timelineDates.indexOf(state.to_date);
  input.value = String(i >= 0 ? i : timelineDates.length);
  timelineLabel(state.to_date);
}

// Links to /?… inside the page change the view without reloading it.
function onLinkClick(ev) {
  const a = ev.target.closest("a[href^='/?'], a[href='/']");
  if (!a || a.closest("#graph svg") || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button !== 0) return;
  ev.preventDefault();
  const next = parseURL(new URL(a.href).search);
  // Recentring from a link (an actor in the panel, the breadcrumb) gives the focus to the new centre.
  if (FOCUSED.includes(next.view) && next.focus.join() !== state.focus.join()) recentre(next);
  else navigate(next);
}

function link(change, text, cls) {
  return el("a", { href: pageURL({ ...state, edge: "", node: "", doc: "", at: "", ...change }), class: cls }, text);
}
const actorLink = (id) => link({ view: "graph", focus: [id] }, name(id), "actor " + ((entity(id) || {}).kind || ""));

// ---- the side panel --------------------------------------------------------------------------------

function renderPanel() {
  markSelection();
  const panel = $("#details");
  const keep = panel.contains(document.activeElement);
  renderPanelContent(panel);
  // Content under the keyboard's focus was replaced: focus the panel, not the top of the page.
  if (keep && !panel.contains(document.activeElement)) panel.focus({ preventScroll: true });
}
function renderPanelContent(panel) {
  $("#layout-main").classList.toggle("reading", !!state.doc);
  if (!drawn.data) {
    if (drawn.key && drawn.key.startsWith("#") && !state.doc) panel.replaceChildren(...introPanel());
    if (!state.doc) return;
  }
  if (state.doc) { showDocument(state.doc, state.at); return; }
  if (state.edge) return panel.replaceChildren(edgePanel(state.edge));
  if (state.node) return panel.replaceChildren(entityPanel(state.node));
  switch (state.view) {
    case "path": return panel.replaceChildren(pathPanel());
    case "alliances": return panel.replaceChildren(alliancePanel());
    case "blocs": return panel.replaceChildren(blocsPanel());
    case "changes": return panel.replaceChildren(changesPanel());
    default: return panel.replaceChildren(entityPanel(state.focus[state.focus.length - 1]));
  }
}

let introNodes = null;
function introPanel() {
  introNodes = introNodes || [...$("#details").childNodes];
  return introNodes;
}

function errorPanel(err) {
  return el("div", { class: "error-panel" },
    el("h2", {}, err.status === 503 ? "The store is unavailable" : err.status === 404 ? "Not found" : "Cannot draw this view"),
    el("p", {}, explain(err)),
    el("p", {}, "Search for an actor above, or ", el("a", { href: "/" }, "start again"), "."));
}

function kindBadge(kind) { return el("span", { class: "kind " + kind }, kind); }

function entityPanel(id) {
  const e = entity(id);
  if (!e) return el("p", {}, "Choose an actor in the drawing.");
  const rels = subgraph().relations.filter((r) => r.from === id || r.to === id);
  const actions = el("div", { class: "actions" });
  if (state.view !== "graph" || state.focus.length !== 1 || state.focus[0] !== id) {
    actions.append(link({ view: "graph", focus: [id] }, "Centre here", "button"));
  }
  if (state.view === "graph" && !state.focus.includes(id)) {
    actions.append(el("button", { type: "button", class: "secondary add", onclick: () => expandNode(id) }, "Add to view"));
  }
  if (!state.focus.includes(id)) {
    actions.append(el("button", { type: "button", class: "secondary hide", onclick: () => hideActor(id) }, "Hide from view"));
  }
  if (state.view === "graph" && state.focus.includes(id) && state.focus.length > 1) {
    actions.append(el("button", { type: "button", class: "secondary remove", onclick: () => navigate({ focus: state.focus.filter((f) => f !== id), node: "" }) }, "Remove from view"));
  }
  actions.append(link({ view: "alliances", focus: [id] }, "Allies and opponents", "button secondary"));
  actions.append(link({ view: "changes", focus: [id] }, "What changed", "button secondary"));
  actions.append(link({ view: "path", from: id, to: state.to && state.to !== id ? state.to : "" }, "Find a path from here", "button secondary"));
  return el("div", { class: "entity-details" },
    kindBadge(e.kind),
    el("h2", {}, bdi(e.name)),
    e.description && el("p", { class: "description", dir: "auto" }, e.description),
    e.aliases && e.aliases.length ? el("p", { class: "aliases" }, "Also: ", joined(e.aliases.map(bdi))) : null,
    actions,
    // The same count as the title's, said as a part of it: "3 of the 17 relationships in this view".
    el("h3", {}, `${rels.length} of the ${plural(subgraph().relations.length, "relationship")} in this view`),
    relationList(rels, id),
    rels.length ? null : mentionedSection(id),
    editor.name ? actorForms(e) : null,
    editor.name ? correctForm("Not an actor, or not one to show? Say why, and hide it from every view:", "Hide actor", { action: "hide", entity: id }) : null);
}

// mentionedSection lists the articles that name an actor shown without relationships.
function mentionedSection(id) {
  const box = el("section", { class: "mentioned-in" });
  entityInfo(id).then((info) => {
    const docs = info.mentioned_in || [];
    if (!docs.length) return;
    box.append(el("h3", {}, "Mentioned in"), el("p", {}, mentionedIn(docs),
      (info.relations || []).length ? "" : " — with no relationship stated."));
  }).catch(() => {});
  return box;
}

// byWeight orders an actor's relationships as the panel lists them, and as the arrow keys walk them in the
// drawing: conflicts first, then cooperation, neutral and structural ties, the best attested first.
const STANCE_ORDER = { conflict: 0, cooperation: 1, neutral: 2, structural: 3 };
const byWeight = (a, b) => (STANCE_ORDER[a.stance] ?? 4) - (STANCE_ORDER[b.stance] ?? 4) || (b.evidence || []).length - (a.evidence || []).length;

function relationList(rels, around) {
  rels = [...rels].sort(byWeight);
  return el("ul", { class: "relations" }, rels.map((r) => {
    const n = sentences(r).length;
    return el("li", { class: "rel stance-" + r.stance },
      el("p", {}, r.from === around ? el("strong", {}, name(r.from)) : actorLink(r.from), " ",
        el("span", { class: "type" }, phrase(r.type, r.from)), " ",
        r.to === around ? el("strong", {}, name(r.to)) : actorLink(r.to)),
      el("button", { type: "button", class: "link small", onclick: () => navigate({ edge: r.id, node: "", doc: "", at: "" }, { replace: true }) },
        `${r.stance} · ${plural(n, "sentence")} — read the evidence`));
  }));
}

// sentences merges the evidence of one relationship that quotes the same sentence (a curated overlay and
// the extractor often agree), keeping every origin, the extractor's confidence and every claim reported.
function sentences(r) {
  const out = new Map();
  for (const ev of r.evidence || []) {
    const k = ev.document + "@" + ev.start + "-" + ev.end;
    let s = out.get(k);
    if (!s) out.set(k, s = { ...ev, origins: new Set(), claims: new Set(), extracted: null });
    s.origins.add(ev.origin);
    if (ev.claim) s.claims.add(ev.claim);
    if (ev.origin !== "curated") s.extracted = Math.max(s.extracted || 0, ev.confidence || 0);
  }
  return [...out.values()].sort((a, b) => (a.published || "").localeCompare(b.published || "") || a.start - b.start);
}

// sureness says how a sentence was read: its origins, the extractor's confidence, and whose claim it
// reports ("claim by" a link to the claimant, whose name the article's list of actors gives when the view
// does not show the claimant).
function sureness(ev) {
  const parts = [el("span", { class: "origin" }, [...ev.origins].join(" and "))];
  if (ev.extracted !== null) parts.push(" · ", el("span", { class: "confidence" }, "confidence " + ev.extracted.toFixed(2)));
  for (const c of ev.claims) {
    if (c === "unattributed") { parts.push(" · ", el("span", { class: "claim" }, "unattributed claim")); continue; }
    const a = link({ view: "graph", focus: [c] }, name(c), "actor " + ((entity(c) || {}).kind || ""));
    if (!entity(c)) {
      loadDocument(ev.document).then((d) => {
        const e = (d.entities || []).find((x) => x.id === c);
        if (e) { a.replaceChildren(bdi(e.name)); a.className = "actor " + e.kind; }
      }).catch(() => {});
    }
    parts.push(" · ", el("span", { class: "claim" }, "claim by ", a));
  }
  return el("span", { class: "sureness" }, parts);
}

function docInfo(id) {
  return subgraph().documents.find((d) => d.id === id) || docCache.get(id) || { id, title: id };
}

function evidenceList(r) {
  return el("ol", { class: "evidence" }, sentences(r).map((ev) => {
    const d = docInfo(ev.document);
    return el("li", {},
      el("blockquote", { dir: "auto" }, ev.text),
      el("p", { class: "cite" },
        el("cite", {}, bdi(d.title)), d.published || ev.published ? " · " + (d.published || ev.published) : "", d.source ? [" · ", bdi(d.source)] : "",
        el("br"), sureness(ev), " · ",
        link({ doc: ev.document, at: ev.start + "-" + ev.end, edge: state.edge, node: state.node }, "Read it in the article", "read")));
  }));
}

function edgePanel(id) {
  const r = subgraph().relations.find((x) => x.id === id);
  if (!r) return el("p", {}, "That relationship is not in this view.");
  return el("div", { class: "edge-details" },
    el("p", { class: "badge stance-" + r.stance }, r.stance + " · " + r.type),
    el("h2", { tabindex: "-1" }, actorLink(r.from), " ", el("span", { class: "type" }, phrase(r.type, r.from)), " ", actorLink(r.to)),
    el("h3", {}, "Says who? ", el("span", { class: "muted" }, plural(sentences(r).length, "sentence"))),
    evidenceList(r),
    editor.name ? correctForm("Wrong? Say why, and reject this relationship:", "Reject relationship", { action: "reject", relation: r.id }) : null,
    editor.name ? stanceForm(r) : null,
    editor.name ? moveForm(r) : null,
    el("button", { type: "button", class: "link", onclick: backFromLine }, "← Back"));
}

// backFromLine leaves a line's evidence for the panel of the view; on a narrow screen, where the details
// follow the drawing, it also scrolls back up to the drawing the line was tapped in.
function backFromLine() {
  navigate({ edge: "" }, { replace: true });
  if (narrow()) $(".canvas").scrollIntoView({ block: "start", behavior: window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
}

function pathPanel() {
  const d = drawn.data;
  const paths = d.paths || [];
  const rel = Object.fromEntries(subgraph().relations.map((r) => [r.id, r]));
  const box = el("div", { class: "path-details" },
    el("p", { class: "badge" }, "Path"),
    el("h2", {}, actorLink(d.from || state.from), " → ", actorLink(d.to || state.to)),
    el("p", { class: "muted" }, paths.length ? `${plural(paths.length, "shortest path")} of ${plural(paths[0].steps.length, "step")}` : "No path found."));
  paths.forEach((p, i) => {
    const ol = el("ol", { class: "steps" });
    p.steps.forEach((ids, j) => {
      const a = p.entities[j], b = p.entities[j + 1];
      ol.append(el("li", {}, el("p", {}, actorLink(a), " — ", actorLink(b)),
        ids.map((id) => rel[id]).filter(Boolean).map((r) => el("button", { type: "button", class: "link small rel-link stance-" + r.stance, onclick: () => navigate({ edge: r.id }, { replace: true }) },
          name(r.from), ` ${phrase(r.type, r.from)} `, name(r.to)))));
    });
    box.append(el("h3", {}, `Path ${i + 1}`), ol);
  });
  return box;
}

function alliancePanel() {
  const d = drawn.data;
  const list = (items, cls) => items.length ? el("ul", { class: "ranked " + cls }, items.map((a) =>
    el("li", {}, link({ focus: [a.id] }, bdi(a.name), "actor"), " ", kindBadge(a.kind),
      el("span", { class: "score", title: "relationships behind the tie" }, "×" + a.score),
      a.via && a.via.length ? el("span", { class: "via" }, " via ", joined(a.via.map(name))) : null))) : el("p", { class: "muted" }, "None in this view.");
  return el("div", { class: "alliance-details" },
    el("p", { class: "badge" }, "Allies and opponents"),
    el("h2", {}, actorLink(d.focus || state.focus[0])),
    el("h3", { class: "allies" }, "Allies ", el("span", { class: "muted" }, String((d.allies || []).length))),
    list(d.allies || [], "allies"),
    el("h3", { class: "opponents" }, "Opponents ", el("span", { class: "muted" }, String((d.opponents || []).length))),
    list(d.opponents || [], "opponents"));
}

// changesPanel lists what appeared, ended, changed stance or is not mentioned in the later period, each
// line a way to its evidence. Only a statement ends a relationship: an ended one names the later
// relationships that say so.
function changesPanel() {
  const d = drawn.data;
  const open = (r) => () => navigate({ edge: r.id, node: "", doc: "", at: "" }, { replace: true });
  const line = (r, extra) => el("li", {}, el("button", { type: "button", class: "link small rel-link stance-" + r.stance, onclick: open(r) },
    name(r.from), ` ${phrase(r.type, r.from)} `, name(r.to), extra ? el("span", { class: "was" }, extra) : null));
  const rels = Object.fromEntries(subgraph().relations.map((r) => [r.id, r]));
  const said = (id) => { const r = rels[id]; return r ? `${name(r.from)} ${phrase(r.type, r.from)} ${name(r.to)}` : id; };
  const section = (cls, head, items, show, none) => [
    el("h3", { class: "change " + cls }, head, " ", el("span", { class: "muted" }, String(items.length))),
    items.length ? el("ul", { class: "change-list " + cls }, items.map(show)) : el("p", { class: "muted small" }, none)];
  return el("div", { class: "changes-details" },
    el("p", { class: "badge" }, "Changes"),
    el("h2", {}, state.focus.flatMap((id, i) => (i ? [" + ", actorLink(id)] : [actorLink(id)]))),
    el("dl", { class: "periods" }, el("dt", {}, "Earlier"), el("dd", {}, describeRange(state.before)), el("dt", {}, "Later"), el("dd", {}, describeRange(state.after))),
    el("p", { class: "change-key small" }, el("span", { class: "appeared" }, "new"), el("span", { class: "ended" }, "ended"),
      el("span", { class: "changed" }, "stance changed"), el("span", { class: "unmentioned" }, "not mentioned later")),
    section("appeared", "Appeared", d.appeared || [], (r) => line(r), "Nothing new in the later period."),
    section("ended", "Ended", d.ended || [], (e) => line(e.relation, "later: " + e.by.map(said).join("; ")), "The later period states the end of nothing stated earlier."),
    section("changed", "Changed stance", d.changed || [], (c) => line(c.relation, `${c.before} → ${c.after}`), "No relationship changed its stance."),
    section("unmentioned", "Not mentioned in the later period", d.not_mentioned || [], (r) => line(r),
      "Everything stated earlier is stated again later."),
    el("p", { class: "muted small" }, "Not mentioned is not ended: a relationship ends only when a later source says so."));
}

// centralList fills a list with the most central actors of the filtered graph (GET /api/centrality).
function centralList() {
  const box = el("section", { class: "central" }, el("h3", {}, "Most central actors ", el("span", { class: "muted" }, "PageRank")));
  const q = query(state, FILTERS);
  q.set("limit", "8");
  api("/api/centrality?" + q).then((d) => {
    box.append(el("ol", { class: "ranked central-list" }, (d.ranking || []).map((r) =>
      el("li", {}, actorLinkNamed(r.id, r.name), " ", kindBadge(r.kind),
        el("span", { class: "score", title: "share of PageRank" }, (r.pagerank * 100).toFixed(1) + "%")))));
  }).catch((err) => box.append(el("p", { class: "muted" }, explain(err))));
  return box;
}
const actorLinkNamed = (id, text) => link({ view: "graph", focus: [id] }, bdi(text), "actor");

function blocsPanel() {
  const blocs = drawn.data.blocs || [];
  return el("div", { class: "blocs-details" },
    el("p", { class: "badge" }, "Blocs"),
    el("h2", {}, plural(blocs.length, "side")),
    el("p", { class: "muted" }, "Cooperation pulls actors together and conflict pushes them apart; actors that oppose the same actor stand together; each box is one side."),
    blocs.map((b) => el("section", { class: "bloc" },
      el("h3", {}, `${b.id}. `, bdi(b.label), " ", el("span", { class: "muted" }, plural(b.members.length, "actor"))),
      (b.opposes || []).length ? el("p", { class: "against small" }, "Against ", joined(b.opposes.map((id) => {
        const o = blocs.find((x) => x.id === id);
        return o ? [`${id}. `, bdi(o.label)] : String(id);
      }))) : null,
      el("ul", { class: "members" }, b.members.map((m, i) => el("li", {},
        entity(m) || !b.names ? actorLink(m) : actorLinkNamed(m, clean(b.names[i]))))))),
    centralList());
}

// ---- the document view -----------------------------------------------------------------------------

const docCache = new Map();
const docLoads = new Map();

// loadDocument fetches an article, with its text and the actors it names, once.
function loadDocument(id) {
  if (!docLoads.has(id)) {
    const p = api("/api/documents/" + encodeURIComponent(id)).then((d) => { docCache.set(id, d); return d; });
    p.catch(() => docLoads.delete(id));
    docLoads.set(id, p);
  }
  return docLoads.get(id);
}

async function showDocument(id, at) {
  const panel = $("#details");
  let d = docCache.get(id);
  if (!d) {
    panel.replaceChildren(el("p", { class: "muted" }, "Loading the article…"));
    try {
      d = await loadDocument(id);
    } catch (err) {
      panel.replaceChildren(errorPanel(err));
      return;
    }
    if (state.doc !== id) return;
  }
  const [start, end] = (at || "").split("-").map(Number);
  // Offsets count Unicode code points; JavaScript strings count UTF-16 units.
  const cps = Array.from(d.text || "");
  // The text is cut at the offsets first and cleaned after, so the offsets still count the stored text.
  const body = el("div", { class: "doc-text", dir: "auto" });
  let mark = null;
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= cps.length && start < end) {
    mark = el("mark", { id: "quote", tabindex: "-1" }, cps.slice(start, end).join(""));
    body.append(clean(cps.slice(0, start).join("")), mark, clean(cps.slice(end).join("")));
  } else {
    body.append(clean(d.text));
  }
  const back = el("button", { type: "button", class: "link", onclick: () => navigate({ doc: "", at: "" }) }, state.edge ? "← Back to the evidence" : "← Back");
  const adding = editor.name ? addRelationBox(d, body) : null;
  panel.replaceChildren(el("article", { class: "document" },
    el("header", { class: "doc-head" },
      back,
      el("p", { class: "badge" }, "Article"),
      el("h2", {}, bdi(d.title || d.id)),
      el("p", { class: "cite" }, joined([d.published, d.source && bdi(d.source)].filter(Boolean), " · "),
        d.url && /^https?:/.test(d.url) ? el("span", {}, " · ", el("a", { href: d.url, rel: "noopener noreferrer", target: "_blank" }, "original")) : null)),
    d.published ? null : undatedBox(d),
    namedActors(d, !mark),
    adding,
    body));
  if (mark) mark.scrollIntoView({ block: "center" });
}

// undatedBox says what an article without a date is left out of, and lets an editor date it.
function undatedBox(d) {
  const note = el("p", { class: "hint" }, "This article has no publication date: the Changes view and the date filters leave it out.");
  if (!editor.name) return el("div", { class: "undated" }, note);
  const date = el("input", { type: "date", id: "doc-published", required: true });
  const err = el("p", { class: "form-error", role: "alert", hidden: true });
  const form = el("form", { class: "undated" }, note,
    el("label", {}, "Published ", date), " ",
    el("button", { type: "submit", class: "secondary", id: "doc-published-set" }, "Set the date"), err);
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    err.hidden = true;
    try {
      await write("POST", "/api/documents/" + encodeURIComponent(d.id) + "/published", { published: date.value });
    } catch (e) {
      err.textContent = writeError(e);
      err.hidden = false;
      return;
    }
    docDates = null; // the Changes view's periods count it now
    await changed();
  });
  return form;
}

// namedActors lists the actors the article names, by name, those it relates to nothing marked: they are in
// no drawing, and this is where a reader finds them. Open unless the reader came to read a quote.
function namedActors(d, open) {
  const named = [...(d.entities || [])].sort((a, b) => a.name.localeCompare(b.name));
  if (!named.length) return null;
  const islands = named.filter((e) => !e.relations).length;
  return el("details", { class: "named", open },
    el("summary", {}, plural(named.length, "actor") + " named", islands ? el("span", { class: "muted" }, ` · ${islands} with no relationship`) : null),
    el("ul", { class: "named-list" }, named.map((e) => el("li", {},
      link({ view: "graph", focus: [e.id], doc: "" }, bdi(e.name), "actor " + e.kind), " ", kindBadge(e.kind), " ",
      e.relations ? el("span", { class: "muted small" }, plural(e.relations, "relationship")) : el("span", { class: "island" }, "no relationship")))));
}

// ---- breadcrumb ------------------------------------------------------------------------------------

let visited = [];
try { visited = JSON.parse(sessionStorage.getItem("actorgraph.trail") || "[]"); } catch (_) { visited = []; }

function remember(sg) {
  if (FOCUSED.includes(state.view)) {
    const id = state.focus[state.focus.length - 1];
    const e = sg.entities.find((x) => x.id === id);
    if (e) {
      visited = visited.filter((v) => v.id !== id);
      visited.push({ id, name: e.name, kind: e.kind });
      visited = visited.slice(-8);
      try { sessionStorage.setItem("actorgraph.trail", JSON.stringify(visited)); } catch (_) { /* private mode */ }
    }
  }
  renderTrail();
}

function renderTrail() {
  const nav = $("#trail");
  if (!visited.length) { nav.replaceChildren(); return; }
  const current = FOCUSED.includes(state.view) ? state.focus[state.focus.length - 1] : "";
  nav.replaceChildren(el("span", { class: "trail-label" }, "Visited"), el("ol", {}, visited.map((v) =>
    el("li", {}, v.id === current ? el("span", { "aria-current": "location", class: "actor " + v.kind }, bdi(v.name))
      : el("a", { href: pageURL({ ...state, view: FOCUSED.includes(state.view) ? state.view : "graph", focus: [v.id], edge: "", node: "", doc: "", at: "" }), class: "actor " + v.kind }, bdi(v.name))))));
}

// ---- search with suggestions (one combobox for the search and both ends of a path) ----------------

function combobox(input, list, onPick) {
  const c = { results: [], active: -1, timer: 0, ctl: null, picked: null };
  const render = () => {
    list.replaceChildren();
    c.results.forEach((r, i) => {
      const li = el("li", { role: "option", id: list.id + "-" + i, "aria-selected": String(i === c.active) },
        el("span", { class: "name" }, bdi(r.name)), kindBadge(r.kind),
        r.relations === 0 ? el("span", { class: "mentioned" }, "mentioned only: named in an article, in no relationship") : null,
        r.aliases && r.aliases.length ? el("span", { class: "aliases" }, joined(r.aliases.slice(0, 4).map(bdi))) : null,
        r.description ? el("span", { class: "desc", dir: "auto" }, r.description) : null);
      li.addEventListener("mousedown", (ev) => { ev.preventDefault(); pick(i); });
      list.append(li);
    });
    if (c.empty) list.append(el("li", { class: "none", role: "presentation" }, c.empty));
    const open = c.results.length > 0 || !!c.empty;
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    if (c.active >= 0) {
      input.setAttribute("aria-activedescendant", list.id + "-" + c.active);
      const li = list.children[c.active];
      if (li) li.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };
  const close = () => { c.results = []; c.active = -1; c.empty = ""; render(); };
  const pick = (i) => {
    const r = c.results[i];
    if (!r) return;
    close();
    input.value = clean(r.name);
    c.picked = r;
    onPick(r);
  };
  const suggest = async (thenPick) => {
    const q = input.value.trim();
    if (c.ctl) c.ctl.abort();
    if (!q) { close(); return; }
    c.ctl = new AbortController();
    try {
      const body = await api("/api/search?limit=8&q=" + encodeURIComponent(q), { signal: c.ctl.signal });
      c.results = body.results || [];
      c.active = c.results.length ? 0 : -1;
      c.empty = c.results.length ? "" : `No actor matches “${q}”.`;
      render();
      if (thenPick && c.results.length) pick(0);
    } catch (err) {
      if (err.name !== "AbortError") { c.results = []; c.empty = explain(err); render(); }
    }
  };
  input.addEventListener("input", () => { c.picked = null; clearTimeout(c.timer); c.timer = setTimeout(suggest, 100); });
  input.addEventListener("keydown", (ev) => {
    const n = c.results.length;
    if (ev.key === "ArrowDown") {
      ev.preventDefault();
      if (n) { c.active = (c.active + 1) % n; render(); } else suggest();
    } else if (ev.key === "ArrowUp" && n) {
      ev.preventDefault(); c.active = (c.active - 1 + n) % n; render();
    } else if (ev.key === "Enter") {
      if (n) { ev.preventDefault(); pick(Math.max(c.active, 0)); } else if (input.value.trim() && !c.picked) { ev.preventDefault(); clearTimeout(c.timer); suggest(true); }
    } else if (ev.key === "Escape") {
      if (n || c.empty) { ev.preventDefault(); close(); } else input.value = "";
    } else if (ev.key === "Home" || ev.key === "End") {
      if (n && ev.altKey) { ev.preventDefault(); c.active = ev.key === "Home" ? 0 : n - 1; render(); }
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 120));
  return c;
}

// ---- controls --------------------------------------------------------------------------------------

function buildFilters() {
  const box = (fs, name, values, label = (v) => v) => {
    fs.querySelectorAll("label").forEach((l) => l.remove());
    for (const v of values) fs.append(el("label", { class: name === "stances" || name === "types" ? "stance-" + (name === "types" ? v.Stance : v) : "" },
      el("input", { type: "checkbox", name, value: name === "types" ? v.Type : v }), " ", label(v)));
  };
  box($("#kinds"), "kinds", vocabulary.kinds);
  box($("#stances"), "stances", vocabulary.stances);
  box($("#types"), "types", vocabulary.types, (t) => t.Phrase);
  syncControls();
}

function syncControls() {
  syncTimeline();
  $("#depth").value = state.depth;
  $("#layout").value = state.layout;
  $("#size").checked = !!state.size;
  for (const k of ["kinds", "stances", "types"]) for (const cb of $$(`input[name=${k}]`)) cb.checked = state[k].includes(cb.value);
  for (const k of ["from_date", "to_date", "min_evidence"]) if (document.activeElement !== $("#" + k)) $("#" + k).value = state[k];
  // A confidence from a link that the menu does not offer (0.75) is added to it, so the control shows it.
  const conf = $("#min_confidence");
  if (state.min_confidence && ![...conf.options].some((o) => o.value === state.min_confidence)) conf.append(el("option", {}, state.min_confidence));
  conf.value = state.min_confidence;
  const n = FILTERS.filter((k) => (Array.isArray(state[k]) ? state[k].length : state[k])).length;
  $("#filter-count").hidden = !n;
  $("#filter-count").textContent = n ? String(n) : "";
  for (const b of $$(".modes button")) b.setAttribute("aria-pressed", String(b.dataset.view === state.view));
  $("#pathfinder").hidden = state.view !== "path";
  $("#changes").hidden = state.view !== "changes";
  if (state.view === "changes") documentDates();
  for (const period of ["before", "after"]) {
    const [from, to] = splitRange(state[period]);
    for (const [end, v] of [["from", from], ["to", to]]) {
      const input = $(`#${period}-${end}`);
      if (document.activeElement !== input) input.value = v;
    }
  }
  $("#depth-ctl").hidden = state.view === "path" || state.view === "blocs";
  $("#max").value = state.max;
  $("#cooperation").checked = !!state.cooperation;
  for (const [end, input] of [["from", $("#path-from")], ["to", $("#path-to")]]) {
    if (document.activeElement !== input) input.value = state[end] ? nameOf(state[end]) : "";
  }
  renderTrail();
}

function clearFilters() {
  navigate({ kinds: [], types: [], stances: [], from_date: "", to_date: "", min_evidence: "", min_confidence: "" });
}

// The download menu lists the formats of the server's registry (GET /api/vocabulary): a format the server
// gains appears here with no change to the page. A format that is part of another (a table of the CSV zip)
// is listed under it.
let downloadKey = "";
function renderDownloads(key) {
  downloadKey = key;
  const ul = $("#download-list");
  const dpi = $("#dpi").value;
  $("#downloads").classList.toggle("disabled", !key);
  $("#dpi").disabled = !key;
  const formats = vocabulary.formats || [];
  // A download holds what the reader sees: the actors hidden from view are left out of it too (hide=), and
  // the file says how many.
  const hidden = key ? state.hide.filter((id) => entity(id)) : [];
  const hide = hidden.length ? "&hide=" + encodeURIComponent(hidden.join(",")) : "";
  const href = (f) => withFormat(key, f.name, (f.dpi ? "&dpi=" + dpi : "") + "&download=1" + hide);
  const items = [];
  if (key && hidden.length) {
    items.push(el("li", { class: "hidden-note muted" }, `Leaves out the ${hidden.length === 1 ? "actor" : hidden.length + " actors"} you hid`));
  }
  for (const f of formats.filter((f) => !f.part_of)) {
    items.push(el("li", {}, key
      ? el("a", { href: href(f), download: "", "data-format": f.name }, el("strong", {}, f.label), el("span", {}, f.dpi ? `${f.note}, ${dpi} dpi` : f.note))
      : el("span", { class: "muted" }, f.label)));
    const parts = formats.filter((p) => p.part_of === f.name);
    if (parts.length) {
      items.push(el("li", { class: "tables" }, el("span", {}, "or one table:"),
        parts.map((p) => (key ? el("a", { href: href(p), download: "", "data-format": p.name }, p.label) : el("span", { class: "muted" }, p.label)))));
    }
  }
  ul.replaceChildren(...items);
}
vocabReady.then(() => renderDownloads(downloadKey));

// A download is fetched by the page rather than left to the browser, which shows a failed one (a drawing too
// large at that resolution, a server gone) as nothing at all or as a file holding the error: here the
// server's own message is said beside the links, and only a finished file is saved.
async function download(a) {
  const status = $("#download-status");
  status.classList.remove("error");
  status.textContent = `Preparing the ${a.dataset.format.toUpperCase()}…`;
  try {
    const res = await fetch(a.href);
    if (!res.ok) {
      let message = res.statusText || "HTTP " + res.status;
      try { message = (await res.json()).error.message || message; } catch (_) { /* not our JSON */ }
      throw new Error(message);
    }
    const blob = await res.blob();
    const name = (/filename="([^"]+)"/.exec(res.headers.get("Content-Disposition") || "") || [])[1] || "actorgraph." + a.dataset.format;
    const url = URL.createObjectURL(blob);
    // Clicked while detached, so the click reaches none of the page's handlers (which close open menus).
    el("a", { href: url, download: name }).click();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    status.textContent = `Saved ${name}.`;
  } catch (e) {
    status.classList.add("error");
    status.textContent = `The ${a.dataset.format.toUpperCase()} could not be made: ${e.message === "Failed to fetch" ? "the server cannot be reached" : e.message}`;
  }
}

function setupControls() {
  $("#download-list").addEventListener("click", (ev) => {
    const a = ev.target.closest("a[data-format]");
    if (!a || ev.button !== 0 || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.altKey) return;
    ev.preventDefault();
    download(a);
  });
  $("#controls").addEventListener("submit", (ev) => ev.preventDefault());
  $("#depth").addEventListener("change", (ev) => navigate({ depth: ev.target.value }));
  $("#layout").addEventListener("change", (ev) => navigate({ layout: ev.target.value }));
  $("#size").addEventListener("change", (ev) => navigate({ size: ev.target.checked ? "centrality" : "" }));
  $("#filters").addEventListener("change", (ev) => {
    const t = ev.target;
    if (t.type === "checkbox") navigate({ [t.name]: $$(`input[name=${t.name}]:checked`).map((c) => c.value) });
    else if (t.name) navigate({ [t.name]: t.value.trim() });
  });
  $("#clear-filters").addEventListener("click", clearFilters);
  $("#dpi").addEventListener("change", () => renderDownloads(downloadKey));
  // The two periods of the changes view: an empty date is an open end.
  $("#changes").addEventListener("submit", (ev) => ev.preventDefault());
  $("#changes").addEventListener("change", (ev) => {
    const period = ev.target.id.split("-")[0];
    if (period !== "before" && period !== "after") return;
    navigate({ [period]: joinRange($(`#${period}-from`).value, $(`#${period}-to`).value), edge: "", node: "", doc: "", at: "" });
  });
  for (const b of $$(".modes button")) {
    b.addEventListener("click", () => {
      const v = b.dataset.view;
      const change = { view: v, edge: "", node: "", doc: "", at: "" };
      if (v === "path" && !state.from && state.focus.length) change.from = state.focus[0];
      if (FOCUSED.includes(v) && !state.focus.length && state.from) change.focus = [state.from];
      navigate(change);
      if (v === "path") (state.from ? $("#path-to") : $("#path-from")).focus();
    });
  }
  // Close an open menu when the user clicks elsewhere or presses Escape.
  document.addEventListener("click", (ev) => { for (const d of $$("details.menu[open]")) if (!d.contains(ev.target)) d.open = false; });
  document.addEventListener("keydown", (ev) => {
    if (ev.key !== "Escape") return;
    for (const d of $$("details.menu[open]")) { d.open = false; d.querySelector("summary").focus(); }
  });

  combobox($("#q"), $("#q-list"), (r) => {
    const view = FOCUSED.includes(state.view) ? state.view : "graph";
    recentre({ view, focus: [r.id], edge: "", node: "", doc: "", at: "" });
  });
  const ends = {
    from: combobox($("#path-from"), $("#path-from-list"), (r) => { navigate({ from: r.id, edge: "", node: "" }); if (!state.to) $("#path-to").focus(); }),
    to: combobox($("#path-to"), $("#path-to-list"), (r) => navigate({ to: r.id, edge: "", node: "" })),
  };
  // Find path also takes names typed without picking a suggestion: the best match of each.
  $("#pathfinder").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const change = { edge: "", node: "", doc: "", at: "" };
    for (const end of ["from", "to"]) {
      const input = $("#path-" + end), text = input.value.trim();
      if (ends[end].picked) change[end] = ends[end].picked.id;
      else if (text && text !== nameOf(state[end] || "")) {
        try {
          const r = (await api("/api/search?limit=1&q=" + encodeURIComponent(text))).results || [];
          if (!r.length) { setStatus("empty", `No actor matches “${text}”.`); input.focus(); return; }
          change[end] = r[0].id;
        } catch (err) { setStatus("error", explain(err)); return; }
      }
    }
    navigate(change);
  });
  $("#path-swap").addEventListener("click", () => navigate({ from: state.to, to: state.from, edge: "", node: "" }));
  $("#max").addEventListener("change", (ev) => navigate({ max: ev.target.value }));
  $("#cooperation").addEventListener("change", (ev) => navigate({ cooperation: ev.target.checked ? "1" : "" }));
}

// ---- the two periods of the changes view -----------------------------------------------------------

// A period is FROM..TO (dates YYYY-MM-DD, either end empty for an open end) or one date.
const DATE = /^\d{4}-\d{2}-\d{2}$/;
function splitRange(r) {
  if (!r) return ["", ""];
  const i = r.indexOf("..");
  return i < 0 ? [r, r] : [r.slice(0, i), r.slice(i + 2)];
}
const joinRange = (from, to) => (from || to ? (from === to ? from : from + ".." + to) : "");
function validRange(r) {
  const [from, to] = splitRange(r);
  return (!!from || !!to) && (!from || DATE.test(from)) && (!to || DATE.test(to));
}
function describeRange(r) {
  const [from, to] = splitRange(r);
  if (from && to) return from === to ? "on " + from : `from ${from} to ${to}`;
  return from ? "from " + from : "until " + to;
}

// The publication dates of the documents, fetched once when the changes view first needs them.
let docDates = null;
function documentDates() {
  docDates = docDates || api("/api/documents").then((d) => {
    const docs = d.documents || [];
    const dates = [...new Set(docs.map((x) => x.published).filter((v) => DATE.test(v || "")))].sort();
    const hint = !dates.length ? "No article has a publication date."
      : `${plural(docs.length, "article")}, published ${dates.length === 1 ? "on " + dates[0] : `from ${dates[0]} to ${dates[dates.length - 1]}`}.`;
    $("#changes-hint").textContent = hint + " The evidence of each period is compared; an empty date leaves a period open.";
    return dates;
  }).catch(() => { docDates = null; return []; });
  return docDates;
}

// defaultPeriods splits the documents at their middle publication date: before it, and from it on.
async function defaultPeriods() {
  const dates = await documentDates();
  const split = dates.length ? dates[Math.floor(dates.length / 2)] : new Date().toISOString().slice(0, 10);
  const day = new Date(split + "T00:00:00Z");
  day.setUTCDate(day.getUTCDate() - 1);
  return { before: ".." + day.toISOString().slice(0, 10), after: split + ".." };
}

// ---- the drawing from the keyboard ----------------------------------------------------------------

// The drawing is one stop of the Tab key (a roving tab index): the actor in focus when it is drawn, then
// whatever actor or line the keys or a click reached last. Inside it the arrow keys walk along the lines:
//   Down, Up   the next and previous line of the actor you are on, in the order the panel lists them
//              (so the first is the panel's first), and back to the actor past either end;
//   Right      on a line, the actor at its other end; on an actor, the next actor in reading order;
//   Left       on a line, back to its actor; on an actor, the previous actor in reading order;
//   Home       the actor in focus.
// Enter centres on an actor (Shift+Enter adds it to the view) or reads a line's evidence, with the focus
// moved to the evidence's heading; Escape there comes back to the line. Reaching the first line's evidence
// from the page's top takes four keys: Tab (the skip link), Enter, Down, Enter.
const keys = {
  current: null, // the one element of the drawing in the tab order
  anchor: "", // the actor whose lines Down and Up walk
  focusNext: false, // move the focus to the centre of the next drawing (the user recentred)
  reset() {
    const centre = this.centre();
    this.anchor = centre ? nodeOf(centre) : "";
    this.current = null;
    this.set(centre, this.focusNext && !!centre);
    this.focusNext = false;
  },
  // centre is the link of the actor in focus (the last one added), or the first actor drawn.
  centre() {
    const id = state.node || state.focus[state.focus.length - 1];
    const g = (id && document.getElementById("n:" + id)) || $("#graph g.node[id^='n:']");
    return g && g.closest("#graph") ? g.querySelector("a") : null;
  },
  set(el, focus) {
    if (this.current && this.current !== el) this.current.setAttribute("tabindex", "-1");
    this.current = el;
    if (!el) return;
    el.setAttribute("tabindex", "0");
    if (el.closest("g.node")) this.anchor = nodeOf(el);
    if (focus) {
      el.focus({ preventScroll: true });
      zoom.reveal(el);
    }
  },
};

// nodeOf is the id of the actor an element of the drawing belongs to.
const nodeOf = (el) => el.closest("g.node").id.slice(2);

// ends gives a line's two actors, from the view's JSON or, for a line the JSON lacks, from its id.
function ends(g) {
  const id = g.id.slice(2);
  const r = subgraph().relations.find((x) => x.id === id);
  if (r) return r;
  const [from, , to] = id.split("|");
  return { from, to };
}

// linesOf lists the lines drawn at an actor, in the panel's order.
function linesOf(id) {
  const rels = new Map(subgraph().relations.map((r) => [r.id, r]));
  // Hidden lines (an actor hidden from the view) are not walked.
  return $$("#graph g.edge[id^='e:']:not(.hidden-actor)").filter((g) => { const e = ends(g); return e.from === id || e.to === id; })
    .sort((a, b) => byWeight(rels.get(a.id.slice(2)) || {}, rels.get(b.id.slice(2)) || {}));
}

// readingOrder lists the actors' links top to bottom, left to right (rows within a few points).
function readingOrder() {
  const at = (a) => { const b = a.closest("g.node").getBBox(); return [Math.round((b.y + b.height / 2) / 8), b.x + b.width / 2]; };
  return $$("#graph g.node[id^='n:']:not(.hidden-actor) a").map((a) => [a, at(a)]).sort((p, q) => p[1][0] - q[1][0] || p[1][1] - q[1][1]).map((p) => p[0]);
}

const actorLinkIn = (id) => { const g = document.getElementById("n:" + id); return g && g.closest("#graph") ? g.querySelector("a") : null; };

// walk answers an arrow key or Home on an actor or a line of the drawing; false when the key is not one.
function walk(ev) {
  const t = ev.target;
  const line = t.closest && t.closest("g.edge[id^='e:']");
  const actor = !line && t.closest && t.closest("g.node") && t.closest("g.node a");
  if (!line && !actor) return false;
  let to = null;
  if (ev.key === "Home") to = keys.centre();
  else if (actor) {
    const id = nodeOf(actor);
    const lines = linesOf(id);
    const order = readingOrder();
    const i = order.indexOf(actor);
    if (ev.key === "ArrowDown") to = lines[0];
    else if (ev.key === "ArrowUp") to = lines[lines.length - 1];
    else if (ev.key === "ArrowRight") to = order[i + 1];
    else if (ev.key === "ArrowLeft") to = order[i - 1];
    else return false;
    keys.anchor = id;
    if (!to && (ev.key === "ArrowDown" || ev.key === "ArrowUp")) $("#announce").textContent = "No line is drawn at this actor.";
  } else {
    const e = ends(line);
    if (keys.anchor !== e.from && keys.anchor !== e.to) keys.anchor = e.from;
    const lines = linesOf(keys.anchor);
    const i = lines.indexOf(line);
    if (ev.key === "ArrowDown") to = lines[i + 1] || actorLinkIn(keys.anchor);
    else if (ev.key === "ArrowUp") to = i > 0 ? lines[i - 1] : actorLinkIn(keys.anchor);
    else if (ev.key === "ArrowRight") to = actorLinkIn(e.from === keys.anchor ? e.to : e.from);
    else if (ev.key === "ArrowLeft") to = actorLinkIn(keys.anchor);
    else return false;
  }
  ev.preventDefault();
  if (to) keys.set(to, true);
  return true;
}

// readLine shows a line's evidence and, from the keyboard, moves the focus to its heading: Escape there
// comes back to the line.
function readLine(g, { fromKeyboard = false } = {}) {
  keys.set(g, false);
  const shown = navigate({ edge: g.id.slice(2), node: "", doc: "", at: "" }, { replace: true });
  shown.then(() => {
    const h = $("#details .edge-details h2");
    if (!h) return;
    if (fromKeyboard) h.focus();
    else if (narrow()) revealPanel();
  });
}

// ---- pan and zoom ----------------------------------------------------------------------------------

// TAP_PX is the smallest an actor is drawn at first on a narrow screen, in CSS pixels: 24 (WCAG 2.5.8) and
// a margin for the shapes (a hexagon's tip, a house's roof) that fill less than their box.
const TAP_PX = 28;

// narrow is true for the phone layout (style.css switches below 900 px).
const narrowQuery = window.matchMedia("(max-width: 900px)");
const narrow = () => narrowQuery.matches;

const zoom = {
  svg: null, base: null, box: null, dragged: false,
  reset(svg) {
    this.svg = svg;
    const vb = svg && svg.viewBox.baseVal;
    this.base = vb && vb.width ? { x: vb.x, y: vb.y, w: vb.width, h: vb.height } : null;
    if (this.base) {
      // A small drawing would be blown up to fill the canvas: show it at most 1.4 times its size.
      const r = svg.parentNode.getBoundingClientRect();
      const scale = Math.min(r.width / this.base.w, r.height / this.base.h);
      if (scale > 1.4) {
        const w = r.width / 1.4, h = r.height / 1.4;
        this.base = { x: this.base.x - (w - this.base.w) / 2, y: this.base.y - (h - this.base.h) / 2, w, h };
        this.apply.call({ svg, box: this.base });
      }
    }
    this.box = this.base && { ...this.base };
    if (this.base && narrow()) this.touchable();
  },
  // touchable zooms a drawing that a narrow screen would show too small to tap in, on the actor in focus:
  // every actor is then at least TAP_PX tall and wide on screen (WCAG 2.5.8 asks 24 px). Tokayev's
  // neighbourhood on a 390 px phone was drawn at a fifth of its size, 22 of its 23 actors under 24 px tall.
  // Fit (0) still shows the whole drawing.
  touchable() {
    const shapes = $$("g.node[id^='n:']", this.svg).map((g) => g.getBoundingClientRect()).filter((b) => b.width && b.height);
    if (!shapes.length) return;
    const small = Math.min(...shapes.map((b) => Math.min(b.width, b.height))); // on screen, in CSS pixels
    if (small >= TAP_PX) return;
    const f = small / TAP_PX; // the box's new size, as a share of its size now
    const centre = keys.centre();
    const c = centre ? centre.closest("g.node").getBoundingClientRect() : this.svg.getBoundingClientRect();
    const at = this.point(c.left + c.width / 2, c.top + c.height / 2);
    this.box = { x: at.x - this.box.w * f / 2, y: at.y - this.box.h * f / 2, w: this.box.w * f, h: this.box.h * f };
    this.apply();
  },
  // unitsPerPixel is how many drawing units a screen pixel shows (the viewBox is fitted whole: "meet").
  unitsPerPixel(r = this.svg.getBoundingClientRect()) {
    return this.box && r.width && r.height ? Math.max(this.box.w / r.width, this.box.h / r.height) : 0;
  },
  // reveal pans an element of the drawing that is off screen, or nearly, to the middle of the canvas.
  reveal(el) {
    if (!this.box) return;
    const r = this.svg.getBoundingClientRect(), e = el.getBoundingClientRect();
    const m = 12;
    if (e.left >= r.left + m && e.right <= r.right - m && e.top >= r.top + m && e.bottom <= r.bottom - m) return;
    const k = this.unitsPerPixel(r);
    this.pan((e.left + e.width / 2 - (r.left + r.width / 2)) * k, (e.top + e.height / 2 - (r.top + r.height / 2)) * k);
  },
  apply() {
    if (this.svg && this.box) this.svg.setAttribute("viewBox", `${this.box.x} ${this.box.y} ${this.box.w} ${this.box.h}`);
  },
  // point converts a position on screen to drawing coordinates.
  point(clientX, clientY) {
    const m = this.svg.getScreenCTM();
    if (!m) return { x: this.box.x + this.box.w / 2, y: this.box.y + this.box.h / 2 };
    const p = new DOMPoint(clientX, clientY).matrixTransform(m.inverse());
    return { x: p.x, y: p.y };
  },
  by(f, at) {
    if (!this.box) return;
    const b = this.box;
    const w = Math.min(Math.max(b.w * f, this.base.w / 25), this.base.w * 4);
    f = w / b.w;
    const p = at || { x: b.x + b.w / 2, y: b.y + b.h / 2 };
    this.box = { x: p.x - (p.x - b.x) * f, y: p.y - (p.y - b.y) * f, w, h: b.h * f };
    this.apply();
  },
  pan(dx, dy) { if (this.box) { this.box.x += dx; this.box.y += dy; this.apply(); } },
  fit() { if (this.base) { this.box = { ...this.base }; this.apply(); } },
};

function setupZoom() {
  const g = $("#graph");
  g.addEventListener("wheel", (ev) => {
    if (!zoom.box) return;
    ev.preventDefault();
    zoom.by(Math.exp(Math.max(-1, Math.min(1, ev.deltaY / 300))), zoom.point(ev.clientX, ev.clientY));
  }, { passive: false });
  let start = null;
  // A mouse or a pen drags the drawing; a finger scrolls the page (touch-action in style.css) and two
  // fingers pinch and pan the drawing (below).
  g.addEventListener("pointerdown", (ev) => {
    if (!zoom.box || ev.button !== 0 || ev.pointerType === "touch") return;
    start = { x: ev.clientX, y: ev.clientY, box: { ...zoom.box }, id: ev.pointerId };
    zoom.dragged = false;
  });
  g.addEventListener("pointermove", (ev) => {
    if (!start) return;
    const dx = ev.clientX - start.x, dy = ev.clientY - start.y;
    if (!zoom.dragged && Math.abs(dx) + Math.abs(dy) > 5) {
      zoom.dragged = true;
      g.setPointerCapture(start.id);
      g.classList.add("dragging");
    }
    if (!zoom.dragged) return;
    const r = zoom.svg.getBoundingClientRect();
    const scale = Math.max(start.box.w / r.width, start.box.h / r.height);
    zoom.box = { ...start.box, x: start.box.x - dx * scale, y: start.box.y - dy * scale };
    zoom.apply();
  });
  const end = () => { start = null; g.classList.remove("dragging"); setTimeout(() => { zoom.dragged = false; }, 0); };
  g.addEventListener("pointerup", end);
  g.addEventListener("pointercancel", end);
  setupPinch(g);
  g.addEventListener("keydown", (ev) => {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const step = zoom.box ? zoom.box.w / 10 : 0;
    const moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const line = ev.target.closest && ev.target.closest("g.edge[id^='e:']");
    if (ev.key === "+" || ev.key === "=") zoom.by(1 / 1.25);
    else if (ev.key === "-" || ev.key === "_") zoom.by(1.25);
    else if (ev.key === "0") zoom.fit();
    // Shift and an arrow pan from anywhere in the drawing; a plain arrow walks the graph (walk).
    else if (moves[ev.key] && (ev.shiftKey || ev.target === g)) zoom.pan(...moves[ev.key]);
    else if ((ev.key === "Enter" || ev.key === " ") && isMore(ev.target)) {
      // "+N more" from the keyboard: the actor it belongs to is selected and keeps the focus in the
      // drawing that brings its neighbours in.
      ev.preventDefault();
      const id = nodeOf(ev.target);
      keys.focusNext = true;
      $("#announce").textContent = "Bringing in the neighbours of " + name(id) + ".";
      navigate({ more: state.more.includes(id) ? state.more : [...state.more, id].slice(-50), node: id }).finally(() => { keys.focusNext = false; });
      return;
    } else if (!ev.shiftKey && walk(ev)) return;
    else if ((ev.key === "Enter" || ev.key === " ") && line) {
      ev.preventDefault();
      readLine(line, { fromKeyboard: true });
      $("#announce").textContent = "The evidence of this relationship is shown beside the drawing.";
      return;
    } else if (ev.key === "Enter" && ev.target.closest && ev.target.closest("g.node") && ev.shiftKey) {
      ev.preventDefault();
      keys.focusNext = true;
      expandNode(ev.target.closest("g.node").id.slice(2)).finally(() => { keys.focusNext = false; });
      return;
    } else return;
    ev.preventDefault();
  });
  $("#zoom-in").addEventListener("click", () => zoom.by(1 / 1.25));
  $("#zoom-out").addEventListener("click", () => zoom.by(1.25));
  $("#zoom-fit").addEventListener("click", () => zoom.fit());
}

// setupPinch zooms the drawing between two fingers and pans it with them, the drawing's point under the
// fingers staying under them. One finger is left to the browser, which scrolls the page: on a phone the
// drawing fills most of the screen, and a page that a finger on the drawing cannot scroll is a trap.
// Touch events, not pointer events: the browser takes a two-finger pan for a scroll and cancels the
// pointers, while a touchmove that is cancelled keeps the gesture for the page.
function setupPinch(g) {
  let last = null;
  const mid = (t) => ({ x: (t[0].clientX + t[1].clientX) / 2, y: (t[0].clientY + t[1].clientY) / 2, d: Math.hypot(t[0].clientX - t[1].clientX, t[0].clientY - t[1].clientY) });
  g.addEventListener("touchstart", (ev) => {
    if (ev.touches.length !== 2 || !zoom.box) { last = null; return; }
    ev.preventDefault();
    last = mid(ev.touches);
  }, { passive: false });
  g.addEventListener("touchmove", (ev) => {
    if (!last || ev.touches.length !== 2) return;
    ev.preventDefault();
    const now = mid(ev.touches);
    const k = zoom.unitsPerPixel();
    zoom.pan((last.x - now.x) * k, (last.y - now.y) * k);
    if (last.d > 0 && now.d > 0) zoom.by(last.d / now.d, zoom.point(now.x, now.y));
    zoom.dragged = true;
    last = now;
  }, { passive: false });
  const done = (ev) => {
    if (ev.touches.length < 2 && last) { last = null; setTimeout(() => { zoom.dragged = false; }, 0); }
  };
  g.addEventListener("touchend", done);
  g.addEventListener("touchcancel", done);
}

// ---- editing: sign-in, corrections, articles ---------------------------------------------------------

// An editor's token is kept in this tab's session storage and sent as a Bearer header with each write, never
// in a cookie: a page elsewhere cannot make the browser send it, so there is no cross-site request to forge.
const TOKEN_KEY = "actorgraph.token";
const editor = { writes: false, name: "" };
const token = () => sessionStorage.getItem(TOKEN_KEY) || "";

// write sends a change with the editor's token and returns the JSON answer; a 401 signs the editor out.
async function write(method, path, body) {
  const headers = { Authorization: "Bearer " + token() };
  if (body !== undefined && !(body instanceof FormData)) headers["Content-Type"] = "application/json";
  let res;
  try {
    res = await fetch(path, { method, headers, body: body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new APIError(0, "unreachable", "The server cannot be reached. Is actorgraph still running?");
  }
  const data = await res.json().catch(() => ({}));
  if (!res.ok) {
    if (res.status === 401) signedIn("");
    const e = data.error || {};
    throw new APIError(res.status, e.code || "internal", e.message || res.statusText || "HTTP " + res.status);
  }
  return data;
}

// writeError says what went wrong with a change, in the server's words.
function writeError(err) {
  const m = String(err.message || "").replace(/\.$/, "");
  if (err.status === 401) return "Sign in again: " + m + ".";
  if (err.status === 0) return m;
  return m.charAt(0).toUpperCase() + m.slice(1) + ".";
}

function signedIn(name) {
  editor.name = name;
  if (!name) sessionStorage.removeItem(TOKEN_KEY);
  $("#signin-summary").textContent = name ? "Signed in: " + clean(name) : "Sign in";
  $("#signin-form").hidden = !!name;
  $("#signed-in").hidden = !name;
  $("#editor-name").textContent = clean(name);
  $("#add-article").hidden = !name;
  document.body.classList.toggle("editing", !!name);
  // The panel shown gets the editor's controls: the corrections list its Undo buttons (listed before the
  // sign-in was confirmed, it had none), a view's details their forms; the article form is left as typed.
  if ($("#details .corrections")) correctionsPanel();
  else if (drawn.data && !(name && $("#details .article-form"))) renderPanel();
}

async function setupEditing() {
  let info = { writes: false };
  try { info = await api("/api/editor"); } catch (_) { /* reading goes on without editing */ }
  editor.writes = !!info.writes;
  $("#account").hidden = false;
  $("#signin").hidden = !editor.writes;
  $("#show-corrections").addEventListener("click", () => correctionsPanel());
  $("#add-article").addEventListener("click", () => articlePanel());
  $("#signout").addEventListener("click", () => { signedIn(""); $("#signin").open = false; });
  $("#signin-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const err = $("#signin-error");
    err.hidden = true;
    const t = $("#token").value.trim();
    try {
      const res = await fetch("/api/editor", { headers: { Authorization: "Bearer " + t } });
      const data = await res.json().catch(() => ({}));
      if (!res.ok || !data.editor) throw new Error((data.error && data.error.message) || "that token is not an editor's");
      sessionStorage.setItem(TOKEN_KEY, t);
      $("#token").value = "";
      signedIn(data.editor);
      $("#signin").open = false;
    } catch (e) {
      err.textContent = "Cannot sign in: " + String(e.message).replace(/\.$/, "") + ".";
      err.hidden = false;
    }
  });
  if (editor.writes && token()) {
    try {
      const res = await fetch("/api/editor", { headers: { Authorization: "Bearer " + token() } });
      const data = await res.json();
      signedIn(res.ok && data.editor ? data.editor : "");
    } catch (_) { signedIn(""); }
  }
}

// changed redraws what is on screen after a change to the graph, dropping every view kept.
function changed() {
  views.clear();
  entityInfos.clear();
  docCache.clear();
  docLoads.clear();
  drawn.key = null;
  return show();
}

// correctForm asks why (and whatever extra asks, read by request when the form is sent), then makes the
// correction; the status line offers to undo it.
function correctForm(legend, button, request, extra = null) {
  const reason = el("textarea", { name: "reason", required: true, maxlength: "1000", dir: "auto" });
  const err = el("p", { class: "form-error", role: "alert", hidden: true });
  const form = el("form", { class: "correct-form" },
    extra, el("label", {}, legend, el("br"), reason), err,
    el("button", { type: "submit", class: "primary" }, button));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    err.hidden = true;
    const req = typeof request === "function" ? request() : request;
    // Named now: once the change is drawn, the view may no longer show the actors it names.
    const what = describeCorrection(req);
    try {
      const c = await write("POST", "/api/corrections", { ...req, reason: reason.value });
      const node = c.into && c.action !== "split" && state.node === c.entity ? c.into : "";
      // An added line's ends have their ties brought in, so that a drawing fitted to the pane shows it.
      const ends = c.action === "add" ? String(c.relation).split("|").filter((x, i) => i !== 1 && x && !state.more.includes(x)) : [];
      state = { ...state, edge: "", node, focus: followActor(state.focus, c, false), more: [...state.more, ...ends].slice(-50) };
      history.replaceState(null, "", pageURL(state));
      await changed();
      setStatus("done", "Done: " + what + ".", { label: "Undo", run: () => undo(c.id) });
    } catch (e) {
      err.textContent = writeError(e);
      err.hidden = false;
    }
  });
  return form;
}

async function undo(id) {
  const listed = !!$("#details .corrections");
  try {
    const c = await write("DELETE", "/api/corrections/" + encodeURIComponent(id));
    const focus = followActor(state.focus, c, true);
    if (focus.join() !== state.focus.join()) {
      state = { ...state, focus, node: "", edge: "" };
      history.replaceState(null, "", pageURL(state));
    }
    await changed();
    setStatus("done", "Undone.");
    if (listed) correctionsPanel();
  } catch (e) {
    setStatus("error", writeError(e));
  }
}

function describeCorrection(c) {
  const rel = (id) => {
    const [from, type, to] = String(id).split("|");
    return [nameOf(from || ""), " ", phrase(type || ""), " ", nameOf(to || "")].join("");
  };
  switch (c.action) {
    case "reject": return "rejected “" + rel(c.relation) + "”";
    case "reject_sentence": return "rejected a sentence of “" + rel(c.relation) + "”";
    case "hide": return "hid " + nameOf(c.entity);
    case "stance": return "set “" + rel(c.relation) + "” to " + c.stance;
    case "add": return "added “" + rel(c.relation) + "”";
    case "retype": {
      const [from, , to] = String(c.relation).split("|");
      return "changed “" + rel(c.relation) + "” to “" + rel([from, c.type, to].join("|")) + "”";
    }
    case "reverse": return "turned “" + rel(c.relation) + "” the other way round";
    case "merge": return "merged " + nameOf(c.entity) + " into " + nameOf(c.into);
    case "rename": return "renamed " + nameOf(c.entity) + " “" + clean(c.name) + "”";
    case "kind": return "made " + nameOf(c.entity) + (c.kind === "organization" ? " an organisation" : c.kind === "outlet" ? " a news outlet" : " a " + c.kind);
    case "add_alias": return "gave " + nameOf(c.entity) + " the alias “" + clean(c.name) + "”";
    case "remove_alias": return "took the alias “" + clean(c.name) + "” off " + nameOf(c.entity);
    case "split": return "split “" + clean(c.name) + "” off " + nameOf(c.entity);
    default: return c.action;
  }
}

// correctionsPanel lists the corrections, newest first: who, when, why, and undo for those in force.
async function correctionsPanel() {
  const asked = ++panelAsked;
  const panel = $("#details");
  let list;
  try { list = (await api("/api/corrections")).corrections; } catch (e) {
    if (asked === panelAsked) panel.replaceChildren(errorPanel(e));
    return;
  }
  if (asked !== panelAsked) return; // a view or the article form was asked for meanwhile
  panel.replaceChildren(el("div", { class: "corrections" },
    el("h2", {}, "Corrections"),
    list.length ? null : el("p", {}, "No correction has been made in the app."),
    el("ol", { class: "corrections-list" }, list.map((c) => el("li", { class: c.undone ? "undone" : "" },
      el("p", { class: "what" }, el("strong", {}, describeCorrection(c))),
      el("p", { class: "reason", dir: "auto" }, "“", bdi(c.reason), "”"),
      el("p", { class: "who muted" }, "by ", bdi(c.editor), " · ", c.created,
        c.undone ? [" · undone by ", bdi(c.undone.editor), " · ", c.undone.at] : ""),
      !c.undone && editor.name ? el("button", { type: "button", class: "secondary undo", onclick: () => undo(c.id) }, "Undo") : null)))));
  panel.focus({ preventScroll: true });
}

// articlePanel takes an article, pasted, as a file or as a link the server fetches, shows what the
// extractor finds in it, lets the editor leave out what it got wrong, and adds it to the graph. A fetched
// page fills the form (text, title, date, source), so what is added is what was previewed, and a date
// the page lacks can be given before adding it.
function articlePanel() {
  panelAsked++;
  const field = (label, input) => el("label", {}, label, input);
  const title = el("input", { type: "text", id: "article-title", maxlength: "1000", dir: "auto" });
  const published = el("input", { type: "date", id: "article-published" });
  const source = el("input", { type: "text", id: "article-source", maxlength: "300" });
  const url = el("input", { type: "url", id: "article-url", maxlength: "2000" });
  const text = el("textarea", { id: "article-text", dir: "auto" });
  const file = el("input", { type: "file", id: "article-file", accept: ".txt,.md,.html,.htm" });
  const fetchLink = el("input", { type: "url", id: "article-link", maxlength: "2000", placeholder: "https://" });
  let fetchedID = ""; // the id the server gave the fetched page
  const err = el("p", { class: "form-error", role: "alert", hidden: true });
  const preview = el("div", { class: "preview", id: "article-preview" });
  const edits = new Map(); // key → edit, for what the editor leaves out
  // Why the editor leaves things out: each edit is recorded as a correction with it, once the article is in.
  const editReason = el("textarea", { id: "article-edit-reason", maxlength: "1000", dir: "auto" });
  const body = () => ({ id: fetchedID || undefined, text: text.value, title: title.value, published: published.value, source: source.value, url: url.value });
  const linkOnly = () => fetchLink.value.trim() !== "" && text.value.trim() === "" && !file.files.length;
  text.addEventListener("input", () => { fetchedID = ""; }); // another text: its id comes from its date and title
  const send = async (previewOnly) => {
    err.hidden = true;
    try {
      let ans;
      if (file.files.length) {
        const fd = new FormData();
        fd.append("file", file.files[0]);
        ans = await write("POST", "/api/documents" + (previewOnly ? "?preview=1" : ""), fd);
      } else if (linkOnly()) {
        ans = await write("POST", "/api/documents" + (previewOnly ? "?preview=1" : ""), { url: fetchLink.value.trim(), edits: [...edits.values()], reason: editReason.value });
      } else {
        ans = await write("POST", "/api/documents" + (previewOnly ? "?preview=1" : ""), { ...body(), edits: [...edits.values()], reason: editReason.value });
      }
      return ans;
    } catch (e) {
      err.textContent = writeError(e);
      err.hidden = false;
      return null;
    }
  };
  const showPreview = (ans) => {
    const d = ans.documents[0];
    const layer = (d.layers || [])[0] || { entities: [], relations: [] };
    const toggle = (key, edit) => (ev) => {
      if (edits.has(key)) edits.delete(key); else edits.set(key, edit);
      ev.target.closest("li").classList.toggle("removed", edits.has(key));
      ev.target.textContent = edits.has(key) ? "Keep" : "Leave out";
    };
    const canEdit = !file.files.length;
    preview.replaceChildren(
      el("h3", {}, "What the extractor found in ", bdi(d.document)),
      el("h4", {}, plural(layer.entities.length, "actor")),
      el("ul", { class: "preview-list" }, layer.entities.map((e) => el("li", {}, kindBadge(e.kind), " ", bdi(e.name), " ",
        canEdit ? el("button", { type: "button", class: "link small", onclick: toggle("e " + e.id, { action: "hide", entity: e.id }) }, "Leave out") : null))),
      el("h4", {}, plural(layer.relations.length, "relationship")),
      el("ul", { class: "preview-list" }, layer.relations.map((r) => el("li", {},
        bdi(nameById(layer, r.from)), " ", el("span", { class: "type" }, phrase(r.type)), " ", bdi(nameById(layer, r.to)), " ",
        canEdit ? el("button", { type: "button", class: "link small", onclick: toggle("r " + r.id, { action: "reject", relation: r.id }) }, "Leave out") : null))),
      canEdit ? el("label", { class: "edit-reason" }, "Why leave these out? Each is recorded as a correction, with your name and this reason, and can be undone.", editReason) : null,
      el("p", {}, el("button", { type: "button", class: "primary", id: "article-commit", onclick: commit }, "Add to the graph")));
  };
  const commit = async () => {
    const ans = await send(false);
    if (!ans) return;
    const d = ans.documents[0];
    await changed(); // redraws the view and its panel: the form goes back in after
    $("#details").replaceChildren(form);
    preview.replaceChildren(el("p", { class: "done", role: "status" },
      d.unchanged ? "The graph already holds this article." : "Added ", bdi(d.document), ": ",
      `${ans.after.entities - ans.before.entities} actors and ${ans.after.relations - ans.before.relations} relationships more.`, " ",
      (ans.corrections || []).length ? [plural(ans.corrections.length, "correction") + " recorded for what you left out. "] : "",
      link({ doc: d.document }, "Read it", "read")));
  };
  const form = el("form", { class: "article-form" },
    el("h2", {}, "Add an article"),
    el("p", { class: "hint" }, "Paste its text, give a link to fetch it from, or choose a file (.txt, .md, or a saved web page). You see what the extractor finds before anything is added."),
    field("Title", title), field("Published", published), field("Source", source), field("URL", url),
    field("Text", text), field("or a link to fetch", fetchLink), field("or a file", file), err,
    el("p", {}, el("button", { type: "submit", class: "secondary", id: "article-preview-button" }, "Preview")),
    preview);
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    edits.clear();
    const fetching = linkOnly();
    const ans = await send(true);
    if (!ans) return;
    const doc = fetching && ((ans.documents[0].layers || [])[0] || {}).document;
    if (doc && doc.text) { // the fetched page, to add as previewed
      fetchedID = doc.id;
      title.value = doc.title || "";
      published.value = doc.published || "";
      source.value = doc.source || "";
      url.value = doc.url || "";
      text.value = doc.text;
      fetchLink.value = "";
    }
    showPreview(ans);
  });
  $("#details").replaceChildren(form);
  title.focus();
}

// followActor returns the focus after an actor correction changed an id: a merge, a rename or a change of
// kind shows the actor under another id (c.into), and undoing a rename or a kind gives the old one back.
function followActor(focus, c, undone) {
  if (!c || !c.into || c.action === "split" || (undone && c.action === "merge")) return focus;
  const [from, to] = undone ? [c.into, c.entity] : [c.entity, c.into];
  return [...new Set(focus.map((f) => (f === from ? to : f)))];
}

// actorForms are the editor's corrections of an actor: merge it into another, rename it, change its kind,
// add an alias, and take one off or split it off as an actor of its own. Each asks why.
function actorForms(e) {
  const input = (name, label) => el("input", { type: "text", name, required: true, maxlength: "200", dir: "auto", "aria-label": label });
  const into = input("into", "The actor to merge into (name or id)");
  const rename = input("name", "The new name");
  const alias = input("alias", "The alias to add");
  const kinds = el("select", { name: "kind" }, vocabulary.kinds.filter((k) => k !== e.kind).map((k) => el("option", { value: k }, k)));
  const aliasSelect = () => el("select", { name: "alias" }, (e.aliases || []).map((a) => el("option", { value: a }, a)));
  const removeAlias = aliasSelect();
  const splitAlias = aliasSelect();
  const forms = [
    correctForm("Say why:", "Merge", () => ({ action: "merge", entity: e.id, into: into.value.trim() }),
      el("label", {}, "The same actor as ", into)),
    correctForm("Say why:", "Rename", () => ({ action: "rename", entity: e.id, name: rename.value.trim() }),
      el("label", {}, "Rename it ", rename)),
    correctForm("Say why:", "Change kind", () => ({ action: "kind", entity: e.id, kind: kinds.value }),
      el("label", {}, "It is a ", kinds)),
    correctForm("Say why:", "Add alias", () => ({ action: "add_alias", entity: e.id, name: alias.value.trim() }),
      el("label", {}, "Also called ", alias)),
  ];
  if ((e.aliases || []).length) {
    forms.push(
      correctForm("Say why:", "Remove alias", () => ({ action: "remove_alias", entity: e.id, name: removeAlias.value }),
        el("label", {}, "Not a name of it: ", removeAlias)),
      correctForm("Say why:", "Split off", () => ({ action: "split", entity: e.id, name: splitAlias.value }),
        el("label", {}, "Another actor, wrongly merged: ", splitAlias)));
  }
  return el("details", { class: "actor-edits" }, el("summary", {}, "Correct this actor"),
    ...forms.map((f) => { f.classList.add("actor-form"); return f; }));
}

// stanceForm sets a relationship's stance, another than it has.
function stanceForm(r) {
  const select = el("select", { name: "stance", class: "stance-select" }, vocabulary.stances.filter((x) => x !== r.stance).map((x) => el("option", { value: x }, x)));
  return correctForm("Say why:", "Set stance", () => ({ action: "stance", relation: r.id, stance: select.value }),
    el("label", {}, "The stance is wrong: it is ", select));
}

// moveForm gives a relationship another type from the vocabulary, or turns it the other way round; its
// sentences go with it.
function moveForm(r) {
  const info = vocabulary.types.find((t) => t.Type === r.type) || {};
  const select = el("select", { name: "type", class: "type-select" },
    info.Symmetric ? null : el("option", { value: "" }, "the other way round: " + nameOf(r.to) + " " + (info.Phrase || r.type) + " " + nameOf(r.from)),
    vocabulary.types.filter((t) => t.Type !== r.type).map((t) => el("option", { value: t.Type }, t.Phrase)));
  return correctForm("Say why:", "Change relationship",
    () => (select.value ? { action: "retype", relation: r.id, type: select.value } : { action: "reverse", relation: r.id }),
    el("label", {}, "The type or direction is wrong: make it ", select));
}

// shownToStored maps the text as the page shows it (clean(), counted in UTF-16 units as a DOM selection is)
// to the stored text, counted in code points as evidence offsets are: map[u] is the code point where the
// shown unit u starts, and map[shown length] the stored length.
function shownToStored(text) {
  const map = [];
  let cp = 0;
  for (const ch of text) {
    if (clean(ch) !== "") for (let i = 0; i < ch.length; i++) map.push(cp);
    cp++;
  }
  map.push(cp);
  return map;
}

// addRelationBox lets an editor add a relationship from the words selected in the article's text: the
// selection, trimmed of space, becomes the sentence (offsets into the stored text), and the editor picks
// the two actors, from those the article names or by search, and the type.
function addRelationBox(d, body) {
  const box = el("section", { class: "add-relation", id: "add-relation", "aria-live": "polite" },
    el("p", { class: "hint" }, "To add a relationship the extractor missed, select the words of the article that state it."));
  const map = shownToStored(d.text || "");
  const offer = () => {
    const sel = document.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) return;
    const range = sel.getRangeAt(0);
    if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return;
    const before = document.createRange();
    before.setStart(body, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const picked = range.toString();
    let from = before.toString().length;
    let to = from + picked.length;
    from += picked.length - picked.trimStart().length;
    to -= picked.length - picked.trimEnd().length;
    if (to <= from || to > map.length - 1) return;
    const start = map[from];
    const end = map[to - 1] + 1;
    box.replaceChildren(addForm(d, start, end, picked.trim()));
  };
  body.addEventListener("mouseup", () => setTimeout(offer, 0));
  body.addEventListener("keyup", (ev) => { if (ev.shiftKey) offer(); });
  return box;
}

// addForm asks for the two actors and the type of the relationship the quoted words state.
function addForm(d, start, end, quote) {
  const actors = [...(d.entities || [])].sort((a, b) => a.name.localeCompare(b.name));
  for (const e of actors) knownNames.set(e.id, e.name);
  const pick = (id, label) => {
    const select = el("select", { id, class: "actor-select" }, actors.map((e) => el("option", { value: e.id }, clean(e.name))));
    const search = el("input", { type: "search", class: "actor-search", placeholder: "or another actor…", "aria-label": label + ": search for an actor", dir: "auto" });
    search.addEventListener("keydown", async (ev) => {
      if (ev.key !== "Enter") return;
      ev.preventDefault();
      const q = search.value.trim();
      if (!q) return;
      let found = [];
      try { found = (await api("/api/search?limit=8&q=" + encodeURIComponent(q))).results || []; } catch (_) { found = []; }
      for (const e of found) {
        knownNames.set(e.id, e.name);
        if (![...select.options].some((o) => o.value === e.id)) select.append(el("option", { value: e.id }, clean(e.name)));
      }
      if (found.length) select.value = found[0].id;
    });
    return { select, field: el("p", { class: "add-end" }, el("label", {}, label, " ", select), " ", search) };
  };
  const from = pick("add-from", "From");
  const to = pick("add-to", "To");
  if (actors.length > 1) to.select.selectedIndex = 1;
  const type = el("select", { id: "add-type" }, vocabulary.types.map((t) => el("option", { value: t.Type }, t.Phrase)));
  return el("div", {},
    el("p", {}, "Add a relationship stated by:"),
    el("blockquote", { class: "add-quote", dir: "auto" }, quote),
    correctForm("Say why:", "Add relationship",
      () => ({ action: "add", relation: [from.select.value, type.value, to.select.value].join("|"), document: d.id, start, end }),
      el("div", { class: "add-fields" }, from.field, el("p", {}, el("label", {}, "Type ", type)), to.field)));
}

function nameById(layer, id) {
  const e = layer.entities.find((x) => x.id === id);
  return e ? e.name : id;
}

// ---- start ------------------------------------------------------------------------------------------

// setupSkipLinks: the first two stops of the Tab key lead to the drawing (its actor in focus, or what the
// keys reached last) and to the details.
function setupSkipLinks() {
  $("#skip-drawing").addEventListener("click", (ev) => {
    ev.preventDefault();
    $(".canvas").scrollIntoView({ block: "nearest" });
    const c = keys.current && keys.current.isConnected ? keys.current : keys.centre();
    if (c) keys.set(c, true);
    else $("#graph").focus();
  });
  $("#skip-details").addEventListener("click", (ev) => {
    ev.preventDefault();
    $("#details").focus();
    $("#details").scrollIntoView({ block: "start" });
  });
  // Escape in the evidence of a line of the drawing goes back to the line.
  $("#details").addEventListener("keydown", (ev) => {
    if (ev.key !== "Escape" || !state.edge) return;
    const line = document.getElementById("e:" + state.edge);
    if (!line || !line.closest("#graph")) return;
    ev.preventDefault();
    if (narrow()) $(".canvas").scrollIntoView({ block: "nearest" });
    keys.set(line, true);
  });
}

function start() {
  state = parseURL(location.search);
  introPanel();
  renderDownloads("");
  setupControls();
  setupZoom();
  setupSkipLinks();
  $("#graph").addEventListener("click", onGraphClick);
  $("#graph").addEventListener("pointerover", onGraphHover);
  $("#graph").addEventListener("pointerleave", () => clearTimeout(hoverTimer));
  document.addEventListener("click", onLinkClick);
  window.addEventListener("popstate", () => { state = parseURL(location.search); show(); });
  setupEditing();
  setupTimeline();
  show();
}

start();
