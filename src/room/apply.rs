//! Carrying out a phone's request on the session, and the state every phone sees. No Bevy:
//! the game and the headless host both call these, each from its own command path, so a
//! phone's action is checked by the same engine rules as a player's at the laptop
//! (`Session::apply_as` with the phone's role).

use samenspel_engine::draft::TokenDraft;
use samenspel_engine::reflect::rounds;
use samenspel_engine::scenario::Link;
use samenspel_engine::session::ActionError;
use samenspel_engine::{Action, Lang, Session};
use serde_json::{Value, json};

use super::protocol::{ErrorCode, PhoneAction, ServerMsg};
use super::{Inbound, Shared, Snapshot};

/// What the room around the session shows besides the session itself.
#[derive(Clone, Copy, Debug, Default)]
pub struct Table {
    pub polls_revealed: bool,
    /// The open reflection round (index into the scenario's rounds).
    pub round: usize,
}

/// Longest text a phone may put on a card or a post-it, in characters.
const MAX_TEXT: usize = 300;

type Refusal = (ErrorCode, String);

fn refuse<T>(code: ErrorCode, detail: &str) -> Result<T, Refusal> {
    Err((code, detail.to_string()))
}

fn text(value: &str) -> Result<String, Refusal> {
    let value = value.trim();
    if value.is_empty() || value.chars().count() > MAX_TEXT {
        return refuse(ErrorCode::BadMessage, "a text of 1 to 300 characters");
    }
    Ok(value.to_string())
}

/// The engine action a request stands for, as `role`, or why it is not for now.
fn to_action(
    session: &Session,
    role: &str,
    action: PhoneAction,
    lang: Lang,
    previous_vote: Option<bool>,
    table: Table,
) -> Result<Option<Action>, Refusal> {
    // Which step allows what is the engine's rule (`ActionError::NotInThisStep`).
    let on_board = |a: Action| Ok(Some(a));
    match action {
        PhoneAction::Place {
            domain,
            ring,
            what,
            frequency,
            who,
        } => {
            let mut draft = TokenDraft::new_at(session, Some(role), &domain, &ring, lang);
            draft.what = text(&what)?;
            if let Some(who) = who.filter(|w| !w.trim().is_empty()) {
                draft.who = text(&who)?;
            }
            draft.frequency = frequency.map(|f| text(&f)).transpose()?.unwrap_or_default();
            on_board(draft.action(session, lang))
        }
        PhoneAction::Edit {
            token,
            what,
            frequency,
        } => {
            let Some(t) = session.board().token(&token) else {
                return on_board(Action::RemoveToken { token });
            };
            let mut draft = TokenDraft::edit(t, lang);
            draft.what = text(&what)?;
            draft.frequency = frequency.map(|f| text(&f)).transpose()?.unwrap_or_default();
            on_board(draft.action(session, lang))
        }
        PhoneAction::Move {
            token,
            domain,
            ring,
        } => on_board(Action::MoveToken {
            token,
            domain,
            ring,
        }),
        PhoneAction::Remove { token } => on_board(Action::RemoveToken { token }),
        PhoneAction::Link { from, to, link } => on_board(Action::Link(Link {
            from,
            to,
            kind: link,
        })),
        PhoneAction::Unlink { from, to } => on_board(Action::Unlink { from, to }),
        PhoneAction::Vote { poll, agree } => {
            if table.polls_revealed {
                return refuse(ErrorCode::VotingClosed, "the votes are shown");
            }
            let counts = session.state.polls.iter().find(|p| p.poll == poll);
            let (yes, no) = counts.map_or((0, 0), |p| (p.agree, p.disagree));
            Ok(match previous_vote {
                None => Some(Action::Vote { poll, agree }),
                Some(before) if before == agree => None,
                // A changed vote moves one count from one side to the other.
                Some(_) if agree => Some(Action::RecordPoll {
                    poll,
                    agree: yes.saturating_add(1),
                    disagree: no.saturating_sub(1),
                }),
                Some(_) => Some(Action::RecordPoll {
                    poll,
                    agree: yes.saturating_sub(1),
                    disagree: no.saturating_add(1),
                }),
            })
        }
        PhoneAction::Note { text: note } => {
            let round = rounds(&session.scenario)
                .get(table.round)
                .map(|r| r.id.clone());
            Ok(Some(Action::AddNote {
                round,
                text: text(&note)?,
            }))
        }
    }
}

/// Carry out one phone request and answer the phone. Returns whether the session changed.
pub fn carry_out(session: &mut Session, shared: &Shared, inbound: Inbound, table: Table) -> bool {
    let Inbound { phone, key, action } = inbound;
    let (role, lang, previous_vote) = {
        let r = shared.registry();
        let Some(p) = r.phone(phone) else {
            return false;
        };
        let vote = match &action {
            PhoneAction::Vote { poll, .. } => p.votes.get(poll).copied(),
            _ => None,
        };
        let lang = Lang::parse(&p.lang).unwrap_or_default();
        (p.role.clone(), lang, vote)
    };
    let answer = |ok: bool, code: Option<ErrorCode>, message: Option<String>| ServerMsg::Result {
        key: key.clone(),
        ok,
        message,
        code,
    };
    let Some(role) = role else {
        let msg = answer(false, Some(ErrorCode::NoRole), None);
        shared.registry().answer(phone, &key, msg);
        return false;
    };
    let vote = match &action {
        PhoneAction::Vote { poll, agree } => Some((poll.clone(), *agree)),
        _ => None,
    };
    let (reply, changed) = match to_action(session, &role, action, lang, previous_vote, table) {
        Err((code, detail)) => (answer(false, Some(code), Some(detail)), false),
        Ok(None) => (answer(true, None, None), false),
        Ok(Some(a)) => match session.apply_as(Some(&role), a) {
            Ok(()) => (answer(true, None, None), true),
            // The reason in the phone's own language, from the catalogues.
            Err(e) => {
                let code =
                    matches!(e, ActionError::NotInThisStep { .. }).then_some(ErrorCode::NotNow);
                let reason = samenspel_engine::Words::new(lang).say(&e);
                (answer(false, code, Some(reason)), false)
            }
        },
    };
    let mut r = shared.registry();
    let voted = matches!(reply, ServerMsg::Result { ok: true, .. }) && vote.is_some();
    if let (true, Some((poll, agree))) = (voted, vote)
        && let Some(p) = r.phone_mut(phone)
    {
        p.votes.insert(poll, agree);
    }
    r.answer(phone, &key, reply);
    drop(r);
    if voted {
        // The phone shows its own vote: it is in the room message.
        shared.room_changed();
    }
    changed
}

