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
        let Some(poll) = s.poll(&p.poll) else {
            report(
                "polls",
                ProblemKind::UnknownPollResult {
                    poll: p.poll.clone(),
                },
            );
            continue;
        };
        for option in p.choices.keys().filter(|o| poll.option(o).is_none()) {
            report(
                "choices",
                ProblemKind::UnknownPollOption {
                    poll: p.poll.clone(),
                    option: option.clone(),
                },
            );
        }
    }
    let unknown_question = state
        .praatplaat
        .iter()
        .find(|q| crate::werksessie::question(q).is_none());
    if let Some(q) = unknown_question {
        report(
            "praatplaat",
            ProblemKind::UnknownWerkItem {
                id: q.clone(),
                group: 0,
            },
        );
    }
    let bad_answer = state.placemat.iter().find(|a| {
        crate::werksessie::placemat_question(&a.question).is_none()
            || !(1..=crate::werksessie::MAX_GROUPS).contains(&a.group)
    });
    if let Some(a) = bad_answer {
        report(
            "placemat",
            ProblemKind::UnknownWerkItem {
                id: a.question.clone(),
                group: a.group,
            },
        );
    }
    problems
}
