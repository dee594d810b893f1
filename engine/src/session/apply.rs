//! The rules of each action: who may do it, what it requires, and what it changes. One
//! small function per kind of action; `apply_to` only dispatches, so the order of the
//! refusals of an action can be read in one place.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::werk;
use super::{
    Action, ActionError, BallotCast, LogEntry, Note, PlayState, PollResult, RingRefusal, Step,
    undrawn_deck,
};
use crate::board::Board;
use crate::observe::{OBSERVER, Observation, Score};
use crate::scenario::*;
use crate::text::Text;
use crate::validate::limits::{MAX_BOARD_CARDS, MAX_BOARD_LINKS};

/// Whether a player in `role` may take this action: a player places, moves, edits and
/// removes only the role's own support; choosing the regisseur and locking the board are
/// the facilitator's.
/// The step a player's action belongs to: support on the board in steps 2 and 3 (the
/// situation and how it changes), votes and post-its in step 4 (reflection). Observations
/// may be scored at any time.
pub(super) fn in_step(step: Step, action: &Action) -> Result<(), ActionError> {
    let board = matches!(step, Step::Situatie | Step::Verandering);
    let belongs = match action {
        Action::PlaceToken(_)
        | Action::MoveToken { .. }
        | Action::EditToken(_)
        | Action::RemoveToken { .. }
        | Action::Link(_)
        | Action::Unlink { .. }
        | Action::LayStartingCard { .. } => (!board).then_some(2),
        Action::Vote { .. }
        | Action::RecordPoll { .. }
        | Action::AddNote { .. }
        | Action::Ballot { .. }
        | Action::BallotChoice { .. } => (step != Step::Reflectie).then_some(4),
        _ => None,
    };
    match belongs {
        Some(belongs) => Err(ActionError::NotInThisStep { belongs }),
        None => Ok(()),
    }
}

pub(super) fn may_act(
    s: &Scenario,
    board: &Board,
    role: &str,
    action: &Action,
) -> Result<(), ActionError> {
    let own = |id: &str| board.token(id).is_none_or(|t| t.role == role);
    let (allowed, token_role) = match action {
        Action::PlaceToken(t) | Action::EditToken(t) => {
            (t.role == role && own(&t.id), t.role.clone())
        }
        Action::MoveToken { token, .. }
        | Action::RemoveToken { token }
        | Action::LayStartingCard { token } => (
            own(token),
            board
                .token(token)
                .map(|t| t.role.clone())
                .unwrap_or_default(),
        ),
        // A line may be drawn or taken away by either of the two it joins.
        Action::Link(Link { from, to, .. }) | Action::Unlink { from, to } => {
            let mine = |id: &str| board.token(id).is_some_and(|t| t.role == role);
            let other = if mine(from) || mine(to) {
                String::new()
            } else {
                board
                    .token(from)
                    .map(|t| t.role.clone())
                    .unwrap_or_default()
            };
            (mine(from) || mine(to), other)
        }
        // Who is regisseur, and locking the board, is the facilitator's call.
        // So are the counts as a whole and the praatplaat (a player adds one at a time),
        // dealing the starting cards, and laying what nobody laid.
        Action::SetRegisseur { .. }
        | Action::SetLocked(_)
        | Action::ShowNote { .. }
        | Action::RecordChoice { .. }
        | Action::RecordDrawing { .. }
        | Action::PickQuestion { .. }
        | Action::DealStartingCards
        | Action::LayAllStartingCards => {
            return Err(ActionError::FacilitatorOnly);
        }
        // One participant, the observer, fills in the observation form.
        Action::Observe { .. } if role != OBSERVER => return Err(ActionError::ObserverOnly),
        _ => (true, String::new()),
    };
    if allowed {
        return Ok(());
    }
    let name = s
        .role(&token_role)
        .map(|r| r.name.clone())
        .unwrap_or_else(|| Text::nl(&token_role));
    Err(ActionError::NotYourCard {
        role: token_role,
        name,
    })
}

