// ice-rules workbench: plain JavaScript, no build step, no network beyond this server.
// Every piece of data goes into the page through textContent, never as HTML.
"use strict";

const state = {
  facts: [],          // [{name, type, label, values, default}]
  regimes: [],        // [{id, title, shortName, level, switches, ...}]
  actions: [],        // [{id, question}]
  scenarios: [],      // presets
  switches: [],       // [{name, values, default, meaning, regime}]
  selected: null,     // {regime, action} of the explained cell
  shown: null,        // Set of the regime ids shown in the matrix
  lastResult: null,   // the last /api/evaluate answer
  requestSeq: 0,
};

// ---- small helpers ---------------------------------------------------------------------

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("data-")) node.setAttribute(k, v);
    else if (k in node && typeof v !== "string") node[k] = v;
    else node.setAttribute(k, v);
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

async function getJson(path) {
  const r = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await r.json();
  if (!r.ok) throw new Error(body.error + (body.field ? " (" + body.field + ")" : ""));
  return body;
}

async function postJson(path, payload) {
  const r = await fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(payload),
  });
  const body = await r.json();
  if (!r.ok) throw new Error(body.error + (body.field ? " (" + body.field + ")" : ""));
  return body;
}

function regimeName(id) {
  const r = state.regimes.find((x) => x.id === id);
  return r ? r.shortName || r.title : id;
}

function actionQuestion(id) {
  const a = state.actions.find((x) => x.id === id);
  return a ? a.question : id;
}

// ---- the case: form <-> object <-> URL fragment ----------------------------------------

function factInputId(name) { return "fact-" + name; }
function switchInputId(name) { return "switch-" + name; }

function buildForm() {
  const facts = document.getElementById("facts");
  for (const f of state.facts) {
    const id = factInputId(f.name);
    let input;
    let unknownBox = null;
    if (f.type === "number") {
      input = el("input", { type: "number", id, min: "0", step: "any", "data-fact": f.name });
      // a number's third state: not known (the answer is then weighed over every value)
      unknownBox = el("input", { type: "checkbox", id: id + "-unknown", "data-unknown": f.name });
      unknownBox.addEventListener("change", () => { input.disabled = unknownBox.checked; onCaseChanged(); });
    } else {
      // beside the values, "unknown": the answer is then weighed over every value
      input = el("select", { id, "data-fact": f.name },
        f.values.concat(["unknown"]).map((v) => el("option", { value: v, text: v })));
    }
    input.addEventListener("change", onCaseChanged);
    input.addEventListener("input", onCaseChanged);
    facts.append(el("div", { class: "field", id: "field-" + f.name },
      el("label", { for: id, text: f.label }),
      input,
      unknownBox ? el("label", { class: "unknown-box", for: id + "-unknown" }, unknownBox, " unknown") : null,
      el("p", { class: "hint", text: f.name + " · default: " + f.default })));
  }
  const switches = document.getElementById("switches");
  if (state.switches.length === 0) {
    switches.append(el("p", { class: "hint", text: "No regime declares an interpretation switch." }));
  }
  for (const s of state.switches) {
    const id = switchInputId(s.name);
    const input = el("select", { id, "data-switch": s.name },
      s.values.map((v) => el("option", { value: v, text: v })));
    input.addEventListener("change", onCaseChanged);
    switches.append(el("div", { class: "field", id: "field-" + s.name },
      el("label", { for: id, text: s.meaning }),
      input,
      el("p", { class: "hint", text: s.name + " (" + regimeName(s.regime) + ") · default: " + s.default })));
  }
  const preset = document.getElementById("preset");
  for (const sc of state.scenarios) {
    preset.append(el("option", { value: sc.id, text: sc.title + " (" + sc.date + ")" }));
  }
  preset.addEventListener("change", () => {
    const sc = state.scenarios.find((x) => x.id === preset.value);
    if (sc) {
      setCase({ date: sc.date, facts: sc.facts, interpretations: sc.interpretations });
      document.getElementById("preset-title").textContent = sc.notes || sc.source || "";
    } else {
      setCase(defaultCase());
      document.getElementById("preset-title").textContent = "";
    }
    state.selected = null;
    onCaseChanged();
  });
  document.getElementById("date").addEventListener("change", onCaseChanged);
  document.getElementById("reset").addEventListener("click", () => {
    preset.value = "";
    document.getElementById("preset-title").textContent = "";
    setCase(defaultCase());
    state.selected = null;
    onCaseChanged();
  });
  document.getElementById("copy-case-link").addEventListener("click", () =>
    copyLink(caseUrl(null), document.getElementById("copy-case-result")));
  document.getElementById("only-differing").addEventListener("change", renderMatrix);
  buildRegimeFilter();
}

