//! Warnings: things a scenario writes that do nothing when it is played. The scenario
//! still loads and plays; the author probably meant something else.
//!
//! Links and roles are followed on a real `Board` along the timeline, so the warnings say
//! what play would do. A deck card can come at any point, so it is warned about only when
//! its effect does nothing at every point of the timeline.

use std::collections::BTreeSet;

use super::{Checker, Known};
use crate::board::Board;
use crate::problem::{Owner, ProblemKind};
use crate::scenario::*;

pub(super) fn warnings(c: &mut Checker, s: &Scenario, known: &Known) {
    starting_links(c, s);
    serves_later_needs(c, s, known);
    timeline(c, s, known);
    variant_starts(c, s, known);
    cancels_nothing(c, s, known);
}

/// The name an effect is written with, to find its place among the event's effects.
fn effect_name(effect: &Effect) -> &'static str {
    match effect {
        Effect::EndToken { .. } => "EndToken",
        Effect::ChangeToken { .. } => "ChangeToken",
        Effect::AddToken(_) => "AddToken",
        Effect::AddNeed(_) => "AddNeed",
        Effect::RemoveNeed { .. } => "RemoveNeed",
        Effect::RoleLeaves { .. } => "RoleLeaves",
        Effect::RoleJoins { .. } => "RoleJoins",
        Effect::AddLink(_) => "AddLink",
        Effect::BreakLink { .. } => "BreakLink",
        Effect::SetRegisseur { .. } => "SetRegisseur",
        Effect::SetSelfReliance { .. } => "SetSelfReliance",
        Effect::SetAge { .. } => "SetAge",
    }
}

/// The place of `effects[i]`, written after `anchor`: the n-th effect of its kind there.
fn effect_place(c: &Checker, anchor: usize, effects: &[Effect], i: usize) -> usize {
    let name = effect_name(&effects[i]);
    let n = effects[..i]
        .iter()
        .filter(|f| effect_name(f) == name)
        .count();
    c.loc.nth_after(anchor, name, n)
}

/// Two lines between the same two cards on the starting board.
fn starting_links(c: &mut Checker, s: &Scenario) {
    let section = c.loc.section("links");
    for (i, link) in s.board.links.iter().enumerate() {
        let earlier = &s.board.links[..i];
        if earlier.iter().any(|l| l.joins(&link.from, &link.to)) {
            let at = c.loc.nth_after(section, "from:", i);
            c.report(at, already_linked(Owner::StartingLink, link));
        }
    }
}

fn already_linked(owner: Owner, link: &Link) -> ProblemKind {
    ProblemKind::AlreadyLinked {
        owner,
        from: link.from.clone(),
        to: link.to.clone(),
    }
}

/// A starting card that serves a need which no start gives but an event adds: until that
/// event the card counts for nothing.
fn serves_later_needs(c: &mut Checker, s: &Scenario, known: &Known) {
    let at_start: BTreeSet<&str> = s
        .needs
        .iter()
        .map(|n| n.id.as_str())
        .chain(s.persona.goals.iter().map(|g| g.id.as_str()))
        .collect();
    for token in &s.board.tokens {
        let at = c.loc.item("tokens", &token.id);
        for need in &token.serves {
            if known.needs.contains(need.as_str()) && !at_start.contains(need.as_str()) {
                let place = c.loc.value_after(at, need);
                let kind = ProblemKind::ServesLaterNeed {
                    token: token.id.clone(),
                    need: need.clone(),
                };
                c.report(place, kind);
            }
        }
    }
}

/// Whether an effect does nothing on `board`, where `before` is the board when its event
/// began: a role that joins must have been there all along (a card of the role laid
/// earlier in the same event does not make the join do nothing; leaving first does).
fn does_nothing(effect: &Effect, board: &Board, before: &Board) -> bool {
    match effect {
        Effect::AddLink(link) => board.has_link(&link.from, &link.to),
        Effect::RoleJoins { role } => before.roles.contains(role) && board.roles.contains(role),
        _ => false,
    }
}

