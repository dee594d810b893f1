//! Every scenario that passes `check` plays. Scenarios are generated from the built-in ones
//! by leaving out random cards, links, needs, events, variants, polls and roles, moving
//! cards to random cells and shuffling event effects — many of them broken on purpose.
//! Each generated file either fails the checker with located problems, or plays its whole
//! timeline under every variant and several deck seeds, compares, reports in every format,
//! takes a random stream of actions with undo and redo, and saves and loads unchanged —
//! all without a panic.

use std::collections::BTreeSet;

use proptest::prelude::*;
use samenspel_engine::board::Board;
use samenspel_engine::builtin::builtin_all;
use samenspel_engine::load::scenario_from_str;
use samenspel_engine::observe::{INDICATORS, Score};
use samenspel_engine::report::{Format, render};
use samenspel_engine::scenario::{Effect, Link, LinkKind, PERSONA, Scenario};
use samenspel_engine::session::{Action, Session};
use samenspel_engine::simulate::simulate;
use samenspel_engine::text::Lang;
use samenspel_engine::text::Text;
use samenspel_engine::werksessie::{Drawing, PLACEMAT, PRAATPLAAT};

/// Keep the items whose bit in `mask` is set (a mask of all ones keeps everything).
fn keep<T>(items: &mut Vec<T>, mask: u64) {
    let mut i = 0;
    items.retain(|_| {
        let kept = mask & (1 << (i % 64)) != 0;
        i += 1;
        kept
    });
}

/// A variation of a built-in scenario, from one set of random numbers.
fn vary(base: &Scenario, masks: [u64; 8], moves: &[(usize, usize, usize)]) -> Scenario {
    let mut s = base.clone();
    keep(&mut s.board.tokens, masks[0]);
    keep(&mut s.board.links, masks[1]);
    keep(&mut s.needs, masks[2]);
    keep(&mut s.events, masks[3]);
    keep(&mut s.variants, masks[4]);
    keep(&mut s.polls, masks[5]);
    keep(&mut s.roles, masks[6]);
    for e in &mut s.events {
        if masks[7] & 1 == 1 {
            e.effects.reverse();
        }
    }
    let (domains, rings) = (s.domains.len().max(1), s.rings.len().max(1));
    for &(token, domain, ring) in moves {
        let n = s.board.tokens.len();
        if n == 0 {
            break;
        }
        let t = &mut s.board.tokens[token % n];
        if let Some(d) = s.domains.get(domain % domains) {
            t.domain = d.id.clone();
        }
        if let Some(r) = s.rings.get(ring % rings) {
            t.ring = r.id.clone();
        }
    }
    s
}

#[path = "generated/nothing.rs"]
mod nothing;

/// Proptest cases per property: a few dozen in the normal test run; more for a long run
/// with `PROPTEST_CASES=5000 cargo test -p samenspel-engine --release --test generated`.
fn cases(normal: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(normal)
}

/// Everything a room, a student or a policy maker can do with a scenario, none of which
/// may panic.
fn play_everything(s: &Scenario, actions: &[(u8, usize, usize)]) {
    let mut variants: Vec<Option<&str>> = vec![None];
    variants.extend(s.variants.iter().map(|v| Some(v.id.as_str())));
    for variant in &variants {
        for seed in [0, 7] {
            let _ = simulate(s, *variant, seed, 3);
        }
    }
    let ids: Vec<String> = s.variants.iter().map(|v| v.id.clone()).collect();
    let _ = samenspel_engine::compare::compare(s, &ids, 1);
    let Ok(mut session) = Session::new(s, None, 3) else {
        return;
    };
    for &(kind, a, b) in actions {
        match kind % ACTION_KINDS {
            k if k == ACTION_KINDS - 2 => {
                session.undo();
            }
            k if k == ACTION_KINDS - 1 => {
                session.redo();
            }
            k => {
                let board = session.board().clone();
                let hand = session.state.hand.clone();
                if let Some(action) = action(s, &board, &hand, k, a, b) {
                    let role = board.roles.get(b % board.roles.len().max(1)).cloned();
                    let _ = session.apply_as(role.as_deref().filter(|_| a % 2 == 0), action);
                }
            }
        }
    }
    for format in [Format::Html, Format::Markdown, Format::Json] {
        for lang in [Lang::Nl, Lang::En] {
            let _ = render(&session, format, lang);
        }
    }
    // One folder per call: the tests run in parallel threads of one process.
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("samenspel-generated-{}-{n}", std::process::id()));
    let path = dir.join("sessie.ron");
    session.save(&path).expect("a session saves");
    let loaded = Session::load(&path).expect("a saved session loads");
    assert_eq!(
        loaded.state, session.state,
        "save and load give the same session"
    );
    let _ = std::fs::remove_dir_all(dir);
}

