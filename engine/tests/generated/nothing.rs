//! Scenarios built from nothing: a wheel of 1–16 domains, 0–40 roles, 0–300 cards, links
//! of every kind, timeline and deck events with every kind of effect in any order,
//! variants that patch events (their effects, title and description) and roles, statements
//! and questions with answers, and reflection rounds. Built valid by
//! construction (every id it names exists where the checker looks for it), then broken
//! on purpose a chosen number of times: a wrong reference, a duplicate id, a missing
//! Dutch text, an impossible age, a card in a ring its role may not use, and so on.

use rand::seq::{IndexedRandom, SliceRandom};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use samenspel_engine::scenario::*;
use samenspel_engine::text::Text;

/// How big a scenario to build, and how often to break it. Proptest shrinks these.
#[derive(Clone, Debug)]
pub struct Shape {
    pub domains: usize,
    pub roles: usize,
    pub cards: usize,
    pub links: usize,
    pub needs: usize,
    pub events: usize,
    pub effects: usize,
    pub variants: usize,
    pub rounds: usize,
    pub polls: usize,
    pub breaks: usize,
    pub seed: u64,
}

const RINGS: [(&str, RingKind); 4] = [
    ("eigen", RingKind::EigenKracht),
    ("informeel", RingKind::Informeel),
    ("gemeente", RingKind::Gemeente),
    ("rijk", RingKind::Rijk),
];

fn text(rng: &mut ChaCha8Rng, nl: &str) -> Text {
    // Dutch always; English sometimes, and now and then with characters from afar.
    match rng.random_range(0..4) {
        0 => Text::nl(nl),
        1 => Text::both(nl, format!("{nl} – «ünï» 👋")),
        _ => Text::both(nl, nl.to_uppercase()),
    }
}

/// The builder's memory: what exists so far, so that every reference it writes is sound.
struct Build {
    rng: ChaCha8Rng,
    s: Scenario,
    /// Cards on the board at this point of the timeline (and the persona).
    there: Vec<String>,
    /// Every need id (starting, goals, added by events).
    needs: Vec<String>,
    next: usize,
}

impl Build {
    fn fresh(&mut self, base: &str) -> String {
        self.next += 1;
        format!("{base}_{}", self.next)
    }

    fn domain(&mut self) -> String {
        self.s
            .domains
            .choose(&mut self.rng)
            .map(|d| d.id.clone())
            .unwrap_or_default()
    }

    fn role(&mut self) -> Option<Role> {
        self.s.roles.choose(&mut self.rng).cloned()
    }

    /// A new card of a random role, in a ring that role may use.
    fn card(&mut self, serves_from: usize) -> Option<Token> {
        let role = self.role()?;
        let ring = if role.rings.is_empty() {
            RINGS.choose(&mut self.rng).map(|r| r.0.to_string())?
        } else {
            role.rings.choose(&mut self.rng).cloned()?
        };
        let id = self.fresh("kaart");
        let serves = (0..self.rng.random_range(0..3))
            .filter_map(|_| self.needs[..serves_from].choose(&mut self.rng).cloned())
            .collect();
        Some(Token {
            who: text(&mut self.rng, &format!("gever van {id}")),
            what: text(&mut self.rng, "helpt"),
            law: ["Jeugdwet", "Wmo", "Zvw", "eigen geld"]
                .choose(&mut self.rng)
                .filter(|_| self.rng.random_bool(0.5))
                .map(|l| l.to_string()),
            frequency: self.rng.random_bool(0.3).then(|| Text::nl("wekelijks")),
            financial: self.rng.random_bool(0.2),
            domain: self.domain(),
            role: role.id,
            ring,
            id,
            serves,
        })
    }

    fn link_kind(&mut self) -> LinkKind {
        *[
            LinkKind::WorksTogether,
            LinkKind::Contact,
            LinkKind::Tension,
        ]
        .choose(&mut self.rng)
        .unwrap()
    }

    /// Two different ends among the cards there and the persona.
    fn two_ends(&mut self) -> Option<(String, String)> {
        let mut ends = self.there.clone();
        ends.push(PERSONA.to_string());
        ends.shuffle(&mut self.rng);
        Some((ends.first()?.clone(), ends.get(1)?.clone()))
    }

    fn there(&mut self) -> Option<String> {
        self.there.choose(&mut self.rng).cloned()
    }

