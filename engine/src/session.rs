//! A session: one play of a scenario. All change goes through `Action`, with undo and redo;
//! sessions save to RON atomically (temporary file, then rename).
//!
//! The rules of each action are in `apply`, the checks on a loaded file's state in `check`;
//! this file keeps the public types and the session's methods.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::board::Board;
use crate::load::{MAX_SESSION_BYTES, decode_text, parse_ron, read_file};
use crate::observe::{Observation, Score};
use crate::problem::{Problem, ProblemKind, Problems};
use crate::scenario::*;
use crate::text::Text;
use crate::validate::validate;
use crate::werksessie::{Drawing, PlacematAnswer};
use crate::words::both;

mod apply;
mod check;
mod history;
mod werk;

use apply::apply_to;
use check::check_state;
use history::History;

/// The four steps of a session (seed 004).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Step {
    /// 1. Meet the persona.
    #[default]
    Kennismaken,
    /// 2. Today's support on the board.
    Situatie,
    /// 3. The situation changes.
    Verandering,
    /// 4. Reflection.
    Reflectie,
}

impl Step {
    pub const ALL: [Step; 4] = [
        Step::Kennismaken,
        Step::Situatie,
        Step::Verandering,
        Step::Reflectie,
    ];

    pub fn number(self) -> usize {
        self as usize + 1
    }

    pub fn title(self) -> Text {
        match self {
            Step::Kennismaken => both("step-kennismaken", &[]),
            Step::Situatie => both("step-situatie", &[]),
            Step::Verandering => both("step-verandering", &[]),
            Step::Reflectie => both("step-reflectie", &[]),
        }
    }

    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.number()).copied()
    }

    pub fn previous(self) -> Option<Step> {
        self.number().checked_sub(2).map(|i| Step::ALL[i])
    }
}

/// One change to a session. The game, the command line and tests all use these.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Action {
    PlaceToken(Token),
    MoveToken {
        token: TokenId,
        domain: DomainId,
        ring: RingId,
    },
    /// Replace a token's contents (who, what, law, frequency, serves); id and role stay.
    EditToken(Token),
    RemoveToken {
        token: TokenId,
    },
    Link(Link),
    Unlink {
        from: TokenId,
        to: TokenId,
    },
    /// A card, or `"persona"` (she is her own regisseur), or nobody.
    SetRegisseur {
        token: Option<TokenId>,
    },
    NextStep,
    PreviousStep,
    TriggerEvent {
        event: EventId,
    },
    /// Draw a random event from the deck with the session's seeded generator.
    DrawEvent,
    RecordPoll {
        poll: String,
        agree: u32,
        disagree: u32,
    },
    /// One more vote for or against a statement ("stemmen met de voeten").
    Vote {
        poll: String,
        agree: bool,
    },
    AddNote {
        round: Option<String>,
        text: String,
    },
    Observe {
        indicator: String,
        score: Score,
    },
    /// Lock the board so nobody moves support by accident.
    SetLocked(bool),
    /// Show a post-it on the projector, or hold it back (the facilitator's call).
    ShowNote {
        note: usize,
        shown: bool,
    },
    /// One more person by an answer of a poll with options.
    Choose {
        poll: String,
        option: String,
    },
    /// The number of people by an answer, as counted in the room (the facilitator's).
    RecordChoice {
        poll: String,
        option: String,
        count: u32,
    },
    /// One more drawing that resembles this image (the drawing exercise).
    DrawingLike {
        drawing: Drawing,
    },
    /// The number of drawings that resemble an image, as counted (the facilitator's).
    RecordDrawing {
        drawing: Drawing,
        count: u32,
    },
    /// Pick a question of the praatplaat for the conversation, or put it back.
    PickQuestion {
        question: String,
        picked: bool,
    },
    /// A placemat group's shared answer to one question; empty text takes it away.
    Placemat {
        group: u32,
        question: String,
        text: String,
    },
    /// Take the starting board's cards off the wheel and into the roles' hands, so the
    /// players lay them one by one (the facilitator's call, in step 2).
    DealStartingCards,
    /// Lay one card from the hand: a player lays only the role's own cards.
    LayStartingCard {
        token: TokenId,
    },
    /// "Alles tonen": the facilitator lays every card still in a hand.
    LayAllStartingCards,
    /// A phone's vote on a statement, by the phone's number in the room: a second vote of
    /// the same phone changes its first (one vote per phone per statement).
    Ballot {
        poll: String,
        voter: String,
        agree: bool,
    },
    /// A phone's answer to a question with answers, by the phone's number in the room: a
    /// second answer of the same phone replaces its first (one answer per phone per poll).
    BallotChoice {
        poll: String,
        voter: String,
        option: String,
    },
}