/// How many kinds of move a random stream makes: every kind of `Action` (see `action`),
/// then undo and redo.
const ACTION_KINDS: u8 = 32;

/// The action of kind `kind` (0–29), its ids picked by `a` and `b` among what is on the
/// board, in the hands and in the scenario (some on purpose unknown, to be refused);
/// `None` when there is nothing to pick. Long because it is a table: one arm per kind of
/// action, so that a new kind is one more arm here.
fn action(
    s: &Scenario,
    board: &Board,
    hand: &[String],
    kind: u8,
    a: usize,
    b: usize,
) -> Option<Action> {
    let token = |i: usize| {
        board
            .tokens
            .get(i % board.tokens.len().max(1))
            .map(|t| t.id.clone())
    };
    let pick = |ids: Vec<&String>, i: usize| ids.get(i % ids.len().max(1)).map(|id| (*id).clone());
    let domain = pick(s.domains.iter().map(|d| &d.id).collect(), b);
    let ring = pick(s.rings.iter().map(|r| &r.id).collect(), a);
    let poll = pick(s.polls.iter().map(|p| &p.id).collect(), a);
    Some(match kind {
        0 => Action::NextStep,
        1 => Action::PreviousStep,
        2 => Action::RemoveToken { token: token(a)? },
        3 => Action::Link(Link {
            from: token(a)?,
            to: if b.is_multiple_of(5) {
                PERSONA.to_string()
            } else {
                token(b)?
            },
            kind: [
                LinkKind::Contact,
                LinkKind::Tension,
                LinkKind::WorksTogether,
            ][b % 3],
        }),
        4 => Action::DrawEvent,
        5 => Action::TriggerEvent {
            event: s.events.get(a % s.events.len().max(1))?.id.clone(),
        },
        6 => {
            let mut card = board.tokens.get(b % board.tokens.len().max(1))?.clone();
            card.id = format!("nieuw_{a}");
            card.domain = domain?;
            Action::PlaceToken(card)
        }
        7 => Action::MoveToken {
            token: token(a)?,
            domain: domain?,
            ring: ring?,
        },
        8 => {
            let mut card = board.tokens.get(a % board.tokens.len().max(1))?.clone();
            card.what = Text::both("iets anders", "something else");
            Action::EditToken(card)
        }
        9 => Action::Unlink {
            from: token(a)?,
            to: token(b)?,
        },
        10 => Action::SetRegisseur {
            token: if b.is_multiple_of(3) { None } else { token(a) },
        },
        11 => Action::Vote {
            poll: poll?,
            agree: b.is_multiple_of(2),
        },
        12 => Action::AddNote {
            round: s
                .rounds
                .get(b % s.rounds.len().max(1))
                .map(|r| r.id.clone()),
            text: format!("notitie {a} – «ë»"),
        },
        13 => Action::SetLocked(a.is_multiple_of(2)),
        14 => Action::RecordPoll {
            poll: poll?,
            agree: a as u32,
            disagree: b as u32,
        },
        15 => Action::Observe {
            indicator: INDICATORS.get(a % (INDICATORS.len() + 1))?.id.to_string(),
            score: Score::ALL[b % Score::ALL.len()],
        },
        16 => Action::ShowNote {
            note: a % 8,
            shown: b.is_multiple_of(2),
        },
        // An answer of a poll: one of its options, or one it does not have.
        17 | 18 | 28 => {
            let p = s.polls.get(a % s.polls.len().max(1))?;
            let option = p
                .options
                .get(b % (p.options.len() + 1))
                .map_or("geen_antwoord".to_string(), |o| o.id.clone());
            match kind {
                17 => Action::Choose {
                    poll: p.id.clone(),
                    option,
                },
                18 => Action::RecordChoice {
                    poll: p.id.clone(),
                    option,
                    count: a as u32,
                },
                _ => Action::BallotChoice {
                    poll: p.id.clone(),
                    voter: format!("telefoon_{}", a % 5),
                    option,
                },
            }
        }
        19 => Action::DrawingLike {
            drawing: Drawing::ALL[a % Drawing::ALL.len()],
        },
        20 => Action::RecordDrawing {
            drawing: Drawing::ALL[b % Drawing::ALL.len()],
            count: a as u32,
        },
        21 => Action::PickQuestion {
            question: PRAATPLAAT
                .get(a % (PRAATPLAAT.len() + 1))
                .map_or("geen_vraag", |q| q.id)
                .to_string(),
            picked: b.is_multiple_of(2),
        },
        22 => Action::Placemat {
            group: (a % 17) as u32,
            question: PLACEMAT
                .get(b % (PLACEMAT.len() + 1))
                .unwrap_or(&"geen")
                .to_string(),
            text: if a.is_multiple_of(4) {
                String::new()
            } else {
                format!("samen {b}")
            },
        },
        23 => Action::DealStartingCards,
        24 => Action::LayStartingCard {
            token: hand
                .get(a % hand.len().max(1))
                .cloned()
                .or_else(|| token(a))?,
        },
        25 => Action::LayAllStartingCards,
        26 => Action::Ballot {
            poll: poll?,
            voter: format!("telefoon_{}", b % 5),
            agree: a.is_multiple_of(2),
        },
        27 => Action::Choose {
            poll: "geen_vraag".into(),
            option: "geen".into(),
        },
        _ => Action::TriggerEvent {
            event: "geen_gebeurtenis".into(),
        },
    })
}