    /// One effect of any kind, acting only on what is there; `None` when the kind needs
    /// something that does not exist (no cards yet, no roles).
    fn effect(&mut self, serves_from: usize) -> Option<Effect> {
        Some(match self.rng.random_range(0..12) {
            0 => Effect::EndToken {
                token: self.there()?,
                reason: text(&mut self.rng, "stopt"),
            },
            1 => Effect::ChangeToken {
                token: self.there()?,
                // Any ring: a change may move a card where its role would not place it.
                ring: RINGS
                    .choose(&mut self.rng)
                    .map(|r| r.0.to_string())
                    .filter(|_| self.rng.random_bool(0.5)),
                law: self.rng.random_bool(0.3).then(|| "Wlz".to_string()),
                role: self
                    .role()
                    .map(|r| r.id)
                    .filter(|_| self.rng.random_bool(0.3)),
                what: self.rng.random_bool(0.5).then(|| Text::nl("anders")),
                // Sometimes the needs it serves from now on (possibly none at all).
                serves: self.rng.random_bool(0.3).then(|| {
                    (0..self.rng.random_range(0..3))
                        .filter_map(|_| self.needs[..serves_from].choose(&mut self.rng).cloned())
                        .collect()
                }),
            },
            2 => {
                let card = self.card(serves_from)?;
                self.there.push(card.id.clone());
                Effect::AddToken(card)
            }
            3 => {
                let id = self.fresh("nieuw");
                self.needs.push(id.clone());
                Effect::AddNeed(Need {
                    id,
                    domain: self.domain(),
                    text: text(&mut self.rng, "nieuwe behoefte"),
                })
            }
            4 => Effect::RemoveNeed {
                need: self.needs.choose(&mut self.rng)?.clone(),
            },
            5 => Effect::RoleLeaves {
                role: self.role()?.id,
                reason: text(&mut self.rng, "vertrekt"),
            },
            6 => Effect::RoleJoins {
                role: self.role()?.id,
            },
            7 => {
                let (from, to) = self.two_ends()?;
                Effect::AddLink(Link {
                    from,
                    to,
                    kind: self.link_kind(),
                })
            }
            8 => {
                let (from, to) = self.two_ends()?;
                Effect::BreakLink { from, to }
            }
            9 => Effect::SetRegisseur {
                token: match self.rng.random_range(0..3) {
                    0 => None,
                    1 => Some(PERSONA.to_string()),
                    _ => Some(self.there()?),
                },
            },
            10 => Effect::SetSelfReliance {
                domain: self.domain(),
                level: *[
                    Level::AcuutProbleem,
                    Level::BeperktZelfredzaam,
                    Level::VolledigZelfredzaam,
                ]
                .choose(&mut self.rng)
                .unwrap(),
            },
            _ => Effect::SetAge {
                age: self.rng.random_range(0..=120),
            },
        })
    }

    fn effects(&mut self, n: usize, serves_from: usize) -> Vec<Effect> {
        (0..n).filter_map(|_| self.effect(serves_from)).collect()
    }
}

/// A scenario of this shape, sound when `shape.breaks` is 0.
pub fn build(shape: &Shape) -> Scenario {
    let mut b = Build {
        rng: ChaCha8Rng::seed_from_u64(shape.seed),
        s: empty(),
        there: Vec::new(),
        needs: Vec::new(),
        next: 0,
    };
    wheel(&mut b, shape);
    board(&mut b, shape);
    events(&mut b, shape);
    variants(&mut b, shape);
    talk(&mut b, shape);
    let mut s = b.s;
    let mut rng = b.rng;
    for _ in 0..shape.breaks {
        break_one(&mut s, &mut rng);
    }
    s
}

fn empty() -> Scenario {
    Scenario {
        id: "gemaakt".into(),
        title: Text::both("Gemaakt", "Made"),
        summary: Text::nl("Een scenario uit het niets"),
        persona: Persona {
            name: "Sam".into(),
            age: 17,
            portrait: None,
            interview: vec![InterviewLine {
                question: Text::nl("Wie ben je?"),
                answer: Text::nl("Sam."),
            }],
            goals: Vec::new(),
            self_reliance: Vec::new(),
        },
        domains: Vec::new(),
        rings: Vec::new(),
        roles: Vec::new(),
        needs: Vec::new(),
        board: StartingBoard::default(),
        events: Vec::new(),
        variants: Vec::new(),
        polls: Vec::new(),
        rounds: Vec::new(),
        shared_deck: true,
    }
}