function buildRegimeFilter() {
  const box = document.getElementById("regime-checkboxes");
  for (const r of state.regimes) {
    const input = el("input", { type: "checkbox", id: "show-" + r.id, "data-regime": r.id, checked: true });
    input.addEventListener("change", () => {
      if (input.checked) state.shown.add(r.id); else state.shown.delete(r.id);
      if (state.shown.size === 0) { state.shown.add(r.id); input.checked = true; } // never an empty matrix
      onRegimesChanged();
    });
    box.append(el("label", { class: "regime-choice" }, input, " " + (r.shortName || r.id),
      el("span", { class: "hint", text: " " + r.level + " · " + r.status })));
  }
  document.getElementById("regimes-all").addEventListener("click", () => {
    showRegimes(state.regimes.map((r) => r.id));
    onRegimesChanged();
  });
  // One button per level, in the order the API lists the regimes (from the most local up):
  // the levels are data (rules/categories.yaml), never named here.
  const buttons = document.getElementById("regimes-all").parentNode;
  const levels = [...new Set(state.regimes.map((r) => r.level))];
  for (const level of levels) {
    const button = el("button", { type: "button", id: "regimes-level-" + level, "data-level": level,
      text: "Only " + level });
    button.addEventListener("click", () => {
      showRegimes(state.regimes.filter((r) => r.level === level).map((r) => r.id));
      onRegimesChanged();
    });
    buttons.append(" ", button);
  }
}

function showRegimes(ids) {
  const known = state.regimes.map((r) => r.id);
  const chosen = ids.filter((id) => known.includes(id));
  state.shown = new Set(chosen.length ? chosen : known);
  for (const id of known) document.getElementById("show-" + id).checked = state.shown.has(id);
  updateRegimeSummary();
}

function onRegimesChanged() {
  updateRegimeSummary();
  if (state.selected && !state.shown.has(state.selected.regime)) state.selected = null;
  onCaseChanged();
}

function updateRegimeSummary() {
  document.getElementById("regime-filter-summary").textContent =
    "Regimes shown: " + state.shown.size + " of " + state.regimes.length + " (choose)";
}

function defaultCase() {
  return { date: new Date().toISOString().slice(0, 10), facts: {}, interpretations: {} };
}

function setCase(c) {
  document.getElementById("date").value = c.date || defaultCase().date;
  for (const f of state.facts) {
    const v = c.facts && c.facts[f.name] !== undefined ? String(c.facts[f.name]) : f.default;
    const box = document.getElementById(factInputId(f.name) + "-unknown");
    if (box) {
      box.checked = v === "unknown";
      document.getElementById(factInputId(f.name)).disabled = box.checked;
      document.getElementById(factInputId(f.name)).value = v === "unknown" ? f.default : v;
    } else {
      document.getElementById(factInputId(f.name)).value = v;
    }
  }
  for (const s of state.switches) {
    const v = c.interpretations && c.interpretations[s.name] !== undefined ? c.interpretations[s.name] : s.default;
    document.getElementById(switchInputId(s.name)).value = v;
  }
  markChanged();
}

/** The case as the API takes it: only facts and readings that differ from their defaults. */
function readCase() {
  const facts = {};
  for (const f of state.facts) {
    const raw = document.getElementById(factInputId(f.name)).value;
    const box = document.getElementById(factInputId(f.name) + "-unknown");
    if (raw === "unknown" || (box && box.checked)) { facts[f.name] = "unknown"; continue; }
    if (raw === f.default || raw === "") continue;
    if (f.type === "bool") facts[f.name] = raw === "true";
    else if (f.type === "number") facts[f.name] = Number(raw);
    else facts[f.name] = raw;
  }
  const interpretations = {};
  for (const s of state.switches) {
    const v = document.getElementById(switchInputId(s.name)).value;
    if (v !== s.default) interpretations[s.name] = v;
  }
  const c = { date: document.getElementById("date").value, facts, interpretations };
  if (state.shown && state.shown.size < state.regimes.length) {
    c.regimes = state.regimes.map((r) => r.id).filter((id) => state.shown.has(id));
  }
  return c;
}

