//! Sessions: undo and redo (with a property over random action sequences), saving and
//! loading, the seeded deck, and refusals.

mod common;
use common::TempDir;
use std::path::Path;

use proptest::prelude::*;
use samenspel_engine::builtin::builtin;
use samenspel_engine::observe::{INDICATORS, Score};
use samenspel_engine::scenario::{Effect, Link, LinkKind, PERSONA, Scenario, Token};
use samenspel_engine::session::{Action, ActionError, PlayState, Session, Step, undrawn_deck};
use samenspel_engine::text::{Lang, Text};
use samenspel_engine::words::Words;

fn tess() -> Scenario {
    builtin("tess")
        .expect("tess is built in")
        .unwrap_or_else(|p| panic!("{p}"))
}

fn token(id: &str, role: &str, domain: &str, ring: &str) -> Token {
    Token {
        id: id.into(),
        role: role.into(),
        domain: domain.into(),
        ring: ring.into(),
        who: Text::nl("iemand"),
        what: Text::nl("iets"),
        law: None,
        frequency: None,
        financial: false,
        serves: vec![],
    }
}

#[test]
fn undo_and_redo_step_through_history() {
    let s = tess();
    let mut session = Session::new(&s, None, 0).unwrap();
    let start = session.state.clone();
    assert!(!session.can_undo() && !session.can_redo());
    assert!(!session.undo(), "nothing to undo yet");
    assert!(!session.redo(), "nothing to redo yet");

    session
        .apply(Action::PlaceToken(token(
            "buurvrouw",
            "moeder",
            "wonen",
            "informeel",
        )))
        .unwrap();
    let placed = session.state.clone();
    session
        .apply(Action::Link(Link {
            from: "buurvrouw".into(),
            to: PERSONA.into(),
            kind: LinkKind::Contact,
        }))
        .unwrap();
    let linked = session.state.clone();
    session.apply(Action::NextStep).unwrap();
    assert_eq!(session.state.step, Step::Situatie);

    assert!(session.undo());
    assert_eq!(session.state, linked);
    assert!(session.undo());
    assert_eq!(session.state, placed);
    assert!(session.can_redo());
    assert!(session.redo());
    assert_eq!(session.state, linked);
    assert!(session.undo());
    assert!(session.undo());
    assert_eq!(session.state, start);
    assert!(!session.can_undo());

    // A new action after undo drops the redo history.
    session.apply(Action::SetLocked(true)).unwrap();
    assert!(!session.can_redo());
    assert!(!session.redo());
    assert!(session.undo());
    assert_eq!(session.state, start);
}

#[test]
fn a_refused_action_changes_nothing_and_is_not_undoable() {
    let s = tess();
    let mut session = Session::new(&s, None, 0).unwrap();
    let start = session.state.clone();
    assert!(session.apply(Action::PreviousStep).is_err());
    assert!(
        session
            .apply(Action::RemoveToken {
                token: "bestaat_niet".into()
            })
            .is_err()
    );
    assert_eq!(session.state, start);
    assert!(!session.can_undo());
}

#[test]
fn undo_reverses_an_event() {
    let s = tess();
    let mut session = Session::new(&s, None, 0).unwrap();
    let start = session.state.clone();
    session
        .apply(Action::TriggerEvent {
            event: "tess_wordt_18".into(),
        })
        .unwrap();
    assert_eq!(session.board().age, 18);
    assert!(!session.board().ended.is_empty());
    assert_eq!(session.state.log[0].board_before, start.board);
    // The same event cannot happen twice.
    let err = session
        .apply(Action::TriggerEvent {
            event: "tess_wordt_18".into(),
        })
        .unwrap_err();
    assert!(
        Words::new(Lang::Nl).say(&err).contains("al gebeurd"),
        "{err}"
    );
    assert!(session.undo());
    assert_eq!(session.state, start);
    assert_eq!(session.board().age, 17);
}

// ---------------------------------------------------------------------------------------
// The property: any sequence of actions, then as many undos as successes, is the start.
// ---------------------------------------------------------------------------------------

/// An action described by small numbers; `to_action` turns it into a real one for Tess.
#[derive(Clone, Debug)]
enum Op {
    Place {
        token: usize,
        role: usize,
        domain: usize,
        ring: usize,
    },
    Move {
        token: usize,
        domain: usize,
        ring: usize,
    },
    Edit {
        token: usize,
        domain: usize,
        ring: usize,
        what: String,
    },
    Remove {
        token: usize,
    },
    Link {
        from: usize,
        to: usize,
        kind: usize,
    },
    Unlink {
        from: usize,
        to: usize,
    },
    SetRegisseur {
        token: Option<usize>,
    },
    Next,
    Previous,
    Trigger {
        event: usize,
    },
    Draw,
    Poll {
        poll: usize,
        agree: u32,
        disagree: u32,
    },
    Note {
        round: Option<usize>,
        text: String,
    },
    Observe {
        indicator: usize,
        score: usize,
    },
    Lock(bool),
}

struct Pools {
    tokens: Vec<String>,
    roles: Vec<String>,
    domains: Vec<String>,
    rings: Vec<String>,
    events: Vec<String>,
    polls: Vec<String>,
}

