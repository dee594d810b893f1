//! Timing of the engine's hot paths, as a plain program (no benchmark framework):
//!
//! - loading and validating Tess from the built-in source,
//! - applying 10 000 actions to a session (place, move, link, undo),
//! - the full analysis of a large generated board (13 domains, 200 tokens, 400 links),
//! - the wheel scene (with label placement) of Tess after 18 and of that large board,
//! - the memory undo keeps: 1 000 actions on a board of 2 000 cards, in bytes, counted by
//!   the allocator below.
//!
//! Run with `cargo bench -p samenspel-engine`; results are described in docs/performance.md.
//! `SAMENSPEL_BENCH_QUICK=1` runs fewer rounds (for a smoke test).

use std::hint::black_box;
use std::time::{Duration, Instant};

use samenspel_engine::board::Board;
use samenspel_engine::builtin::BUILTIN;
use samenspel_engine::load::{parse_ron, scenario_from_str};
use samenspel_engine::reflect::{analyse, top_findings};
use samenspel_engine::scenario::*;
use samenspel_engine::session::{Action, Session};
use samenspel_engine::text::Text;
use samenspel_engine::validate::validate;

// The allocator that counts bytes, shared with the test that keeps undo small.
#[path = "../tests/support/counting.rs"]
mod counting;
use counting::Counting;

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// A fixed xorshift generator, so every run measures the same work.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

struct Stats {
    name: &'static str,
    per_op: Vec<Duration>,
    unit: &'static str,
}

impl Stats {
    fn print(&self) {
        let mut v = self.per_op.clone();
        v.sort();
        let median = v[v.len() / 2];
        let mean = v.iter().sum::<Duration>() / v.len() as u32;
        let (min, max) = (v[0], v[v.len() - 1]);
        println!(
            "{:<50} median {:>10}  mean {:>10}  min {:>10}  max {:>10}  ({} samples, per {})",
            self.name,
            fmt(median),
            fmt(mean),
            fmt(min),
            fmt(max),
            v.len(),
            self.unit
        );
    }
}

fn fmt(d: Duration) -> String {
    let ns = d.as_nanos();
    if ns >= 1_000_000 {
        format!("{:.2} ms", ns as f64 / 1e6)
    } else if ns >= 1_000 {
        format!("{:.2} µs", ns as f64 / 1e3)
    } else {
        format!("{ns} ns")
    }
}

fn rounds(full: usize) -> usize {
    if std::env::var_os("SAMENSPEL_BENCH_QUICK").is_some() {
        (full / 20).max(3)
    } else {
        full
    }
}

fn bench_load() -> Stats {
    let (_, name, source) = BUILTIN
        .iter()
        .find(|(id, _, _)| *id == "tess")
        .expect("tess is built in");
    let file = format!("scenarios/{name}");
    // Warm up.
    for _ in 0..20 {
        black_box(scenario_from_str(&file, source, None).unwrap());
    }
    let per_op = (0..rounds(500))
        .map(|_| {
            let start = Instant::now();
            black_box(scenario_from_str(&file, black_box(source), None).unwrap());
            start.elapsed()
        })
        .collect();
    Stats {
        name: "load + validate tess.ron (built-in source)",
        per_op,
        unit: "load",
    }
}

/// The two halves of loading: RON parsing alone, and validation alone.
fn bench_load_parts() -> [Stats; 2] {
    let (_, name, source) = BUILTIN.iter().find(|(id, _, _)| *id == "tess").unwrap();
    let file = format!("scenarios/{name}");
    let parse = (0..rounds(500))
        .map(|_| {
            let start = Instant::now();
            black_box(parse_ron::<Scenario>(&file, black_box(source)).unwrap());
            start.elapsed()
        })
        .collect();
    let s: Scenario = parse_ron(&file, source).unwrap();
    let check = (0..rounds(500))
        .map(|_| {
            let start = Instant::now();
            assert!(black_box(validate(black_box(&s), &file, source, None)).is_empty());
            start.elapsed()
        })
        .collect();
    [
        Stats {
            name: "  of which: RON parse only",
            per_op: parse,
            unit: "parse",
        },
        Stats {
            name: "  of which: validate only",
            per_op: check,
            unit: "validation",
        },
    ]
}

