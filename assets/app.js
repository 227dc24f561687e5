// actorgraph's page: search, the drawing from the server, and the evidence behind every line.
// Plain ES module, no build step, no dependencies. Everything that came from data is inserted as text
// (textContent), never as HTML; the SVG is parsed as XML and stripped of anything active before use.

const $ = (sel) => document.querySelector(sel);
const SVGNS = "http://www.w3.org/2000/svg";
const XLINK = "http://www.w3.org/1999/xlink";

const state = { focus: "", depth: "2", layout: "", edge: "" };
let view = null; // the subgraph JSON of what is drawn
let vocabulary = null;

// ---- URL state -------------------------------------------------------------------------------------

function readURL() {
  const p = new URLSearchParams(location.search);
  state.focus = p.get("focus") || "";
  state.depth = ["1", "2", "3"].includes(p.get("depth")) ? p.get("depth") : "2";
  state.layout = p.get("layout") || "";
  state.edge = p.get("edge") || "";
}

function urlFor(s) {
  const p = new URLSearchParams();
  if (s.focus) p.set("focus", s.focus);
  if (s.depth !== "2") p.set("depth", s.depth);
  if (s.layout) p.set("layout", s.layout);
  if (s.edge) p.set("edge", s.edge);
  const q = p.toString();
  return q ? "/?" + q : "/";
}

function navigate(change, { replace = false } = {}) {
  Object.assign(state, change);
  const url = urlFor(state);
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  show();
}

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
    res = await fetch(path, { signal, headers: { Accept: as === "json" ? "application/json" : "*/*" } });
  } catch (e) {
    if (e.name === "AbortError") throw e;
    throw new APIError(0, "unavailable", "The server cannot be reached. Is actorgraph still running?");
  }
  if (!res.ok) {
    let code = "internal", message = res.statusText;
    try {
      const body = await res.json();
      code = body.error.code;
      message = body.error.message;
    } catch (_) { /* not our JSON: keep the status text */ }
    throw new APIError(res.status, code, message);
  }
  return as === "json" ? res.json() : res.text();
}

// ---- status line ------------------------------------------------------------------------------------

function setStatus(kind, text) {
  const el = $("#status");
  el.className = "status " + kind;
  el.textContent = text;
  el.hidden = !text;
}

function explain(err) {
  if (err.code === "unavailable") return "The graph store is unavailable right now: " + err.message + " Try again in a moment.";
  if (err.code === "not_found") return "Not found: " + err.message;
  if (err.code === "timeout") return "That view took too long to draw: " + err.message;
  return "Error: " + err.message;
}

// ---- the drawing ------------------------------------------------------------------------------------

let inflight = null;

async function show() {
  $("#depth").value = state.depth;
  $("#layout").value = state.layout;
  if (!state.focus) {
    $("#graph").replaceChildren();
    document.title = "actorgraph";
    setStatus("", "");
    return;
  }
  if (inflight) inflight.abort();
  const ctl = new AbortController();
  inflight = ctl;
  const q = new URLSearchParams({ focus: state.focus, depth: state.depth });
  if (state.layout) q.set("layout", state.layout);
  setStatus("loading", "Drawing…");
  $("#graph").setAttribute("aria-busy", "true");
  try {
    const [json, svg] = await Promise.all([
      api("/api/graph?" + q + "&format=json", { signal: ctl.signal }),
      api("/api/graph?" + q + "&format=svg", { as: "text", signal: ctl.signal }),
    ]);
    view = json;
    drawSVG(svg);
    describe(json);
    trail(json);
    setStatus("", "");
    const focusEntity = json.entities.find((e) => e.id === state.focus);
    document.title = (focusEntity ? focusEntity.name + " — " : "") + "actorgraph";
    if (json.relations.length === 0) setStatus("empty", "No relationships recorded for this actor yet.");
    if (state.edge) showEdge(state.edge);
    else showEntity(state.focus);
  } catch (err) {
    if (err.name === "AbortError") return;
    setStatus("error", explain(err));
    $("#graph").replaceChildren();
  } finally {
    if (inflight === ctl) inflight = null;
    $("#graph").removeAttribute("aria-busy");
  }
}

