//! One test per class of problem a scenario author (or a hostile file) can produce: each
//! starts from the starter scenario, breaks one thing, and checks the problem's message and
//! that its line and column point at the broken place.

mod common;
use common::TempDir;
use std::time::{Duration, Instant};

use samenspel_engine::load::{
    MAX_FILE_BYTES, MAX_SESSION_BYTES, scenario_from_bytes, scenario_from_str,
};
use samenspel_engine::problem::{Problem, Problems};
use samenspel_engine::session::Session;
use samenspel_engine::starter::starter_scenario;

const FILE: &str = "sam.ron";

fn starter() -> String {
    starter_scenario("Sam")
}

/// The starter with `from` (which must occur exactly once) replaced by `to`.
fn broken(from: &str, to: &str) -> String {
    let text = starter();
    assert_eq!(
        text.matches(from).count(),
        1,
        "{from:?} must occur exactly once in the starter"
    );
    text.replacen(from, to, 1)
}

/// 1-based line and column (in characters) of the `nth` occurrence of `needle` in `text`,
/// computed here independently of the engine.
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

fn problems(text: &str) -> Vec<Problem> {
    match scenario_from_str(FILE, text, None) {
        Ok(_) => panic!("the broken scenario was accepted"),
        Err(Problems(p)) => {
            assert!(!p.is_empty(), "an error without problems");
            p
        }
    }
}

/// The single problem whose message contains `fragment`.
fn the_problem(text: &str, fragment: &str) -> Problem {
    let all = problems(text);
    let found: Vec<&Problem> = all
        .iter()
        .filter(|p| p.message.contains(fragment))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "expected one problem with {fragment:?}, got:\n{}",
        Problems(all.clone())
    );
    found[0].clone()
}

fn assert_at(p: &Problem, expected: (usize, usize)) {
    assert_eq!(p.file, FILE);
    assert_eq!((p.line, p.column), expected, "{p}");
    assert!(!p.hint.is_empty(), "a problem without a hint: {p}");
    let shown = p.to_string();
    assert!(
        shown.starts_with(&format!("{FILE}:{}:{}: ", p.line, p.column)),
        "{shown}"
    );
}

#[test]
fn the_starter_itself_is_valid() {
    scenario_from_str(FILE, &starter(), None).unwrap_or_else(|p| panic!("{p}"));
}

