// The phone page of Samenspel: join the room, take a role, lay your role's cards, draw
// lines, vote and post. Everything it shows comes from the laptop it was served by; the
// messages are described in docs/join-protocol.md. Every sentence is in WORDS, one table
// per language.
"use strict";

const WORDS = {
  nl: {
    other: "English", join: "Meedoen", code: "Code van de zaal", name: "Je voornaam (mag leeg)",
    joining: "Verbinden…", away: "Verbinding weg, opnieuw verbinden…", welcome: "Je doet mee.",
    pick: "Kies een rol", wait: "Of wacht tot de procesbegeleider je een rol geeft.",
    waiting: "Je hebt nog geen rol. De procesbegeleider kan je er een geven.",
    observer: "Waarnemer", observerText: "Je kijkt mee en let op de samenwerking. Je stemt en plakt post-its mee.",
    free: "vrij", yourRole: "Jouw rol", giveBack: "Rol teruggeven", step: "Stap",
    persona: "Wie is", interview: "Het interview", assignment: "Jouw opdracht", agenda: "Waar je op let",
    push: "dit moet nu", hold: "eerst rust",
    lay: "Steun leggen", tapCell: "Tik op een leefgebied in een ring van jouw rol.",
    what: "Wat doe je?", often: "Hoe vaak?", who: "Wie (mag leeg: je rol)", place: "Kaart leggen",
    cancel: "Annuleren", yourCards: "Jouw kaarten", noCards: "Je hebt nog geen kaarten op het bord.",
    remove: "Weghalen", edit: "Aanpassen", move: "Verplaatsen", domain: "Leefgebied", ring: "Ring", save: "Opslaan", line: "Lijn trekken", to: "Naar",
    kind: "Soort lijn", draw: "Lijn leggen", wheel: "Het wiel", locked: "Het bord is op slot.",
    WorksTogether: "werken samen", Contact: "contact", Tension: "spanning", personaEnd: "de persona",
    polls: "Stemmen met de voeten", agree: "Eens", disagree: "Oneens", counts: "eens {a} · oneens {d}",
    note: "Post-it", notePlaceholder: "Wat valt je op?", send: "Plakken", notWhileStep: "Hier is nu niets te doen; kijk mee op het scherm.",
    hand: "In je hand", handHint: "Leg je startkaarten één voor één op het bord en vertel de zaal wat je doet.", layOne: "Op het bord leggen",
    form: "Observatieformulier", formHint: "Hoe vaak zie je dit gedrag? Tik op je antwoord; je kunt het later veranderen.",
    done: "Gelukt.", sent: "Verstuurd…", refused: "Niet gelukt: ",
    bye_removed: "De procesbegeleider heeft deze telefoon uit de zaal gehaald.",
    bye_replaced: "Deze telefoon is op een ander scherm verder gegaan.",
    errors: {
      too_large: "Dat bericht is te lang.", bad_json: "Dat bericht is niet te lezen.", bad_message: "Dat bericht klopt niet.",
      not_text: "Dat bericht is niet te lezen.", too_many: "Even rustig aan: te veel berichten tegelijk.",
      wrong_code: "Die code klopt niet.", room_full: "De zaal is vol (100 telefoons).",
      joining_closed: "Aanmelden is gesloten.", not_joined: "Doe eerst mee met de code.",
      already_joined: "Je doet al mee.", unknown_role: "Die rol doet nu niet mee.", role_taken: "Die rol is al gekozen.",
      no_role: "Je hebt nog geen rol.", not_now: "Dat kan nu niet in deze stap.", voting_closed: "Het stemmen is gesloten.",
      bad_key: "Dat bericht klopt niet."
    }
  },
  en: {
    other: "Nederlands", join: "Join", code: "Room code", name: "Your first name (optional)",
    joining: "Connecting…", away: "Connection lost, reconnecting…", welcome: "You are in.",
    pick: "Choose a role", wait: "Or wait until the facilitator gives you one.",
    waiting: "You have no role yet. The facilitator can give you one.",
    observer: "Observer", observerText: "You watch and look at how people work together. You vote and post too.",
    free: "free", yourRole: "Your role", giveBack: "Give the role back", step: "Step",
    persona: "Who is", interview: "The interview", assignment: "Your assignment", agenda: "What you watch for",
    push: "this must happen now", hold: "rest first",
    lay: "Lay support", tapCell: "Tap a life domain in one of your role's rings.",
    what: "What do you do?", often: "How often?", who: "Who (may be empty: your role)", place: "Lay the card",
    cancel: "Cancel", yourCards: "Your cards", noCards: "You have no cards on the board yet.",
    remove: "Remove", edit: "Change", move: "Move", domain: "Life domain", ring: "Ring", save: "Save", line: "Draw a line", to: "To",
    kind: "Kind of line", draw: "Draw the line", wheel: "The wheel", locked: "The board is locked.",
    WorksTogether: "work together", Contact: "contact", Tension: "tension", personaEnd: "the persona",
    polls: "Vote with your feet", agree: "Agree", disagree: "Disagree", counts: "agree {a} · disagree {d}",
    note: "Post-it", notePlaceholder: "What strikes you?", send: "Post", notWhileStep: "Nothing to do here now; watch the screen.",
    hand: "In your hand", handHint: "Lay your starting cards on the board one by one and tell the room what you do.", layOne: "Lay on the board",
    form: "Observation form", formHint: "How often do you see this behaviour? Tap your answer; you can change it later.",
    done: "Done.", sent: "Sent…", refused: "Not done: ",
    bye_removed: "The facilitator took this phone out of the room.",
    bye_replaced: "This phone went on in another window.",
    errors: {
      too_large: "That message is too long.", bad_json: "That message cannot be read.", bad_message: "That message is not right.",
      not_text: "That message cannot be read.", too_many: "Slow down: too many messages at once.",
      wrong_code: "That code is not right.", room_full: "The room is full (100 phones).",
      joining_closed: "Joining is closed.", not_joined: "Join with the code first.",
      already_joined: "You have joined already.", unknown_role: "That role is not taking part now.", role_taken: "That role is taken.",
      no_role: "You have no role yet.", not_now: "That is not possible in this step.", voting_closed: "Voting is closed.",
      bad_key: "That message is not right."
    }
  }
};

