//! Three things, not twenty-seven: the few findings a room is shown in large type, after an
//! event or in a reflection round. The presenter keeps the full list; the room gets at most
//! `TOP_FINDINGS`, in the order of `ROOM_ORDER` (the reasons are in `docs/analysis.md`).

use std::collections::{BTreeSet, HashMap};

use crate::board::Board;
use crate::scenario::Scenario;

use super::{Gap, GapKind, needs_and_goals, served, unserved_in};

/// How many findings the room sees at most.
pub const TOP_FINDINGS: usize = 3;

/// At most this many of the room's findings are of one kind, while other kinds are left:
/// three times "support ended" tells the room one thing, not three.
pub const MAX_OF_ONE_KIND: usize = 2;

/// The kinds in the order a room should see them: what an event broke and left open, what
/// nobody does, where professionals pull against each other, where only professionals are,
/// and where they work apart.
pub const ROOM_ORDER: [GapKind; 5] = [
    GapKind::EndedSupport,
    GapKind::UnservedNeed,
    GapKind::CollidingAssignments,
    GapKind::OnlyProfessional,
    GapKind::Fragmentation,
];

fn rank(kind: GapKind) -> usize {
    ROOM_ORDER
        .iter()
        .position(|k| *k == kind)
        .unwrap_or(ROOM_ORDER.len())
}

