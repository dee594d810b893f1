//! One checker per part of a scenario, called by `validate` in the order the parts are
//! written.

use std::collections::BTreeSet;
use std::path::Path;

use super::items::{check_effect, check_link, check_need, check_path, check_token};
use super::{Checker, Ids, Known};
use crate::problem::{Item, Owner, ProblemKind};
use crate::scenario::*;

/// The oldest age a persona or an effect may give: beyond it the number is a typing error.
pub(super) const MAX_AGE: u8 = 120;

/// The scenario's id, title and summary.
pub(super) fn scenario_id(c: &mut Checker, s: &Scenario) {
    let top = 0;
    if s.id.trim().is_empty() {
        c.report(c.loc.after(top, "id:"), ProblemKind::EmptyScenarioId);
    }
    if !s.id.is_empty()
        && !s
            .id
            .chars()
            .all(|ch| ch.is_ascii_alphanumeric() || ch == '_' || ch == '-')
    {
        c.report(
            c.loc.after(top, "id:"),
            ProblemKind::ScenarioIdCharacters { id: s.id.clone() },
        );
    }
    c.text(top, "title", &s.title, &Owner::Scenario);
    c.text(top, "summary", &s.summary, &Owner::Scenario);
}

/// Ids, unique per kind, and none that belongs to the persona.
pub(super) fn unique_ids(c: &mut Checker, s: &Scenario, ids: &Ids) {
    c.unique("domains", Item::Domain, &ids.domains);
    c.unique("rings", Item::Ring, &ids.rings);
    c.unique("roles", Item::Role, &ids.roles);
    c.unique("tokens", Item::Token, &ids.tokens);
    c.unique("needs", Item::NeedOrGoal, &ids.needs);
    c.unique("events", Item::Event, &ids.events);
    c.unique(
        "variants",
        Item::Variant,
        &s.variants.iter().map(|v| v.id.as_str()).collect::<Vec<_>>(),
    );
    c.unique(
        "polls",
        Item::Poll,
        &s.polls.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(),
    );
    c.unique(
        "rounds",
        Item::Round,
        &s.rounds.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
    );
    if ids.tokens.contains(&PERSONA) {
        let at = c.loc.item("tokens", PERSONA);
        c.report(
            at,
            ProblemKind::ReservedId {
                id: PERSONA.to_string(),
            },
        );
    }
}

/// What every wheel needs: domains, the four kinds of ring once each, roles, and a
/// persona of a human age.
pub(super) fn structure(c: &mut Checker, s: &Scenario) {
    if s.domains.is_empty() {
        c.report(c.loc.section("domains"), ProblemKind::NoDomains);
    }
    let kinds: BTreeSet<RingKind> = s.rings.iter().map(|r| r.kind).collect();
    for kind in [
        RingKind::EigenKracht,
        RingKind::Informeel,
        RingKind::Gemeente,
        RingKind::Rijk,
    ] {
        if !kinds.contains(&kind) {
            c.report(
                c.loc.section("rings"),
                ProblemKind::MissingRing { ring_kind: kind },
            );
        }
    }
    if s.rings.len() != kinds.len() {
        c.report(c.loc.section("rings"), ProblemKind::SameRingKind);
    }
    if s.roles.is_empty() {
        c.report(c.loc.section("roles"), ProblemKind::NoRoles);
    }
    if s.persona.age > MAX_AGE {
        c.report(
            c.loc.after(c.loc.section("persona"), "age:"),
            ProblemKind::PersonaAge {
                age: s.persona.age.into(),
            },
        );
    }
}

