//! Issue 11, part 5: what the analysis names. Tension lines by name, self-reliance (ZRM)
//! levels that an event moves, a gap that stays with other cards as "changed", and the
//! islands of "ieder zijn eigen plan" counted per role.

use samenspel_engine::board::Board;
use samenspel_engine::load::scenario_from_str;
use samenspel_engine::reflect::{GapKind, LevelChange, analyse, change};
use samenspel_engine::report::{Format, render};
use samenspel_engine::scenario::{Level, Scenario, Token};
use samenspel_engine::session::{Action, Session};
use samenspel_engine::starter::starter_scenario;
use samenspel_engine::text::{Lang, Text};
use samenspel_engine::words::{Finding, On, Words};

fn starter(from: &str, to: &str) -> Scenario {
    let text = starter_scenario("Sam");
    assert_eq!(text.matches(from).count(), 1, "{from:?}");
    scenario_from_str("sam.ron", &text.replacen(from, to, 1), None)
        .unwrap_or_else(|p| panic!("{p}"))
}

fn card(id: &str, role: &str, domain: &str, ring: &str, who: &str) -> Token {
    Token {
        id: id.into(),
        role: role.into(),
        domain: domain.into(),
        ring: ring.into(),
        who: Text::nl(who),
        what: Text::nl(id),
        law: None,
        frequency: None,
        financial: false,
        serves: vec![],
    }
}

#[test]
fn tension_lines_are_named_in_the_coherence_finding() {
    let s = starter(
        "(from: \"vriend_steun\", to: \"persona\", kind: Contact)",
        "(from: \"vriend_steun\", to: \"persona\", kind: Tension)",
    );
    let board = Board::start(&s);
    let a = analyse(&s, &board);
    assert_eq!(a.coherence.tension_links, 1);
    assert_eq!(
        a.coherence.tension,
        vec![("vriend_steun".to_string(), "persona".to_string())]
    );
    let on = On::new(&s, &board);
    let nl = on.say(&Words::new(Lang::Nl), Finding::Coherence(&a.coherence));
    assert!(nl.contains("Spanning tussen: Vriend – Sam."), "{nl}");
    let en = on.say(&Words::new(Lang::En), Finding::Coherence(&a.coherence));
    assert!(en.contains("Tension between: Friend – Sam."), "{en}");
    // Without tension lines the sentence does not mention them.
    let calm = Board::start(&scenario_from_str("sam.ron", &starter_scenario("Sam"), None).unwrap());
    let a = analyse(&s, &calm);
    assert!(a.coherence.tension.is_empty());
    let said = On::new(&s, &calm).say(&Words::new(Lang::Nl), Finding::Coherence(&a.coherence));
    assert!(!said.contains("Spanning"), "{said}");
}

#[test]
fn a_self_reliance_level_an_event_moves_is_in_the_change_the_text_and_the_report() {
    let s = starter(
        "                AddNeed((id: \"werk_en_rust\"",
        "                SetSelfReliance(domain: \"werk\", level: NietZelfredzaam),\n                AddNeed((id: \"werk_en_rust\"",
    );
    let mut session = Session::new(&s, None, 1).unwrap();
    let before = session.board().clone();
    session
        .apply(Action::TriggerEvent {
            event: "nieuwe_baan".into(),
        })
        .unwrap();
    let after = session.board().clone();
    let c = change(&s, &before, &after);
    assert_eq!(
        c.self_reliance,
        vec![LevelChange {
            domain: "werk".into(),
            before: Some(Level::BeperktZelfredzaam),
            after: Some(Level::NietZelfredzaam),
        }]
    );
    let on = On::new(&s, &after).before(&before);
    let nl = on.say(&Words::new(Lang::Nl), Finding::Change(&c));
    assert!(
        nl.contains(
            "Zelfredzaamheid (ZRM): Werk van 3 (beperkt zelfredzaam) naar 2 (niet zelfredzaam)."
        ),
        "{nl}"
    );
    let en = on.say(&Words::new(Lang::En), Finding::Change(&c));
    assert!(en.contains("Self-reliance (ZRM): Work from 3"), "{en}");
    for format in [Format::Markdown, Format::Html] {
        let report = render(&session, format, Lang::Nl);
        assert!(report.contains("Werk van 3"), "{format:?}");
    }
    // A change that moves no level says nothing about it.
    let same = change(&s, &before, &before);
    assert!(same.self_reliance.is_empty());
}

#[test]
fn a_gap_that_stays_with_other_cards_is_changed_not_closed_and_opened() {
    let s = scenario_from_str("sam.ron", &starter_scenario("Sam"), None).unwrap();
    let before = Board::start(&s);
    // Income rests on the municipality alone; a second professional card keeps it so.
    let mut after = before.clone();
    after.tokens.push(card(
        "toeslag",
        "consulent",
        "inkomen",
        "rijk",
        "Belastingdienst",
    ));
    let c = change(&s, &before, &after);
    assert!(c.gaps_opened.is_empty(), "{:?}", c.gaps_opened);
    assert!(c.gaps_closed.is_empty(), "{:?}", c.gaps_closed);
    assert_eq!(c.gaps_changed.len(), 1);
    let g = &c.gaps_changed[0];
    assert_eq!(g.after.kind, GapKind::OnlyProfessional);
    assert_eq!(g.before.tokens, vec!["uitkering".to_string()]);
    assert_eq!(
        g.after.tokens,
        vec!["uitkering".to_string(), "toeslag".to_string()]
    );
    let said = On::new(&s, &after)
        .before(&before)
        .say(&Words::new(Lang::Nl), Finding::Change(&c));
    assert!(said.contains("0 knelpunten ontstaan, 0 opgelost"), "{said}");
    assert!(
        said.contains("Eén knelpunt is gebleven maar veranderd"),
        "{said}"
    );
    // A gap that really goes is closed: income with a friend's help is no longer
    // professional only.
    let mut helped = before.clone();
    helped
        .tokens
        .push(card("lening", "vriend", "inkomen", "informeel", "Vriend"));
    let c = change(&s, &before, &helped);
    assert_eq!(c.gaps_closed.len(), 1);
    assert!(c.gaps_changed.is_empty());
}

#[test]
fn islands_are_counted_per_role_and_a_giver_is_named_once() {
    let s = scenario_from_str("sam.ron", &starter_scenario("Sam"), None).unwrap();
    let mut board = Board::start(&s);
    // Two cards of the consultant on work, not linked, and one of another professional.
    board.tokens.push(card(
        "gesprek",
        "consulent",
        "werk",
        "gemeente",
        "Consulent",
    ));
    board.tokens.push(card(
        "training",
        "consulent",
        "werk",
        "gemeente",
        "Consulent",
    ));
    board
        .tokens
        .push(card("uwv", "vriend", "werk", "rijk", "UWV"));
    let a = analyse(&s, &board);
    let gap = a
        .gaps
        .iter()
        .find(|g| g.kind == GapKind::Fragmentation)
        .expect("two roles apart on work");
    assert_eq!(gap.islands, Some(2), "one role is one island");
    let said = On::new(&s, &board).say(&Words::new(Lang::Nl), Finding::Gap(gap));
    assert_eq!(said.matches("Consulent").count(), 1, "{said}");
    assert!(said.contains("2 aparte eilandjes"), "{said}");
}
