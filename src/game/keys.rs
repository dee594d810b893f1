//! The key map: one table from which both the keyboard handling and the F1 help are made,
//! so a key cannot work without being listed, or be listed without working.

use bevy::prelude::*;

use super::command::UiCommand;
use super::state::{KeyboardTaken, Screen};

/// One key combination.
#[derive(Clone, Copy, Debug)]
pub struct Chord {
    pub key: KeyCode,
    pub ctrl: bool,
    /// Some(x): Shift must be (x) held; None: Shift does not matter.
    pub shift: Option<bool>,
    /// Whether it works while a text field has the keyboard (F1, F11).
    pub while_typing: bool,
}

const fn key(key: KeyCode) -> Chord {
    Chord {
        key,
        ctrl: false,
        shift: None,
        while_typing: false,
    }
}

const fn ctrl(key: KeyCode) -> Chord {
    Chord {
        key,
        ctrl: true,
        shift: Some(false),
        while_typing: false,
    }
}

const fn always(key: KeyCode) -> Chord {
    Chord {
        while_typing: true,
        ..self::key(key)
    }
}

/// How the help names the keys of a row.
#[derive(Clone, Copy, Debug)]
pub enum KeyName {
    /// Written the same in every language ("Ctrl+Z").
    Plain(&'static str),
    /// A message id, for names that differ per language ("Rechts / PgDn").
    Message(&'static str),
}

/// One row of the key help and the keys behind it.
pub struct KeyRow {
    pub name: KeyName,
    /// Message id of what the keys do.
    pub help: &'static str,
    pub chords: &'static [Chord],
    /// The command for the chord at this index in `chords`.
    pub command: fn(usize) -> UiCommand,
}

const DIGITS: [Chord; 10] = [
    key(KeyCode::Digit0),
    key(KeyCode::Digit1),
    key(KeyCode::Digit2),
    key(KeyCode::Digit3),
    key(KeyCode::Digit4),
    key(KeyCode::Digit5),
    key(KeyCode::Digit6),
    key(KeyCode::Digit7),
    key(KeyCode::Digit8),
    key(KeyCode::Digit9),
];

/// Every key of the play screen, in the order the help lists them.
pub const KEY_MAP: &[KeyRow] = &[
    KeyRow {
        name: KeyName::Message("keyname-next"),
        help: "key-next",
        chords: &[key(KeyCode::ArrowRight), key(KeyCode::PageDown)],
        command: |_| UiCommand::NextStep,
    },
    KeyRow {
        name: KeyName::Message("keyname-previous"),
        help: "key-previous",
        chords: &[key(KeyCode::ArrowLeft), key(KeyCode::PageUp)],
        command: |_| UiCommand::PreviousStep,
    },
    KeyRow {
        name: KeyName::Plain("Ctrl+Z / Ctrl+Y"),
        help: "key-undo",
        chords: &[
            ctrl(KeyCode::KeyZ),
            ctrl(KeyCode::KeyY),
            Chord {
                shift: Some(true),
                ..ctrl(KeyCode::KeyZ)
            },
        ],
        command: |i| match i {
            0 => UiCommand::Undo,
            _ => UiCommand::Redo,
        },
    },
    KeyRow {
        name: KeyName::Plain("0–9"),
        help: "key-role",
        chords: &DIGITS,
        command: UiCommand::RoleKey,
    },
    KeyRow {
        name: KeyName::Plain("R / Shift+R"),
        help: "key-role-cycle",
        chords: &[
            Chord {
                shift: Some(false),
                ..key(KeyCode::KeyR)
            },
            Chord {
                shift: Some(true),
                ..key(KeyCode::KeyR)
            },
        ],
        command: |i| UiCommand::CycleRole(if i == 0 { 1 } else { -1 }),
    },
    KeyRow {
        name: KeyName::Plain("Del"),
        help: "key-remove",
        chords: &[key(KeyCode::Delete)],
        command: |_| UiCommand::RemoveSelected,
    },
    KeyRow {
        name: KeyName::Plain("L"),
        help: "key-lock",
        chords: &[key(KeyCode::KeyL)],
        command: |_| UiCommand::ToggleLock,
    },
    KeyRow {
        name: KeyName::Plain("T"),
        help: "key-timer",
        chords: &[key(KeyCode::KeyT)],
        command: |_| UiCommand::TimerToggle,
    },
    KeyRow {
        name: KeyName::Plain("B"),
        help: "key-black",
        chords: &[key(KeyCode::KeyB)],
        command: |_| UiCommand::ToggleBlack,
    },
    KeyRow {
        name: KeyName::Plain("P"),
        help: "key-projector",
        chords: &[key(KeyCode::KeyP)],
        command: |_| UiCommand::ToggleProjector,
    },
    KeyRow {
        name: KeyName::Plain("A"),
        help: "key-audience-layout",
        chords: &[key(KeyCode::KeyA)],
        command: |_| UiCommand::ToggleAudienceLayout,
    },
    KeyRow {
        name: KeyName::Plain("W"),
        help: "key-audience-window",
        chords: &[key(KeyCode::KeyW)],
        command: |_| UiCommand::ToggleAudienceWindow,
    },
    KeyRow {
        name: KeyName::Plain("Ctrl + / Ctrl −"),
        help: "key-scale",
        chords: &[ctrl(KeyCode::Equal), ctrl(KeyCode::Minus)],
        command: |i| UiCommand::Scale(if i == 0 { 0.1 } else { -0.1 }),
    },
    KeyRow {
        name: KeyName::Plain("F11"),
        help: "key-fullscreen",
        chords: &[always(KeyCode::F11)],
        command: |_| UiCommand::ToggleFullscreen,
    },
    KeyRow {
        name: KeyName::Plain("F1 / ?"),
        help: "key-help",
        chords: &[
            always(KeyCode::F1),
            Chord {
                shift: Some(true),
                ..key(KeyCode::Slash)
            },
        ],
        command: |_| UiCommand::ToggleHelp,
    },
    KeyRow {
        name: KeyName::Plain("S"),
        help: "key-werksessie",
        chords: &[key(KeyCode::KeyS)],
        command: |_| UiCommand::ToggleWerksessie,
    },
    KeyRow {
        name: KeyName::Plain("J"),
        help: "key-room",
        chords: &[key(KeyCode::KeyJ)],
        command: |_| UiCommand::Room(super::room::RoomCommand::Start),
    },
    KeyRow {
        name: KeyName::Plain("Esc"),
        help: "key-escape",
        chords: &[key(KeyCode::Escape)],
        command: |_| UiCommand::Select(None),
    },
];

pub fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        keyboard_shortcuts
            .before(super::command::apply_commands)
            .run_if(in_state(Screen::Play)),
    );
}