const params = new URLSearchParams(location.search);
const S = {
  lang: localStorage.getItem("samenspel-lang") === "en" ? "en" : "nl",
  code: (params.get("code") || localStorage.getItem("samenspel-code") || "").toUpperCase(),
  token: localStorage.getItem("samenspel-token") || "",
  ws: null, joined: false, me: null, state: null, cell: null, editing: null, linking: null, moving: null,
  pending: new Map(), tries: 0, gone: false, next: 0
};
const w = (key) => WORDS[S.lang][key] ?? WORDS.nl[key] ?? key;

// A small element builder: h("button", {onclick}, "text", child…). Text is never parsed as HTML.
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (v === true) el.setAttribute(k, "");
    else if (v !== false && v != null) el.setAttribute(k, v);
  }
  for (const c of children.flat()) if (c != null) el.append(c);
  return el;
}

function status(text, kind) {
  const el = document.getElementById("status");
  el.textContent = text || "";
  el.className = kind || "";
}

function send(msg) {
  if (S.ws && S.ws.readyState === WebSocket.OPEN) S.ws.send(JSON.stringify(msg));
}

// An action with its own key; kept until answered, and sent again with the same key after a
// reconnect, so the laptop carries it out once.
function act(action) {
  const key = Date.now().toString(36) + "-" + (S.next++);
  S.pending.set(key, action);
  send({ type: "act", key, action });
  status(w("sent"));
}

function connect() {
  status(S.tries ? w("away") : w("joining"));
  const ws = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws");
  S.ws = ws;
  ws.onopen = () => {
    if (S.token && S.code) send({ type: "join", code: S.code, token: S.token, lang: S.lang });
    else { status(""); render(); }
  };
  ws.onmessage = (e) => receive(JSON.parse(e.data));
  ws.onclose = () => {
    S.joined = false;
    if (S.gone) return;
    S.tries += 1;
    status(w("away"), "bad");
    setTimeout(connect, Math.min(10000, 500 * S.tries));
  };
}

function receive(m) {
  if (m.type === "welcome") {
    S.joined = true; S.tries = 0; S.token = m.token;
    localStorage.setItem("samenspel-token", m.token);
    localStorage.setItem("samenspel-code", S.code);
    status(w("welcome"), "good");
    for (const [key, action] of S.pending) send({ type: "act", key, action });
  } else if (m.type === "room") {
    S.me = m;
  } else if (m.type === "state") {
    S.state = m;
  } else if (m.type === "result") {
    if (!S.pending.delete(m.key)) return;
    if (m.ok) { status(w("done"), "good"); S.cell = null; S.editing = null; S.linking = null; S.moving = null; }
    else status(w("refused") + (m.message || WORDS[S.lang].errors[m.code] || m.code), "bad");
  } else if (m.type === "error") {
    if (!S.joined && (m.code === "wrong_code" || m.code === "joining_closed" || m.code === "room_full")) {
      S.token = ""; localStorage.removeItem("samenspel-token");
    }
    status(WORDS[S.lang].errors[m.code] || m.code, "bad");
  } else if (m.type === "bye") {
    S.gone = true; S.token = ""; localStorage.removeItem("samenspel-token");
    status(w("bye_" + m.reason) || m.reason, "bad");
  }
  render();
}

