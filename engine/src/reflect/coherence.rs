//! The coherence image and score of the link network, and the balance between the rings.
//! The rules are documented in `docs/analysis.md`; keep the two in step.

use crate::scenario::*;

use super::cards::{Cards, End, Line};
use super::gaps::clusters;
use super::{Balance, Coherence, Image, ratio, round3};

/// Who stands at the centre of the network: she herself, her own-strength cards (they are
/// part of her) and the regisseur.
struct Centre {
    /// Per card: whether it is her own strength.
    own: Vec<bool>,
    /// The regisseur's card, when a card on the board is the regisseur.
    regisseur: Option<usize>,
}

impl Centre {
    /// She or her own strength.
    fn is_her(&self, end: End) -> bool {
        match end {
            End::Persona => true,
            End::Card(card) => self.own[card],
            End::Gone => false,
        }
    }

    fn is_regisseur(&self, end: End) -> bool {
        matches!(end, End::Card(card) if Some(card) == self.regisseur)
    }

    fn holds(&self, end: End) -> bool {
        self.is_her(end) || self.is_regisseur(end)
    }
}

/// The layer of a line end for the shells image: 0 the persona and her own strength,
/// 1 the informal network, 2 professionals.
fn layer(cards: &Cards, end: End) -> Option<u8> {
    match end {
        End::Persona => Some(0),
        End::Card(card) => Some(match cards.kind(card) {
            RingKind::EigenKracht => 0,
            RingKind::Informeel => 1,
            RingKind::Gemeente | RingKind::Rijk => 2,
        }),
        End::Gone => None,
    }
}

/// The cards linked to the centre, those linked to one another (per card), and how many
/// lines are tension lines.
struct Reach {
    to_centre: Vec<bool>,
    cross: Vec<bool>,
    tension_links: usize,
    tension: Vec<(TokenId, TokenId)>,
}

fn reach(cards: &Cards, centre: &Centre) -> Reach {
    let mut r = Reach {
        to_centre: vec![false; cards.len()],
        cross: vec![false; cards.len()],
        tension_links: 0,
        tension: Vec::new(),
    };
    let mark = |set: &mut Vec<bool>, end: End| {
        if let End::Card(card) = end {
            set[card] = true;
        }
    };
    // `lines` are the board's links in board order, so each has its written ids beside it.
    for (line, link) in cards.lines.iter().zip(&cards.board.links) {
        // Tension lines are counted apart: they show friction, not coherence.
        if !line.calm {
            r.tension_links += 1;
            r.tension.push((link.from.clone(), link.to.clone()));
            continue;
        }
        let (a, b) = (line.from, line.to);
        match (centre.holds(a), centre.holds(b)) {
            // Two cards of one role are one helper: a line between them links nobody.
            (false, false) if cards.role(a) == cards.role(b) => {}
            (true, false) => mark(&mut r.to_centre, b),
            (false, true) => mark(&mut r.to_centre, a),
            (false, false) => {
                mark(&mut r.cross, a);
                mark(&mut r.cross, b);
            }
            (true, true) => {
                // The regisseur linked to the persona: she is at the centre too.
                for end in [a, b] {
                    if centre.is_regisseur(end) {
                        mark(&mut r.to_centre, end);
                    }
                }
            }
        }
    }
    r
}

/// The score's parts besides the shares: how much of the network hangs together, whether
/// the regisseur is linked to her, and how calm the lines are.
fn score(
    cards: &Cards,
    supporters: &[usize],
    groups: &[Vec<usize>],
    regisseur: Option<&str>,
    centre: &Centre,
    centre_share: f64,
    tension_links: usize,
) -> f64 {
    let n = supporters.len();
    // A helper on her own is not a connected group: only groups of two or more count.
    let largest = groups
        .iter()
        .map(|g| g.len())
        .filter(|len| *len >= 2)
        .max()
        .unwrap_or(0);
    let connected = ratio(largest, n);
    let links = cards.lines.len();
    let to_her = |l: &Line| {
        (centre.is_regisseur(l.from) && l.to == End::Persona)
            || (l.from == End::Persona && centre.is_regisseur(l.to))
    };
    let regisseur_part = match regisseur {
        // She is her own regisseur: as full as a regisseur with a line to her.
        Some(PERSONA) => 1.0,
        Some(_) if cards.lines.iter().any(|l| l.calm && to_her(l)) => 1.0,
        Some(_) => 0.5,
        None => 0.0,
    };
    let calm = if links == 0 {
        0.0
    } else {
        1.0 - ratio(tension_links, links)
    };
    if n == 0 {
        0.0
    } else {
        round3(0.35 * centre_share + 0.35 * connected + 0.2 * regisseur_part + 0.1 * calm)
    }
}

