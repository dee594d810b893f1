//! Current rules beside policy variants, after the whole timeline: what a rule change does
//! to one person's support. Worked out here once for the command line, the game's
//! comparison window and the comparison page (`html`), so all three show the same.

use std::fmt::Write;

use crate::palette::Colour;
use crate::reflect::{Analysis, Change, Gap, change};
use crate::scenario::{Scenario, Variant};
use crate::scene::{Canvas, Highlights, Scene};
use crate::session::ActionError;
use crate::simulate::{Snapshot, simulate};
use crate::svg::{self, escape};
use crate::text::Lang;
use crate::words::{Finding, On, Words};

/// One variant after the timeline, beside the current rules.
#[derive(Clone, Debug)]
pub struct Side {
    pub id: String,
    pub variant: Option<Variant>,
    /// The last snapshot of the timeline under the variant.
    pub end: Snapshot,
    /// What the variant changes on the final board.
    pub change: Change,
    /// The scenario as played under the variant (its texts name the findings).
    pub played: Scenario,
}

impl Side {
    /// The variant's name in `lang`, or its id.
    pub fn name(&self, lang: Lang) -> String {
        self.variant
            .as_ref()
            .map(|v| v.name.get(lang).to_string())
            .unwrap_or_else(|| self.id.clone())
    }

    /// What kind of change the variant is, in words: room in today's law, a new rule, or
    /// a way of working (none when the scenario does not say).
    pub fn kind(&self, lang: Lang) -> Option<String> {
        let kind = self.variant.as_ref()?.kind?;
        Some(Words::new(lang).say(&kind))
    }
}

#[derive(Clone, Debug)]
pub struct Comparison {
    /// The scenario as written.
    pub scenario: Scenario,
    pub seed: u64,
    /// The last snapshot of the timeline under the current rules.
    pub base: Snapshot,
    pub sides: Vec<Side>,
}

/// Play the timeline under the current rules and under each variant.
pub fn compare(s: &Scenario, variants: &[String], seed: u64) -> Result<Comparison, ActionError> {
    let (_, base) = simulate(s, None, seed, 0)?;
    let base = base.last().cloned().expect("a timeline has a start");
    let mut sides = Vec::new();
    for v in variants {
        let (session, snaps) = simulate(s, Some(v), seed, 0)?;
        let end = snaps.last().cloned().expect("a timeline has a start");
        sides.push(Side {
            id: v.clone(),
            variant: session.scenario.variant(v).cloned(),
            change: change(&session.scenario, &base.board, &end.board),
            end,
            played: session.scenario,
        });
    }
    Ok(Comparison {
        scenario: s.clone(),
        seed,
        base,
        sides,
    })
}

/// The gaps of `gaps` as marks on a wheel: their domains and their cards.
pub fn marks<'a>(gaps: impl Iterator<Item = &'a Gap>) -> Highlights {
    let mut marks = Highlights::default();
    for g in gaps {
        marks.domains.extend(g.domain.iter().cloned());
        marks.tokens.extend(g.tokens.iter().cloned());
    }
    marks
}

impl Change {
    /// The gaps to mark on the variant's wheel: those it opens and those it changes.
    pub fn marked(&self) -> impl Iterator<Item = &Gap> {
        (self.gaps_opened.iter()).chain(self.gaps_changed.iter().map(|g| &g.after))
    }
}

/// The page's style; its colours from the palette, like the wheels'.
fn css() -> String {
    format!(
        "body{{font-family:sans-serif;margin:24px;color:{ink}}}\
         .wheels{{display:flex;flex-wrap:wrap;gap:24px}}.wheel{{flex:1 1 460px}}\
         .totals td,.totals th{{padding:4px 12px;text-align:left}}\
         .big{{font-size:2em;font-weight:bold}}.closed{{color:{good}}}.opened{{color:{alert}}}\
         .changed{{color:{ink}}}\
         @media print{{.wheel{{break-inside:avoid}}}}",
        ink = Colour::Ink.hex(),
        good = Colour::Good.hex(),
        alert = Colour::Alert.hex()
    )
}