/// Why an action was refused: one variant per rule, with the ids involved. Where the
/// sentence names something by its scenario text (a role's name, an event's title), that
/// text travels along, so a refusal can be put into words without the scenario at hand
/// (`crate::words`, `session.ftl`).
#[derive(Clone, Debug, PartialEq)]
pub enum ActionError {
    UnknownVariant {
        variant: String,
        known: Vec<String>,
    },
    /// Choosing the regisseur and locking the board are the facilitator's.
    FacilitatorOnly,
    /// Laying a starting card that is not in a hand (already laid, or never dealt).
    NotInHand {
        token: TokenId,
    },
    /// The observation form is the observer's.
    ObserverOnly,
    /// A player lays and moves support in steps 2 and 3, and votes and posts in step 4;
    /// the facilitator may do anything at any step.
    NotInThisStep {
        /// The step the action belongs to (2 means steps 2 and 3).
        belongs: u8,
    },
    /// A player tried to change another role's card.
    NotYourCard {
        role: RoleId,
        name: Text,
    },
    Locked,
    MissingId,
    DuplicateToken {
        token: TokenId,
    },
    UnknownToken {
        token: TokenId,
    },
    /// An edit tried to give a card to another role.
    RoleChange,
    SelfLink,
    NoLink {
        from: TokenId,
        to: TokenId,
    },
    LastStep,
    FirstStep,
    /// The board holds as many cards as a session may (`limits::MAX_BOARD_CARDS`).
    BoardFull {
        limit: usize,
    },
    /// The board holds as many lines as a session may (`limits::MAX_BOARD_LINKS`).
    TooManyLinks {
        limit: usize,
    },
    UnknownEvent {
        event: EventId,
    },
    AlreadyHappened {
        event: EventId,
        title: Text,
    },
    DeckEmpty,
    UnknownPoll {
        poll: String,
    },
    /// A poll with options has no answer with this id.
    UnknownOption {
        poll: String,
        option: String,
        known: Vec<String>,
    },
    /// A vote for or against on a poll with options, or an answer chosen on a statement.
    WrongPollKind {
        poll: String,
        has_options: bool,
    },
    /// The praatplaat has no question with this id.
    UnknownQuestion {
        question: String,
    },
    /// The placemat has no question with this id.
    UnknownPlacematQuestion {
        question: String,
    },
    /// Placemat groups are numbered 1 to `max`.
    UnknownGroup {
        group: u32,
        max: u32,
    },
    /// A placemat answer longer than the session keeps.
    AnswerTooLong {
        length: usize,
        max: usize,
    },
    EmptyNote,
    /// There is no post-it with this number.
    UnknownNote {
        note: usize,
    },
    UnknownIndicator {
        indicator: String,
    },
    UnknownRole {
        role: RoleId,
    },
    /// The role is not taking part now (it left, or has not arrived yet).
    RoleAbsent {
        role: RoleId,
        name: Text,
    },
    UnknownDomain {
        domain: DomainId,
    },
    UnknownRing {
        ring: String,
    },
    /// The role's assignment does not include this ring (boxed: the largest refusal).
    RingNotAllowed(Box<RingRefusal>),
}

/// A role placing support in a ring its assignment does not include.
#[derive(Clone, Debug, PartialEq)]
pub struct RingRefusal {
    pub role: RoleId,
    pub ring: String,
    pub role_name: Text,
    pub ring_name: Text,
}

/// In Dutch, the game's default language: for logs and `{err}` in tests. People read a
/// refusal through `Words::say` in their own language.
impl std::fmt::Display for ActionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::words::Words::new(crate::text::Lang::Nl).say(self))
    }
}

impl std::error::Error for ActionError {}

/// An event that happened, with the board as it was just before it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogEntry {
    pub event: EventId,
    pub title: Text,
    pub drawn: bool,
    pub board_before: Board,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PollResult {
    pub poll: String,
    pub agree: u32,
    pub disagree: u32,
    /// A poll with options: how many people stood by each answer, by option id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub choices: BTreeMap<String, u32>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Note {
    pub round: Option<String>,
    pub step: Step,
    pub text: String,
    /// Held back from the projector until the facilitator shows it: a post-it from a
    /// player (a phone) starts held.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub held: bool,
}

