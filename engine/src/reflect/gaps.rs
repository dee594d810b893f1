//! The gap finders: needs nobody serves, support that ended, domains held up by
//! professionals alone, professionals who work apart, and assignments that collide.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::board::Board;
use crate::scenario::*;
use crate::text::Text;

use super::{DomainCoverage, Gap, GapKind, needs_and_goals};

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
    s: &Scenario,
    board: &Board,
    served: &BTreeSet<&str>,
    gaps: &mut Vec<Gap>,
) {
    for ended in &board.ended {
        let t = &ended.token;
        // Only needs and goals that still apply count: a need the event removed (she is
        // an adult now and represents herself) leaves no hole.
        let current: BTreeSet<&str> = needs_and_goals(s, board)
            .iter()
            .map(|(id, _, _)| *id)
            .collect();
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
    board: &Board,
    gaps: &mut Vec<Gap>,
) {
    for c in coverage {
        if c.total() == 0 || !c.eigen_kracht.is_empty() || !c.informeel.is_empty() {
            continue;
        }
        let ids: Vec<TokenId> = c.gemeente.iter().chain(c.rijk.iter()).cloned().collect();
        let tokens: Vec<&Token> = ids.iter().filter_map(|id| board.token(id)).collect();
        gaps.push(Gap {
            roles: unique(tokens.iter().map(|t| t.role.clone())),
            tokens: ids,
            ..Gap::new(GapKind::OnlyProfessional, &c.domain)
        });
    }
}

fn unique<T: Ord + Clone>(items: impl Iterator<Item = T>) -> Vec<T> {
    items.collect::<BTreeSet<T>>().into_iter().collect()
}

/// Connected groups of tokens when links through the persona do not count.
pub(super) fn clusters<'a>(members: &[&'a str], board: &'a Board) -> Vec<Vec<&'a str>> {
    let index: HashMap<&str, usize> = members.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    let mut parent: Vec<usize> = (0..members.len()).collect();
    fn find(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    // A tension line is contact, not cooperation: it does not join two groups.
    for link in board.links.iter().filter(|l| l.kind != LinkKind::Tension) {
        if let (Some(&a), Some(&b)) = (index.get(link.from.as_str()), index.get(link.to.as_str())) {
            let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
            parent[ra] = rb;
        }
    }
    let mut groups: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for (i, id) in members.iter().enumerate() {
        let root = find(&mut parent, i);
        groups.entry(root).or_default().push(id);
    }
    let mut out: Vec<Vec<&str>> = groups.into_values().collect();
    out.sort_by_key(|g| members.iter().position(|m| m == &g[0]));
    out
}

/// Professionals of different roles on one domain who cannot reach each other over links
/// (links through the persona do not count: then she is the one holding it together).
pub(super) fn fragmentation_gaps(
    s: &Scenario,
    board: &Board,
    kind_of: &dyn Fn(&Token) -> RingKind,
    gaps: &mut Vec<Gap>,
) {
    // As in the coherence analysis, her own strength is part of her: lines through it do
    // not join two professionals.
    let all: Vec<&str> = board
        .tokens
        .iter()
        .filter(|t| kind_of(t) != RingKind::EigenKracht)
        .map(|t| t.id.as_str())
        .collect();
    let groups = clusters(&all, board);
    let group_of: HashMap<&str, usize> = groups
        .iter()
        .enumerate()
        .flat_map(|(g, members)| members.iter().map(move |m| (*m, g)))
        .collect();
    for d in &s.domains {
        let pros: Vec<&Token> = board
            .tokens
            .iter()
            .filter(|t| t.domain == d.id && kind_of(t).is_professional())
            .collect();
        let roles: BTreeSet<&str> = pros.iter().map(|t| t.role.as_str()).collect();
        // Fragmented when some two roles here share no island: none of their cards are
        // connected (a role's other card standing apart does not split them).
        let groups_of = |role: &str| -> BTreeSet<usize> {
            pros.iter()
                .filter(|t| t.role == role)
                .map(|t| group_of[t.id.as_str()])
                .collect()
        };
        let split = roles.iter().any(|a| {
            roles
                .iter()
                .any(|b| a != b && groups_of(a).is_disjoint(&groups_of(b)))
        });
        if roles.len() < 2 || !split {
            continue;
        }
        gaps.push(Gap {
            tokens: pros.iter().map(|t| t.id.clone()).collect(),
            roles: roles.iter().map(|r| r.to_string()).collect(),
            islands: Some(islands(&pros, &group_of)),
            ..Gap::new(GapKind::Fragmentation, &d.id)
        });
    }
}

/// How many islands the professionals on a domain form, counted per role as the rule
/// counts them: a role's cards are one helper, so the groups its cards are in make one
/// island together (one role with two unlinked cards is one island, not two).
fn islands(pros: &[&Token], group_of: &HashMap<&str, usize>) -> usize {
    let mut island: BTreeMap<usize, usize> = BTreeMap::new();
    fn root(island: &BTreeMap<usize, usize>, mut g: usize) -> usize {
        while island[&g] != g {
            g = island[&g];
        }
        g
    }
    for t in pros {
        let g = group_of[t.id.as_str()];
        island.entry(g).or_insert(g);
    }
    let roles: BTreeSet<&str> = pros.iter().map(|t| t.role.as_str()).collect();
    for role in roles {
        let mut groups = pros
            .iter()
            .filter(|t| t.role == role)
            .map(|t| group_of[t.id.as_str()]);
        let Some(first) = groups.next() else { continue };
        for g in groups {
            let (a, b) = (root(&island, first), root(&island, g));
            island.insert(b, a);
        }
    }
    let roots: BTreeSet<usize> = island.keys().map(|g| root(&island, *g)).collect();
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