fn ron(s: &Scenario) -> String {
    ron::ser::to_string_pretty(s, ron::ser::PrettyConfig::new()).expect("a scenario serialises")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(48), ..ProptestConfig::default() })]

    #[test]
    fn a_scenario_that_passes_check_plays_and_one_that_does_not_is_located(
        which in 0usize..64,
        masks in proptest::array::uniform8(prop_oneof![
            3 => Just(u64::MAX),
            2 => (0u32..64).prop_map(|k| !(1u64 << k)),
            1 => any::<u64>(),
        ]),
        moves in proptest::collection::vec((0usize..400, 0usize..20, 0usize..5), 0..6),
        actions in proptest::collection::vec((any::<u8>(), 0usize..400, 0usize..40), 0..40),
    ) {
        let all = builtin_all();
        let base = &all[which % all.len()];
        let varied = vary(base, masks, &moves);
        let text = ron(&varied);
        match scenario_from_str("generated.ron", &text, None) {
            Ok(checked) => play_everything(&checked, &actions),
            Err(problems) => {
                prop_assert!(!problems.0.is_empty());
                for p in &problems.0 {
                    prop_assert!(p.line >= 1, "{p}");
                    prop_assert!(!p.message.is_empty(), "{p}");
                }
                let places: BTreeSet<_> = problems.0.iter().map(|p| (p.line, p.column)).collect();
                prop_assert!(!places.is_empty());
            }
        }
    }
}