/// Apply `action` to `state`. On a refusal `state` may be half changed: the caller works
/// on a copy and drops it.
pub(super) fn apply_to(
    s: &Scenario,
    seed: u64,
    state: &mut PlayState,
    action: Action,
) -> Result<(), ActionError> {
    let board_action = matches!(
        action,
        Action::PlaceToken(_)
            | Action::MoveToken { .. }
            | Action::EditToken(_)
            | Action::RemoveToken { .. }
            | Action::Link(_)
            | Action::Unlink { .. }
            | Action::SetRegisseur { .. }
            | Action::LayStartingCard { .. }
    );
    if board_action && state.locked {
        return Err(ActionError::Locked);
    }
    let board = &mut state.board;
    let result = match action {
        Action::PlaceToken(token) => place(s, board, token),
        Action::MoveToken {
            token,
            domain,
            ring,
        } => move_token(s, board, &token, domain, ring),
        Action::EditToken(edited) => edit(s, board, edited),
        Action::RemoveToken { token } => match board.take_token(&token) {
            Some(_) => Ok(()),
            None => unknown_token(&token),
        },
        Action::Link(link) => add_link(board, link),
        Action::Unlink { from, to } => unlink(board, from, to),
        Action::SetRegisseur { token } => set_regisseur(board, token),
        Action::NextStep => go_to(state, state.step.next().ok_or(ActionError::LastStep)?),
        Action::PreviousStep => go_to(state, state.step.previous().ok_or(ActionError::FirstStep)?),
        Action::DealStartingCards => {
            deal(s, state);
            Ok(())
        }
        Action::LayStartingCard { token } => lay(state, token),
        Action::LayAllStartingCards => lay_all(state),
        Action::Ballot { poll, voter, agree } => ballot(s, state, poll, voter, agree),
        Action::BallotChoice {
            poll,
            voter,
            option,
        } => werk::ballot_choice(s, state, poll, voter, option),
        Action::TriggerEvent { event } => trigger(s, state, event),
        Action::DrawEvent => draw(s, seed, state),
        Action::Vote { poll, agree } => vote(s, state, poll, agree),
        Action::RecordPoll {
            poll,
            agree,
            disagree,
        } => record_poll(s, state, poll, agree, disagree),
        Action::AddNote { round, text } => add_note(state, round, text),
        Action::ShowNote { note, shown } => show_note(state, note, shown),
        Action::Observe { indicator, score } => observe(state, indicator, score),
        Action::SetLocked(locked) => {
            state.locked = locked;
            Ok(())
        }
        Action::Choose { poll, option } => {
            let count = state.choice(&poll, &option).saturating_add(1);
            werk::record_choice(s, state, poll, option, count)
        }
        Action::RecordChoice {
            poll,
            option,
            count,
        } => werk::record_choice(s, state, poll, option, count),
        Action::DrawingLike { drawing } => {
            let count = state.drawings.get(&drawing).copied().unwrap_or(0);
            werk::record_drawing(state, drawing, count.saturating_add(1))
        }
        Action::RecordDrawing { drawing, count } => werk::record_drawing(state, drawing, count),
        Action::PickQuestion { question, picked } => werk::pick(state, question, picked),
        Action::Placemat {
            group,
            question,
            text,
        } => werk::placemat(state, group, question, text),
    };
    // A card in a hand is a card on the board not yet laid: one that left the board (the
    // facilitator took it away, an event ended it) leaves the hand too, or the session
    // would be saved in a form it refuses to load.
    let board = &state.board;
    state.hand.retain(|t| board.token(t).is_some());
    result
}

/// "Alles tonen": every card still in a hand is laid.
fn lay_all(state: &mut PlayState) -> Result<(), ActionError> {
    state.hand.clear();
    Ok(())
}

/// Show a post-it on the projector, or hold it back.
fn show_note(state: &mut PlayState, note: usize, shown: bool) -> Result<(), ActionError> {
    let Some(n) = state.notes.get_mut(note) else {
        return Err(ActionError::UnknownNote { note });
    };
    n.held = !shown;
    Ok(())
}

/// A new step; what is still in a hand is laid, as the facilitator would at the end of
/// step 2 ("Alles tonen"), so no later step has hidden cards.
fn go_to(state: &mut PlayState, step: Step) -> Result<(), ActionError> {
    state.step = step;
    state.hand.clear();
    Ok(())
}

/// Every starting card still on the board goes into its role's hand, in scenario order.
fn deal(s: &Scenario, state: &mut PlayState) {
    state.hand = s
        .board
        .tokens
        .iter()
        .filter(|t| state.board.token(&t.id).is_some())
        .map(|t| t.id.clone())
        .collect();
}

