//! The werksessie around the wheel: polls with options, the drawing exercise beside seed
//! 003, the praatplaat and the placemat — their rules, their place in a saved session and
//! in the report, and the harde knip at 18.

mod common;
use common::TempDir;

use samenspel_engine::builtin::builtin;
use samenspel_engine::reflect::{Drawn, analyse};
use samenspel_engine::report::{Format, render};
use samenspel_engine::scenario::Scenario;
use samenspel_engine::session::{Action, ActionError, Session, Step};
use samenspel_engine::text::Lang;
use samenspel_engine::werksessie::{
    Drawing, DrawingTally, MAX_ANSWER, MAX_GROUPS, PLACEMAT, PRAATPLAAT, Theme,
};
use samenspel_engine::words::{Finding, On, Words};

fn tess() -> Scenario {
    builtin("tess")
        .expect("tess is built in")
        .unwrap_or_else(|p| panic!("{p}"))
}

fn session() -> Session {
    Session::new(&tess(), None, 7).unwrap()
}

fn choose(option: &str) -> Action {
    Action::Choose {
        poll: "werkzaam".into(),
        option: option.into(),
    }
}

#[test]
fn the_opening_poll_of_tess_has_four_answers_and_counts_each() {
    let s = tess();
    let poll = s.poll("werkzaam").expect("the opening poll");
    let ids: Vec<&str> = poll.options.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["beleid", "uitvoering", "client", "kennis"]);
    let mut session = session();
    for option in ["uitvoering", "uitvoering", "beleid", "uitvoering"] {
        session.apply(choose(option)).unwrap();
    }
    assert_eq!(session.state.choice("werkzaam", "uitvoering"), 3);
    assert_eq!(session.state.choice("werkzaam", "beleid"), 1);
    assert_eq!(session.state.choice("werkzaam", "kennis"), 0);
    session
        .apply(Action::RecordChoice {
            poll: "werkzaam".into(),
            option: "kennis".into(),
            count: 12,
        })
        .unwrap();
    assert_eq!(session.state.choice("werkzaam", "kennis"), 12);
    // Undo takes back the typed count, not the clicks before it.
    assert!(session.undo());
    assert_eq!(session.state.choice("werkzaam", "kennis"), 0);
    assert_eq!(session.state.choice("werkzaam", "uitvoering"), 3);
}

#[test]
fn a_poll_refuses_the_other_kind_of_vote_and_unknown_answers() {
    let mut session = session();
    let vote = Action::Vote {
        poll: "werkzaam".into(),
        agree: true,
    };
    assert_eq!(
        session.apply(vote),
        Err(ActionError::WrongPollKind {
            poll: "werkzaam".into(),
            has_options: true
        })
    );
    let choose_on_statement = Action::Choose {
        poll: "alle_leefgebieden".into(),
        option: "ja".into(),
    };
    assert_eq!(
        session.apply(choose_on_statement),
        Err(ActionError::WrongPollKind {
            poll: "alle_leefgebieden".into(),
            has_options: false
        })
    );
    let err = session.apply(choose("student")).unwrap_err();
    assert!(matches!(&err, ActionError::UnknownOption { known, .. } if known.len() == 4));
    let said = Words::new(Lang::Nl).say(&err);
    assert!(
        said.contains("student") && said.contains("uitvoering"),
        "{said}"
    );
    assert!(session.state.polls.is_empty(), "a refusal changes nothing");
}

#[test]
fn a_player_may_choose_at_any_step_but_not_set_counts() {
    let mut session = session();
    assert_eq!(session.state.step, Step::Kennismaken);
    session
        .apply_as(Some("jeugdbeschermer"), choose("uitvoering"))
        .unwrap();
    session
        .apply_as(
            Some("jeugdbeschermer"),
            Action::DrawingLike {
                drawing: Drawing::Spinnenweb,
            },
        )
        .unwrap();
    let set = Action::RecordDrawing {
        drawing: Drawing::Spinnenweb,
        count: 40,
    };
    assert_eq!(
        session.apply_as(Some("jeugdbeschermer"), set),
        Err(ActionError::FacilitatorOnly)
    );
    let pick = Action::PickQuestion {
        question: "regie".into(),
        picked: true,
    };
    assert_eq!(
        session.apply_as(Some("jeugdbeschermer"), pick),
        Err(ActionError::FacilitatorOnly)
    );
    assert_eq!(session.state.journal.len(), 2);
}