// drawSVG parses the server's SVG as XML, removes anything that could run or load, and shows it.
function drawSVG(text) {
  const doc = new DOMParser().parseFromString(text, "image/svg+xml");
  const svg = doc.documentElement;
  if (svg.nodeName !== "svg") throw new APIError(0, "internal", "the server sent a drawing that is not SVG");
  for (const el of svg.querySelectorAll("script, foreignObject, iframe, image, use")) el.remove();
  for (const el of svg.querySelectorAll("*")) {
    for (const a of [...el.attributes]) {
      const name = a.name.toLowerCase();
      if (name.startsWith("on")) el.removeAttribute(a.name);
      if ((name === "href" || name === "xlink:href") && !/^\/\?|^#/.test(a.value)) el.removeAttribute(a.name);
    }
  }
  svg.removeAttribute("width");
  svg.removeAttribute("height");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-labelledby", "graph-desc");
  const node = document.importNode(svg, true);
  $("#graph").replaceChildren(node);
  zoom.reset(node);
}

// describe writes a text equivalent of the picture for screen readers.
function describe(sg) {
  const name = Object.fromEntries(sg.entities.map((e) => [e.id, e.name]));
  const phrase = phrases();
  const lines = sg.relations.map((r) => `${name[r.from]} ${phrase[r.type] || r.type} ${name[r.to]}`);
  $("#graph-desc").textContent =
    `${sg.entities.length} actors and ${sg.relations.length} relationships. ` + lines.join(". ") + (lines.length ? "." : "");
}

function phrases() {
  const out = {};
  for (const t of (vocabulary && vocabulary.types) || []) out[t.Type] = t.Phrase;
  return out;
}

// ---- clicks in the drawing -------------------------------------------------------------------------

function onGraphClick(ev) {
  if (zoom.dragged) return;
  const a = ev.target.closest("a");
  const node = ev.target.closest("g.node");
  const edge = ev.target.closest("g.edge");
  if (node && node.id.startsWith("n:")) {
    ev.preventDefault();
    const id = node.id.slice(2);
    if (id === state.focus) showEntity(id);
    else navigate({ focus: id, edge: "" });
    return;
  }
  if (edge && edge.id.startsWith("e:")) {
    ev.preventDefault();
    navigate({ edge: edge.id.slice(2) }, { replace: true });
    return;
  }
  if (a) ev.preventDefault();
}

// ---- the side panel ----------------------------------------------------------------------------------

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") e.className = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c);
  return e;
}

function entityLink(id, name) {
  const e = view && view.entities.find((x) => x.id === id);
  const a = el("a", { href: urlFor({ ...state, focus: id, edge: "" }), class: "entity " + (e ? e.kind : "") }, e ? e.name : name || id);
  a.addEventListener("click", (ev) => { ev.preventDefault(); navigate({ focus: id, edge: "" }); });
  return a;
}

function docLabel(id) {
  const d = view && view.documents.find((x) => x.id === id);
  if (!d) return id;
  return `${d.title}${d.published ? " (" + d.published + ")" : ""}${d.source ? ", " + d.source : ""}`;
}

function evidenceList(rel) {
  const ul = el("ul", { class: "evidence" });
  for (const ev of rel.evidence) {
    ul.append(el("li", {},
      el("blockquote", {}, ev.text),
      el("p", { class: "cite" }, docLabel(ev.document), ` · characters ${ev.start}–${ev.end} · ${ev.origin}`)));
  }
  return ul;
}

function showEntity(id) {
  const e = view && view.entities.find((x) => x.id === id);
  if (!e) return;
  const phrase = phrases();
  const box = el("div", { class: "entity-details" },
    el("p", { class: "kind " + e.kind }, e.kind),
    el("h2", {}, e.name));
  if (e.description) box.append(el("p", { class: "description" }, e.description));
  if (e.aliases && e.aliases.length) box.append(el("p", { class: "aliases" }, "Also: " + e.aliases.join(", ")));
  const rels = view.relations.filter((r) => r.from === id || r.to === id);
  box.append(el("h3", {}, `${rels.length} relationship${rels.length === 1 ? "" : "s"}`));
  const list = el("ul", { class: "relations" });
  for (const r of rels) {
    const li = el("li", { class: "stance-" + r.stance },
      el("p", { class: "rel" }, entityLink(r.from), " ", el("span", { class: "type" }, phrase[r.type] || r.type), " ", entityLink(r.to)));
    const more = el("details", {}, el("summary", {}, `${r.evidence.length} sentence${r.evidence.length === 1 ? "" : "s"} · ${r.stance}`), evidenceList(r));
    li.append(more);
    list.append(li);
  }
  box.append(list);
  $("#details").replaceChildren(box);
}