impl Pools {
    fn of(s: &Scenario) -> Pools {
        let mut tokens: Vec<String> = s.board.tokens.iter().map(|t| t.id.clone()).collect();
        for e in &s.events {
            for effect in &e.effects {
                if let Effect::AddToken(t) = effect {
                    tokens.push(t.id.clone());
                }
            }
        }
        tokens.extend(["nieuw_a", "nieuw_b", "nieuw_c", PERSONA, ""].map(String::from));
        Pools {
            tokens,
            roles: s
                .roles
                .iter()
                .map(|r| r.id.clone())
                .chain(["geen_rol".to_string()])
                .collect(),
            domains: s
                .domains
                .iter()
                .map(|d| d.id.clone())
                .chain(["geen_domein".to_string()])
                .collect(),
            rings: s
                .rings
                .iter()
                .map(|r| r.id.clone())
                .chain(["geen_ring".to_string()])
                .collect(),
            events: s
                .events
                .iter()
                .map(|e| e.id.clone())
                .chain(["geen_event".to_string()])
                .collect(),
            polls: s
                .polls
                .iter()
                .map(|p| p.id.clone())
                .chain(["geen_stelling".to_string()])
                .collect(),
        }
    }

    fn pick(v: &[String], i: usize) -> &str {
        &v[i % v.len()]
    }

    fn to_action(&self, op: &Op, session: &Session) -> Action {
        let t = |i: usize| Self::pick(&self.tokens, i).to_string();
        let d = |i: usize| Self::pick(&self.domains, i).to_string();
        let r = |i: usize| Self::pick(&self.rings, i).to_string();
        match op.clone() {
            Op::Place {
                token: i,
                role,
                domain,
                ring,
            } => Action::PlaceToken(token(
                &t(i),
                Self::pick(&self.roles, role),
                &d(domain),
                &r(ring),
            )),
            Op::Move {
                token,
                domain,
                ring,
            } => Action::MoveToken {
                token: t(token),
                domain: d(domain),
                ring: r(ring),
            },
            Op::Edit {
                token: i,
                domain,
                ring,
                what,
            } => {
                let mut edited = session
                    .board()
                    .token(&t(i))
                    .cloned()
                    .unwrap_or_else(|| token(&t(i), "tess", "wonen", "eigen_kracht"));
                edited.domain = d(domain);
                edited.ring = r(ring);
                edited.what = Text::nl(what);
                Action::EditToken(edited)
            }
            Op::Remove { token } => Action::RemoveToken { token: t(token) },
            Op::Link { from, to, kind } => Action::Link(Link {
                from: t(from),
                to: t(to),
                kind: [
                    LinkKind::WorksTogether,
                    LinkKind::Contact,
                    LinkKind::Tension,
                ][kind % 3],
            }),
            Op::Unlink { from, to } => Action::Unlink {
                from: t(from),
                to: t(to),
            },
            Op::SetRegisseur { token } => Action::SetRegisseur {
                token: token.map(t),
            },
            Op::Next => Action::NextStep,
            Op::Previous => Action::PreviousStep,
            Op::Trigger { event } => Action::TriggerEvent {
                event: Self::pick(&self.events, event).to_string(),
            },
            Op::Draw => Action::DrawEvent,
            Op::Poll {
                poll,
                agree,
                disagree,
            } => Action::RecordPoll {
                poll: Self::pick(&self.polls, poll).to_string(),
                agree,
                disagree,
            },
            Op::Note { round, text } => Action::AddNote {
                round: round.map(|i| ["gesteund", "meenemen"][i % 2].to_string()),
                text,
            },
            Op::Observe { indicator, score } => Action::Observe {
                indicator: INDICATORS
                    .get(indicator)
                    .map(|i| i.id.to_string())
                    .unwrap_or_else(|| "geen_indicator".into()),
                score: Score::ALL[score % Score::ALL.len()],
            },
            Op::Lock(locked) => Action::SetLocked(locked),
        }
    }
}