/// Domains, the four rings, roles (each limited to some rings, or to none), needs, goals
/// and the persona's self-reliance.
fn wheel(b: &mut Build, shape: &Shape) {
    b.s.persona.age = b.rng.random_range(0..=100);
    b.s.shared_deck = b.rng.random_bool(0.5);
    for i in 0..shape.domains {
        let name = text(&mut b.rng, &format!("Leefgebied {i}"));
        b.s.domains.push(Domain {
            id: format!("gebied_{i}"),
            name,
        });
    }
    let mut rings = RINGS.to_vec();
    rings.shuffle(&mut b.rng);
    for (id, kind) in rings {
        let name = text(&mut b.rng, id);
        b.s.rings.push(Ring {
            id: id.into(),
            kind,
            name,
        });
    }
    for i in 0..shape.roles {
        let rings: Vec<String> = RINGS
            .iter()
            .filter(|_| b.rng.random_bool(0.4))
            .map(|r| r.0.to_string())
            .collect();
        let agenda = (0..b.rng.random_range(0..3))
            .map(|_| Agenda {
                domain: b.domain(),
                stance: if b.rng.random_bool(0.5) {
                    Stance::Push
                } else {
                    Stance::Hold
                },
                why: Text::nl("daarom"),
            })
            .collect();
        b.s.roles.push(Role {
            id: format!("rol_{i}"),
            name: text(&mut b.rng, &format!("Rol {i}")),
            assignment: text(&mut b.rng, "doe wat je kunt"),
            rings,
            agenda,
            present_at_start: i == 0 || b.rng.random_bool(0.8),
        });
    }
    for i in 0..shape.needs {
        let id = format!("behoefte_{i}");
        b.needs.push(id.clone());
        let need = Need {
            id,
            domain: b.domain(),
            text: text(&mut b.rng, "iets nodig"),
        };
        if b.rng.random_bool(0.3) {
            let Need { id, domain, text } = need;
            b.s.persona.goals.push(Goal { id, domain, text });
        } else {
            b.s.needs.push(need);
        }
    }
    for _ in 0..b.rng.random_range(0..=shape.domains.min(4)) {
        let domain = b.domain();
        b.s.persona.self_reliance.push(SelfReliance {
            domain,
            level: Level::NietZelfredzaam,
        });
    }
}

/// The starting board: cards of roles in their rings, links of every kind, a regisseur.
fn board(b: &mut Build, shape: &Shape) {
    let serves_from = b.needs.len();
    for _ in 0..shape.cards {
        if let Some(card) = b.card(serves_from) {
            b.there.push(card.id.clone());
            b.s.board.tokens.push(card);
        }
    }
    for _ in 0..shape.links {
        if let Some((from, to)) = b.two_ends() {
            let kind = b.link_kind();
            b.s.board.links.push(Link { from, to, kind });
        }
    }
    if b.rng.random_bool(0.5) {
        b.s.board.regisseur = b.two_ends().map(|(one, _)| one);
    }
}

/// Timeline events in order, each acting on what is there by then; deck cards that act
/// only on starting cards, some waiting for another event.
fn events(b: &mut Build, shape: &Shape) {
    let starting = b.there.clone();
    let serves_from = b.needs.len();
    for i in 0..shape.events {
        let deck = b.rng.random_bool(0.3);
        // A deck card acts on starting cards only, and the cards it adds stay its own:
        // later timeline events cannot count on a card that may never be drawn.
        let timeline = deck.then(|| std::mem::replace(&mut b.there, starting.clone()));
        let n = b.rng.random_range(0..=shape.effects);
        let effects = b.effects(n, serves_from);
        if let Some(timeline) = timeline {
            b.there = timeline;
        }
        let id = format!("gebeurtenis_{i}");
        let after = (deck && i > 0 && b.rng.random_bool(0.4))
            .then(|| format!("gebeurtenis_{}", b.rng.random_range(0..i)));
        b.s.events.push(Event {
            title: text(&mut b.rng, &format!("Gebeurtenis {i}")),
            description: text(&mut b.rng, "er verandert iets"),
            when: if deck { When::Deck } else { When::Scheduled },
            after,
            effects,
            id,
        });
    }
}