/// Everything in a session that actions change (and undo restores).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlayState {
    pub board: Board,
    pub step: Step,
    pub log: Vec<LogEntry>,
    /// How many cards were drawn from the deck; with the seed this fixes the generator.
    pub draws: u64,
    pub polls: Vec<PollResult>,
    pub notes: Vec<Note>,
    #[serde(default)]
    pub observations: Vec<Observation>,
    #[serde(default)]
    pub locked: bool,
    /// Who did what: every action taken as a role (a player at the laptop, or a phone),
    /// in order. Undo takes an entry back with its action.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub journal: Vec<Acted>,
    /// The drawing exercise: how many drawings in the room resemble each image.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub drawings: BTreeMap<Drawing, u32>,
    /// The praatplaat questions the facilitator picked, in the order picked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub praatplaat: Vec<String>,
    /// The placemat groups' answers, by group, then in the placemat's question order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub placemat: Vec<PlacematAnswer>,
    /// Starting cards dealt to the roles and not yet laid: on the board, but hidden from
    /// every view and left out of what the room sees until their player lays them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hand: Vec<TokenId>,
    /// Who voted what, by phone: the one record behind both a phone's own vote and the
    /// poll's counts (undo takes a ballot back with its count).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ballots: Vec<BallotCast>,
}

/// One phone's vote on one statement, or its answer to a question with answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BallotCast {
    pub poll: String,
    /// The phone's number in the room (no name, no token).
    pub voter: String,
    /// The vote on a statement (not used when `option` is set).
    pub agree: bool,
    /// The answer chosen, on a poll with options.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option: Option<String>,
}

impl PlayState {
    /// Where this phone's ballot on this poll is kept, if it cast one.
    pub(crate) fn ballot_of(&self, poll: &str, voter: &str) -> Option<usize> {
        self.ballots
            .iter()
            .position(|b| b.poll == poll && b.voter == voter)
    }

    /// How many people stand by an answer of a poll with options.
    pub fn choice(&self, poll: &str, option: &str) -> u32 {
        self.polls
            .iter()
            .find(|p| p.poll == poll)
            .and_then(|p| p.choices.get(option).copied())
            .unwrap_or(0)
    }

    /// The room's drawings beside seed 003's.
    pub fn drawing_tally(&self) -> crate::werksessie::DrawingTally {
        crate::werksessie::DrawingTally::of(&self.drawings)
    }

    /// A placemat group's answer to a question, if it has one.
    pub fn placemat_answer(&self, group: u32, question: &str) -> Option<&str> {
        self.placemat
            .iter()
            .find(|a| a.group == group && a.question == question)
            .map(|a| a.text.as_str())
    }
}

/// One action taken as a role, for the session log and the report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Acted {
    pub role: String,
    pub step: Step,
    pub action: Action,
}

/// How many steps undo remembers; older ones are dropped.
pub const UNDO_LIMIT: usize = 1000;

#[derive(Clone, Debug)]
pub struct Session {
    /// The scenario as played: with the variant's rules applied.
    pub scenario: Scenario,
    /// The scenario as written, before any variant: the baseline for comparisons and for
    /// starting again under other rules.
    pub written: Scenario,
    pub variant: Option<String>,
    pub seed: u64,
    pub state: PlayState,
    /// The room of phones around the session, kept so that after a crash the phones come
    /// back with the same code. Not part of play: undo leaves it alone.
    pub room: Option<RoomSeats>,
    history: History,
}

/// What a room server needs to let its phones back in after a restart: the code, the port
/// and, per phone, its number, secret device token and role. No names (see
/// docs/privacy.md).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomSeats {
    pub code: String,
    pub port: u16,
    pub phones: Vec<Seat>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seat {
    pub phone: u32,
    pub token: String,
    pub role: Option<String>,
}

/// A session in its file form, taken at one moment (`Session::file_form`).
pub struct SessionFile(SavedSession);

impl SessionFile {
    pub fn to_ron(&self) -> String {
        let config = ron::ser::PrettyConfig::new().indentor("  ".to_string());
        crate::load::ron_options()
            .to_string_pretty(&self.0, config)
            .expect("a session always serialises: it holds only strings, numbers and lists")
    }

