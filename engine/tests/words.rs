//! The catalogues: both languages hold the same messages with the same variables, and
//! every fact the engine states about every built-in scenario is put into words in both
//! languages without a single Fluent error; so is every kind of problem in a file.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use fluent_syntax::parser;
use samenspel_engine::board::Board;
use samenspel_engine::builtin::{builtin_all, builtin_ids};
use samenspel_engine::problem::{
    Counted, Item, Owner, Problem, ProblemKind, RonAdvice, Suggestion,
};
use samenspel_engine::reflect::{
    Analysis, GapKind, Image, analyse, change, consent_round, default_rounds,
};
use samenspel_engine::scenario::{RingKind, Scenario};
use samenspel_engine::session::{Action, ActionError, RingRefusal, Session};
use samenspel_engine::text::{Lang, Text};
use samenspel_engine::words::{AREAS, Fact, Finding, HintOf, On, Words, sources};

/// Message id → the variables its value uses, for one catalogue source.
type Vars = BTreeMap<String, BTreeSet<String>>;

fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
        }
        _ => {}
    }
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

/// Parses one source, failing on any syntax error.
fn vars(lang: Lang, area: &str, source: &str) -> Vars {
    let res = parser::parse(source).unwrap_or_else(|(_, errors)| {
        panic!("{}/{area}.ftl does not parse: {errors:?}", lang.code())
    });
    let mut out = Vars::new();
    for entry in res.body {
        if let ast::Entry::Message(m) = entry {
            let mut used = BTreeSet::new();
            if let Some(value) = &m.value {
                pattern_vars(value, &mut used);
            }
            assert!(
                m.value.is_some(),
                "{}/{area}.ftl: {} has no value",
                lang.code(),
                m.id.name
            );
            out.insert(m.id.name.to_string(), used);
        }
    }
    out
}

/// Every message of a language, with where it is; an id in two areas is an error.
fn catalogue(lang: Lang) -> Vars {
    let mut all = Vars::new();
    for (area, source) in AREAS.iter().zip(sources(lang)) {
        for (id, used) in vars(lang, area, source) {
            assert!(
                all.insert(id.clone(), used).is_none(),
                "{}: {id} is in more than one catalogue file",
                lang.code()
            );
        }
    }
    all
}

#[test]
fn both_languages_have_the_same_messages_with_the_same_variables() {
    let (nl, en) = (catalogue(Lang::Nl), catalogue(Lang::En));
    let ids = |c: &Vars| c.keys().cloned().collect::<BTreeSet<_>>();
    let only_nl: Vec<_> = ids(&nl).difference(&ids(&en)).cloned().collect();
    let only_en: Vec<_> = ids(&en).difference(&ids(&nl)).cloned().collect();
    assert!(
        only_nl.is_empty() && only_en.is_empty(),
        "only in nl: {only_nl:?}; only in en: {only_en:?}"
    );
    for (id, used) in &nl {
        assert_eq!(used, &en[id], "{id}: nl and en use different variables");
    }
    assert!(nl.len() > 200, "only {} messages", nl.len());
}

/// Every message id of the catalogues, to spot one that leaks into a sentence.
fn all_ids() -> BTreeSet<String> {
    catalogue(Lang::Nl).into_keys().collect()
}

/// Puts `fact` into words in both languages; no errors, no message id in the text.
fn check(fact: &dyn Fact, what: &str, ids: &BTreeSet<String>, said: &mut usize) {
    for lang in [Lang::Nl, Lang::En] {
        let (text, errors) = Words::new(lang).say_checked(fact);
        assert!(errors.is_empty(), "{what} ({lang:?}): {errors:?}");
        assert!(!text.trim().is_empty(), "{what} ({lang:?}) is empty");
        let leaked: Vec<&String> = ids
            .iter()
            .filter(|id| id.contains('-') && text.contains(id.as_str()))
            .collect();
        assert!(
            leaked.is_empty(),
            "{what} ({lang:?}): {text:?} has {leaked:?}"
        );
        *said += 1;
    }
}

