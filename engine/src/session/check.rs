//! Checks on a saved session's state that the scenario's validation cannot make.

use super::PlayState;
use crate::locate::Locator;
use crate::problem::{Problem, ProblemKind};
use crate::scenario::Scenario;

/// Counts and ids that a hand-edited or damaged file could push past what the game can
/// handle, each placed at the field it is in.
pub(super) fn check_state(s: &Scenario, state: &PlayState, file: &str, text: &str) -> Vec<Problem> {
    let loc = Locator::new(text);
    let mut problems = Vec::new();
    let mut report = |field: &str, kind: ProblemKind| {
        let (line, column) = loc.line_col(loc.section(field));
        problems.push(Problem::new(file, line, column, kind));
    };
    let deck = s.deck().count() as u64;
    if state.draws > deck {
        report(
            "draws",
            ProblemKind::TooManyDraws {
                draws: state.draws,
                deck,
            },
        );
    }
    for p in &state.polls {
        if !s.polls.iter().any(|q| q.id == p.poll) {
            report(
                "polls",
                ProblemKind::UnknownPollResult {
                    poll: p.poll.clone(),
                },
            );
        }
    }
    for token in &state.hand {
        if state.board.token(token).is_none() {
            report(
                "hand",
                ProblemKind::UnknownHandCard {
                    token: token.clone(),
                },
            );
        }
    }
    problems
}