/// The persona: her name, portrait, interview, goals and self-reliance.
pub(super) fn persona(c: &mut Checker, s: &Scenario, known: &Known, dir: Option<&Path>) {
    let persona = c.loc.section("persona");
    if s.persona.name.trim().is_empty() {
        c.report(c.loc.after(persona, "name:"), ProblemKind::NoPersonaName);
    }
    if let Some(portrait) = &s.persona.portrait {
        check_path(c, persona, portrait, dir);
    }
    for line in &s.persona.interview {
        let at = c.loc.after(persona, "interview:");
        c.text(at, "question", &line.question, &Owner::InterviewQuestion);
        c.text(at, "answer", &line.answer, &Owner::InterviewAnswer);
    }
    for goal in &s.persona.goals {
        let at = c.loc.item("goals", &goal.id);
        let owner = Owner::Goal(goal.id.clone());
        c.reference(at, &known.domains, &goal.domain, Item::Domain, &owner);
        c.text(at, "text", &goal.text, &owner);
    }
    for sr in &s.persona.self_reliance {
        let at = c.loc.section("self_reliance");
        c.reference(
            at,
            &known.domains,
            &sr.domain,
            Item::Domain,
            &Owner::SelfReliance,
        );
    }
}

/// The wheel and its players: domains, rings, roles and the needs.
pub(super) fn wheel(c: &mut Checker, s: &Scenario, known: &Known) {
    for d in &s.domains {
        let at = c.loc.item("domains", &d.id);
        c.text(at, "name", &d.name, &Owner::Domain(d.id.clone()));
    }
    for r in &s.rings {
        let at = c.loc.item("rings", &r.id);
        c.text(at, "name", &r.name, &Owner::Ring(r.id.clone()));
    }
    for role in &s.roles {
        let at = c.loc.item("roles", &role.id);
        let owner = Owner::Role(role.id.clone());
        c.text(at, "name", &role.name, &owner);
        c.text(at, "assignment", &role.assignment, &owner);
        for ring in &role.rings {
            c.reference(at, &known.rings, ring, Item::Ring, &owner);
        }
        for agenda in &role.agenda {
            c.reference(at, &known.domains, &agenda.domain, Item::Domain, &owner);
            c.text(at, "why", &agenda.why, &owner);
        }
    }
    for need in &s.needs {
        check_need(c, need, &known.domains);
    }
}

/// The starting board: its tokens, links and regisseur.
pub(super) fn board(c: &mut Checker, s: &Scenario, known: &Known) {
    for token in &s.board.tokens {
        check_token(c, s, token, known);
    }
    // Lines on the starting board join cards that are there at the start (or the persona);
    // a card that only an event adds cannot have a line yet.
    let starting: BTreeSet<&str> = s.board.tokens.iter().map(|t| t.id.as_str()).collect();
    let mut ends = starting.clone();
    ends.insert(PERSONA);
    for link in &s.board.links {
        let at = c.loc.section("links");
        check_link(c, at, link, &ends, &Owner::StartingLink);
    }
    if let Some(regisseur) = &s.board.regisseur {
        let at = c.loc.section("regisseur");
        c.reference(at, &ends, regisseur, Item::Token, &Owner::Regisseur);
    }
}

pub(super) fn events(c: &mut Checker, s: &Scenario, known: &Known) {
    for event in &s.events {
        let at = c.loc.item("events", &event.id);
        let owner = Owner::Event(event.id.clone());
        c.text(at, "title", &event.title, &owner);
        c.text(at, "description", &event.description, &owner);
        if let Some(after) = &event.after {
            after_event(c, at, event, after, known);
        }
        for effect in &event.effects {
            check_effect(c, s, at, effect, &owner, known);
        }
    }
    not_yet_there(c, s, known);
}

/// The cards an effect acts on (not the ones it creates).
fn acted_on(effect: &Effect) -> Vec<&str> {
    match effect {
        Effect::EndToken { token, .. } | Effect::ChangeToken { token, .. } => vec![token],
        Effect::AddLink(link) => vec![&link.from, &link.to],
        Effect::BreakLink { from, to } => vec![from, to],
        Effect::SetRegisseur { token: Some(token) } => vec![token],
        _ => vec![],
    }
}