#[test]
fn every_built_in_scenario_round_trips_through_ron_and_plays() {
    for s in builtin_all() {
        let text = ron(&s);
        let checked = scenario_from_str("roundtrip.ron", &text, None)
            .unwrap_or_else(|p| panic!("{}: {p}", s.id));
        play_everything(
            &checked,
            &[(0, 0, 0), (0, 1, 1), (5, 0, 0), (6, 0, 0), (7, 0, 0)],
        );
    }
}

/// The generator is worth its name only if it reaches both sides: scenarios the checker
/// accepts (which then play) and scenarios it refuses.
#[test]
fn generated_scenarios_reach_both_accepted_and_refused() {
    use rand::{Rng, SeedableRng};
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(2026);
    let all = builtin_all();
    let (mut accepted, mut refused) = (0, 0);
    for _ in 0..120 {
        let base = &all[rng.random_range(0..all.len())];
        // Mostly whole, sometimes one item left out, now and then many.
        let masks: [u64; 8] = std::array::from_fn(|_| match rng.random_range(0..10) {
            0..7 => u64::MAX,
            7..9 => !(1u64 << rng.random_range(0..64)),
            _ => rng.random(),
        });
        let moves: Vec<_> = (0..rng.random_range(0..2))
            .map(|_| {
                (
                    rng.random_range(0..400),
                    rng.random_range(0..20),
                    rng.random_range(0..5),
                )
            })
            .collect();
        let varied = vary(base, masks, &moves);
        match scenario_from_str("generated.ron", &ron(&varied), None) {
            Ok(checked) => {
                accepted += 1;
                play_everything(
                    &checked,
                    &[(0, 0, 0), (5, 1, 0), (2, 3, 1), (4, 0, 0), (6, 0, 0)],
                );
            }
            Err(_) => refused += 1,
        }
    }
    assert!(
        accepted >= 10 && refused >= 10,
        "accepted {accepted}, refused {refused}"
    );
}

/// Shapes of scenarios built from nothing: mostly workshop-sized, sometimes large (up to
/// 300 cards), sometimes broken one to three times.
fn shapes() -> impl Strategy<Value = nothing::Shape> {
    let sizes = (
        1usize..=16,
        prop_oneof![1 => Just(0usize), 8 => 1usize..=12, 2 => 13usize..=40],
        prop_oneof![12 => 0usize..=30, 3 => 31usize..=120, 1 => 121usize..=300],
        0usize..=60,
        0usize..=12,
    );
    let timeline = (
        prop_oneof![4 => 0usize..=8, 1 => 9usize..=24],
        0usize..=6,
        0usize..=4,
        0usize..=4,
        0usize..=4,
    );
    let breaks = prop_oneof![3 => Just(0usize), 2 => 1usize..=3];
    (sizes, timeline, breaks, any::<u64>()).prop_map(
        |(
            (domains, roles, cards, links, needs),
            (events, effects, variants, rounds, polls),
            breaks,
            seed,
        )| {
            nothing::Shape {
                domains,
                roles,
                cards,
                links,
                needs,
                events,
                effects,
                variants,
                rounds,
                polls,
                breaks,
                seed,
            }
        },
    )
}

