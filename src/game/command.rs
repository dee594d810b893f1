//! The one path every change takes: keys, mouse, forms, the status-bar exports and a file
//! reload all become a `UiCommand`, and `apply_commands` is the only place that carries
//! them out. Engine actions go through `Session::apply_as`, so the engine decides every
//! rule; whatever changed the session is autosaved at once.

use bevy::prelude::*;
use samenspel_engine::draft::TokenDraft;
use samenspel_engine::{Action, Lang, Session, Words};

use super::exports;
use super::i18n::Strings;
use super::lifecycle::{autosave, reload_source, replace_session, reset_view};
use super::state::{Game, StepTimer, View};

/// Everything the UI, the keys and the file watcher can ask for. Messages are few and
/// short-lived, so the size of an inlined `Action` does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Message, Clone, Debug, PartialEq)]
pub enum UiCommand {
    Act(Action),
    Undo,
    Redo,
    NextStep,
    PreviousStep,
    Select(Option<String>),
    RemoveSelected,
    ChooseRole(Option<String>),
    ToggleProjector,
    ToggleBlack,
    ToggleHelp,
    ToggleFullscreen,
    ToggleLock,
    SetLang(Lang),
    Scale(f32),
    TimerToggle,
    TimerReset,
    RevealPolls(bool),
    Round(usize),
    /// A number key: role n in the board's list (0 = the facilitator).
    RoleKey(usize),
    /// The next (+1) or previous (−1) role, the facilitator among them: reaches every
    /// role, also beyond the ninth that the number keys cannot.
    CycleRole(i32),
    /// Open the comparison of baseline and a policy variant (None closes it).
    Compare(Option<String>),
    /// Start a new session on the same scenario with this variant (None = current rules).
    PlayVariant(Option<String>),
    /// Open the support form on a draft, or close it (None).
    OpenForm(Option<TokenDraft>),
    /// Save the support form: placed or edited if the engine agrees, else the form stays.
    SubmitForm(TokenDraft),
    /// Write the HTML report to the exports folder.
    ExportReport,
    /// Save the window as a PNG in the exports folder.
    ExportPng,
    /// The scenario file the session came from changed on disk.
    ReloadSource,
    /// Close the window with problems of the scenario file.
    DismissProblems,
    /// Switch this window between the presenter and the audience layout.
    ToggleAudienceLayout,
    /// Open or close the separate audience window.
    ToggleAudienceWindow,
    /// The audience window is open (true) or was closed (false).
    SetAudienceWindow(bool),
    /// A phone's request from the room server, carried out as the phone's role.
    Phone(crate::room::Inbound),
    /// The room's code and its phones' tokens and roles changed: the session file keeps
    /// them, so phones can come back after a crash. Saved, but not a change of play.
    RoomSeats(samenspel_engine::session::RoomSeats),
    /// The facilitator's control of the room server (never changes the session).
    Room(super::room::RoomCommand),
    /// Open the werksessie window on a part, or close it (None).
    Werksessie(Option<super::state::WerkPart>),
    /// Open the werksessie window where it was left off, or close it.
    ToggleWerksessie,
}

pub fn plugin(app: &mut App) {
    app.add_message::<UiCommand>()
        .add_systems(
            Update,
            apply_commands.run_if(in_state(super::state::Screen::Play)),
        )
        .add_systems(Last, super::lifecycle::flush_autosave_on_exit);
}

/// Carry out the commands of this frame, in order.
#[allow(clippy::too_many_arguments)] // a Bevy system: each argument is one resource it uses
pub fn apply_commands(
    mut commands: MessageReader<UiCommand>,
    mut game: ResMut<Game>,
    mut view: ResMut<View>,
    mut strings: ResMut<Strings>,
    time: Res<Time<Real>>,
    mut windows: Query<&mut Window>,
    mut world: Commands,
    room: Option<Res<super::room::Room>>,
) {
    let now = time.elapsed_secs_f64();
    let mut unsaved = false;
    let started = std::time::Instant::now();
    for command in commands.read() {
        let changed = match command.clone() {
            UiCommand::SetLang(l) => {
                strings.lang = l;
                false
            }
            UiCommand::ToggleFullscreen => {
                view.fullscreen = !view.fullscreen;
                for mut window in &mut windows {
                    window.mode = if view.fullscreen {
                        bevy::window::WindowMode::BorderlessFullscreen(
                            bevy::window::MonitorSelection::Current,
                        )
                    } else {
                        bevy::window::WindowMode::Windowed
                    };
                }
                false
            }
            UiCommand::ExportPng => {
                let message = exports::window_png(&game, &mut world, &strings);
                game.table.message = Some(message);
                false
            }
            UiCommand::Phone(inbound) => {
                super::room::apply_phone(&mut game, room.as_deref(), inbound)
            }
            UiCommand::RoomSeats(seats) => {
                // Nothing to draw or analyse again: only the file must follow.
                unsaved |= game.session.room.as_ref() != Some(&seats);
                game.session.room = Some(seats);
                false
            }
            other if view_only(&other, &mut view) => false,
            other => apply_to_game(other, &mut game, &strings, now),
        };
        if changed {
            game.changed();
            unsaved = true;
        }
    }
    // Saved once per frame, after all of its changes: a room of phones can send many
    // actions in one frame, and each still reaches the disk before the next frame.
    if super::timing::on() {
        super::timing::add(super::timing::Part::Apply, started.elapsed());
    }
    if unsaved {
        super::timing::measure(super::timing::Part::Save, || autosave(&mut game, &strings));
    }
}

