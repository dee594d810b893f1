//! The report people take home: the persona, the board before and after each event, the
//! findings, the reflection rounds with their notes, the polls and the observer's scores.
//! JSON for machines, Markdown for editing, and one self-contained HTML file that opens
//! offline and prints on A4.

use std::fmt::Write;

mod werk;

use serde::Serialize;

use crate::board::Board;
use crate::observe::{INDICATORS, Part};
use crate::reflect::{Analysis, Change, analyse, change, fill, rounds};
use crate::scenario::Variant;
use crate::scene::{Canvas, Highlights, Scene};
use crate::session::{Note, PollResult, Session};
use crate::svg::escape;
use crate::text::{Lang, Text};
use crate::words::{Finding, On, Words, both, json};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Html,
    Markdown,
    Json,
}

/// One moment of the session: the board and what the analysis says about it.
#[derive(Serialize)]
pub struct Moment {
    pub label: String,
    pub title: Text,
    pub board: Board,
    pub analysis: Analysis,
    /// What changed since the moment before (none for the first).
    pub change: Option<Change>,
}

/// The moments of a session: the start, then the board after each event that happened.
pub fn moments(session: &Session) -> Vec<Moment> {
    let s = &session.scenario;
    let log = &session.state.log;
    let mut boards: Vec<(String, Text, Board)> = Vec::new();
    let first = log
        .first()
        .map(|l| l.board_before.clone())
        .unwrap_or_else(|| session.board().clone());
    boards.push(("start".into(), both("analysis-start", &[]), first));
    for (i, entry) in log.iter().enumerate() {
        let after = log
            .get(i + 1)
            .map(|next| next.board_before.clone())
            .unwrap_or_else(|| session.board().clone());
        boards.push((entry.event.clone(), entry.title.clone(), after));
    }
    let mut out: Vec<Moment> = Vec::new();
    for (label, title, board) in boards {
        let change = out.last().map(|prev| change(s, &prev.board, &board));
        out.push(Moment {
            label,
            title,
            analysis: analyse(s, &board),
            board,
            change,
        });
    }
    out
}

#[derive(Serialize)]
struct JsonReport<'a> {
    scenario: &'a str,
    title: &'a Text,
    persona: &'a str,
    variant: Option<&'a str>,
    /// What kind of change the variant played is (`RoomInLaw`, `NewRule`, `WayOfWorking`).
    #[serde(skip_serializing_if = "Option::is_none")]
    variant_kind: Option<crate::scenario::VariantKind>,
    seed: u64,
    moments: Vec<Moment>,
    notes: &'a [Note],
    polls: &'a [PollResult],
    observations: &'a [crate::observe::Observation],
}

/// Notes made outside a reflection round.
fn loose_notes(session: &Session) -> Vec<&Note> {
    session
        .state
        .notes
        .iter()
        .filter(|n| n.round.is_none())
        .collect()
}

pub fn render(session: &Session, format: Format, lang: Lang) -> String {
    match format {
        Format::Json => {
            let s = &session.scenario;
            let report = JsonReport {
                scenario: &s.id,
                title: &s.title,
                persona: &s.persona.name,
                variant: session.variant.as_deref(),
                variant_kind: session
                    .variant
                    .as_deref()
                    .and_then(|v| s.variant(v))
                    .and_then(|v| v.kind),
                seed: session.seed,
                moments: moments(session),
                notes: &session.state.notes,
                polls: &session.state.polls,
                observations: &session.state.observations,
            };
            let mut value = serde_json::to_value(&report).expect("report types always serialise");
            add_texts(&mut value, session, &report.moments, Words::new(lang));
            werk::json(&mut value, session, &Words::new(lang));
            serde_json::to_string_pretty(&value).expect("report types always serialise") + "\n"
        }
        Format::Markdown => markdown(session, lang),
        Format::Html => html(session, lang),
    }
}

/// The JSON of each moment's findings gets its sentences in `w`'s language beside the
/// facts (`docs/analysis.md`).
fn add_texts(value: &mut serde_json::Value, session: &Session, moments: &[Moment], w: Words) {
    let s = &session.scenario;
    for (i, m) in moments.iter().enumerate() {
        let on = On::new(s, &m.board);
        let out = &mut value["moments"][i];
        out["analysis"] = json::analysis(&w, on, &m.analysis);
        if let (Some(c), Some(prev)) = (&m.change, i.checked_sub(1).map(|p| &moments[p])) {
            out["change"] = json::change(&w, on, &prev.board, c);
        }
    }
}