function markChanged() {
  for (const f of state.facts) {
    const v = document.getElementById(factInputId(f.name)).value;
    document.getElementById("field-" + f.name).classList.toggle("changed", v !== f.default);
  }
  for (const s of state.switches) {
    const v = document.getElementById(switchInputId(s.name)).value;
    document.getElementById("field-" + s.name).classList.toggle("changed", v !== s.default);
  }
}

/** A URL that reproduces the case (and the explained cell): everything in the fragment. */
function caseUrl(cell) {
  const c = readCase();
  const p = new URLSearchParams();
  p.set("date", c.date);
  for (const [k, v] of Object.entries(c.facts)) p.set(k, String(v));
  for (const [k, v] of Object.entries(c.interpretations)) p.set(k, v);
  if (c.regimes) p.set("regimes", c.regimes.join(","));
  if (cell) p.set("cell", cell.regime + "/" + cell.action);
  return location.origin + location.pathname + "#" + p.toString();
}

function caseFromFragment() {
  const hash = location.hash.replace(/^#/, "");
  if (!hash) return null;
  const p = new URLSearchParams(hash);
  const c = { date: p.get("date") || defaultCase().date, facts: {}, interpretations: {}, cell: null };
  for (const f of state.facts) if (p.has(f.name)) c.facts[f.name] = p.get(f.name);
  for (const s of state.switches) if (p.has(s.name)) c.interpretations[s.name] = p.get(s.name);
  const known = new Set(state.regimes.map((r) => r.id));
  if (p.has("regimes")) c.regimes = p.get("regimes").split(",").filter((id) => known.has(id));
  const cell = p.get("cell");
  if (cell && cell.includes("/")) {
    const [regime, action] = cell.split("/");
    c.cell = { regime, action };
  }
  return c;
}

async function copyLink(url, statusNode) {
  try {
    await navigator.clipboard.writeText(url);
    statusNode.textContent = "Link copied.";
  } catch (e) {
    statusNode.textContent = "Copy this link: " + url;
  }
}

// ---- evaluation and the matrix ----------------------------------------------------------

let pending = null;
function onCaseChanged() {
  markChanged();
  clearTimeout(pending);
  pending = setTimeout(evaluate, 120);
}

async function evaluate() {
  const seq = ++state.requestSeq;
  const statusNode = document.getElementById("eval-status");
  const c = readCase();
  const caseKey = new URL(caseUrl(null)).hash.slice(1);
  history.replaceState(null, "", caseUrl(state.selected));
  try {
    const result = await postJson("/api/evaluate", c);
    if (seq !== state.requestSeq) return; // a newer case is on its way
    state.lastResult = result;
    statusNode.textContent = "Evaluated on " + result.date + " under " + result.regimes.length + " regimes; "
      + result.differing.length + " of " + result.actions.length + " actions differ across regimes.";
    statusNode.classList.remove("error");
    renderMatrix();
    document.getElementById("matrix").dataset.case = caseKey; // which case the matrix shows (tests wait on it)
    if (state.selected) explain(state.selected.regime, state.selected.action);
  } catch (e) {
    if (seq !== state.requestSeq) return;
    statusNode.textContent = "Cannot evaluate this case: " + e.message;
    statusNode.classList.add("error");
  }
}

function renderMatrix() {
  const result = state.lastResult;
  if (!result) return;
  const table = document.getElementById("matrix");
  const onlyDiffering = document.getElementById("only-differing").checked;
  const byCell = new Map(result.verdicts.map((v) => [v.regime + "/" + v.action, v]));
  const differing = new Set(result.differing);
  const head = el("tr", {}, el("th", { scope: "col", text: "Action" }),
    result.regimes.map((id) => {
      const r = state.regimes.find((x) => x.id === id) || { id };
      return el("th", { scope: "col", title: r.title || id }, r.shortName || id,
        el("span", { class: "level", text: [r.level, r.status].filter(Boolean).join(" · ") }));
    }));
  const rows = [];
  for (const action of result.actions) {
    const differs = differing.has(action);
    if (onlyDiffering && !differs) continue;
    rows.push(el("tr", { class: differs ? "differs" : null, "data-action": action },
      el("th", { scope: "row" }, action, differs ? el("span", { class: "differs-mark", text: "differs" }) : null,
        el("span", { class: "q", text: actionQuestion(action) })),
      result.regimes.map((regime) => {
        const v = byCell.get(regime + "/" + action);
        if (v.status === "depends") return el("td", {}, dependsCell(v, regime, action));
        const cite = v.provisions.length ? v.provisions[0].cite + (v.provisions.length > 1 ? " +" + (v.provisions.length - 1) : "") : "";
        const selected = state.selected && state.selected.regime === regime && state.selected.action === action;
        const button = el("button", {
          type: "button", class: "cell st-" + v.status + (selected ? " selected" : ""),
          id: "cell-" + regime + "--" + action, "data-regime": regime, "data-action": action,
          "data-status": v.status, title: cite ? v.status + ": " + v.provisions.map((p) => p.cite).join("; ") : v.status,
          "aria-label": regimeName(regime) + ", " + action + ": " + v.status + (cite ? ", " + cite : "") + ". Show why.",
        }, el("span", { class: "word", text: v.status }), cite ? el("span", { class: "cite", text: cite }) : null);
        button.addEventListener("click", () => {
          state.selected = { regime, action };
          history.replaceState(null, "", caseUrl(state.selected));
          renderMatrix();
          explain(regime, action).then(() => document.getElementById("explanation").scrollIntoView({ block: "nearest" }));
        });
        return el("td", {}, button);
      })));
  }
  table.replaceChildren(el("thead", {}, head), el("tbody", {}, rows));
}

/** "permitted if warrant = judicial; forbidden if warrant ≠ judicial": a contingent answer's branches. */
function conditionsText(contingent) {
  return contingent.branches.map((b) => b.status + " if " + b.when.map((p) => p.join(" and ") || "always").join("; or ")).join("; ");
}

/** A cell whose answer turns on unknown facts: "depends", and on what. */
function dependsCell(v, regime, action) {
  const selected = state.selected && state.selected.regime === regime && state.selected.action === action;
  const conditions = conditionsText(v.contingent);
  const button = el("button", {
    type: "button", class: "cell st-depends" + (selected ? " selected" : ""),
    id: "cell-" + regime + "--" + action, "data-regime": regime, "data-action": action,
    "data-status": "depends", title: "depends: " + conditions,
    "aria-label": regimeName(regime) + ", " + action + ": depends: " + conditions + ". Show why.",
  }, el("span", { class: "word", text: "depends" }), el("span", { class: "cite conditions", text: conditions }));
  button.addEventListener("click", () => {
    state.selected = { regime, action };
    history.replaceState(null, "", caseUrl(state.selected));
    renderMatrix();
    explain(regime, action).then(() => document.getElementById("explanation").scrollIntoView({ block: "nearest" }));
  });
  return button;
}

/** The explanation of a cell while facts are unknown: each answer and when it holds; which unknowns matter. */
function renderContingent(x) {
  const panel = document.getElementById("explanation");
  const c = x.contingent;
  const parts = [];
  parts.push(el("h3", {}, regimeName(x.regime) + " · " + x.action + ": ",
    el("span", { class: "st st-" + c.status, text: c.status })));
  parts.push(el("p", { class: "hint", text: "Unknown: " + c.unknown.join(", ") + " — " + c.cases + " combinations weighed." }));
  parts.push(el("h4", { text: c.status === "depends" ? "When each answer holds" : "The answer" }));
  parts.push(el("ul", { id: "contingent-branches" }, c.branches.map((b) => el("li", {},
    el("span", { class: "st st-" + b.status, text: b.status }),
    c.status === "depends" ? " if " + b.when.map((p) => p.join(" and ")).join("; or ") : "",
    b.provisions.length ? " — " + b.provisions.map((p) => p.cite).join("; ") : ""))));
  if (c.matters.length) {
    parts.push(el("h4", { text: "Find out, most decisive first" }), el("ol", { id: "contingent-matters" },
      c.matters.map((m) => el("li", {}, m.fact, el("span", { class: "hint", text: " — " + m.byValue.join("; ") })))));
  }
  if (c.whatever.length) {
    parts.push(el("p", { id: "contingent-whatever", text: "Holds whatever: " + c.whatever.join(", ") + "." }));
  }
  panel.replaceChildren(...parts);
  panel.dataset.cell = x.regime + "/" + x.action;
}

// ---- one cell's explanation -------------------------------------------------------------

async function explain(regime, action) {
  const panel = document.getElementById("explanation");
  const c = readCase();
  try {
    const x = await postJson("/api/explain", { ...c, regime, action });
    renderExplanation(x);
  } catch (e) {
    panel.replaceChildren(el("p", { class: "error", text: "Cannot explain: " + e.message }));
  }
}

function provisionItem(p) {
  return el("li", { "data-provision": p.id },
    el("span", { class: "cite-text", text: p.cite }), " — " + p.title + " ",
    el("span", { class: "basis", title: "basis", text: p.basis }),
    p.summary ? el("div", { text: p.summary }) : null,
    p.source ? el("div", { class: "hint", text: "Source: " + p.source }) : null);
}

function renderExplanation(x) {
  if (x.contingent) { renderContingent(x); return; }
  const panel = document.getElementById("explanation");
  const v = x.verdict;
  const why = x.why || {};
  const parts = [];
  parts.push(el("h3", {}, regimeName(x.regime) + " · " + x.action + ": ",
    el("span", { class: "st st-" + v.status, text: v.status })));
  const question = x.question.charAt(0).toUpperCase() + x.question.slice(1);
  parts.push(el("p", { class: "hint", text: question + " — " + (x.regimeTitle || x.regime) + ", on " + x.date }));
  parts.push(el("h4", { text: "Why" }), el("p", { class: "verdict-line", text: whySentence(v, why) }));
  parts.push(el("h4", { text: v.status === "conflict" ? "Provisions in conflict" : "Deciding provisions" }));
  const provisions = why.provisions || [];
  parts.push(provisions.length ? el("ul", { id: "deciding-provisions" }, provisions.map(provisionItem))
    : el("p", { class: "hint", text: "None: no provision of this regime addresses this action on these facts." }));
  if (v.claims && v.claims.length) {
    parts.push(el("ul", { id: "conflict-claims" }, v.claims.map((c) =>
      el("li", {}, el("span", { class: "cite-text", text: c.cite }), " says ", el("span", { class: "st st-" + c.status, text: c.status })))));
  }
  if (why.rules && why.rules.length) {
    parts.push(el("p", { class: "hint", text: "Rules: " + why.rules.map((r) => r.file + ":" + r.line).join(", ") }));
  }
  if (why.because && why.because.length) {
    parts.push(el("h4", { text: "Facts that mattered" }), el("ul", {}, why.because.map((b) => el("li", { text: b }))));
  }
  parts.push(el("h4", { text: "Overridden provisions (applied, but gave way to an exception)" }));
  const overridden = why.overridden || [];
  parts.push(overridden.length ? el("ul", { id: "overridden-provisions" }, overridden.map(provisionItem))
    : el("p", { class: "hint", text: "None gave way here." }));
  if (why.exceptionsNotMet && why.exceptionsNotMet.length) {
    parts.push(el("h4", { text: "Exceptions that did not apply" }), el("ul", {}, why.exceptionsNotMet.map((r) =>
      el("li", {}, el("span", { class: "cite-text", text: r.cites ? r.cites.cite : r.provision }),
        r.cites ? " — " + r.cites.title : "", r.reads && r.reads.length ? el("span", { class: "hint", text: " (reads " + r.reads.join(", ") + ")" }) : null))));
  }
  if (v.notes && v.notes.length) {
    parts.push(el("h4", { text: "Notes" }), el("ul", {}, v.notes.map((n) => el("li", { text: n }))));
  }
  if (x.whyNot) {
    parts.push(el("h4", { text: "Why not: the smallest changes that would change the answer" }));
    parts.push(x.whyNot.length ? el("ul", { id: "why-not" }, x.whyNot.map(whyNotItem))
      : el("p", { class: "hint", text: "No change of one or two facts or readings changes this answer." }));
  }
  const readings = Object.entries(x.interpretations || {});
  if (readings.length) {
    parts.push(el("h4", { text: "Readings in force" }),
      el("ul", {}, readings.map(([k, val]) => el("li", { text: k + " = " + val }))));
  }
  const url = caseUrl({ regime: x.regime, action: x.action });
  const linkInput = el("input", { type: "text", readonly: true, value: url, "aria-label": "Link to this case and cell", id: "cell-link" });
  const copyStatus = el("span", { class: "hint", role: "status" });
  parts.push(el("div", { class: "link-box" }, linkInput,
    el("button", { type: "button", id: "copy-cell-link", onclick: () => copyLink(url, copyStatus) }, "Copy link"),
    copyStatus));
  panel.replaceChildren(...parts);
  panel.dataset.cell = x.regime + "/" + x.action;
}

function whySentence(v, why) {
  if (v.status === "silent") return "The regime does not address this action on these facts.";
  const cites = (why.provisions || v.provisions).map((p) => p.cite).join(" and ");
  const because = why.because && why.because.length ? ", because " + why.because.join(", ") : "";
  const word = v.status === "conflict" ? "In conflict between" : v.status.charAt(0).toUpperCase() + v.status.slice(1) + " by";
  return word + " " + cites + because + ".";
}

function whyNotItem(w) {
  const changes = w.changes.map((c) => c.fact + ": " + c.from + " → " + c.to + (c.range ? " (" + c.range + ")" : "")).join(" and ");
  const cite = w.provisions && w.provisions.length ? " (" + w.provisions.map((p) => p.cite).join(", ") + ")" : "";
  return el("li", {}, changes + " ⇒ ", el("span", { class: "st st-" + w.status, text: w.status }), cite);
}

// ---- compare ----------------------------------------------------------------------------

function buildCompare() {
  const a = document.getElementById("compare-a");
  const b = document.getElementById("compare-b");
  for (const r of state.regimes) {
    a.append(el("option", { value: r.id, text: r.shortName + " — " + r.id }));
    b.append(el("option", { value: r.id, text: r.shortName + " — " + r.id }));
  }
  if (state.regimes.length > 1) b.selectedIndex = 1;
  document.getElementById("compare-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const out = document.getElementById("compare-result");
    out.replaceChildren(el("p", { class: "hint", text: "Comparing…" }));
    try {
      const d = await getJson("/api/diff?a=" + encodeURIComponent(a.value) + "&b=" + encodeURIComponent(b.value));
      renderDiff(d);
    } catch (e) {
      out.replaceChildren(el("p", { class: "error", text: "Cannot compare: " + e.message }));
    }
  });
}

