//! Limits a hostile file cannot get round: too many parts, too long a text, too much work
//! to play. Each test starts from the starter scenario, pushes one part over its limit,
//! and checks that the checker refuses it quickly with one located problem of that kind;
//! one more item less is accepted again.

use std::time::{Duration, Instant};

use samenspel_engine::load::scenario_from_str;
use samenspel_engine::problem::{Counted, Problem, ProblemKind, Problems};
use samenspel_engine::scenario::*;
use samenspel_engine::simulate::simulate;
use samenspel_engine::starter::starter_scenario;
use samenspel_engine::text::Text;
use samenspel_engine::validate::limits::*;

const FILE: &str = "grens.ron";

fn starter() -> Scenario {
    scenario_from_str(FILE, &starter_scenario("Sam"), None).expect("the starter loads")
}

fn ron(s: &Scenario) -> String {
    ron::ser::to_string_pretty(s, ron::ser::PrettyConfig::new()).expect("a scenario serialises")
}

/// Check `s` as a file; the problems when it is refused. The bound only catches a
/// runaway check (minutes, not seconds): an unoptimised test build on a loaded machine
/// took 20 s here, so speed itself is measured in the benches, not here.
fn check(s: &Scenario) -> Result<Scenario, Vec<Problem>> {
    let text = ron(s);
    let started = Instant::now();
    let result = scenario_from_str(FILE, &text, None).map_err(|Problems(p)| p);
    let took = started.elapsed();
    assert!(took < Duration::from_secs(90), "checking took {took:?}");
    result
}

/// The one problem of a scenario over one limit; it must point into the file.
fn refused(s: &Scenario) -> Problem {
    let problems = check(s).expect_err("a scenario over a limit is refused");
    assert_eq!(problems.len(), 1, "one problem: {problems:?}");
    let p = problems.into_iter().next().unwrap();
    assert!(p.line >= 1 && p.column >= 1, "{p}");
    p
}

fn too_many(p: &Problem) -> (Counted, usize, usize) {
    match &p.kind {
        ProblemKind::TooMany { part, count, limit } => (*part, *count, *limit),
        other => panic!("expected TooMany, got {other:?}"),
    }
}

fn token(id: String) -> Token {
    Token {
        id,
        role: "vriend".into(),
        domain: "sociaal".into(),
        ring: "informeel".into(),
        who: Text::nl("buur"),
        what: Text::nl("helpt"),
        law: None,
        frequency: None,
        financial: false,
        serves: Vec::new(),
    }
}

fn event(id: String, effects: Vec<Effect>) -> Event {
    Event {
        id,
        title: Text::nl("iets"),
        description: Text::nl("er gebeurt iets"),
        when: When::Scheduled,
        after: None,
        effects,
    }
}

/// `grow(s, n)` puts `n` items of one part into `s` (on top of the starter's).
type Grow = fn(&mut Scenario, usize);

/// Push a part to its limit (accepted) and one past it (refused, with the right count).
fn limit_holds(part: Counted, limit: usize, already: usize, grow: Grow) {
    let mut at = starter();
    grow(&mut at, limit - already);
    if let Err(p) = check(&at) {
        panic!("{part:?} at the limit {limit} is refused: {p:?}");
    }
    let mut over = starter();
    grow(&mut over, limit - already + 1);
    let p = refused(&over);
    assert_eq!(too_many(&p), (part, limit + 1, limit), "{p}");
    assert!(
        p.message.contains(&format!("{}", limit + 1)),
        "{}",
        p.message
    );
}

#[test]
fn domains_roles_and_rings_are_limited() {
    let s = starter();
    limit_holds(Counted::Domains, MAX_DOMAINS, s.domains.len(), |s, n| {
        for i in 0..n {
            s.domains.push(Domain {
                id: format!("gebied_{i}"),
                name: Text::nl("gebied"),
            });
        }
    });
    limit_holds(Counted::Roles, MAX_ROLES, s.roles.len(), |s, n| {
        for i in 0..n {
            let mut role = s.roles[1].clone();
            role.id = format!("rol_{i}");
            s.roles.push(role);
        }
    });
    // Rings: over the limit the count is the problem, not the four kinds.
    let mut over = starter();
    for i in 0..=(MAX_RINGS - over.rings.len()) {
        let mut ring = over.rings[0].clone();
        ring.id = format!("ring_{i}");
        over.rings.push(ring);
    }
    assert_eq!(too_many(&refused(&over)).0, Counted::Rings);
}