/// Commands that change only how the room sees the board. Returns whether it was one.
fn view_only(command: &UiCommand, view: &mut View) -> bool {
    match command {
        UiCommand::ToggleProjector => {
            view.projector = !view.projector;
            view.scale = if view.projector { 1.5 } else { 1.0 };
        }
        UiCommand::ToggleBlack => view.black = !view.black,
        UiCommand::ToggleHelp => view.help = !view.help,
        UiCommand::Scale(delta) => view.scale = (view.scale + delta).clamp(0.6, 3.0),
        UiCommand::ToggleAudienceLayout => view.audience_layout = !view.audience_layout,
        UiCommand::ToggleAudienceWindow => view.audience_window = !view.audience_window,
        UiCommand::SetAudienceWindow(open) => view.audience_window = *open,
        _ => return false,
    }
    true
}

/// Carry out a command on the game. Returns whether the session changed (and so must be
/// saved).
fn apply_to_game(command: UiCommand, game: &mut Game, strings: &Strings, now: f64) -> bool {
    let lang = strings.lang;
    match command {
        UiCommand::Act(action) => act(game, action, lang, now),
        UiCommand::Undo | UiCommand::Redo => {
            let done = if command == UiCommand::Undo {
                game.session.undo()
            } else {
                game.session.redo()
            };
            if !done {
                let key = if command == UiCommand::Undo {
                    "nothing-to-undo"
                } else {
                    "nothing-to-redo"
                };
                game.table.message = Some((strings.t(key), true));
            }
            done
        }
        UiCommand::NextStep | UiCommand::PreviousStep => {
            let action = if command == UiCommand::NextStep {
                Action::NextStep
            } else {
                Action::PreviousStep
            };
            let done = act(game, action, lang, now);
            if done {
                game.table.timer = StepTimer::default();
                reset_view(game);
            }
            done
        }
        UiCommand::RemoveSelected => match game.table.selected.take() {
            Some(token) => act(game, Action::RemoveToken { token }, lang, now),
            None => false,
        },
        UiCommand::ToggleLock => {
            let locked = !game.session.state.locked;
            act(game, Action::SetLocked(locked), lang, now)
        }
        UiCommand::SubmitForm(draft) => {
            let action = draft.action(&game.session, lang);
            let done = act(game, action, lang, now);
            // Refused: the form comes back with what was typed, beside the reason.
            game.table.editing = (!done).then_some(draft);
            done
        }
        UiCommand::PlayVariant(v) => {
            match Session::new(&game.base, v.as_deref(), game.session.seed) {
                Ok(session) => replace_session(game, session, strings),
                Err(e) => game.table.message = Some((Words::new(lang).say(&e), true)),
            }
            false
        }
        UiCommand::ExportReport => {
            game.table.message = Some(exports::report(game, strings));
            false
        }
        UiCommand::ReloadSource => {
            if let Some(path) = game.source.clone() {
                reload_source(game, &path, strings);
            }
            false
        }
        other => {
            table_only(other, game, now);
            false
        }
    }
}

/// The role `step` places on from `now` in the list facilitator, role 1, role 2, …,
/// round at either end; a role no longer on the board starts from the facilitator.
fn cycled(roles: &[String], now: &Option<String>, step: i32) -> Option<String> {
    let len = roles.len() as i64 + 1;
    let here = now
        .as_ref()
        .and_then(|r| roles.iter().position(|x| x == r))
        .map_or(0, |i| i as i64 + 1);
    let next = (here + i64::from(step)).rem_euclid(len);
    (next > 0).then(|| roles[next as usize - 1].clone())
}

/// Commands that change what the facilitator looks at, not the session.
fn table_only(command: UiCommand, game: &mut Game, now: f64) {
    match command {
        UiCommand::Select(id) => game.table.selected = id,
        UiCommand::ChooseRole(role) => game.table.active_role = role,
        UiCommand::RoleKey(n) => {
            let roles = &game.session.board().roles;
            game.table.active_role = match n {
                0 => None,
                n => roles.get(n - 1).cloned().or(game.table.active_role.clone()),
            };
        }
        UiCommand::CycleRole(step) => {
            game.table.active_role =
                cycled(&game.session.board().roles, &game.table.active_role, step);
        }
        UiCommand::TimerToggle => {
            let t = &mut game.table.timer;
            match t.running_since.take() {
                Some(start) => t.banked += (now - start).max(0.0),
                None => t.running_since = Some(now),
            }
        }
        UiCommand::TimerReset => game.table.timer = StepTimer::default(),
        UiCommand::RevealPolls(shown) => game.table.poll_revealed = shown,
        UiCommand::Round(n) => game.table.round = n,
        UiCommand::Compare(v) => game.table.comparing = v,
        UiCommand::OpenForm(draft) => game.table.editing = draft,
        UiCommand::DismissProblems => game.problems = None,
        UiCommand::Werksessie(part) => game.table.werksessie = part,
        UiCommand::ToggleWerksessie => {
            game.table.werksessie = match game.table.werksessie {
                Some(_) => None,
                None => Some(super::state::WerkPart::Opening),
            }
        }
        _ => {}
    }
}

/// An engine action as the active role (None = the facilitator). On refusal the reason
/// goes to the status line; after an event its title does. Returns whether it was done.
fn act(game: &mut Game, action: Action, lang: Lang, now: f64) -> bool {
    let is_event = matches!(action, Action::TriggerEvent { .. } | Action::DrawEvent);
    let role = game.table.active_role.clone();
    match game.session.apply_as(role.as_deref(), action) {
        Ok(()) => {
            game.table.message = None;
            if is_event {
                game.table.event_at = Some(now);
                if let Some(entry) = game.session.state.log.last() {
                    game.table.message = Some((entry.title.get(lang).to_string(), false));
                }
            }
            true
        }
        Err(e) => {
            game.table.message = Some((Words::new(lang).say(&e), true));
            false
        }
    }
}