function renderDiff(d) {
  const out = document.getElementById("compare-result");
  const nameA = regimeName(d.first);
  const nameB = regimeName(d.second);
  const parts = [el("p", { id: "diff-summary", text: nameA + " and " + nameB + " disagree on " + d.disagreeing
    + " enumerated case" + (d.disagreeing === 1 ? "" : "s") + " across " + d.actions.filter((a) => a.disagreeing > 0).length
    + " action(s)." })];
  for (const a of d.actions) {
    if (!a.patterns.length) continue;
    parts.push(el("h3", { text: a.action + " — " + a.disagreeing + " of " + a.cases + " cases differ" }));
    parts.push(el("p", { class: "hint", text: actionQuestion(a.action) + (a.axes.length ? " Facts varied: " + a.axes.join(", ") + "." : "") }));
    for (const p of a.patterns) {
      const when = p.when.length ? p.when.map((c) => c.text).join("; ") : "always";
      const ex = p.example;
      parts.push(el("div", { class: "pattern", "data-action": a.action, "data-first": p.first, "data-second": p.second },
        el("p", {}, nameA + " says ", el("span", { class: "st st-" + p.first, text: p.first }), ", " + nameB + " says ",
          el("span", { class: "st st-" + p.second, text: p.second }), " when " + when + " (" + p.cases + " case" + (p.cases === 1 ? "" : "s") + ")."),
        el("p", { class: "hint", text: "Example: " + exampleText(ex) }),
        el("button", { type: "button", class: "load-example", onclick: () => loadExample({ ...ex, regime: d.first, action: a.action, regimes: [d.first, d.second] }) },
          "Load this example into the case builder")));
    }
  }
  if (parts.length === 1) parts.push(el("p", { text: "The two regimes agree on every case." }));
  out.replaceChildren(...parts);
}

