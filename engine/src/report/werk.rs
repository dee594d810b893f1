//! The werksessie's parts in the report, each only when it was used: the answers of polls
//! with options, the drawing exercise beside seed 003, the praatplaat questions picked and
//! the placemat answers per group.

use std::fmt::Write;

use serde_json::{Value, json};

use crate::reflect::Drawn;
use crate::scenario::Poll;
use crate::session::{PollResult, Session};
use crate::svg::escape;
use crate::werksessie;
use crate::words::Words;

/// A poll's answers with their counts, in the poll's order.
pub(super) fn answers<'a>(
    poll: &'a Poll,
    result: &PollResult,
    lang: crate::Lang,
) -> Vec<(&'a str, u32)> {
    poll.options
        .iter()
        .map(|o| {
            (
                o.text.get(lang),
                result.choices.get(&o.id).copied().unwrap_or(0),
            )
        })
        .collect()
}

pub(super) fn markdown(out: &mut String, session: &Session, words: &Words) {
    let state = &session.state;
    let lang = words.lang;
    if !state.drawings.is_empty() {
        let tally = state.drawing_tally();
        let _ = writeln!(out, "## {}\n", words.t("report-drawing"));
        let _ = writeln!(out, "{}\n", words.say(&tally));
        let [image, room, clients, professionals] = heads(words);
        let _ = writeln!(out, "| {image} | {room} | {clients} | {professionals} |");
        out.push_str("|---|---:|---:|---:|\n");
        for r in &tally.rows {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                words.say(&r.drawing),
                r.room,
                r.clients,
                r.professionals
            );
        }
        out.push('\n');
    }
    if !state.praatplaat.is_empty() {
        let _ = writeln!(out, "## {}\n", words.t("report-praatplaat"));
        for q in state
            .praatplaat
            .iter()
            .filter_map(|q| werksessie::question(q))
        {
            let _ = writeln!(
                out,
                "- **{}** ({}): {}",
                q.title().get(lang),
                q.theme.title().get(lang),
                q.text().get(lang)
            );
        }
        out.push('\n');
    }
    if !state.placemat.is_empty() {
        let _ = writeln!(out, "## {}\n", words.t("report-placemat"));
        for group in groups(session) {
            let name = words.t_args("werk-group", &[("group", group.into())]);
            let _ = writeln!(out, "### {name}\n");
            for (question, text) in group_answers(session, group) {
                let _ = writeln!(out, "- *{}* {}", question.get(lang), text);
            }
            out.push('\n');
        }
    }
}

pub(super) fn html(out: &mut String, session: &Session, words: &Words) {
    let state = &session.state;
    let lang = words.lang;
    let e = |t: &str| escape(t);
    if !state.drawings.is_empty() {
        let tally = state.drawing_tally();
        let _ = write!(
            out,
            "<h2>{}</h2><p>{}</p><table><tr>",
            e(&words.t("report-drawing")),
            e(&words.say(&tally))
        );
        for head in heads(words) {
            let _ = write!(out, "<th>{}</th>", e(&head));
        }
        out.push_str("</tr>");
        for r in &tally.rows {
            let _ = write!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                e(&words.say(&r.drawing)),
                bar_cell(r.room, tally.room_total.max(1), "agree"),
                bar_cell(r.clients, Drawn::CLIENTS, "clients"),
                bar_cell(r.professionals, Drawn::PROFESSIONALS, "professionals"),
            );
        }
        out.push_str("</table>\n");
    }
    if !state.praatplaat.is_empty() {
        let _ = write!(out, "<h2>{}</h2><dl>", e(&words.t("report-praatplaat")));
        for q in state
            .praatplaat
            .iter()
            .filter_map(|q| werksessie::question(q))
        {
            let _ = write!(
                out,
                "<dt><b>{}</b> <span class=\"small\">{}</span></dt><dd>{}</dd>",
                e(q.title().get(lang)),
                e(q.theme.title().get(lang)),
                e(q.text().get(lang))
            );
        }
        out.push_str("</dl>\n");
    }
    if !state.placemat.is_empty() {
        let _ = write!(out, "<h2>{}</h2>", e(&words.t("report-placemat")));
        for group in groups(session) {
            let name = words.t_args("werk-group", &[("group", group.into())]);
            let _ = write!(out, "<h3>{}</h3><dl>", e(&name));
            for (question, text) in group_answers(session, group) {
                let _ = write!(
                    out,
                    "<dt><i>{}</i></dt><dd class=\"note\">{}</dd>",
                    e(question.get(lang)),
                    e(&text)
                );
            }
            out.push_str("</dl>\n");
        }
    }
}