fn token(id: String, role: &str, domain: &str, ring: &str) -> Token {
    Token {
        id,
        role: role.into(),
        domain: domain.into(),
        ring: ring.into(),
        who: Text::nl("iemand"),
        what: Text::nl("helpt"),
        law: None,
        frequency: None,
        financial: false,
        serves: vec![],
    }
}

/// 10 000 actions on a Tess session: place, move, link and undo, most of them accepted.
/// One function on purpose: the timed loop and the random choice of actions belong
/// together, and splitting them would put a call boundary inside what is measured.
/// With `cap`, a placement on a board of more than `cap` tokens becomes a removal, so the
/// board keeps a workshop's size.
fn bench_actions(cap: Option<usize>) -> Stats {
    let (_, _, source) = BUILTIN.iter().find(|(id, _, _)| *id == "tess").unwrap();
    let s = scenario_from_str("tess.ron", source, None).unwrap();
    let domains: Vec<&str> = s.domains.iter().map(|d| d.id.as_str()).collect();
    // Roles present at the start with the ring each may use.
    let roles: Vec<(&str, &str)> = s
        .roles
        .iter()
        .filter(|r| r.present_at_start)
        .map(|r| {
            (
                r.id.as_str(),
                r.rings.first().map(String::as_str).unwrap_or("informeel"),
            )
        })
        .collect();
    let mut per_op = Vec::new();
    let mut accepted_total = 0usize;
    let mut largest = 0usize;
    // Per-action time of each 2 000 actions of the first round, with the board's size.
    let mut chunks: Vec<(usize, Duration)> = Vec::new();
    for round in 0..rounds(10) {
        let mut session = Session::new(&s, None, round as u64).unwrap();
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ round as u64);
        let mut placed: Vec<String> = s.board.tokens.iter().map(|t| t.id.clone()).collect();
        let mut accepted = 0;
        let start = Instant::now();
        let mut chunk_start = start;
        for i in 0..10_000 {
            if cap.is_none() && round == 0 && i > 0 && i % 2_000 == 0 {
                chunks.push((session.board().tokens.len(), chunk_start.elapsed() / 2_000));
                chunk_start = Instant::now();
            }
            let action = match rng.below(10) {
                0..=2 if cap.is_some_and(|cap| session.board().tokens.len() > cap) => {
                    Action::RemoveToken {
                        token: session.board().tokens[rng.below(session.board().tokens.len())]
                            .id
                            .clone(),
                    }
                }
                0..=2 => {
                    let (role, ring) = roles[rng.below(roles.len())];
                    let id = format!("t{i}");
                    placed.push(id.clone());
                    Action::PlaceToken(token(id, role, domains[rng.below(domains.len())], ring))
                }
                3..=4 => {
                    let id = placed[rng.below(placed.len())].clone();
                    let ring = session
                        .board()
                        .token(&id)
                        .map(|t| t.ring.clone())
                        .unwrap_or_default();
                    Action::MoveToken {
                        token: id,
                        domain: domains[rng.below(domains.len())].into(),
                        ring,
                    }
                }
                5..=7 => {
                    let from = placed[rng.below(placed.len())].clone();
                    let to = if rng.below(4) == 0 {
                        PERSONA.to_string()
                    } else {
                        placed[rng.below(placed.len())].clone()
                    };
                    Action::Link(Link {
                        from,
                        to,
                        kind: LinkKind::Contact,
                    })
                }
                _ => {
                    session.undo();
                    accepted += 1;
                    continue;
                }
            };
            if session.apply(black_box(action)).is_ok() {
                accepted += 1;
            }
        }
        let took = start.elapsed();
        accepted_total += accepted;
        largest = largest.max(session.board().tokens.len());
        per_op.push(took / 10_000);
        black_box(&session);
    }
    println!(
        "  ({} of 10 000 actions accepted per round on average; the board grew to {} tokens)",
        accepted_total / per_op.len(),
        largest
    );
    if !chunks.is_empty() {
        let growth: Vec<String> = chunks
            .iter()
            .map(|(n, d)| format!("{} at {n} tokens", fmt(*d)))
            .collect();
        println!("  (per action as the board grows: {})", growth.join(", "));
    }
    let name = if cap.is_some() {
        "session: 10 000 actions, board kept at ~40 tokens"
    } else {
        "session: 10 000 actions (place/move/link/undo)"
    };
    Stats {
        name,
        per_op,
        unit: "action",
    }
}

