// ice-rules workbench: plain JavaScript, no build step, no network beyond this server.
// Every piece of data goes into the page through textContent, never as HTML. Every word about the
// law (standing, why sentences, questions) comes from the server, which says them as the CLI does.
"use strict";

const DATE_MIN = "1900-01-01";
const DATE_MAX = "2100-12-31";

const state = {
  facts: [],          // [{name, type, label, values, default}]
  regimes: [],        // [{id, title, shortName, level, status, validity, switches, ...}]
  actions: [],        // [{id, question}]
  scenarios: [],      // presets, each with its theme (the folder under scenarios/)
  switches: [],       // [{name, values, default, meaning, regime}]
  selected: null,     // {regime, action} of the explained cell; regime "law" for the law in force
  shown: null,        // Set of the regime ids chosen for the matrix
  lastResult: null,   // the last /api/evaluate answer
  law: null,          // the last /api/law answer
  requestSeq: 0,
  linkValues: new Map(), // input id -> what the link said that the field cannot show
  badRegimes: [],     // regime ids in the link that do not exist
  unknownParts: [],   // parts of the link that name no fact, switch or setting
  jurisdiction: null, // the case's place (a preset's or the link's); null: the rules folder's default
};

// ---- small helpers ---------------------------------------------------------------------

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("data-") || k.startsWith("aria-")) node.setAttribute(k, v);
    else if (k in node && typeof v !== "string") node[k] = v;
    else node.setAttribute(k, v);
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** An answer the server refused: its message, and the field it names (e.g. "facts.warrant"). */
class ApiProblem extends Error {
  constructor(message, field) { super(message); this.field = field || null; }
}

async function answer(r) {
  let body;
  try { body = await r.json(); } catch (e) { throw new ApiProblem("the server answered " + r.status, null); }
  if (!r.ok) throw new ApiProblem(body.error, body.field);
  return body;
}

async function getJson(path) {
  return answer(await fetch(path, { headers: { Accept: "application/json" } }));
}

async function postJson(path, payload) {
  return answer(await fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(payload),
  }));
}

function regimeOf(id) { return state.regimes.find((x) => x.id === id); }
function regimeName(id) { const r = regimeOf(id); return r ? r.shortName || r.title : id; }
function actionQuestion(id) { const a = state.actions.find((x) => x.id === id); return a ? a.question : id; }
function capitalized(s) { return s ? s.charAt(0).toUpperCase() + s.slice(1) : s; }

// ---- the case form ------------------------------------------------------------------------

function factInputId(name) { return "fact-" + name; }
function switchInputId(name) { return "switch-" + name; }

/** A field: its label, the input, a hint and a place for a problem in plain words (aria-describedby both). */
function field(id, fieldId, labelText, input, extra, hintText) {
  input.setAttribute("aria-describedby", "hint-" + id + " error-" + id);
  return el("div", { class: "field", id: fieldId },
    el("label", { for: id, text: labelText }), input, extra,
    el("p", { class: "hint", id: "hint-" + id, text: hintText }),
    el("p", { class: "field-error", id: "error-" + id, hidden: true }));
}

function buildForm() {
  const facts = document.getElementById("facts");
  for (const f of state.facts) {
    const id = factInputId(f.name);
    let input;
    let unknownBox = null;
    if (f.type === "number") {
      input = el("input", { type: "number", id, min: "0", step: "any", inputmode: "decimal", "data-fact": f.name });
      // a number's third state: not known (the answer is then weighed over every value)
      unknownBox = el("input", { type: "checkbox", id: id + "-unknown", "data-unknown": f.name });
      unknownBox.addEventListener("change", () => { input.disabled = unknownBox.checked; onCaseChanged(); });
    } else {
      // beside the values, "unknown": the answer is then weighed over every value
      input = el("select", { id, "data-fact": f.name },
        f.values.concat(["unknown"]).map((v) => el("option", { value: v, text: v })));
    }
    input.addEventListener("change", () => onFieldEdited(input));
    input.addEventListener("input", () => onFieldEdited(input));
    facts.append(field(id, "field-" + f.name, f.label, input,
      unknownBox ? el("label", { class: "unknown-box", for: id + "-unknown" }, unknownBox, " unknown") : null,
      f.name + " · default: " + f.default));
  }
  const switches = document.getElementById("switches");
  if (state.switches.length === 0) {
    switches.append(el("p", { class: "hint", text: "No regime declares an interpretation switch." }));
  }
  for (const s of state.switches) {
    const id = switchInputId(s.name);
    const input = el("select", { id, "data-switch": s.name }, s.values.map((v) => el("option", { value: v, text: v })));
    input.addEventListener("change", () => onFieldEdited(input));
    switches.append(field(id, "field-" + s.name, s.meaning, input, null,
      s.name + " (" + regimeName(s.regime) + ") · default: " + s.default));
  }
  buildPresets();
  const date = document.getElementById("date");
  date.addEventListener("change", () => onFieldEdited(date));
  document.getElementById("hint-date").textContent = "default: " + defaultDate()
    + " (the day the newest regime here took effect); from " + DATE_MIN + " to " + DATE_MAX;
  document.getElementById("reset").addEventListener("click", () => {
    document.getElementById("preset").value = "";
    document.getElementById("preset-title").textContent = "";
    forgetLinkProblems();
    setCase(defaultCase());
    state.selected = null;
    onCaseChanged();
  });
  document.getElementById("copy-case-link").addEventListener("click", () =>
    copyLink(caseQuery(null), document.getElementById("copy-case-result")));
  document.getElementById("open-link-button").addEventListener("click", openPastedLink);
  document.getElementById("open-link").addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") { ev.preventDefault(); openPastedLink(); }
  });
  document.getElementById("only-differing").addEventListener("change", renderMatrix);
  document.getElementById("only-in-force").addEventListener("change", () => {
    if (state.selected && state.selected.regime !== "law" && !columnShown(state.selected.regime)) state.selected = null;
    history.replaceState(null, "", caseQuery(state.selected));
    renderMatrix();
  });
  document.getElementById("download-matrix").addEventListener("click", () =>
    download("matrix", { ...caseOnly(readCase()), regimes: visibleColumns() }));
  document.getElementById("download-law").addEventListener("click", () => download("law", caseOnly(readCase())));
  buildRegimeFilter();
}

