//! The room's rules in the engine: starting cards held in hand and laid by their own role,
//! one vote per phone per statement (with undo), and the observation form as the
//! observer's.

use samenspel_engine::builtin::builtin;
use samenspel_engine::observe::{OBSERVER, Score};
use samenspel_engine::session::{Action, ActionError, Session, Step};
use samenspel_engine::text::Lang;
use samenspel_engine::words::Words;

fn at_step(step: Step) -> Session {
    let scenario = builtin("tess").unwrap().unwrap();
    let mut session = Session::new(&scenario, None, 0).unwrap();
    while session.state.step != step {
        session.apply(Action::NextStep).unwrap();
    }
    session
}

fn lay(token: &str) -> Action {
    Action::LayStartingCard {
        token: token.into(),
    }
}

#[test]
fn the_starting_cards_are_dealt_and_each_role_lays_its_own() {
    let mut session = at_step(Step::Situatie);
    let start = session.scenario.board.tokens.len();
    assert!(
        session.apply_as(Some("moeder"), Action::DealStartingCards)
            == Err(ActionError::FacilitatorOnly)
    );
    session.apply(Action::DealStartingCards).unwrap();
    assert_eq!(
        session.state.hand.len(),
        start,
        "every starting card in a hand"
    );
    assert!(session.in_hand("weekend_moeder"));

    // Another role's card is refused, with words in both languages.
    let refused = session.apply_as(Some("vader"), lay("weekend_moeder"));
    let Err(e @ ActionError::NotYourCard { .. }) = refused else {
        panic!("{refused:?}");
    };
    assert!(Words::new(Lang::Nl).say(&e).contains("Moeder"), "{e}");
    assert!(session.in_hand("weekend_moeder"));

    session
        .apply_as(Some("moeder"), lay("weekend_moeder"))
        .unwrap();
    assert!(!session.in_hand("weekend_moeder"));
    assert_eq!(session.state.journal.last().unwrap().role, "moeder");
    // Twice is once too often.
    let again = session.apply_as(Some("moeder"), lay("weekend_moeder"));
    let Err(e @ ActionError::NotInHand { .. }) = again else {
        panic!("{again:?}");
    };
    for lang in [Lang::Nl, Lang::En] {
        assert!(Words::new(lang).say(&e).contains("weekend_moeder"));
    }

    // "Alles tonen": what nobody laid, the facilitator lays.
    assert!(
        session
            .apply_as(Some("moeder"), Action::LayAllStartingCards)
            .is_err()
    );
    session.apply(Action::LayAllStartingCards).unwrap();
    assert!(session.state.hand.is_empty());
    assert_eq!(session.board().tokens.len(), start, "no card lost");
    session.undo();
    assert_eq!(
        session.state.hand.len(),
        start - 1,
        "undo puts them back in hand"
    );
}

#[test]
fn a_hand_is_laid_out_when_the_step_ends_and_the_lock_holds_it() {
    let mut session = at_step(Step::Situatie);
    session.apply(Action::DealStartingCards).unwrap();
    session.apply(Action::SetLocked(true)).unwrap();
    assert_eq!(
        session.apply_as(Some("moeder"), lay("gezag_moeder")),
        Err(ActionError::Locked)
    );
    session.apply(Action::SetLocked(false)).unwrap();
    // A removed card leaves the hand too.
    session
        .apply_as(
            Some("moeder"),
            Action::RemoveToken {
                token: "gezag_moeder".into(),
            },
        )
        .unwrap();
    assert!(!session.in_hand("gezag_moeder"));
    session.apply(Action::NextStep).unwrap();
    assert!(session.state.hand.is_empty(), "step 3 has no hidden cards");
    // Laying is for step 2 (and 3): not in step 1.
    let mut early = at_step(Step::Kennismaken);
    early.apply(Action::DealStartingCards).unwrap();
    assert!(matches!(
        early.apply_as(Some("moeder"), lay("weekend_moeder")),
        Err(ActionError::NotInThisStep { .. })
    ));
}