    /// Write atomically and durably (`durable::write_atomically`).
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        write_atomically(path, self.to_ron().as_bytes())
    }
}

/// The file form of a session. The scenario is stored whole, so a saved session opens and
/// reports on any machine, whatever happened to the scenario file since.
#[derive(Serialize, Deserialize)]
struct SavedSession {
    samenspel_session: u32,
    scenario: Scenario,
    /// The scenario as written (absent in files from before it was kept: then the played
    /// one stands in).
    #[serde(default)]
    written: Option<Scenario>,
    variant: Option<String>,
    seed: u64,
    state: PlayState,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    room: Option<RoomSeats>,
}

const SESSION_FORMAT: u32 = 1;

impl Session {
    /// A new session on `scenario`, with an optional policy variant (by id).
    pub fn new(
        scenario: &Scenario,
        variant: Option<&str>,
        seed: u64,
    ) -> Result<Session, ActionError> {
        let written = scenario.clone();
        let scenario = &scenario.with_shared_deck();
        let (played, variant) = match variant {
            None => (scenario.clone(), None),
            Some(id) => match scenario.variant(id) {
                Some(v) => (scenario.with_variant(v), Some(v)),
                None => {
                    return Err(ActionError::UnknownVariant {
                        variant: id.to_string(),
                        known: scenario.variants.iter().map(|v| v.id.clone()).collect(),
                    });
                }
            },
        };
        let mut board = Board::start(&played);
        if let Some(v) = variant {
            for effect in &v.start {
                board.apply_effect(&played, &v.id, effect);
            }
        }
        let mut played = played;
        // The shared cards are in the played scenario now; do not add them twice on reload.
        played.shared_deck = false;
        Ok(Session {
            variant: variant.map(|v| v.id.clone()),
            scenario: played,
            written,
            seed,
            room: None,
            state: PlayState {
                board,
                step: Step::Kennismaken,
                log: Vec::new(),
                draws: 0,
                polls: Vec::new(),
                notes: Vec::new(),
                observations: Vec::new(),
                locked: false,
                journal: Vec::new(),
                drawings: BTreeMap::new(),
                praatplaat: Vec::new(),
                placemat: Vec::new(),
                hand: Vec::new(),
                ballots: Vec::new(),
            },
            history: History::default(),
        })
    }

    pub fn board(&self) -> &Board {
        &self.state.board
    }

    /// Whether a card is still in a player's hand (dealt, not yet laid).
    pub fn in_hand(&self, token: &str) -> bool {
        self.state.hand.iter().any(|t| t == token)
    }

    /// This phone's vote on each statement, from the session's ballots.
    pub fn votes_of(&self, voter: &str) -> Vec<(String, bool)> {
        self.state
            .ballots
            .iter()
            .filter(|b| b.voter == voter && b.option.is_none())
            .map(|b| (b.poll.clone(), b.agree))
            .collect()
    }

    /// This phone's answer to each poll with options, from the session's ballots.
    pub fn choices_of(&self, voter: &str) -> Vec<(String, String)> {
        self.state
            .ballots
            .iter()
            .filter(|b| b.voter == voter)
            .filter_map(|b| Some((b.poll.clone(), b.option.clone()?)))
            .collect()
    }

    /// Apply an action; on success it can be undone. A refused action changes nothing.
    /// Apply an action for a player in `role` (None = the facilitator, who may do
    /// anything): a player places, moves, edits and removes only the role's own support.
    pub fn apply_as(&mut self, role: Option<&str>, action: Action) -> Result<(), ActionError> {
        let Some(role) = role else {
            return self.apply(action);
        };
        apply::in_step(self.state.step, &action)?;
        apply::may_act(&self.scenario, &self.state.board, role, &action)?;
        let acted = Acted {
            role: role.to_string(),
            step: self.state.step,
            action: action.clone(),
        };
        let is_note = matches!(action, Action::AddNote { .. });
        // In the new state only: undo goes back to the state before, entry and all.
        self.apply_then(action, |next| {
            next.journal.push(acted);
            if is_note && let Some(note) = next.notes.last_mut() {
                note.held = true;
            }
        })
    }

    /// Apply an action as the facilitator; on success it can be undone. A refused action
    /// changes nothing.
    pub fn apply(&mut self, action: Action) -> Result<(), ActionError> {
        self.apply_then(action, |_| {})
    }