/// One self-contained page (no outside resources): the current rules and each variant as
/// wheels side by side — on the current rules the gaps the variants close, on each
/// variant the gaps it opens — the totals in large type, then every changed gap in words.
pub fn html(c: &Comparison, lang: Lang) -> String {
    let w = Words::new(lang);
    let title = format!("{} — {}", c.scenario.title.get(lang), w.t("compare-title"));
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title>\
         <style>{}</style></head><body>\n<h1>{}</h1>\n{}</body></html>\n",
        lang.code(),
        escape(&title),
        css(),
        escape(&title),
        section(c, lang)
    )
}

/// The wheels side by side, the totals and every changed gap, as a part of a page: of the
/// comparison page, and of the session report when its scenario has variants.
pub fn section(c: &Comparison, lang: Lang) -> String {
    let w = Words::new(lang);
    let mut out = String::from("<div class=\"wheels\">");
    let closed = c.sides.iter().flat_map(|side| &side.change.gaps_closed);
    let baseline = w.t("compare-baseline");
    wheel(
        &mut out,
        &c.scenario,
        &c.base,
        &marks(closed),
        &baseline,
        lang,
    );
    for side in &c.sides {
        let opened = marks(side.change.marked());
        wheel(
            &mut out,
            &side.played,
            &side.end,
            &opened,
            &side.name(lang),
            lang,
        );
    }
    out.push_str("</div>\n");
    totals(&mut out, c, &w, lang);
    for side in &c.sides {
        changes(&mut out, c, side, &w, lang);
    }
    out
}

fn wheel(out: &mut String, s: &Scenario, end: &Snapshot, marks: &Highlights, name: &str, l: Lang) {
    let canvas = Canvas::new(520.0, 520.0, l).legend(false);
    let scene = Scene::build(s, &end.board, marks, &canvas);
    let _ = write!(
        out,
        "<div class=\"wheel\"><h2>{}</h2>{}</div>",
        escape(name),
        svg::paint(&scene)
    );
}

fn totals(out: &mut String, c: &Comparison, w: &Words, lang: Lang) {
    let _ = write!(
        out,
        "<table class=\"totals\"><tr><th></th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        escape(&w.t("compare-gaps")),
        escape(&w.t("compare-coherence")),
        escape(&w.t("compare-image")),
        escape(&w.t("compare-professional"))
    );
    let mut row = |name: &str, a: &Analysis| {
        let _ = write!(
            out,
            "<tr><th>{}</th><td class=\"big\">{}</td><td class=\"big\">{:.2}</td><td>{}</td>\
             <td class=\"big\">{:.0}%</td></tr>",
            escape(name),
            a.gaps.len(),
            a.coherence.score,
            escape(&w.say(&a.coherence.image)),
            a.balance.professional_share * 100.0
        );
    };
    row(&w.t("compare-baseline"), &c.base.analysis);
    for side in &c.sides {
        row(&side.name(lang), &side.end.analysis);
    }
    out.push_str("</table>\n");
}

fn changes(out: &mut String, c: &Comparison, side: &Side, w: &Words, lang: Lang) {
    let after = On::new(&side.played, &side.end.board);
    let before = On::new(&side.played, &c.base.board);
    let summary = after
        .before(&c.base.board)
        .say(w, Finding::Change(&side.change));
    let kind = side
        .kind(lang)
        .map(|k| format!("<p class=\"kind\"><b>{}</b></p>", escape(&k)))
        .unwrap_or_default();
    let _ = write!(
        out,
        "<h2>{}</h2>{kind}<p>{}</p><ul>",
        escape(&side.name(lang)),
        escape(&summary)
    );
    for (class, label, on, gaps) in [
        ("closed", "compare-closed", before, &side.change.gaps_closed),
        ("opened", "compare-opened", after, &side.change.gaps_opened),
    ] {
        for g in gaps {
            let _ = write!(
                out,
                "<li class=\"{class}\">{}: {}</li>",
                escape(&w.t(label)),
                escape(&on.say(w, Finding::Gap(g)))
            );
        }
    }
    // A gap that stays with other cards or roles: once, as it is under the variant.
    for g in &side.change.gaps_changed {
        let _ = write!(
            out,
            "<li class=\"changed\">{}: {}</li>",
            escape(&w.t("compare-changed")),
            escape(&after.say(w, Finding::Gap(&g.after)))
        );
    }
    out.push_str("</ul>\n");
}