function showEdge(relID) {
  const r = view && view.relations.find((x) => x.id === relID);
  if (!r) return showEntity(state.focus);
  const phrase = phrases();
  const box = el("div", { class: "edge-details" },
    el("p", { class: "kind stance-" + r.stance }, `${r.type} · ${r.stance}`),
    el("h2", {}, entityLink(r.from), " ", el("span", { class: "type" }, phrase[r.type] || r.type), " ", entityLink(r.to)),
    el("h3", {}, "Says who?"),
    evidenceList(r));
  const back = el("button", { type: "button", class: "link" }, "Back to " + (view.entities.find((e) => e.id === state.focus) || {}).name);
  back.addEventListener("click", () => navigate({ edge: "" }, { replace: true }));
  box.append(back);
  $("#details").replaceChildren(box);
}

// ---- breadcrumb ------------------------------------------------------------------------------------

const visited = [];
function trail(sg) {
  const e = sg.entities.find((x) => x.id === state.focus);
  if (!e) return;
  const i = visited.findIndex((v) => v.id === e.id);
  if (i >= 0) visited.splice(i, 1);
  visited.push({ id: e.id, name: e.name });
  if (visited.length > 8) visited.shift();
  const nav = $("#trail");
  const ol = el("ol");
  for (const v of visited) {
    const li = el("li");
    if (v.id === state.focus) li.append(el("span", { "aria-current": "page" }, v.name));
    else li.append(entityLink(v.id, v.name));
    ol.append(li);
  }
  nav.replaceChildren(ol);
}

// ---- search with suggestions -----------------------------------------------------------------------

const search = {
  active: -1,
  results: [],
  timer: 0,
  ctl: null,
};

function renderSuggestions() {
  const ul = $("#suggestions");
  const input = $("#q");
  ul.replaceChildren();
  search.results.forEach((r, i) => {
    const li = el("li", { role: "option", id: "opt-" + i, "aria-selected": String(i === search.active), class: "kind-" + r.kind },
      el("span", { class: "name" }, r.name), el("span", { class: "kind " + r.kind }, r.kind));
    if (r.aliases && r.aliases.length) li.append(el("span", { class: "aliases" }, r.aliases.slice(0, 3).join(", ")));
    li.addEventListener("mousedown", (ev) => { ev.preventDefault(); pick(i); });
    ul.append(li);
  });
  const open = search.results.length > 0;
  ul.hidden = !open;
  input.setAttribute("aria-expanded", String(open));
  if (search.active >= 0) input.setAttribute("aria-activedescendant", "opt-" + search.active);
  else input.removeAttribute("aria-activedescendant");
}

function pick(i) {
  const r = search.results[i];
  if (!r) return;
  search.results = [];
  search.active = -1;
  renderSuggestions();
  $("#q").value = r.name;
  navigate({ focus: r.id, edge: "" });
}

async function suggest() {
  const q = $("#q").value.trim();
  if (search.ctl) search.ctl.abort();
  if (!q) {
    search.results = [];
    renderSuggestions();
    return;
  }
  search.ctl = new AbortController();
  try {
    const body = await api("/api/search?limit=8&q=" + encodeURIComponent(q), { signal: search.ctl.signal });
    search.results = body.results;
    search.active = body.results.length ? 0 : -1;
    renderSuggestions();
    if (!body.results.length) setStatus("empty", `No actor matches “${q}”.`);
    else if ($("#status").classList.contains("empty")) setStatus("", "");
  } catch (err) {
    if (err.name !== "AbortError") setStatus("error", explain(err));
  }
}

function onSearchKey(ev) {
  const n = search.results.length;
  if (ev.key === "ArrowDown" && n) { search.active = (search.active + 1) % n; renderSuggestions(); ev.preventDefault(); }
  else if (ev.key === "ArrowUp" && n) { search.active = (search.active - 1 + n) % n; renderSuggestions(); ev.preventDefault(); }
  else if (ev.key === "Enter") { ev.preventDefault(); if (n) pick(Math.max(search.active, 0)); }
  else if (ev.key === "Escape") { search.results = []; renderSuggestions(); }
}