/// Variants: effects at the start on starting cards, and patches that cancel an event's
/// effects on cards, cancel the needs it adds, and add effects of their own.
fn variants(b: &mut Build, shape: &Shape) {
    let starting: Vec<String> = b.s.board.tokens.iter().map(|t| t.id.clone()).collect();
    let serves_from = shape.needs.min(b.needs.len());
    for i in 0..shape.variants {
        b.there = starting.clone();
        let n = b.rng.random_range(0..3);
        let start = b.effects(n, serves_from);
        let mut patches = Vec::new();
        for _ in 0..b.rng.random_range(0..3) {
            let Some(event) = b.s.events.choose(&mut b.rng).cloned() else {
                break;
            };
            b.there = starting.clone();
            let cancel_for = event
                .effects
                .iter()
                .filter_map(|f| match f {
                    Effect::EndToken { token, .. } | Effect::ChangeToken { token, .. } => {
                        Some(token.clone())
                    }
                    _ => None,
                })
                .filter(|_| b.rng.random_bool(0.5))
                .collect();
            // Only needs the event itself adds, which no card serves.
            let cancel_needs = event
                .effects
                .iter()
                .filter_map(|f| match f {
                    Effect::AddNeed(n) => Some(n.id.clone()),
                    _ => None,
                })
                .collect();
            let n = b.rng.random_range(0..3);
            let add = b.effects(n, serves_from);
            // The event told otherwise under this rule, now and then.
            let title = b
                .rng
                .random_bool(0.3)
                .then(|| text(&mut b.rng, "Anders verlopen"));
            let description = b
                .rng
                .random_bool(0.3)
                .then(|| text(&mut b.rng, "onder deze regel gaat het anders"));
            patches.push(EventPatch {
                event: event.id,
                cancel_for,
                cancel_needs,
                add,
                title,
                description,
            });
        }
        // Roles asked to do otherwise under this rule: another assignment, another agenda
        // (an empty one clears it), or both.
        let mut roles = Vec::new();
        for _ in 0..b.rng.random_range(0..3) {
            let Some(role) = b.role() else {
                break;
            };
            let assignment = b
                .rng
                .random_bool(0.6)
                .then(|| text(&mut b.rng, "doe het anders"));
            let agenda = b.rng.random_bool(0.5).then(|| {
                (0..b.rng.random_range(0..3))
                    .map(|_| Agenda {
                        domain: b.domain(),
                        stance: if b.rng.random_bool(0.5) {
                            Stance::Push
                        } else {
                            Stance::Hold
                        },
                        why: Text::nl("nieuwe regel"),
                    })
                    .collect()
            });
            roles.push(RolePatch {
                role: role.id,
                assignment,
                agenda,
            });
        }
        b.s.variants.push(Variant {
            id: format!("variant_{i}"),
            name: text(&mut b.rng, &format!("Variant {i}")),
            description: text(&mut b.rng, "een andere regel"),
            kind: [
                None,
                Some(VariantKind::RoomInLaw),
                Some(VariantKind::NewRule),
                Some(VariantKind::WayOfWorking),
            ]
            .choose(&mut b.rng)
            .copied()
            .flatten(),
            start,
            events: patches,
            roles,
        });
    }
}

/// Statements to vote on and reflection rounds with highlights.
fn talk(b: &mut Build, shape: &Shape) {
    for i in 0..shape.polls {
        let statement = text(&mut b.rng, "Een stelling");
        // A statement to agree or disagree with, or a question with two to five answers.
        let answers = if b.rng.random_bool(0.4) {
            b.rng.random_range(2..=5)
        } else {
            0
        };
        let options = (0..answers)
            .map(|j| PollOption {
                id: format!("antwoord_{j}"),
                text: text(&mut b.rng, &format!("Antwoord {j}")),
            })
            .collect();
        b.s.polls.push(Poll {
            id: format!("stelling_{i}"),
            statement,
            options,
        });
    }
    let all = [
        Highlight::UnservedNeeds,
        Highlight::EndedSupport,
        Highlight::OnlyProfessional,
        Highlight::Fragmentation,
        Highlight::CollidingAssignments,
        Highlight::Links,
        Highlight::Regisseur,
        Highlight::OwnStrength,
        Highlight::Change,
    ];
    for i in 0..shape.rounds {
        let highlights = all
            .iter()
            .copied()
            .filter(|_| b.rng.random_bool(0.3))
            .collect();
        let questions = (0..b.rng.random_range(1..4))
            .map(|_| Text::nl("Wat zie je?"))
            .collect();
        b.s.rounds.push(Round {
            id: format!("ronde_{i}"),
            title: text(&mut b.rng, &format!("Ronde {i}")),
            questions,
            highlights,
        });
    }
}