/// The JSON of the parts used, added to the report's object.
pub(super) fn json(value: &mut Value, session: &Session, words: &Words) {
    let state = &session.state;
    let lang = words.lang;
    if !state.drawings.is_empty() {
        let tally = state.drawing_tally();
        let mut v = serde_json::to_value(&tally).expect("a tally always serialises");
        v["text"] = Value::String(words.say(&tally));
        value["drawings"] = v;
    }
    if !state.praatplaat.is_empty() {
        let picked: Vec<Value> = state
            .praatplaat
            .iter()
            .filter_map(|q| werksessie::question(q))
            .map(|q| {
                json!({
                    "id": q.id,
                    "theme": q.theme.title().get(lang),
                    "title": q.title().get(lang),
                    "text": q.text().get(lang),
                })
            })
            .collect();
        value["praatplaat"] = Value::Array(picked);
    }
    if !state.placemat.is_empty() {
        let answers: Vec<Value> = state
            .placemat
            .iter()
            .map(|a| {
                let question = werksessie::placemat_question(&a.question)
                    .map(|q| q.get(lang).to_string())
                    .unwrap_or_default();
                json!({
                    "group": a.group,
                    "question": a.question,
                    "question_text": question,
                    "text": a.text,
                })
            })
            .collect();
        value["placemat"] = Value::Array(answers);
    }
}

/// The column heads of the drawing table.
fn heads(words: &Words) -> [String; 4] {
    [
        words.t("werk-col-image"),
        words.t("werk-col-room"),
        words.t_args("werk-col-clients", &[("total", Drawn::CLIENTS.into())]),
        words.t_args(
            "werk-col-professionals",
            &[("total", Drawn::PROFESSIONALS.into())],
        ),
    ]
}

/// A count with a bar as wide as its share of `total`.
fn bar_cell(count: u32, total: u32, class: &str) -> String {
    let width = 100.0 * f64::from(count) / f64::from(total.max(1));
    format!("<span class=\"bar {class}\" style=\"width:{width:.0}px\"></span> {count}")
}

/// The placemat groups with an answer, in order.
fn groups(session: &Session) -> Vec<u32> {
    let mut groups: Vec<u32> = session.state.placemat.iter().map(|a| a.group).collect();
    groups.dedup();
    groups
}

/// A group's answers with their questions, in the placemat's order.
fn group_answers(session: &Session, group: u32) -> Vec<(crate::Text, String)> {
    werksessie::PLACEMAT
        .iter()
        .filter_map(|q| {
            let text = session.state.placemat_answer(group, q)?;
            Some((werksessie::placemat_question(q)?, text.to_string()))
        })
        .collect()
}

/// A poll's answers in Markdown: "answer: n" one after another.
pub(super) fn markdown_answers(poll: &Poll, result: &PollResult, lang: crate::Lang) -> String {
    answers(poll, result, lang)
        .iter()
        .map(|(text, n)| format!("{text}: {n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A poll's answers in HTML: a bar per answer, as wide as its share.
pub(super) fn html_answers(poll: &Poll, result: &PollResult, lang: crate::Lang) -> String {
    let all = answers(poll, result, lang);
    let total = all.iter().map(|(_, n)| *n).sum::<u32>().max(1);
    all.iter()
        .map(|(text, n)| format!("{} {}", escape(text), bar_cell(*n, total, "agree")))
        .collect::<Vec<_>>()
        .join("<br>")
}
