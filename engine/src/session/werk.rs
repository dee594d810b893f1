//! The rules of the werksessie's actions around the wheel: polls with options, the drawing
//! exercise, the praatplaat and the placemat. None of them touches the board, so they
//! may be taken at any step and on a locked board.

use super::{ActionError, BallotCast, PlayState, PollResult};
use crate::scenario::{Poll, Scenario};
use crate::werksessie::{self, Drawing, MAX_ANSWER, MAX_GROUPS, PLACEMAT, PlacematAnswer};

pub(super) fn record_drawing(
    state: &mut PlayState,
    drawing: Drawing,
    count: u32,
) -> Result<(), ActionError> {
    if count == 0 {
        state.drawings.remove(&drawing);
    } else {
        state.drawings.insert(drawing, count);
    }
    Ok(())
}

/// The poll, when it is a statement to agree or disagree with.
pub(super) fn statement_poll<'a>(s: &'a Scenario, poll: &str) -> Result<&'a Poll, ActionError> {
    let p = known_poll(s, poll)?;
    if !p.options.is_empty() {
        return Err(ActionError::WrongPollKind {
            poll: poll.to_string(),
            has_options: true,
        });
    }
    Ok(p)
}

fn known_poll<'a>(s: &'a Scenario, poll: &str) -> Result<&'a Poll, ActionError> {
    s.poll(poll).ok_or_else(|| ActionError::UnknownPoll {
        poll: poll.to_string(),
    })
}

/// A phone's answer: a first answer adds one to its option; a changed answer moves one
/// from the old option to the new; the same answer again changes nothing.
pub(super) fn ballot_choice(
    s: &Scenario,
    state: &mut PlayState,
    poll: String,
    voter: String,
    option: String,
) -> Result<(), ActionError> {
    let before = state.ballot_of(&poll, &voter);
    let previous = before.and_then(|i| state.ballots[i].option.clone());
    if previous.as_deref() == Some(option.as_str()) {
        return Ok(());
    }
    // The new answer first: it checks the poll and the option, before anything changes.
    let count = state.choice(&poll, &option).saturating_add(1);
    record_choice(s, state, poll.clone(), option.clone(), count)?;
    if let Some(old) = previous {
        let count = state.choice(&poll, &old).saturating_sub(1);
        record_choice(s, state, poll.clone(), old, count)?;
    }
    match before {
        Some(i) => state.ballots[i].option = Some(option),
        None => state.ballots.push(BallotCast {
            poll,
            voter,
            agree: false,
            option: Some(option),
        }),
    }
    Ok(())
}

pub(super) fn record_choice(
    s: &Scenario,
    state: &mut PlayState,
    poll: String,
    option: String,
    count: u32,
) -> Result<(), ActionError> {
    let p = known_poll(s, &poll)?;
    if p.options.is_empty() {
        return Err(ActionError::WrongPollKind {
            poll,
            has_options: false,
        });
    }
    if p.option(&option).is_none() {
        return Err(ActionError::UnknownOption {
            known: p.options.iter().map(|o| o.id.clone()).collect(),
            poll,
            option,
        });
    }
    let index = match state.polls.iter().position(|r| r.poll == poll) {
        Some(i) => i,
        None => {
            state.polls.push(PollResult {
                poll,
                agree: 0,
                disagree: 0,
                choices: Default::default(),
            });
            state.polls.len() - 1
        }
    };
    let choices = &mut state.polls[index].choices;
    if count == 0 {
        choices.remove(&option);
    } else {
        choices.insert(option, count);
    }
    Ok(())
}

pub(super) fn pick(
    state: &mut PlayState,
    question: String,
    picked: bool,
) -> Result<(), ActionError> {
    if werksessie::question(&question).is_none() {
        return Err(ActionError::UnknownQuestion { question });
    }
    let there = state.praatplaat.contains(&question);
    if picked && !there {
        state.praatplaat.push(question);
    } else if !picked {
        state.praatplaat.retain(|q| *q != question);
    }
    Ok(())
}

pub(super) fn placemat(
    state: &mut PlayState,
    group: u32,
    question: String,
    text: String,
) -> Result<(), ActionError> {
    if !(1..=MAX_GROUPS).contains(&group) {
        return Err(ActionError::UnknownGroup {
            group,
            max: MAX_GROUPS,
        });
    }
    let Some(order) = PLACEMAT.iter().position(|q| *q == question) else {
        return Err(ActionError::UnknownPlacematQuestion { question });
    };
    let text = text.trim().to_string();
    let length = text.chars().count();
    if length > MAX_ANSWER {
        return Err(ActionError::AnswerTooLong {
            length,
            max: MAX_ANSWER,
        });
    }
    state
        .placemat
        .retain(|a| !(a.group == group && a.question == question));
    if !text.is_empty() {
        state.placemat.push(PlacematAnswer {
            group,
            question,
            text,
        });
    }
    // By group, then in the placemat's order, so the report reads like the placemat.
    let rank = |a: &PlacematAnswer| {
        let q = PLACEMAT
            .iter()
            .position(|q| *q == a.question)
            .unwrap_or(order);
        (a.group, q)
    };
    state.placemat.sort_by_key(rank);
    Ok(())
}
