//! Issue 11, part 5: what the checker warns about (effects that do nothing), a duplicate id
//! reported once, and what variants and `ChangeToken` may change. Each test starts from the
//! starter scenario, changes one thing, and checks the problem and its place.

use samenspel_engine::load::{checked_from_str, scenario_from_str};
use samenspel_engine::problem::{Problem, ProblemKind, Problems, Severity};
use samenspel_engine::session::Session;
use samenspel_engine::starter::starter_scenario;
use samenspel_engine::text::Lang;
use samenspel_engine::words::Words;

const FILE: &str = "sam.ron";

/// The starter with `from` (which must occur exactly once) replaced by `to`.
fn changed(from: &str, to: &str) -> String {
    let text = starter_scenario("Sam");
    assert_eq!(text.matches(from).count(), 1, "{from:?} must occur once");
    text.replacen(from, to, 1)
}

/// 1-based line and column of the `nth` `needle` in `text`, worked out here.
fn position(text: &str, needle: &str, nth: usize) -> (usize, usize) {
    let offset = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} occurs fewer than {} times", nth + 1))
        .0;
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    (line, text[line_start..offset].chars().count() + 1)
}

/// The warnings of a scenario that must load.
fn warnings(text: &str) -> Vec<Problem> {
    match checked_from_str(FILE, text, None) {
        Ok(checked) => checked.warnings,
        Err(p) => panic!("refused:\n{p}"),
    }
}

/// The one warning; it is a warning, printed as one, with a hint.
fn the_warning(text: &str) -> Problem {
    let all = warnings(text);
    assert_eq!(all.len(), 1, "{}", Problems(all.clone()));
    let p = all[0].clone();
    assert_eq!(p.severity, Severity::Warning);
    assert!(!p.hint.is_empty());
    assert!(p.to_string().contains(": warning: "), "{p}");
    p
}

fn at(p: &Problem) -> (usize, usize) {
    (p.line, p.column)
}

const EFFECTS: &str = "                AddNeed((id: \"werk_en_rust\"";

/// The starter's event with `effect` written before its AddNeed.
fn with_effect(effect: &str) -> String {
    changed(EFFECTS, &format!("                {effect}\n{EFFECTS}"))
}

/// The starter's variant with `patch` as its `events`.
fn with_patch(patch: &str) -> String {
    changed(
        "            start: [\n",
        &format!("            events: [{patch}],\n            start: [\n"),
    )
}

#[test]
fn the_starter_has_no_warnings() {
    assert!(warnings(&starter_scenario("Sam")).is_empty());
}

