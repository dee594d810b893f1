//! Facts into words: each fact the engine states names one catalogue message and fills its
//! variables. Scenario texts (names, needs, reasons) are looked up here, in the language
//! asked for, and passed in as variables.

use crate::board::Board;
use crate::reflect::{Balance, Change, Coherence, Drawn, Gap, GapKind, Image};
use crate::scenario::{Level, PERSONA, Scenario, Stance, Token, VariantKind};
use crate::words::{Errors, Msg, Words, decimal, percent};

/// Something the engine states that a person can read: a finding, a refusal, a message.
pub trait Fact {
    /// The catalogue message for this fact, with its variables in `w`'s language. Parts
    /// that are sentences of their own (a list, a title) are put into words on the way,
    /// their errors added to `errors`.
    fn message(&self, w: &Words, errors: &mut Errors) -> Msg;
}

/// What an analysis finding is about: the scenario, the board, and for a change the board
/// before it (a token that is gone is found there).
#[derive(Clone, Copy)]
pub struct On<'a> {
    pub scenario: &'a Scenario,
    pub board: &'a Board,
    pub before: Option<&'a Board>,
}

impl<'a> On<'a> {
    pub fn new(scenario: &'a Scenario, board: &'a Board) -> On<'a> {
        On {
            scenario,
            board,
            before: None,
        }
    }

    pub fn before(mut self, before: &'a Board) -> On<'a> {
        self.before = Some(before);
        self
    }

    /// A finding about this board, ready for `Words::say`.
    pub fn about(self, finding: Finding<'a>) -> About<'a> {
        About { on: self, finding }
    }

    /// Shorthand: the finding in words.
    pub fn say(self, w: &Words, finding: Finding<'a>) -> String {
        w.say(&self.about(finding))
    }

    /// A token on the board, on the board before, or among the support that ended.
    fn token(&self, id: &str) -> Option<&'a Token> {
        self.board
            .token(id)
            .or_else(|| self.before.and_then(|b| b.token(id)))
            .or_else(|| {
                self.board
                    .ended
                    .iter()
                    .find(|e| e.token.id == id)
                    .map(|e| &e.token)
            })
    }
}

/// What the analysis finds, by kind; the numbers and ids are in the referenced structs.
#[derive(Clone, Copy, Debug)]
pub enum Finding<'a> {
    Gap(&'a Gap),
    ImageMeaning(Image),
    Coherence(&'a Coherence),
    Balance(&'a Balance),
    Change(&'a Change),
    /// How the coherence score is made (no board needed, but read beside one).
    ScoreRule,
}

/// A finding with what it is about.
#[derive(Clone, Copy)]
pub struct About<'a> {
    pub on: On<'a>,
    pub finding: Finding<'a>,
}

impl Fact for About<'_> {
    fn message(&self, w: &Words, errors: &mut Errors) -> Msg {
        let on = &self.on;
        match self.finding {
            Finding::Gap(g) => gap(on, g, w, errors),
            Finding::ImageMeaning(image) => image_meaning(image),
            Finding::Coherence(c) => with_tension(on, c, coherence(on, c, w, errors), w, errors),
            Finding::Balance(b) => balance(b),
            Finding::Change(c) => {
                let said = change(on, c, w, errors);
                let said = with_changed_gaps(c, said, w, errors);
                with_levels(on, c, said, w, errors)
            }
            Finding::ScoreRule => Msg::new("analysis-score-rule"),
        }
    }
}

/// The short title of a kind of gap: a fact that needs no board.
impl Fact for GapKind {
    fn message(&self, _: &Words, _: &mut Errors) -> Msg {
        Msg::new(gap_title_id(*self))
    }
}

/// What kind of change a policy variant is: room in today's law, a new rule, or a way of
/// working.
impl Fact for VariantKind {
    fn message(&self, _: &Words, _: &mut Errors) -> Msg {
        Msg::new(match self {
            VariantKind::RoomInLaw => "variant-kind-room-in-law",
            VariantKind::NewRule => "variant-kind-new-rule",
            VariantKind::WayOfWorking => "variant-kind-way-of-working",
        })
    }
}

/// The title of a coherence image.
impl Fact for Image {
    fn message(&self, _: &Words, _: &mut Errors) -> Msg {
        Msg::new(image_ids(*self).0)
    }
}

fn gap_title_id(kind: GapKind) -> &'static str {
    match kind {
        GapKind::UnservedNeed => "analysis-gap-unserved-need",
        GapKind::EndedSupport => "analysis-gap-ended-support",
        GapKind::OnlyProfessional => "analysis-gap-only-professional",
        GapKind::Fragmentation => "analysis-gap-fragmentation",
        GapKind::CollidingAssignments => "analysis-gap-colliding-assignments",
    }
}