/// Every finding of one analysis, on its board.
fn check_analysis(on: On, a: &Analysis, what: &str, ids: &BTreeSet<String>, said: &mut usize) {
    for g in &a.gaps {
        check(&on.about(Finding::Gap(g)), what, ids, said);
    }
    check(&on.about(Finding::Coherence(&a.coherence)), what, ids, said);
    check(&on.about(Finding::Balance(&a.balance)), what, ids, said);
}

/// The boards of a scenario worth reading: the start and after each scheduled event.
fn boards(s: &Scenario, variant: Option<&str>) -> (Session, Vec<Board>) {
    let mut session = Session::new(s, variant, 0).expect("built-in variants exist");
    let mut boards = vec![session.board().clone()];
    let events: Vec<String> = session
        .scenario
        .scheduled_events()
        .map(|e| e.id.clone())
        .collect();
    for event in events {
        session
            .apply(Action::TriggerEvent { event })
            .expect("a scheduled event happens once");
        boards.push(session.board().clone());
    }
    (session, boards)
}

#[test]
fn every_fact_about_every_builtin_scenario_is_said_in_both_languages() {
    let ids = all_ids();
    let mut said = 0;
    let all = builtin_all();
    assert_eq!(
        all.len(),
        builtin_ids().count(),
        "every built-in scenario loads"
    );
    for s in &all {
        let id = &s.id;
        let variants = std::iter::once(None).chain(s.variants.iter().map(|v| Some(v.id.as_str())));
        for variant in variants {
            let (session, boards) = boards(s, variant);
            let played = &session.scenario;
            for (i, board) in boards.iter().enumerate() {
                let what = format!("{id} {variant:?} board {i}");
                let on = On::new(played, board);
                check_analysis(on, &analyse(played, board), &what, &ids, &mut said);
                if i > 0 {
                    let before = &boards[i - 1];
                    let c = change(played, before, board);
                    check(
                        &on.before(before).about(Finding::Change(&c)),
                        &what,
                        &ids,
                        &mut said,
                    );
                    for g in &c.gaps_closed {
                        let closed = On::new(played, before).about(Finding::Gap(g));
                        check(&closed, &what, &ids, &mut said);
                    }
                }
            }
        }
    }
    assert!(said > 500, "only {said} sentences checked");
}

#[test]
fn every_title_rule_round_and_refusal_is_said_in_both_languages() {
    let ids = all_ids();
    let mut said = 0;
    let s = builtin_all().swap_remove(0);
    let board = Board::start(&s);
    let on = On::new(&s, &board);
    let kinds = [
        GapKind::UnservedNeed,
        GapKind::EndedSupport,
        GapKind::OnlyProfessional,
        GapKind::Fragmentation,
        GapKind::CollidingAssignments,
    ];
    for kind in kinds {
        check(&kind, "gap title", &ids, &mut said);
    }
    use samenspel_engine::scenario::VariantKind;
    for kind in [
        VariantKind::RoomInLaw,
        VariantKind::NewRule,
        VariantKind::WayOfWorking,
    ] {
        check(&kind, "variant kind", &ids, &mut said);
    }
    for image in Image::ALL {
        check(&image, "image", &ids, &mut said);
        check(
            &on.about(Finding::ImageMeaning(image)),
            "image",
            &ids,
            &mut said,
        );
    }
    check(&on.about(Finding::ScoreRule), "score rule", &ids, &mut said);
    for round in default_rounds().into_iter().chain([consent_round()]) {
        let texts: Vec<&Text> = std::iter::once(&round.title)
            .chain(round.questions.iter())
            .collect();
        for t in texts {
            for lang in [Lang::Nl, Lang::En] {
                let text = t.get(lang);
                assert!(text.contains("{naam}") || !text.is_empty(), "{}", round.id);
                assert!(!ids.contains(text), "{}: a raw id {text}", round.id);
            }
        }
    }
    for e in refusals() {
        check(&e, &format!("{e:?}"), &ids, &mut said);
    }
}

