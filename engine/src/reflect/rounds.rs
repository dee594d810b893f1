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
            Highlight::Regisseur => out.tokens.extend(board.regisseur.iter().cloned()),
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

/// The default reflection rounds (seed 004), used when a scenario lists none: their
/// texts come from the catalogues (`round-<id>-title`, `round-<id>-q<n>`), with `{naam}`
/// left in for `fill` to replace by the persona's name.
pub fn default_rounds() -> Vec<Round> {
    use Highlight::*;
    let rounds: [(&str, usize, &[Highlight]); 6] = [
        ("gesteund", 2, &[OwnStrength, UnservedNeeds]),
        ("wat_valt_op", 2, &[UnservedNeeds, OnlyProfessional]),
        ("wie_met_wie", 3, &[Links, Regisseur, Fragmentation]),
        ("botsende_opdrachten", 2, &[CollidingAssignments]),
        ("verandering", 2, &[EndedSupport, Change]),
        ("meenemen", 2, &[]),
    ];
    let naam = || -> [(&str, Arg); 1] { [("naam", "{naam}".into())] };
    rounds
        .iter()
        .map(|(id, questions, highlights)| {
            let key = id.replace('_', "-");
            Round {
                id: id.to_string(),
                title: both(&format!("round-{key}-title"), &naam()),
                questions: (1..=*questions)
                    .map(|n| both(&format!("round-{key}-q{n}"), &naam()))
                    .collect(),
                highlights: highlights.to_vec(),
            }
        })
        .collect()
}

/// The rounds of a scenario: its own, or the defaults.
pub fn rounds(s: &Scenario) -> Vec<Round> {
    if s.rounds.is_empty() {
        default_rounds()
    } else {
        s.rounds.clone()
    }
}

/// A round text with the persona's name filled in.
pub fn fill(template: &str, s: &Scenario) -> String {
    template.replace("{naam}", &s.persona.name)
}
