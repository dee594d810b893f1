//! The analysis a room reflects on: coverage, gaps, coherence, balance, and change between
//! two boards. A pure function of a board and its scenario. Findings are facts: kinds, ids
//! and numbers; `crate::words` puts them into words in either language.
//!
//! The coherence score and image rules are documented in `docs/analysis.md`; keep the two
//! in step.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

mod cards;
mod coherence;
mod gaps;
mod rounds;
mod top;

pub use rounds::{
    Highlighted, consent_round, default_rounds, fill, highlight, rounds, turns_adult,
};
pub use top::{MAX_OF_ONE_KIND, ROOM_ORDER, TOP_FINDINGS, top_findings};

use crate::board::Board;
use crate::scenario::*;
use crate::text::Text;
use cards::Cards;

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

    /// Where a gap is, across two boards: the same place with other cards or roles is the
    /// same gap, changed. A need without support is about its need, ended support about
    /// its card and event; the others about their domain.
    fn place(&self) -> (GapKind, Option<DomainId>, Option<EventId>, Vec<String>) {
        let about = match self.kind {
            GapKind::UnservedNeed => self.needs.clone(),
            GapKind::EndedSupport => self.tokens.clone(),
            _ => Vec::new(),
        };
        (self.kind, self.domain.clone(), self.event.clone(), about)
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
    /// Samenhang met een centrale entiteit: the supporters are linked to the centre and
    /// hardly to each other. Every client who drew coherence drew this, with herself in
    /// the centre: she is the one who makes it hang together.
    CentraleEntiteit,
    /// Samenhang met een centrale entiteit en dwarsverbanden, the spider's web: links to
    /// the centre and between supporters. Drawn most by professionals, by no client.
    Spinnenweb,
    /// Samenhang uit dwarsverbanden zonder centrale entiteit: supporters linked to each
    /// other, the person's place unclear.
    Dwarsverbanden,
    /// Geen samenhang: loose units of help, chaos.
    GeenSamenhang,
    /// Shells: the network around her, professionals around the network.
    Schillen,
    /// Los van de cliënt, met een verbinder: one helper links all the others with her;
    /// the integral work happens apart from her.
    Verbinder,
}

/// How many of the drawings in seed 003 (table 3) showed an image: 19 clients and 44
/// professionals drew one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Drawn {
    pub clients: u32,
    pub professionals: u32,
}

impl Drawn {
    /// The number of clients and of professionals whose drawings seed 003 classified.
    pub const CLIENTS: u32 = 19;
    pub const PROFESSIONALS: u32 = 44;
}

impl Image {
    pub const ALL: [Image; 6] = [
        Image::CentraleEntiteit,
        Image::Spinnenweb,
        Image::Dwarsverbanden,
        Image::GeenSamenhang,
        Image::Schillen,
        Image::Verbinder,
    ];

    /// The counts of seed 003, table 3 (clients / professionals).
    pub fn drawn(self) -> Drawn {
        let (clients, professionals) = match self {
            Image::CentraleEntiteit => (6, 5),
            Image::Spinnenweb => (0, 13),
            Image::Dwarsverbanden => (0, 5),
            Image::GeenSamenhang => (7, 0),
            Image::Schillen => (1, 5),
            Image::Verbinder => (1, 2),
        };
        Drawn {
            clients,
            professionals,
        }
    }
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
    /// The two ends of each tension line, as written (a card id or `"persona"`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tension: Vec<(TokenId, TokenId)>,
    /// The verbinder: the one helper who links all the others with her
    /// (`Image::Verbinder` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verbinder: Option<TokenId>,
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
    /// Gaps on the board after that were not there before, in any form.
    pub gaps_opened: Vec<Gap>,
    /// Gaps on the board before that are gone after, in any form.
    pub gaps_closed: Vec<Gap>,
    /// Gaps at the same place on both boards (kind, domain, and the need or the ended
    /// card they are about) whose cards or roles differ.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gaps_changed: Vec<GapChanged>,
    /// Self-reliance (ZRM) levels that differ, in the scenario's domain order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub self_reliance: Vec<LevelChange>,
    pub image_before: Image,
    pub image_after: Image,
    pub score_before: f64,
    pub score_after: f64,
}

/// One gap before and after, where only who is involved changed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GapChanged {
    pub before: Gap,
    pub after: Gap,
}

/// A domain whose self-reliance level differs between two boards.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LevelChange {
    pub domain: DomainId,
    pub before: Option<Level>,
    pub after: Option<Level>,
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