/// A timeline event acts on cards that are on the board at its point of the timeline: on
/// the starting board (or placed by a variant's start), or placed by this or an earlier
/// timeline event. A card that only a
/// deck card places may never come. (Unknown ids are reported elsewhere.)
fn not_yet_there(c: &mut Checker, s: &Scenario, known: &Known) {
    let mut there: BTreeSet<&str> = s.board.tokens.iter().map(|t| t.id.as_str()).collect();
    there.insert(PERSONA);
    // A variant's start effects place cards at the start too (a saved session keeps the
    // variant it was played with, its patches merged into the events).
    there.extend(
        s.variants
            .iter()
            .flat_map(|v| v.start.iter())
            .filter_map(|f| match f {
                Effect::AddToken(t) => Some(t.id.as_str()),
                _ => None,
            }),
    );
    for event in s.events.iter().filter(|e| e.when == When::Scheduled) {
        let at = c.loc.item("events", &event.id);
        there.extend(event.effects.iter().filter_map(|f| match f {
            Effect::AddToken(t) => Some(t.id.as_str()),
            _ => None,
        }));
        // Once per card and event, however many effects act on it.
        let mut said = BTreeSet::new();
        for token in event.effects.iter().flat_map(acted_on) {
            if known.tokens.contains(token) && !there.contains(token) && said.insert(token) {
                let kind = ProblemKind::NotYetThere {
                    event: event.id.clone(),
                    token: token.to_string(),
                };
                c.report(c.loc.value_after(at, token), kind);
            }
        }
    }
}

/// What a variant adds to a timeline event acts on cards there at that point of the
/// timeline as the variant plays it (with its cancels, and its additions to earlier
/// events). Located at the card in the variant's patch.
fn variant_not_yet_there(c: &mut Checker, s: &Scenario, variant: &Variant, at: usize, k: &Known) {
    if variant.events.iter().all(|p| p.add.is_empty()) {
        return;
    }
    let played = s.with_variant(variant);
    let placed = |f: &Effect| match f {
        Effect::AddToken(t) => Some(t.id.clone()),
        _ => None,
    };
    let mut there: BTreeSet<String> = s.board.tokens.iter().map(|t| t.id.clone()).collect();
    there.insert(PERSONA.to_string());
    there.extend(variant.start.iter().filter_map(placed));
    for event in played.scheduled_events() {
        there.extend(event.effects.iter().filter_map(placed));
        let patches = variant.events.iter().filter(|p| p.event == event.id);
        let added: Vec<&Effect> = patches.flat_map(|p| p.add.iter()).collect();
        let patch_at = c.loc.value_after(at, &event.id);
        let mut said = BTreeSet::new();
        for token in added.into_iter().flat_map(acted_on) {
            if k.tokens.contains(token) && !there.contains(token) && said.insert(token) {
                let kind = ProblemKind::NotYetThere {
                    event: event.id.clone(),
                    token: token.to_string(),
                };
                c.report(c.loc.value_after(patch_at, token), kind);
            }
        }
    }
}

/// A deck card's `after`: an event of the scenario, not the card itself, and only on a
/// deck card.
fn after_event(c: &mut Checker, at: usize, event: &Event, after: &str, known: &Known) {
    let owner = Owner::Event(event.id.clone());
    let field = c.loc.after(at, "after");
    c.reference(field, &known.events, after, Item::Event, &owner);
    let id = event.id.clone();
    if event.when != When::Deck {
        c.report(field, ProblemKind::AfterNotDeck { event: id });
    } else if after == event.id {
        let value = c.loc.value_after(field, after);
        c.report(value, ProblemKind::AfterItself { event: id });
    }
}

/// Policy variants: their texts, the effects at the start, and how they change events.
pub(super) fn variants(c: &mut Checker, s: &Scenario, known: &Known) {
    for variant in &s.variants {
        let at = c.loc.item("variants", &variant.id);
        let owner = Owner::Variant(variant.id.clone());
        c.text(at, "name", &variant.name, &owner);
        c.text(at, "description", &variant.description, &owner);
        for effect in &variant.start {
            check_effect(c, s, at, effect, &owner, known);
        }
        for patch in &variant.roles {
            role_patch(c, at, patch, known, &owner);
        }
        for patch in &variant.events {
            c.reference(at, &known.events, &patch.event, Item::Event, &owner);
            let patch_at = c.loc.value_after(at, &patch.event);
            if let Some(title) = &patch.title {
                c.text(patch_at, "title", title, &owner);
            }
            if let Some(description) = &patch.description {
                c.text(patch_at, "description", description, &owner);
            }
            for t in &patch.cancel_for {
                c.reference(at, &known.tokens, t, Item::Token, &owner);
            }
            for n in &patch.cancel_needs {
                c.reference(at, &known.needs, n, Item::Need, &owner);
            }
            for effect in &patch.add {
                check_effect(c, s, at, effect, &owner, known);
            }
        }
        cancelled_needs_still_served(c, s, variant, at);
        variant_not_yet_there(c, s, variant, at, known);
    }
}