fn op() -> impl Strategy<Value = Op> {
    let n = 0usize..64;
    prop_oneof![
        4 => (n.clone(), n.clone(), n.clone(), n.clone()).prop_map(|(token, role, domain, ring)| Op::Place { token, role, domain, ring }),
        3 => (n.clone(), n.clone(), n.clone()).prop_map(|(token, domain, ring)| Op::Move { token, domain, ring }),
        2 => (n.clone(), n.clone(), n.clone(), "[a-z ]{0,8}").prop_map(|(token, domain, ring, what)| Op::Edit { token, domain, ring, what }),
        2 => n.clone().prop_map(|token| Op::Remove { token }),
        4 => (n.clone(), n.clone(), n.clone()).prop_map(|(from, to, kind)| Op::Link { from, to, kind }),
        2 => (n.clone(), n.clone()).prop_map(|(from, to)| Op::Unlink { from, to }),
        1 => proptest::option::of(n.clone()).prop_map(|token| Op::SetRegisseur { token }),
        2 => Just(Op::Next),
        1 => Just(Op::Previous),
        1 => (0usize..8).prop_map(|event| Op::Trigger { event }),
        2 => Just(Op::Draw),
        1 => (0usize..6, 0u32..30, 0u32..30).prop_map(|(poll, agree, disagree)| Op::Poll { poll, agree, disagree }),
        1 => (proptest::option::of(0usize..2), "[a-z ]{0,6}").prop_map(|(round, text)| Op::Note { round, text }),
        1 => (0usize..30, 0usize..5).prop_map(|(indicator, score)| Op::Observe { indicator, score }),
        1 => any::<bool>().prop_map(Op::Lock),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn undo_all_gives_the_start_and_redo_all_gives_the_end(ops in proptest::collection::vec(op(), 0..=40), seed in 0u64..4) {
        let s = tess();
        let pools = Pools::of(&s);
        let mut session = Session::new(&s, None, seed).unwrap();
        let initial: PlayState = session.state.clone();
        let mut successes = 0;
        for op in &ops {
            let action = pools.to_action(op, &session);
            let before = session.state.clone();
            match session.apply(action.clone()) {
                Ok(()) => successes += 1,
                Err(e) => {
                    prop_assert_eq!(&session.state, &before, "refused {:?} ({}) but the state changed", action, e);
                    prop_assert!(!Words::new(Lang::Nl).say(&e).is_empty() && !Words::new(Lang::En).say(&e).is_empty());
                }
            }
        }
        let end = session.state.clone();
        for _ in 0..successes {
            prop_assert!(session.undo());
        }
        prop_assert!(!session.can_undo());
        prop_assert_eq!(&session.state, &initial);
        for _ in 0..successes {
            prop_assert!(session.redo());
        }
        prop_assert!(!session.can_redo());
        prop_assert_eq!(&session.state, &end);
    }
}

/// What a session did in the model below.
#[derive(Clone, Debug)]
enum Step3 {
    /// An action, as the facilitator or as a role (by number).
    Act(Op, Option<usize>),
    Undo,
    Redo,
}

fn step3() -> impl Strategy<Value = Step3> {
    prop_oneof![
        6 => (op(), proptest::option::of(0usize..8)).prop_map(|(op, role)| Step3::Act(op, role)),
        2 => Just(Step3::Undo),
        1 => Just(Step3::Redo),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 150, ..ProptestConfig::default() })]

    /// Undo and redo mixed with actions (of the facilitator and of players), against the
    /// plainest model of undo there is: a
    /// stack of whole copies of the state. After every step both agree on the state and on
    /// what can be undone and redone.
    #[test]
    fn undo_and_redo_between_actions_match_whole_copies(steps in proptest::collection::vec(step3(), 0..=60), seed in 0u64..4) {
        let s = tess();
        let pools = Pools::of(&s);
        let mut session = Session::new(&s, None, seed).unwrap();
        let (mut undo, mut redo): (Vec<PlayState>, Vec<PlayState>) = (vec![], vec![]);
        for step in &steps {
            match step {
                Step3::Act(op, role) => {
                    let before = session.state.clone();
                    let role = role.map(|i| Pools::pick(&pools.roles, i).to_string());
                    let action = pools.to_action(op, &session);
                    if session.apply_as(role.as_deref(), action).is_ok() {
                        undo.push(before);
                        redo.clear();
                    }
                }
                Step3::Undo => {
                    let model = undo.pop().inspect(|_| redo.push(session.state.clone()));
                    prop_assert_eq!(session.undo(), model.is_some());
                    if let Some(model) = model {
                        prop_assert_eq!(&session.state, &model);
                    }
                }
                Step3::Redo => {
                    let model = redo.pop().inspect(|_| undo.push(session.state.clone()));
                    prop_assert_eq!(session.redo(), model.is_some());
                    if let Some(model) = model {
                        prop_assert_eq!(&session.state, &model);
                    }
                }
            }
            prop_assert_eq!(session.can_undo(), !undo.is_empty());
            prop_assert_eq!(session.can_redo(), !redo.is_empty());
        }
    }
}

/// A long session: more steps than undo keeps. Undo goes back exactly `UNDO_LIMIT` steps,
/// through every state on the way, and redo comes forward again to the last.
#[test]
fn undo_keeps_the_last_thousand_steps_of_a_long_session() {
    use samenspel_engine::session::UNDO_LIMIT;
    let s = tess();
    let mut session = Session::new(&s, None, 0).unwrap();
    session.apply(Action::NextStep).unwrap();
    let domains: Vec<String> = s.domains.iter().map(|d| d.id.clone()).collect();
    let mut states = vec![session.state.clone()];
    for i in 0..UNDO_LIMIT + 250 {
        let action = match i % 4 {
            0 => Action::PlaceToken(token(
                &format!("buur_{i}"),
                "moeder",
                &domains[i % domains.len()],
                "informeel",
            )),
            1 => Action::MoveToken {
                token: format!("buur_{}", i - 1),
                domain: domains[(i / 4) % domains.len()].clone(),
                ring: "informeel".into(),
            },
            2 => Action::Link(Link {
                from: format!("buur_{}", i - 2),
                to: PERSONA.into(),
                kind: LinkKind::Contact,
            }),
            _ => Action::AddNote {
                round: None,
                text: format!("notitie {i}"),
            },
        };
        session.apply(action).unwrap();
        states.push(session.state.clone());
    }
    let last = states.len() - 1;
    for back in 1..=UNDO_LIMIT {
        assert!(session.undo(), "undo {back} of {UNDO_LIMIT}");
        assert!(session.state == states[last - back], "after {back} undos");
    }
    assert!(!session.undo(), "older steps are forgotten");
    assert!(!session.can_undo());
    for forward in (last - UNDO_LIMIT + 1)..=last {
        assert!(session.redo());
        assert!(session.state == states[forward], "redo to step {forward}");
    }
    assert!(!session.redo() && session.can_undo());
    // Undo half way, then act: the redo steps are gone, the undo steps stay.
    for _ in 0..10 {
        session.undo();
    }
    session.apply(Action::SetLocked(true)).unwrap();
    assert!(!session.can_redo());
    let mut undone = 0;
    while session.undo() {
        undone += 1;
    }
    assert_eq!(undone, UNDO_LIMIT - 10 + 1);
    assert!(session.state == states[last - UNDO_LIMIT]);
}