/// The needs and goals that some card on the board serves.
fn served(board: &Board) -> BTreeSet<&str> {
    board
        .tokens
        .iter()
        .flat_map(|t| t.serves.iter().map(|n| n.as_str()))
        .collect()
}

/// The needs and goals in `domain` that nothing on the board serves.
fn unserved_in(
    needs: &[(&str, &str, &Text)],
    served: &BTreeSet<&str>,
    domain: &str,
) -> Vec<NeedId> {
    needs
        .iter()
        .filter(|(id, d, _)| *d == domain && !served.contains(id))
        .map(|(id, _, _)| id.to_string())
        .collect()
}

/// The support one domain has, ring by ring, and what nothing serves there.
fn domain_coverage(
    cards: &Cards,
    needs: &[(&str, &str, &Text)],
    served: &BTreeSet<&str>,
    domain: &str,
) -> DomainCoverage {
    let mut c = DomainCoverage {
        domain: domain.to_string(),
        eigen_kracht: vec![],
        informeel: vec![],
        gemeente: vec![],
        rijk: vec![],
        unserved: unserved_in(needs, served, domain),
        self_reliance: cards.board.self_reliance(domain),
    };
    for &card in cards.in_domain(domain) {
        let bucket = match cards.kind(card) {
            RingKind::EigenKracht => &mut c.eigen_kracht,
            RingKind::Informeel => &mut c.informeel,
            RingKind::Gemeente => &mut c.gemeente,
            RingKind::Rijk => &mut c.rijk,
        };
        bucket.push(cards.id(card).to_string());
    }
    c
}

/// The whole analysis of a board.
pub fn analyse(s: &Scenario, board: &Board) -> Analysis {
    let cards = Cards::new(s, board);
    let served = served(board);
    let needs = needs_and_goals(s, board);
    // Coverage per domain, in the scenario's order.
    let coverage: Vec<DomainCoverage> = s
        .domains
        .iter()
        .map(|d| domain_coverage(&cards, &needs, &served, &d.id))
        .collect();

    let mut gaps = Vec::new();
    gaps::unserved_gaps(&needs, &served, &mut gaps);
    gaps::ended_gaps(board, &needs, &served, &mut gaps);
    gaps::only_professional_gaps(&coverage, &cards, &mut gaps);
    gaps::fragmentation_gaps(s, &cards, &mut gaps);
    gaps::colliding_gaps(s, board, &mut gaps);

    Analysis {
        coherence: coherence::coherence(&cards),
        balance: coherence::balance(&cards),
        coverage,
        gaps,
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
    let (gaps_opened, gaps_closed, gaps_changed) = gap_changes(&a.gaps, &b.gaps);
    Change {
        lost,
        added,
        needs_added,
        gaps_opened,
        gaps_closed,
        gaps_changed,
        self_reliance: level_changes(s, before, after),
        image_before: a.coherence.image,
        image_after: b.coherence.image,
        score_before: a.coherence.score,
        score_after: b.coherence.score,
    }
}

/// Gaps that opened, closed, and changed (the same place, other cards or roles).
fn gap_changes(before: &[Gap], after: &[Gap]) -> (Vec<Gap>, Vec<Gap>, Vec<GapChanged>) {
    let keys_a: BTreeSet<_> = before.iter().map(Gap::key).collect();
    let keys_b: BTreeSet<_> = after.iter().map(Gap::key).collect();
    let mut gone: Vec<&Gap> = before
        .iter()
        .filter(|g| !keys_b.contains(&g.key()))
        .collect();
    let mut opened = Vec::new();
    let mut changed = Vec::new();
    for g in after.iter().filter(|g| !keys_a.contains(&g.key())) {
        match gone.iter().position(|old| old.place() == g.place()) {
            Some(i) => changed.push(GapChanged {
                before: gone.remove(i).clone(),
                after: g.clone(),
            }),
            None => opened.push(g.clone()),
        }
    }
    (opened, gone.into_iter().cloned().collect(), changed)
}

/// Self-reliance levels that differ between two boards, in the scenario's domain order.
fn level_changes(s: &Scenario, before: &Board, after: &Board) -> Vec<LevelChange> {
    s.domains
        .iter()
        .filter_map(|d| {
            let (b, a) = (before.self_reliance(&d.id), after.self_reliance(&d.id));
            (b != a).then(|| LevelChange {
                domain: d.id.clone(),
                before: b,
                after: a,
            })
        })
        .collect()
}
