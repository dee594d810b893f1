//! The gap finders: needs nobody serves, support that ended, domains held up by
//! professionals alone, professionals who work apart, and assignments that collide.

use std::collections::{BTreeMap, BTreeSet};

use crate::board::Board;
use crate::scenario::*;
use crate::text::Text;

use super::cards::{Cards, End};
use super::{DomainCoverage, Gap, GapKind};

pub(super) fn unserved_gaps(
    needs: &[(&str, &str, &Text)],
    served: &BTreeSet<&str>,
    gaps: &mut Vec<Gap>,
) {
    for (id, domain, _) in needs {
        if served.contains(id) {
            continue;
        }
        gaps.push(Gap {
            needs: vec![id.to_string()],
            ..Gap::new(GapKind::UnservedNeed, domain)
        });
    }
}

/// Support that ended is replaced when everything it served is served again now; support
/// that served nothing in particular is replaced by new support in its own domain and ring.
pub(super) fn ended_gaps(
    board: &Board,
    needs: &[(&str, &str, &Text)],
    served: &BTreeSet<&str>,
    gaps: &mut Vec<Gap>,
) {
    // Only needs and goals that still apply count: a need the event removed (she is an
    // adult now and represents herself) leaves no hole.
    let current: BTreeSet<&str> = needs.iter().map(|(id, _, _)| *id).collect();
    for ended in &board.ended {
        let t = &ended.token;
        let relevant: Vec<&str> = t
            .serves
            .iter()
            .map(|n| n.as_str())
            .filter(|n| current.contains(n))
            .collect();
        let replaced = if t.serves.is_empty() {
            board
                .tokens
                .iter()
                .any(|now| now.domain == t.domain && now.ring == t.ring)
        } else {
            relevant.iter().all(|n| served.contains(n))
        };
        if replaced {
            continue;
        }
        let open: Vec<&str> = relevant
            .iter()
            .copied()
            .filter(|n| !served.contains(n))
            .collect();
        gaps.push(Gap {
            tokens: vec![t.id.clone()],
            roles: vec![t.role.clone()],
            needs: open.iter().map(|n| n.to_string()).collect(),
            event: Some(ended.event.clone()),
            ..Gap::new(GapKind::EndedSupport, &t.domain)
        });
    }
}

pub(super) fn only_professional_gaps(
    coverage: &[DomainCoverage],
    cards: &Cards,
    gaps: &mut Vec<Gap>,
) {
    for c in coverage {
        if c.total() == 0 || !c.eigen_kracht.is_empty() || !c.informeel.is_empty() {
            continue;
        }
        let ids: Vec<TokenId> = c.gemeente.iter().chain(c.rijk.iter()).cloned().collect();
        let roles = ids
            .iter()
            .filter_map(|id| cards.find(id))
            .map(|card| cards.token(card).role.clone());
        gaps.push(Gap {
            roles: unique(roles),
            tokens: ids,
            ..Gap::new(GapKind::OnlyProfessional, &c.domain)
        });
    }
}

fn unique<T: Ord + Clone>(items: impl Iterator<Item = T>) -> Vec<T> {
    items.collect::<BTreeSet<T>>().into_iter().collect()
}