#[test]
fn a_saved_hand_comes_back_and_a_damaged_one_is_located() {
    let mut session = at_step(Step::Situatie);
    session.apply(Action::DealStartingCards).unwrap();
    session
        .apply_as(Some("moeder"), lay("weekend_moeder"))
        .unwrap();
    let text = session.to_ron();
    let loaded = Session::from_bytes("s.ron", text.as_bytes()).unwrap();
    assert_eq!(loaded.state.hand, session.state.hand);
    let at = text.find("hand:").expect("the hand is in the file");
    let (head, tail) = text.split_at(at);
    let damaged = head.to_string() + &tail.replacen("\"gezag_moeder\"", "\"niet_op_het_bord\"", 1);
    assert_ne!(damaged, text, "the hand is in the file");
    let problems = Session::from_bytes("s.ron", damaged.as_bytes()).unwrap_err();
    let said = problems.to_string();
    assert!(said.contains("niet_op_het_bord"), "{said}");
}

/// Found by the generated action streams: an event that ends a card still in a hand left
/// it in the hand, and the saved session then refused to load.
#[test]
fn a_card_that_leaves_the_board_leaves_the_hand_and_the_session_loads_again() {
    let mut session = at_step(Step::Situatie);
    session.apply(Action::DealStartingCards).unwrap();
    assert!(session.in_hand("gezag_moeder"));
    session
        .apply(Action::TriggerEvent {
            event: "tess_wordt_18".into(),
        })
        .unwrap();
    assert!(session.board().token("gezag_moeder").is_none());
    assert!(
        !session.in_hand("gezag_moeder"),
        "ended, so out of the hand"
    );
    session
        .apply(Action::RemoveToken {
            token: "weekend_moeder".into(),
        })
        .unwrap();
    assert!(
        !session.in_hand("weekend_moeder"),
        "taken away, so out of the hand"
    );
    let loaded = Session::from_bytes("s.ron", session.to_ron().as_bytes())
        .unwrap_or_else(|p| panic!("the saved session loads: {p}"));
    assert_eq!(loaded.state, session.state);
    // Undo brings the card back onto the board and into the hand together.
    assert!(session.undo() && session.undo());
    assert!(session.in_hand("gezag_moeder"));
}

fn ballot(voter: &str, agree: bool) -> Action {
    Action::Ballot {
        poll: "alle_leefgebieden".into(),
        voter: voter.into(),
        agree,
    }
}

fn counts(session: &Session) -> (u32, u32) {
    let p = session
        .state
        .polls
        .iter()
        .find(|p| p.poll == "alle_leefgebieden");
    p.map_or((0, 0), |p| (p.agree, p.disagree))
}

#[test]
fn one_vote_per_phone_and_undo_takes_back_vote_and_count_together() {
    let mut session = at_step(Step::Reflectie);
    session.apply_as(Some("moeder"), ballot("1", true)).unwrap();
    session.apply_as(Some("vader"), ballot("2", true)).unwrap();
    assert_eq!(counts(&session), (2, 0));
    session
        .apply_as(Some("moeder"), ballot("1", false))
        .unwrap();
    assert_eq!(counts(&session), (1, 1), "a changed vote moves");
    session
        .apply_as(Some("moeder"), ballot("1", false))
        .unwrap();
    assert_eq!(counts(&session), (1, 1), "the same vote again counts once");
    assert_eq!(
        session.votes_of("1"),
        [("alle_leefgebieden".to_string(), false)]
    );
    session.undo();
    session.undo();
    assert_eq!(counts(&session), (2, 0));
    assert_eq!(
        session.votes_of("1"),
        [("alle_leefgebieden".to_string(), true)]
    );
    session.undo();
    assert_eq!(counts(&session), (1, 0));
    assert!(
        session.votes_of("2").is_empty(),
        "vote and count go back together"
    );
    let unknown = Action::Ballot {
        poll: "geen".into(),
        voter: "1".into(),
        agree: true,
    };
    assert!(matches!(
        session.apply_as(Some("moeder"), unknown),
        Err(ActionError::UnknownPoll { .. })
    ));
    let mut early = at_step(Step::Situatie);
    assert!(matches!(
        early.apply_as(Some("moeder"), ballot("1", true)),
        Err(ActionError::NotInThisStep { belongs: 4 })
    ));
}