#[test]
fn cards_count_the_starting_board_and_every_card_an_event_adds() {
    let s = starter();
    let already = s.board.tokens.len() + 1; // the starter's event adds a job coach
    limit_holds(Counted::Cards, MAX_CARDS, already, |s, n| {
        // Half on the board, half added by one deck card.
        let cards: Vec<Token> = (0..n).map(|i| token(format!("kaart_{i}"))).collect();
        let (board, later) = cards.split_at(n / 2);
        s.board.tokens.extend(board.iter().cloned());
        let mut e = event(
            "veel".into(),
            later.iter().cloned().map(Effect::AddToken).collect(),
        );
        e.when = When::Deck;
        s.events.push(e);
    });
}

#[test]
fn links_events_effects_and_variants_are_limited() {
    let s = starter();
    limit_holds(Counted::Links, MAX_LINKS, s.board.links.len(), |s, n| {
        for i in 0..n {
            let (from, to) = if i % 2 == 0 {
                ("zelf_sport", "vriend_steun")
            } else {
                ("vriend_steun", PERSONA)
            };
            s.board.links.push(Link {
                from: from.into(),
                to: to.into(),
                kind: LinkKind::Contact,
            });
        }
    });
    limit_holds(Counted::Events, MAX_EVENTS, s.events.len(), |s, n| {
        for i in 0..n {
            s.events
                .push(event(format!("e_{i}"), vec![Effect::SetAge { age: 18 }]));
        }
    });
    let effects = s.events.iter().map(|e| e.effects.len()).sum::<usize>()
        + s.variants.iter().map(|v| v.start.len()).sum::<usize>()
        + s.variants
            .iter()
            .flat_map(|v| &v.events)
            .map(|p| p.add.len())
            .sum::<usize>();
    limit_holds(Counted::Effects, MAX_EFFECTS, effects, |s, n| {
        let ages = vec![Effect::SetAge { age: 19 }; n];
        s.events.push(event("jaren".into(), ages));
    });
    limit_holds(Counted::Variants, MAX_VARIANTS, s.variants.len(), |s, n| {
        for i in 0..n {
            s.variants.push(Variant {
                id: format!("v_{i}"),
                name: Text::nl("variant"),
                description: Text::nl("anders"),
                kind: None,
                start: Vec::new(),
                events: Vec::new(),
                roles: Vec::new(),
            });
        }
    });
}

fn round(i: usize, questions: usize) -> Round {
    Round {
        id: format!("r_{i}"),
        title: Text::nl("ronde"),
        questions: vec![Text::nl("vraag?"); questions],
        highlights: Vec::new(),
    }
}

#[test]
fn needs_polls_rounds_lines_and_references_are_limited() {
    let s = starter();
    let needs = s.needs.len() + s.persona.goals.len() + 1; // the starter's event adds one
    limit_holds(Counted::Needs, MAX_NEEDS, needs, |s, n| {
        for i in 0..n {
            s.needs.push(Need {
                id: format!("behoefte_{i}"),
                domain: "werk".into(),
                text: Text::nl("iets"),
            });
        }
    });
    limit_holds(Counted::Polls, MAX_POLLS, s.polls.len(), |s, n| {
        for i in 0..n {
            s.polls.push(Poll {
                id: format!("p_{i}"),
                statement: Text::nl("stelling"),
                options: Vec::new(),
            });
        }
    });
    limit_holds(Counted::Rounds, MAX_ROUNDS, s.rounds.len(), |s, n| {
        s.rounds.extend((0..n).map(|i| round(i, 1)));
    });
    let lines = s.persona.interview.len() + s.persona.self_reliance.len();
    limit_holds(Counted::Lines, MAX_LINES, lines, |s, n| {
        s.rounds.push(round(0, n));
    });
    let references: usize = s.board.tokens.iter().map(|t| t.serves.len()).sum::<usize>()
        + s.roles
            .iter()
            .map(|r| r.rings.len() + r.agenda.len())
            .sum::<usize>()
        + 2; // the job coach the starter's event adds serves two
    limit_holds(Counted::References, MAX_REFERENCES, references, |s, n| {
        s.board.tokens[0]
            .serves
            .extend(vec!["eigen_doel".to_string(); n]);
    });
}