/// One mistake an author could make (or a hostile file could hold).
fn break_one(s: &mut Scenario, rng: &mut ChaCha8Rng) {
    let n_tokens = s.board.tokens.len();
    let token = (n_tokens > 0).then(|| rng.random_range(0..n_tokens));
    match rng.random_range(0..14) {
        0 => s.domains.clear(),
        1 => {
            s.rings.pop();
        }
        2 => s.roles.clear(),
        3 => s.persona.age = rng.random_range(121..=255),
        4 => s.persona.name = " ".into(),
        5 => s.title = Text::default(),
        6 => s.id = "niet goed/../".into(),
        7 => match token {
            Some(t) => s.board.tokens[t].domain = "gebied_onbekend".into(),
            None => s.board.regisseur = Some("niemand".into()),
        },
        8 => match token {
            Some(t) => {
                let copy = s.board.tokens[t].clone();
                s.board.tokens.push(copy);
            }
            None => s.domains.push(Domain {
                id: String::new(),
                name: Text::nl("leeg"),
            }),
        },
        9 => match token {
            Some(t) => s.board.links.push(Link {
                from: s.board.tokens[t].id.clone(),
                to: s.board.tokens[t].id.clone(),
                kind: LinkKind::Tension,
            }),
            None => s.needs.push(Need {
                id: "x".into(),
                domain: "nergens".into(),
                text: Text::nl("x"),
            }),
        },
        10 => match s.events.first_mut() {
            Some(e) => e.after = Some(e.id.clone()),
            None => s.polls.push(Poll {
                id: "p".into(),
                statement: Text::default(),
                options: Vec::new(),
            }),
        },
        11 if rng.random_bool(0.5) => match s.polls.first_mut() {
            // A question with one answer only: nothing to choose between.
            Some(p) => {
                p.options = vec![PollOption {
                    id: "enige".into(),
                    text: Text::nl("het enige antwoord"),
                }]
            }
            None => s.variants.push(Variant {
                id: "rol_kapot".into(),
                name: Text::nl("kapot"),
                description: Text::nl("verandert een rol die er niet is"),
                kind: None,
                start: Vec::new(),
                events: Vec::new(),
                roles: vec![RolePatch {
                    role: "geen_rol".into(),
                    assignment: Some(Text::nl("iets")),
                    agenda: None,
                }],
            }),
        },
        11 => s.variants.push(Variant {
            id: "kapot".into(),
            name: Text::nl("kapot"),
            description: Text::nl("verwijst naar niets"),
            kind: None,
            start: vec![Effect::SetAge { age: 200 }],
            events: vec![EventPatch {
                event: "bestaat_niet".into(),
                cancel_for: vec!["geen_kaart".into()],
                cancel_needs: Vec::new(),
                add: Vec::new(),
                title: None,
                description: None,
            }],
            roles: Vec::new(),
        }),
        12 => match token {
            // A card placed in a ring its role may not use.
            Some(t) => {
                let role_id = s.board.tokens[t].role.clone();
                if let Some(role) = s.roles.iter_mut().find(|r| r.id == role_id) {
                    let other = RINGS
                        .iter()
                        .find(|r| r.0 != s.board.tokens[t].ring)
                        .unwrap();
                    role.rings = vec![other.0.to_string()];
                } else {
                    s.board.tokens[t].role = "geen_rol".into();
                }
            }
            None => s.board.tokens.push(Token {
                id: PERSONA.into(),
                role: "niemand".into(),
                domain: "nergens".into(),
                ring: "geen".into(),
                who: Text::nl("ik"),
                what: Text::nl("alles"),
                law: None,
                frequency: None,
                financial: false,
                serves: vec!["onbekend".into()],
            }),
        },
        _ => {
            // A timeline event that acts on a card nobody placed.
            let effect = Effect::EndToken {
                token: "nooit_geplaatst".into(),
                reason: Text::nl("weg"),
            };
            match s.events.iter_mut().find(|e| e.when == When::Scheduled) {
                Some(e) => e.effects.insert(0, effect),
                None => s.events.push(Event {
                    id: "kapot".into(),
                    title: Text::nl("kapot"),
                    description: Text::nl("kapot"),
                    when: When::Scheduled,
                    after: None,
                    effects: vec![effect],
                }),
            }
        }
    }
}