// ---- pan and zoom ----------------------------------------------------------------------------------

const zoom = {
  svg: null, base: null, box: null, dragged: false,
  reset(svg) {
    this.svg = svg;
    const vb = svg.viewBox.baseVal;
    this.base = vb && vb.width ? { x: vb.x, y: vb.y, w: vb.width, h: vb.height } : null;
    this.box = this.base && { ...this.base };
  },
  apply() {
    if (this.svg && this.box) this.svg.setAttribute("viewBox", `${this.box.x} ${this.box.y} ${this.box.w} ${this.box.h}`);
  },
  by(f, cx = 0.5, cy = 0.5) {
    if (!this.box) return;
    const b = this.box;
    const w = Math.min(Math.max(b.w * f, this.base.w / 20), this.base.w * 4);
    const h = w * (b.h / b.w);
    b.x += (b.w - w) * cx;
    b.y += (b.h - h) * cy;
    b.w = w;
    b.h = h;
    this.apply();
  },
  fit() { if (this.base) { this.box = { ...this.base }; this.apply(); } },
};

function setupZoom() {
  const g = $("#graph");
  g.addEventListener("wheel", (ev) => {
    if (!zoom.svg) return;
    ev.preventDefault();
    const r = zoom.svg.getBoundingClientRect();
    zoom.by(ev.deltaY > 0 ? 1.15 : 1 / 1.15, (ev.clientX - r.left) / r.width, (ev.clientY - r.top) / r.height);
  }, { passive: false });
  let start = null;
  g.addEventListener("pointerdown", (ev) => {
    if (!zoom.box || ev.button !== 0) return;
    start = { x: ev.clientX, y: ev.clientY, box: { ...zoom.box } };
    zoom.dragged = false;
  });
  window.addEventListener("pointermove", (ev) => {
    if (!start) return;
    const dx = ev.clientX - start.x, dy = ev.clientY - start.y;
    if (Math.abs(dx) + Math.abs(dy) > 4) zoom.dragged = true;
    if (!zoom.dragged) return;
    const r = zoom.svg.getBoundingClientRect();
    const scale = Math.max(start.box.w / r.width, start.box.h / r.height);
    zoom.box.x = start.box.x - dx * scale;
    zoom.box.y = start.box.y - dy * scale;
    zoom.apply();
  });
  window.addEventListener("pointerup", () => { start = null; setTimeout(() => { zoom.dragged = false; }, 0); });
  g.addEventListener("keydown", (ev) => {
    const step = zoom.box ? zoom.box.w / 10 : 0;
    const moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    if (ev.key === "+" || ev.key === "=") zoom.by(1 / 1.2);
    else if (ev.key === "-") zoom.by(1.2);
    else if (ev.key === "0") zoom.fit();
    else if (moves[ev.key] && zoom.box) { zoom.box.x += moves[ev.key][0]; zoom.box.y += moves[ev.key][1]; zoom.apply(); }
    else return;
    ev.preventDefault();
  });
  $("#zoom-in").addEventListener("click", () => zoom.by(1 / 1.25));
  $("#zoom-out").addEventListener("click", () => zoom.by(1.25));
  $("#zoom-fit").addEventListener("click", () => zoom.fit());
}

// ---- start ------------------------------------------------------------------------------------------

function start() {
  readURL();
  $("#q").addEventListener("input", () => { clearTimeout(search.timer); search.timer = setTimeout(suggest, 120); });
  $("#q").addEventListener("keydown", onSearchKey);
  $("#q").addEventListener("blur", () => setTimeout(() => { search.results = []; renderSuggestions(); }, 100));
  $("#graph").addEventListener("click", onGraphClick);
  $("#depth").addEventListener("change", (ev) => navigate({ depth: ev.target.value }));
  $("#layout").addEventListener("change", (ev) => navigate({ layout: ev.target.value }));
  $("#controls").addEventListener("submit", (ev) => ev.preventDefault());
  for (const a of document.querySelectorAll(".intro a")) {
    a.addEventListener("click", (ev) => {
      ev.preventDefault();
      navigate({ focus: new URL(a.href).searchParams.get("focus"), edge: "" });
    });
  }
  window.addEventListener("popstate", () => { readURL(); show(); });
  setupZoom();
  api("/api/vocabulary").then((v) => { vocabulary = v; }).catch(() => {}).finally(show);
}

start();
