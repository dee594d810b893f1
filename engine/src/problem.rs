//! Problems found in a file, each with a place a person can go to.
//!
//! A problem is a typed fact (`ProblemKind`) with its place. Its sentence and hint come
//! from the catalogues (`engine/i18n/<lang>/validation.ftl`, see `crate::words`); the
//! English ones are kept on the problem as well, because the command line prints problems
//! in English and scripts and tests read that text.

use std::fmt;

use serde::Serialize;

use crate::scenario::RingKind;
use crate::text::Lang;
use crate::words::{HintOf, Words};

/// One problem in an input file: where it is, what is wrong, and how to fix it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// Whether the file is refused for it (`Error`) or only told (`Warning`).
    pub severity: Severity,
    /// What is wrong, in English (`kind` in words).
    pub message: String,
    /// How to fix it, in English.
    pub hint: String,
    /// The fact itself, for putting it into other words (`Words::say`).
    #[serde(flatten)]
    pub kind: ProblemKind,
}

impl Problem {
    /// A problem at a place, with its English sentence and hint.
    pub fn new(file: &str, line: usize, column: usize, kind: ProblemKind) -> Problem {
        let en = Words::new(Lang::En);
        Problem {
            file: file.to_string(),
            line,
            column,
            severity: kind.severity(),
            message: en.say(&kind),
            hint: en.say(&HintOf(&kind)),
            kind,
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:column`, as editors and terminals recognise it.
    pub fn place(&self) -> String {
        format!("{}:{}:{}", self.file, self.line, self.column)
    }
}

/// How bad a problem is. An error refuses the file; a warning names something that does
/// nothing (an effect that changes nothing, a cancel that cancels nothing): the scenario
/// plays, but the author probably meant something else.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
}

/// What is wrong, one variant per rule, with the ids, names and numbers involved. The
/// JSON form carries the variant as `kind`, beside the fields of the problem.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ProblemKind {
    // Reading a file.
    NotUtf8,
    EmptyFile,
    /// RON could not read the text; `error` is RON's own (English) description.
    Ron {
        error: String,
        advice: RonAdvice,
    },
    CannotOpen {
        reason: String,
    },
    /// A folder where a file was expected.
    Folder,
    CannotRead {
        reason: String,
    },
    TooLarge {
        /// The size in megabytes, written with one decimal.
        megabytes: String,
        limit_mb: usize,
    },

    // Limits a file cannot get round (`validate::limits`).
    /// More of a part than one scenario may hold.
    TooMany {
        part: Counted,
        count: usize,
        limit: usize,
    },
    /// A text or id longer than any text in a scenario needs to be.
    TooLong {
        length: usize,
        limit: usize,
    },
    /// Every count within its limit, but together too much to play: each event, under
    /// each variant, on a board of every card and link.
    TooMuchWork {
        events: usize,
        cards: usize,
        links: usize,
        variants: usize,
        limit: usize,
    },

    // The scenario as a whole.
    EmptyScenarioId,
    ScenarioIdCharacters {
        id: String,
    },
    EmptyId {
        item: Item,
    },
    DuplicateId {
        item: Item,
        id: String,
        /// Ids of this kind that are referred to but defined nowhere: likely what one of
        /// the two was meant to be. Those references are not reported apart.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        undefined: Vec<String>,
    },
    /// An id that belongs to the persona.
    ReservedId {
        id: String,
    },
    NoDutch {
        owner: Owner,
        field: String,
    },
    UnknownReference {
        owner: Owner,
        item: Item,
        value: String,
        suggestion: Suggestion,
    },
    NoDomains,
    MissingRing {
        ring_kind: RingKind,
    },
    SameRingKind,
    NoRoles,
    PersonaAge {
        age: u32,
    },
    NoPersonaName,
    /// A token placed in a ring its role may not use.
    RingNotAllowed {
        token: String,
        role: String,
        ring: String,
    },
    SelfLink {
        owner: Owner,
        token: String,
    },
    /// A timeline event acts on a card that is not on the board at that point: only a deck
    /// card or a later event creates it.
    NotYetThere {
        event: String,
        token: String,
    },
    /// A variant cancels a need that a card it keeps or adds still serves.
    ServesCancelledNeed {
        variant: String,
        token: String,
        need: String,
    },
    /// A variant's `cancel_for` or `cancel_needs` names a card or need that the event does
    /// not touch: nothing is cancelled (warning).
    CancelsNothing {
        variant: String,
        event: String,
        id: String,
    },
    /// `AddLink` between two cards that are already linked at that point (warning).
    AlreadyLinked {
        owner: Owner,
        from: String,
        to: String,
    },
    /// A card on the starting board serves a need that only an event adds (warning).
    ServesLaterNeed {
        token: String,
        need: String,
    },
    /// `RoleJoins` for a role that is already in the game at that point (warning).
    AlreadyPresent {
        owner: Owner,
        role: String,
    },
    /// `after` on an event that is not a deck card: the timeline already has an order.
    AfterNotDeck {
        event: String,
    },
    /// A deck card that waits for itself can never be drawn.
    AfterItself {
        event: String,
    },
    /// An effect that sets an age no person has.
    EffectAge {
        owner: Owner,
        age: u32,
    },
    FileOutside {
        path: String,
    },
    FileMissing {
        path: String,
    },

    // A scenario named on the command line.
    FolderNotScenario,
    SessionNotScenario {
        path: String,
    },
    NoSuchScenario {
        builtin: Vec<String>,
    },

    // A saved session.
    ScenarioNotSession {
        path: String,
    },
    SessionFormat {
        format: u32,
    },
    TooManyDraws {
        draws: u64,
        deck: u64,
    },
    UnknownPollResult {
        poll: String,
    },
    UnknownPollOption {
        poll: String,
        option: String,
    },
    /// A praatplaat or placemat question the game does not know, or a group out of range.
    UnknownWerkItem {
        id: String,
        group: u32,
    },
    /// A poll with options needs two answers with ids of their own.
    TooFewOptions {
        poll: String,
    },
    /// A card in a hand that is not on the board.
    UnknownHandCard {
        token: String,
    },
}

impl ProblemKind {
    /// Effects that do nothing are warnings; everything else refuses the file.
    pub fn severity(&self) -> Severity {
        match self {
            ProblemKind::CancelsNothing { .. }
            | ProblemKind::AlreadyLinked { .. }
            | ProblemKind::ServesLaterNeed { .. }
            | ProblemKind::AlreadyPresent { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

/// The kind of item an id names, which decides the noun in a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Item {
    Domain,
    Ring,
    Role,
    Token,
    /// Needs and goals share one namespace, as tokens serve both.
    NeedOrGoal,
    Need,
    Event,
    Variant,
    Poll,
    Round,
}

/// The parts of a scenario whose number is limited (`validate::limits`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Counted {
    Domains,
    Rings,
    Roles,
    Cards,
    Links,
    Needs,
    Events,
    Effects,
    Variants,
    Polls,
    Rounds,
    Lines,
    References,
    /// Cards on the board of a saved session.
    BoardCards,
    /// Lines on the board of a saved session.
    BoardLinks,
}

/// What a problem is about, as its sentence names it: a part of the scenario, mostly an
/// item with its id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "owner", content = "id", rename_all = "snake_case")]
pub enum Owner {
    Scenario,
    InterviewQuestion,
    InterviewAnswer,
    SelfReliance,
    StartingLink,
    Regisseur,
    Goal(String),
    Domain(String),
    Ring(String),
    Role(String),
    Need(String),
    Token(String),
    Event(String),
    Variant(String),
    Poll(String),
    Round(String),
}

/// The help given with an unknown reference.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "suggestion", content = "ids", rename_all = "snake_case")]
pub enum Suggestion {
    /// A known id close to the one written.
    DidYouMean(String),
    /// Nothing close, and few enough ids to list them all.
    Known(Vec<String>),
    /// Nothing close, and too many ids to list.
    DefineFirst,
}

/// The advice given with a RON error, chosen from RON's description.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RonAdvice {
    TooDeep,
    MissingField,
    UnknownField,
    Name,
    Quotes,
    Punctuation,
    Format,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The command line speaks English (see `message`); a warning says so up front.
        let label = match self.severity {
            Severity::Error => "",
            Severity::Warning => "warning: ",
        };
        write!(f, "{}: {label}{}", self.place(), self.message)?;
        if !self.hint.is_empty() {
            write!(f, "\n  hint: {}", self.hint)?;
        }
        Ok(())
    }
}

/// Several problems, printed one after the other.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problems(pub Vec<Problem>);

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Problems {}

impl Problems {
    /// Whether any of them refuses the file (the others are warnings).
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Problem::is_error)
    }

    pub fn single(file: &str, line: usize, column: usize, kind: ProblemKind) -> Problems {
        Problems(vec![Problem::new(file, line, column, kind)])
    }
}