#[test]
fn a_text_too_long_is_refused_where_it_starts() {
    let mut s = starter();
    s.persona.interview[0].answer = Text::nl("ja ".repeat(MAX_TEXT_CHARS));
    let text = ron(&s);
    let p = refused(&s);
    assert!(
        matches!(p.kind, ProblemKind::TooLong { length, limit: MAX_TEXT_CHARS } if length == 3 * MAX_TEXT_CHARS),
        "{p}"
    );
    let offset = text.find("ja ja ja").unwrap();
    let line = text[..offset].matches('\n').count() + 1;
    assert_eq!(p.line, line, "{p}");
    // Exactly at the limit (in characters, not bytes) is fine.
    s.persona.interview[0].answer = Text::nl("é".repeat(MAX_TEXT_CHARS));
    check(&s).expect("a text of exactly the limit is accepted");
}

/// A scenario within every count whose events together would take too long to play: many
/// events on a board that holds hundreds of cards.
fn heavy(events: usize, cards: usize) -> Scenario {
    let mut s = starter();
    s.board
        .tokens
        .extend((0..cards).map(|i| token(format!("kaart_{i}"))));
    for i in 0..events {
        let age = Effect::SetAge {
            age: (18 + i % 50) as u8,
        };
        s.events.push(event(format!("jaar_{i}"), vec![age]));
    }
    s
}

#[test]
fn too_much_work_to_play_is_refused_and_the_limit_itself_plays_in_bounded_time() {
    let over = heavy(MAX_EVENTS - 2, MAX_CARDS - 10);
    let p = refused(&over);
    assert!(
        matches!(
            p.kind,
            ProblemKind::TooMuchWork {
                limit: MAX_WORK,
                ..
            }
        ),
        "{p}"
    );
    assert!(p.message.contains("events"), "{}", p.message);

    // The heaviest scenario of this shape that is still accepted plays its whole timeline;
    // one event more is refused.
    let cards = MAX_CARDS - 10;
    let base = heavy(0, cards);
    let board = base.board.tokens.len() + 1 + base.board.links.len(); // +1: the job coach
    let total = (0..MAX_EVENTS)
        .take_while(|&e| work(base.variants.len(), e, board) <= MAX_WORK)
        .last()
        .unwrap();
    let events = total - base.events.len();
    let s = check(&heavy(events, cards)).unwrap_or_else(|p| panic!("{p:?}"));
    let one_more = heavy(events + 1, cards);
    assert!(matches!(
        refused(&one_more).kind,
        ProblemKind::TooMuchWork { .. }
    ));
    let started = Instant::now();
    let (_, snapshots) = simulate(&s, None, 1, 2).expect("it plays");
    let took = started.elapsed();
    assert_eq!(snapshots.len(), s.scheduled_events().count() + 3);
    eprintln!("{total} events on {board} cards played in {took:?}");
    // About 5 s in a debug build on a quiet machine; the margin is for a busy one.
    assert!(took < Duration::from_secs(60), "playing took {took:?}");
}

/// Many variants multiply the work: a comparison plays the timeline under each of them.
#[test]
fn variants_multiply_the_work() {
    let mut s = heavy(40, 300);
    check(&s).expect("one timeline of 40 events on 300 cards is fine");
    for i in 0..MAX_VARIANTS - s.variants.len() {
        s.variants.push(Variant {
            id: format!("v_{i}"),
            name: Text::nl("variant"),
            description: Text::nl("anders"),
            kind: None,
            start: Vec::new(),
            events: Vec::new(),
            roles: Vec::new(),
        });
    }
    assert!(matches!(
        refused(&s).kind,
        ProblemKind::TooMuchWork {
            variants: MAX_VARIANTS,
            ..
        }
    ));
}