function exampleText(ex) {
  const facts = Object.entries(ex.facts || {}).map(([k, v]) => k + " = " + v);
  const readings = Object.entries(ex.interpretations || {}).map(([k, v]) => k + " = " + v);
  return "on " + ex.date + (facts.length ? ", " + facts.join(", ") : ", every fact at its default")
    + (readings.length ? "; readings " + readings.join(", ") : "");
}

function loadExample(example) {
  // An example case from the diff: facts (wire names and values), date, interpretations.
  document.getElementById("preset").value = "";
  setCase({ date: example.date, facts: example.facts || {}, interpretations: example.interpretations || {} });
  for (const id of example.regimes || []) {
    if (state.shown.has(id)) continue;
    state.shown.add(id);
    document.getElementById("show-" + id).checked = true;
  }
  updateRegimeSummary();
  state.selected = example.regime && example.action ? { regime: example.regime, action: example.action } : null;
  showTab("case");
  onCaseChanged();
}

// ---- regimes ----------------------------------------------------------------------------

function buildRegimes() {
  const list = document.getElementById("regimes-list");
  list.append(el("p", { class: "jump" }, "Jump to: ", state.regimes.map((r) =>
    el("button", { type: "button", class: "linklike", onclick: () => document.getElementById("regime-" + r.id).scrollIntoView() },
      r.shortName || r.id))));
  for (const r of state.regimes) {
    const dates = Object.entries(r.dates || {});
    const v = r.validity || {};
    const validity = v.from ? "in force from " + v.from + (v.to ? " to " + v.to : "") : "never in force";
    list.append(el("article", { class: "regime", id: "regime-" + r.id },
      el("h3", { text: r.title }),
      el("p", { class: "meta", text: [r.id, r.level, r.kind, r.status, r.jurisdiction, validity].filter(Boolean).join(" · ") }),
      dates.length ? el("dl", { class: "dates" }, dates.map(([k, d]) => [el("dt", { text: k }), el("dd", { text: d })])) : null,
      (v.events || []).length ? el("ul", {}, v.events.map((e) => el("li", { text: e.date + ": " + e.change + (e.note ? " — " + e.note : "") }))) : null,
      r.notes ? el("p", { text: r.notes }) : null,
      el("h4", { text: "Sources" }),
      el("ul", {}, (r.sources || []).map((s) => el("li", {}, s.title + (s.date ? " (" + s.date + ")" : ""),
        s.where ? el("span", { class: "hint", text: " — " + s.where }) : null))),
      el("h4", { text: "Provisions" }),
      el("table", { class: "provisions" },
        el("thead", {}, el("tr", {}, ["Citation", "Title", "Basis", "Source", "Summary"].map((h) => el("th", { scope: "col", text: h })))),
        el("tbody", {}, r.provisions.map((p) => el("tr", { id: "provision-" + p.id },
          el("td", { class: "cite-text", text: p.cite }), el("td", { text: p.title }),
          el("td", {}, el("span", { class: "basis", text: p.basis })), el("td", { text: p.source || "" }),
          el("td", { text: p.summary || "" }))))),
      r.switches.length ? [el("h4", { text: "Interpretation switches" }),
        el("ul", {}, r.switches.map((s) => el("li", { text: s.name + ": " + s.values.join(" | ") + " (default " + s.default + ") — " + s.meaning })))] : null));
  }
}

