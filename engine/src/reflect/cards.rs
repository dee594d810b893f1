//! The board made ready for one analysis: every card with the kind of its ring, the cards
//! per domain, and every line with its two ends looked up once.
//!
//! The finders ask for a card by id at every line end; searching the card list each time
//! was most of the analysis's time on a large board (issue 12). Here ids are looked up once
//! and the finders work with positions in `board.tokens`.
//!
//! Card ids are unique on a board (validation and every action see to it). Should a
//! hand-edited file hold one id twice, a line end means the first card with it, as
//! `Board::token` does.

use std::collections::HashMap;

use crate::quick::Quick;

use crate::board::Board;
use crate::scenario::*;

/// Where a line ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum End {
    /// The persona herself.
    Persona,
    /// A card: its position in `board.tokens`.
    Card(usize),
    /// An id that is not on the board (a card that is gone, in a hand-edited file).
    Gone,
}

/// A line with its ends looked up.
#[derive(Clone, Copy, Debug)]
pub(super) struct Line {
    pub from: End,
    pub to: End,
    /// Not a tension line: a tension line is contact, not cooperation.
    pub calm: bool,
}

pub(super) struct Cards<'a> {
    pub board: &'a Board,
    /// The kind of each card's ring, in board order.
    kinds: Vec<RingKind>,
    by_id: HashMap<&'a str, usize, Quick>,
    by_domain: HashMap<&'a str, Vec<usize>, Quick>,
    /// The board's links, in board order.
    pub lines: Vec<Line>,
}

impl<'a> Cards<'a> {
    pub fn new(s: &Scenario, board: &'a Board) -> Cards<'a> {
        let mut by_id: HashMap<&str, usize, Quick> =
            HashMap::with_capacity_and_hasher(board.tokens.len(), Quick::default());
        let mut by_domain: HashMap<&str, Vec<usize>, Quick> = HashMap::default();
        for (i, t) in board.tokens.iter().enumerate() {
            by_id.entry(t.id.as_str()).or_insert(i);
            by_domain.entry(t.domain.as_str()).or_default().push(i);
        }
        let kinds = board.tokens.iter().map(|t| ring_kind(s, &t.ring)).collect();
        let mut cards = Cards {
            board,
            kinds,
            by_id,
            by_domain,
            lines: Vec::new(),
        };
        cards.lines = board
            .links
            .iter()
            .map(|l| Line {
                from: cards.end(&l.from),
                to: cards.end(&l.to),
                calm: l.kind != LinkKind::Tension,
            })
            .collect();
        cards
    }

    /// How many cards are on the board.
    pub fn len(&self) -> usize {
        self.board.tokens.len()
    }

    pub fn token(&self, card: usize) -> &'a Token {
        &self.board.tokens[card]
    }

    pub fn id(&self, card: usize) -> &'a str {
        &self.board.tokens[card].id
    }

    pub fn kind(&self, card: usize) -> RingKind {
        self.kinds[card]
    }

    /// The card with this id, as `Board::token` finds it.
    pub fn find(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// The cards in a domain, in board order.
    pub fn in_domain(&self, domain: &str) -> &[usize] {
        self.by_domain.get(domain).map_or(&[], Vec::as_slice)
    }

    /// The role of the card at a line end; the persona and gone cards have none.
    pub fn role(&self, end: End) -> Option<&'a str> {
        match end {
            End::Card(card) => Some(self.token(card).role.as_str()),
            End::Persona | End::Gone => None,
        }
    }

    fn end(&self, id: &str) -> End {
        if id == PERSONA {
            End::Persona
        } else {
            self.find(id).map_or(End::Gone, End::Card)
        }
    }
}

/// The kind of a ring by id; a ring the scenario does not know counts as the municipality's.
/// Searched from the back, so that of two rings with one id the last counts, as it did when
/// the rings were collected into a map.
fn ring_kind(s: &Scenario, ring: &str) -> RingKind {
    s.rings
        .iter()
        .rev()
        .find(|r| r.id == ring)
        .map_or(RingKind::Gemeente, |r| r.kind)
}
