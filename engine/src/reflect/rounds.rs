//! Reflection rounds: what a round points at on the wheel, and the default rounds.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::board::Board;
use crate::scenario::*;
use crate::words::{Arg, both};

use super::{Analysis, Gap, GapKind};

/// What a reflection round points at on the wheel.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Highlighted {
    pub tokens: BTreeSet<TokenId>,
    pub ended: BTreeSet<TokenId>,
    pub domains: BTreeSet<DomainId>,
    pub links: bool,
    pub gaps: Vec<Gap>,
}

/// The tokens, domains and findings a set of highlights points at.
pub fn highlight(
    s: &Scenario,
    board: &Board,
    analysis: &Analysis,
    wanted: &[Highlight],
) -> Highlighted {
    let mut out = Highlighted::default();
    let take = |kind: GapKind, out: &mut Highlighted| {
        for g in analysis.gaps.iter().filter(|g| g.kind == kind) {
            out.tokens.extend(
                g.tokens
                    .iter()
                    .filter(|t| board.token(t).is_some())
                    .cloned(),
            );
            out.domains.extend(g.domain.iter().cloned());
            out.gaps.push(g.clone());
        }
    };
    for h in wanted {
        match h {
            Highlight::UnservedNeeds => take(GapKind::UnservedNeed, &mut out),
            Highlight::EndedSupport => {
                take(GapKind::EndedSupport, &mut out);
                out.ended
                    .extend(board.ended.iter().map(|e| e.token.id.clone()));
            }
            Highlight::OnlyProfessional => take(GapKind::OnlyProfessional, &mut out),
            Highlight::Fragmentation => take(GapKind::Fragmentation, &mut out),
            Highlight::CollidingAssignments => {
                take(GapKind::CollidingAssignments, &mut out);
                let roles: BTreeSet<&str> = analysis
                    .gaps
                    .iter()
                    .filter(|g| g.kind == GapKind::CollidingAssignments)
                    .flat_map(|g| g.roles.iter().map(|r| r.as_str()))
                    .collect();
                out.tokens.extend(
                    board
                        .tokens
                        .iter()
                        .filter(|t| roles.contains(t.role.as_str()))
                        .map(|t| t.id.clone()),
                );
            }
            Highlight::Links => out.links = true,
            // The persona as her own regisseur is no card to mark.
            Highlight::Regisseur => out.tokens.extend(
                board
                    .regisseur
                    .iter()
                    .filter(|r| board.token(r).is_some())
                    .cloned(),
            ),
            Highlight::OwnStrength => {
                let own: Vec<TokenId> = board
                    .tokens
                    .iter()
                    .filter(|t| s.ring_kind(&t.ring) == Some(RingKind::EigenKracht))
                    .map(|t| t.id.clone())
                    .collect();
                out.tokens.extend(own);
            }
            Highlight::Change => {
                out.ended
                    .extend(board.ended.iter().map(|e| e.token.id.clone()));
            }
        }
    }
    out
}

/// A round from the catalogues: `round-<id>-title` and `round-<id>-q1..=q<questions>`,
/// with `{naam}` left in for `fill`.
fn catalogue_round(id: &str, questions: usize, highlights: &[Highlight]) -> Round {
    let naam = || -> [(&str, Arg); 1] { [("naam", "{naam}".into())] };
    let key = id.replace('_', "-");
    Round {
        id: id.to_string(),
        title: both(&format!("round-{key}-title"), &naam()),
        questions: (1..=questions)
            .map(|n| both(&format!("round-{key}-q{n}"), &naam()))
            .collect(),
        highlights: highlights.to_vec(),
    }
}

/// The default reflection rounds (seed 004), used when a scenario lists none. "Heeft
/// {naam} zelf de regie?" follows "wie werkt met wie" (seeds 000 and 003: regie with the
/// client where possible).
pub fn default_rounds() -> Vec<Round> {
    use Highlight::*;
    let rounds: [(&str, usize, &[Highlight]); 7] = [
        ("gesteund", 2, &[OwnStrength, UnservedNeeds]),
        ("wat_valt_op", 2, &[UnservedNeeds, OnlyProfessional]),
        ("wie_met_wie", 3, &[Links, Regisseur, Fragmentation]),
        ("zelf_regie", 2, &[Regisseur, OwnStrength]),
        ("botsende_opdrachten", 2, &[CollidingAssignments]),
        ("verandering", 2, &[EndedSupport, Change]),
        ("meenemen", 2, &[]),
    ];
    rounds
        .iter()
        .map(|(id, questions, highlights)| catalogue_round(id, *questions, highlights))
        .collect()
}

/// The round on consent for a persona who is or becomes an adult: who may still take part
/// in the talks, now that she decides that herself.
pub fn consent_round() -> Round {
    catalogue_round("toestemming", 2, &[Highlight::Links, Highlight::Change])
}

/// Whether the persona is 18 at the start, or turns 18 or older in a timeline event (not
/// a deck card: those may never be drawn).
pub fn turns_adult(s: &Scenario) -> bool {
    s.persona.age == 18
        || (s.persona.age < 18
            && s.events
                .iter()
                .filter(|e| e.when == When::Scheduled)
                .any(|e| {
                    e.effects
                        .iter()
                        .any(|f| matches!(f, Effect::SetAge { age } if *age >= 18))
                }))
}

/// The rounds of a scenario: its own, or the defaults; for a persona who is or turns 18
/// the consent round follows the change round.
pub fn rounds(s: &Scenario) -> Vec<Round> {
    if !s.rounds.is_empty() {
        return s.rounds.clone();
    }
    let mut all = default_rounds();
    if turns_adult(s) {
        let at = all
            .iter()
            .position(|r| r.id == "verandering")
            .map_or(all.len(), |i| i + 1);
        all.insert(at, consent_round());
    }
    all
}

/// A round text with the persona's name filled in.
pub fn fill(template: &str, s: &Scenario) -> String {
    template.replace("{naam}", &s.persona.name)
}
