//! The coherence image and score of the link network, and the balance between the rings.
//! The rules are documented in `docs/analysis.md`; keep the two in step.

use std::collections::BTreeSet;

use crate::board::Board;
use crate::scenario::*;

use super::gaps::clusters;
use super::{Balance, Coherence, Image, ratio, round3};

/// The layer of a link end for the shells image: 0 the persona and her own strength,
/// 1 the informal network, 2 professionals.
fn layer(board: &Board, kind_of: &dyn Fn(&Token) -> RingKind, id: &str) -> Option<u8> {
    if id == PERSONA {
        return Some(0);
    }
    board.token(id).map(|t| match kind_of(t) {
        RingKind::EigenKracht => 0,
        RingKind::Informeel => 1,
        RingKind::Gemeente | RingKind::Rijk => 2,
    })
}

/// The supporters linked to the centre, those linked to one another, and how many lines
/// are tension lines.
struct Reach<'a> {
    to_centre: BTreeSet<&'a str>,
    cross: BTreeSet<&'a str>,
    tension_links: usize,
    tension: Vec<(TokenId, TokenId)>,
}

fn reach<'a>(
    board: &'a Board,
    is_centre: &dyn Fn(&str) -> bool,
    regisseur: Option<&str>,
) -> Reach<'a> {
    let mut r = Reach {
        to_centre: BTreeSet::new(),
        cross: BTreeSet::new(),
        tension_links: 0,
        tension: Vec::new(),
    };
    let role_of = |id: &str| board.token(id).map(|t| t.role.as_str());
    for link in &board.links {
        // Tension lines are counted apart: they show friction, not coherence.
        if link.kind == LinkKind::Tension {
            r.tension_links += 1;
            r.tension.push((link.from.clone(), link.to.clone()));
            continue;
        }
        let (a, b) = (link.from.as_str(), link.to.as_str());
        match (is_centre(a), is_centre(b)) {
            // Two cards of one role are one helper: a line between them links nobody.
            (false, false) if role_of(a) == role_of(b) => {}
            (true, false) => {
                r.to_centre.insert(b);
            }
            (false, true) => {
                r.to_centre.insert(a);
            }
            (false, false) => {
                r.cross.insert(a);
                r.cross.insert(b);
            }
            (true, true) => {
                // The regisseur linked to the persona: she is at the centre too.
                for end in [a, b] {
                    if Some(end) == regisseur {
                        r.to_centre.insert(end);
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
    board: &Board,
    supporters: &[&str],
    groups: &[Vec<&str>],
    regisseur: Option<&str>,
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
    let links = board.links.len();
    let regisseur_part = match regisseur {
        // She is her own regisseur: as full as a regisseur with a line to her.
        Some(PERSONA) => 1.0,
        Some(r)
            if board
                .links
                .iter()
                .any(|l| l.joins(r, PERSONA) && l.kind != LinkKind::Tension) =>
        {
            1.0
        }
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
fn shells(board: &Board, kind_of: &dyn Fn(&Token) -> RingKind, regisseur: Option<&str>) -> bool {
    let layers: Vec<(u8, u8)> = board
        .links
        .iter()
        .filter(|l| l.kind != LinkKind::Tension)
        .filter_map(|l| {
            Some((
                layer(board, kind_of, &l.from)?,
                layer(board, kind_of, &l.to)?,
            ))
        })
        .collect();
    !layers.is_empty()
        && layers.iter().all(|(a, b)| a.abs_diff(*b) == 1)
        && layers.iter().any(|(a, b)| a.min(b) == &0)
        && layers.iter().any(|(a, b)| a.max(b) == &2)
        && regisseur.is_none()
}

/// Los van de cliënt, met een verbinder: the supporters linked straight to her (or her
/// own strength) all belong to one role, at least two supporters of other roles are there,
/// and each of those is linked to a card of that role. Returns the verbinder's first card
/// linked to her.
fn verbinder<'a>(
    board: &'a Board,
    is_her: &dyn Fn(&str) -> bool,
    supporters: &[&'a str],
) -> Option<&'a str> {
    let role_of = |id: &str| board.token(id).map(|t| t.role.as_str());
    // The other ends of the calm lines of a card.
    let ends = |id: &str| -> Vec<&str> {
        board
            .links
            .iter()
            .filter(|l| l.kind != LinkKind::Tension && l.touches(id))
            .map(|l| {
                if l.from == id {
                    l.to.as_str()
                } else {
                    l.from.as_str()
                }
            })
            .collect()
    };
    let to_her: Vec<&str> = supporters
        .iter()
        .copied()
        .filter(|id| ends(id).into_iter().any(is_her))
        .collect();
    let first = *to_her.first()?;
    let role = role_of(first)?;
    if to_her.iter().any(|id| role_of(id) != Some(role)) {
        return None;
    }
    let others: Vec<&str> = supporters
        .iter()
        .copied()
        .filter(|id| role_of(id) != Some(role))
        .collect();
    let linked = |id: &str| ends(id).into_iter().any(|e| role_of(e) == Some(role));
    (others.len() >= 2 && others.iter().all(|id| linked(id))).then_some(first)
}

pub(super) fn coherence(board: &Board, kind_of: &dyn Fn(&Token) -> RingKind) -> Coherence {
    let own: BTreeSet<&str> = board
        .tokens
        .iter()
        .filter(|t| kind_of(t) == RingKind::EigenKracht)
        .map(|t| t.id.as_str())
        .collect();
    let regisseur = board
        .regisseur
        .as_deref()
        .filter(|r| *r == PERSONA || board.token(r).is_some());
    let supporters: Vec<&str> = board
        .tokens
        .iter()
        .map(|t| t.id.as_str())
        .filter(|id| !own.contains(id))
        .collect();
    // Her own-strength tokens are part of her: a link to them is a link to the centre.
    let is_centre = |id: &str| id == PERSONA || own.contains(id) || Some(id) == regisseur;
    let reach = reach(board, &is_centre, regisseur);
    let n = supporters.len();
    let share = |set: &BTreeSet<&str>| {
        round3(ratio(
            supporters.iter().filter(|id| set.contains(*id)).count(),
            n,
        ))
    };
    let (centre_share, cross_share) = (share(&reach.to_centre), share(&reach.cross));
    let groups = clusters(&supporters, board);
    let score = score(
        board,
        &supporters,
        &groups,
        regisseur,
        centre_share,
        reach.tension_links,
    );
    let cooperative = board.links.len() - reach.tension_links;
    let is_her = |id: &str| id == PERSONA || own.contains(id);
    let hub = verbinder(board, &is_her, &supporters);
    let image = if n == 0 || cooperative == 0 {
        Image::GeenSamenhang
    } else if shells(board, kind_of, regisseur) {
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
            .map(str::to_string),
    }
}

pub(super) fn balance(board: &Board, kind_of: &dyn Fn(&Token) -> RingKind) -> Balance {
    let count = |k: RingKind| board.tokens.iter().filter(|t| kind_of(t) == k).count();
    let (e, i, g, r) = (
        count(RingKind::EigenKracht),
        count(RingKind::Informeel),
        count(RingKind::Gemeente),
        count(RingKind::Rijk),
    );
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