#[test]
fn seed_003_counts_add_up_to_its_19_clients_and_44_professionals() {
    let clients: u32 = Drawing::ALL.iter().map(|d| d.drawn().clients).sum();
    let professionals: u32 = Drawing::ALL.iter().map(|d| d.drawn().professionals).sum();
    assert_eq!(
        (clients, professionals),
        (Drawn::CLIENTS, Drawn::PROFESSIONALS)
    );
    // The six images of the wheel keep the counts the analysis already uses.
    for d in Drawing::ALL {
        if let Some(image) = d.image() {
            assert_eq!(d.drawn(), image.drawn());
        }
    }
}

#[test]
fn the_drawing_tally_puts_the_room_beside_the_research() {
    let mut session = session();
    for drawing in [Drawing::Spinnenweb, Drawing::Spinnenweb, Drawing::Schillen] {
        session.apply(Action::DrawingLike { drawing }).unwrap();
    }
    session
        .apply(Action::RecordDrawing {
            drawing: Drawing::Proces,
            count: 2,
        })
        .unwrap();
    let tally = session.state.drawing_tally();
    assert_eq!(tally.room_total, 5);
    assert_eq!(tally.room_most, [Drawing::Spinnenweb, Drawing::Proces]);
    assert_eq!(tally.clients_most, [Drawing::GeenSamenhang]);
    assert_eq!(tally.professionals_most, [Drawing::Spinnenweb]);
    let web = tally
        .rows
        .iter()
        .find(|r| r.drawing == Drawing::Spinnenweb)
        .unwrap();
    assert_eq!((web.room, web.clients, web.professionals), (2, 0, 13));
    assert!((web.room_share - 0.4).abs() < 1e-9);
    let nl = Words::new(Lang::Nl).say(&tally);
    assert!(
        nl.contains("Spinnenweb") && nl.contains("2 van de 5"),
        "{nl}"
    );
    assert!(nl.contains("Geen samenhang"), "{nl}");
    // Setting a count to 0 takes the image out of the room's list.
    session
        .apply(Action::RecordDrawing {
            drawing: Drawing::Proces,
            count: 0,
        })
        .unwrap();
    assert!(!session.state.drawings.contains_key(&Drawing::Proces));
    let empty = DrawingTally::of(&Default::default());
    assert!(empty.room_most.is_empty());
    let en = Words::new(Lang::En).say(&empty);
    assert!(en.starts_with("Nobody"), "{en}");
}

#[test]
fn the_praatplaat_has_ten_questions_in_four_themes_and_picks_in_order() {
    assert_eq!(PRAATPLAAT.len(), 10);
    let per_theme: Vec<usize> = Theme::ALL.iter().map(|t| t.questions().count()).collect();
    assert_eq!(per_theme, [3, 2, 3, 2]);
    for q in &PRAATPLAAT {
        for lang in [Lang::Nl, Lang::En] {
            assert!(!q.text().get(lang).contains("werk-praat"), "{}", q.id);
        }
    }
    let mut session = session();
    for (question, picked) in [
        ("regie", true),
        ("tijd", true),
        ("regie", true),
        ("visie", true),
        ("tijd", false),
    ] {
        session
            .apply(Action::PickQuestion {
                question: question.into(),
                picked,
            })
            .unwrap();
    }
    assert_eq!(session.state.praatplaat, ["regie", "visie"]);
    let unknown = Action::PickQuestion {
        question: "koffie".into(),
        picked: true,
    };
    assert_eq!(
        session.apply(unknown),
        Err(ActionError::UnknownQuestion {
            question: "koffie".into()
        })
    );
}

fn answer(group: u32, question: &str, text: &str) -> Action {
    Action::Placemat {
        group,
        question: question.into(),
        text: text.into(),
    }
}

