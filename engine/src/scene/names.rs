//! What a card's label says. Usually who gives the support ("Moeder", "Huisarts"); but when
//! a role has more than one card on the board, or two cards have the same giver, the giver
//! does not tell them apart ("Tess", "Tess", "Tess", "Tess"), so the label says what the
//! support is instead: a short form of `what`. The giver is still in the card's shape and
//! colour (its ring) and in the details.

use std::collections::{BTreeMap, HashMap};

use crate::board::Board;
use crate::scenario::{Token, TokenId};
use crate::text::Lang;

/// How many letters a short form may have before it is cut (with an ellipsis).
pub const SHORT_LETTERS: usize = 22;

/// A label short enough for the wheel: the part before a bracket or comma, at most 22
/// letters (cut after a whole word where it can, with an ellipsis).
pub fn short_label(who: &str) -> String {
    let head = who.split([',', '(']).next().unwrap_or(who).trim();
    super::fit(head, SHORT_LETTERS)
}

/// A whole clause may be this many letters longer than the limit: "Woonplek in een
/// fasehuis" reads better than "Woonplek…".
const SLACK: usize = 4;

/// A short form of what a card is: its first clause (before `;`, `:`, `,` or a bracket),
/// whole when it has at most `letters` letters (and `SLACK` more), else as many whole words
/// as fit in `letters` with an ellipsis after them — without small words dangling at the
/// end ("Kassawerk bij een…" reads as "Kassawerk…"). Where that leaves one short word
/// ("Heeft…", "Voert…"), which says nothing, the words may take `SLACK` letters more
/// ("Heeft de omgangsregeling…"), and if that does not help either, the next word is cut
/// ("Voert de ondertoezicht…").
pub fn short_what(what: &str, letters: usize) -> String {
    let head = what
        .split([';', ':', ',', '(', '.'])
        .next()
        .unwrap_or(what)
        .trim();
    if head.chars().count() <= letters + SLACK {
        return head.to_string();
    }
    let lone = |words: &[&str]| words.len() == 1 && words[0].chars().count() <= 6;
    let mut words = whole_words(head, letters);
    if lone(&words) {
        words = whole_words(head, letters + SLACK - 1);
        if lone(&words) {
            return super::fit(head, letters + 1);
        }
    }
    if words.is_empty() {
        // One long word: cut inside it.
        return super::fit(head, letters);
    }
    format!("{}…", words.join(" "))
}

/// The first words of `head` that fit in `letters`, without small words at the end.
fn whole_words(head: &str, letters: usize) -> Vec<&str> {
    let mut words: Vec<&str> = Vec::new();
    let mut used = 0;
    for word in head.split_whitespace() {
        let n = word.chars().count() + usize::from(!words.is_empty());
        if used + n > letters {
            break;
        }
        used += n;
        words.push(word);
    }
    while words.len() > 1 && words.last().is_some_and(|w| w.chars().count() <= 3) {
        words.pop();
    }
    words
}

/// Every card on the board (and every ended one, shown as a hole) with its label, by id.
///
/// A card's label is its giver (`short_label(who)`), unless its role has more than one
/// card here or another card has the same giver: then it is `short_what(what)`. When two
/// such short forms of one board are still equal, they get more letters (up to 40) until
/// they differ or the clause is whole.
pub fn card_labels(board: &Board, lang: Lang) -> BTreeMap<TokenId, String> {
    let tokens: Vec<&Token> = board
        .tokens
        .iter()
        .chain(board.ended.iter().map(|e| &e.token))
        .collect();
    let mut per_role: HashMap<&str, usize> = HashMap::new();
    let mut per_giver: HashMap<String, usize> = HashMap::new();
    for t in &tokens {
        *per_role.entry(t.role.as_str()).or_default() += 1;
        *per_giver.entry(short_label(t.who.get(lang))).or_default() += 1;
    }
    let by_what =
        |t: &Token| per_role[t.role.as_str()] > 1 || per_giver[&short_label(t.who.get(lang))] > 1;
    let mut out = BTreeMap::new();
    for t in &tokens {
        let label = if by_what(t) {
            distinct_what(t, &tokens, lang, &by_what)
        } else {
            short_label(t.who.get(lang))
        };
        // An ended card whose id came back keeps the live card's label.
        out.entry(t.id.clone()).or_insert(label);
    }
    out
}