/// The sentences under one moment: what changed, coherence, balance, and each gap as
/// (title, text).
struct Said {
    change: Option<String>,
    coherence: String,
    balance: String,
    gaps: Vec<(String, String)>,
}

fn said(s: &crate::scenario::Scenario, m: &Moment, prev: Option<&Moment>, w: &Words) -> Said {
    let on = On::new(s, &m.board);
    Said {
        change: m
            .change
            .as_ref()
            .zip(prev)
            .map(|(c, p)| on.before(&p.board).say(w, Finding::Change(c))),
        coherence: on.say(w, Finding::Coherence(&m.analysis.coherence)),
        balance: on.say(w, Finding::Balance(&m.analysis.balance)),
        gaps: m
            .analysis
            .gaps
            .iter()
            .map(|g| (w.say(&g.kind), on.say(w, Finding::Gap(g))))
            .collect(),
    }
}

fn markdown(session: &Session, lang: Lang) -> String {
    let s = &session.scenario;
    let words = Words::new(lang);
    let w = |id: &str| words.t(id);
    let mut out = String::new();
    let _ = writeln!(out, "# {} — {}\n", s.title.get(lang), w("report-report"));
    let _ = writeln!(
        out,
        "**{}**, {} {}. {}\n",
        s.persona.name,
        s.persona.age,
        w("report-years"),
        s.summary.get(lang)
    );
    if let Some(v) = session.variant.as_deref().and_then(|v| s.variant(v)) {
        let _ = writeln!(
            out,
            "{}: **{}**{} — {}\n",
            w("report-variant"),
            v.name.get(lang),
            kind_note(v, &words),
            v.description.get(lang)
        );
    }
    markdown_moments(&mut out, session, &words);
    markdown_rounds(&mut out, session, &words);
    markdown_polls(&mut out, session, &words);
    werk::markdown(&mut out, session, &words);
    markdown_observations(&mut out, session, &words);
    let _ = writeln!(out, "---\n{}", words.t("analysis-score-rule"));
    out
}

fn markdown_moments(out: &mut String, session: &Session, words: &Words) {
    let (s, lang) = (&session.scenario, words.lang);
    let all = moments(session);
    for (i, m) in all.iter().enumerate() {
        let said = said(s, m, i.checked_sub(1).map(|p| &all[p]), words);
        let _ = writeln!(out, "## {}\n", m.title.get(lang));
        if let Some(c) = &said.change {
            let _ = writeln!(out, "*{c}*\n");
        }
        let _ = writeln!(out, "{}\n", said.coherence);
        let _ = writeln!(out, "{}\n", said.balance);
        for (title, text) in &said.gaps {
            let _ = writeln!(out, "- **{title}**: {text}");
        }
        out.push('\n');
    }
}

/// The reflection rounds with their questions and notes, then the notes of no round.
fn markdown_rounds(out: &mut String, session: &Session, words: &Words) {
    let (s, lang) = (&session.scenario, words.lang);
    let _ = writeln!(out, "## {}\n", words.t("report-reflection"));
    for round in rounds(s) {
        let notes: Vec<&Note> = session
            .state
            .notes
            .iter()
            .filter(|n| n.round.as_deref() == Some(round.id.as_str()))
            .collect();
        let _ = writeln!(out, "### {}\n", fill(round.title.get(lang), s));
        for q in &round.questions {
            let _ = writeln!(out, "- {}", fill(q.get(lang), s));
        }
        for n in notes {
            let _ = writeln!(out, "  - 📝 {}", n.text);
        }
        out.push('\n');
    }
    let loose = loose_notes(session);
    if !loose.is_empty() {
        let _ = writeln!(out, "### {}\n", words.t("report-other-notes"));
        for n in loose {
            let _ = writeln!(out, "- {}", n.text);
        }
        out.push('\n');
    }
}

fn markdown_polls(out: &mut String, session: &Session, words: &Words) {
    if session.state.polls.is_empty() {
        return;
    }
    let w = |id: &str| words.t(id);
    let _ = writeln!(out, "## {}\n", w("report-polls"));
    for p in &session.state.polls {
        if let Some(poll) = options_poll(session, p) {
            let answers = werk::markdown_answers(poll, p, words.lang);
            let _ = writeln!(out, "- {}: {answers}", poll.statement.get(words.lang));
            continue;
        }
        let _ = writeln!(
            out,
            "- {}: {} {}, {} {}",
            statement(session, p, words.lang),
            p.agree,
            w("report-agree"),
            p.disagree,
            w("report-disagree")
        );
    }
    out.push('\n');
}