fn answer(voter: &str, option: &str) -> Action {
    Action::BallotChoice {
        poll: "werkzaam".into(),
        voter: voter.into(),
        option: option.into(),
    }
}

#[test]
fn one_answer_per_phone_on_a_question_with_answers_and_undo_takes_it_back() {
    let mut session = at_step(Step::Reflectie);
    session
        .apply_as(Some("moeder"), answer("1", "beleid"))
        .unwrap();
    session
        .apply_as(Some("vader"), answer("2", "beleid"))
        .unwrap();
    assert_eq!(session.state.choice("werkzaam", "beleid"), 2);
    session
        .apply_as(Some("moeder"), answer("1", "uitvoering"))
        .unwrap();
    assert_eq!(
        session.state.choice("werkzaam", "beleid"),
        1,
        "a changed answer moves"
    );
    assert_eq!(session.state.choice("werkzaam", "uitvoering"), 1);
    session
        .apply_as(Some("moeder"), answer("1", "uitvoering"))
        .unwrap();
    assert_eq!(
        session.state.choice("werkzaam", "uitvoering"),
        1,
        "counted once"
    );
    assert_eq!(
        session.choices_of("1"),
        [("werkzaam".to_string(), "uitvoering".to_string())]
    );
    assert!(session.votes_of("1").is_empty(), "an answer is not a vote");
    // Saved and loaded, the answers and their counts come back as they were.
    let loaded = Session::from_bytes("s.ron", session.to_ron().as_bytes())
        .unwrap_or_else(|p| panic!("the saved session loads: {p}"));
    assert_eq!(loaded.state, session.state);
    // Two steps back: the same answer again was a step too (the room does not send it).
    session.undo();
    session.undo();
    assert_eq!(session.state.choice("werkzaam", "beleid"), 2);
    assert_eq!(session.state.choice("werkzaam", "uitvoering"), 0);
    assert_eq!(
        session.choices_of("1"),
        [("werkzaam".to_string(), "beleid".to_string())]
    );
    // An unknown answer, or an answer to a statement, changes nothing.
    let before = session.state.clone();
    assert!(matches!(
        session.apply_as(Some("moeder"), answer("1", "geen")),
        Err(ActionError::UnknownOption { .. })
    ));
    let on_a_statement = Action::BallotChoice {
        poll: "alle_leefgebieden".into(),
        voter: "1".into(),
        option: "beleid".into(),
    };
    assert!(matches!(
        session.apply_as(Some("moeder"), on_a_statement),
        Err(ActionError::WrongPollKind { .. })
    ));
    assert_eq!(session.state, before);
    let mut early = at_step(Step::Situatie);
    assert!(matches!(
        early.apply_as(Some("moeder"), answer("1", "beleid")),
        Err(ActionError::NotInThisStep { belongs: 4 })
    ));
}

#[test]
fn the_observation_form_is_the_observers() {
    let mut session = at_step(Step::Situatie);
    let observe = Action::Observe {
        indicator: "samen_plan".into(),
        score: Score::Vaak,
    };
    let refused = session.apply_as(Some("moeder"), observe.clone());
    assert_eq!(refused, Err(ActionError::ObserverOnly));
    for lang in [Lang::Nl, Lang::En] {
        assert!(!Words::new(lang).say(&ActionError::ObserverOnly).is_empty());
    }
    session.apply_as(Some(OBSERVER), observe).unwrap();
    assert_eq!(session.state.observations[0].score, Score::Vaak);
    assert_eq!(session.state.journal.last().unwrap().role, OBSERVER);
    let report = samenspel_engine::report::render(
        &session,
        samenspel_engine::report::Format::Html,
        Lang::Nl,
    );
    assert!(report.contains("Samen met de cliënt naar een plan zoeken"));
}