/// The title and meaning message of an image.
fn image_ids(image: Image) -> (&'static str, &'static str) {
    match image {
        Image::CentraleEntiteit => ("analysis-image-centre", "analysis-image-centre-meaning"),
        Image::Spinnenweb => ("analysis-image-web", "analysis-image-web-meaning"),
        Image::Dwarsverbanden => ("analysis-image-cross", "analysis-image-cross-meaning"),
        Image::GeenSamenhang => ("analysis-image-none", "analysis-image-none-meaning"),
        Image::Schillen => ("analysis-image-shells", "analysis-image-shells-meaning"),
        Image::Verbinder => ("analysis-image-hub", "analysis-image-hub-meaning"),
    }
}

/// What an image means for the person in the centre, with the counts of seed 003 beside
/// it: how many of the clients and of the professionals drew it.
fn image_meaning(image: Image) -> Msg {
    let drawn = image.drawn();
    Msg::new(image_ids(image).1)
        .arg("clients", drawn.clients)
        .arg("professionals", drawn.professionals)
        .arg("clients_total", Drawn::CLIENTS)
        .arg("professionals_total", Drawn::PROFESSIONALS)
}

fn domain_name(on: &On, id: &str, w: &Words) -> String {
    on.scenario
        .domain(id)
        .map(|d| d.name.get(w.lang).to_string())
        .unwrap_or_else(|| id.to_string())
}

/// The text of a need or goal that applies on the board, quoted as the sentences show it.
fn need_text(on: &On, id: &str, w: &Words) -> String {
    let board = on.board.needs.iter().find(|n| n.id == id).map(|n| &n.text);
    let goal = || on.scenario.persona.goals.iter().find(|g| g.id == id);
    board
        .or_else(|| goal().map(|g| &g.text))
        .map(|t| t.get(w.lang).to_string())
        .unwrap_or_else(|| id.to_string())
}

/// "who (what)" of a token, or its id when it is nowhere to be found.
fn token_name(on: &On, id: &str, w: &Words, errors: &mut Errors) -> String {
    match on.token(id) {
        Some(t) => name_of(t, w, errors),
        None => id.to_string(),
    }
}

fn name_of(t: &Token, w: &Words, errors: &mut Errors) -> String {
    let m = Msg::new("analysis-token")
        .arg("who", t.who.get(w.lang).to_string())
        .arg("what", t.what.get(w.lang).to_string());
    w.msg(&m, errors)
}

/// The givers of these cards, each named once (one giver with two cards is one helper).
fn who(on: &On, ids: &[String], w: &Words, errors: &mut Errors) -> String {
    let mut names: Vec<String> = Vec::new();
    for id in ids {
        let name = on
            .token(id)
            .map(|t| t.who.get(w.lang).to_string())
            .unwrap_or_else(|| id.clone());
        if !names.contains(&name) {
            names.push(name);
        }
    }
    w.list(&names, errors)
}

fn gap(on: &On, g: &Gap, w: &Words, errors: &mut Errors) -> Msg {
    let domain = g
        .domain
        .as_deref()
        .map(|d| domain_name(on, d, w))
        .unwrap_or_default();
    let name = on.scenario.persona.name.clone();
    match g.kind {
        GapKind::UnservedNeed => Msg::new("analysis-unserved-need")
            .arg("name", name)
            .arg("need", need_text(on, g.needs.first().map_or("", |n| n), w))
            .arg("domain", domain),
        GapKind::EndedSupport => ended(on, g, domain, w, errors),
        GapKind::OnlyProfessional => Msg::new("analysis-only-professional")
            .arg("domain", domain)
            .arg("who", who(on, &g.tokens, w, errors))
            .arg("name", name),
        GapKind::Fragmentation => Msg::new("analysis-fragmentation")
            .arg("domain", domain)
            .arg("who", who(on, &g.tokens, w, errors))
            .arg("islands", g.islands.unwrap_or(0))
            .arg("name", name),
        GapKind::CollidingAssignments => {
            let d = g.domain.as_deref().unwrap_or("");
            Msg::new("analysis-colliding-assignments")
                .arg("domain", domain)
                .arg("push", side(on, d, &g.pushing, Stance::Push, w, errors))
                .arg("hold", side(on, d, &g.holding, Stance::Hold, w, errors))
        }
    }
}