// ---- tabs and start ---------------------------------------------------------------------

function showTab(name) {
  for (const t of ["case", "compare", "regimes"]) {
    document.getElementById("view-" + t).hidden = t !== name;
    document.getElementById("tab-button-" + t).setAttribute("aria-pressed", String(t === name));
  }
}

async function start() {
  for (const b of document.querySelectorAll("button.tab")) b.addEventListener("click", () => showTab(b.dataset.tab));
  try {
    const [facts, regimes, actions, scenarios] = await Promise.all([
      getJson("/api/facts"), getJson("/api/regimes"), getJson("/api/actions"), getJson("/api/scenarios")]);
    state.facts = facts.facts;
    state.regimes = regimes.regimes;
    state.actions = actions.actions;
    state.scenarios = scenarios.scenarios;
    const byName = new Map();
    for (const r of state.regimes) for (const s of r.switches) if (!byName.has(s.name)) byName.set(s.name, { ...s, regime: r.id });
    state.switches = [...byName.values()];
  } catch (e) {
    document.getElementById("eval-status").textContent = "Cannot reach the server: " + e.message;
    return;
  }
  buildForm();
  buildCompare();
  buildRegimes();
  const fromUrl = caseFromFragment();
  showRegimes(fromUrl && fromUrl.regimes ? fromUrl.regimes : state.regimes.map((r) => r.id));
  setCase(fromUrl || defaultCase());
  if (fromUrl && fromUrl.cell) state.selected = fromUrl.cell;
  await evaluate();
  document.body.setAttribute("data-ready", "true");
}

document.addEventListener("DOMContentLoaded", start);