/// Shells: every link joins neighbouring layers (persona/own → network → professionals),
/// the network is linked to her, and professionals are reached through the network.
fn shells(cards: &Cards, regisseur: Option<&str>) -> bool {
    let layers: Vec<(u8, u8)> = cards
        .lines
        .iter()
        .filter(|l| l.calm)
        .filter_map(|l| Some((layer(cards, l.from)?, layer(cards, l.to)?)))
        .collect();
    !layers.is_empty()
        && layers.iter().all(|(a, b)| a.abs_diff(*b) == 1)
        && layers.iter().any(|(a, b)| a.min(b) == &0)
        && layers.iter().any(|(a, b)| a.max(b) == &2)
        && regisseur.is_none()
}

/// Per card: whether one of its calm lines ends at something `wanted` (a line from a card
/// to itself ends at that card).
fn has_line_to(cards: &Cards, wanted: impl Fn(End) -> bool) -> Vec<bool> {
    let mut found = vec![false; cards.len()];
    for line in cards.lines.iter().filter(|l| l.calm) {
        if let End::Card(card) = line.from
            && wanted(line.to)
        {
            found[card] = true;
        }
        if let End::Card(card) = line.to
            && wanted(line.from)
        {
            found[card] = true;
        }
    }
    found
}

/// Los van de cliënt, met een verbinder: the supporters linked straight to her (or her
/// own strength) all belong to one role, at least two supporters of other roles are there,
/// and each of those is linked to a card of that role. Returns the verbinder's first card
/// linked to her.
fn verbinder(cards: &Cards, centre: &Centre, supporters: &[usize]) -> Option<usize> {
    let role_of = |card: usize| cards.token(card).role.as_str();
    let to_her_line = has_line_to(cards, |end| centre.is_her(end));
    let to_her: Vec<usize> = supporters
        .iter()
        .copied()
        .filter(|&card| to_her_line[card])
        .collect();
    let first = *to_her.first()?;
    let role = role_of(first);
    if to_her.iter().any(|&card| role_of(card) != role) {
        return None;
    }
    let others: Vec<usize> = supporters
        .iter()
        .copied()
        .filter(|&card| role_of(card) != role)
        .collect();
    let linked = has_line_to(cards, |end| cards.role(end) == Some(role));
    (others.len() >= 2 && others.iter().all(|&card| linked[card])).then_some(first)
}

pub(super) fn coherence(cards: &Cards) -> Coherence {
    let board = cards.board;
    let regisseur = board
        .regisseur
        .as_deref()
        .filter(|r| *r == PERSONA || cards.find(r).is_some());
    // Her own-strength tokens are part of her: a link to them is a link to the centre.
    let centre = Centre {
        own: (0..cards.len())
            .map(|card| cards.kind(card) == RingKind::EigenKracht)
            .collect(),
        regisseur: regisseur.and_then(|r| cards.find(r)),
    };
    let supporters: Vec<usize> = (0..cards.len()).filter(|&card| !centre.own[card]).collect();
    let reach = reach(cards, &centre);
    let n = supporters.len();
    let share = |set: &[bool]| {
        round3(ratio(
            supporters.iter().filter(|&&card| set[card]).count(),
            n,
        ))
    };
    let (centre_share, cross_share) = (share(&reach.to_centre), share(&reach.cross));
    let groups = clusters(&supporters, cards);
    let score = score(
        cards,
        &supporters,
        &groups,
        regisseur,
        &centre,
        centre_share,
        reach.tension_links,
    );
    let cooperative = board.links.len() - reach.tension_links;
    let hub = verbinder(cards, &centre, &supporters);
    let image = if n == 0 || cooperative == 0 {
        Image::GeenSamenhang
    } else if shells(cards, regisseur) {
        Image::Schillen
    } else if hub.is_some() {
        Image::Verbinder
    } else if centre_share >= 0.5 && cross_share >= 0.3 {
        Image::Spinnenweb
    } else if centre_share >= 0.5 {
        Image::CentraleEntiteit
    } else if cross_share >= 0.3 {
        Image::Dwarsverbanden
    } else {
        Image::GeenSamenhang
    };
    Coherence {
        image,
        score,
        supporters: n,
        centre_share,
        cross_share,
        clusters: groups.len(),
        regisseur: regisseur.map(str::to_string),
        tension_links: reach.tension_links,
        tension: reach.tension,
        verbinder: hub
            .filter(|_| image == Image::Verbinder)
            .map(|card| cards.id(card).to_string()),
    }
}

pub(super) fn balance(cards: &Cards) -> Balance {
    let mut count = [0usize; 4];
    for card in 0..cards.len() {
        let k = match cards.kind(card) {
            RingKind::EigenKracht => 0,
            RingKind::Informeel => 1,
            RingKind::Gemeente => 2,
            RingKind::Rijk => 3,
        };
        count[k] += 1;
    }
    let [e, i, g, r] = count;
    let total = e + i + g + r;
    let professional_share = round3(ratio(g + r, total));
    Balance {
        eigen_kracht: e,
        informeel: i,
        gemeente: g,
        rijk: r,
        professional_share,
    }
}