fn warning(effect: &Effect, owner: &Owner) -> Option<ProblemKind> {
    match effect {
        Effect::AddLink(link) => Some(already_linked(owner.clone(), link)),
        Effect::RoleJoins { role } => Some(ProblemKind::AlreadyPresent {
            owner: owner.clone(),
            role: role.clone(),
        }),
        _ => None,
    }
}

/// Report the effect at its place, with the id it names as the exact spot.
fn report(c: &mut Checker, anchor: usize, effects: &[Effect], i: usize, owner: &Owner) {
    let Some(kind) = warning(&effects[i], owner) else {
        return;
    };
    let place = effect_place(c, anchor, effects, i);
    let id = match &effects[i] {
        Effect::AddLink(link) => link.from.as_str(),
        Effect::RoleJoins { role } => role.as_str(),
        _ => "",
    };
    let at = c.loc.value_after(place, id);
    c.report(at, kind);
}

/// Play one event's effects on `board`, reporting those that do nothing.
fn play(c: &mut Checker, s: &Scenario, board: &mut Board, event: &Event, known: &Known) {
    let at = c.loc.item("events", &event.id);
    let owner = Owner::Event(event.id.clone());
    let before = board.clone();
    for (i, effect) in event.effects.iter().enumerate() {
        if names_known(effect, known) && does_nothing(effect, board, &before) {
            report(c, at, &event.effects, i, &owner);
        }
        board.apply_effect(s, &event.id, effect);
    }
}

/// Unknown ids are errors of their own; no warning on top of them.
fn names_known(effect: &Effect, known: &Known) -> bool {
    match effect {
        Effect::AddLink(l) => {
            known.link_ends.contains(l.from.as_str()) && known.link_ends.contains(l.to.as_str())
        }
        Effect::RoleJoins { role } => known.roles.contains(role.as_str()),
        _ => true,
    }
}

/// The timeline in order; then each deck card against every point of the timeline.
fn timeline(c: &mut Checker, s: &Scenario, known: &Known) {
    let mut board = Board::start(s);
    let mut points = vec![board.clone()];
    for event in s.scheduled_events() {
        play(c, s, &mut board, event, known);
        points.push(board.clone());
    }
    for card in s.deck() {
        let at = c.loc.item("events", &card.id);
        let owner = Owner::Event(card.id.clone());
        for (i, effect) in card.effects.iter().enumerate() {
            let always = points.iter().all(|p| does_nothing(effect, p, p));
            if names_known(effect, known) && always {
                report(c, at, &card.effects, i, &owner);
            }
        }
    }
}

/// A variant's start effects, on the starting board.
fn variant_starts(c: &mut Checker, s: &Scenario, known: &Known) {
    for variant in &s.variants {
        let at = c.loc.item("variants", &variant.id);
        let owner = Owner::Variant(variant.id.clone());
        let mut board = Board::start(s);
        let before = board.clone();
        for (i, effect) in variant.start.iter().enumerate() {
            if names_known(effect, known) && does_nothing(effect, &board, &before) {
                report(c, at, &variant.start, i, &owner);
            }
            board.apply_effect(s, &variant.id, effect);
        }
    }
}

/// `cancel_for` naming a card, or `cancel_needs` a need, that the event does nothing with.
fn cancels_nothing(c: &mut Checker, s: &Scenario, known: &Known) {
    for variant in &s.variants {
        let at = c.loc.item("variants", &variant.id);
        for patch in &variant.events {
            let Some(event) = s.event(&patch.event) else {
                continue;
            };
            let patch_at = c.loc.value_after(at, &patch.event);
            let touches = |id: &str| event.effects.iter().any(|f| f.concerns_token(id));
            let adds_need = |id: &str| {
                (event.effects.iter()).any(|f| matches!(f, Effect::AddNeed(n) if n.id == id))
            };
            let cards = (patch.cancel_for.iter())
                .filter(|t| known.tokens.contains(t.as_str()) && !touches(t));
            let needs = (patch.cancel_needs.iter())
                .filter(|n| known.needs.contains(n.as_str()) && !adds_need(n));
            for id in cards.chain(needs) {
                let kind = ProblemKind::CancelsNothing {
                    variant: variant.id.clone(),
                    event: event.id.clone(),
                    id: id.clone(),
                };
                c.report(c.loc.value_after(patch_at, id), kind);
            }
        }
    }
}