/// Support that ended: which event, which card, why, and what is left undone.
fn ended(on: &On, g: &Gap, domain: String, w: &Words, errors: &mut Errors) -> Msg {
    let token = g.tokens.first().map_or("", |t| t.as_str());
    let entry = on
        .board
        .ended
        .iter()
        .find(|e| e.token.id == token && Some(&e.event) == g.event.as_ref());
    let event = g.event.as_deref().unwrap_or("");
    let title = on
        .scenario
        .event(event)
        .map(|e| e.title.get(w.lang).to_string())
        .unwrap_or_else(|| event.to_string());
    let open: Vec<String> = g
        .needs
        .iter()
        .map(|n| format!("\"{}\"", need_text(on, n, w)))
        .collect();
    // Support that stops because she turns 18 is named for what it is: a harde knip.
    let knip = on.scenario.event(event).is_some_and(|e| e.harde_knip());
    let id = match (knip, open.is_empty()) {
        (false, true) => "analysis-ended-support",
        (false, false) => "analysis-ended-support-open",
        (true, true) => "analysis-ended-support-knip",
        (true, false) => "analysis-ended-support-knip-open",
    };
    Msg::new(id)
        .arg("event", title)
        .arg(
            "token",
            match entry {
                // The card as it was when it ended, even if one with its id came back.
                Some(e) => name_of(&e.token, w, errors),
                None => token_name(on, token, w, errors),
            },
        )
        .arg("domain", domain)
        .arg(
            "reason",
            entry.map_or(String::new(), |e| e.reason.get(w.lang).to_string()),
        )
        .arg("open", w.list(&open, errors))
}

/// One side of colliding assignments: each role with why it pushes or holds back.
fn side(
    on: &On,
    domain: &str,
    roles: &[String],
    stance: Stance,
    w: &Words,
    errors: &mut Errors,
) -> String {
    let parts: Vec<String> = roles
        .iter()
        .filter_map(|id| on.scenario.role(id))
        .map(|r| {
            let why = r
                .agenda
                .iter()
                .find(|a| a.domain == domain && a.stance == stance)
                .map_or("", |a| a.why.get(w.lang));
            let m = Msg::new("analysis-side")
                .arg("role", r.name.get(w.lang).to_string())
                .arg("why", why.to_string());
            w.msg(&m, errors)
        })
        .collect();
    w.list(&parts, errors)
}

fn coherence(on: &On, c: &Coherence, w: &Words, errors: &mut Errors) -> Msg {
    let title = image_ids(c.image).0;
    let regisseur = c.regisseur.as_deref().and_then(|r| on.board.token(r));
    let name = on.scenario.persona.name.clone();
    let reg = match regisseur {
        None if c.regisseur.as_deref() == Some(PERSONA) => {
            Msg::new("analysis-regisseur-self").arg("name", name)
        }
        Some(t) => Msg::new("analysis-regisseur").arg("who", t.who.get(w.lang).to_string()),
        None => Msg::new("analysis-no-regisseur"),
    };
    Msg::new("analysis-coherence")
        .arg("image", w.format(title, &[], errors))
        .arg("meaning", w.msg(&image_meaning(c.image), errors))
        .arg("helpers", c.supporters)
        .arg("centre", percent(c.centre_share))
        .arg("cross", percent(c.cross_share))
        .arg("name", on.scenario.persona.name.clone())
        .arg("groups", c.clusters)
        .arg("regisseur", w.msg(&reg, errors))
        .arg("described", w.format(described(c.score), &[], errors))
        .arg("score", decimal(c.score))
}

