//! The scenario model: everything a persona scenario is, as plain data read from RON.
//!
//! The format is documented for authors in `docs/scenario-format.md`; keep the two in step.

use serde::{Deserialize, Serialize};

use crate::text::Text;
use crate::words::both;

pub type DomainId = String;
pub type RingId = String;
pub type RoleId = String;
pub type TokenId = String;
pub type NeedId = String;
pub type EventId = String;

/// The id a link uses for the persona herself, the centre of the wheel.
pub const PERSONA: &str = "persona";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Short id used on the command line (`samenspel simulate tess`).
    pub id: String,
    pub title: Text,
    /// One line: the situation in a nutshell, shown on the start screen.
    pub summary: Text,
    pub persona: Persona,
    pub domains: Vec<Domain>,
    pub rings: Vec<Ring>,
    pub roles: Vec<Role>,
    /// What the persona needs or wants that support should serve at the start.
    #[serde(default)]
    pub needs: Vec<Need>,
    pub board: StartingBoard,
    #[serde(default)]
    pub events: Vec<Event>,
    #[serde(default)]
    pub variants: Vec<Variant>,
    #[serde(default)]
    pub polls: Vec<Poll>,
    /// Reflection rounds; when empty the game's default rounds are used.
    #[serde(default)]
    pub rounds: Vec<Round>,
    /// Whether the shared event cards (`scenarios/shared/deck.ron`) join this deck.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub shared_deck: bool,
}