impl Chord {
    fn pressed(&self, keys: &ButtonInput<KeyCode>, typing: bool) -> bool {
        // A modifier counts when it is down, or was let go in this same frame: a quick
        // Ctrl+Z (or a driven one) can press and release everything between two frames.
        let held = |pair: [KeyCode; 2]| keys.any_pressed(pair) || keys.any_just_released(pair);
        let ctrl = held([KeyCode::ControlLeft, KeyCode::ControlRight]);
        let shift = held([KeyCode::ShiftLeft, KeyCode::ShiftRight]);
        keys.just_pressed(self.key)
            && ctrl == self.ctrl
            && self.shift.is_none_or(|s| s == shift)
            && (self.while_typing || !typing)
    }
}

/// Keys a facilitator uses in front of the room. While a text field has the keyboard,
/// only the keys marked `while_typing` count (Ctrl+Z then belongs to the text).
pub fn keyboard_shortcuts(
    keys: Res<ButtonInput<KeyCode>>,
    taken: Res<KeyboardTaken>,
    mut out: MessageWriter<UiCommand>,
) {
    if keys.get_just_pressed().next().is_none() {
        return;
    }
    for row in KEY_MAP {
        for (i, chord) in row.chords.iter().enumerate() {
            if chord.pressed(&keys, taken.0) {
                out.write((row.command)(i));
            }
        }
    }
}