// ---------------------------------------------------------------------------------------
// Saving and loading.
// ---------------------------------------------------------------------------------------

/// A played session: a variant, an event, a draw, notes, polls, observations, a lock.
fn played() -> Session {
    let s = tess();
    let mut session = Session::new(&s, Some("verlengde_jeugdhulp"), 11).unwrap();
    let actions = [
        Action::NextStep,
        Action::PlaceToken(token("buurvrouw", "moeder", "wonen", "informeel")),
        Action::Link(Link {
            from: "buurvrouw".into(),
            to: PERSONA.into(),
            kind: LinkKind::WorksTogether,
        }),
        Action::NextStep,
        Action::TriggerEvent {
            event: "tess_wordt_18".into(),
        },
        Action::DrawEvent,
        Action::RecordPoll {
            poll: s
                .polls
                .iter()
                .find(|p| p.options.is_empty())
                .unwrap()
                .id
                .clone(),
            agree: 12,
            disagree: 3,
        },
        Action::AddNote {
            round: Some("meenemen".into()),
            text: "Eén regisseur, één plan — \"écht\" samen".into(),
        },
        Action::Observe {
            indicator: INDICATORS[0].id.into(),
            score: Score::Vaak,
        },
        Action::SetLocked(true),
    ];
    for a in actions {
        session
            .apply(a.clone())
            .unwrap_or_else(|e| panic!("{a:?}: {e}"));
    }
    session
}

#[test]
fn save_and_load_round_trip() {
    let dir = TempDir::new("round_trip");
    let path = dir.path().join("sessie.ron");
    let session = played();
    session.save(&path).unwrap();
    let back = Session::load(&path).unwrap_or_else(|p| panic!("{p}"));
    assert_eq!(back.state, session.state);
    assert_eq!(back.scenario, session.scenario);
    assert_eq!(back.variant.as_deref(), Some("verlengde_jeugdhulp"));
    assert_eq!(back.seed, 11);
    assert!(!back.can_undo(), "history is not saved");
    // Saving what was loaded gives the same bytes.
    assert_eq!(back.to_ron(), session.to_ron());
    // The loaded session plays on exactly like the original.
    let (mut a, mut b) = (session, back);
    a.apply(Action::SetLocked(false)).unwrap();
    b.apply(Action::SetLocked(false)).unwrap();
    assert_eq!(
        a.apply(Action::DrawEvent).is_ok(),
        b.apply(Action::DrawEvent).is_ok()
    );
    assert_eq!(a.state, b.state);
}

#[test]
fn every_scenario_and_variant_saves_and_loads_after_its_timeline() {
    let dir = TempDir::new("every");
    for s in samenspel_engine::builtin::builtin_all() {
        for variant in std::iter::once(None).chain(s.variants.iter().map(|v| Some(v.id.as_str()))) {
            let (session, _) = samenspel_engine::simulate::simulate(&s, variant, 1, 1).unwrap();
            let path = dir
                .path()
                .join(format!("{}-{}.ron", s.id, variant.unwrap_or("basis")));
            session.save(&path).unwrap();
            let back = Session::load(&path).unwrap_or_else(|p| panic!("{} {variant:?}: {p}", s.id));
            assert_eq!(back.state, session.state, "{} {variant:?}", s.id);
            assert_eq!(back.scenario, session.scenario, "{} {variant:?}", s.id);
            // The played scenario still names its variant, for reports.
            if let Some(v) = variant {
                assert_eq!(
                    back.scenario.variant(v).map(|x| &x.name),
                    s.variant(v).map(|x| &x.name)
                );
            }
        }
    }
}

#[test]
fn saving_is_atomic_and_overwrites() {
    let dir = TempDir::new("atomic");
    let path = dir.path().join("sub").join("sessie.ron");
    let mut session = played();
    session.save(&path).unwrap();
    let names = |d: &Path| -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into())
            .collect();
        v.sort();
        v
    };
    assert_eq!(
        names(&dir.path().join("sub")),
        vec!["sessie.ron"],
        "a temporary file was left behind"
    );

    // Overwrite with a changed session.
    session.apply(Action::SetLocked(false)).unwrap();
    session
        .apply(Action::AddNote {
            round: None,
            text: "tweede keer".into(),
        })
        .unwrap();
    session.save(&path).unwrap();
    assert_eq!(names(&dir.path().join("sub")), vec!["sessie.ron"]);
    let back = Session::load(&path).unwrap();
    assert_eq!(back.state, session.state);
    assert_eq!(back.state.notes.last().unwrap().text, "tweede keer");
    assert!(!back.state.locked);

    // A target that cannot be written (a folder of that name) fails cleanly.
    let blocked = dir.path().join("map.ron");
    std::fs::create_dir_all(blocked.join("inhoud")).unwrap();
    assert!(session.save(&blocked).is_err());
    assert_eq!(
        names(dir.path()),
        vec!["map.ron", "sub"],
        "a failed save left a temporary file"
    );
}

#[test]
fn loading_a_missing_file_or_folder_is_a_problem() {
    let dir = TempDir::new("missing");
    let err = Session::load(&dir.path().join("nope.ron")).unwrap_err();
    assert!(err.0[0].message.contains("cannot open"), "{err}");
    let err = Session::load(dir.path()).unwrap_err();
    assert!(err.0[0].message.contains("folder"), "{err}");
}

// ---------------------------------------------------------------------------------------
// The deck.
// ---------------------------------------------------------------------------------------

