//! Checks on a saved session's state that the scenario's validation cannot make.

use super::PlayState;
use crate::locate::Locator;
use crate::problem::{Counted, Problem, ProblemKind};
use crate::scenario::Scenario;
use crate::validate::limits::{MAX_BOARD_CARDS, MAX_BOARD_LINKS, MAX_CARDS, MAX_LINKS};

/// Counts and ids that a hand-edited or damaged file could push past what the game can
/// handle, each placed at the field it is in.
pub(super) fn check_state(s: &Scenario, state: &PlayState, file: &str, text: &str) -> Vec<Problem> {
    let loc = Locator::new(text);
    let mut problems = Vec::new();
    // What the scenario brings plus what players may lay; more comes only from an edited
    // or hostile file, and would make every analysis of the board slow.
    let counts = [
        (
            Counted::BoardCards,
            state.board.tokens.len(),
            MAX_CARDS + MAX_BOARD_CARDS,
        ),
        (
            Counted::BoardLinks,
            state.board.links.len(),
            MAX_LINKS + MAX_BOARD_LINKS,
        ),
    ];
    for (part, count, limit) in counts {
        if count > limit {
            // The board of the state, not the scenario's starting board above it.
            let at = loc.after(loc.section("state"), "board:");
            let (line, column) = loc.line_col(at);
            let kind = ProblemKind::TooMany { part, count, limit };
            problems.push(Problem::new(file, line, column, kind));
        }
    }
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