    /// Apply an action and then `finish` (what a role's action adds to the new state), as
    /// one step of undo. A refused action changes nothing: the rules work on a copy.
    fn apply_then(
        &mut self,
        action: Action,
        finish: impl FnOnce(&mut PlayState),
    ) -> Result<(), ActionError> {
        let mut next = self.state.clone();
        apply_to(&self.scenario, self.seed, &mut next, action)?;
        finish(&mut next);
        self.history.record(&self.state, &next);
        self.state = next;
        Ok(())
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// Undo the last action; false when there is nothing to undo.
    pub fn undo(&mut self) -> bool {
        self.history.undo(&mut self.state)
    }

    pub fn redo(&mut self) -> bool {
        self.history.redo(&mut self.state)
    }

    /// A token id not yet used in this session, built from `base`.
    pub fn fresh_token_id(&self, base: &str) -> TokenId {
        let base: String = base
            .chars()
            .map(|c| {
                if c.is_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .collect();
        let base = if base.is_empty() {
            "steun".to_string()
        } else {
            base
        };
        let used = |id: &str| {
            self.state.board.token(id).is_some()
                || self.state.board.ended.iter().any(|e| e.token.id == id)
                || self
                    .state
                    .log
                    .iter()
                    .any(|l| l.board_before.token(id).is_some())
                // Ids that events will still add are taken too, or the event's card would
                // find its place occupied.
                || self.scenario.events.iter().flat_map(|e| &e.effects).any(|f| matches!(f, Effect::AddToken(t) if t.id == id))
        };
        (1..)
            .map(|n| format!("{base}_{n}"))
            .find(|id| !used(id))
            .unwrap_or(base)
    }

    /// The session as RON text.
    pub fn to_ron(&self) -> String {
        self.file_form().to_ron()
    }

    /// The session as it goes into its file, taken now: it can be written later or on
    /// another thread (the game's autosave) while play goes on.
    pub fn file_form(&self) -> SessionFile {
        SessionFile(SavedSession {
            samenspel_session: SESSION_FORMAT,
            scenario: self.scenario.clone(),
            written: Some(self.written.clone()),
            variant: self.variant.clone(),
            seed: self.seed,
            state: self.state.clone(),
            room: self.room.clone(),
        })
    }

    /// Save atomically: write a temporary file beside the target, then rename it over.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        self.file_form().save(path)
    }

    /// Read a saved session; a broken file gives located problems.
    pub fn load(path: &Path) -> Result<Session, Problems> {
        let bytes = read_file(path, MAX_SESSION_BYTES)?;
        Session::from_bytes(&path.display().to_string(), &bytes)
    }

    pub fn from_bytes(file: &str, bytes: &[u8]) -> Result<Session, Problems> {
        let text = decode_text(file, bytes, MAX_SESSION_BYTES)?;
        if !text.contains("samenspel_session") && text.contains("persona") {
            return Err(Problems::single(
                file,
                1,
                1,
                ProblemKind::ScenarioNotSession {
                    path: file.to_string(),
                },
            ));
        }
        let saved: SavedSession = parse_ron(file, text)?;
        if saved.samenspel_session != SESSION_FORMAT {
            return Err(Problems::single(
                file,
                1,
                1,
                ProblemKind::SessionFormat {
                    format: saved.samenspel_session,
                },
            ));
        }
        let mut problems = validate(&saved.scenario, file, text, None);
        if let Some(written) = &saved.written {
            problems.extend(validate(written, file, text, None));
        }
        problems.extend(check_state(&saved.scenario, &saved.state, file, text));
        // A warning in the scenario (an effect that does nothing) does not stop a session.
        problems.retain(Problem::is_error);
        if !problems.is_empty() {
            return Err(Problems(problems));
        }
        Ok(Session {
            written: saved.written.unwrap_or_else(|| saved.scenario.clone()),
            scenario: saved.scenario,
            variant: saved.variant,
            seed: saved.seed,
            state: saved.state,
            room: saved.room,
            history: History::default(),
        })
    }
}

pub use crate::durable::write_atomically;

/// The deck cards not yet drawn that can be drawn now, in scenario order: a card that
/// names an event in `after` waits until that event has happened.
pub fn undrawn_deck<'a>(s: &'a Scenario, state: &PlayState) -> Vec<&'a Event> {
    let happened = |id: &str| state.log.iter().any(|l| l.event == id);
    s.deck()
        .filter(|e| !happened(&e.id))
        .filter(|e| e.after.as_deref().is_none_or(happened))
        .collect()
}