fn lay(state: &mut PlayState, token: TokenId) -> Result<(), ActionError> {
    let before = state.hand.len();
    state.hand.retain(|t| *t != token);
    if state.hand.len() == before {
        return Err(ActionError::NotInHand { token });
    }
    Ok(())
}

/// A phone's vote: a first vote adds one to its side; a changed vote moves one count to
/// the other side; the same vote again changes nothing.
fn ballot(
    s: &Scenario,
    state: &mut PlayState,
    poll: String,
    voter: String,
    agree: bool,
) -> Result<(), ActionError> {
    let before = state.ballot_of(&poll, &voter);
    let previous = before.map(|i| state.ballots[i].agree);
    if previous == Some(agree) {
        return Ok(());
    }
    let (yes, no) = state
        .polls
        .iter()
        .find(|p| p.poll == poll)
        .map_or((0, 0), |p| (p.agree, p.disagree));
    let (mut yes, mut no) = match previous {
        Some(true) => (yes.saturating_sub(1), no),
        Some(false) => (yes, no.saturating_sub(1)),
        None => (yes, no),
    };
    if agree {
        yes = yes.saturating_add(1);
    } else {
        no = no.saturating_add(1);
    }
    record_poll(s, state, poll.clone(), yes, no)?;
    match before {
        Some(i) => state.ballots[i].agree = agree,
        None => state.ballots.push(BallotCast {
            poll,
            voter,
            agree,
            option: None,
        }),
    }
    Ok(())
}

fn place(s: &Scenario, board: &mut Board, token: Token) -> Result<(), ActionError> {
    if token.id.trim().is_empty() || token.id == PERSONA {
        return Err(ActionError::MissingId);
    }
    if board.token(&token.id).is_some() {
        return Err(ActionError::DuplicateToken { token: token.id });
    }
    if board.tokens.len() >= MAX_BOARD_CARDS {
        return Err(ActionError::BoardFull {
            limit: MAX_BOARD_CARDS,
        });
    }
    check_place(s, board, &token.role, &token.domain, &token.ring)?;
    board.tokens.push(token);
    Ok(())
}

fn move_token(
    s: &Scenario,
    board: &mut Board,
    token: &str,
    domain: DomainId,
    ring: RingId,
) -> Result<(), ActionError> {
    let role = match board.token(token) {
        Some(t) => t.role.clone(),
        None => return unknown_token(token),
    };
    check_place(s, board, &role, &domain, &ring)?;
    let t = board.token_mut(token).expect("checked above");
    t.domain = domain;
    t.ring = ring;
    Ok(())
}

fn edit(s: &Scenario, board: &mut Board, edited: Token) -> Result<(), ActionError> {
    let Some(current) = board.token(&edited.id) else {
        return unknown_token(&edited.id);
    };
    if current.role != edited.role {
        return Err(ActionError::RoleChange);
    }
    check_place(s, board, &edited.role, &edited.domain, &edited.ring)?;
    let id = edited.id.clone();
    *board.token_mut(&id).expect("checked above") = edited;
    Ok(())
}

fn add_link(board: &mut Board, link: Link) -> Result<(), ActionError> {
    for end in [&link.from, &link.to] {
        if end != PERSONA && board.token(end).is_none() {
            return unknown_token(end);
        }
    }
    if link.from == link.to {
        return Err(ActionError::SelfLink);
    }
    if board.links.len() >= MAX_BOARD_LINKS && !board.has_link(&link.from, &link.to) {
        return Err(ActionError::TooManyLinks {
            limit: MAX_BOARD_LINKS,
        });
    }
    board.links.retain(|l| !l.joins(&link.from, &link.to));
    board.links.push(link);
    Ok(())
}

fn unlink(board: &mut Board, from: TokenId, to: TokenId) -> Result<(), ActionError> {
    if !board.has_link(&from, &to) {
        return Err(ActionError::NoLink { from, to });
    }
    board.links.retain(|l| !l.joins(&from, &to));
    Ok(())
}

/// The regisseur is a card on the board, or the persona herself (`"persona"`): regie bij
/// de cliënt.
fn set_regisseur(board: &mut Board, token: Option<TokenId>) -> Result<(), ActionError> {
    if let Some(id) = &token
        && id != PERSONA
        && board.token(id).is_none()
    {
        return unknown_token(id);
    }
    board.regisseur = token;
    Ok(())
}

