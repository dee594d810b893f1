//! The analysis a room reflects on: coverage, gaps, coherence, balance, and change between
//! two boards. A pure function of a board and its scenario; every finding explains itself
//! in Dutch and English and names the tokens and domains involved.
//!
//! The coherence score and image rules are documented in `docs/analysis.md`; keep the two
//! in step.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use crate::board::Board;
use crate::scenario::*;
use crate::text::{Lang, Text};

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

impl GapKind {
    pub fn title(self) -> Text {
        match self {
            GapKind::UnservedNeed => Text::both("Behoefte zonder steun", "Need without support"),
            GapKind::EndedSupport => Text::both("Steun weggevallen", "Support ended"),
            GapKind::OnlyProfessional => Text::both("Alleen professionals", "Only professionals"),
            GapKind::Fragmentation => {
                Text::both("Ieder zijn eigen plan", "Everyone their own plan")
            }
            GapKind::CollidingAssignments => {
                Text::both("Botsende opdrachten", "Colliding assignments")
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Gap {
    pub kind: GapKind,
    pub domain: Option<DomainId>,
    pub tokens: Vec<TokenId>,
    pub roles: Vec<RoleId>,
    pub needs: Vec<NeedId>,
    pub explanation: Text,
}

impl Gap {
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

impl Image {
    pub fn title(self) -> Text {
        match self {
            Image::CentraleEntiteit => {
                Text::both("Samenhang met een centrum", "Coherence around a centre")
            }
            Image::Spinnenweb => Text::both("Spinnenweb", "Spider's web"),
            Image::Dwarsverbanden => Text::both(
                "Dwarsverbanden zonder centrum",
                "Cross-links without a centre",
            ),
            Image::GeenSamenhang => Text::both("Geen samenhang", "No coherence"),
            Image::Schillen => Text::both("Schillen", "Shells"),
        }
    }

    pub fn meaning(self) -> Text {
        match self {
            Image::CentraleEntiteit => Text::both(
                "Iedereen heeft lijntjes met het midden, maar de helpers kennen elkaar nauwelijks. Zo tekenen cliënten het vaak.",
                "Everyone has lines to the centre, but the helpers hardly know each other. Clients often draw it this way.",
            ),
            Image::Spinnenweb => Text::both(
                "Lijnen naar het midden én tussen de helpers onderling. Zo tekenen de meeste professionals samenwerking.",
                "Lines to the centre and between the helpers. This is how most professionals draw collaboration.",
            ),
            Image::Dwarsverbanden => Text::both(
                "De helpers werken met elkaar, maar de persoon zelf (of een regisseur) zit er niet middenin.",
                "The helpers work with each other, but the person herself (or a regisseur) is not at the heart of it.",
            ),
            Image::GeenSamenhang => Text::both(
                "Losse stukjes hulp zonder verbinding: de persoon houdt het zelf bij elkaar. Een derde van de cliënten tekent het zo.",
                "Loose pieces of help without connections: the person holds it together herself. A third of clients draw it this way.",
            ),
            Image::Schillen => Text::both(
                "Steun als lagen om de persoon: eerst het eigen netwerk, daaromheen de professionals.",
                "Support as layers around the person: her own network first, professionals around it.",
            ),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Coherence {
    pub image: Image,
    /// 0..=1; see `docs/analysis.md` and `score_explanation`.
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
    pub explanation: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Balance {
    pub eigen_kracht: usize,
    pub informeel: usize,
    pub gemeente: usize,
    pub rijk: usize,
    /// Share of all tokens in the two professional rings.
    pub professional_share: f64,
    pub explanation: Text,
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
    pub explanation: Text,
}

/// The display name of a token: who, and what in brackets.
fn token_name(t: &Token, lang: Lang) -> String {
    format!("{} ({})", t.who.get(lang), t.what.get(lang))
}

fn domain_name(s: &Scenario, id: &str, lang: Lang) -> String {
    s.domain(id)
        .map(|d| d.name.get(lang).to_string())
        .unwrap_or_else(|| id.to_string())
}

fn list(items: &[String], lang: Lang) -> String {
    let and = if lang == Lang::Nl { " en " } else { " and " };
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{}{and}{last}", rest.join(", ")),
    }
}

/// Builds a text from one closure run for each language.
fn text(f: impl Fn(Lang) -> String) -> Text {
    Text::both(f(Lang::Nl), f(Lang::En))
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
    unserved_gaps(s, &needs, &served, &mut gaps);
    ended_gaps(s, board, &served, &mut gaps);
    only_professional_gaps(s, &coverage, board, &mut gaps);
    fragmentation_gaps(s, board, &kind_of, &mut gaps);
    colliding_gaps(s, board, &mut gaps);

    Analysis {
        coherence: coherence(s, board, &kind_of),
        balance: balance(board, &kind_of),
        coverage,
        gaps,
    }
}

fn unserved_gaps(
    s: &Scenario,
    needs: &[(&str, &str, &Text)],
    served: &BTreeSet<&str>,
    gaps: &mut Vec<Gap>,
) {
    for (id, domain, need_text) in needs {
        if served.contains(id) {
            continue;
        }
        let name = s.persona.name.as_str();
        gaps.push(Gap {
            kind: GapKind::UnservedNeed,
            domain: Some(domain.to_string()),
            tokens: vec![],
            roles: vec![],
            needs: vec![id.to_string()],
            explanation: text(|l| match l {
                Lang::Nl => format!(
                    "Niemand op het bord helpt {name} met \"{}\" ({}).",
                    need_text.get(l),
                    domain_name(s, domain, l)
                ),
                Lang::En => format!(
                    "Nobody on the board helps {name} with \"{}\" ({}).",
                    need_text.get(l),
                    domain_name(s, domain, l)
                ),
            }),
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
        let open_texts = |l: Lang| -> Vec<String> {
            open.iter()
                .map(|id| {
                    needs_and_goals(s, board)
                        .iter()
                        .find(|(n, _, _)| n == id)
                        .map(|(_, _, tx)| format!("\"{}\"", tx.get(l)))
                        .unwrap_or_default()
                })
                .collect()
        };
        let event = s
            .event(&ended.event)
            .map(|e| e.title.clone())
            .unwrap_or_else(|| Text::nl(&ended.event));
        gaps.push(Gap {
            kind: GapKind::EndedSupport,
            domain: Some(t.domain.clone()),
            tokens: vec![t.id.clone()],
            roles: vec![t.role.clone()],
            needs: open.iter().map(|n| n.to_string()).collect(),
            explanation: text(|l| {
                let what = token_name(t, l);
                let domain = domain_name(s, &t.domain, l);
                let reason = ended.reason.get(l);
                let event = event.get(l);
                let open = open_texts(l);
                match (l, open.is_empty()) {
                    (Lang::Nl, true) => format!("Door \"{event}\" stopt {what} in {domain} ({reason}). Er komt niets voor in de plaats."),
                    (Lang::Nl, false) => format!(
                        "Door \"{event}\" stopt {what} in {domain} ({reason}). Niemand neemt het over: {} blijft liggen.",
                        list(&open, l)
                    ),
                    (Lang::En, true) => format!("Because of \"{event}\", {what} stops in {domain} ({reason}). Nothing takes its place."),
                    (Lang::En, false) => format!(
                        "Because of \"{event}\", {what} stops in {domain} ({reason}). Nobody takes over: {} is left undone.",
                        list(&open, l)
                    ),
                }
            }),
        });
    }
}

fn only_professional_gaps(
    s: &Scenario,
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
        let name = s.persona.name.as_str();
        gaps.push(Gap {
            kind: GapKind::OnlyProfessional,
            domain: Some(c.domain.clone()),
            tokens: ids.clone(),
            roles: unique(tokens.iter().map(|t| t.role.clone())),
            needs: vec![],
            explanation: text(|l| {
                let who: Vec<String> = tokens.iter().map(|t| t.who.get(l).to_string()).collect();
                let domain = domain_name(s, &c.domain, l);
                match l {
                    Lang::Nl => format!(
                        "{domain} rust alleen op professionals ({}). Niets uit de eigen kracht of het netwerk van {name}: wat gebeurt er als hun hulp stopt?",
                        list(&who, l)
                    ),
                    Lang::En => format!(
                        "{domain} rests on professionals only ({}). Nothing from {name}'s own strength or network: what happens when their help stops?",
                        list(&who, l)
                    ),
                }
            }),
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
            kind: GapKind::Fragmentation,
            domain: Some(d.id.clone()),
            tokens: pros.iter().map(|t| t.id.clone()).collect(),
            roles: roles.iter().map(|r| r.to_string()).collect(),
            needs: vec![],
            explanation: text(|l| {
                let who: Vec<String> = pros.iter().map(|t| t.who.get(l).to_string()).collect();
                let domain = d.name.get(l);
                let name = &s.persona.name;
                match l {
                    Lang::Nl => format!(
                        "In {domain} werken {} zonder lijntje met elkaar: {} aparte eilandjes, ieder met een eigen plan. {name} moet het zelf verbinden.",
                        list(&who, l),
                        separate.len()
                    ),
                    Lang::En => format!(
                        "In {domain}, {} work without a line between them: {} separate islands, each with its own plan. {name} has to connect them herself.",
                        list(&who, l),
                        separate.len()
                    ),
                }
            }),
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
        gaps.push(Gap {
            kind: GapKind::CollidingAssignments,
            domain: Some(d.id.clone()),
            tokens: vec![],
            roles: unique(push.iter().chain(hold.iter()).map(|(r, _)| r.id.clone())),
            needs: vec![],
            explanation: text(|l| {
                let side = |v: &[(&Role, &Agenda)]| -> String {
                    let parts: Vec<String> = v.iter().map(|(r, a)| format!("{} (\"{}\")", r.name.get(l), a.why.get(l))).collect();
                    list(&parts, l)
                };
                let domain = d.name.get(l);
                match l {
                    Lang::Nl => format!("Bij {domain} trekken opdrachten tegen elkaar in. Vooruit willen: {}. Eerst rust willen: {}.", side(&push), side(&hold)),
                    Lang::En => format!("On {domain}, assignments pull against each other. Wanting progress: {}. Wanting it to wait: {}.", side(&push), side(&hold)),
                }
            }),
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

fn coherence(s: &Scenario, board: &Board, kind_of: &dyn Fn(&Token) -> RingKind) -> Coherence {
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

    let name = s.persona.name.as_str();
    let regisseur_token = regisseur.and_then(|r| board.token(r));
    let explanation = text(|l| {
        let hw = if n == 1 { "helper" } else { "helpers" };
        let pct = |x: f64| format!("{:.0}%", x * 100.0);
        let reg = match (regisseur_token, l) {
            (Some(t), Lang::Nl) => format!("Regisseur: {}.", t.who.get(l)),
            (Some(t), Lang::En) => format!("Regisseur: {}.", t.who.get(l)),
            (None, Lang::Nl) => "Er is geen regisseur.".to_string(),
            (None, Lang::En) => "There is no regisseur.".to_string(),
        };
        match l {
            Lang::Nl => format!(
                "Beeld: {}. {} Van de {n} {hw} heeft {} een lijn met {name} of de regisseur en {} een lijn met een andere helper; samen vormen ze {} {}. {reg} Samenhangscore {:.2} (0 = los zand, 1 = één geheel).",
                image.title().get(l),
                image.meaning().get(l),
                pct(centre_share),
                pct(cross_share),
                groups.len(),
                if groups.len() == 1 {
                    "groep"
                } else {
                    "losse groepen"
                },
                score
            ),
            Lang::En => format!(
                "Image: {}. {} Of the {n} {hw}, {} have a line to {name} or the regisseur and {} a line to another helper; together they form {} {}. {reg} Coherence score {:.2} (0 = loose sand, 1 = one whole).",
                image.title().get(l),
                image.meaning().get(l),
                pct(centre_share),
                pct(cross_share),
                groups.len(),
                if groups.len() == 1 {
                    "group"
                } else {
                    "separate groups"
                },
                score
            ),
        }
    });

    Coherence {
        image,
        score,
        supporters: n,
        centre_share,
        cross_share,
        clusters: groups.len(),
        regisseur: regisseur.map(str::to_string),
        tension_links,
        explanation,
    }
}

/// How the coherence score is made, for the screen and the report.
pub fn score_explanation() -> Text {
    Text::both(
        "De samenhangscore (0–1) telt vier dingen op: 35% het deel van de helpers met een lijn naar de persoon of de regisseur; 35% het deel van de helpers in de grootste verbonden groep van minstens twee (lijnen via de persoon tellen niet mee); 20% een regisseur (de helft als die geen lijn met de persoon heeft); 10% het deel van de lijnen zonder spanning. Spanningslijnen tellen niet als samenhang.",
        "The coherence score (0–1) adds up four things: 35% the share of helpers with a line to the person or the regisseur; 35% the share of helpers in the largest connected group of at least two (lines through the person do not count); 20% a regisseur (half if she has no line to the person); 10% the share of lines without tension. Tension lines do not count as coherence.",
    )
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
    let explanation = text(|l| {
        let pct = format!("{:.0}%", professional_share * 100.0);
        match (l, total, professional_share) {
            (Lang::Nl, 0, _) => "Er ligt nog geen steun op het bord.".to_string(),
            (Lang::En, 0, _) => "There is no support on the board yet.".to_string(),
            (Lang::Nl, _, p) if p > 0.6 => format!(
                "{pct} van de steun is professioneel: de balans ligt aan de zware kant van het participatiecontinuüm. Wat kunnen eigen kracht en netwerk dragen?"
            ),
            (Lang::En, _, p) if p > 0.6 => format!(
                "{pct} of the support is professional: the balance sits at the heavy end of the participation continuum. What could her own strength and network carry?"
            ),
            (Lang::Nl, _, p) if p < 0.3 => format!(
                "Maar {pct} van de steun is professioneel: eigen kracht en netwerk dragen het meeste. Houden ze dat vol?"
            ),
            (Lang::En, _, p) if p < 0.3 => format!(
                "Only {pct} of the support is professional: her own strength and network carry most. Can they keep it up?"
            ),
            (Lang::Nl, _, _) => format!(
                "{pct} van de steun is professioneel; eigen kracht en netwerk dragen de rest."
            ),
            (Lang::En, _, _) => format!(
                "{pct} of the support is professional; her own strength and network carry the rest."
            ),
        }
    });
    Balance {
        eigen_kracht: e,
        informeel: i,
        gemeente: g,
        rijk: r,
        professional_share,
        explanation,
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
    let name_of = |board: &Board, id: &str, l: Lang| {
        board
            .token(id)
            .map(|t| token_name(t, l))
            .unwrap_or_default()
    };
    let explanation = text(|l| {
        let lost_names: Vec<String> = lost.iter().map(|id| name_of(before, id, l)).collect();
        let added_names: Vec<String> = added.iter().map(|id| name_of(after, id, l)).collect();
        let none = if l == Lang::Nl { "niets" } else { "nothing" };
        let or_none = |v: &[String]| {
            if v.is_empty() {
                none.to_string()
            } else {
                list(v, l)
            }
        };
        match l {
            Lang::Nl => format!(
                "Weg: {}. Erbij: {}. Nieuwe behoeften: {}. {} knelpunten ontstaan, {} opgelost. Samenhang van {:.2} ({}) naar {:.2} ({}).",
                or_none(&lost_names),
                or_none(&added_names),
                needs_added.len(),
                gaps_opened.len(),
                gaps_closed.len(),
                a.coherence.score,
                a.coherence.image.title().get(l),
                b.coherence.score,
                b.coherence.image.title().get(l)
            ),
            Lang::En => format!(
                "Gone: {}. Added: {}. New needs: {}. {} gaps opened, {} closed. Coherence from {:.2} ({}) to {:.2} ({}).",
                or_none(&lost_names),
                or_none(&added_names),
                needs_added.len(),
                gaps_opened.len(),
                gaps_closed.len(),
                a.coherence.score,
                a.coherence.image.title().get(l),
                b.coherence.score,
                b.coherence.image.title().get(l)
            ),
        }
    });
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
        explanation,
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

/// The default reflection rounds (seed 004), used when a scenario lists none.
/// `{naam}` in a text is replaced by the persona's name.
pub fn default_rounds() -> Vec<Round> {
    let round =
        |id: &str, nl: &str, en: &str, questions: &[(&str, &str)], highlights: &[Highlight]| {
            Round {
                id: id.to_string(),
                title: Text::both(nl, en),
                questions: questions
                    .iter()
                    .map(|(nl, en)| Text::both(*nl, *en))
                    .collect(),
                highlights: highlights.to_vec(),
            }
        };
    vec![
        round(
            "gesteund",
            "Voelt {naam} zich gesteund?",
            "Does {naam} feel supported?",
            &[
                (
                    "{naam}, voel je je gesteund? Door wie wel, door wie niet?",
                    "{naam}, do you feel supported? By whom, and by whom not?",
                ),
                (
                    "Wat kan {naam} zelf, en waar staat dat op het bord?",
                    "What can {naam} do herself, and where is that on the board?",
                ),
            ],
            &[Highlight::OwnStrength, Highlight::UnservedNeeds],
        ),
        round(
            "wat_valt_op",
            "Wat valt op?",
            "What stands out?",
            &[
                ("Wat gaat goed?", "What goes well?"),
                (
                    "Wat ontbreekt er? Welke leefgebieden hangen alleen aan professionals?",
                    "What is missing? Which life domains hang on professionals alone?",
                ),
            ],
            &[Highlight::UnservedNeeds, Highlight::OnlyProfessional],
        ),
        round(
            "wie_met_wie",
            "Wie werkt met wie?",
            "Who works with whom?",
            &[
                (
                    "Wie heeft contact met wie? Wie werkt echt samen?",
                    "Who is in contact with whom? Who really works together?",
                ),
                (
                    "Is er één regisseur? Weet iedereen wie dat is?",
                    "Is there one regisseur? Does everyone know who it is?",
                ),
                (
                    "Is de steun op elkaar afgestemd?",
                    "Is the support attuned?",
                ),
            ],
            &[
                Highlight::Links,
                Highlight::Regisseur,
                Highlight::Fragmentation,
            ],
        ),
        round(
            "botsende_opdrachten",
            "Botsende opdrachten",
            "Colliding assignments",
            &[
                (
                    "Welke opdrachten trekken aan {naam} in een andere richting?",
                    "Which assignments pull {naam} different ways?",
                ),
                (
                    "Wie beslist dan wat voorgaat? Praat {naam} daarover mee?",
                    "Who decides what comes first? Does {naam} have a say?",
                ),
            ],
            &[Highlight::CollidingAssignments],
        ),
        round(
            "verandering",
            "Wat veranderde er?",
            "What changed?",
            &[
                (
                    "Wat viel er weg, en wie vangt dat op?",
                    "What fell away, and who catches it?",
                ),
                (
                    "Welke nieuwe vragen kwamen er, en bij wie kan {naam} daarmee terecht?",
                    "Which new questions came up, and where can {naam} go with them?",
                ),
            ],
            &[Highlight::EndedSupport, Highlight::Change],
        ),
        round(
            "meenemen",
            "Herkenning en meenemen",
            "Recognition and take-home",
            &[
                (
                    "Wat herken je uit je eigen praktijk?",
                    "What do you recognise from your own practice?",
                ),
                (
                    "Welk inzicht neem je mee naar huis? Schrijf het op een post-it.",
                    "Which insight do you take home? Write it on a post-it.",
                ),
            ],
            &[],
        ),
    ]
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