/// One refusal of each kind.
fn refusals() -> Vec<ActionError> {
    use ActionError::*;
    let name = || Text::both("Moeder", "Mother");
    vec![
        UnknownVariant {
            variant: "x".into(),
            known: vec!["a".into(), "b".into()],
        },
        FacilitatorOnly,
        NotInHand { token: "t".into() },
        ObserverOnly,
        NotInThisStep { belongs: 2 },
        NotInThisStep { belongs: 4 },
        NotYourCard {
            role: "moeder".into(),
            name: name(),
        },
        Locked,
        MissingId,
        DuplicateToken { token: "t".into() },
        UnknownToken { token: "t".into() },
        RoleChange,
        SelfLink,
        NoLink {
            from: "a".into(),
            to: "b".into(),
        },
        LastStep,
        FirstStep,
        BoardFull { limit: 1000 },
        TooManyLinks { limit: 3000 },
        UnknownEvent { event: "e".into() },
        AlreadyHappened {
            event: "e".into(),
            title: Text::both("Een feest", "A party"),
        },
        DeckEmpty,
        UnknownPoll { poll: "p".into() },
        UnknownOption {
            poll: "p".into(),
            option: "o".into(),
            known: vec!["a".into(), "b".into()],
        },
        WrongPollKind {
            poll: "p".into(),
            has_options: true,
        },
        WrongPollKind {
            poll: "p".into(),
            has_options: false,
        },
        UnknownQuestion {
            question: "q".into(),
        },
        UnknownPlacematQuestion {
            question: "q".into(),
        },
        UnknownGroup { group: 99, max: 15 },
        AnswerTooLong {
            length: 2100,
            max: 2000,
        },
        EmptyNote,
        UnknownNote { note: 3 },
        UnknownIndicator {
            indicator: "i".into(),
        },
        UnknownRole { role: "r".into() },
        RoleAbsent {
            role: "moeder".into(),
            name: name(),
        },
        UnknownDomain { domain: "d".into() },
        UnknownRing { ring: "r".into() },
        RingNotAllowed(Box::new(RingRefusal {
            role: "moeder".into(),
            ring: "rijk".into(),
            role_name: name(),
            ring_name: Text::both("Rijk", "State"),
        })),
    ]
}

#[test]
fn a_missing_message_or_variable_is_reported_not_hidden() {
    let w = Words::new(Lang::En);
    let mut errors = vec![];
    assert_eq!(
        w.format("no-such-message", &[], &mut errors),
        "no-such-message"
    );
    assert_eq!(errors.len(), 1, "{errors:?}");
    let mut errors = vec![];
    let text = w.format("session-unknown-token", &[], &mut errors);
    assert!(text.contains("token"), "{text}");
    assert!(!errors.is_empty(), "a missing variable is an error");
}