fn draw_all(s: &Scenario, seed: u64) -> Vec<String> {
    let mut session = Session::new(s, None, seed).unwrap();
    let mut drawn = Vec::new();
    while !undrawn_deck(&session.scenario, &session.state).is_empty() {
        session.apply(Action::DrawEvent).unwrap();
        let last = session.state.log.last().unwrap();
        assert!(last.drawn);
        drawn.push(last.event.clone());
    }
    let err = session.apply(Action::DrawEvent).unwrap_err();
    assert!(Words::new(Lang::Nl).say(&err).contains("leeg"), "{err}");
    drawn
}

#[test]
fn the_deck_draw_is_deterministic_per_seed() {
    let s = tess();
    // Her own cards and the shared ones that fit her.
    let played = Session::new(&s, None, 0).unwrap().scenario;
    let deck: Vec<String> = played.deck().map(|e| e.id.clone()).collect();
    assert!(s.deck().all(|own| deck.contains(&own.id)));
    assert!(deck.len() >= 2, "Tess's deck has {} cards", deck.len());
    let first = draw_all(&s, 2024);
    assert_eq!(
        first,
        draw_all(&s, 2024),
        "the same seed drew different cards"
    );
    let mut sorted = first.clone();
    sorted.sort();
    // Cards that wait for an event of the timeline are not drawn before it happens.
    let mut expected: Vec<String> = played
        .deck()
        .filter(|e| e.after.is_none())
        .map(|e| e.id.clone())
        .collect();
    expected.sort();
    assert_eq!(sorted, expected, "every card is drawn exactly once");
    let other = (0..100u64)
        .map(|seed| draw_all(&s, seed))
        .find(|order| order != &first);
    assert!(
        other.is_some(),
        "a hundred seeds all drew the deck in the same order"
    );

    // Undo a draw and draw again: the same card comes.
    let mut session = Session::new(&s, None, 5).unwrap();
    session.apply(Action::DrawEvent).unwrap();
    let card = session.state.log[0].event.clone();
    session.undo();
    session.apply(Action::DrawEvent).unwrap();
    assert_eq!(session.state.log[0].event, card);
}

// ---------------------------------------------------------------------------------------
// Refusals.
// ---------------------------------------------------------------------------------------

#[test]
fn a_locked_board_refuses_board_actions() {
    let s = tess();
    let mut session = Session::new(&s, None, 0).unwrap();
    session.apply(Action::SetLocked(true)).unwrap();
    let err = session
        .apply(Action::PlaceToken(token(
            "buurvrouw",
            "moeder",
            "wonen",
            "informeel",
        )))
        .unwrap_err();
    assert_eq!(err, samenspel_engine::session::ActionError::Locked);
    assert!(
        Words::new(Lang::Nl).say(&err).contains("vergrendeld"),
        "{err}"
    );
    assert!(Words::new(Lang::En).say(&err).contains("locked"));
    assert_eq!(
        err.to_string(),
        Words::new(Lang::Nl).say(&err),
        "errors display in Dutch"
    );
    for action in [
        Action::MoveToken {
            token: "zelf_koken".into(),
            domain: "school".into(),
            ring: "eigen_kracht".into(),
        },
        Action::RemoveToken {
            token: "zelf_koken".into(),
        },
        Action::Link(Link {
            from: "zelf_koken".into(),
            to: PERSONA.into(),
            kind: LinkKind::Contact,
        }),
        Action::Unlink {
            from: "mentorgesprek".into(),
            to: PERSONA.into(),
        },
        Action::SetRegisseur { token: None },
    ] {
        assert!(
            session.apply(action.clone()).is_err(),
            "{action:?} on a locked board"
        );
    }
    // Steps, notes and events still go on.
    session.apply(Action::NextStep).unwrap();
    session
        .apply(Action::AddNote {
            round: None,
            text: "x".into(),
        })
        .unwrap();
    session.apply(Action::SetLocked(false)).unwrap();
    session
        .apply(Action::PlaceToken(token(
            "buurvrouw",
            "moeder",
            "wonen",
            "informeel",
        )))
        .unwrap();
}

#[test]
fn placing_in_a_forbidden_ring_is_refused_in_dutch() {
    let s = tess();
    let mut session = Session::new(&s, None, 0).unwrap();
    // The mother places informal support only.
    let err = session
        .apply(Action::PlaceToken(token(
            "moeder_geld",
            "moeder",
            "inkomen",
            "gemeente",
        )))
        .unwrap_err();
    let nl = Words::new(Lang::Nl).say(&err);
    assert!(nl.contains("Moeder plaatst geen steun in de ring"), "{nl}");
    assert!(nl.contains("Professioneel – gemeente"), "{nl}");
    assert!(
        Words::new(Lang::En)
            .say(&err)
            .contains("does not place support"),
        "{err:?}"
    );
    // Moving an existing token into a forbidden ring is refused the same way.
    let err = session
        .apply(Action::MoveToken {
            token: "weekend_moeder".into(),
            domain: "gezin".into(),
            ring: "rijk".into(),
        })
        .unwrap_err();
    assert!(
        Words::new(Lang::Nl)
            .say(&err)
            .contains("plaatst geen steun"),
        "{err}"
    );
    assert!(!session.can_undo());
}