/// The shortest `short_what` of `t` (from `SHORT_LETTERS` letters up) that no other card
/// labelled by what it is shares.
fn distinct_what(
    t: &Token,
    all: &[&Token],
    lang: Lang,
    by_what: &dyn Fn(&Token) -> bool,
) -> String {
    let mut letters = SHORT_LETTERS;
    loop {
        let mine = short_what(t.what.get(lang), letters);
        let clash = all
            .iter()
            .any(|o| o.id != t.id && by_what(o) && short_what(o.what.get(lang), letters) == mine);
        if !clash || letters >= 40 {
            return mine;
        }
        letters += 6;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtin::builtin;
    use crate::session::Session;

    #[test]
    fn short_forms_cut_at_words_and_drop_small_ones() {
        assert_eq!(
            short_what(
                "Doet zelf boodschappen en kookt; geleerd op de leefgroep",
                22
            ),
            "Doet zelf boodschappen…"
        );
        assert_eq!(
            short_what("Kassawerk bij een drogist", 22),
            "Kassawerk bij een drogist"
        );
        assert_eq!(
            short_what("Kassawerk bij een drogisterij", 22),
            "Kassawerk…"
        );
        assert_eq!(
            short_what("Gesprek over hoe het gaat en wat ze nog wil leren", 22),
            "Gesprek over…"
        );
        assert_eq!(short_what("Huisarts", 22), "Huisarts");
        assert_eq!(
            short_what(
                "Heeft de omgangsregeling met vader opgezet en ziet erop toe",
                22
            ),
            "Heeft de omgangsregeling…"
        );
        assert_eq!(
            short_what("Voert de ondertoezichtstelling uit, bewaakt het plan", 22),
            "Voert de ondertoezicht…"
        );
        assert_eq!(
            short_what("Arbeidsongeschiktheidsverzekering", 22),
            "Arbeidsongeschiktheid…"
        );
        for s in ["Een heel lange zin zonder leestekens erin", "x y z", ""] {
            assert!(short_what(s, 22).chars().count() <= 22 + SLACK, "{s}");
        }
    }

    #[test]
    fn givers_are_shortened_as_before() {
        assert_eq!(short_label("Mbo-school, stagebegeleider"), "Mbo-school");
        assert_eq!(
            short_label("Jeugdbeschermer (gecertificeerde instelling)"),
            "Jeugdbeschermer"
        );
        assert!(
            short_label("Een naam die veel te lang is voor het wiel")
                .chars()
                .count()
                <= 22
        );
    }

    #[test]
    fn tess_own_strength_cards_say_what_they_are() {
        let s = builtin("tess").unwrap().unwrap();
        let session = Session::new(&s, None, 0).unwrap();
        let labels = card_labels(session.board(), Lang::Nl);
        let own: Vec<&String> = session
            .board()
            .tokens
            .iter()
            .filter(|t| t.role == "tess")
            .map(|t| &labels[&t.id])
            .collect();
        assert_eq!(own.len(), 4);
        for (i, a) in own.iter().enumerate() {
            assert_ne!(a.as_str(), "Tess");
            assert!(a.chars().count() <= SHORT_LETTERS + SLACK, "{a}");
            for b in &own[i + 1..] {
                assert_ne!(a, b);
            }
        }
        // A role with one card keeps its giver.
        assert_eq!(labels["rooster_drogist"], "Teamleider drogisterij");
        // The GP shares the role "zorg" with the therapist: the label says what it is.
        assert_eq!(labels["huisarts"], "Huisarts in de wijk…");
    }

    #[test]
    fn every_builtin_board_gets_distinct_labels_per_role() {
        for s in crate::builtin::builtin_all() {
            let session = Session::new(&s, None, 0).unwrap();
            let board = session.board();
            for lang in [Lang::Nl, Lang::En] {
                let labels = card_labels(board, lang);
                assert_eq!(labels.len(), board.tokens.len(), "{}", s.id);
                let mut by_role: HashMap<(&str, &str), usize> = HashMap::new();
                for t in &board.tokens {
                    *by_role.entry((&t.role, &labels[&t.id])).or_default() += 1;
                }
                let twice: Vec<_> = by_role.iter().filter(|(_, n)| **n > 1).collect();
                assert!(twice.is_empty(), "{} {lang:?}: {twice:?}", s.id);
            }
        }
    }
}