/// The checker's answer on a scenario written as RON: the checked scenario, or problems
/// that each have a place and a message.
fn checked(s: &Scenario) -> Result<Scenario, Vec<samenspel_engine::problem::Problem>> {
    scenario_from_str("gemaakt.ron", &ron(s), None).map_err(|problems| {
        assert!(!problems.0.is_empty(), "refused without a problem");
        for p in &problems.0 {
            assert!(p.line >= 1 && p.column >= 1, "{p}");
            assert!(!p.message.is_empty() && !p.hint.is_empty(), "{p}");
        }
        problems.0
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(32), ..ProptestConfig::default() })]

    /// A scenario built sound from nothing passes the checker and plays everything; one
    /// broken on purpose (or without roles) is refused with located problems, or — when
    /// the break happened to be harmless — plays everything too.
    #[test]
    fn a_scenario_built_from_nothing_plays_or_is_refused_with_places(
        shape in shapes(),
        actions in proptest::collection::vec((any::<u8>(), 0usize..400, 0usize..40), 0..60),
    ) {
        let s = nothing::build(&shape);
        match checked(&s) {
            Ok(s) => play_everything(&s, &actions),
            Err(problems) => prop_assert!(
                shape.breaks > 0 || shape.roles == 0,
                "built sound but refused: {}",
                problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")
            ),
        }
    }
}

/// The generator from nothing reaches both sides, and its sound scenarios use every kind
/// of effect somewhere.
#[test]
fn scenarios_from_nothing_reach_both_sides_and_every_effect() {
    let (mut accepted, mut refused) = (0, 0);
    let mut kinds = BTreeSet::new();
    let mut features = BTreeSet::new();
    for seed in 0..60u64 {
        let shape = nothing::Shape {
            domains: 1 + (seed as usize % 16),
            roles: seed as usize % 9,
            cards: (seed as usize * 7) % 60,
            links: seed as usize % 20,
            needs: seed as usize % 6,
            events: seed as usize % 10,
            effects: 6,
            variants: seed as usize % 4,
            rounds: seed as usize % 3,
            polls: seed as usize % 3,
            breaks: (seed as usize / 3) % 3,
            seed,
        };
        let s = nothing::build(&shape);
        for e in s.events.iter().flat_map(|e| &e.effects) {
            kinds.insert(
                format!("{e:?}")
                    .split(['(', ' ', '{'])
                    .next()
                    .unwrap()
                    .to_string(),
            );
        }
        match checked(&s) {
            Ok(s) => {
                accepted += 1;
                features.extend(features_of(&s));
                play_everything(
                    &s,
                    &[
                        (6, 1, 1),
                        (0, 0, 0),
                        (3, 1, 2),
                        (4, 0, 0),
                        (23, 0, 0),
                        (24, 1, 0),
                        (17, 0, 1),
                        (28, 0, 1),
                        (30, 0, 0),
                        (31, 0, 0),
                    ],
                );
            }
            Err(problems) => {
                assert!(
                    shape.breaks > 0 || shape.roles == 0,
                    "built sound but refused: {problems:?}"
                );
                refused += 1;
            }
        }
    }
    assert!(
        accepted >= 10 && refused >= 10,
        "accepted {accepted}, refused {refused}"
    );
    assert_eq!(kinds.len(), 12, "effect kinds used: {kinds:?}");
    assert_eq!(
        features.len(),
        4,
        "newer parts in accepted scenarios: {features:?}"
    );
}

/// Which of the newer parts of the format an accepted scenario uses: a variant's role
/// patch, an event patch's own title, a question with answers, a change that sets the
/// needs a card serves.
fn features_of(s: &Scenario) -> Vec<&'static str> {
    let effects = s.events.iter().flat_map(|e| &e.effects).chain(
        s.variants
            .iter()
            .flat_map(|v| v.events.iter().flat_map(|p| &p.add)),
    );
    let serves = effects.into_iter().any(|e| {
        matches!(
            e,
            Effect::ChangeToken {
                serves: Some(_),
                ..
            }
        )
    });
    [
        (s.variants.iter().any(|v| !v.roles.is_empty()), "role patch"),
        (
            s.variants
                .iter()
                .flat_map(|v| &v.events)
                .any(|p| p.title.is_some()),
            "event patch title",
        ),
        (
            s.polls.iter().any(|p| !p.options.is_empty()),
            "poll options",
        ),
        (serves, "change sets serves"),
    ]
    .into_iter()
    .filter_map(|(used, name)| used.then_some(name))
    .collect()
}