fn is_true(b: &bool) -> bool {
    *b
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Persona {
    pub name: String,
    pub age: u8,
    /// Optional picture, a path relative to the scenario file (must stay inside its folder).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub portrait: Option<String>,
    /// Who she is, told as an interview: questions and her answers.
    pub interview: Vec<InterviewLine>,
    /// Her own goals, per domain, in her own words.
    #[serde(default)]
    pub goals: Vec<Goal>,
    /// How self-reliant she is per domain (the five-point Zelfredzaamheid-Matrix scale).
    #[serde(default)]
    pub self_reliance: Vec<SelfReliance>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InterviewLine {
    pub question: Text,
    pub answer: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    pub id: NeedId,
    pub domain: DomainId,
    pub text: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SelfReliance {
    pub domain: DomainId,
    pub level: Level,
}

/// The five levels of the Zelfredzaamheid-Matrix, from acute problem to fully self-reliant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Level {
    AcuutProbleem,
    NietZelfredzaam,
    BeperktZelfredzaam,
    VoldoendeZelfredzaam,
    VolledigZelfredzaam,
}

impl Level {
    pub fn number(self) -> u8 {
        self as u8 + 1
    }

    pub fn label(self) -> Text {
        match self {
            Level::AcuutProbleem => both("level-1", &[]),
            Level::NietZelfredzaam => both("level-2", &[]),
            Level::BeperktZelfredzaam => both("level-3", &[]),
            Level::VoldoendeZelfredzaam => both("level-4", &[]),
            Level::VolledigZelfredzaam => both("level-5", &[]),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Domain {
    pub id: DomainId,
    pub name: Text,
}

/// What kind of support a ring holds; the analysis reasons about rings through this.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum RingKind {
    /// What she does and can herself.
    EigenKracht,
    /// Family, friends, neighbours, volunteers.
    Informeel,
    /// Professionals funded by the municipality (Jeugdwet, Wmo, Participatiewet, …).
    Gemeente,
    /// Professionals or money funded provincially or nationally (Zvw, Wlz, DUO, UWV, …).
    Rijk,
}

impl RingKind {
    pub fn is_professional(self) -> bool {
        matches!(self, RingKind::Gemeente | RingKind::Rijk)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ring {
    pub id: RingId,
    pub kind: RingKind,
    pub name: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub id: RoleId,
    pub name: Text,
    /// The role's assignment (opdracht), read by the player who takes the role.
    pub assignment: Text,
    /// Rings this role may place tokens in; empty means every ring.
    #[serde(default)]
    pub rings: Vec<RingId>,
    /// What the role pushes for or holds back on, per domain; two roles on the board that
    /// push and hold back on the same domain have colliding assignments.
    #[serde(default)]
    pub agenda: Vec<Agenda>,
    /// False for a role that only joins through an event (e.g. the Wmo consultant at 18).
    #[serde(default = "yes")]
    pub present_at_start: bool,
}

fn yes() -> bool {
    true
}

impl Role {
    /// Whether this role may place support in `ring` (no list means every ring).
    pub fn may_use_ring(&self, ring: &str) -> bool {
        self.rings.is_empty() || self.rings.iter().any(|r| r == ring)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agenda {
    pub domain: DomainId,
    pub stance: Stance,
    pub why: Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Stance {
    /// "Dit moet nu": the role presses for progress here (e.g. work first).
    Push,
    /// "Eerst rust": the role wants this to wait (e.g. rest first).
    Hold,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Need {
    pub id: NeedId,
    pub domain: DomainId,
    pub text: Text,
}

/// One piece of support on the board: who gives what, where, under which law, how often.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Token {
    pub id: TokenId,
    pub role: RoleId,
    pub domain: DomainId,
    pub ring: RingId,
    /// Who gives it ("moeder", "mentor fasehuis").
    pub who: Text,
    /// What it is ("kookt op zondag", "wekelijks gesprek").
    pub what: Text,
    /// Law or funding it rests on ("Jeugdwet", "Zvw", "eigen geld").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub law: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<Text>,
    /// Money rather than personal support.
    #[serde(default, skip_serializing_if = "is_false")]
    pub financial: bool,
    /// Needs and goals this token serves, by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub serves: Vec<NeedId>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum LinkKind {
    /// They work together on a shared plan.
    WorksTogether,
    /// They know of each other and are in contact.
    Contact,
    /// There is friction between them.
    Tension,
}

/// A line on the ecomap between two tokens, or between a token and the persona
/// (`"persona"`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub from: TokenId,
    pub to: TokenId,
    pub kind: LinkKind,
}

impl Link {
    /// Whether this link joins `a` and `b`, in either direction.
    pub fn joins(&self, a: &str, b: &str) -> bool {
        (self.from == a && self.to == b) || (self.from == b && self.to == a)
    }

    pub fn touches(&self, id: &str) -> bool {
        self.from == id || self.to == id
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StartingBoard {
    #[serde(default)]
    pub tokens: Vec<Token>,
    #[serde(default)]
    pub links: Vec<Link>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regisseur: Option<TokenId>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum When {
    /// Part of the timeline, played in the order the events are listed.
    #[default]
    Scheduled,
    /// In the deck: drawn during play with the session's seeded random generator.
    Deck,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: EventId,
    pub title: Text,
    pub description: Text,
    #[serde(default)]
    pub when: When,
    /// A deck card that makes sense only after another event (e.g. a premium letter after
    /// "Tess wordt 18"): it is not drawn until that event has happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<EventId>,
    pub effects: Vec<Effect>,
}

/// What an event does to the board.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Effect {
    /// Support stops (e.g. youth care ends at 18); the token leaves a marked hole.
    EndToken {
        token: TokenId,
        reason: Text,
    },
    /// Support goes on but changes: another ring, law, role or description.
    ChangeToken {
        token: TokenId,
        #[serde(default)]
        ring: Option<RingId>,
        #[serde(default)]
        law: Option<String>,
        #[serde(default)]
        role: Option<RoleId>,
        #[serde(default)]
        what: Option<Text>,
        /// The needs and goals it serves from now on, in place of the old list.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        serves: Option<Vec<NeedId>>,
    },
    /// New support appears on the board.
    AddToken(Token),
    /// A new need appears.
    AddNeed(Need),
    /// A need is met or no longer there.
    RemoveNeed {
        need: NeedId,
    },
    /// A role leaves the game: all its tokens end.
    RoleLeaves {
        role: RoleId,
        reason: Text,
    },
    /// A role joins (one with `present_at_start: false`).
    RoleJoins {
        role: RoleId,
    },
    AddLink(Link),
    BreakLink {
        from: TokenId,
        to: TokenId,
    },
    /// A card becomes regisseur, or `"persona"`: she has the regie herself.
    SetRegisseur {
        token: Option<TokenId>,
    },
    SetSelfReliance {
        domain: DomainId,
        level: Level,
    },
    /// The persona's age changes (e.g. to 18).
    SetAge {
        age: u8,
    },
}

impl Effect {
    /// The tokens this effect concerns; a variant can cancel the effects on a token.
    pub fn concerns_token(&self, id: &str) -> bool {
        match self {
            Effect::EndToken { token, .. } | Effect::ChangeToken { token, .. } => token == id,
            Effect::AddToken(t) => t.id == id,
            Effect::AddLink(l) => l.touches(id),
            Effect::BreakLink { from, to } => from == id || to == id,
            _ => false,
        }
    }
}

/// A policy variant: a change of rules, not of story.
/// What kind of change a variant is, so that nobody reads current law as a reform.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum VariantKind {
    /// Room the law already gives (e.g. verlengde jeugdhulp as an individual municipal
    /// decision, art. 9(2) or art. 52 Participatiewet, the Awb hearing).
    RoomInLaw,
    /// A rule that does not exist today.
    NewRule,
    /// A way of working (one regisseur, a joint client meeting): no rule changes.
    WayOfWorking,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Variant {
    pub id: String,
    pub name: Text,
    pub description: Text,
    /// Room in today's law, a new rule, or a way of working.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<VariantKind>,
    /// Effects applied to the starting board (e.g. a debt counsellor from the start).
    #[serde(default)]
    pub start: Vec<Effect>,
    /// Changes to events.
    #[serde(default)]
    pub events: Vec<EventPatch>,
    /// Changes to roles: another assignment or agenda under this rule.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<RolePatch>,
}

/// What a variant changes in a role: what it is asked to do, and what it pushes for or
/// holds back on (e.g. a consultant who may wait with work while she finishes school).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RolePatch {
    pub role: RoleId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignment: Option<Text>,
    /// The whole agenda in place of the old one (`[]` clears it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agenda: Option<Vec<Agenda>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventPatch {
    pub event: EventId,
    /// Drop every effect of the event that concerns one of these tokens.
    #[serde(default)]
    pub cancel_for: Vec<TokenId>,
    /// Drop the event's needs with these ids (the need does not arise under this rule).
    #[serde(default)]
    pub cancel_needs: Vec<NeedId>,
    /// Effects added to the event.
    #[serde(default)]
    pub add: Vec<Effect>,
    /// The event's title under this rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Text>,
    /// The event's description under this rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
}

/// A "stemmen met de voeten" statement to agree or disagree with, or, with `options`, a
/// question where everyone stands by one of several answers ("Waar bent u werkzaam?").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Poll {
    pub id: String,
    pub statement: Text,
    /// The answers to choose from; empty for a statement (agree or disagree).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<PollOption>,
}

/// One answer of a poll with options.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PollOption {
    pub id: String,
    pub text: Text,
}

impl Poll {
    pub fn option(&self, id: &str) -> Option<&PollOption> {
        self.options.iter().find(|o| o.id == id)
    }
}

impl Event {
    /// Whether this event is a harde knip: she turns 18 and support stops with it, because
    /// the law that paid for it ends at 18 (the Jeugdwet), whether the need ends or not.
    pub fn harde_knip(&self) -> bool {
        let turns_18 = self
            .effects
            .iter()
            .any(|e| matches!(e, Effect::SetAge { age: 18 }));
        let ends = self
            .effects
            .iter()
            .any(|e| matches!(e, Effect::EndToken { .. } | Effect::RoleLeaves { .. }));
        turns_18 && ends
    }
}

/// A reflection round the facilitator leads.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Round {
    pub id: String,
    pub title: Text,
    pub questions: Vec<Text>,
    /// Which findings of the analysis this round points at on the board.
    #[serde(default)]
    pub highlights: Vec<Highlight>,
}

/// Kinds of findings a reflection round can highlight on the wheel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Highlight {
    UnservedNeeds,
    EndedSupport,
    OnlyProfessional,
    Fragmentation,
    CollidingAssignments,
    Links,
    Regisseur,
    OwnStrength,
    Change,
}

impl Scenario {
    pub fn domain(&self, id: &str) -> Option<&Domain> {
        self.domains.iter().find(|d| d.id == id)
    }

    pub fn ring(&self, id: &str) -> Option<&Ring> {
        self.rings.iter().find(|r| r.id == id)
    }

    pub fn role(&self, id: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    pub fn poll(&self, id: &str) -> Option<&Poll> {
        self.polls.iter().find(|p| p.id == id)
    }

    pub fn variant(&self, id: &str) -> Option<&Variant> {
        self.variants.iter().find(|v| v.id == id)
    }

    pub fn ring_kind(&self, id: &str) -> Option<RingKind> {
        self.ring(id).map(|r| r.kind)
    }

    /// The events of the timeline, in order.
    pub fn scheduled_events(&self) -> impl Iterator<Item = &Event> {
        self.events.iter().filter(|e| e.when == When::Scheduled)
    }

    /// The events in the deck.
    pub fn deck(&self) -> impl Iterator<Item = &Event> {
        self.events.iter().filter(|e| e.when == When::Deck)
    }

    /// This scenario with a policy variant's event patches applied (`Session::new` applies
    /// its start effects to the starting board). Unknown ids are a validation matter; here
    /// they are skipped.
    pub fn with_variant(&self, variant: &Variant) -> Scenario {
        let mut out = self.clone();
        for patch in &variant.events {
            if let Some(event) = out.events.iter_mut().find(|e| e.id == patch.event) {
                event.effects.retain(|effect| {
                    let cancelled_token = patch.cancel_for.iter().any(|t| effect.concerns_token(t));
                    let cancelled_need =
                        matches!(effect, Effect::AddNeed(n) if patch.cancel_needs.contains(&n.id));
                    !cancelled_token && !cancelled_need
                });
                event.effects.extend(patch.add.iter().cloned());
                if let Some(title) = &patch.title {
                    event.title = title.clone();
                }
                if let Some(description) = &patch.description {
                    event.description = description.clone();
                }
            }
        }
        for patch in &variant.roles {
            if let Some(role) = out.roles.iter_mut().find(|r| r.id == patch.role) {
                if let Some(assignment) = &patch.assignment {
                    role.assignment = assignment.clone();
                }
                if let Some(agenda) = &patch.agenda {
                    role.agenda = agenda.clone();
                }
            }
        }
        // The result names only the variant in force, without its patches (they are part
        // of the events now): the played scenario must validate on its own when a saved
        // session is opened, and must not offer patches that no longer fit its events.
        // The start effects stay as the record of what the variant added to the board.
        out.variants = vec![Variant {
            events: Vec::new(),
            roles: Vec::new(),
            ..variant.clone()
        }];
        out
    }
}