const name = (list, id) => (list.find((x) => x.id === id) || { name: id }).name;
const myRole = () => S.state && S.me && S.me.role ? S.state.roles.find((r) => r.id === S.me.role) : null;

// Every state update redraws the page; what is being typed, and where, survives it.
function render() {
  const app = document.getElementById("app");
  const kept = new Map();
  for (const el of app.querySelectorAll("input[id], textarea[id], select[id]")) kept.set(el.id, el.value);
  const focused = document.activeElement && document.activeElement.id;
  draw(app);
  for (const [id, value] of kept) {
    const el = document.getElementById(id);
    if (el) el.value = value;
  }
  const again = focused && document.getElementById(focused);
  if (again) again.focus();
}

function draw(app) {
  document.getElementById("lang").textContent = w("other");
  document.documentElement.lang = S.lang;
  if (S.gone) { app.replaceChildren(); return; }
  if (!S.joined || !S.state || !S.me) { app.replaceChildren(joinForm()); return; }
  document.getElementById("title").textContent = S.state.title;
  const parts = [stepBanner()];
  if (!S.me.role) parts.push(rolePicker());
  else parts.push(roleCard(), ...actions());
  parts.push(wheel(), personaCard());
  app.replaceChildren(...parts);
}

function joinForm() {
  const code = h("input", { id: "code", class: "code", value: S.code, autocomplete: "off", autocapitalize: "characters", maxlength: "8", inputmode: "text" });
  const nm = h("input", { id: "name", maxlength: "40", autocomplete: "given-name", value: localStorage.getItem("samenspel-name") || "" });
  const go = () => {
    S.code = code.value.trim().toUpperCase();
    localStorage.setItem("samenspel-name", nm.value.trim());
    send({ type: "join", code: S.code, name: nm.value.trim(), lang: S.lang });
  };
  return h("section", {}, h("h1", {}, "Samenspel"),
    h("label", { for: "code" }, w("code")), code,
    h("label", { for: "name" }, w("name")), nm,
    h("div", { class: "row" }, h("button", { class: "primary", id: "join", onclick: go }, w("join"))));
}

function stepBanner() {
  const me = S.me.name ? S.me.name + " · " : "";
  return h("section", {}, h("p", { class: "step" }, me + w("step") + " " + S.state.step + " / 4"),
    h("h1", {}, S.state.step_title), S.state.locked ? h("p", { class: "bad" }, w("locked")) : null);
}

function rolePicker() {
  const taken = new Set(S.me.taken);
  const roles = S.state.roles.filter((r) => r.on_board && !taken.has(r.id));
  const buttons = roles.map((r) => h("button", { onclick: () => send({ type: "take", role: r.id }) }, r.name));
  if (!taken.has("observer")) buttons.push(h("button", { onclick: () => send({ type: "take", role: "observer" }) }, w("observer")));
  return h("section", {}, h("h2", {}, w("pick")), h("div", { class: "grid" }, buttons), h("p", { class: "hint" }, w("wait")));
}

function roleCard() {
  const r = myRole();
  const title = r ? r.name : w("observer");
  const body = r ? [h("p", {}, r.assignment)] : [h("p", {}, w("observerText"))];
  if (r && r.agenda.length) {
    body.push(h("p", { class: "q" }, w("agenda")),
      h("ul", {}, r.agenda.map((a) => h("li", {}, name(S.state.domains, a.domain) + " (" + w(a.push ? "push" : "hold") + "): " + a.why))));
  }
  return h("section", {}, h("p", { class: "step" }, w("yourRole")), h("h2", {}, title),
    h("details", {}, h("summary", {}, w("assignment")), ...body),
    h("div", { class: "row" }, h("button", { onclick: () => send({ type: "take", role: null }) }, w("giveBack"))));
}

function actions() {
  const step = S.state.step;
  const observer = S.me.role === "observer";
  const parts = [];
  if ((step === 2 || step === 3) && myRole()) parts.push(...handCards(), layCard(), myCards());
  if (step === 4) parts.push(polls(), postIt());
  if (observer) parts.push(observationForm());
  return parts.length ? parts : [h("section", {}, h("p", {}, w("notWhileStep")))];
}

