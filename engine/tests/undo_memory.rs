//! Undo keeps what each action changed, not a copy of the whole state (issue 12): 1 000
//! steps on a board of 500 cards and 1 000 lines hold a few megabytes, where copies held
//! about 300 MB. The bytes are counted by the allocator, so this is the only test in this
//! program: another test running beside it would count too.

#[path = "support/counting.rs"]
mod counting;
use counting::Counting;

#[global_allocator]
static ALLOCATOR: Counting = Counting;

use samenspel_engine::builtin::builtin;
use samenspel_engine::scenario::{Link, LinkKind, PERSONA, Token};
use samenspel_engine::session::{Action, Session, UNDO_LIMIT};
use samenspel_engine::text::Text;

const CARDS: usize = 500;

fn card(i: usize, domain: &str) -> Token {
    Token {
        id: format!("kaart_{i}"),
        role: "moeder".into(),
        domain: domain.into(),
        ring: "informeel".into(),
        who: Text::both(format!("iemand {i}"), format!("someone {i}")),
        what: Text::both("helpt mee", "helps"),
        law: None,
        frequency: None,
        financial: false,
        serves: vec![],
    }
}

#[test]
fn a_thousand_steps_of_undo_on_a_large_board_hold_a_few_megabytes() {
    let s = builtin("tess").unwrap().unwrap();
    let domains: Vec<String> = s.domains.iter().map(|d| d.id.clone()).collect();
    let mut session = Session::new(&s, None, 0).unwrap();
    let board = &mut session.state.board;
    board.tokens = (0..CARDS)
        .map(|i| card(i, &domains[i % domains.len()]))
        .collect();
    board.links = (0..2 * CARDS)
        .map(|i| Link {
            from: format!("kaart_{}", i % CARDS),
            to: match i % 3 {
                0 => PERSONA.to_string(),
                _ => format!("kaart_{}", (i * 7 + 1) % CARDS),
            },
            kind: LinkKind::Contact,
        })
        .filter(|l| l.from != l.to)
        .collect();
    let start = session.state.clone();
    let before = Counting::held();
    let mut taken = 0;
    // Bounded: most actions are taken, so this ends long before.
    for i in 0..3 * UNDO_LIMIT {
        if taken == UNDO_LIMIT {
            break;
        }
        let some = |k: usize| format!("kaart_{}", (i * k + 3) % CARDS);
        let action = match i % 5 {
            0 => Action::MoveToken {
                token: some(13),
                domain: domains[i % domains.len()].clone(),
                ring: "informeel".into(),
            },
            1 => Action::Link(Link {
                from: some(17),
                to: some(31),
                kind: LinkKind::WorksTogether,
            }),
            2 => Action::PlaceToken(card(CARDS + i, &domains[0])),
            3 => Action::RemoveToken { token: some(1) },
            _ => Action::AddNote {
                round: None,
                text: format!("notitie {i}"),
            },
        };
        // An action on a card removed earlier is refused; that is no step of undo.
        if session.apply(action).is_ok() {
            taken += 1;
        }
    }
    let held = Counting::held().saturating_sub(before);
    let mut steps = 0;
    while session.undo() {
        steps += 1;
    }
    assert_eq!(steps, UNDO_LIMIT);
    assert!(session.state == start, "undo goes back to the start");
    // Whole copies would hold about 300 MB here; what changed is well under 10.
    assert!(
        held < 10_000_000,
        "undo of {steps} steps holds {held} bytes beyond the board"
    );
}