/// At most `TOP_FINDINGS` of `gaps` (the board's whole analysis after an event, or the
/// gaps a reflection round points at), in this order:
///
/// 1. by kind, as in `ROOM_ORDER`;
/// 2. ended support: the one that left more needs open first;
/// 3. then the domain with more unserved needs on `board` first;
/// 4. then as the analysis lists them.
///
/// A need nobody serves that an ended support already names as left open is not shown
/// twice, and no kind takes more than `MAX_OF_ONE_KIND` places while another kind is left.
/// The result is sorted as above.
pub fn top_findings(s: &Scenario, board: &Board, gaps: &[Gap]) -> Vec<Gap> {
    // Only the unserved needs per domain of the analysis: the rest of it is not needed.
    let (needs, served) = (needs_and_goals(s, board), served(board));
    let unserved: HashMap<&str, usize> = s
        .domains
        .iter()
        .map(|d| (d.id.as_str(), unserved_in(&needs, &served, &d.id).len()))
        .collect();
    let open_in = |g: &Gap| g.domain.as_deref().and_then(|d| unserved.get(d)).copied();
    let mut order: Vec<&Gap> = gaps.iter().collect();
    order.sort_by_key(|g| {
        let open = if g.kind == GapKind::EndedSupport {
            g.needs.len()
        } else {
            0
        };
        (
            rank(g.kind),
            std::cmp::Reverse(open),
            std::cmp::Reverse(open_in(g)),
        )
    });
    // Needs that an ended support already names as left open.
    let told: BTreeSet<&str> = order
        .iter()
        .filter(|g| g.kind == GapKind::EndedSupport)
        .flat_map(|g| g.needs.iter().map(|n| n.as_str()))
        .collect();
    let fresh: Vec<&Gap> = order
        .into_iter()
        .filter(|g| {
            g.kind != GapKind::UnservedNeed || !g.needs.iter().all(|n| told.contains(n.as_str()))
        })
        .collect();
    let mut picked: Vec<&Gap> = Vec::new();
    for g in &fresh {
        let same = picked.iter().filter(|p| p.kind == g.kind).count();
        if picked.len() < TOP_FINDINGS && same < MAX_OF_ONE_KIND {
            picked.push(g);
        }
    }
    // Fewer kinds than places: fill up with the next of the kinds there are.
    for g in &fresh {
        if picked.len() < TOP_FINDINGS && !picked.iter().any(|p| std::ptr::eq(*p, *g)) {
            picked.push(g);
        }
    }
    let position = |g: &Gap| fresh.iter().position(|f| std::ptr::eq(*f, g));
    picked.sort_by_key(|g| position(g));
    picked.into_iter().cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtin::{builtin, builtin_all};
    use crate::prepare::prepared_session;
    use crate::reflect::analyse;

    fn gap(kind: GapKind, domain: &str, needs: &[&str]) -> Gap {
        Gap {
            needs: needs.iter().map(|n| n.to_string()).collect(),
            ..Gap::new(kind, domain)
        }
    }

    #[test]
    fn ended_support_first_then_unserved_then_collisions() {
        let s = builtin("tess").unwrap().unwrap();
        let session = prepared_session(&s, None, true, 3).unwrap();
        let board = session.board();
        let gaps = vec![
            gap(GapKind::Fragmentation, "school", &[]),
            gap(GapKind::UnservedNeed, "wonen", &["a"]),
            gap(GapKind::CollidingAssignments, "gezin", &[]),
            gap(GapKind::EndedSupport, "wonen", &[]),
            gap(GapKind::EndedSupport, "inkomen", &["b", "c"]),
        ];
        let top = top_findings(&s, board, &gaps);
        let kinds: Vec<(GapKind, usize)> = top.iter().map(|g| (g.kind, g.needs.len())).collect();
        assert_eq!(
            kinds,
            [
                (GapKind::EndedSupport, 2),
                (GapKind::EndedSupport, 0),
                (GapKind::UnservedNeed, 1)
            ]
        );
    }

    #[test]
    fn a_need_is_not_told_twice_and_one_kind_takes_two_places() {
        let s = builtin("tess").unwrap().unwrap();
        let session = prepared_session(&s, None, true, 3).unwrap();
        let gaps = vec![
            gap(GapKind::EndedSupport, "wonen", &["a"]),
            gap(GapKind::EndedSupport, "inkomen", &["b"]),
            gap(GapKind::EndedSupport, "juridisch", &["c"]),
            gap(GapKind::UnservedNeed, "wonen", &["a"]),
            gap(GapKind::OnlyProfessional, "school", &[]),
        ];
        let top = top_findings(&s, session.board(), &gaps);
        let kinds: Vec<GapKind> = top.iter().map(|g| g.kind).collect();
        assert_eq!(
            kinds,
            [
                GapKind::EndedSupport,
                GapKind::EndedSupport,
                GapKind::OnlyProfessional
            ]
        );
        // Only ended support: all three places.
        assert_eq!(top_findings(&s, session.board(), &gaps[..3]).len(), 3);
        assert!(top_findings(&s, session.board(), &[]).is_empty());
    }

    #[test]
    fn a_reflection_round_gets_at_most_three_of_its_own_findings() {
        for s in builtin_all() {
            let session = prepared_session(&s, None, true, 4).unwrap();
            let (sc, board) = (&session.scenario, session.board());
            let analysis = analyse(sc, board);
            for round in crate::reflect::rounds(sc) {
                let found = crate::reflect::highlight(sc, board, &analysis, &round.highlights);
                let top = top_findings(sc, board, &found.gaps);
                assert!(top.len() <= TOP_FINDINGS);
                assert!(top.iter().all(|g| found.gaps.contains(g)), "{}", s.id);
                if !found.gaps.is_empty() {
                    assert!(
                        !top.is_empty(),
                        "{}: a round with findings shows some",
                        s.id
                    );
                }
            }
        }
    }

    #[test]
    fn every_builtin_board_gets_at_most_three_in_room_order() {
        for s in builtin_all() {
            for after in [false, true] {
                let session = prepared_session(&s, None, after, 3).unwrap();
                let board = session.board();
                let gaps = analyse(&session.scenario, board).gaps;
                let top = top_findings(&session.scenario, board, &gaps);
                assert!(top.len() <= TOP_FINDINGS);
                assert_eq!(top.len(), gaps.len().min(TOP_FINDINGS), "{}", s.id);
                let ranks: Vec<usize> = top.iter().map(|g| rank(g.kind)).collect();
                assert!(
                    ranks.windows(2).all(|w| w[0] <= w[1]),
                    "{}: {ranks:?}",
                    s.id
                );
                for g in &top {
                    assert!(gaps.contains(g));
                }
            }
        }
    }
}