/// A file of the largest allowed size, all cards: refused in a moment, not after minutes
/// of checks that compare every card with every other.
#[test]
fn a_file_of_thousands_of_cards_is_refused_quickly() {
    let mut s = starter();
    s.board
        .tokens
        .extend((0..15_000).map(|i| token(format!("kaart_{i}"))));
    let p = refused(&s);
    assert_eq!(too_many(&p).0, Counted::Cards);
    let text = ron(&s);
    let section = text.find("tokens:").unwrap();
    assert_eq!(p.line, text[..section].matches('\n').count() + 1, "{p}");
}

/// The words of every limit exist in both languages.
#[test]
fn limits_are_said_in_dutch_and_english() {
    use samenspel_engine::text::Lang;
    use samenspel_engine::words::Words;
    let mut s = starter();
    s.board
        .tokens
        .extend((0..MAX_CARDS).map(|i| token(format!("k_{i}"))));
    let p = refused(&s);
    let nl = Words::new(Lang::Nl).say(&p.kind);
    let en = Words::new(Lang::En).say(&p.kind);
    assert!(
        nl.contains("kaarten") && nl.contains(&MAX_CARDS.to_string()),
        "{nl}"
    );
    assert!(
        en.contains("cards") && en.contains(&MAX_CARDS.to_string()),
        "{en}"
    );
}

/// The built-in scenarios stay far from the work limit: it refuses only what no workshop
/// would write.
#[test]
fn built_in_scenarios_need_a_small_share_of_the_work_limit() {
    for s in samenspel_engine::builtin::builtin_all() {
        let effects: Vec<&Effect> = s
            .events
            .iter()
            .flat_map(|e| &e.effects)
            .chain(
                s.variants
                    .iter()
                    .flat_map(|v| v.start.iter().chain(v.events.iter().flat_map(|p| &p.add))),
            )
            .collect();
        let added = |kind: fn(&Effect) -> bool| effects.iter().filter(|e| kind(e)).count();
        let cards = s.board.tokens.len() + added(|e| matches!(e, Effect::AddToken(_)));
        let links = s.board.links.len() + added(|e| matches!(e, Effect::AddLink(_)));
        let used = work(s.variants.len(), s.events.len(), cards + links);
        eprintln!(
            "{}: work {used} ({:.2}% of the limit)",
            s.id,
            100.0 * used as f64 / MAX_WORK as f64
        );
        assert!(used < MAX_WORK / 100, "{}: {used}", s.id);
    }
}

/// How long playing takes for boards and timelines of several sizes; the figures behind
/// the weights in `work` (run with `--ignored --nocapture`).
#[test]
#[ignore]
fn measure_work_shapes() {
    for (events, cards) in [
        (0, 590),
        (50, 590),
        (100, 590),
        (249, 50),
        (249, 10),
        (100, 100),
    ] {
        let s = heavy(events, cards);
        let started = Instant::now();
        let _ = simulate(&s, None, 1, 0);
        let sim = started.elapsed();
        let started = Instant::now();
        let b = samenspel_engine::session::Session::new(&s, None, 1).unwrap();
        let _ = samenspel_engine::reflect::analyse(&b.scenario, b.board());
        eprintln!(
            "{events} events {cards} cards: simulate {sim:?}, one analysis {:?}",
            started.elapsed()
        );
    }
}