// Step 2: the role's starting cards, held until their player lays them one by one.
function handCards() {
  const mine = (S.state.hand || []).filter((t) => t.role === S.me.role);
  if (!mine.length) return [];
  const cards = mine.map((t) => h("div", { class: "card" }, h("strong", {}, t.what),
    h("div", { class: "hint" }, name(S.state.domains, t.domain) + " · " + name(S.state.rings, t.ring) + (t.frequency ? " · " + t.frequency : "")),
    h("div", { class: "row" }, h("button", { class: "primary", "data-lay": t.id, onclick: () => act({ kind: "lay", token: t.id }) }, w("layOne")))));
  return [h("section", { id: "hand" }, h("h2", {}, w("hand") + " (" + mine.length + ")"), h("p", { class: "hint" }, w("handHint")), cards)];
}

// The observer's form: each behaviour with the five scores; the chosen one is marked.
function observationForm() {
  const f = S.state.observation;
  if (!f) return null;
  const parts = f.parts.map((part) => [h("h3", {}, part.title), part.items.map((i) => {
    const chosen = f.answers[i.id];
    const buttons = f.scores.map((s) => h("button", { class: chosen === s.id ? "chosen" : "", "data-score": i.id + ":" + s.id,
      onclick: () => act({ kind: "observe", indicator: i.id, score: s.id }) }, s.label));
    return h("div", { class: "card" }, h("p", { class: "hint" }, i.theme), h("p", {}, i.text), h("div", { class: "scores" }, buttons));
  })]);
  return h("section", { id: "form" }, h("h2", {}, w("form")), h("p", { class: "hint" }, w("formHint")), ...parts.flat());
}

function layCard() {
  const r = myRole();
  if (S.cell) return cardForm();
  const rings = S.state.rings.filter((g) => r.rings.includes(g.id));
  const groups = rings.map((g) => [h("p", { class: "q" }, g.name),
    h("div", { class: "grid" }, S.state.domains.map((d) =>
      h("button", { onclick: () => { S.cell = { domain: d.id, ring: g.id }; render(); document.getElementById("what").focus(); } }, d.name)))]);
  return h("section", {}, h("h2", {}, w("lay")), h("p", { class: "hint" }, w("tapCell")), ...groups);
}

function cardForm() {
  const what = h("input", { id: "what", maxlength: "300" });
  const often = h("input", { id: "often", maxlength: "300" });
  const who = h("input", { id: "who", maxlength: "300" });
  const place = () => {
    if (!what.value.trim()) { what.focus(); return; }
    act({ kind: "place", domain: S.cell.domain, ring: S.cell.ring, what: what.value.trim(),
      frequency: often.value.trim() || null, who: who.value.trim() || null });
  };
  return h("section", {}, h("h2", {}, name(S.state.domains, S.cell.domain) + " · " + name(S.state.rings, S.cell.ring)),
    h("label", { for: "what" }, w("what")), what, h("label", { for: "often" }, w("often")), often,
    h("label", { for: "who" }, w("who")), who,
    h("div", { class: "row" }, h("button", { class: "primary", id: "place", onclick: place }, w("place")),
      h("button", { onclick: () => { S.cell = null; render(); } }, w("cancel"))));
}

function myCards() {
  const mine = S.state.tokens.filter((t) => t.role === S.me.role);
  const cards = mine.map((t) => {
    const label = name(S.state.domains, t.domain) + " · " + name(S.state.rings, t.ring);
    const parts = [h("strong", {}, t.what), h("div", { class: "hint" }, label + (t.frequency ? " · " + t.frequency : ""))];
    if (S.editing === t.id) parts.push(editForm(t));
    else if (S.linking === t.id) parts.push(lineForm(t));
    else if (S.moving === t.id) parts.push(moveForm(t));
    else parts.push(h("div", { class: "row" },
      h("button", { onclick: () => { S.editing = t.id; render(); } }, w("edit")),
      h("button", { onclick: () => { S.moving = t.id; render(); } }, w("move")),
      h("button", { onclick: () => { S.linking = t.id; render(); } }, w("line")),
      h("button", { onclick: () => act({ kind: "remove", token: t.id }) }, w("remove"))));
    return h("div", { class: "card" }, ...parts);
  });
  return h("section", {}, h("h2", {}, w("yourCards")), mine.length ? cards : h("p", { class: "hint" }, w("noCards")));
}

function editForm(t) {
  const what = h("input", { id: "edit-what", value: t.what, maxlength: "300", "aria-label": w("what") });
  const often = h("input", { id: "edit-often", value: t.frequency || "", maxlength: "300", "aria-label": w("often") });
  return h("div", {}, what, often, h("div", { class: "row" },
    h("button", { class: "primary", onclick: () => act({ kind: "edit", token: t.id, what: what.value.trim(), frequency: often.value.trim() || null }) }, w("save")),
    h("button", { onclick: () => { S.editing = null; render(); } }, w("cancel"))));
}