/// A generated scenario and board: 13 domains, 10 roles, 30 needs, 200 tokens, 400 links.
fn large() -> (Scenario, Board) {
    generated(200, 400)
}

/// Long because it is data: it writes out a whole scenario and board by hand.
/// A generated scenario and board: 13 domains, 10 roles, 30 needs, `cards` tokens on the
/// board (and 5 that ended through an event), `lines` links.
fn generated(cards: usize, lines: usize) -> (Scenario, Board) {
    let mut rng = Rng(0x5a3e_5e1d);
    let rings = [
        ("ek", RingKind::EigenKracht),
        ("inf", RingKind::Informeel),
        ("gem", RingKind::Gemeente),
        ("rijk", RingKind::Rijk),
    ];
    let domains: Vec<Domain> = (0..13)
        .map(|i| Domain {
            id: format!("d{i}"),
            name: Text::nl(format!("Domein {i}")),
        })
        .collect();
    let roles: Vec<Role> = (0..10)
        .map(|i| Role {
            id: format!("r{i}"),
            name: Text::nl(format!("Rol {i}")),
            assignment: Text::nl("Help."),
            rings: vec![],
            agenda: (0..3)
                .map(|k| Agenda {
                    domain: format!("d{}", (i * 3 + k) % 13),
                    stance: if (i + k) % 2 == 0 {
                        Stance::Push
                    } else {
                        Stance::Hold
                    },
                    why: Text::nl("omdat"),
                })
                .collect(),
            present_at_start: true,
        })
        .collect();
    let needs: Vec<Need> = (0..30)
        .map(|i| Need {
            id: format!("n{i}"),
            domain: format!("d{}", i % 13),
            text: Text::nl(format!("Behoefte {i}")),
        })
        .collect();
    // The cards on the board, and 5 that ended through an event.
    let mut tokens: Vec<Token> = (0..cards + 5)
        .map(|i| {
            let mut t = token(
                format!("t{i}"),
                &format!("r{}", rng.below(10)),
                &format!("d{}", rng.below(13)),
                rings[rng.below(4)].0,
            );
            if rng.below(3) == 0 {
                t.serves = vec![format!("n{}", rng.below(40))];
            }
            t
        })
        .collect();
    let gone = tokens.split_off(cards);
    let mut links: Vec<Link> = Vec::new();
    let mut joined: std::collections::HashSet<(String, String)> = Default::default();
    while links.len() < lines {
        let a = format!("t{}", rng.below(cards));
        let b = if rng.below(5) == 0 {
            PERSONA.to_string()
        } else {
            format!("t{}", rng.below(cards))
        };
        let pair = if a < b {
            (a.clone(), b.clone())
        } else {
            (b.clone(), a.clone())
        };
        if a != b && joined.insert(pair) {
            let kind = [
                LinkKind::WorksTogether,
                LinkKind::Contact,
                LinkKind::Tension,
            ][rng.below(3)];
            links.push(Link {
                from: a,
                to: b,
                kind,
            });
        }
    }
    // Start from the starter scenario (so new optional fields keep their defaults) and
    // replace what matters for the analysis.
    let starter = samenspel_engine::starter::starter_scenario("Groot");
    let mut s = scenario_from_str("groot.ron", &starter, None).expect("the starter is valid");
    s.persona.goals.clear();
    s.persona.self_reliance.clear();
    s.domains = domains;
    s.rings = rings
        .iter()
        .map(|(id, kind)| Ring {
            id: id.to_string(),
            kind: *kind,
            name: Text::nl(*id),
        })
        .collect();
    s.roles = roles;
    s.needs = needs;
    s.board = StartingBoard {
        tokens,
        links,
        regisseur: Some("t7".into()),
    };
    s.events.clear();
    s.variants.clear();
    let mut board = Board::start(&s);
    board.ended = gone
        .into_iter()
        .map(|token| samenspel_engine::board::Ended {
            token,
            event: "knip".into(),
            reason: Text::nl("gestopt"),
        })
        .collect();
    (s, board)
}

