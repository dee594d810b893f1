//! The whole analysis of 150 generated boards, pinned: a change to how the analysis is
//! computed (issue 12 made it faster) must give the same findings to the last digit.
//!
//! The boards are made from Tess's scenario by a fixed generator, with what hand-edited
//! files can hold besides what play makes: lines to cards that are gone, rings the scenario
//! does not know, a regisseur that left, needs nobody has. Each board's line in the
//! snapshot names its size and image and ends with a fingerprint of the analysis and the
//! room's top findings as JSON; when one changes, print that board's JSON before and after.

use samenspel_engine::board::{Board, Ended};
use samenspel_engine::builtin::builtin;
use samenspel_engine::reflect::{analyse, top_findings};
use samenspel_engine::scenario::{Level, Link, LinkKind, PERSONA, Scenario, SelfReliance, Token};
use samenspel_engine::text::Text;

/// A fixed xorshift generator: the same boards on every machine.
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

    fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    fn pick<'a>(&mut self, items: &'a [String]) -> &'a str {
        &items[self.below(items.len())]
    }
}

/// The ids a generated board draws from: the scenario's, and one unknown of each kind.
struct Ids {
    roles: Vec<String>,
    domains: Vec<String>,
    rings: Vec<String>,
    needs: Vec<String>,
}

impl Ids {
    fn of(s: &Scenario) -> Ids {
        let with = |ids: Vec<String>, unknown: &str| -> Vec<String> {
            ids.into_iter().chain([unknown.to_string()]).collect()
        };
        Ids {
            roles: with(s.roles.iter().map(|r| r.id.clone()).collect(), "onbekend"),
            domains: with(s.domains.iter().map(|d| d.id.clone()).collect(), "nergens"),
            rings: with(s.rings.iter().map(|r| r.id.clone()).collect(), "buiten"),
            needs: with(
                s.needs
                    .iter()
                    .map(|n| n.id.clone())
                    .chain(s.persona.goals.iter().map(|g| g.id.clone()))
                    .collect(),
                "geen",
            ),
        }
    }
}

fn card(rng: &mut Rng, ids: &Ids, id: String) -> Token {
    let serves = (0..rng.below(3))
        .map(|_| rng.pick(&ids.needs).to_string())
        .collect();
    Token {
        id,
        role: rng.pick(&ids.roles).to_string(),
        domain: rng.pick(&ids.domains).to_string(),
        ring: rng.pick(&ids.rings).to_string(),
        who: Text::nl("iemand"),
        what: Text::nl("helpt"),
        law: None,
        frequency: None,
        financial: false,
        serves,
    }
}

/// Lines between distinct ends, at most one per pair: to her, to a card, now and then to
/// a card that is gone.
fn lines(rng: &mut Rng, cards: &[Token], count: usize) -> Vec<Link> {
    let mut links: Vec<Link> = Vec::new();
    if cards.is_empty() {
        return links;
    }
    for _ in 0..count {
        let from = cards[rng.below(cards.len())].id.clone();
        let to = match rng.below(30) {
            0 => "weg".to_string(),
            1..=7 => PERSONA.to_string(),
            _ => cards[rng.below(cards.len())].id.clone(),
        };
        if from == to || links.iter().any(|l| l.joins(&from, &to)) {
            continue;
        }
        let kind = [
            LinkKind::WorksTogether,
            LinkKind::Contact,
            LinkKind::Tension,
        ][rng.below(3)];
        links.push(Link { from, to, kind });
    }
    links
}

/// Lines in shells: her network to her, professionals to the network (no regisseur).
fn shells(rng: &mut Rng, cards: &[Token]) -> Vec<Link> {
    let layer = |t: &Token| match t.ring.as_str() {
        "eigen_kracht" => 0,
        "informeel" => 1,
        _ => 2,
    };
    let network: Vec<&Token> = cards.iter().filter(|t| layer(t) == 1).collect();
    let mut links = Vec::new();
    for t in cards.iter().filter(|t| layer(t) != 0) {
        let to = match layer(t) {
            1 => PERSONA.to_string(),
            _ if network.is_empty() => continue,
            _ => network[rng.below(network.len())].id.clone(),
        };
        let kind = [LinkKind::WorksTogether, LinkKind::Contact][rng.below(2)];
        links.push(Link {
            from: t.id.clone(),
            to,
            kind,
        });
    }
    links
}

/// Lines through one helper: the first card to her, the others of other roles to it.
fn through_one(rng: &mut Rng, cards: &[Token]) -> Vec<Link> {
    let Some(hub) = cards.first() else {
        return Vec::new();
    };
    let line = |from: &str, to: &str| Link {
        from: from.to_string(),
        to: to.to_string(),
        kind: LinkKind::WorksTogether,
    };
    let mut links = vec![line(&hub.id, PERSONA)];
    for t in cards.iter().skip(1).filter(|t| t.role != hub.role) {
        if !rng.one_in(8) {
            links.push(line(&t.id, &hub.id));
        }
    }
    links
}

fn generated_board(s: &Scenario, ids: &Ids, rng: &mut Rng, number: usize) -> Board {
    let size = [0, 1, 3, 8, 15, 25, 40][number % 7];
    let mut board = Board::start(s);
    board.tokens = (0..size).map(|i| card(rng, ids, format!("k{i}"))).collect();
    let count = rng.below(size * 2 + 1);
    board.links = match number % 5 {
        3 => shells(rng, &board.tokens),
        4 => through_one(rng, &board.tokens),
        _ => lines(rng, &board.tokens, count),
    };
    board.regisseur = match rng.below(if number % 5 == 3 { 9 } else { 5 }) {
        0 => Some(PERSONA.to_string()),
        1 => Some("vertrokken".to_string()),
        2 | 3 if size > 0 => Some(board.tokens[rng.below(size)].id.clone()),
        _ => None,
    };
    board.ended = (0..rng.below(4))
        .map(|i| Ended {
            token: card(rng, ids, format!("oud{i}")),
            event: "knip".into(),
            reason: Text::nl("gestopt"),
        })
        .collect();
    board.needs.retain(|_| !rng.one_in(3));
    board.roles.retain(|_| !rng.one_in(4));
    board.self_reliance = (0..rng.below(4))
        .map(|_| SelfReliance {
            domain: rng.pick(&ids.domains).to_string(),
            level: Level::BeperktZelfredzaam,
        })
        .collect();
    board
}

/// FNV-1a, 64 bits: a short fingerprint that is the same on every platform.
fn fingerprint(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[test]
fn the_analysis_of_generated_boards_stays_as_it_was() {
    let s = builtin("tess").unwrap().unwrap();
    let ids = Ids::of(&s);
    let mut rng = Rng(0x00c0_ffee_1234_5678);
    let lines: Vec<String> = (0..150)
        .map(|number| {
            let board = generated_board(&s, &ids, &mut rng, number);
            let analysis = analyse(&s, &board);
            let top = top_findings(&s, &board, &analysis.gaps);
            let json = serde_json::to_string(&(&analysis, &top)).unwrap();
            format!(
                "{number:>3}: {:>2} cards {:>2} lines · {:?} {} · {:>2} gaps · {:016x}",
                board.tokens.len(),
                board.links.len(),
                analysis.coherence.image,
                analysis.coherence.score,
                analysis.gaps.len(),
                fingerprint(&json)
            )
        })
        .collect();
    insta::assert_snapshot!("generated_boards", lines.join("\n"));
}
