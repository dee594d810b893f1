//! The JSON of findings: the facts as they are (a stable snake_case `kind`, the ids and
//! numbers), with the rendered `text` in one language beside them. Documented field by
//! field in `docs/analysis.md`.

use serde_json::{Value, json};

use crate::reflect::{Analysis, Change, Gap};
use crate::words::{Finding, On, Words};

fn value(x: &impl serde::Serialize) -> Value {
    serde_json::to_value(x).expect("analysis types always serialise")
}

/// One gap: its facts, the title of its kind and its sentence.
pub fn gap(w: &Words, on: On, g: &Gap) -> Value {
    let mut v = value(g);
    v["title"] = json!(w.say(&g.kind));
    v["text"] = json!(on.say(w, Finding::Gap(g)));
    v
}

pub fn gaps(w: &Words, on: On, gaps: &[Gap]) -> Value {
    Value::Array(gaps.iter().map(|g| gap(w, on, g)).collect())
}

/// Fills in `gaps`, `coherence` and `balance` of `out` (an object: a snapshot, a moment's
/// analysis, a compare column) from `a`, each with its text.
pub fn analysis_into(out: &mut Value, w: &Words, on: On, a: &Analysis) {
    out["gaps"] = gaps(w, on, &a.gaps);
    let mut coherence = value(&a.coherence);
    coherence["image_title"] = json!(w.say(&a.coherence.image));
    // How many of seed 003's 19 clients and 44 professionals drew this image.
    coherence["image_drawn"] = json!(a.coherence.image.drawn());
    coherence["text"] = json!(on.say(w, Finding::Coherence(&a.coherence)));
    out["coherence"] = coherence;
    let mut balance = value(&a.balance);
    balance["text"] = json!(on.say(w, Finding::Balance(&a.balance)));
    out["balance"] = balance;
}

/// The whole analysis with its texts.
pub fn analysis(w: &Words, on: On, a: &Analysis) -> Value {
    let mut v = value(a);
    analysis_into(&mut v, w, on, a);
    v
}

/// A change from `before` to `on.board`: gaps that opened are read on the board after,
/// gaps that closed on the board before.
pub fn change(w: &Words, on: On, before: &crate::board::Board, c: &Change) -> Value {
    let both = on.before(before);
    let mut v = value(c);
    v["text"] = json!(both.say(w, Finding::Change(c)));
    v["gaps_opened"] = gaps(w, on, &c.gaps_opened);
    v["gaps_closed"] = gaps(w, On::new(on.scenario, before), &c.gaps_closed);
    if !c.gaps_changed.is_empty() {
        let changed = c.gaps_changed.iter().map(|g| {
            json!({
                "before": gap(w, On::new(on.scenario, before), &g.before),
                "after": gap(w, on, &g.after),
            })
        });
        v["gaps_changed"] = Value::Array(changed.collect());
    }
    v
}