fn markdown_observations(out: &mut String, session: &Session, words: &Words) {
    if session.state.observations.is_empty() {
        return;
    }
    let lang = words.lang;
    let _ = writeln!(out, "## {}\n", words.t("report-observation"));
    for o in &session.state.observations {
        if let Some(i) = INDICATORS.iter().find(|i| i.id == o.indicator) {
            let _ = writeln!(
                out,
                "- {} — {}: {}",
                i.theme().get(lang),
                i.text().get(lang),
                o.score.label().get(lang)
            );
        }
    }
    out.push('\n');
}

/// The scenario's poll of a result, when it is one with options.
fn options_poll<'a>(session: &'a Session, p: &PollResult) -> Option<&'a crate::scenario::Poll> {
    session
        .scenario
        .poll(&p.poll)
        .filter(|poll| !poll.options.is_empty())
}

/// A poll's statement as written in the scenario; its id when the scenario lacks it.
fn statement<'a>(session: &'a Session, p: &'a PollResult, lang: Lang) -> &'a str {
    session
        .scenario
        .polls
        .iter()
        .find(|q| q.id == p.poll)
        .map(|q| q.statement.get(lang))
        .unwrap_or(&p.poll)
}

const CSS: &str = r#"
@page { size: A4; margin: 14mm; }
body { font-family: "DejaVu Sans", Arial, sans-serif; color: #111; max-width: 190mm; margin: 0 auto; line-height: 1.4; font-size: 11pt; }
h1 { font-size: 20pt; margin-bottom: 0; } h2 { font-size: 15pt; border-bottom: 2px solid #0072b2; margin-top: 1.4em; }
h3 { font-size: 12pt; margin-bottom: 0.2em; }
.moment { page-break-inside: avoid; break-inside: avoid; }
.moment svg { display: block; margin: 0 auto; max-width: 150mm; height: auto; }
.gap { border-left: 5px solid #b00020; padding: 2px 8px; margin: 4px 0; background: #fff4f5; }
.gap b { color: #b00020; }
.change { background: #eef5fb; padding: 6px 10px; }
.note { background: #fff7c2; padding: 4px 8px; margin: 4px 0 4px 20px; border-radius: 3px; }
.bar { display: inline-block; height: 12px; vertical-align: middle; }
.agree { background: #009e73; } .disagree { background: #d55e00; }
.clients { background: #cc79a7; } .professionals { background: #0072b2; }
table { border-collapse: collapse; width: 100%; font-size: 10pt; } td, th { border: 1px solid #ccc; padding: 3px 6px; text-align: left; }
.legend span { display: inline-block; margin-right: 14px; }
.small { color: #444; font-size: 9.5pt; }
.wheels { display: flex; flex-wrap: wrap; gap: 6mm; } .wheels .wheel { flex: 1 1 85mm; break-inside: avoid; }
.wheels svg { width: 100%; height: auto; } .totals .big { font-size: 15pt; font-weight: bold; }
.closed { color: #005a32; } .opened { color: #b00020; }
"#;

fn html(session: &Session, lang: Lang) -> String {
    let s = &session.scenario;
    let words = Words::new(lang);
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title><style>{CSS}</style></head><body>\n",
        lang.code(),
        escape(&format!("{} — Samenspel", s.title.get(lang)))
    );
    html_persona(&mut out, session, &words);
    html_moments(&mut out, session, &words);
    html_rounds(&mut out, session, &words);
    html_polls(&mut out, session, &words);
    werk::html(&mut out, session, &words);
    html_observations(&mut out, session, &words);
    html_journal(&mut out, session, &words);
    html_variants(&mut out, session, &words);
    let _ = writeln!(
        out,
        "<p class=\"small\">{}</p>",
        escape(&words.t("analysis-score-rule"))
    );
    let _ = write!(
        out,
        "<p class=\"small\">Samenspel — {}</p>\n</body></html>\n",
        words.t("report-made-with")
    );
    out
}

/// The scenario's policy variants beside the current rules after the whole timeline: the
/// same wheels side by side as `compare --format html` and the game's comparison window.
fn html_variants(out: &mut String, session: &Session, words: &Words) {
    let s = &session.written;
    let ids: Vec<String> = s.variants.iter().map(|v| v.id.clone()).collect();
    if ids.is_empty() {
        return;
    }
    let Ok(c) = crate::compare::compare(s, &ids, session.seed) else {
        return;
    };
    let _ = write!(
        out,
        "<h2>{}</h2>{}",
        escape(&words.t("compare-title")),
        crate::compare::section(&c, words.lang)
    );
}

/// The title, the persona, the variant played and the interview.
fn html_persona(out: &mut String, session: &Session, words: &Words) {
    let (s, lang) = (&session.scenario, words.lang);
    let w = |id: &str| words.t(id);
    let e = |t: &str| escape(t);
    let _ = write!(
        out,
        "<h1>{}</h1>\n<p><b>{}</b>, {} {}. {}</p>\n",
        e(s.title.get(lang)),
        e(&s.persona.name),
        s.persona.age,
        w("report-years"),
        e(s.summary.get(lang))
    );
    if let Some(v) = session.variant.as_deref().and_then(|v| s.variant(v)) {
        let _ = writeln!(
            out,
            "<p>{}: <b>{}</b>{} — {}</p>",
            w("report-variant"),
            e(v.name.get(lang)),
            e(&kind_note(v, words)),
            e(v.description.get(lang))
        );
    }
    let _ = write!(
        out,
        "<h2>{} {}</h2>\n<dl>",
        w("report-meet"),
        e(&s.persona.name)
    );
    for line in &s.persona.interview {
        let _ = write!(
            out,
            "<dt><b>{}</b></dt><dd>{}</dd>",
            e(line.question.get(lang)),
            e(line.answer.get(lang))
        );
    }
    out.push_str("</dl>\n");
}

/// Each moment: what changed, the wheel, the legend, and the findings.
fn html_moments(out: &mut String, session: &Session, words: &Words) {
    let (s, lang) = (&session.scenario, words.lang);
    let e = |t: &str| escape(t);
    let legend: Vec<String> = s
        .rings
        .iter()
        .map(|r| {
            let [red, g, b] = crate::layout::ring_colour(r.kind);
            format!("<span><span class=\"bar\" style=\"width:14px;background:rgb({red},{g},{b})\"></span> {}</span>", e(r.name.get(lang)))
        })
        .collect();
    let all = moments(session);
    for (i, m) in all.iter().enumerate() {
        let said = said(s, m, i.checked_sub(1).map(|p| &all[p]), words);
        let _ = writeln!(
            out,
            "<div class=\"moment\"><h2>{}</h2>",
            e(m.title.get(lang))
        );
        if let Some(c) = &said.change {
            let _ = writeln!(out, "<p class=\"change\">{}</p>", e(c));
        }
        // No legend in the picture: the report writes its own under it.
        let canvas = Canvas::new(560.0, 560.0, lang).legend(false);
        let scene = Scene::build(s, &m.board, &Highlights::default(), &canvas);
        out.push_str(&crate::svg::paint(&scene));
        let _ = writeln!(
            out,
            "<p class=\"legend small\">{} — {}</p>",
            legend.join(""),
            words.t("report-legend")
        );
        let _ = writeln!(
            out,
            "<p>{}</p><p>{}</p>",
            e(&said.coherence),
            e(&said.balance)
        );
        for (title, text) in &said.gaps {
            let _ = writeln!(
                out,
                "<div class=\"gap\"><b>{}</b> — {}</div>",
                e(title),
                e(text)
            );
        }
        out.push_str("</div>\n");
    }
}

/// The reflection rounds with their questions and notes, then the notes of no round.
fn html_rounds(out: &mut String, session: &Session, words: &Words) {
    let (s, lang) = (&session.scenario, words.lang);
    let e = |t: &str| escape(t);
    let _ = writeln!(out, "<h2>{}</h2>", words.t("report-reflection"));
    for round in rounds(s) {
        let _ = write!(out, "<h3>{}</h3><ul>", e(&fill(round.title.get(lang), s)));
        for q in &round.questions {
            let _ = write!(out, "<li>{}</li>", e(&fill(q.get(lang), s)));
        }
        out.push_str("</ul>");
        for n in session
            .state
            .notes
            .iter()
            .filter(|n| n.round.as_deref() == Some(round.id.as_str()))
        {
            let _ = write!(out, "<div class=\"note\">{}</div>", e(&n.text));
        }
        out.push('\n');
    }
    let loose = loose_notes(session);
    if !loose.is_empty() {
        let _ = write!(out, "<h3>{}</h3>", words.t("report-other-notes"));
        for n in loose {
            let _ = write!(out, "<div class=\"note\">{}</div>", e(&n.text));
        }
    }
}

/// Who did what: every action a role took (at the laptop or on a phone), in order.
fn html_journal(out: &mut String, session: &Session, words: &Words) {
    if session.state.journal.is_empty() {
        return;
    }
    let (s, lang) = (&session.scenario, words.lang);
    let _ = write!(
        out,
        "<h2>{}</h2><table>",
        escape(&words.t("report-journal"))
    );
    for acted in &session.state.journal {
        let role = s
            .role(&acted.role)
            .map_or(acted.role.as_str(), |r| r.name.get(lang));
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            acted.step.number(),
            escape(role),
            escape(&journal_line(session, &acted.action, words))
        );
    }
    out.push_str("</table>\n");
}

/// What an action did, in a few words.
fn journal_line(session: &Session, action: &crate::session::Action, words: &Words) -> String {
    use crate::session::Action::*;
    let lang = words.lang;
    let card = |id: &str| {
        let board = session.board();
        let token = board.token(id).or_else(|| {
            let ended = board.ended.iter().find(|e| e.token.id == id);
            ended.map(|e| &e.token)
        });
        token.map_or(id.to_string(), |t| t.who.get(lang).to_string())
    };
    let (id, who) = match action {
        PlaceToken(t) => ("report-journal-place", t.who.get(lang).to_string()),
        EditToken(t) => ("report-journal-edit", t.who.get(lang).to_string()),
        MoveToken { token, .. } => ("report-journal-move", card(token)),
        RemoveToken { token } => ("report-journal-remove", card(token)),
        Link(l) => ("report-journal-link", card(&l.from)),
        Unlink { from, .. } => ("report-journal-unlink", card(from)),
        LayStartingCard { token } => ("report-journal-lay", card(token)),
        Vote { .. }
        | RecordPoll { .. }
        | Choose { .. }
        | RecordChoice { .. }
        | Ballot { .. }
        | BallotChoice { .. } => ("report-journal-vote", String::new()),
        Observe { indicator, .. } => (
            "report-journal-observe",
            crate::observe::indicator(indicator)
                .map_or(indicator.clone(), |i| i.text().get(lang).to_string()),
        ),
        AddNote { text, .. } | Placemat { text, .. } => ("report-journal-note", text.clone()),
        _ => ("report-journal-other", String::new()),
    };
    words.t_args(id, &[("who", who.into())])
}

/// The polls as a table with a bar for each side.
fn html_polls(out: &mut String, session: &Session, words: &Words) {
    if session.state.polls.is_empty() {
        return;
    }
    let w = |id: &str| words.t(id);
    let _ = write!(out, "<h2>{}</h2><table>", w("report-polls"));
    for p in &session.state.polls {
        if let Some(poll) = options_poll(session, p) {
            let _ = write!(
                out,
                "<tr><td>{}</td><td>{}</td></tr>",
                escape(poll.statement.get(words.lang)),
                werk::html_answers(poll, p, words.lang)
            );
            continue;
        }
        let total = p.agree.saturating_add(p.disagree).max(1) as f32;
        let _ = write!(
            out,
            "<tr><td>{}</td><td><span class=\"bar agree\" style=\"width:{:.0}px\"></span> {} {} <span class=\"bar disagree\" style=\"width:{:.0}px\"></span> {} {}</td></tr>",
            escape(statement(session, p, words.lang)),
            120.0 * p.agree as f32 / total,
            p.agree,
            w("report-agree"),
            120.0 * p.disagree as f32 / total,
            p.disagree,
            w("report-disagree")
        );
    }
    out.push_str("</table>\n");
}

/// The observer's scores, one table per part of the form, in the form's order.
fn html_observations(out: &mut String, session: &Session, words: &Words) {
    if session.state.observations.is_empty() {
        return;
    }
    let lang = words.lang;
    let e = |t: &str| escape(t);
    let _ = write!(out, "<h2>{}</h2>", words.t("report-observation"));
    for part in [Part::Werkalliantie, Part::Samenwerking] {
        let _ = write!(out, "<h3>{}</h3><table>", e(part.title().get(lang)));
        for i in INDICATORS.iter().filter(|i| i.part == part) {
            if let Some(o) = session
                .state
                .observations
                .iter()
                .find(|o| o.indicator == i.id)
            {
                let _ = write!(
                    out,
                    "<tr><td>{}</td><td>{}</td><td><b>{}</b></td></tr>",
                    e(i.theme().get(lang)),
                    e(i.text().get(lang)),
                    e(o.score.label().get(lang))
                );
            }
        }
        out.push_str("</table>\n");
    }
}

/// " (what kind of change)" after a variant's name, or nothing when it does not say.
fn kind_note(v: &Variant, words: &Words) -> String {
    v.kind
        .map(|k| format!(" ({})", words.say(&k)))
        .unwrap_or_default()
}