/// One problem of each kind, and each kind of owner, item, suggestion and RON advice.
/// Long because it is a table: one entry per kind, so a new kind without words shows.
fn problem_kinds() -> Vec<ProblemKind> {
    use ProblemKind::*;
    let id = || "werk".to_string();
    let owners = [
        Owner::Scenario,
        Owner::InterviewQuestion,
        Owner::InterviewAnswer,
        Owner::SelfReliance,
        Owner::StartingLink,
        Owner::Regisseur,
        Owner::Goal(id()),
        Owner::Domain(id()),
        Owner::Ring(id()),
        Owner::Role(id()),
        Owner::Need(id()),
        Owner::Token(id()),
        Owner::Event(id()),
        Owner::Variant(id()),
        Owner::Poll(id()),
        Owner::Round(id()),
    ];
    let items = [
        Item::Domain,
        Item::Ring,
        Item::Role,
        Item::Token,
        Item::NeedOrGoal,
        Item::Need,
        Item::Event,
        Item::Variant,
        Item::Poll,
        Item::Round,
    ];
    let advice = [
        RonAdvice::TooDeep,
        RonAdvice::MissingField,
        RonAdvice::UnknownField,
        RonAdvice::Name,
        RonAdvice::Quotes,
        RonAdvice::Punctuation,
        RonAdvice::Format,
    ];
    let suggestions = [
        Suggestion::DidYouMean(id()),
        Suggestion::Known(vec![id(), "wonen".into()]),
        Suggestion::DefineFirst,
    ];
    let mut all = vec![
        NotUtf8,
        EmptyFile,
        CannotOpen {
            reason: "No such file or directory (os error 2)".into(),
        },
        Folder,
        CannotRead {
            reason: "Permission denied (os error 13)".into(),
        },
        TooLarge {
            megabytes: "50.0".into(),
            limit_mb: 4,
        },
        EmptyScenarioId,
        ScenarioIdCharacters { id: "a b".into() },
        ReservedId {
            id: "persona".into(),
        },
        NoDomains,
        MissingRing {
            ring_kind: RingKind::Rijk,
        },
        SameRingKind,
        NoRoles,
        PersonaAge { age: 200 },
        NoPersonaName,
        RingNotAllowed {
            token: "t".into(),
            role: "moeder".into(),
            ring: "rijk".into(),
        },
        FileOutside {
            path: "../x.png".into(),
        },
        FileMissing {
            path: "img/x.png".into(),
        },
        FolderNotScenario,
        SessionNotScenario {
            path: "s.ron".into(),
        },
        NoSuchScenario {
            builtin: vec!["tess".into(), "peter".into()],
        },
        ScenarioNotSession {
            path: "tess.ron".into(),
        },
        SessionFormat { format: 9 },
        TooManyDraws { draws: 99, deck: 4 },
        UnknownPollResult { poll: "p".into() },
        TooLong {
            length: 5000,
            limit: 4000,
        },
        TooMuchWork {
            events: 290,
            cards: 580,
            links: 12,
            variants: 3,
            limit: 40_000_000,
        },
        UnknownPollOption {
            poll: "p".into(),
            option: "o".into(),
        },
        UnknownWerkItem {
            id: "q".into(),
            group: 2,
        },
        TooFewOptions { poll: "p".into() },
        UnknownHandCard { token: "t".into() },
    ];
    all.extend(
        [
            Counted::Domains,
            Counted::Rings,
            Counted::Roles,
            Counted::Cards,
            Counted::Links,
            Counted::Needs,
            Counted::Events,
            Counted::Effects,
            Counted::Variants,
            Counted::Polls,
            Counted::Rounds,
            Counted::Lines,
            Counted::References,
            Counted::BoardCards,
            Counted::BoardLinks,
        ]
        .map(|part| TooMany {
            part,
            count: 601,
            limit: 600,
        }),
    );
    all.extend(advice.map(|advice| Ron {
        error: "Expected comma".into(),
        advice,
    }));
    for item in items {
        all.push(EmptyId { item });
        all.push(DuplicateId {
            item,
            id: id(),
            undefined: vec![],
        });
        all.push(DuplicateId {
            item,
            id: id(),
            undefined: vec!["sociaal".into()],
        });
        for s in &suggestions {
            all.push(UnknownReference {
                owner: Owner::Role(id()),
                item,
                value: "wrk".into(),
                suggestion: s.clone(),
            });
        }
    }
    for owner in owners {
        all.push(NoDutch {
            owner: owner.clone(),
            field: "name".into(),
        });
        all.push(SelfLink {
            owner: owner.clone(),
            token: "t".into(),
        });
        all.push(AlreadyLinked {
            owner: owner.clone(),
            from: "a".into(),
            to: "b".into(),
        });
        all.push(AlreadyPresent {
            owner: owner.clone(),
            role: "wmo".into(),
        });
        all.push(EffectAge { owner, age: 300 });
    }
    {
        let event = "brief_cak".to_string();
        all.push(AfterNotDeck {
            event: event.clone(),
        });
        all.push(AfterItself { event });
        all.push(NotYetThere {
            event: "e".into(),
            token: "t".into(),
        });
        all.push(ServesCancelledNeed {
            variant: "v".into(),
            token: "t".into(),
            need: "n".into(),
        });
        all.push(CancelsNothing {
            variant: "v".into(),
            event: "e".into(),
            id: "t".into(),
        });
        all.push(ServesLaterNeed {
            token: "t".into(),
            need: "n".into(),
        });
    }
    for kind in &all {
        // No wildcard: a new kind of problem fails to compile here until it is listed.
        match kind {
            NotUtf8
            | EmptyFile
            | Ron { .. }
            | CannotOpen { .. }
            | Folder
            | CannotRead { .. }
            | TooLarge { .. }
            | TooMany { .. }
            | TooLong { .. }
            | TooMuchWork { .. }
            | EmptyScenarioId
            | ScenarioIdCharacters { .. }
            | EmptyId { .. }
            | DuplicateId { .. }
            | ReservedId { .. }
            | NoDutch { .. }
            | UnknownReference { .. }
            | NoDomains
            | MissingRing { .. }
            | SameRingKind
            | NoRoles
            | PersonaAge { .. }
            | NoPersonaName
            | RingNotAllowed { .. }
            | SelfLink { .. }
            | EffectAge { .. }
            | AfterNotDeck { .. }
            | ServesCancelledNeed { .. }
            | NotYetThere { .. }
            | AfterItself { .. }
            | CancelsNothing { .. }
            | AlreadyLinked { .. }
            | ServesLaterNeed { .. }
            | AlreadyPresent { .. }
            | FileOutside { .. }
            | FileMissing { .. }
            | FolderNotScenario
            | SessionNotScenario { .. }
            | NoSuchScenario { .. }
            | ScenarioNotSession { .. }
            | SessionFormat { .. }
            | TooManyDraws { .. }
            | UnknownPollResult { .. }
            | UnknownPollOption { .. }
            | UnknownWerkItem { .. }
            | TooFewOptions { .. }
            | UnknownHandCard { .. } => {}
        }
    }
    all
}

