//! Limits a hostile or broken file cannot get round. They are checked before anything
//! else: a file over a limit gets only these problems, so no later check (and no game)
//! ever works through ten thousand cards. Real scenarios stay far below every limit; the
//! numbers are in `docs/scenario-format.md`.

use serde_json::Value;

use super::{Checker, all_effects, all_needs, all_tokens};
use crate::problem::{Counted, ProblemKind};
use crate::scenario::{Effect, Scenario};

/// How many of each part one scenario may hold, with the section a problem points at.
pub const MAX_DOMAINS: usize = 24;
pub const MAX_RINGS: usize = 8;
pub const MAX_ROLES: usize = 64;
/// Cards on the starting board plus every card an event or variant can add.
pub const MAX_CARDS: usize = 600;
/// Links on the starting board plus every link an event or variant can add.
pub const MAX_LINKS: usize = 2000;
/// Needs, goals and the needs events and variants add.
pub const MAX_NEEDS: usize = 300;
pub const MAX_EVENTS: usize = 300;
/// Effects of all events, variant start effects and variant patches together.
pub const MAX_EFFECTS: usize = 3000;
pub const MAX_VARIANTS: usize = 40;
pub const MAX_POLLS: usize = 100;
pub const MAX_ROUNDS: usize = 40;
/// Interview lines, self-reliance scores and the questions of all rounds together.
pub const MAX_LINES: usize = 400;
/// What players may lay during a session on top of what the scenario brings: a card or a
/// line more is refused in play, and a saved session over the sum is refused on loading.
pub const MAX_BOARD_CARDS: usize = 1000;
pub const MAX_BOARD_LINKS: usize = 3000;
/// Ids listed inside items (see `references`).
pub const MAX_REFERENCES: usize = 5000;
/// The longest text or id, in characters (a long interview answer is about 600).
pub const MAX_TEXT_CHARS: usize = 4000;
/// The work of playing the whole scenario under every variant: see `work`. At the limit a
/// debug build plays one variant's timeline in about 5 s, a release build well under 1 s;
/// the built-in scenarios need less than 1% of it.
pub const MAX_WORK: usize = 40_000_000;

/// Report every part over its limit, at the section that holds it.
pub(super) fn check(c: &mut Checker, s: &Scenario, source: &str) {
    let cards = all_tokens(s).len();
    let links = s.board.links.len() + count(s, |e| matches!(e, Effect::AddLink(_)));
    let effects = all_effects(s).count();
    let lines = s.persona.interview.len()
        + s.persona.self_reliance.len()
        + s.rounds.iter().map(|r| r.questions.len()).sum::<usize>();
    let counts = [
        (Counted::Domains, s.domains.len(), MAX_DOMAINS, "domains"),
        (Counted::Rings, s.rings.len(), MAX_RINGS, "rings"),
        (Counted::Roles, s.roles.len(), MAX_ROLES, "roles"),
        (Counted::Cards, cards, MAX_CARDS, "tokens"),
        (Counted::Links, links, MAX_LINKS, "links"),
        (
            Counted::Needs,
            all_needs(s).len() + s.persona.goals.len(),
            MAX_NEEDS,
            "needs",
        ),
        (Counted::Events, s.events.len(), MAX_EVENTS, "events"),
        (Counted::Effects, effects, MAX_EFFECTS, "events"),
        (
            Counted::Variants,
            s.variants.len(),
            MAX_VARIANTS,
            "variants",
        ),
        (Counted::Polls, s.polls.len(), MAX_POLLS, "polls"),
        (Counted::Rounds, s.rounds.len(), MAX_ROUNDS, "rounds"),
        (Counted::Lines, lines, MAX_LINES, "persona"),
        (Counted::References, references(s), MAX_REFERENCES, "roles"),
    ];
    let mut over = false;
    for (part, count, limit, section) in counts {
        if count > limit {
            over = true;
            c.report(
                c.loc.section(section),
                ProblemKind::TooMany { part, count, limit },
            );
        }
    }
    // The work is only worth its own problem when every count is within its limit.
    if !over && work(s.variants.len(), s.events.len(), cards + links) > MAX_WORK {
        c.report(
            c.loc.section("events"),
            ProblemKind::TooMuchWork {
                events: s.events.len(),
                cards,
                links,
                variants: s.variants.len(),
                limit: MAX_WORK,
            },
        );
    }
    long_texts(c, s, source);
}

/// The work of playing every event (timeline and deck) under every variant, on a board
/// that may hold every card and link. Each event is one step, and a step costs the
/// analysis of the board (about cards², for pairs of cards) plus a copy of the session,
/// whose log keeps the board before every earlier event (about events × cards; measured
/// at 8 times the analysis' share per card pair in `engine/tests/limits.rs`).
pub fn work(variants: usize, events: usize, board: usize) -> usize {
    let (e, b) = (events + 1, board + 1);
    let step = b.saturating_mul(b.saturating_add(e.saturating_mul(8)));
    (variants + 1).saturating_mul(e).saturating_mul(step)
}

/// The ids listed inside items: the needs a card serves, a role's rings and agenda, and
/// what variants cancel. A variant's patch is matched against every effect of its event,
/// so these lists are bounded too.
fn references(s: &Scenario) -> usize {
    let serves = all_tokens(s).iter().map(|t| t.serves.len()).sum::<usize>();
    let roles = s
        .roles
        .iter()
        .map(|r| r.rings.len() + r.agenda.len())
        .sum::<usize>();
    let patches = s.variants.iter().flat_map(|v| &v.events);
    let cancels = patches
        .map(|p| p.cancel_for.len() + p.cancel_needs.len())
        .sum::<usize>();
    serves + roles + cancels
}

fn count(s: &Scenario, which: impl Fn(&Effect) -> bool) -> usize {
    all_effects(s).filter(|e| which(e)).count()
}

/// Every string of the scenario longer than `MAX_TEXT_CHARS`, at the place it starts
/// (found by its first characters; RON escapes may hide it, then the file's start).
fn long_texts(c: &mut Checker, s: &Scenario, source: &str) {
    let Ok(value) = serde_json::to_value(s) else {
        return;
    };
    let mut long = Vec::new();
    strings_over(&value, &mut long);
    for text in long {
        let head: String = text.chars().take(40).collect();
        let at = source.find(&head).unwrap_or(0);
        c.report(
            at,
            ProblemKind::TooLong {
                length: text.chars().count(),
                limit: MAX_TEXT_CHARS,
            },
        );
    }
}

/// Collect the strings in `value` longer than the limit.
fn strings_over<'v>(value: &'v Value, out: &mut Vec<&'v str>) {
    match value {
        // Counting bytes first: a text of fewer bytes than the limit has fewer characters.
        Value::String(text)
            if text.len() > MAX_TEXT_CHARS && text.chars().count() > MAX_TEXT_CHARS =>
        {
            out.push(text)
        }
        Value::Array(items) => items.iter().for_each(|v| strings_over(v, out)),
        Value::Object(fields) => fields.values().for_each(|v| strings_over(v, out)),
        _ => {}
    }
}