/// One long walk through every refusal in order, each needing the state the one before
/// left: split up, each part would have to rebuild that state.
#[test]
fn other_refusals_say_why() {
    let s = tess();
    let mut session = Session::new(&s, None, 0).unwrap();
    let cases: Vec<(Action, &str)> = vec![
        (
            Action::PlaceToken(token("wmo", "wmo_consulent", "wonen", "gemeente")),
            "doet nu niet mee",
        ),
        (
            Action::PlaceToken(token("zelf_koken", "tess", "wonen", "eigen_kracht")),
            "er ligt al een kaart",
        ),
        (
            Action::PlaceToken(token(PERSONA, "tess", "wonen", "eigen_kracht")),
            "id nodig",
        ),
        (
            Action::PlaceToken(token("x", "tess", "maan", "eigen_kracht")),
            "onbekend leefgebied",
        ),
        (
            Action::PlaceToken(token("x", "tess", "wonen", "buitenring")),
            "onbekende ring",
        ),
        (
            Action::PlaceToken(token("x", "niemand", "wonen", "eigen_kracht")),
            "onbekende rol",
        ),
        (
            Action::Link(Link {
                from: "zelf_koken".into(),
                to: "zelf_koken".into(),
                kind: LinkKind::Contact,
            }),
            "twee verschillende",
        ),
        (
            Action::Link(Link {
                from: "zelf_koken".into(),
                to: "spook".into(),
                kind: LinkKind::Contact,
            }),
            "geen kaart \"spook\"",
        ),
        (
            Action::Unlink {
                from: "zelf_koken".into(),
                to: "kassabaan".into(),
            },
            "geen lijn",
        ),
        (
            Action::SetRegisseur {
                token: Some("spook".into()),
            },
            "geen kaart",
        ),
        (
            Action::EditToken(token("zelf_koken", "moeder", "wonen", "informeel")),
            "dezelfde rol",
        ),
        (
            Action::TriggerEvent {
                event: "spook".into(),
            },
            "onbekende gebeurtenis",
        ),
        (
            Action::RecordPoll {
                poll: "spook".into(),
                agree: 1,
                disagree: 1,
            },
            "onbekende stelling",
        ),
        (
            Action::AddNote {
                round: None,
                text: "   ".into(),
            },
            "lege notitie",
        ),
        (
            Action::Observe {
                indicator: "spook".into(),
                score: Score::Soms,
            },
            "onbekende gedragsindicator",
        ),
        (Action::PreviousStep, "eerste stap"),
    ];
    for (action, fragment) in cases {
        let err = session.apply(action.clone()).unwrap_err();
        assert!(
            Words::new(Lang::Nl).say(&err).contains(fragment),
            "{action:?}: {err}"
        );
    }
    for _ in 0..3 {
        session.apply(Action::NextStep).unwrap();
    }
    assert_eq!(session.state.step, Step::Reflectie);
    assert!(
        session
            .apply(Action::NextStep)
            .unwrap_err()
            .to_string()
            .contains("laatste stap")
    );
}

#[test]
fn fresh_token_ids_are_unused() {
    let s = tess();
    let mut session = Session::new(&s, None, 0).unwrap();
    let id = session.fresh_token_id("Nieuwe buur!");
    assert_eq!(id, "nieuwe_buur__1");
    session
        .apply(Action::PlaceToken(token(
            &id,
            "moeder",
            "wonen",
            "informeel",
        )))
        .unwrap();
    assert_eq!(session.fresh_token_id("Nieuwe buur!"), "nieuwe_buur__2");
    // Ids of support that ended stay taken.
    session
        .apply(Action::TriggerEvent {
            event: "tess_wordt_18".into(),
        })
        .unwrap();
    assert_ne!(session.fresh_token_id("fasehuis"), "fasehuis");
    assert_eq!(session.fresh_token_id(""), "steun_1");
}

#[test]
fn a_player_changes_only_the_own_roles_support_and_the_facilitator_everything() {
    let scenario = builtin("tess").unwrap().unwrap();
    let mut session = Session::new(&scenario, None, 0).unwrap();
    session.apply(Action::NextStep).unwrap(); // players lay support in step 2
    let mothers = session
        .board()
        .tokens
        .iter()
        .find(|t| t.role == "moeder")
        .unwrap()
        .clone();
    let remove = Action::RemoveToken {
        token: mothers.id.clone(),
    };
    let refused = session.apply_as(Some("tess"), remove.clone()).unwrap_err();
    assert!(
        Words::new(Lang::Nl).say(&refused).contains("Moeder"),
        "{}",
        refused
    );
    assert!(session.board().token(&mothers.id).is_some());
    // Placing a card in another role's name is refused too.
    let mut card = mothers.clone();
    card.id = "nieuw".into();
    assert!(
        session
            .apply_as(Some("tess"), Action::PlaceToken(card.clone()))
            .is_err()
    );
    // The role itself and the facilitator may.
    session
        .apply_as(Some("moeder"), Action::PlaceToken(card))
        .unwrap();
    session.apply_as(None, remove).unwrap();
    assert!(session.board().token(&mothers.id).is_none());
}

#[test]
fn a_saved_variant_session_remembers_the_scenario_as_written() {
    let scenario = builtin("tess").unwrap().unwrap();
    let session = Session::new(&scenario, Some("verlengde_jeugdhulp"), 3).unwrap();
    assert_eq!(
        session.scenario.variants.len(),
        1,
        "the played scenario names only its variant"
    );
    let back = Session::from_bytes("s.ron", session.to_ron().as_bytes()).unwrap();
    assert_eq!(back.written, scenario, "the baseline survives saving");
    assert_eq!(back.written.variants.len(), scenario.variants.len());
}