fn bench_analysis() -> Stats {
    let (s, board) = large();
    let a = analyse(&s, &board);
    println!(
        "  (large board: {} tokens, {} links, {} gaps, image {:?}, score {})",
        board.tokens.len(),
        board.links.len(),
        a.gaps.len(),
        a.coherence.image,
        a.coherence.score
    );
    for _ in 0..10 {
        black_box(analyse(&s, &board));
    }
    let per_op = (0..rounds(300))
        .map(|_| {
            let start = Instant::now();
            black_box(analyse(black_box(&s), black_box(&board)));
            start.elapsed()
        })
        .collect();
    Stats {
        name: "analyse: 13 domains, 200 tokens, 400 links",
        per_op,
        unit: "analysis",
    }
}

/// The room's three findings of the large board, from its analysis's gaps.
fn bench_top_findings() -> Stats {
    let (s, board) = large();
    let gaps = analyse(&s, &board).gaps;
    let per_op = (0..rounds(1000))
        .map(|_| {
            let start = Instant::now();
            black_box(top_findings(black_box(&s), black_box(&board), &gaps));
            start.elapsed()
        })
        .collect();
    Stats {
        name: "top findings: 13 domains, 200 tokens, 400 links",
        per_op,
        unit: "pick",
    }
}

fn bench_tess_analysis() -> Stats {
    let (_, _, source) = BUILTIN.iter().find(|(id, _, _)| *id == "tess").unwrap();
    let s = scenario_from_str("tess.ron", source, None).unwrap();
    let board = Board::start(&s);
    let per_op = (0..rounds(1000))
        .map(|_| {
            let start = Instant::now();
            black_box(analyse(black_box(&s), black_box(&board)));
            start.elapsed()
        })
        .collect();
    Stats {
        name: "analyse: Tess's starting board",
        per_op,
        unit: "analysis",
    }
}

fn bench_scene() -> Vec<Stats> {
    use samenspel_engine::prepare::prepared_session;
    use samenspel_engine::scene::{Canvas, Highlights, Scene};
    let (_, _, source) = BUILTIN.iter().find(|(id, _, _)| *id == "tess").unwrap();
    let tess = scenario_from_str("tess.ron", source, None).unwrap();
    let session = prepared_session(&tess, None, true, 3).unwrap();
    let (s, board) = large();
    let canvas = Canvas::new(1100.0, 800.0, samenspel_engine::Lang::Nl);
    // What every phone gets after every change: the audience scene, painted as SVG.
    let phones = Canvas::audience(640.0, 640.0, samenspel_engine::Lang::Nl);
    let cases = [
        (
            "scene: Tess after 18, 1100x800",
            &session.scenario,
            session.board(),
            &canvas,
            300,
        ),
        (
            "scene: 13 domains, 200 tokens, 400 links",
            &s,
            &board,
            &canvas,
            30,
        ),
        (
            "scene+svg: phones' wheel, 200 tokens",
            &s,
            &board,
            &phones,
            30,
        ),
    ];
    cases
        .into_iter()
        .map(|(name, s, board, canvas, n)| {
            let per_op = (0..rounds(n))
                .map(|_| {
                    let start = Instant::now();
                    let scene = Scene::build(s, board, &Highlights::default(), canvas);
                    black_box(samenspel_engine::svg::paint(&scene));
                    start.elapsed()
                })
                .collect();
            Stats {
                name,
                per_op,
                unit: "scene",
            }
        })
        .collect()
}