/// The coherence measure as a description of the lines, not a grade (seed 004: the game
/// has no winners and no losers).
fn described(score: f64) -> &'static str {
    if score < 0.34 {
        "analysis-described-loose"
    } else if score < 0.67 {
        "analysis-described-partly"
    } else {
        "analysis-described-whole"
    }
}

fn balance(b: &Balance) -> Msg {
    let total = b.eigen_kracht + b.informeel + b.gemeente + b.rijk;
    let p = b.professional_share;
    let id = match total {
        0 => "analysis-balance-empty",
        _ if p > 0.6 => "analysis-balance-heavy",
        _ if p < 0.3 => "analysis-balance-light",
        _ => "analysis-balance-middle",
    };
    Msg::new(id).arg("share", percent(p))
}

fn change(on: &On, c: &Change, w: &Words, errors: &mut Errors) -> Msg {
    let mut names = |ids: &[String]| -> String {
        if ids.is_empty() {
            return w.format("analysis-nothing", &[], errors);
        }
        let names: Vec<String> = ids.iter().map(|id| token_name(on, id, w, errors)).collect();
        w.list(&names, errors)
    };
    let (lost, added) = (names(&c.lost), names(&c.added));
    Msg::new("analysis-change")
        .arg("lost", lost)
        .arg("added", added)
        .arg("needs", c.needs_added.len())
        .arg("opened", c.gaps_opened.len())
        .arg("closed", c.gaps_closed.len())
        .arg("score_before", decimal(c.score_before))
        .arg(
            "image_before",
            w.format(image_ids(c.image_before).0, &[], errors),
        )
        .arg("score_after", decimal(c.score_after))
        .arg(
            "image_after",
            w.format(image_ids(c.image_after).0, &[], errors),
        )
}

/// The coherence sentence, naming the tension lines when there are any: they are counted
/// in the measure, and the room should know between whom.
fn with_tension(on: &On, c: &Coherence, said: Msg, w: &Words, errors: &mut Errors) -> Msg {
    if c.tension.is_empty() {
        return said;
    }
    let end = |id: &str| -> String {
        if id == PERSONA {
            return on.scenario.persona.name.clone();
        }
        on.token(id)
            .map(|t| t.who.get(w.lang).to_string())
            .unwrap_or_else(|| id.to_string())
    };
    let pairs: Vec<String> = c
        .tension
        .iter()
        .map(|(a, b)| {
            let m = Msg::new("analysis-tension-pair")
                .arg("a", end(a))
                .arg("b", end(b));
            w.msg(&m, errors)
        })
        .collect();
    Msg::new("analysis-with-tension")
        .arg("text", w.msg(&said, errors))
        .arg("pairs", w.list(&pairs, errors))
}

/// The change sentence, saying how many gaps stayed but with other cards or roles.
fn with_changed_gaps(c: &Change, said: Msg, w: &Words, errors: &mut Errors) -> Msg {
    if c.gaps_changed.is_empty() {
        return said;
    }
    Msg::new("analysis-with-changed")
        .arg("text", w.msg(&said, errors))
        .arg("changed", c.gaps_changed.len())
}

/// The change sentence, with the self-reliance levels that moved.
fn with_levels(on: &On, c: &Change, said: Msg, w: &Words, errors: &mut Errors) -> Msg {
    if c.self_reliance.is_empty() {
        return said;
    }
    let level = |l: Option<Level>, errors: &mut Errors| match l {
        Some(l) => {
            let m = Msg::new("analysis-level")
                .arg("number", l.number())
                .arg("label", l.label().get(w.lang).to_string());
            w.msg(&m, errors)
        }
        None => w.format("analysis-level-none", &[], errors),
    };
    let moves: Vec<String> = c
        .self_reliance
        .iter()
        .map(|m| {
            let msg = Msg::new("analysis-level-change")
                .arg("domain", domain_name(on, &m.domain, w))
                .arg("before", level(m.before, errors))
                .arg("after", level(m.after, errors));
            w.msg(&msg, errors)
        })
        .collect();
    Msg::new("analysis-with-levels")
        .arg("text", w.msg(&said, errors))
        .arg("levels", w.list(&moves, errors))
}