/// Connected groups of `members` (cards) when links through the persona do not count:
/// each group in the order of `members`, the groups in the order of their first member.
pub(super) fn clusters(members: &[usize], cards: &Cards) -> Vec<Vec<usize>> {
    // Each card's place in `members`.
    let mut slot: Vec<Option<usize>> = vec![None; cards.len()];
    for (i, &card) in members.iter().enumerate() {
        slot[card] = Some(i);
    }
    let slot_of = |end: End| match end {
        End::Card(card) => slot[card],
        End::Persona | End::Gone => None,
    };
    let mut parent: Vec<usize> = (0..members.len()).collect();
    fn find(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    // A tension line is contact, not cooperation: it does not join two groups.
    for line in cards.lines.iter().filter(|l| l.calm) {
        if let (Some(a), Some(b)) = (slot_of(line.from), slot_of(line.to)) {
            let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
            parent[ra] = rb;
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..members.len() {
        let root = find(&mut parent, i);
        groups.entry(root).or_default().push(i);
    }
    let mut out: Vec<Vec<usize>> = groups.into_values().collect();
    out.sort_by_key(|g| g[0]);
    out.into_iter()
        .map(|g| g.into_iter().map(|i| members[i]).collect())
        .collect()
}

/// Professionals of different roles on one domain who cannot reach each other over links
/// (links through the persona do not count: then she is the one holding it together).
pub(super) fn fragmentation_gaps(s: &Scenario, cards: &Cards, gaps: &mut Vec<Gap>) {
    // As in the coherence analysis, her own strength is part of her: lines through it do
    // not join two professionals.
    let all: Vec<usize> = (0..cards.len())
        .filter(|&card| cards.kind(card) != RingKind::EigenKracht)
        .collect();
    let mut group_of = vec![0; cards.len()];
    for (g, members) in clusters(&all, cards).iter().enumerate() {
        for &card in members {
            group_of[card] = g;
        }
    }
    for d in &s.domains {
        let pros: Vec<usize> = cards
            .in_domain(&d.id)
            .iter()
            .copied()
            .filter(|&card| cards.kind(card).is_professional())
            .collect();
        // The islands each role's cards here are on.
        let mut islands: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
        for &card in &pros {
            let role = cards.token(card).role.as_str();
            islands.entry(role).or_default().insert(group_of[card]);
        }
        // Fragmented when some two roles here share no island: none of their cards are
        // connected (a role's other card standing apart does not split them).
        let apart: Vec<&BTreeSet<usize>> = islands.values().collect();
        let split = apart
            .iter()
            .enumerate()
            .any(|(i, a)| apart[i + 1..].iter().any(|b| a.is_disjoint(b)));
        if islands.len() < 2 || !split {
            continue;
        }
        gaps.push(Gap {
            tokens: pros
                .iter()
                .map(|&card| cards.id(card).to_string())
                .collect(),
            roles: islands.keys().map(|r| r.to_string()).collect(),
            islands: Some(islands_per_role(&islands)),
            ..Gap::new(GapKind::Fragmentation, &d.id)
        });
    }
}

/// How many islands the professionals on a domain form, counted per role as the rule
/// counts them: a role's cards are one helper, so the groups its cards are in make one
/// island together (one role with two unlinked cards is one island, not two).
fn islands_per_role(groups_of_role: &BTreeMap<&str, BTreeSet<usize>>) -> usize {
    let mut parent: BTreeMap<usize, usize> = BTreeMap::new();
    fn root(parent: &BTreeMap<usize, usize>, mut g: usize) -> usize {
        while parent[&g] != g {
            g = parent[&g];
        }
        g
    }
    for &g in groups_of_role.values().flatten() {
        parent.entry(g).or_insert(g);
    }
    for groups in groups_of_role.values() {
        let mut groups = groups.iter();
        let Some(&first) = groups.next() else {
            continue;
        };
        for &g in groups {
            let (a, b) = (root(&parent, first), root(&parent, g));
            parent.insert(b, a);
        }
    }
    let roots: BTreeSet<usize> = parent.keys().map(|&g| root(&parent, g)).collect();
    roots.len()
}

/// Roles with support on the board whose agendas pull one domain opposite ways: one
/// finding per domain, naming who pushes and who holds back.
pub(super) fn colliding_gaps(s: &Scenario, board: &Board, gaps: &mut Vec<Gap>) {
    let on_board: BTreeSet<&str> = board.tokens.iter().map(|t| t.role.as_str()).collect();
    let present: Vec<&Role> = board
        .roles
        .iter()
        .filter(|id| on_board.contains(id.as_str()))
        .filter_map(|id| s.role(id))
        .collect();
    for d in &s.domains {
        let stance = |want: Stance| -> Vec<(&Role, &Agenda)> {
            present
                .iter()
                .filter_map(|r| {
                    r.agenda
                        .iter()
                        .find(|a| a.domain == d.id && a.stance == want)
                        .map(|a| (*r, a))
                })
                .collect()
        };
        let (push, hold) = (stance(Stance::Push), stance(Stance::Hold));
        if push.is_empty() || hold.is_empty() {
            continue;
        }
        let ids = |v: &[(&Role, &Agenda)]| v.iter().map(|(r, _)| r.id.clone()).collect();
        gaps.push(Gap {
            roles: unique(push.iter().chain(hold.iter()).map(|(r, _)| r.id.clone())),
            pushing: ids(&push),
            holding: ids(&hold),
            ..Gap::new(GapKind::CollidingAssignments, &d.id)
        });
    }
}