fn megabytes(bytes: usize) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

/// What undo keeps: a session on a board of 2 000 cards and 4 000 lines takes 1 000
/// accepted actions (moves, lines, new cards, removals, a step, a note), so undo holds
/// 1 000 steps. Prints the bytes held after the actions beyond those held before
/// ("retained": the history plus what the board gained) and the most held on the way
/// ("peak"), then checks that undoing all of them gives the start again.
fn bench_undo_memory() {
    let (s, board) = generated(2_000, 4_000);
    let domains: Vec<String> = s.domains.iter().map(|d| d.id.clone()).collect();
    let rings: Vec<String> = s.rings.iter().map(|r| r.id.clone()).collect();
    let mut session = Session::new(&s, None, 0).unwrap();
    session.state.board = board;
    let start = session.state.clone();
    let mut rng = Rng(0x0dd_ba11);
    let before = Counting::reset_peak();
    let began = Instant::now();
    let mut accepted = 0;
    let mut tried = 0;
    while accepted < 1_000 {
        tried += 1;
        let cards = &session.board().tokens;
        let card = cards[rng.below(cards.len())].id.clone();
        let action = match rng.below(20) {
            0..=7 => Action::MoveToken {
                token: card,
                domain: domains[rng.below(domains.len())].clone(),
                ring: rings[rng.below(rings.len())].clone(),
            },
            8..=13 => Action::Link(Link {
                from: card,
                to: cards[rng.below(cards.len())].id.clone(),
                kind: LinkKind::WorksTogether,
            }),
            14..=16 => Action::PlaceToken(token(
                format!("nieuw{tried}"),
                &format!("r{}", rng.below(10)),
                &domains[rng.below(domains.len())],
                &rings[rng.below(rings.len())],
            )),
            17 => Action::RemoveToken { token: card },
            18 => Action::AddNote {
                round: None,
                text: format!("notitie {tried}"),
            },
            _ => Action::SetLocked(false),
        };
        if session.apply(action).is_ok() {
            accepted += 1;
        }
    }
    let took = began.elapsed();
    let (after, peak) = (Counting::held(), Counting::peak());
    let mut undone = 0;
    while session.undo() {
        undone += 1;
    }
    assert_eq!(undone, 1_000, "undo keeps every one of the 1 000 steps");
    assert!(
        session.state == start,
        "undoing everything gives the start again"
    );
    println!(
        "{:<50} retained {:>10}  peak {:>10}  ({} actions, {} per action)",
        "undo memory: 1 000 actions, 2 000 cards",
        megabytes(after.saturating_sub(before)),
        megabytes(peak.saturating_sub(before)),
        accepted,
        fmt(took / accepted),
    );
}

fn main() {
    // `cargo bench` passes `--bench`; any other argument filters by name.
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with("--"));
    let wanted = |name: &str| filter.as_deref().is_none_or(|f| name.contains(f));
    println!(
        "samenspel-engine benchmarks ({} build)",
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "optimised"
        }
    );
    if wanted("load") {
        bench_load().print();
        for part in bench_load_parts() {
            part.print();
        }
    }
    if wanted("session") {
        bench_actions(None).print();
        bench_actions(Some(40)).print();
    }
    if wanted("analyse") {
        bench_tess_analysis().print();
        bench_analysis().print();
        bench_top_findings().print();
    }
    if wanted("scene") {
        for stats in bench_scene() {
            stats.print();
        }
    }
    if wanted("undo") {
        bench_undo_memory();
    }
}