/// A variant's change to a role: a known role, Dutch texts, known domains.
fn role_patch(c: &mut Checker, at: usize, patch: &RolePatch, known: &Known, owner: &Owner) {
    c.reference(at, &known.roles, &patch.role, Item::Role, owner);
    let patch_at = c.loc.value_after(at, &patch.role);
    if let Some(assignment) = &patch.assignment {
        c.text(patch_at, "assignment", assignment, owner);
    }
    for agenda in patch.agenda.iter().flatten() {
        c.reference(
            patch_at,
            &known.domains,
            &agenda.domain,
            Item::Domain,
            owner,
        );
        c.text(patch_at, "why", &agenda.why, owner);
    }
}

/// A need a variant cancels must not be served by a card the variant keeps in the patched
/// event or adds (at the start or in a patch): that card would serve a need that never
/// arises. Located at the need in the card's `serves`.
fn cancelled_needs_still_served(c: &mut Checker, s: &Scenario, variant: &Variant, at: usize) {
    for patch in &variant.events {
        let kept = s
            .event(&patch.event)
            .into_iter()
            .flat_map(|e| e.effects.iter())
            .filter(|f| !patch.cancel_for.iter().any(|t| f.concerns_token(t)));
        let added = variant.start.iter().chain(patch.add.iter());
        for effect in kept.chain(added) {
            // A card added, or one whose `serves` a change sets anew.
            let (token, serves) = match effect {
                Effect::AddToken(t) => (&t.id, &t.serves),
                Effect::ChangeToken {
                    token,
                    serves: Some(serves),
                    ..
                } => (token, serves),
                _ => continue,
            };
            // The card after the variant's own id (a card may share it).
            let card = match effect {
                Effect::AddToken(_) => c.loc.item_from(at + 1, token, 0),
                _ => None,
            }
            .unwrap_or_else(|| c.loc.after(at, &format!("token: \"{token}\"")));
            for need in serves.iter().filter(|n| patch.cancel_needs.contains(n)) {
                let place = c.loc.value_after(card, need);
                let kind = ProblemKind::ServesCancelledNeed {
                    variant: variant.id.clone(),
                    token: token.clone(),
                    need: need.clone(),
                };
                c.report(place, kind);
            }
        }
    }
}

/// Whether a poll with options has at least two, all with ids of their own.
fn two_distinct_options(poll: &Poll) -> bool {
    let ids: BTreeSet<&str> = poll
        .options
        .iter()
        .map(|o| o.id.trim())
        .filter(|id| !id.is_empty())
        .collect();
    ids.len() >= 2 && ids.len() == poll.options.len()
}

/// The statements to vote on (with their answers) and the reflection rounds: texts only.
pub(super) fn polls_and_rounds(c: &mut Checker, s: &Scenario) {
    for poll in &s.polls {
        let at = c.loc.item("polls", &poll.id);
        let owner = Owner::Poll(poll.id.clone());
        c.text(at, "statement", &poll.statement, &owner);
        for option in &poll.options {
            c.text(at, "options", &option.text, &owner);
        }
        if !poll.options.is_empty() && !two_distinct_options(poll) {
            c.report(
                at,
                ProblemKind::TooFewOptions {
                    poll: poll.id.clone(),
                },
            );
        }
    }
    for round in &s.rounds {
        let at = c.loc.item("rounds", &round.id);
        let owner = Owner::Round(round.id.clone());
        c.text(at, "title", &round.title, &owner);
        for q in &round.questions {
            c.text(at, "questions", q, &owner);
        }
    }
}