#[test]
fn every_problem_is_said_in_both_languages_and_in_english_as_printed() {
    let ids = all_ids();
    let mut said = 0;
    for kind in problem_kinds() {
        let what = format!("{kind:?}");
        let p = Problem::new("s.ron", 3, 7, kind);
        check(&p.kind, &what, &ids, &mut said);
        check(&HintOf(&p.kind), &what, &ids, &mut said);
        check(&p, &what, &ids, &mut said);
        // The command line prints `Display`; the catalogue's English must be that text.
        assert_eq!(Words::new(Lang::En).say(&p), p.to_string(), "{what}");
        let nl = Words::new(Lang::Nl).say(&p);
        assert!(nl.starts_with("s.ron:3:7: "), "{nl}");
        assert!(nl.contains("\n  tip: "), "{nl}");
        assert_ne!(nl, p.to_string(), "{what}: the Dutch is the English");
        let json = serde_json::to_value(&p).expect("a problem serialises");
        assert!(json["kind"].is_string(), "{what}: {json}");
        assert_eq!(json["message"], p.message.as_str(), "{what}");
    }
    assert!(said > 300, "only {said} sentences checked");
}

#[test]
fn problems_found_in_files_are_said_in_dutch() {
    let text = "(id: \"a b\", title: (en: \"T\"), summary: (nl: \"S\"))";
    let Err(problems) = samenspel_engine::load::scenario_from_str("x.ron", text, None) else {
        panic!("a broken scenario loads");
    };
    for p in &problems.0 {
        let (nl, errors) = Words::new(Lang::Nl).say_checked(p);
        assert!(errors.is_empty(), "{errors:?}");
        assert!(nl.starts_with(&p.place()), "{nl}");
    }
}