#[test]
fn ron_syntax_error_is_located() {
    // A missing comma between two fields.
    let text = broken(r#"(id: "inkomen", name:"#, r#"(id: "inkomen" name:"#);
    let all = problems(&text);
    assert_eq!(all.len(), 1, "{}", Problems(all.clone()));
    let p = &all[0];
    let (line, _) = position(&text, r#"(id: "inkomen" name:"#, 0);
    assert_eq!(p.line, line, "{p}");
    // The problem points at `name`, right after the missing comma (RON itself reports the
    // blank before it; the loader moves to the token).
    let (_, col) = position(&text, "name: (nl: \"Inkomen\"", 0);
    assert_eq!(p.column, col, "{p}");
    assert!(p.hint.contains("comma") || p.hint.contains("docs/"), "{p}");

    // An unclosed string runs to the end of the file.
    let text = broken(r#"name: "Sam","#, r#"name: "Sam,"#);
    let p = &problems(&text)[0];
    assert!(p.line >= 11, "{p}");
}

#[test]
fn wrong_type_is_located() {
    let text = broken("age: 30,", r#"age: "dertig","#);
    let p = &problems(&text)[0];
    let (line, col) = position(&text, r#""dertig""#, 0);
    assert_eq!(p.line, line, "{p}");
    assert_eq!(p.column, col, "not at the value: {p}");
    assert!(p.message.to_lowercase().contains("expected"), "{p}");

    // A number too large for an age in years.
    let text = broken("age: 30,", "age: 3000,");
    let p = &problems(&text)[0];
    assert_eq!(p.line, position(&text, "age: 3000", 0).0, "{p}");

    // A link kind that does not exist.
    let text = broken("kind: Contact)", "kind: Kontakt)");
    let p = &problems(&text)[0];
    let (line, col) = position(&text, "Kontakt", 0);
    assert_eq!(p.line, line, "{p}");
    assert_eq!(p.column, col, "{p}");
    assert!(p.message.contains("Kontakt"), "{p}");
}

#[test]
fn unknown_field_is_reported() {
    // A misspelt field must not be dropped silently: `serve` instead of `serves`.
    let text = broken(r#"serves: ["rondkomen"]"#, r#"serve: ["rondkomen"]"#);
    let p = &problems(&text)[0];
    let (line, col) = position(&text, "serve:", 0);
    assert_eq!(p.line, line, "{p}");
    assert_eq!(p.column, col, "not at the field: {p}");
    assert!(p.message.contains("serve"), "{p}");
    assert!(p.hint.contains("spelling"), "{p}");

    // And at the top level.
    let text = broken(
        "    summary:",
        "    samenvatting: (nl: \"x\"),\n    summary:",
    );
    let p = &problems(&text)[0];
    assert_eq!(p.line, position(&text, "samenvatting", 0).0, "{p}");
}

#[test]
fn duplicate_id_is_located_at_the_second() {
    let text = broken(
        r#"        (id: "sociaal", name: (nl: "Sociale contacten", en: "Social contacts")),"#,
        "        (id: \"sociaal\", name: (nl: \"Sociale contacten\", en: \"Social contacts\")),\n        (id: \"werk\", name: (nl: \"Werk\", en: \"Work\")),",
    );
    let p = the_problem(&text, "duplicate domain id \"werk\"");
    // The first `"werk"` written after `id:` in the domains is line 34; the second is the copy.
    let (line, col) = position(&text, r#"(id: "werk", name: (nl: "Werk""#, 1);
    assert_at(&p, (line, col + "(id: ".len()));
}

#[test]
fn unknown_domain_on_a_token() {
    let text = broken(
        r#"role: "persona", domain: "sociaal""#,
        r#"role: "persona", domain: "sport""#,
    );
    let p = the_problem(&text, "unknown domain \"sport\"");
    assert!(p.message.contains("token \"zelf_sport\""), "{p}");
    assert_at(&p, position(&text, r#""sport""#, 0));
    assert!(
        p.hint.contains("\"sociaal\"") || p.hint.contains("known domain"),
        "{p}"
    );
}

#[test]
fn unknown_role_on_a_token_suggests_the_right_one() {
    let text = broken(r#"role: "vriend", domain"#, r#"role: "vriendin", domain"#);
    let p = the_problem(&text, "unknown role \"vriendin\"");
    assert_at(&p, position(&text, r#""vriendin""#, 0));
    assert_eq!(p.hint, "did you mean \"vriend\"?");
}

#[test]
fn token_in_a_ring_its_role_may_not_use() {
    let text = broken(
        r#"role: "vriend", domain: "sociaal", ring: "informeel""#,
        r#"role: "vriend", domain: "sociaal", ring: "gemeente""#,
    );
    let p = the_problem(&text, "may not place support in ring \"gemeente\"");
    assert!(p.message.contains("role \"vriend\""), "{p}");
    let token = position(&text, r#""vriend_steun""#, 0);
    let (line, col) = position(&text, r#"ring: "gemeente""#, 0);
    assert_eq!(line, token.0);
    assert_at(&p, (line, col + "ring: ".len()));
}

#[test]
fn link_to_an_unknown_token() {
    let text = broken(
        r#"(from: "vriend_steun", to: "persona""#,
        r#"(from: "vriend_steun", to: "vriend_stuen""#,
    );
    let p = the_problem(&text, "unknown token \"vriend_stuen\"");
    assert!(p.message.starts_with("a link"), "{p}");
    assert_at(&p, position(&text, r#""vriend_stuen""#, 0));
    assert_eq!(p.hint, "did you mean \"vriend_steun\"?");
}

#[test]
fn effect_on_an_unknown_token() {
    let text = broken(
        r#"EndToken(token: "uitkering""#,
        r#"EndToken(token: "uitkeringen""#,
    );
    let p = the_problem(&text, "unknown token \"uitkeringen\"");
    assert!(p.message.contains("event \"nieuwe_baan\""), "{p}");
    assert_at(&p, position(&text, r#""uitkeringen""#, 0));
}

#[test]
fn variant_patch_on_an_unknown_event() {
    let text = broken(
        "            start: [",
        "            events: [(event: \"nieuwe_baam\", cancel_for: [\"uitkering\"])],\n            start: [",
    );
    let p = the_problem(&text, "unknown event \"nieuwe_baam\"");
    assert!(p.message.contains("variant \"jobcoach\""), "{p}");
    assert_at(&p, position(&text, r#""nieuwe_baam""#, 0));
    assert_eq!(p.hint, "did you mean \"nieuwe_baan\"?");

    // A patch on a real event that cancels an unknown token is caught too.
    let text = broken(
        "            start: [",
        "            events: [(event: \"nieuwe_baan\", cancel_for: [\"geen_token\"])],\n            start: [",
    );
    let p = the_problem(&text, "unknown token \"geen_token\"");
    assert_at(&p, position(&text, r#""geen_token""#, 0));
}

#[test]
fn missing_dutch_text() {
    let text = broken(
        r#"(id: "inkomen", name: (nl: "Inkomen", en: "Income"))"#,
        r#"(id: "inkomen", name: (en: "x"))"#,
    );
    let p = the_problem(&text, "has no Dutch text");
    assert!(p.message.contains("domain \"inkomen\""), "{p}");
    let (line, col) = position(&text, r#"(id: "inkomen", name: (en"#, 0);
    assert_at(&p, (line, col + r#"(id: "inkomen", "#.len()));

    // Dutch that is only spaces counts as missing.
    let text = broken(
        r#"what: (nl: "luistert", en: "listens")"#,
        r#"what: (nl: "  ", en: "listens")"#,
    );
    let p = the_problem(&text, "`what` has no Dutch text");
    assert!(p.message.contains("token \"vriend_steun\""), "{p}");
    assert_at(&p, position(&text, r#"what: (nl: "  ""#, 0));
}

#[test]
fn portrait_outside_the_folder() {
    for path in [
        "../x.png",
        "/etc/passwd",
        "img/../../x.png",
        "//server/share/x.png",
        "C:x.png",
    ] {
        let escaped = path;
        let text = broken(
            "        age: 30,",
            &format!("        age: 30,\n        portrait: \"{escaped}\","),
        );
        let p = the_problem(&text, "is outside the scenario's folder");
        assert_at(&p, position(&text, &format!("\"{escaped}\""), 0));
        // Also with a folder to check against: still refused, and nothing is read.
        let dir = TempDir::new("portrait_outside");
        let err = scenario_from_str(FILE, &text, Some(dir.path())).unwrap_err();
        assert!(
            err.0.iter().any(|p| p.message.contains("outside")),
            "{path}: {err}"
        );
    }
    // A Windows path with an escaped backslash is refused too. The locator searches the
    // source for the unescaped value, so it falls back to the persona section.
    let text = broken(
        "        age: 30,",
        "        age: 30,\n        portrait: \"C:\\\\x.png\",",
    );
    let p = the_problem(&text, "is outside the scenario's folder");
    assert!(p.message.contains(r"C:\x.png"), "{p}");
    assert_eq!(p.line, position(&text, "persona: (", 0).0, "{p}");
}

#[test]
fn portrait_missing_on_disk() {
    let dir = TempDir::new("portrait_missing");
    let text = broken(
        "        age: 30,",
        "        age: 30,\n        portrait: \"img/sam.png\",",
    );
    let p = match scenario_from_str(FILE, &text, Some(dir.path())) {
        Ok(_) => panic!("a missing portrait was accepted"),
        Err(Problems(p)) => p,
    };
    assert_eq!(p.len(), 1, "{}", Problems(p.clone()));
    assert!(p[0].message.contains("does not exist"), "{}", p[0]);
    assert_at(&p[0], position(&text, "\"img/sam.png\"", 0));

    // Once the picture is there, the scenario is fine.
    std::fs::create_dir_all(dir.path().join("img")).unwrap();
    std::fs::write(dir.path().join("img/sam.png"), b"\x89PNG").unwrap();
    scenario_from_str(FILE, &text, Some(dir.path())).unwrap_or_else(|p| panic!("{p}"));
    // A folder with the name is not a picture.
    let text2 = text.replace("img/sam.png", "img");
    assert!(scenario_from_str(FILE, &text2, Some(dir.path())).is_err());
}

#[test]
fn several_problems_are_all_reported() {
    let text = broken(r#"role: "vriend", domain"#, r#"role: "vriendin", domain"#).replace(
        r#"EndToken(token: "uitkering""#,
        r#"EndToken(token: "uitkeringen""#,
    );
    let all = problems(&text);
    assert!(all.len() >= 2, "{}", Problems(all.clone()));
    // In file order is not promised, but every one has a real place.
    let lines = text.lines().count();
    for p in &all {
        assert!(p.line >= 1 && p.line <= lines && p.column >= 1, "{p}");
    }
}

// ---------------------------------------------------------------------------------------
// Hostile input: never a panic, always a located problem.
// ---------------------------------------------------------------------------------------

fn must_fail(bytes: &[u8]) -> Vec<Problem> {
    match scenario_from_bytes(FILE, bytes, None) {
        Ok(_) => panic!("garbage was accepted as a scenario"),
        Err(Problems(p)) => {
            assert!(!p.is_empty());
            for problem in &p {
                assert!(problem.line >= 1 && problem.column >= 1, "{problem}");
                assert_eq!(problem.file, FILE);
            }
            p
        }
    }
}

#[test]
fn empty_and_blank_files() {
    for bytes in [&b""[..], b"   ", b"\n\n\t \r\n"] {
        let p = must_fail(bytes);
        assert_eq!(p.len(), 1);
        assert_eq!((p[0].line, p[0].column), (1, 1));
        assert!(p[0].message.contains("empty"), "{}", p[0]);
    }
}

/// A fixed xorshift generator: the same bytes on every run and every machine.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = XorShift(0x5eed_5a3e_u64);
    for round in 0..300 {
        let len = (rng.next() % 4096) as usize;
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        if bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let _ = must_fail(&bytes);
        // Random text made of RON's own characters gets further into the parser.
        let alphabet = b"()[]{},:\"' \n_aZ09.-+#/*!rSome";
        let text: Vec<u8> = (0..len)
            .map(|_| alphabet[(rng.next() % alphabet.len() as u64) as usize])
            .collect();
        if text.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let _ = must_fail(&text);
        // And the starter with a random slice cut out of it.
        let s = starter();
        let bytes = s.as_bytes();
        let a = (rng.next() as usize) % bytes.len();
        let b = a + (rng.next() as usize) % (bytes.len() - a).min(200);
        let mut cut = bytes[..a].to_vec();
        cut.extend_from_slice(&bytes[b..]);
        let _ = scenario_from_bytes(FILE, &cut, None).map_err(|Problems(p)| {
            assert!(!p.is_empty(), "round {round}");
        });
    }
}

#[test]
fn invalid_utf8_in_the_middle_is_located() {
    let text = starter();
    let anchor = "age: 30";
    let (line, col) = position(&text, anchor, 0);
    let offset = text.find(anchor).unwrap();
    let mut bytes = text.as_bytes().to_vec();
    bytes.insert(offset, 0xFF);
    let p = must_fail(&bytes);
    assert_eq!(p.len(), 1);
    assert!(p[0].message.contains("UTF-8"), "{}", p[0]);
    assert_eq!((p[0].line, p[0].column), (line, col), "{}", p[0]);

    // After multi-byte characters on the same line the column counts characters.
    let text = starter();
    let anchor = "één zin";
    let offset = text.find(anchor).unwrap() + "één ".len();
    let (line, col) = position(&text, "zin over", 0);
    let mut bytes = text.as_bytes().to_vec();
    bytes.splice(offset..offset, [0xC3, 0x28]); // an invalid two-byte sequence
    let p = must_fail(&bytes);
    assert_eq!((p[0].line, p[0].column), (line, col), "{}", p[0]);
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let deep = "[".repeat(10_000);
    let _ = must_fail(deep.as_bytes());
    let deep = "(".repeat(10_000);
    let _ = must_fail(deep.as_bytes());
    // Nested inside a real field, and inside an unknown one.
    for field in ["        goals: ", "        liefhebberijen: "] {
        let text = broken("        goals: ", &format!("{field}{}", "[".repeat(10_000)));
        let _ = must_fail(text.as_bytes());
        let text = broken(
            "        goals: ",
            &format!("{field}{}", "Some(".repeat(10_000)),
        );
        let _ = must_fail(text.as_bytes());
    }
}

#[test]
fn huge_files_are_refused_quickly() {
    let size = 50 * 1024 * 1024;
    let parens = vec![b'('; size];
    let line = "(id: \"werk\", name: (nl: \"Werk\", en: \"Work\")),\n";
    let mut repeated = line.repeat(size / line.len() + 1).into_bytes();
    repeated.truncate(size);
    for bytes in [parens, repeated] {
        assert!(bytes.len() > MAX_FILE_BYTES);
        let start = Instant::now();
        let p = must_fail(&bytes);
        let took = start.elapsed();
        assert!(
            took < Duration::from_millis(500),
            "refusing a 50 MB file took {took:?}"
        );
        assert_eq!(p.len(), 1);
        assert!(p[0].message.contains("MB"), "{}", p[0]);
        assert!(p[0].message.contains("50.0 MB"), "{}", p[0]);
    }
}

#[test]
fn a_file_just_under_the_limit_is_parsed_not_refused_for_size() {
    let mut text = starter();
    // Pad with a comment up to just below the limit: this is about the limit, not speed.
    let pad = MAX_FILE_BYTES - text.len() - 10;
    text.push_str("//");
    text.push_str(&"x".repeat(pad));
    assert!(text.len() <= MAX_FILE_BYTES);
    scenario_from_bytes(FILE, text.as_bytes(), None).unwrap_or_else(|p| panic!("{p}"));
}

// ---------------------------------------------------------------------------------------
// Saved sessions.
// ---------------------------------------------------------------------------------------

fn saved_session() -> String {
    let scenario = scenario_from_str(FILE, &starter(), None).unwrap();
    let mut session = Session::new(&scenario, None, 3).unwrap();
    session.apply(samenspel_engine::Action::NextStep).unwrap();
    session.to_ron()
}

#[test]
fn a_saved_session_reads_back() {
    let text = saved_session();
    let back = Session::from_bytes("s.ron", text.as_bytes()).unwrap_or_else(|p| panic!("{p}"));
    assert_eq!(back.seed, 3);
    assert_eq!(back.state.step, samenspel_engine::Step::Situatie);
}

#[test]
fn sessions_from_garbage_are_problems() {
    let mut rng = XorShift(42);
    for _ in 0..100 {
        let len = (rng.next() % 2048) as usize;
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        assert!(Session::from_bytes("s.ron", &bytes).is_err());
    }
    for bytes in [
        &b""[..],
        b"()",
        b"(samenspel_session: 1)",
        b"[[[[",
        &[0xFF, 0xFE, 0x00],
    ] {
        let err = Session::from_bytes("s.ron", bytes).unwrap_err();
        assert!(
            err.0.iter().all(|p| p.file == "s.ron" && p.line >= 1),
            "{err}"
        );
    }
    // A scenario file is not a session.
    assert!(Session::from_bytes("s.ron", starter().as_bytes()).is_err());
    // Deep nesting and huge sessions too.
    assert!(Session::from_bytes("s.ron", "(".repeat(10_000).as_bytes()).is_err());
    assert!(Session::from_bytes("s.ron", &vec![b'['; MAX_SESSION_BYTES + 1]).is_err());
}

#[test]
fn truncated_sessions_are_problems() {
    let text = saved_session();
    let lines = text.lines().count();
    // Cut at many places, including inside multi-byte characters.
    let bytes = text.as_bytes();
    let step = (bytes.len() / 97).max(1);
    for cut in (1..bytes.len() - 1).step_by(step) {
        let err = Session::from_bytes("s.ron", &bytes[..cut]).unwrap_err();
        for p in &err.0 {
            assert!(p.line >= 1 && p.line <= lines + 1, "cut at {cut}: {p}");
        }
    }
    // Truncated at the last closing bracket: reported near the end of the file.
    let cut = text.trim_end().len() - 1;
    let err = Session::from_bytes("s.ron", &bytes[..cut]).unwrap_err();
    assert!(err.0[0].line >= lines - 1, "{err}");
}

#[test]
fn a_session_from_a_future_version_is_refused() {
    let text = saved_session().replacen("samenspel_session: 1", "samenspel_session: 99", 1);
    let err = Session::from_bytes("s.ron", text.as_bytes()).unwrap_err();
    assert!(err.0[0].message.contains("99"), "{err}");
}

#[test]
fn a_session_with_a_broken_scenario_inside_is_refused() {
    let text = saved_session();
    // The first place is the scenario's starting board (the play state comes after it).
    assert!(
        text.find("role: \"vriend\"") < text.find("state:"),
        "the saved form changed; adjust the test"
    );
    let text = text.replacen("role: \"vriend\"", "role: \"vriendin\"", 1);
    let err = Session::from_bytes("s.ron", text.as_bytes()).unwrap_err();
    let p = err
        .0
        .iter()
        .find(|p| p.message.contains("unknown role \"vriendin\""))
        .unwrap_or_else(|| panic!("{err}"));
    assert_eq!(
        (p.line, p.column),
        position(&text, "\"vriendin\"", 0),
        "{p}"
    );
}

#[test]
fn a_scenario_id_with_path_characters_is_refused() {
    let text =
        samenspel_engine::starter::starter_scenario("Sam").replace("id: \"sam\"", "id: \"../sam\"");
    let problems = samenspel_engine::load::scenario_from_str("sam.ron", &text, None).unwrap_err();
    assert!(
        problems
            .to_string()
            .contains("has characters other than letters"),
        "{problems}"
    );
}

#[test]
fn the_persona_may_be_regisseur_on_the_starting_board_and_in_an_event() {
    let text = broken(
        "            (from: \"vriend_steun\", to: \"persona\", kind: Contact),\n        ],",
        "            (from: \"vriend_steun\", to: \"persona\", kind: Contact),\n        ],\n        regisseur: Some(\"persona\"),",
    );
    let s = scenario_from_str(FILE, &text, None).unwrap_or_else(|p| panic!("{p}"));
    assert_eq!(s.board.regisseur.as_deref(), Some("persona"));
    let text = broken(
        "                EndToken(token: \"uitkering\",",
        "                SetRegisseur(token: Some(\"persona\")),\n                EndToken(token: \"uitkering\",",
    );
    scenario_from_str(FILE, &text, None).unwrap_or_else(|p| panic!("{p}"));
    // Any other name that is no card is still refused.
    let text = broken(
        "                EndToken(token: \"uitkering\",",
        "                SetRegisseur(token: Some(\"niemand\")),\n                EndToken(token: \"uitkering\",",
    );
    assert!(!problems(&text).is_empty());
}

#[test]
fn a_deck_card_may_wait_for_an_event_and_the_checker_locates_mistakes() {
    let deck_card = r#"    events: [
        (
            id: "brief",
            title: (nl: "Een brief"),
            description: (nl: "Post."),
            when: Deck,
            after: "nieuwe_baan",
            effects: [SetAge(age: 31)],
        ),"#;
    let text = broken("    events: [", deck_card);
    let s = scenario_from_str(FILE, &text, None).unwrap_or_else(|p| panic!("{p}"));
    assert_eq!(
        s.event("brief").unwrap().after.as_deref(),
        Some("nieuwe_baan")
    );

    // An event that does not exist: located at the name.
    let text = broken(
        "    events: [",
        &deck_card.replace("after: \"nieuwe_baan\"", "after: \"nieuw_baan\""),
    );
    let p = the_problem(&text, "nieuw_baan");
    assert_eq!(p.line, position(&text, "\"nieuw_baan\"", 0).0, "{p}");
    // Waiting for itself.
    let text = broken(
        "    events: [",
        &deck_card.replace("after: \"nieuwe_baan\"", "after: \"brief\""),
    );
    let p = the_problem(&text, "waits for itself");
    assert_eq!(p.line, position(&text, "after: \"brief\"", 0).0, "{p}");
    // On a scheduled event.
    let text = broken(
        "    events: [",
        &deck_card.replace("when: Deck", "when: Scheduled"),
    );
    let p = the_problem(&text, "only a deck card");
    assert_eq!(p.line, position(&text, "after:", 0).0, "{p}");
}

#[test]
fn a_variant_that_cancels_a_need_its_own_card_still_serves_is_refused_at_that_card() {
    // The starter's event adds the need "werk_en_rust"; a variant cancels it but adds a
    // card that serves it.
    let variant = r#"    variants: [
        (
            id: "zonder_rust",
            name: (nl: "Zonder rust"),
            description: (nl: "De behoefte ontstaat niet."),
            events: [
                (
                    event: "nieuwe_baan",
                    cancel_needs: ["werk_en_rust"],
                    add: [
                        AddToken((id: "coach", role: "consulent", domain: "werk", ring: "gemeente", who: (nl: "Coach"), what: (nl: "coacht"), serves: ["werk_en_rust"])),
                    ],
                ),
            ],
        ),"#;
    let text = starter();
    let at = text
        .find("    variants: [")
        .expect("the starter lists variants");
    let end = text[at..].find('\n').unwrap() + at;
    let text = format!("{}{}{}", &text[..at], variant, &text[end..]);
    let p = the_problem(&text, "still serves it");
    let line = position(&text, "serves: [\"werk_en_rust\"])),", 0).0;
    assert_eq!(p.line, line, "{p}");
    assert!(p.message.contains("\"coach\""), "{p}");
}

#[test]
fn a_timeline_event_on_a_card_that_only_a_deck_card_places_is_refused_at_the_card() {
    // A deck card places "buurman"; the timeline event ends it, but it may never come.
    let events = r#"    events: [
        (
            id: "buurman_komt",
            title: (nl: "Een buurman"),
            description: (nl: "Hij helpt."),
            when: Deck,
            effects: [AddToken((id: "buurman", role: "vriend", domain: "sociaal", ring: "informeel", who: (nl: "Buurman"), what: (nl: "helpt"))),],
        ),"#;
    let text = broken("    events: [", events);
    let text = text.replacen(
        "                EndToken(token: \"uitkering\",",
        "                EndToken(token: \"buurman\", reason: (nl: \"weg\")),\n                EndToken(token: \"uitkering\",",
        1,
    );
    let p = the_problem(&text, "not on the board yet");
    assert_eq!(
        p.line,
        position(&text, "EndToken(token: \"buurman\"", 0).0,
        "{p}"
    );
    assert!(
        p.message.contains("\"nieuwe_baan\"") && p.message.contains("\"buurman\""),
        "{p}"
    );
    // The same card placed by the timeline before it is fine.
    let fine = text.replace("when: Deck,", "when: Scheduled,");
    scenario_from_str(FILE, &fine, None).unwrap_or_else(|p| panic!("{p}"));
}
