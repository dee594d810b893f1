//! The analysis a room reflects on: coverage, gaps, coherence, balance, and change between
//! two boards. A pure function of a board and its scenario. Findings are facts: kinds, ids
//! and numbers; `crate::words` puts them into words in either language.
//!
//! The coherence score and image rules are documented in `docs/analysis.md`; keep the two
//! in step.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use crate::board::Board;
use crate::scenario::*;
use crate::text::Text;
use crate::words::{Arg, both};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub coverage: Vec<DomainCoverage>,
    pub gaps: Vec<Gap>,
    pub coherence: Coherence,
    pub balance: Balance,
}

/// What support one life domain has, ring by ring.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DomainCoverage {
    pub domain: DomainId,
    /// Token ids per ring kind, inside out.
    pub eigen_kracht: Vec<TokenId>,
    pub informeel: Vec<TokenId>,
    pub gemeente: Vec<TokenId>,
    pub rijk: Vec<TokenId>,
    /// Needs and goals in this domain that nothing on the board serves.
    pub unserved: Vec<NeedId>,
    pub self_reliance: Option<Level>,
}

impl DomainCoverage {
    pub fn total(&self) -> usize {
        self.eigen_kracht.len() + self.informeel.len() + self.gemeente.len() + self.rijk.len()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GapKind {
    /// A need or goal that nothing on the board serves.
    UnservedNeed,
    /// Support ended through an event and nothing took its place (the harde knip).
    EndedSupport,
    /// A domain held up only by professionals: nothing from her own strength or network.
    OnlyProfessional,
    /// Several professionals on one domain who are not linked: "ieder zijn eigen plan".
    Fragmentation,
    /// Two roles on the board whose assignments pull the same domain opposite ways.
    CollidingAssignments,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Gap {
    pub kind: GapKind,
    pub domain: Option<DomainId>,
    pub tokens: Vec<TokenId>,
    pub roles: Vec<RoleId>,
    pub needs: Vec<NeedId>,
    /// Ended support: the event that ended it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<EventId>,
    /// Fragmentation: how many separate islands the professionals form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub islands: Option<usize>,
    /// Colliding assignments: the roles that want progress, in the board's role order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pushing: Vec<RoleId>,
    /// Colliding assignments: the roles that want it to wait.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub holding: Vec<RoleId>,
}

impl Gap {
    /// A gap of `kind` with its domain; the other ids are filled in by the finder.
    fn new(kind: GapKind, domain: &str) -> Gap {
        Gap {
            kind,
            domain: Some(domain.to_string()),
            tokens: vec![],
            roles: vec![],
            needs: vec![],
            event: None,
            islands: None,
            pushing: vec![],
            holding: vec![],
        }
    }

    /// Identity of a gap across two boards, for "opened" and "closed".
    fn key(
        &self,
    ) -> (
        GapKind,
        Option<DomainId>,
        Vec<TokenId>,
        Vec<RoleId>,
        Vec<NeedId>,
    ) {
        (
            self.kind,
            self.domain.clone(),
            self.tokens.clone(),
            self.roles.clone(),
            self.needs.clone(),
        )
    }
}

/// The images of integral work from seed 003 that a link network can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Image {
    /// Every supporter linked to the centre, few links between supporters.
    CentraleEntiteit,
    /// Links to the centre and cross-links between supporters: the spider's web.
    Spinnenweb,
    /// Supporters linked to each other, the centre's place unclear.
    Dwarsverbanden,
    /// Loose units of help: she holds it together herself.
    GeenSamenhang,
    /// Shells: the network around her, professionals around the network.
    Schillen,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Coherence {
    pub image: Image,
    /// 0..=1; see `docs/analysis.md` and `Finding::ScoreRule`.
    pub score: f64,
    /// Supporters: tokens outside her own-strength ring.
    pub supporters: usize,
    /// Share of supporters linked to the centre (the persona or the regisseur).
    pub centre_share: f64,
    /// Share of supporters with a link to another supporter (not the regisseur).
    pub cross_share: f64,
    /// Separate groups of supporters when the persona is left out.
    pub clusters: usize,
    pub regisseur: Option<TokenId>,
    pub tension_links: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Balance {
    pub eigen_kracht: usize,
    pub informeel: usize,
    pub gemeente: usize,
    pub rijk: usize,
    /// Share of all tokens in the two professional rings.
    pub professional_share: f64,
}

/// What differs between two boards.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub lost: Vec<TokenId>,
    pub added: Vec<TokenId>,
    pub needs_added: Vec<NeedId>,
    pub gaps_opened: Vec<Gap>,
    pub gaps_closed: Vec<Gap>,
    pub image_before: Image,
    pub image_after: Image,
    pub score_before: f64,
    pub score_after: f64,
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// Round to 3 decimals so that JSON output stays stable across platforms.
fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Needs and goals of the persona that apply now, with their domain and text.
fn needs_and_goals<'a>(s: &'a Scenario, board: &'a Board) -> Vec<(&'a str, &'a str, &'a Text)> {
    board
        .needs
        .iter()
        .map(|n| (n.id.as_str(), n.domain.as_str(), &n.text))
        .chain(
            s.persona
                .goals
                .iter()
                .map(|g| (g.id.as_str(), g.domain.as_str(), &g.text)),
        )
        .collect()
}

/// The whole analysis of a board.
pub fn analyse(s: &Scenario, board: &Board) -> Analysis {
    let ring_kind: HashMap<&str, RingKind> =
        s.rings.iter().map(|r| (r.id.as_str(), r.kind)).collect();
    let kind_of = |t: &Token| {
        ring_kind
            .get(t.ring.as_str())
            .copied()
            .unwrap_or(RingKind::Gemeente)
    };
    let served: BTreeSet<&str> = board
        .tokens
        .iter()
        .flat_map(|t| t.serves.iter().map(|n| n.as_str()))
        .collect();
    let needs = needs_and_goals(s, board);

    // Coverage per domain, in the scenario's order.
    let coverage: Vec<DomainCoverage> = s
        .domains
        .iter()
        .map(|d| {
            let mut c = DomainCoverage {
                domain: d.id.clone(),
                eigen_kracht: vec![],
                informeel: vec![],
                gemeente: vec![],
                rijk: vec![],
                unserved: needs
                    .iter()
                    .filter(|(id, domain, _)| *domain == d.id && !served.contains(id))
                    .map(|(id, _, _)| id.to_string())
                    .collect(),
                self_reliance: board.self_reliance(&d.id),
            };
            for t in board.tokens.iter().filter(|t| t.domain == d.id) {
                let bucket = match kind_of(t) {
                    RingKind::EigenKracht => &mut c.eigen_kracht,
                    RingKind::Informeel => &mut c.informeel,
                    RingKind::Gemeente => &mut c.gemeente,
                    RingKind::Rijk => &mut c.rijk,
                };
                bucket.push(t.id.clone());
            }
            c
        })
        .collect();

    let mut gaps = Vec::new();
    unserved_gaps(&needs, &served, &mut gaps);
    ended_gaps(s, board, &served, &mut gaps);
    only_professional_gaps(&coverage, board, &mut gaps);
    fragmentation_gaps(s, board, &kind_of, &mut gaps);
    colliding_gaps(s, board, &mut gaps);

    Analysis {
        coherence: coherence(board, &kind_of),
        balance: balance(board, &kind_of),
        coverage,
        gaps,
    }
}

fn unserved_gaps(
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
fn ended_gaps(s: &Scenario, board: &Board, served: &BTreeSet<&str>, gaps: &mut Vec<Gap>) {
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

fn only_professional_gaps(
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
fn clusters<'a>(members: &[&'a str], board: &'a Board) -> Vec<Vec<&'a str>> {
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
fn fragmentation_gaps(
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
        let separate: BTreeSet<usize> = pros.iter().map(|t| group_of[t.id.as_str()]).collect();
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
            islands: Some(separate.len()),
            ..Gap::new(GapKind::Fragmentation, &d.id)
        });
    }
}

/// Roles with support on the board whose agendas pull one domain opposite ways: one
/// finding per domain, naming who pushes and who holds back.
fn colliding_gaps(s: &Scenario, board: &Board, gaps: &mut Vec<Gap>) {
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

fn coherence(board: &Board, kind_of: &dyn Fn(&Token) -> RingKind) -> Coherence {
    let own: BTreeSet<&str> = board
        .tokens
        .iter()
        .filter(|t| kind_of(t) == RingKind::EigenKracht)
        .map(|t| t.id.as_str())
        .collect();
    let regisseur = board
        .regisseur
        .as_deref()
        .filter(|r| board.token(r).is_some());
    let supporters: Vec<&str> = board
        .tokens
        .iter()
        .map(|t| t.id.as_str())
        .filter(|id| !own.contains(id))
        .collect();
    // Her own-strength tokens are part of her: a link to them is a link to the centre.
    let is_centre = |id: &str| id == PERSONA || own.contains(id) || Some(id) == regisseur;
    let mut to_centre: BTreeSet<&str> = BTreeSet::new();
    let mut cross: BTreeSet<&str> = BTreeSet::new();
    let mut tension_links = 0;
    let role_of = |id: &str| board.token(id).map(|t| t.role.as_str());
    for link in &board.links {
        // Tension lines are counted apart: they show friction, not coherence.
        if link.kind == LinkKind::Tension {
            tension_links += 1;
            continue;
        }
        let (a, b) = (link.from.as_str(), link.to.as_str());
        match (is_centre(a), is_centre(b)) {
            // Two cards of one role are one helper: a line between them links nobody.
            (false, false) if role_of(a) == role_of(b) => {}
            (true, false) => {
                to_centre.insert(b);
            }
            (false, true) => {
                to_centre.insert(a);
            }
            (false, false) => {
                cross.insert(a);
                cross.insert(b);
            }
            (true, true) => {
                // The regisseur linked to the persona: she is at the centre too.
                for end in [a, b] {
                    if Some(end) == regisseur {
                        to_centre.insert(end);
                    }
                }
            }
        }
    }
    let n = supporters.len();
    let centre_share = round3(ratio(
        supporters
            .iter()
            .filter(|id| to_centre.contains(*id))
            .count(),
        n,
    ));
    let cross_share = round3(ratio(
        supporters.iter().filter(|id| cross.contains(*id)).count(),
        n,
    ));
    let groups = clusters(&supporters, board);
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
    let score = if n == 0 {
        0.0
    } else {
        round3(0.35 * centre_share + 0.35 * connected + 0.2 * regisseur_part + 0.1 * calm)
    };

    // Shells: every link joins neighbouring layers (persona/own → network → professionals),
    // the network is linked to her, and professionals are reached through the network.
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
    let shells = !layers.is_empty()
        && layers.iter().all(|(a, b)| a.abs_diff(*b) == 1)
        && layers.iter().any(|(a, b)| a.min(b) == &0)
        && layers.iter().any(|(a, b)| a.max(b) == &2)
        && regisseur.is_none();

    let cooperative = links - tension_links;
    let image = if n == 0 || cooperative == 0 {
        Image::GeenSamenhang
    } else if shells {
        Image::Schillen
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
        tension_links,
    }
}

fn balance(board: &Board, kind_of: &dyn Fn(&Token) -> RingKind) -> Balance {
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

/// What changed from `before` to `after` (two moments, or baseline and variant).
pub fn change(s: &Scenario, before: &Board, after: &Board) -> Change {
    let (a, b) = (analyse(s, before), analyse(s, after));
    let ids =
        |board: &Board| -> BTreeSet<String> { board.tokens.iter().map(|t| t.id.clone()).collect() };
    let (ib, ia) = (ids(before), ids(after));
    let lost: Vec<TokenId> = before
        .tokens
        .iter()
        .filter(|t| !ia.contains(&t.id))
        .map(|t| t.id.clone())
        .collect();
    let added: Vec<TokenId> = after
        .tokens
        .iter()
        .filter(|t| !ib.contains(&t.id))
        .map(|t| t.id.clone())
        .collect();
    let needs_added: Vec<NeedId> = after
        .needs
        .iter()
        .filter(|n| !before.needs.iter().any(|m| m.id == n.id))
        .map(|n| n.id.clone())
        .collect();
    let keys_a: BTreeSet<_> = a.gaps.iter().map(Gap::key).collect();
    let keys_b: BTreeSet<_> = b.gaps.iter().map(Gap::key).collect();
    let gaps_opened: Vec<Gap> = b
        .gaps
        .iter()
        .filter(|g| !keys_a.contains(&g.key()))
        .cloned()
        .collect();
    let gaps_closed: Vec<Gap> = a
        .gaps
        .iter()
        .filter(|g| !keys_b.contains(&g.key()))
        .cloned()
        .collect();
    Change {
        lost,
        added,
        needs_added,
        gaps_opened,
        gaps_closed,
        image_before: a.coherence.image,
        image_after: b.coherence.image,
        score_before: a.coherence.score,
        score_after: b.coherence.score,
    }
}

/// What a reflection round points at on the wheel.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Highlighted {
    pub tokens: BTreeSet<TokenId>,
    pub ended: BTreeSet<TokenId>,
    pub domains: BTreeSet<DomainId>,
    pub links: bool,
    pub gaps: Vec<Gap>,
}

/// The tokens, domains and findings a set of highlights points at.
pub fn highlight(
    s: &Scenario,
    board: &Board,
    analysis: &Analysis,
    wanted: &[Highlight],
) -> Highlighted {
    let mut out = Highlighted::default();
    let take = |kind: GapKind, out: &mut Highlighted| {
        for g in analysis.gaps.iter().filter(|g| g.kind == kind) {
            out.tokens.extend(
                g.tokens
                    .iter()
                    .filter(|t| board.token(t).is_some())
                    .cloned(),
            );
            out.domains.extend(g.domain.iter().cloned());
            out.gaps.push(g.clone());
        }
    };
    for h in wanted {
        match h {
            Highlight::UnservedNeeds => take(GapKind::UnservedNeed, &mut out),
            Highlight::EndedSupport => {
                take(GapKind::EndedSupport, &mut out);
                out.ended
                    .extend(board.ended.iter().map(|e| e.token.id.clone()));
            }
            Highlight::OnlyProfessional => take(GapKind::OnlyProfessional, &mut out),
            Highlight::Fragmentation => take(GapKind::Fragmentation, &mut out),
            Highlight::CollidingAssignments => {
                take(GapKind::CollidingAssignments, &mut out);
                let roles: BTreeSet<&str> = analysis
                    .gaps
                    .iter()
                    .filter(|g| g.kind == GapKind::CollidingAssignments)
                    .flat_map(|g| g.roles.iter().map(|r| r.as_str()))
                    .collect();
                out.tokens.extend(
                    board
                        .tokens
                        .iter()
                        .filter(|t| roles.contains(t.role.as_str()))
                        .map(|t| t.id.clone()),
                );
            }
            Highlight::Links => out.links = true,
            Highlight::Regisseur => out.tokens.extend(board.regisseur.iter().cloned()),
            Highlight::OwnStrength => {
                let own: Vec<TokenId> = board
                    .tokens
                    .iter()
                    .filter(|t| s.ring_kind(&t.ring) == Some(RingKind::EigenKracht))
                    .map(|t| t.id.clone())
                    .collect();
                out.tokens.extend(own);
            }
            Highlight::Change => {
                out.ended
                    .extend(board.ended.iter().map(|e| e.token.id.clone()));
            }
        }
    }
    out
}

/// The default reflection rounds (seed 004), used when a scenario lists none: their
/// texts come from the catalogues (`round-<id>-title`, `round-<id>-q<n>`), with `{naam}`
/// left in for `fill` to replace by the persona's name.
pub fn default_rounds() -> Vec<Round> {
    use Highlight::*;
    let rounds: [(&str, usize, &[Highlight]); 6] = [
        ("gesteund", 2, &[OwnStrength, UnservedNeeds]),
        ("wat_valt_op", 2, &[UnservedNeeds, OnlyProfessional]),
        ("wie_met_wie", 3, &[Links, Regisseur, Fragmentation]),
        ("botsende_opdrachten", 2, &[CollidingAssignments]),
        ("verandering", 2, &[EndedSupport, Change]),
        ("meenemen", 2, &[]),
    ];
    let naam = || -> [(&str, Arg); 1] { [("naam", "{naam}".into())] };
    rounds
        .iter()
        .map(|(id, questions, highlights)| {
            let key = id.replace('_', "-");
            Round {
                id: id.to_string(),
                title: both(&format!("round-{key}-title"), &naam()),
                questions: (1..=*questions)
                    .map(|n| both(&format!("round-{key}-q{n}"), &naam()))
                    .collect(),
                highlights: highlights.to_vec(),
            }
        })
        .collect()
}

/// The rounds of a scenario: its own, or the defaults.
pub fn rounds(s: &Scenario) -> Vec<Round> {
    if s.rounds.is_empty() {
        default_rounds()
    } else {
        s.rounds.clone()
    }
}

/// A round text with the persona's name filled in.
pub fn fill(template: &str, s: &Scenario) -> String {
    template.replace("{naam}", &s.persona.name)
}