/** The presets in one list, grouped by their folder under scenarios/ (detainers, access, …). */
function buildPresets() {
  const preset = document.getElementById("preset");
  const themes = new Map();
  for (const sc of state.scenarios) {
    const theme = sc.theme || "other";
    if (!themes.has(theme)) themes.set(theme, []);
    themes.get(theme).push(sc);
  }
  for (const [theme, list] of [...themes.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    preset.append(el("optgroup", { label: capitalized(theme.replace(/-/g, " ")) },
      list.map((sc) => el("option", { value: sc.id, text: sc.title + " (" + sc.date + ")" }))));
  }
  preset.addEventListener("change", () => {
    const sc = state.scenarios.find((x) => x.id === preset.value);
    forgetLinkProblems();
    if (sc) {
      setCase({ date: sc.date, jurisdiction: sc.jurisdiction, facts: sc.facts, interpretations: sc.interpretations });
      document.getElementById("preset-title").textContent = sc.notes || sc.source || "";
      document.getElementById("only-in-force").checked = true; // a real case: first what was law that day
    } else {
      setCase(defaultCase());
      document.getElementById("preset-title").textContent = "";
    }
    state.selected = null;
    onCaseChanged();
  });
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
  for (const level of [...new Set(state.regimes.map((r) => r.level))]) {
    const button = el("button", { type: "button", id: "regimes-level-" + level, "data-level": level, text: "Only " + level });
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
  state.badRegimes = [];
  updateRegimeSummary();
  if (state.selected && state.selected.regime !== "law" && !state.shown.has(state.selected.regime)) state.selected = null;
  onCaseChanged();
}

function updateRegimeSummary() {
  // none chosen: the server shows the regimes of the case's place (those of other places do not apply there)
  document.getElementById("regime-filter-summary").textContent = state.shown.size < state.regimes.length
    ? "Regimes shown: " + state.shown.size + " of " + state.regimes.length + " (choose)"
    : "Regimes shown: those of the case's place (choose)";
}

/** The default day: the day the newest regime took effect (from the data, not the clock), so every layer is in reach. */
function defaultDate() {
  const starts = state.regimes.map((r) => r.validity && r.validity.from).filter(Boolean).sort();
  return starts.length ? starts[starts.length - 1] : DATE_MIN;
}

function defaultCase() {
  return { date: defaultDate(), facts: {}, interpretations: {} };
}

/** Puts a value in a select; one it does not offer is shown as such (and marked), never silently replaced. */
function setSelect(select, value, fallback) {
  for (const o of [...select.options]) if (o.dataset.invalid) o.remove();
  if ([...select.options].some((o) => o.value === value)) { select.value = value; return; }
  if (value === undefined || value === null) { select.value = fallback; return; }
  select.append(el("option", { value, "data-invalid": "true", text: value + " (from the link: not a possible value)" }));
  select.value = value;
}

function setCase(c) {
  state.jurisdiction = c.jurisdiction || null; // the matrix then shows the regimes of that place
  const date = document.getElementById("date");
  const d = c.date === undefined || c.date === null ? defaultDate() : c.date;
  date.value = d;
  if (date.value !== d) state.linkValues.set("date", d); // not a date the field can hold
  for (const f of state.facts) {
    const id = factInputId(f.name);
    const input = document.getElementById(id);
    const given = c.facts && c.facts[f.name] !== undefined ? String(c.facts[f.name]) : undefined;
    const v = given === undefined ? f.default : given;
    const box = document.getElementById(id + "-unknown");
    if (box) {
      box.checked = v === "unknown";
      input.disabled = box.checked;
      if (v === "unknown") input.value = f.default;
      else if (v.trim() === "") input.value = ""; // empty: marked as such
      else if (/^\d+(\.\d+)?$/.test(v.trim())) input.value = v.trim();
      else { input.value = ""; state.linkValues.set(id, v); }
    } else {
      setSelect(input, v, f.default);
    }
  }
  for (const s of state.switches) {
    const v = c.interpretations && c.interpretations[s.name] !== undefined ? c.interpretations[s.name] : s.default;
    setSelect(document.getElementById(switchInputId(s.name)), v, s.default);
  }
  markChanged();
}

/** The case as the API takes it (only facts and readings that differ from their defaults); call after formProblems(). */
function readCase() {
  const facts = {};
  for (const f of state.facts) {
    const raw = document.getElementById(factInputId(f.name)).value;
    const box = document.getElementById(factInputId(f.name) + "-unknown");
    if (raw === "unknown" || (box && box.checked)) { facts[f.name] = "unknown"; continue; }
    if (raw === f.default) continue;
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
  if (state.jurisdiction) c.jurisdiction = state.jurisdiction;
  if (state.shown && state.shown.size < state.regimes.length) {
    c.regimes = state.regimes.map((r) => r.id).filter((id) => state.shown.has(id));
  }
  return c;
}

function caseOnly(c) {
  const only = { date: c.date, facts: c.facts, interpretations: c.interpretations };
  if (c.jurisdiction) only.jurisdiction = c.jurisdiction;
  return only;
}

function markChanged() {
  for (const f of state.facts) {
    const v = document.getElementById(factInputId(f.name)).value;
    const box = document.getElementById(factInputId(f.name) + "-unknown");
    document.getElementById("field-" + f.name).classList.toggle("changed", v !== f.default || (box && box.checked));
  }
  for (const s of state.switches) {
    const v = document.getElementById(switchInputId(s.name)).value;
    document.getElementById("field-" + s.name).classList.toggle("changed", v !== s.default);
  }
}

function onFieldEdited(input) {
  state.linkValues.delete(input.id);
  if (input.tagName === "SELECT" && !input.selectedOptions[0]?.dataset.invalid) {
    for (const o of [...input.options]) if (o.dataset.invalid) o.remove();
  }
  onCaseChanged();
}

// ---- an honest form: what the page cannot show is marked on its field, and nothing is evaluated ------

/** Every field whose value the page cannot evaluate as shown: [{id, label, message}]. */
function formProblems() {
  const out = [];
  const date = document.getElementById("date");
  if (state.linkValues.has("date")) {
    out.push({ id: "date", message: "The link gave “" + state.linkValues.get("date") + "”, which is not a date. Choose the day." });
  } else if (!date.value) {
    out.push({ id: "date", message: "Enter the day the steps would happen." });
  } else if (date.value < DATE_MIN || date.value > DATE_MAX) {
    out.push({ id: "date", message: "Choose a day from " + DATE_MIN + " to " + DATE_MAX + " (this one is " + date.value + ")." });
  }
  for (const f of state.facts) {
    const id = factInputId(f.name);
    const input = document.getElementById(id);
    if (f.type === "number") {
      if (document.getElementById(id + "-unknown").checked) continue;
      if (state.linkValues.has(id)) {
        out.push({ id, message: "The link gave “" + state.linkValues.get(id) + "”, which is not a number. Enter a number of 0 or more, or tick unknown." });
      } else if (input.validity.badInput) {
        out.push({ id, message: "This is not a number. Enter a number of 0 or more, or tick unknown." });
      } else if (input.value === "") {
        out.push({ id, message: "Empty. Enter a number of 0 or more, or tick unknown." });
      } else if (!(Number(input.value) >= 0)) {
        out.push({ id, message: "Enter a number of 0 or more (this one is " + input.value + ")." });
      }
    } else if (input.selectedOptions[0] && input.selectedOptions[0].dataset.invalid) {
      out.push({ id, message: "“" + input.value + "” is not a value of this fact. Choose one of: " + f.values.join(", ") + ", or unknown." });
    }
  }
  for (const s of state.switches) {
    const id = switchInputId(s.name);
    const input = document.getElementById(id);
    if (input.selectedOptions[0] && input.selectedOptions[0].dataset.invalid) {
      out.push({ id, message: "“" + input.value + "” is not a reading of this text. Choose one of: " + s.values.join(", ") + "." });
    }
  }
  if (state.badRegimes.length) {
    out.push({ id: "regime-filter", message: "The link names regimes that do not exist here: " + state.badRegimes.join(", ")
      + ". Choose the regimes to show (or All)." });
  }
  return out;
}

/** Marks each problem on its field (aria-invalid and the message beside it); clears the others. */
function showProblems(problems) {
  for (const node of document.querySelectorAll("[aria-invalid='true']")) node.removeAttribute("aria-invalid");
  for (const node of document.querySelectorAll(".field-error")) { node.hidden = true; node.textContent = ""; }
  for (const node of document.querySelectorAll(".field.invalid")) node.classList.remove("invalid");
  for (const p of problems) {
    const input = document.getElementById(p.id === "regime-filter" ? "regime-filter-summary" : p.id);
    const error = document.getElementById("error-" + p.id);
    if (input) input.setAttribute("aria-invalid", "true");
    if (error) { error.textContent = p.message; error.hidden = false; }
    if (input && input.closest(".field")) input.closest(".field").classList.add("invalid");
  }
  const list = document.getElementById("eval-problems");
  list.replaceChildren(problems.length ? el("ul", { class: "problem-list" }, problems.map((p) =>
    el("li", {}, el("button", { type: "button", class: "linklike", onclick: () => focusField(p.id) }, fieldLabel(p.id)),
      ": " + p.message))) : "");
}

function fieldLabel(id) {
  if (id === "regime-filter") return "Regimes shown";
  const label = document.querySelector("label[for='" + id + "']");
  return label ? label.textContent : id;
}

function focusField(id) {
  if (id === "regime-filter") { document.getElementById("regime-filter").open = true; id = "regime-filter-summary"; }
  const input = document.getElementById(id);
  if (input) { input.scrollIntoView({ block: "center" }); input.focus(); }
}

/** The field a server's error names ("facts.warrant", "interpretations.x", "date", "regimes[0]"). */
function inputForServerField(name) {
  if (!name) return null;
  if (name === "date") return "date";
  if (name.startsWith("facts.")) return factInputId(name.slice(6).split(".")[0]);
  if (name.startsWith("interpretations.")) return switchInputId(name.slice(16));
  if (name.startsWith("regimes")) return "regime-filter";
  return null;
}

function forgetLinkProblems() {
  state.linkValues.clear();
  state.badRegimes = [];
  state.unknownParts = [];
  renderLinkProblems();
}

function renderLinkProblems() {
  const box = document.getElementById("link-problems");
  if (!state.unknownParts.length) { box.hidden = true; box.replaceChildren(); return; }
  box.hidden = false;
  box.replaceChildren(el("p", { class: "link-error", id: "error-link" },
    "The link has parts this page does not know, so it shows the case without them: "
    + state.unknownParts.join(", ") + ". Check the facts below."),
  el("button", { type: "button", id: "ignore-link-parts", onclick: () => { state.unknownParts = []; renderLinkProblems(); onCaseChanged(); } },
    "Go on without them"));
}

// ---- the case as a link: a query string, never a host ---------------------------------------

/** "?date=…&fact=value…": the case (and the explained cell) as a link that works on any workbench's host. */
function caseQuery(cell) {
  const p = new URLSearchParams();
  const date = document.getElementById("date");
  p.set("date", state.linkValues.get("date") || date.value);
  for (const f of state.facts) {
    const id = factInputId(f.name);
    const input = document.getElementById(id);
    const box = document.getElementById(id + "-unknown");
    const v = box && box.checked ? "unknown" : state.linkValues.get(id) ?? input.value;
    if (v !== f.default) p.set(f.name, v);
  }
  for (const s of state.switches) {
    const v = document.getElementById(switchInputId(s.name)).value;
    if (v !== s.default) p.set(s.name, v);
  }
  if (state.jurisdiction) p.set("jurisdiction", state.jurisdiction);
  if (state.shown && state.shown.size < state.regimes.length) {
    p.set("regimes", state.regimes.map((r) => r.id).filter((id) => state.shown.has(id)).join(","));
  }
  if (document.getElementById("only-in-force").checked) p.set("in-force", "1");
  if (cell) p.set("cell", cell.regime + "/" + cell.action);
  return "?" + p.toString();
}

/** Reads a link's case ("?…", or the older "#…"); what it cannot place is kept to be marked, not dropped. */
function caseFromLink(text) {
  const p = new URLSearchParams(text.replace(/^[^?#]*[?#]/, ""));
  const c = { date: null, facts: {}, interpretations: {}, regimes: null, cell: null, inForce: false };
  const unknown = [];
  for (const [k, v] of p) {
    if (k === "date") c.date = v;
    else if (k === "regimes") c.regimes = v.split(",").filter(Boolean);
    else if (k === "in-force") c.inForce = v === "1";
    else if (k === "jurisdiction") c.jurisdiction = v;
    else if (k === "cell" && v.includes("/")) { const [regime, action] = v.split("/"); c.cell = { regime, action }; }
    else if (state.facts.some((f) => f.name === k)) c.facts[k] = v;
    else if (state.switches.some((s) => s.name === k)) c.interpretations[k] = v;
    else unknown.push(k + "=" + v);
  }
  c.unknownParts = unknown;
  return c;
}

function applyLink(c) {
  forgetLinkProblems();
  const known = state.regimes.map((r) => r.id);
  if (c.regimes) {
    state.badRegimes = c.regimes.filter((id) => !known.includes(id));
    showRegimes(c.regimes.filter((id) => known.includes(id)));
  } else {
    showRegimes(known);
  }
  state.unknownParts = c.unknownParts;
  renderLinkProblems();
  document.getElementById("only-in-force").checked = c.inForce;
  setCase(c);
  state.selected = c.cell && (c.cell.regime === "law" || known.includes(c.cell.regime))
    && state.actions.some((a) => a.id === c.cell.action) ? c.cell : null;
}

function openPastedLink() {
  const text = document.getElementById("open-link").value.trim();
  if (!text) return;
  document.getElementById("preset").value = "";
  applyLink(caseFromLink(text));
  onCaseChanged();
}

async function copyLink(query, statusNode) {
  const note = " It holds the case, not this computer's address: paste it into “Open a shared case” on any "
    + "ice-rules workbench, or after that workbench's address.";
  try {
    await navigator.clipboard.writeText(query);
    statusNode.textContent = "Link copied: " + query + "." + note;
  } catch (e) {
    statusNode.textContent = "Copy this link: " + query + note;
  }
}

// ---- evaluation ----------------------------------------------------------------------------

let pending = null;
function onCaseChanged() {
  markChanged();
  clearTimeout(pending);
  pending = setTimeout(evaluate, 120);
}

/** Nothing on screen may answer a case the form does not show. */
function clearResults(why) {
  state.lastResult = null;
  state.law = null;
  document.getElementById("matrix").replaceChildren();
  document.getElementById("matrix").dataset.case = "";
  document.getElementById("law-layers").textContent = "";
  document.getElementById("standing-notes").textContent = "";
  for (const id of ["download-matrix", "download-law"]) document.getElementById(id).disabled = true;
  document.getElementById("explanation").replaceChildren(
    el("h3", { id: "explanation-heading", class: "sr-only", text: "Explanation" }), el("p", { class: "hint", text: why }));
}

async function evaluate() {
  const seq = ++state.requestSeq;
  const statusNode = document.getElementById("eval-status");
  const problems = formProblems();
  showProblems(problems);
  history.replaceState(null, "", caseQuery(state.selected));
  if (problems.length || state.unknownParts.length) {
    clearResults("Nothing is shown until the case is one the form can show.");
    statusNode.textContent = problems.length
      ? "Nothing evaluated: " + problems.length + " field" + (problems.length === 1 ? " needs" : "s need") + " a value (marked below and in the form)."
      : "Nothing evaluated: the link has parts this page does not know (see the form).";
    statusNode.classList.add("error");
    return;
  }
  const c = readCase();
  const caseKey = caseQuery(null).slice(1);
  try {
    const [result, law] = await Promise.all([postJson("/api/evaluate", c), postJson("/api/law", caseOnly(c))]);
    if (seq !== state.requestSeq) return; // a newer case is on its way
    state.lastResult = result;
    state.law = law;
    statusNode.classList.remove("error");
    renderLaw();
    renderMatrix();
    for (const id of ["download-matrix", "download-law"]) document.getElementById(id).disabled = !!result.unknown;
    document.getElementById("matrix").dataset.case = caseKey; // which case the matrix shows (tests wait on it)
    if (state.selected) explainSelected(false);
  } catch (e) {
    if (seq !== state.requestSeq) return;
    const id = inputForServerField(e.field);
    showProblems(id ? [{ id, message: e.message }] : []);
    clearResults("Nothing is shown: the server refused this case.");
    statusNode.textContent = "Cannot evaluate this case: " + e.message + (e.field ? " (" + fieldLabel(id || e.field) + ")" : "");
    statusNode.classList.add("error");
  }
}

// ---- the law in force and the matrix ---------------------------------------------------------

function renderLaw() {
  const law = state.law;
  const layers = law.layers.map((l) => l.shortName + " (" + l.level + (l.law ? "" : ", " + l.kind) + ")");
  document.getElementById("law-layers").textContent = "Law in force in " + law.place + " on " + law.date + ": "
    + (layers.length ? layers.join(", ") : "no layer") + ".";
}

/** The law column's answer for an action: {status, cite, why} (contingent when facts are unknown). */
function lawAnswer(action) {
  const law = state.law;
  if (!law) return null;
  if (law.contingent) {
    const c = law.contingent.find((x) => x.action === action);
    return { status: c.status, cite: c.status === "depends" ? conditionsText(c) : citeOf(c.branches[0] ? c.branches[0].provisions : []), contingent: c };
  }
  const a = law.actions.find((x) => x.action === action);
  const marks = [];
  if (a.preempted.length) marks.push("preempted below");
  if (a["grant-at-risk"].length) marks.push("grant at risk");
  if (a.conflicts.length) marks.push("layers conflict");
  return { status: a.status, cite: a.deciding.map((p) => regimeName(p.regime) + ": " + p.cite).join("; "), marks, combined: a };
}

function citeOf(provisions) {
  return provisions.length ? provisions[0].cite + (provisions.length > 1 ? " +" + (provisions.length - 1) : "") : "";
}

function columnShown(id) {
  const r = state.lastResult;
  return r && r.regimes.includes(id) && (!document.getElementById("only-in-force").checked || r.standing[id] === "in-force");
}

function visibleColumns() {
  const r = state.lastResult;
  return r ? r.regimes.filter(columnShown) : [];
}

function renderMatrix() {
  const result = state.lastResult;
  if (!result || !state.law) return;
  const table = document.getElementById("matrix");
  const onlyDiffering = document.getElementById("only-differing").checked;
  const onlyInForce = document.getElementById("only-in-force").checked;
  const columns = visibleColumns();
  const byCell = new Map(result.verdicts.map((v) => [v.regime + "/" + v.action, v]));
  const differing = new Set(onlyInForce ? result.differingInForce : result.differing);
  const amongLaw = new Set(result.differingInForce);
  const hidden = result.regimes.length - columns.length;
  document.getElementById("eval-status").textContent = "Evaluated on " + result.date + ": the law in force and "
    + columns.length + " regime" + (columns.length === 1 ? "" : "s")
    + (hidden ? " (" + hidden + " not law on this date hidden)" : "") + "; " + differing.size + " of "
    + result.actions.length + " actions differ" + (onlyInForce ? " among the regimes in force." : " among the regimes shown.");
  document.getElementById("standing-notes").textContent = columns.map((id) => result.standingNotes[id]).filter(Boolean).join(" · ");
  const head = el("tr", {}, el("th", { scope: "col", class: "action-col", text: "Action" }),
    el("th", { scope: "col", class: "law-col", "data-regime": "law" }, "Law on " + result.date,
      el("span", { class: "level", text: "every layer in force, combined" })),
    columns.map((id) => {
      const r = regimeOf(id) || { id };
      const mark = result.standingMarks[id];
      return el("th", { scope: "col", title: r.title || id, "data-regime": id, class: mark ? "not-in-force" : null },
        r.shortName || id, el("span", { class: "level", text: [r.level, r.status].filter(Boolean).join(" · ") }),
        mark ? el("span", { class: "standing", text: mark }) : null);
    }));
  const rows = [];
  for (const action of result.actions) {
    const differs = differing.has(action);
    if (onlyDiffering && !differs) continue;
    const badge = differs ? el("span", { class: "differs-mark", text: onlyInForce || !amongLaw.has(action) ? "differs" : "differs among law" }) : null;
    rows.push(el("tr", { class: differs ? "differs" : null, "data-action": action },
      el("th", { scope: "row" }, el("span", { class: "q", text: actionQuestion(action) }),
        el("span", { class: "id" }, el("code", { text: action }), badge)),
      el("td", { class: "law-col" }, el("span", { class: "col-name", "aria-hidden": "true", text: "Law on " + result.date }),
        lawCell(action)),
      columns.map((regime) => {
        const v = byCell.get(regime + "/" + action);
        const mark = result.standingMarks[regime];
        return el("td", { class: mark ? "not-in-force" : null },
          el("span", { class: "col-name", "aria-hidden": "true", text: regimeName(regime) + (mark ? " · " + mark : "") }),
          regimeCell(v, regime, action, mark));
      })));
  }
  table.replaceChildren(
    el("caption", { class: "sr-only", text: "The law on " + result.date + " and each regime, for every action" }),
    el("thead", {}, head), el("tbody", {}, rows));
}

/** A cell: the answer as a word (and colour), the provision, and — for screen readers — which column and row. */
function cellButton(id, regime, action, status, cite, title, columnWords) {
  const selected = state.selected && state.selected.regime === regime && state.selected.action === action;
  const button = el("button", {
    type: "button", class: "cell st-" + status + (selected ? " selected" : ""), id,
    "data-regime": regime, "data-action": action, "data-status": status, title,
    "aria-current": selected ? "true" : null,
  }, el("span", { class: "sr-only", text: columnWords + ", " + action + ": " }),
  el("span", { class: "word", text: status }), cite ? el("span", { class: "cite", text: cite }) : null,
  selected ? el("span", { class: "shown-mark", text: "explained below" }) : null);
  button.addEventListener("click", () => choose(regime, action, id));
  return button;
}

function lawCell(action) {
  const a = lawAnswer(action);
  const cite = a.cite + (a.marks && a.marks.length ? " · " + a.marks.join(", ") : "");
  return cellButton("cell-law--" + action, "law", action, a.status, cite,
    a.contingent ? "depends: " + conditionsText(a.contingent) : a.status + (a.cite ? ": " + a.cite : ""),
    "law on " + state.law.date);
}

function regimeCell(v, regime, action, mark) {
  const words = regimeName(regime) + (mark ? " (" + mark + ")" : "");
  if (v.status === "depends") {
    const conditions = conditionsText(v.contingent);
    const b = cellButton("cell-" + regime + "--" + action, regime, action, "depends", conditions, "depends: " + conditions, words);
    b.querySelector(".cite").classList.add("conditions");
    return b;
  }
  return cellButton("cell-" + regime + "--" + action, regime, action, v.status, citeOf(v.provisions),
    v.whySentence || v.status, words);
}

/** "permitted if warrant = judicial; forbidden if warrant ≠ judicial": a contingent answer's branches. */
function conditionsText(contingent) {
  return contingent.branches.map((b) => b.status + " if " + b.when.map((p) => p.join(" and ") || "always").join("; or ")).join("; ");
}

// ---- one cell's explanation: focus goes to it, and back to the cell -------------------------

function choose(regime, action, cellId) {
  state.selected = { regime, action };
  state.returnTo = cellId;
  history.replaceState(null, "", caseQuery(state.selected));
  renderMatrix();
  explainSelected(true);
}

async function explainSelected(moveFocus) {
  const { regime, action } = state.selected;
  const panel = document.getElementById("explanation");
  if (regime === "law") {
    renderLawExplanation(action);
  } else {
    try {
      renderExplanation(await postJson("/api/explain", { ...caseOnly(readCase()), regime, action }));
    } catch (e) {
      panel.replaceChildren(el("h3", { id: "explanation-heading", text: "Cannot explain" }), el("p", { class: "error", text: e.message }));
    }
  }
  if (moveFocus) {
    panel.focus({ preventScroll: true });
    panel.scrollIntoView({ block: "nearest" });
  }
}

function backToCell() {
  const id = state.returnTo || (state.selected ? "cell-" + state.selected.regime + "--" + state.selected.action : null);
  const cell = id && document.getElementById(id);
  if (cell) { cell.focus(); cell.scrollIntoView({ block: "nearest", inline: "nearest" }); }
}

function backButton() {
  return el("button", { type: "button", class: "back", id: "back-to-cell", onclick: backToCell }, "Back to the matrix");
}

function heading(title, status) {
  return el("h3", { id: "explanation-heading" }, title + ": ", el("span", { class: "st st-" + status, text: status }));
}

function provisionItem(p) {
  return el("li", { "data-provision": p.id },
    el("span", { class: "cite-text", text: p.cite }), " — " + p.title + " ",
    el("span", { class: "basis", text: "basis: " + p.basis }),
    p.summary ? el("div", { text: p.summary }) : null,
    p.source ? el("div", { class: "hint", text: "Source: " + p.source }) : null);
}

function linkAndDownload(cell, kind) {
  const query = caseQuery(cell);
  const linkInput = el("input", { type: "text", readonly: true, value: query, "aria-label": "Link to this case and answer", id: "cell-link" });
  const copyStatus = el("span", { class: "hint", role: "status" });
  const payload = kind === "explanation" ? { ...caseOnly(readCase()), regime: cell.regime, action: cell.action } : caseOnly(readCase());
  return [el("div", { class: "link-box" }, linkInput,
    el("button", { type: "button", id: "copy-cell-link", onclick: () => copyLink(query, copyStatus) }, "Copy link")),
  copyStatus,
  el("p", { class: "buttons" }, el("button", { type: "button", id: "download-explanation",
    disabled: !!(state.lastResult && state.lastResult.unknown), onclick: () => download(kind, payload) },
  kind === "explanation" ? "Download this explanation (HTML report)" : "Download the law on this date (HTML report)"))];
}

function renderExplanation(x) {
  if (x.contingent) { renderContingent(x); return; }
  const panel = document.getElementById("explanation");
  const v = x.verdict;
  const why = x.why || {};
  const parts = [backButton(), heading(regimeName(x.regime) + " · " + x.action, v.status)];
  parts.push(el("p", { class: "hint", text: capitalized(x.question) + " — " + (x.regimeTitle || x.regime) + ", on " + x.date }));
  if (x.standingNote) parts.push(el("p", { class: "standing", id: "explanation-standing", text: x.standingNote }));
  parts.push(el("h4", { text: "Why" }), el("p", { class: "verdict-line", id: "why-sentence", text: x.whySentence }));
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
  if (v.notes && v.notes.length) parts.push(el("h4", { text: "Notes" }), el("ul", {}, v.notes.map((n) => el("li", { text: n }))));
  if (x.whyNot) {
    parts.push(el("h4", { text: "Why not: the smallest changes that would change the answer" }));
    parts.push(x.whyNot.length ? el("ul", { id: "why-not" }, x.whyNot.map(whyNotItem))
      : el("p", { class: "hint", text: "No change of one or two facts or readings changes this answer." }));
  }
  const readings = Object.entries(x.interpretations || {});
  if (readings.length) {
    parts.push(el("h4", { text: "Readings in force" }), el("ul", {}, readings.map(([k, val]) => el("li", { text: k + " = " + val }))));
  }
  parts.push(...linkAndDownload({ regime: x.regime, action: x.action }, "explanation"), backButton());
  panel.replaceChildren(...parts);
  panel.dataset.cell = x.regime + "/" + x.action;
}

/** The explanation of a cell while facts are unknown: each answer and when it holds; which unknowns matter. */
function renderContingent(x) {
  const panel = document.getElementById("explanation");
  const c = x.contingent;
  panel.replaceChildren(backButton(), heading(regimeName(x.regime) + " · " + x.action, c.status),
    ...contingentParts(c), ...linkAndDownload({ regime: x.regime, action: x.action }, "explanation"));
  panel.dataset.cell = x.regime + "/" + x.action;
}

function contingentParts(c) {
  const parts = [el("p", { class: "hint", text: "Unknown: " + c.unknown.join(", ") + " — " + c.cases + " combinations weighed." })];
  parts.push(el("h4", { text: c.status === "depends" ? "When each answer holds" : "The answer" }));
  parts.push(el("ul", { id: "contingent-branches" }, c.branches.map((b) => el("li", {},
    el("span", { class: "st st-" + b.status, text: b.status }),
    c.status === "depends" ? " if " + b.when.map((p) => p.join(" and ")).join("; or ") : "",
    b.provisions.length ? " — " + b.provisions.map((p) => p.cite).join("; ") : ""))));
  if (c.matters.length) {
    parts.push(el("h4", { text: "Find out, most decisive first" }), el("ol", { id: "contingent-matters" },
      c.matters.map((m) => el("li", {}, m.fact, el("span", { class: "hint", text: " — " + m.byValue.join("; ") })))));
  }
  if (c.whatever.length) parts.push(el("p", { id: "contingent-whatever", text: "Holds whatever: " + c.whatever.join(", ") + "." }));
  return parts;
}

/** The law column's explanation: the layers that decide, what gave way, preemption, conflicts, grants at risk. */
function renderLawExplanation(action) {
  const panel = document.getElementById("explanation");
  const law = state.law;
  const a = lawAnswer(action);
  const parts = [backButton(), heading("Law on " + law.date + " · " + action, a.status),
    el("p", { class: "hint", text: law.questions[action] + " — every layer in force in " + law.place + " on " + law.date + ", combined" })];
  if (a.contingent) {
    parts.push(...contingentParts(a.contingent));
  } else {
    const c = a.combined;
    const line = (p) => el("li", {}, el("span", { class: "cite-text", text: p.cite }), " — " + p.title + " (" + regimeName(p.regime) + ", " + p.level + ") ",
      el("span", { class: "st st-" + p.status, text: p.status }));
    parts.push(el("h4", { text: "Deciding" }), c.deciding.length ? el("ul", { id: "law-deciding" }, c.deciding.map(line))
      : el("p", { class: "hint", text: "No layer in force addresses this action on these facts." }));
    if (c["gave-way"].length) parts.push(el("h4", { text: "Gave way" }), el("ul", {}, c["gave-way"].map(line)));
    if (c.preempted.length) {
      parts.push(el("h4", { text: "Preempted by a higher layer" }), el("ul", { id: "law-preempted" }, c.preempted.map((p) =>
        el("li", {}, p.provision.cite + " (" + regimeName(p.provision.regime) + ") is preempted by " + p.by.cite + " (" + regimeName(p.by.regime) + ")"))));
    }
    if (c.conflicts.length) parts.push(el("h4", { text: "Layers in conflict" }), el("ul", {}, c.conflicts.map(line)));
    if (c["grant-at-risk"].length) {
      parts.push(el("h4", { text: "Grant at risk" }), el("ul", { id: "law-grant-risk" }, c["grant-at-risk"].map((g) =>
        el("li", {}, g.condition.cite + " (" + regimeName(g.condition.regime) + ") against " + g.against.map((p) => p.cite).join(", ")
          + (g.award ? " — award " + g.award.currency + " " + g.award.amount + " (" + g.award.date + ")" : "")))));
    }
    if (c.notes.length) parts.push(el("h4", { text: "Notes" }), el("ul", {}, c.notes.map((n) => el("li", { text: n }))));
    parts.push(el("h4", { text: "Each layer" }), el("ul", { id: "law-layers-list" }, c.layers.map((l) =>
      el("li", {}, regimeName(l.regime) + ": ", el("span", { class: "st st-" + l.status, text: l.status }),
        l.provisions.length ? " — " + l.provisions.map((p) => p.cite).join("; ") : ""))));
  }
  parts.push(...linkAndDownload({ regime: "law", action }, "law"), backButton());
  panel.replaceChildren(...parts);
  panel.dataset.cell = "law/" + action;
}

function whyNotItem(w) {
  const changes = w.changes.map((c) => c.fact + ": " + c.from + " → " + c.to + (c.range ? " (" + c.range + ")" : "")).join(" and ");
  const cite = w.provisions && w.provisions.length ? " (" + w.provisions.map((p) => p.cite).join(", ") + ")" : "";
  return el("li", {}, changes + " ⇒ ", el("span", { class: "st st-" + w.status, text: w.status }), cite);
}

// ---- downloads: the CLI's own HTML reports, with their receipt ---------------------------------

async function download(kind, payload) {
  const status = document.getElementById("download-status");
  status.textContent = "Preparing the report…";
  try {
    const r = await fetch("/api/report/" + kind, {
      method: "POST", headers: { "Content-Type": "application/json", Accept: "text/html" }, body: JSON.stringify(payload) });
    if (!r.ok) { const e = await r.json(); throw new ApiProblem(e.error, e.field); }
    const name = (/filename="([^"]+)"/.exec(r.headers.get("Content-Disposition") || "") || [])[1] || "ice-rules-" + kind + ".html";
    const blob = await r.blob();
    const url = URL.createObjectURL(blob);
    const a = el("a", { href: url, download: name, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    status.textContent = "Downloaded " + name + " (" + blob.size + " bytes): the report with its receipt, to keep or send.";
    status.dataset.file = name;
  } catch (e) {
    status.textContent = "Cannot write the report: " + e.message;
  }
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
      renderDiff(await getJson("/api/diff?a=" + encodeURIComponent(a.value) + "&b=" + encodeURIComponent(b.value)));
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
    parts.push(el("h3", {}, actionQuestion(a.action) + " ", el("code", { text: a.action })));
    parts.push(el("p", { class: "hint", text: a.disagreeing + " of " + a.cases + " cases differ." + (a.axes.length ? " Facts varied: " + a.axes.join(", ") + "." : "") }));
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
  // An example case from the diff: facts (wire names and values), date, interpretations; shown as a hypothesis.
  document.getElementById("preset").value = "";
  forgetLinkProblems();
  setCase({ date: example.date, facts: example.facts || {}, interpretations: example.interpretations || {} });
  document.getElementById("only-in-force").checked = false;
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
  list.append(el("nav", { class: "jump", "aria-label": "Jump to a regime" }, "Jump to: ", state.regimes.map((r) =>
    el("a", { href: "#regime-" + r.id, class: "linklike" }, r.shortName || r.id))));
  for (const r of state.regimes) {
    const dates = Object.entries(r.dates || {});
    const v = r.validity || {};
    const validity = v.from ? "in force from " + v.from + (v.to ? " to " + v.to : "") : "never in force";
    list.append(el("article", { class: "regime", id: "regime-" + r.id, "aria-labelledby": "regime-title-" + r.id },
      el("h3", { id: "regime-title-" + r.id, text: r.title }),
      el("p", { class: "meta", text: [r.id, r.level, r.kind, r.status, r.jurisdiction, validity].filter(Boolean).join(" · ") }),
      dates.length ? el("dl", { class: "dates" }, dates.map(([k, d]) => [el("dt", { text: k }), el("dd", { text: d })])) : null,
      (v.events || []).length ? el("ul", {}, v.events.map((e) => el("li", { text: e.date + ": " + e.change + (e.note ? " — " + e.note : "") }))) : null,
      r.notes ? el("p", { text: r.notes }) : null,
      el("h4", { text: "Sources" }),
      el("ul", {}, (r.sources || []).map((s) => el("li", {}, s.title + (s.date ? " (" + s.date + ")" : ""),
        s.where ? el("span", { class: "hint", text: " — " + s.where }) : null))),
      el("h4", { text: "Provisions" }),
      el("div", { class: "table-scroll", role: "region", tabindex: "0", "aria-label": "Provisions of " + (r.shortName || r.id) },
        el("table", { class: "provisions" },
          el("thead", {}, el("tr", {}, ["Citation", "Title", "Basis", "Source", "Summary"].map((h) => el("th", { scope: "col", text: h })))),
          el("tbody", {}, r.provisions.map((p) => el("tr", { id: "provision-" + p.id },
            el("td", { class: "cite-text", text: p.cite }), el("td", { text: p.title }),
            el("td", {}, el("span", { class: "basis", text: p.basis })), el("td", { text: p.source || "" }),
            el("td", { text: p.summary || "" })))))),
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
  document.getElementById("skip-to-answers").hidden = name !== "case";
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
  document.getElementById("explanation").addEventListener("keydown", (ev) => {
    if (ev.key === "Escape") { ev.preventDefault(); backToCell(); }
  });
  const link = location.search || location.hash;
  if (link.length > 1) {
    applyLink(caseFromLink(link));
  } else {
    showRegimes(state.regimes.map((r) => r.id));
    setCase(defaultCase());
  }
  await evaluate();
  document.body.setAttribute("data-ready", "true");
}

document.addEventListener("DOMContentLoaded", start);