function moveForm(t) {
  const r = myRole();
  const domain = h("select", { id: "move-domain" }, S.state.domains.map((d) => h("option", { value: d.id, selected: d.id === t.domain }, d.name)));
  const ring = h("select", { id: "move-ring" }, S.state.rings.filter((g) => r.rings.includes(g.id))
    .map((g) => h("option", { value: g.id, selected: g.id === t.ring }, g.name)));
  return h("div", {}, h("label", { for: "move-domain" }, w("domain")), domain, h("label", { for: "move-ring" }, w("ring")), ring,
    h("div", { class: "row" },
      h("button", { class: "primary", onclick: () => act({ kind: "move", token: t.id, domain: domain.value, ring: ring.value }) }, w("move")),
      h("button", { onclick: () => { S.moving = null; render(); } }, w("cancel"))));
}

function lineForm(t) {
  const to = h("select", { id: "line-to", "aria-label": w("to") }, h("option", { value: "persona" }, w("personaEnd")),
    S.state.tokens.filter((o) => o.id !== t.id).map((o) => h("option", { value: o.id }, o.who + ": " + o.what)));
  const kind = h("select", { id: "line-kind", "aria-label": w("kind") }, ["WorksTogether", "Contact", "Tension"].map((k) => h("option", { value: k }, w(k))));
  return h("div", {}, h("label", {}, w("to")), to, h("label", {}, w("kind")), kind, h("div", { class: "row" },
    h("button", { class: "primary", onclick: () => act({ kind: "link", from: t.id, to: to.value, link: kind.value }) }, w("draw")),
    h("button", { onclick: () => { S.linking = null; render(); } }, w("cancel"))));
}

function polls() {
  const mine = new Map(S.me.votes);
  const answers = new Map(S.me.choices || []);
  const items = S.state.polls.map((p) => {
    if (p.options.length > 0) return question(p, answers.get(p.id));
    const vote = mine.get(p.id);
    const button = (agree) => h("button", { class: vote === agree ? "chosen" : "", disabled: S.state.revealed,
      onclick: () => act({ kind: "vote", poll: p.id, agree }) }, w(agree ? "agree" : "disagree"));
    const counts = p.counts ? h("p", { class: "hint" }, w("counts").replace("{a}", p.counts[0]).replace("{d}", p.counts[1])) : null;
    return h("div", { class: "card" }, h("p", {}, p.statement), h("div", { class: "row" }, button(true), button(false)), counts);
  });
  return h("section", {}, h("h2", {}, w("polls")), items);
}

// A question with answers ("Where do you work?"): one answer per phone, one button each,
// stacked so that each is a full-width thumb target; counts once the laptop shows them.
function question(p, chosen) {
  const choices = p.options.map((o) => h("button", { class: o.id === chosen ? "chosen" : "", disabled: S.state.revealed,
    onclick: () => act({ kind: "choose", poll: p.id, option: o.id }) }, o.count === null ? o.text : o.text + " · " + o.count));
  return h("div", { class: "card" }, h("p", {}, p.statement), h("div", { class: "stack" }, choices));
}

function postIt() {
  const text = h("textarea", { id: "note", maxlength: "300", placeholder: w("notePlaceholder"), "aria-label": w("note") });
  const round = S.state.round;
  return h("section", {}, h("h2", {}, w("note") + (round ? ": " + round.title : "")),
    round ? h("ul", {}, round.questions.map((q) => h("li", {}, q))) : null, text,
    h("div", { class: "row" }, h("button", { class: "primary", onclick: () => { if (text.value.trim()) act({ kind: "note", text: text.value.trim() }); } }, w("send"))));
}

function wheel() {
  const box = h("div", { class: "wheel" });
  // The SVG is made by the laptop's engine from the board, with every text escaped.
  box.innerHTML = S.state.wheel;
  return h("section", {}, h("h2", {}, w("wheel")), box);
}

function personaCard() {
  const p = S.state.persona;
  const lines = p.interview.map((l) => [h("p", { class: "q" }, l.q), h("p", {}, l.a)]);
  return h("section", {}, h("details", {}, h("summary", {}, w("persona") + " " + p.name + " (" + p.age + ")?"),
    h("p", { class: "q" }, w("interview")), ...lines));
}

document.getElementById("lang").addEventListener("click", () => {
  S.lang = S.lang === "nl" ? "en" : "nl";
  localStorage.setItem("samenspel-lang", S.lang);
  send({ type: "lang", lang: S.lang });
  render();
});
connect();