#[test]
fn a_damaged_state_is_refused_with_a_place() {
    let scenario = builtin("tess").unwrap().unwrap();
    let session = Session::new(&scenario, None, 0).unwrap();
    let text = session
        .to_ron()
        .replace("draws: 0", "draws: 18446744073709551615");
    let problems = Session::from_bytes("s.ron", text.as_bytes()).unwrap_err();
    assert!(
        problems.to_string().contains("cards drawn from a deck"),
        "{problems}"
    );
    assert!(problems.0[0].line > 1);
}

#[test]
fn a_byte_order_mark_is_not_an_error() {
    let text = format!(
        "\u{feff}{}",
        samenspel_engine::starter::starter_scenario("Sam")
    );
    samenspel_engine::load::scenario_from_bytes("bom.ron", text.as_bytes(), None).unwrap();
}

#[test]
fn players_may_draw_lines_from_their_own_cards_but_not_name_the_regisseur_or_lock() {
    let scenario = builtin("tess").unwrap().unwrap();
    let mut session = Session::new(&scenario, None, 0).unwrap();
    session.apply(Action::NextStep).unwrap(); // players draw lines in step 2
    let board = session.board().clone();
    let own = board
        .tokens
        .iter()
        .find(|t| t.role == "tess")
        .unwrap()
        .id
        .clone();
    let mothers = board
        .tokens
        .iter()
        .find(|t| t.role == "moeder")
        .unwrap()
        .id
        .clone();
    let fathers = board
        .tokens
        .iter()
        .find(|t| t.role == "vader")
        .unwrap()
        .id
        .clone();
    let line = |a: &str, b: &str| {
        Action::Link(Link {
            from: a.into(),
            to: b.into(),
            kind: LinkKind::Contact,
        })
    };
    session
        .apply_as(Some("tess"), line(&own, &mothers))
        .unwrap();
    assert!(
        session
            .apply_as(Some("tess"), line(&mothers, &fathers))
            .is_err()
    );
    assert!(
        session
            .apply_as(
                Some("tess"),
                Action::SetRegisseur {
                    token: Some(own.clone())
                }
            )
            .is_err()
    );
    assert!(
        session
            .apply_as(Some("tess"), Action::SetLocked(true))
            .is_err()
    );
    session.apply_as(None, Action::SetLocked(true)).unwrap();
}

#[test]
fn fresh_ids_leave_room_for_cards_that_events_still_add() {
    let scenario = builtin("tess").unwrap().unwrap();
    let session = Session::new(&scenario, None, 0).unwrap();
    // "wmo_intake" is added when Tess turns 18; a player's card must not take that id.
    let event_ids: Vec<String> = session
        .scenario
        .events
        .iter()
        .flat_map(|e| &e.effects)
        .filter_map(|f| {
            if let Effect::AddToken(t) = f {
                Some(t.id.clone())
            } else {
                None
            }
        })
        .collect();
    assert!(!event_ids.is_empty());
    for id in &event_ids {
        let base = id.rsplit_once('_').map(|(b, _)| b).unwrap_or(id);
        assert!(!event_ids.contains(&session.fresh_token_id(base)));
    }
}

#[test]
fn votes_add_up_one_at_a_time_and_undo_one_at_a_time() {
    let s = tess();
    let poll = s
        .polls
        .iter()
        .find(|p| p.options.is_empty())
        .unwrap()
        .id
        .clone();
    let mut session = Session::new(&s, None, 0).unwrap();
    for agree in [true, true, false] {
        let vote = Action::Vote {
            poll: poll.clone(),
            agree,
        };
        session.apply(vote).unwrap();
    }
    let counts = |session: &Session| {
        let r = session.state.polls.iter().find(|p| p.poll == poll).unwrap();
        (r.agree, r.disagree)
    };
    assert_eq!(counts(&session), (2, 1));
    assert!(session.undo());
    assert_eq!(counts(&session), (2, 0));
    let unknown = Action::Vote {
        poll: "geen_stelling".into(),
        agree: true,
    };
    assert!(session.apply(unknown).is_err());
}

#[test]
fn the_persona_can_be_her_own_regisseur() {
    let s = tess();
    let mut session = Session::new(&s, None, 0).unwrap();
    session
        .apply(Action::SetRegisseur {
            token: Some(PERSONA.into()),
        })
        .unwrap();
    assert_eq!(session.board().regisseur.as_deref(), Some(PERSONA));
    // Undo gives the regie back to whoever had it.
    assert!(session.undo());
    assert_ne!(session.board().regisseur.as_deref(), Some(PERSONA));
    // A scenario event can give her the regie too.
    let mut board = session.board().clone();
    board.apply_effect(
        &s,
        "eigen_regie",
        &Effect::SetRegisseur {
            token: Some(PERSONA.into()),
        },
    );
    assert_eq!(board.regisseur.as_deref(), Some(PERSONA));
}

#[test]
fn a_deck_card_that_names_an_event_waits_for_it() {
    let s = tess();
    let played = Session::new(&s, None, 0).unwrap().scenario;
    let waiting: Vec<&str> = played
        .deck()
        .filter(|e| e.after.as_deref() == Some("tess_wordt_18"))
        .map(|e| e.id.as_str())
        .collect();
    assert!(
        waiting.contains(&"brief_cak"),
        "a premium letter makes no sense at 17: {waiting:?}"
    );
    for seed in 0..20u64 {
        let mut session = Session::new(&s, None, seed).unwrap();
        // Before she turns 18 no waiting card is drawn, whatever the seed.
        let before = draw_all_from(&mut session);
        assert!(
            before.iter().all(|id| !waiting.contains(&id.as_str())),
            "seed {seed} drew {before:?}"
        );
        session
            .apply(Action::TriggerEvent {
                event: "tess_wordt_18".into(),
            })
            .unwrap();
        let after = draw_all_from(&mut session);
        for w in &waiting {
            assert!(
                after.iter().any(|id| id == w),
                "seed {seed}: {w} never drawn"
            );
        }
    }
}

