//! The game's state around an engine `Session`: the screens, what the room sees, and the
//! facilitator's table. Changes come only through
//! `command::apply_commands`; no rule of the game is decided here.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use bevy::prelude::*;
use samenspel_engine::Session;
use samenspel_engine::draft::TokenDraft;
use samenspel_engine::scenario::TokenId;

use super::autosave::Autosave;

/// The screens of the game.
#[derive(States, Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Screen {
    #[default]
    Start,
    Play,
}

/// What the room sees besides the board: projector mode, scale, black screen, help.
#[derive(Resource, Debug, Clone, PartialEq)]
pub struct View {
    pub projector: bool,
    /// This window shows the audience layout instead of the presenter's (one screen).
    pub audience_layout: bool,
    /// A second window with the audience layout is open (a projector beside the laptop).
    pub audience_window: bool,
    pub scale: f32,
    pub black: bool,
    pub help: bool,
    pub fullscreen: bool,
}

impl Default for View {
    fn default() -> Self {
        View {
            projector: false,
            audience_layout: false,
            audience_window: false,
            scale: 1.0,
            black: false,
            help: false,
            fullscreen: false,
        }
    }
}

/// The facilitator's step timer.
#[derive(Debug, Default, Clone)]
pub struct StepTimer {
    pub running_since: Option<f64>,
    pub banked: f64,
}

impl StepTimer {
    pub fn elapsed(&self, now: f64) -> Duration {
        Duration::from_secs_f64(
            self.banked + self.running_since.map_or(0.0, |t| (now - t).max(0.0)),
        )
    }
}

/// One play of a scenario in the window: the session, where it is saved and where it came
/// from, and the facilitator's table around it.
#[derive(Resource)]
pub struct Game {
    pub session: Session,
    /// The scenario as written, before any variant: comparisons start from here.
    pub base: samenspel_engine::Scenario,
    pub autosave: Option<Autosave>,
    /// The scenario file the session was started from (watched for live reload).
    pub source: Option<PathBuf>,
    /// Problems in that file since it last changed, shown in the window.
    pub problems: Option<samenspel_engine::Problems>,
    /// Names this state of the session: new for every change and every new session in
    /// this process, so derived data is worked out once per change.
    pub revision: u64,
    pub table: Table,
}

/// What the facilitator has in hand and open at the table: not part of the session, not
/// saved, and gone with a new session.
#[derive(Debug, Default)]
pub struct Table {
    /// The role whose tokens the mouse and keys act on; None = the facilitator.
    pub active_role: Option<String>,
    pub selected: Option<TokenId>,
    /// The last message to the room (refusals in red).
    pub message: Option<(String, bool)>,
    /// The open reflection round (index into the scenario's rounds).
    pub round: usize,
    pub poll_revealed: bool,
    pub timer: StepTimer,
    /// When the last event happened (for the fade-out of ended support).
    pub event_at: Option<f64>,
    /// The token being edited in the form, if any.
    pub editing: Option<TokenDraft>,
    /// The policy variant shown in the comparison window, if open.
    pub comparing: Option<String>,
    /// The part of the werksessie open in its window (and on the wall), if any.
    pub werksessie: Option<WerkPart>,
}

/// The parts of the werksessie around the wheel (seed 004), each a tab of its window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WerkPart {
    /// The opening poll with its answers and the opening statements.
    Opening,
    /// The drawing exercise: the room's drawings beside seed 003's.
    Drawing,
    /// Theory: three perspectives on integrality.
    Perspectives,
    /// Theory: the table of three kinds of process.
    Processes,
    Praatplaat,
    Placemat,
}

impl WerkPart {
    pub const ALL: [WerkPart; 6] = [
        WerkPart::Opening,
        WerkPart::Drawing,
        WerkPart::Perspectives,
        WerkPart::Processes,
        WerkPart::Praatplaat,
        WerkPart::Placemat,
    ];

    /// Its name on the command line (`--werksessie drawing`) and its tab's message id.
    pub fn name(self) -> &'static str {
        match self {
            WerkPart::Opening => "opening",
            WerkPart::Drawing => "drawing",
            WerkPart::Perspectives => "perspectives",
            WerkPart::Processes => "processes",
            WerkPart::Praatplaat => "praatplaat",
            WerkPart::Placemat => "placemat",
        }
    }

    pub fn parse(name: &str) -> Option<WerkPart> {
        WerkPart::ALL.into_iter().find(|p| p.name() == name)
    }
}

/// A number never handed out before in this process.
fn next_revision() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

impl Game {
    /// The session changed: derived data must be worked out again.
    pub fn changed(&mut self) {
        self.revision = next_revision();
    }

    pub fn new(session: Session, autosave: Option<PathBuf>) -> Game {
        Game {
            base: session.written.clone(),
            session,
            autosave: autosave.map(Autosave::at),
            source: None,
            problems: None,
            revision: next_revision(),
            table: Table::default(),
        }
    }
}

/// True while an egui text field has the keyboard, so typing is not read as shortcuts.
#[derive(Resource, Default)]
pub struct KeyboardTaken(pub bool);

pub fn plugin(app: &mut App) {
    app.init_state::<Screen>()
        .init_resource::<View>()
        .init_resource::<KeyboardTaken>();
}