#[test]
fn a_cancel_for_a_card_the_event_does_not_touch_is_a_warning_at_the_id() {
    let text = with_patch(r#"(event: "nieuwe_baan", cancel_for: ["vriend_steun"])"#);
    let p = the_warning(&text);
    assert!(
        matches!(&p.kind, ProblemKind::CancelsNothing { id, event, .. } if id == "vriend_steun" && event == "nieuwe_baan"),
        "{p}"
    );
    assert_eq!(at(&p), position(&text, "\"vriend_steun\"]", 0));
    // The card the event ends is cancelled for real: no warning.
    let fine = with_patch(r#"(event: "nieuwe_baan", cancel_for: ["uitkering"])"#);
    assert!(warnings(&fine).is_empty());
}

#[test]
fn a_cancelled_need_the_event_does_not_add_is_a_warning() {
    let text = with_patch(r#"(event: "nieuwe_baan", cancel_needs: ["rondkomen"])"#);
    let p = the_warning(&text);
    assert!(p.message.contains("\"rondkomen\""), "{p}");
    let (l, c) = position(&text, "cancel_needs: [\"rondkomen\"]", 0);
    assert_eq!(at(&p), (l, c + "cancel_needs: [".len()));
    // The need the event adds is cancelled for real (and the coach no longer serves it).
    let fine = with_patch(r#"(event: "nieuwe_baan", cancel_needs: ["werk_en_rust"])"#).replace(
        r#"serves: ["eigen_doel", "werk_en_rust"]"#,
        r#"serves: ["eigen_doel"]"#,
    );
    assert!(warnings(&fine).is_empty());
}

#[test]
fn a_line_added_between_cards_already_linked_is_a_warning_unless_broken_first() {
    let line = r#"AddLink((from: "vriend_steun", to: "persona", kind: Tension)),"#;
    let text = with_effect(line);
    let p = the_warning(&text);
    assert!(matches!(p.kind, ProblemKind::AlreadyLinked { .. }), "{p}");
    assert!(p.message.contains("event \"nieuwe_baan\""), "{p}");
    let (l, c) = position(&text, line, 0);
    assert_eq!(at(&p), (l, c + "AddLink((from: ".len()));
    // The contact line broken first: the tension line takes its place.
    let fine = with_effect(&format!(
        "BreakLink(from: \"persona\", to: \"vriend_steun\"),\n                {line}"
    ));
    assert!(warnings(&fine).is_empty());
}

#[test]
fn the_second_of_two_same_lines_is_found_among_several_links() {
    // Two links in one event; the second joins the same pair as the first.
    let first = r#"AddLink((from: "zelf_sport", to: "vriend_steun", kind: Contact)),"#;
    let second = r#"AddLink((from: "vriend_steun", to: "zelf_sport", kind: WorksTogether)),"#;
    let text = with_effect(&format!("{first}\n                {second}"));
    let p = the_warning(&text);
    assert_eq!(at(&p).0, position(&text, second, 0).0, "{p}");
}

#[test]
fn two_lines_between_the_same_cards_on_the_starting_board_are_a_warning() {
    let text = changed(
        "            (from: \"vriend_steun\", to: \"persona\", kind: Contact),\n",
        "            (from: \"vriend_steun\", to: \"persona\", kind: Contact),\n            (from: \"persona\", to: \"vriend_steun\", kind: Tension),\n",
    );
    let p = the_warning(&text);
    assert!(
        p.message.contains("links on the starting board") || p.message.contains("starting"),
        "{p}"
    );
    assert_eq!(at(&p).0, position(&text, "(from: \"persona\"", 0).0);
}

#[test]
fn a_variant_start_adding_a_line_that_is_there_is_a_warning() {
    let text = changed(
        "            start: [\n",
        "            start: [\n                AddLink((from: \"persona\", to: \"vriend_steun\", kind: WorksTogether)),\n",
    );
    let p = the_warning(&text);
    assert!(p.message.contains("variant \"jobcoach\""), "{p}");
    assert_eq!(at(&p).0, position(&text, "AddLink((from: \"persona\"", 0).0);
}

#[test]
fn a_starting_card_serving_a_need_that_only_an_event_adds_is_a_warning_at_the_need() {
    let text = changed(
        "frequency: (nl: \"wekelijks\", en: \"weekly\")),",
        "frequency: (nl: \"wekelijks\", en: \"weekly\"), serves: [\"werk_en_rust\"]),",
    );
    let p = the_warning(&text);
    assert!(
        matches!(&p.kind, ProblemKind::ServesLaterNeed { token, need } if token == "vriend_steun" && need == "werk_en_rust"),
        "{p}"
    );
    assert_eq!(at(&p), position(&text, "\"werk_en_rust\"", 0));
}

#[test]
fn a_role_that_joins_while_it_is_there_is_a_warning_on_the_timeline_and_in_the_deck() {
    let text = with_effect(r#"RoleJoins(role: "vriend"),"#);
    let p = the_warning(&text);
    assert!(matches!(p.kind, ProblemKind::AlreadyPresent { .. }), "{p}");
    assert_eq!(at(&p), position(&text, "\"vriend\"),", 0));
    // The same as a deck card: the friend never leaves, so it does nothing whenever drawn.
    let deck = text.replace("when: Scheduled,", "when: Deck,");
    assert_eq!(the_warning(&deck).line, p.line);
    // A role that is not there at the start joins for real.
    let fine = text.replace(
        "rings: [\"informeel\"]),",
        "rings: [\"informeel\"], present_at_start: false),",
    );
    let fine = fine.replace(
        "(id: \"vriend_steun\", role: \"vriend\"",
        "(id: \"vriend_steun\", role: \"persona\"",
    );
    let fine = fine.replace(
        "ring: \"informeel\", who: (nl: \"Vriend\"",
        "ring: \"eigen_kracht\", who: (nl: \"Vriend\"",
    );
    assert!(warnings(&fine).is_empty(), "{}", Problems(warnings(&fine)));
}

#[test]
fn a_role_that_left_may_join_again_without_a_warning() {
    let text = with_effect(
        "RoleLeaves(role: \"vriend\", reason: (nl: \"verhuist\")),\n                RoleJoins(role: \"vriend\"),",
    );
    assert!(warnings(&text).is_empty(), "{}", Problems(warnings(&text)));
}

#[test]
fn warnings_are_said_in_dutch_as_warnings() {
    let p = the_warning(&with_effect(r#"RoleJoins(role: "vriend"),"#));
    let nl = Words::new(Lang::Nl).say(&p);
    assert!(nl.contains("waarschuwing"), "{nl}");
    assert!(nl.contains("\"vriend\""), "{nl}");
}

#[test]
fn a_duplicate_id_is_reported_once_and_names_the_id_it_was_meant_to_be() {
    // The copy of "werk" should have been "sociaal": three places refer to "sociaal".
    let text = changed(r#"(id: "sociaal", name"#, r#"(id: "werk", name"#);
    let Err(Problems(all)) = scenario_from_str(FILE, &text, None) else {
        panic!("accepted");
    };
    assert_eq!(all.len(), 1, "{}", Problems(all.clone()));
    let p = &all[0];
    assert!(p.message.contains("duplicate domain id \"werk\""), "{p}");
    assert!(p.hint.contains("\"sociaal\""), "{p}");
    assert!(!p.hint.contains("did you mean"), "{p}");
    let (l, c) = position(&text, r#""werk", name: (nl: "Sociale"#, 0);
    assert_eq!(at(p), (l, c));
}

#[test]
fn a_duplicate_need_is_located_at_the_second_even_when_the_first_is_a_goal() {
    let text = changed(r#"(id: "rondkomen""#, r#"(id: "eigen_doel""#);
    let Err(Problems(all)) = scenario_from_str(FILE, &text, None) else {
        panic!("accepted");
    };
    assert_eq!(all.len(), 1, "{}", Problems(all.clone()));
    assert_eq!(at(&all[0]), position(&text, "\"eigen_doel\"", 1));
}

#[test]
fn a_variant_changes_a_role_and_an_event_in_words_it_may_now_write() {
    let text = changed(
        "            start: [\n",
        r#"            roles: [(role: "consulent", assignment: (nl: "Je geeft Sam eerst rust.", en: "You give Sam rest first."), agenda: [(domain: "werk", stance: Hold, why: (nl: "eerst rust", en: "rest first"))])],
            events: [(event: "nieuwe_baan", title: (nl: "Sam vindt werk, met een coach", en: "Sam finds work, with a coach"), description: (nl: "Een coach gaat mee.", en: "A coach comes along."))],
            start: [
"#,
    );
    let s = scenario_from_str(FILE, &text, None).unwrap_or_else(|p| panic!("{p}"));
    let session = Session::new(&s, Some("jobcoach"), 1).unwrap();
    let played = &session.scenario;
    let role = played.role("consulent").unwrap();
    assert_eq!(role.assignment.get(Lang::Nl), "Je geeft Sam eerst rust.");
    assert_eq!(role.agenda.len(), 1);
    assert_eq!(role.agenda[0].why.get(Lang::En), "rest first");
    let event = played.event("nieuwe_baan").unwrap();
    assert_eq!(event.title.get(Lang::En), "Sam finds work, with a coach");
    assert_eq!(event.description.get(Lang::Nl), "Een coach gaat mee.");
    // The scenario as written is unchanged.
    assert_eq!(
        s.role("consulent").unwrap().assignment.get(Lang::Nl),
        "Je helpt Sam zo snel mogelijk aan werk."
    );
    // The played scenario still validates on its own (a saved session is checked so).
    let again = samenspel_engine::validate::validate(played, FILE, &text, None);
    assert!(again.iter().all(|p| !p.is_error()), "{}", Problems(again));
}

#[test]
fn a_role_patch_on_an_unknown_role_and_without_dutch_is_refused_at_its_place() {
    let text = changed(
        "            start: [\n",
        "            roles: [(role: \"consulnet\", assignment: (en: \"Rest first.\"))],\n            start: [\n",
    );
    let Err(Problems(all)) = scenario_from_str(FILE, &text, None) else {
        panic!("accepted");
    };
    let unknown = all
        .iter()
        .find(|p| p.message.contains("unknown role \"consulnet\""))
        .unwrap_or_else(|| panic!("{}", Problems(all.clone())));
    assert!(unknown.hint.contains("\"consulent\""), "{unknown}");
    assert_eq!(at(unknown), position(&text, "\"consulnet\"", 0));
    let dutch = all
        .iter()
        .find(|p| p.message.contains("`assignment` has no Dutch"))
        .unwrap_or_else(|| panic!("{}", Problems(all.clone())));
    assert_eq!(dutch.line, position(&text, "\"consulnet\"", 0).0);
}

#[test]
fn change_token_may_set_what_a_card_serves() {
    let text = with_effect(r#"ChangeToken(token: "vriend_steun", serves: ["werk_en_rust"]),"#);
    let s = scenario_from_str(FILE, &text, None).unwrap_or_else(|p| panic!("{p}"));
    let mut session = Session::new(&s, None, 1).unwrap();
    session
        .apply(samenspel_engine::session::Action::TriggerEvent {
            event: "nieuwe_baan".into(),
        })
        .unwrap();
    let card = session.board().token("vriend_steun").unwrap().clone();
    assert_eq!(card.serves, vec!["werk_en_rust".to_string()]);
    // An unknown need in it is refused at its place.
    let wrong = with_effect(r#"ChangeToken(token: "vriend_steun", serves: ["werk_en_rst"]),"#);
    let Err(Problems(all)) = scenario_from_str(FILE, &wrong, None) else {
        panic!("accepted");
    };
    assert_eq!(all.len(), 1, "{}", Problems(all.clone()));
    assert_eq!(at(&all[0]), position(&wrong, "\"werk_en_rst\"", 0));
    assert!(all[0].hint.contains("werk_en_rust"), "{}", all[0]);
}

#[test]
fn a_variant_cancelling_a_need_that_its_change_makes_a_card_serve_is_refused() {
    let text = with_patch(
        r#"(event: "nieuwe_baan", cancel_needs: ["werk_en_rust"], add: [ChangeToken(token: "vriend_steun", serves: ["werk_en_rust"])])"#,
    );
    let Err(Problems(all)) = scenario_from_str(FILE, &text, None) else {
        panic!("accepted");
    };
    // Both the coach the variant adds at the start and the changed card, each at its place
    // (the coach's id is the variant's id too: the place is the card's, not the variant's).
    assert_eq!(all.len(), 2, "{}", Problems(all.clone()));
    assert!(all.iter().all(|p| p.message.contains("still serves it")));
    let coach = position(&text, r#""eigen_doel", "werk_en_rust""#, 0);
    assert_eq!(at(&all[0]), (coach.0, coach.1 + r#""eigen_doel", "#.len()));
    assert_eq!(at(&all[1]), position(&text, "\"werk_en_rust\"])", 0));
}

#[test]
fn a_variant_adding_an_effect_on_a_card_only_a_deck_card_places_is_refused_at_the_patch() {
    // A deck card places "buurman"; the variant's addition to the timeline event ends it.
    let deck = r#"    events: [
        (
            id: "buurman_komt",
            title: (nl: "Een buurman"),
            description: (nl: "Hij helpt."),
            when: Deck,
            effects: [AddToken((id: "buurman", role: "vriend", domain: "sociaal", ring: "informeel", who: (nl: "Buurman"), what: (nl: "helpt"))),],
        ),"#;
    let text = changed("    events: [", deck);
    let patch = r#"(event: "nieuwe_baan", add: [EndToken(token: "buurman", reason: (nl: "weg"))])"#;
    let text = text.replacen(
        "            start: [\n",
        &format!("            events: [{patch}],\n            start: [\n"),
        1,
    );
    let Err(Problems(all)) = scenario_from_str(FILE, &text, None) else {
        panic!("accepted");
    };
    assert_eq!(all.len(), 1, "{}", Problems(all.clone()));
    assert!(
        all[0].message.contains("not on the board yet"),
        "{}",
        all[0]
    );
    assert_eq!(at(&all[0]), position(&text, "\"buurman\", reason", 0));
    // Added to the event that places it, the card is there.
    let fine = text.replace("when: Deck,", "when: Scheduled,");
    let fine = fine.replace(
        "(event: \"nieuwe_baan\", add",
        "(event: \"buurman_komt\", add",
    );
    scenario_from_str(FILE, &fine, None).unwrap_or_else(|p| panic!("{p}"));
}