/// Draw until the drawable deck is empty; the ids drawn.
fn draw_all_from(session: &mut Session) -> Vec<String> {
    let mut drawn = Vec::new();
    while !undrawn_deck(&session.scenario, &session.state).is_empty() {
        session.apply(Action::DrawEvent).unwrap();
        drawn.push(session.state.log.last().unwrap().event.clone());
    }
    drawn
}

#[test]
fn players_lay_support_in_steps_2_and_3_and_vote_and_post_in_step_4() {
    let scenario = builtin("tess").unwrap().unwrap();
    let mut session = Session::new(&scenario, None, 0).unwrap();
    let mut card = session.board().tokens[0].clone();
    card.id = "nieuw".into();
    let role = card.role.clone();
    let place = Action::PlaceToken(card);
    let poll = scenario
        .polls
        .iter()
        .find(|p| p.options.is_empty())
        .unwrap()
        .id
        .clone();
    let vote = Action::Vote { poll, agree: true };
    let note = Action::AddNote {
        round: None,
        text: "een post-it".into(),
    };
    // Step 1: a player may do none of these; the facilitator may do all.
    for a in [&place, &vote, &note] {
        let refused = session.apply_as(Some(&role), a.clone()).unwrap_err();
        assert!(
            matches!(refused, ActionError::NotInThisStep { .. }),
            "{a:?}"
        );
    }
    let said = Words::new(Lang::Nl).say(&session.apply_as(Some(&role), place.clone()).unwrap_err());
    assert!(said.contains("stap 2 en 3"), "{said}");
    // Steps 2 and 3: support yes, votes and post-its not yet.
    session.apply(Action::NextStep).unwrap();
    session.apply_as(Some(&role), place.clone()).unwrap();
    assert!(session.apply_as(Some(&role), vote.clone()).is_err());
    // Step 4: votes and post-its, and no more cards.
    session.apply(Action::NextStep).unwrap();
    session.apply(Action::NextStep).unwrap();
    session.apply_as(Some(&role), vote.clone()).unwrap();
    session.apply_as(Some(&role), note.clone()).unwrap();
    let removed = Action::RemoveToken {
        token: "nieuw".into(),
    };
    assert!(session.apply_as(Some(&role), removed.clone()).is_err());
    session.apply_as(None, removed).unwrap();
}

#[test]
fn every_action_as_a_role_is_in_the_journal_with_its_role_and_undo_takes_it_back() {
    let scenario = builtin("tess").unwrap().unwrap();
    let mut session = Session::new(&scenario, None, 0).unwrap();
    session.apply(Action::NextStep).unwrap();
    let mut card = session.board().tokens[0].clone();
    card.id = "van_de_telefoon".into();
    let role = card.role.clone();
    session
        .apply_as(Some(&role), Action::PlaceToken(card))
        .unwrap();
    let refused = Action::SetLocked(true);
    assert!(session.apply_as(Some(&role), refused).is_err());
    session.apply(Action::SetLocked(false)).unwrap();
    let journal = &session.state.journal;
    assert_eq!(
        journal.len(),
        1,
        "refusals and the facilitator's actions are not in it"
    );
    assert_eq!(journal[0].role, role);
    assert_eq!(journal[0].step, Step::Situatie);
    // Saved and loaded with the session.
    let dir = TempDir::new("journal");
    let path = dir.path().join("sessie.ron");
    session.save(&path).unwrap();
    assert_eq!(Session::load(&path).unwrap().state.journal, *journal);
    // And in the report: who did what.
    let html = samenspel_engine::report::render(
        &session,
        samenspel_engine::report::Format::Html,
        Lang::Nl,
    );
    assert!(
        html.contains("Wie deed wat") && html.contains("legde steun"),
        "the journal is reported"
    );
    session.undo();
    session.undo();
    assert!(session.state.journal.is_empty());
}

#[test]
fn a_players_post_it_is_held_until_the_facilitator_shows_it() {
    let scenario = builtin("tess").unwrap().unwrap();
    let mut session = Session::new(&scenario, None, 0).unwrap();
    for _ in 0..3 {
        session.apply(Action::NextStep).unwrap();
    }
    let note = |text: &str| Action::AddNote {
        round: None,
        text: text.into(),
    };
    session.apply(note("van de procesbegeleider")).unwrap();
    session
        .apply_as(Some("tess"), note("van een telefoon"))
        .unwrap();
    let held: Vec<bool> = session.state.notes.iter().map(|n| n.held).collect();
    assert_eq!(held, [false, true]);
    let show = Action::ShowNote {
        note: 1,
        shown: true,
    };
    assert!(
        session.apply_as(Some("tess"), show.clone()).is_err(),
        "the facilitator's call"
    );
    session.apply(show).unwrap();
    assert!(!session.state.notes[1].held);
    let missing = Action::ShowNote {
        note: 9,
        shown: true,
    };
    assert!(matches!(
        session.apply(missing),
        Err(ActionError::UnknownNote { note: 9 })
    ));
    session.undo();
    assert!(session.state.notes[1].held, "undo holds it back again");
}