/// Players may lay cards and lines up to a limit; one more is refused with a reason, and
/// the board is unchanged.
#[test]
fn a_session_refuses_a_card_or_line_beyond_the_board_limits() {
    use samenspel_engine::session::{Action, ActionError, Session};
    let s = starter();
    let mut session = Session::new(&s, None, 1).unwrap();
    let mut i = 0;
    while session.board().tokens.len() < MAX_BOARD_CARDS {
        i += 1;
        session
            .apply(Action::PlaceToken(token(format!("gelegd_{i}"))))
            .unwrap();
    }
    let refused = session.apply(Action::PlaceToken(token("een_te_veel".into())));
    assert_eq!(
        refused,
        Err(ActionError::BoardFull {
            limit: MAX_BOARD_CARDS
        })
    );
    // Lines: every pair once, until the limit.
    let ids: Vec<String> = session
        .board()
        .tokens
        .iter()
        .map(|t| t.id.clone())
        .collect();
    let pairs = ids
        .iter()
        .enumerate()
        .flat_map(|(n, a)| ids[n + 1..].iter().map(move |b| (a, b)));
    let mut refusal = None;
    for (from, to) in pairs {
        let link = Link {
            from: from.clone(),
            to: to.clone(),
            kind: LinkKind::Contact,
        };
        if let Err(e) = session.apply(Action::Link(link)) {
            refusal = Some(e);
            break;
        }
    }
    assert_eq!(
        refusal,
        Some(ActionError::TooManyLinks {
            limit: MAX_BOARD_LINKS
        })
    );
    assert_eq!(session.board().links.len(), MAX_BOARD_LINKS);
    // A line that is already there may still change its kind.
    let first = session.board().links[0].clone();
    let again = Link {
        kind: LinkKind::Tension,
        ..first
    };
    session
        .apply(Action::Link(again))
        .expect("changing a line's kind is not a new line");
    // Saved at the limits, the session loads again.
    Session::from_bytes("vol.ron", session.to_ron().as_bytes()).expect("a full session loads");
}

/// A saved session whose board holds more cards than play can make is refused at `board`.
#[test]
fn a_session_file_with_too_many_cards_on_its_board_is_refused() {
    use samenspel_engine::session::Session;
    let s = starter();
    let session = Session::new(&s, None, 1).unwrap();
    let text = session.to_ron();
    // Put the extra cards into the board of the state (the last `tokens:` of the file).
    let at = text.rfind("tokens: [").unwrap() + "tokens: [".len();
    let card = ron::ser::to_string(&token("x".into())).unwrap();
    let extra: String = (0..MAX_CARDS + MAX_BOARD_CARDS)
        .map(|i| card.replacen("\"x\"", &format!("\"extra_{i}\""), 1) + ",")
        .collect();
    let hostile = format!("{}{extra}{}", &text[..at], &text[at..]);
    let started = Instant::now();
    let Err(Problems(problems)) = Session::from_bytes("vol.ron", hostile.as_bytes()) else {
        panic!("a session with too many cards loads");
    };
    assert!(started.elapsed() < Duration::from_secs(90));
    let p = problems
        .iter()
        .find(|p| {
            matches!(
                p.kind,
                ProblemKind::TooMany {
                    part: Counted::BoardCards,
                    ..
                }
            )
        })
        .unwrap_or_else(|| panic!("{problems:?}"));
    let board = text.rfind("board:").unwrap();
    assert_eq!(p.line, text[..board].matches('\n').count() + 1, "{p}");
}

/// A scenario that passes `check` at the largest it may be still gives a session that
/// loads again once the game has saved it, although the session file holds the scenario
/// twice and is larger than a scenario file may be.
#[test]
fn a_session_of_the_largest_scenario_saves_and_loads_again() {
    let mut s = starter();
    let long_what = Text::nl("komt elke week langs en helpt mee ".repeat(100));
    let mut n = 0;
    // A few below the limit: the starter's events add cards of their own.
    while s.board.tokens.len() < MAX_CARDS - 10 {
        let mut t = token(format!("extra_{n}"));
        t.what = long_what.clone();
        s.board.tokens.push(t);
        n += 1;
    }
    let s = check(&s).unwrap_or_else(|p| panic!("the largest scenario passes check: {p:?}"));
    let session = samenspel_engine::session::Session::new(&s, None, 0).expect("a session");
    let dir = std::env::temp_dir().join(format!("samenspel-largest-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("sessie.ron");
    session.save(&path).unwrap();
    let bytes = std::fs::metadata(&path).unwrap().len() as usize;
    assert!(
        bytes > samenspel_engine::load::MAX_FILE_BYTES,
        "the session file ({bytes} bytes) is larger than a scenario may be"
    );
    let loaded = samenspel_engine::session::Session::load(&path)
        .unwrap_or_else(|p| panic!("the saved session loads again: {p}"));
    assert_eq!(loaded.state, session.state);
    let _ = std::fs::remove_dir_all(dir);
}
