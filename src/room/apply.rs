//! Carrying out a phone's request on the session, and the state every phone sees. No Bevy:
//! the game and the headless host both call these, each from its own command path, so a
//! phone's action is checked by the same engine rules as a player's at the laptop
//! (`Session::apply_as` with the phone's role).

use samenspel_engine::draft::TokenDraft;
use samenspel_engine::reflect::rounds;
use samenspel_engine::scenario::{Link, Scenario};
use samenspel_engine::session::{ActionError, PlayState};
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
    (role, voter): (&str, &str),
    action: PhoneAction,
    lang: Lang,
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
            // The same vote again is answered but changes nothing (no empty undo step).
            if session.votes_of(voter).contains(&(poll.clone(), agree)) {
                return Ok(None);
            }
            Ok(Some(Action::Ballot {
                poll,
                voter: voter.to_string(),
                agree,
            }))
        }
        PhoneAction::Choose { poll, option } => {
            if table.polls_revealed {
                return refuse(ErrorCode::VotingClosed, "the votes are shown");
            }
            if session
                .choices_of(voter)
                .contains(&(poll.clone(), option.clone()))
            {
                return Ok(None);
            }
            Ok(Some(Action::BallotChoice {
                poll,
                voter: voter.to_string(),
                option,
            }))
        }
        PhoneAction::Lay { token } => Ok(Some(Action::LayStartingCard { token })),
        PhoneAction::Observe { indicator, score } => Ok(Some(Action::Observe { indicator, score })),
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
    let (role, lang) = {
        let r = shared.registry();
        let Some(p) = r.phone(phone) else {
            return false;
        };
        (p.role.clone(), Lang::parse(&p.lang).unwrap_or_default())
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
    let voter = voter(phone);
    let (reply, changed) = match to_action(session, (&role, &voter), action, lang, table) {
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
    shared.registry().answer(phone, &key, reply);
    // A phone's own vote reaches it with the next `publish`, from the session's ballots.
    changed
}

/// A phone's name in the session's ballots: its number in the room, nothing personal.
pub fn voter(phone: u32) -> String {
    phone.to_string()
}

/// The wheel as the phones see it: the one wheel scene, on the audience canvas (large
/// labels that never overlap, which a phone shrinks to its width), painted as SVG.
pub fn wheel_svg(s: &Scenario, state: &PlayState, lang: Lang) -> String {
    use samenspel_engine::scene::{Canvas, Highlights, Scene};
    let canvas = Canvas::audience(640.0, 640.0, lang);
    // Cards still in a hand are not on the wheel yet.
    let marks = Highlights {
        hidden: state.hand.iter().cloned().collect(),
        ..Highlights::default()
    };
    let scene = Scene::build(s, &state.board, &marks, &canvas);
    samenspel_engine::svg::paint(&scene)
}

/// The roles the room offers: those on the board now (the observer is always offered).
pub fn roles(session: &Session) -> Vec<String> {
    session.board().roles.clone()
}

/// The state of the session (the scenario as played and its state) as one phone page
/// sees it, in `lang`.
pub fn state_json(s: &Scenario, state: &PlayState, table: Table, lang: Lang) -> String {
    let board = &state.board;
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
    let card = |k: &samenspel_engine::scenario::Token| {
        json!({
        "id": k.id, "role": k.role, "domain": k.domain, "ring": k.ring, "who": t(&k.who),
        "what": t(&k.what), "frequency": k.frequency.as_ref().map(t)})
    };
    // On the wheel, and (step 2) still in a hand: each player's phone lists its own.
    let (hand, laid): (Vec<_>, Vec<_>) = board
        .tokens
        .iter()
        .partition(|k| state.hand.contains(&k.id));
    let tokens: Vec<Value> = laid.into_iter().map(card).collect();
    let hand: Vec<Value> = hand.into_iter().map(card).collect();
    // A statement is voted agree/disagree; a question with answers ("Waar bent u
    // werkzaam?") by choosing one answer. Counts only once the facilitator shows them.
    let polls: Vec<Value> = s
        .polls
        .iter()
        .map(|p| {
            let shown = table.polls_revealed;
            let options: Vec<Value> = p
                .options
                .iter()
                .map(|o| {
                    let count = shown.then(|| state.choice(&p.id, &o.id));
                    json!({"id": o.id, "text": t(&o.text), "count": count})
                })
                .collect();
            let counts = state
                .polls
                .iter()
                .find(|r| r.poll == p.id)
                .filter(|_| shown && p.options.is_empty())
                .map(|r| json!([r.agree, r.disagree]));
            json!({"id": p.id, "statement": t(&p.statement), "options": options, "counts": counts})
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
        "step": state.step.number(),
        "step_title": t(&state.step.title()),
        "locked": state.locked,
        "persona": {"name": s.persona.name, "age": board.age,
            "interview": s.persona.interview.iter().map(|l| json!({"q": t(&l.question), "a": t(&l.answer)})).collect::<Vec<_>>()},
        "domains": s.domains.iter().map(|d| json!({"id": d.id, "name": t(&d.name)})).collect::<Vec<_>>(),
        "rings": s.rings.iter().map(|g| json!({"id": g.id, "name": t(&g.name)})).collect::<Vec<_>>(),
        "roles": roles,
        "tokens": tokens,
        "hand": hand,
        "observation": observation_json(state, lang),
        "links": board.links.iter().map(|l| json!({"from": l.from, "to": l.to, "kind": l.kind})).collect::<Vec<_>>(),
        "polls": polls,
        "revealed": table.polls_revealed,
        "round": round,
        "wheel": wheel_svg(s, state, lang),
    })
    .to_string()
}

/// The observation form for the observer's phone: its parts with their behaviours, the
/// five scores, and what has been scored so far (the session's observations).
fn observation_json(state: &PlayState, lang: Lang) -> Value {
    use samenspel_engine::observe::{INDICATORS, Part, Score};
    let parts: Vec<Value> = [Part::Werkalliantie, Part::Samenwerking]
        .into_iter()
        .map(|part| {
            let items: Vec<Value> = INDICATORS
                .iter()
                .filter(|i| i.part == part)
                .map(|i| json!({"id": i.id, "theme": i.theme().get(lang), "text": i.text().get(lang)}))
                .collect();
            json!({"title": part.title().get(lang), "items": items})
        })
        .collect();
    let scores: Vec<Value> = Score::ALL
        .iter()
        .map(|s| json!({"id": s, "label": s.label().get(lang)}))
        .collect();
    let answers: serde_json::Map<String, Value> = state
        .observations
        .iter()
        .map(|o| (o.indicator.clone(), json!(o.score)))
        .collect();
    json!({"parts": parts, "scores": scores, "answers": answers})
}

/// The state every phone sees, in both languages: the slow part of a publish (the wheel
/// as SVG for each language), which the game makes on a thread of its own.
pub fn snapshot(s: &Scenario, state: &PlayState, table: Table) -> Snapshot {
    Snapshot {
        nl: state_json(s, state, table, Lang::Nl).into(),
        en: state_json(s, state, table, Lang::En).into(),
    }
}

/// Tell the registry the roles the session offers and each phone's votes and answers as
/// the session's ballots have them (so undo reaches the phone too): the quick part of a
/// publish, done at once.
pub fn update_registry(session: &Session, shared: &Shared) {
    let offered = roles(session);
    let changed = {
        let mut r = shared.registry();
        let mut changed = r.roles != offered;
        r.roles = offered;
        for p in &mut r.phones {
            let votes = session.votes_of(&voter(p.id));
            let choices = session.choices_of(&voter(p.id));
            if p.votes != votes || p.choices != choices {
                p.votes = votes;
                p.choices = choices;
                changed = true;
            }
        }
        changed
    };
    if changed {
        shared.room_changed();
    }
}

/// Publish the session to the registry and its state to every phone, here and now.
pub fn publish(session: &Session, shared: &Shared, table: Table) {
    update_registry(session, shared);
    shared.publish(snapshot(&session.scenario, &session.state, table));
}