#[test]
fn placemat_answers_are_kept_per_group_in_the_placemats_order() {
    let mut session = session();
    session
        .apply(answer(2, "definitie", "Bewust werken aan samenhang."))
        .unwrap();
    session
        .apply(answer(1, "complexiteit", "  Klein beginnen.  "))
        .unwrap();
    session.apply(answer(1, "opdracht", "Eén plan.")).unwrap();
    let order: Vec<(u32, &str)> = session
        .state
        .placemat
        .iter()
        .map(|a| (a.group, a.question.as_str()))
        .collect();
    assert_eq!(
        order,
        [(1, "opdracht"), (1, "complexiteit"), (2, "definitie")]
    );
    assert_eq!(
        session.state.placemat_answer(1, "complexiteit"),
        Some("Klein beginnen.")
    );
    // A new answer replaces the old; an empty one takes it away.
    session
        .apply(answer(1, "opdracht", "Eén plan, één regisseur."))
        .unwrap();
    session.apply(answer(2, "definitie", "   ")).unwrap();
    assert_eq!(session.state.placemat.len(), 2);
    assert_eq!(
        session.state.placemat_answer(1, "opdracht"),
        Some("Eén plan, één regisseur.")
    );
    assert_eq!(
        session.apply(answer(0, "opdracht", "x")),
        Err(ActionError::UnknownGroup {
            group: 0,
            max: MAX_GROUPS
        })
    );
    assert_eq!(
        session.apply(answer(1, "koffie", "x")),
        Err(ActionError::UnknownPlacematQuestion {
            question: "koffie".into()
        })
    );
    let long = "a".repeat(MAX_ANSWER + 1);
    assert!(matches!(
        session.apply(answer(1, "opdracht", &long)),
        Err(ActionError::AnswerTooLong { .. })
    ));
    assert_eq!(PLACEMAT.len(), 4);
}

/// A session with every part of the werksessie used.
fn used() -> Session {
    let mut session = session();
    for action in [
        choose("uitvoering"),
        choose("beleid"),
        Action::DrawingLike {
            drawing: Drawing::Schillen,
        },
        Action::PickQuestion {
            question: "invloed".into(),
            picked: true,
        },
        answer(3, "professionaliteit", "Durven vragen <om hulp>."),
    ] {
        session.apply(action).unwrap();
    }
    session
}

#[test]
fn the_werksessie_survives_save_and_load_and_old_files_still_open() {
    let dir = TempDir::new("werksessie");
    let path = dir.path().join("s.ron");
    let session = used();
    session.save(&path).unwrap();
    let loaded = Session::load(&path).unwrap_or_else(|p| panic!("{p}"));
    assert_eq!(loaded.state, session.state);
    // A session without any of it writes none of the new fields, so files stay as they
    // were, and a file from before them opens.
    let plain = Session::new(&tess(), None, 7).unwrap().to_ron();
    for field in ["drawings", "praatplaat", "placemat", "choices"] {
        assert!(!plain.contains(&format!("{field}:")), "{field}");
    }
    assert!(Session::from_bytes("old.ron", plain.as_bytes()).is_ok());
}

#[test]
fn a_damaged_werksessie_in_a_file_gives_located_problems() {
    let text = used().to_ron();
    let broken = text
        .replace("\"invloed\"", "\"koffie\"")
        .replace("\"uitvoering\": 1", "\"student\": 1");
    let problems = Session::from_bytes("s.ron", broken.as_bytes()).unwrap_err();
    let said = problems.to_string();
    assert!(
        said.contains("koffie") && said.contains("student"),
        "{said}"
    );
}