/// The wheel as the phones see it: the one wheel scene, on the audience canvas (large
/// labels that never overlap, which a phone shrinks to its width), painted as SVG.
pub fn wheel_svg(session: &Session, lang: Lang) -> String {
    use samenspel_engine::scene::{Canvas, Highlights, Scene};
    let canvas = Canvas::audience(640.0, 640.0, lang);
    let scene = Scene::build(
        &session.scenario,
        session.board(),
        &Highlights::default(),
        &canvas,
    );
    samenspel_engine::svg::paint(&scene)
}

/// The roles the room offers: those on the board now (the observer is always offered).
pub fn roles(session: &Session) -> Vec<String> {
    session.board().roles.clone()
}

/// The state of the session as one phone page sees it, in `lang`.
pub fn state_json(session: &Session, table: Table, lang: Lang) -> String {
    let s = &session.scenario;
    let board = session.board();
    let t = |x: &samenspel_engine::Text| x.get(lang).to_string();
    let roles: Vec<Value> = s
        .roles
        .iter()
        .map(|r| {
            let agenda: Vec<Value> = r.agenda.iter().map(|a| json!({
                "domain": a.domain, "push": matches!(a.stance, samenspel_engine::scenario::Stance::Push),
                "why": t(&a.why)})).collect();
            json!({"id": r.id, "name": t(&r.name), "assignment": t(&r.assignment),
                   "rings": s.rings.iter().filter(|g| r.may_use_ring(&g.id)).map(|g| g.id.clone()).collect::<Vec<_>>(),
                   "agenda": agenda, "on_board": board.roles.contains(&r.id)})
        })
        .collect();
    let tokens: Vec<Value> = board
        .tokens
        .iter()
        .map(|k| {
            json!({
        "id": k.id, "role": k.role, "domain": k.domain, "ring": k.ring, "who": t(&k.who),
        "what": t(&k.what), "frequency": k.frequency.as_ref().map(t)})
        })
        .collect();
    // The phone page votes agree/disagree only: a question with answers ("Waar bent u
    // werkzaam?") is counted at the laptop until the page can choose an answer.
    let polls: Vec<Value> = s
        .polls
        .iter()
        .filter(|p| p.options.is_empty())
        .map(|p| {
            let r = session.state.polls.iter().find(|r| r.poll == p.id);
            let counts = r
                .filter(|_| table.polls_revealed)
                .map(|r| json!([r.agree, r.disagree]));
            json!({"id": p.id, "statement": t(&p.statement), "counts": counts})
        })
        .collect();
    // Round texts name the persona with {naam}; the engine fills it in.
    let filled = |x: &samenspel_engine::Text| samenspel_engine::reflect::fill(x.get(lang), s);
    let round = rounds(s).get(table.round).map(|r| {
        json!({"id": r.id, "title": filled(&r.title),
        "questions": r.questions.iter().map(filled).collect::<Vec<_>>()})
    });
    json!({
        "type": "state",
        "lang": lang.code(),
        "title": t(&s.title),
        "step": session.state.step.number(),
        "step_title": t(&session.state.step.title()),
        "locked": session.state.locked,
        "persona": {"name": s.persona.name, "age": board.age,
            "interview": s.persona.interview.iter().map(|l| json!({"q": t(&l.question), "a": t(&l.answer)})).collect::<Vec<_>>()},
        "domains": s.domains.iter().map(|d| json!({"id": d.id, "name": t(&d.name)})).collect::<Vec<_>>(),
        "rings": s.rings.iter().map(|g| json!({"id": g.id, "name": t(&g.name)})).collect::<Vec<_>>(),
        "roles": roles,
        "tokens": tokens,
        "links": board.links.iter().map(|l| json!({"from": l.from, "to": l.to, "kind": l.kind})).collect::<Vec<_>>(),
        "polls": polls,
        "revealed": table.polls_revealed,
        "round": round,
        "wheel": wheel_svg(session, lang),
    })
    .to_string()
}

/// Publish the session's state to every phone, and the roles it offers to the registry.
pub fn publish(session: &Session, shared: &Shared, table: Table) {
    let offered = roles(session);
    let changed = {
        let mut r = shared.registry();
        let changed = r.roles != offered;
        r.roles = offered;
        changed
    };
    if changed {
        shared.room_changed();
    }
    shared.publish(Snapshot {
        nl: state_json(session, table, Lang::Nl).into(),
        en: state_json(session, table, Lang::En).into(),
    });
}