fn trigger(s: &Scenario, state: &mut PlayState, event: EventId) -> Result<(), ActionError> {
    let Some(e) = s.event(&event) else {
        return Err(ActionError::UnknownEvent { event });
    };
    if state.log.iter().any(|l| l.event == event) {
        return Err(ActionError::AlreadyHappened {
            event,
            title: e.title.clone(),
        });
    }
    happen(s, state, e, false);
    Ok(())
}

/// Draw from the undrawn deck. The generator is seeded afresh and run past the earlier
/// draws, so the same seed and the same history draw the same card, also after a reload.
fn draw(s: &Scenario, seed: u64, state: &mut PlayState) -> Result<(), ActionError> {
    let deck = undrawn_deck(s, state);
    if deck.is_empty() {
        return Err(ActionError::DeckEmpty);
    }
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut pick = 0;
    for _ in 0..=state.draws {
        pick = rng.random_range(0..u32::MAX);
    }
    let card = deck[pick as usize % deck.len()];
    state.draws += 1;
    happen(s, state, card, true);
    Ok(())
}

/// One vote more is the same as recording the counts plus one.
fn vote(s: &Scenario, state: &mut PlayState, poll: String, agree: bool) -> Result<(), ActionError> {
    werk::statement_poll(s, &poll)?;
    let (yes, no) = state
        .polls
        .iter()
        .find(|p| p.poll == poll)
        .map_or((0, 0), |p| (p.agree, p.disagree));
    let (yes, no) = if agree {
        (yes.saturating_add(1), no)
    } else {
        (yes, no.saturating_add(1))
    };
    record_poll(s, state, poll, yes, no)
}

fn record_poll(
    s: &Scenario,
    state: &mut PlayState,
    poll: String,
    agree: u32,
    disagree: u32,
) -> Result<(), ActionError> {
    werk::statement_poll(s, &poll)?;
    state.polls.retain(|p| p.poll != poll);
    state.polls.push(PollResult {
        poll,
        agree,
        disagree,
        choices: Default::default(),
    });
    Ok(())
}

fn add_note(state: &mut PlayState, round: Option<String>, text: String) -> Result<(), ActionError> {
    if text.trim().is_empty() {
        return Err(ActionError::EmptyNote);
    }
    let step = state.step;
    state.notes.push(Note {
        round,
        step,
        text: text.trim().to_string(),
        held: false,
    });
    Ok(())
}

fn observe(state: &mut PlayState, indicator: String, score: Score) -> Result<(), ActionError> {
    if crate::observe::indicator(&indicator).is_none() {
        return Err(ActionError::UnknownIndicator { indicator });
    }
    state.observations.retain(|o| o.indicator != indicator);
    state.observations.push(Observation { indicator, score });
    Ok(())
}

fn happen(s: &Scenario, state: &mut PlayState, event: &Event, drawn: bool) {
    let before = state.board.clone();
    for effect in &event.effects {
        state.board.apply_effect(s, &event.id, effect);
    }
    state.log.push(LogEntry {
        event: event.id.clone(),
        title: event.title.clone(),
        drawn,
        board_before: before,
    });
}

fn unknown_token<T>(id: &str) -> Result<T, ActionError> {
    Err(ActionError::UnknownToken {
        token: id.to_string(),
    })
}

/// Whether `role` may put support at (domain, ring) now.
fn check_place(
    s: &Scenario,
    board: &Board,
    role: &str,
    domain: &str,
    ring: &str,
) -> Result<(), ActionError> {
    let Some(r) = s.role(role) else {
        return Err(ActionError::UnknownRole {
            role: role.to_string(),
        });
    };
    if !board.roles.iter().any(|id| id == role) {
        return Err(ActionError::RoleAbsent {
            role: role.to_string(),
            name: r.name.clone(),
        });
    }
    if s.domain(domain).is_none() {
        return Err(ActionError::UnknownDomain {
            domain: domain.to_string(),
        });
    }
    let Some(target) = s.ring(ring) else {
        return Err(ActionError::UnknownRing {
            ring: ring.to_string(),
        });
    };
    if !r.may_use_ring(ring) {
        return Err(ActionError::RingNotAllowed(Box::new(RingRefusal {
            role: role.to_string(),
            ring: ring.to_string(),
            role_name: r.name.clone(),
            ring_name: target.name.clone(),
        })));
    }
    Ok(())
}