#[test]
fn the_report_carries_every_part_used() {
    let session = used();
    let html = render(&session, Format::Html, Lang::Nl);
    for part in [
        "Tekenopdracht",
        "Praatplaat",
        "Placemat",
        "Groep 3",
        "Waar bent u werkzaam?",
        "Uitvoering",
    ] {
        assert!(html.contains(part), "{part} missing from the html report");
    }
    assert!(
        html.contains("Durven vragen &lt;om hulp&gt;."),
        "typed text is escaped"
    );
    assert!(html.contains("Invloed van de cliënt"));
    let md = render(&session, Format::Markdown, Lang::En);
    assert!(
        md.contains("## Drawing exercise") && md.contains("| Shells | 1 | 1 | 5 |"),
        "{md}"
    );
    assert!(
        md.contains("Where do you work?: Policy or management: 1"),
        "{md}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&render(&session, Format::Json, Lang::En)).unwrap();
    assert_eq!(json["drawings"]["room_total"], 1);
    assert_eq!(json["praatplaat"][0]["id"], "invloed");
    assert_eq!(json["placemat"][0]["group"], 3);
    assert_eq!(json["polls"][0]["choices"]["uitvoering"], 1);
    // Unused parts stay out.
    let plain = render(
        &Session::new(&tess(), None, 7).unwrap(),
        Format::Html,
        Lang::Nl,
    );
    assert!(!plain.contains("Tekenopdracht") && !plain.contains("Placemat"));
}

#[test]
fn support_that_ends_when_tess_turns_18_is_called_a_harde_knip() {
    let s = tess();
    let eighteen = s
        .events
        .iter()
        .find(|e| e.harde_knip())
        .expect("Tess turns 18 and support ends");
    assert!(s.events.iter().filter(|e| e.harde_knip()).count() == 1);
    let mut session = Session::new(&s, None, 7).unwrap();
    session
        .apply(Action::TriggerEvent {
            event: eighteen.id.clone(),
        })
        .unwrap();
    let board = session.board();
    let analysis = analyse(&session.scenario, board);
    let on = On::new(&session.scenario, board);
    for (lang, term) in [
        (Lang::Nl, "Harde knip bij 18"),
        (Lang::En, "Harde knip at 18"),
    ] {
        let words = Words::new(lang);
        let ended: Vec<String> = analysis
            .gaps
            .iter()
            .filter(|g| g.event.as_deref() == Some(eighteen.id.as_str()))
            .map(|g| on.say(&words, Finding::Gap(g)))
            .collect();
        assert!(!ended.is_empty());
        assert!(ended.iter().all(|t| t.starts_with(term)), "{ended:?}");
    }
    // Support ended by another event is not a harde knip.
    let other = s.events.iter().find(|e| {
        !e.harde_knip()
            && e.effects
                .iter()
                .any(|f| matches!(f, samenspel_engine::scenario::Effect::EndToken { .. }))
    });
    if let Some(other) = other {
        let mut session = Session::new(&s, None, 7).unwrap();
        session
            .apply(Action::TriggerEvent {
                event: other.id.clone(),
            })
            .unwrap();
        let board = session.board();
        let on = On::new(&session.scenario, board);
        let words = Words::new(Lang::Nl);
        for g in analyse(&session.scenario, board)
            .gaps
            .iter()
            .filter(|g| g.event.is_some())
        {
            assert!(!on.say(&words, Finding::Gap(g)).contains("Harde knip"));
        }
    }
}

#[test]
fn a_poll_with_fewer_than_two_distinct_answers_is_a_located_problem() {
    let text = include_str!("../../scenarios/tess.ron");
    let one = text.replace(
        r#"(id: "uitvoering", text: (nl: "Uitvoering", en: "Practice (working with clients)")),"#,
        r#"(id: "beleid", text: (nl: "Uitvoering", en: "Practice (working with clients)")),"#,
    );
    assert_ne!(one, text);
    let problems = samenspel_engine::load::scenario_from_str("tess.ron", &one, None).unwrap_err();
    let p = problems
        .0
        .iter()
        .find(|p| p.message.contains("werkzaam"))
        .unwrap_or_else(|| panic!("no problem names the poll: {problems}"));
    let line = text[..text.find(r#"(id: "werkzaam""#).unwrap()]
        .matches('\n')
        .count()
        + 1;
    assert_eq!(p.line, line, "{p:?}");
    assert!(p.hint.contains("options"), "{p:?}");
}

#[test]
fn every_text_of_the_theory_and_the_placemat_has_words_in_both_languages() {
    use samenspel_engine::werksessie::{
        PERSPECTIVES, PROCESS_ROWS, PROCESSES, perspective, placemat_question, process_cell,
        process_row,
    };
    let mut texts = Vec::new();
    for id in PERSPECTIVES {
        let (title, text) = perspective(id).expect("a known perspective");
        texts.extend([title, text]);
    }
    for column in PROCESSES {
        texts.push(process_cell(None, column));
        for row in PROCESS_ROWS {
            texts.push(process_cell(Some(row), column));
        }
    }
    texts.extend(PROCESS_ROWS.iter().map(|row| process_row(row)));
    texts.extend(
        PLACEMAT
            .iter()
            .map(|q| placemat_question(q).expect("a known question")),
    );
    texts.extend(Theme::ALL.iter().map(|t| t.title()));
    texts.extend(Drawing::ALL.iter().map(|d| d.name()));
    for text in &texts {
        for lang in [Lang::Nl, Lang::En] {
            let said = text.get(lang);
            let raw_id = said.starts_with("werk-") || said.starts_with("analysis-");
            assert!(!said.is_empty() && !raw_id, "{said:?}");
        }
    }
    assert_eq!(texts.len(), 3 * 2 + 3 * 10 + 9 + 4 + 4 + 9);
    assert!(perspective("koffie").is_none() && placemat_question("koffie").is_none());
}
