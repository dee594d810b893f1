//! The game's state around an engine `Session`, and the one path every change takes:
//! input → `UiCommand` → engine `Action` → session → autosave → token entities.
//! No rule of the game is decided here: the engine accepts or refuses each action.

use std::path::PathBuf;
use std::time::Duration;

use bevy::prelude::*;
use samenspel_engine::layout::place_tokens;
use samenspel_engine::scenario::TokenId;
use samenspel_engine::{Action, Lang, Session, Words};

use super::i18n::Strings;

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
    pub scale: f32,
    pub black: bool,
    pub help: bool,
    pub fullscreen: bool,
}

impl Default for View {
    fn default() -> Self {
        View {
            projector: false,
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

/// One play of a scenario in the window.
#[derive(Resource)]
pub struct Game {
    pub session: Session,
    /// The scenario as written, before any variant: comparisons start from here.
    pub base: samenspel_engine::Scenario,
    /// The role whose tokens the mouse and keys act on; None = the facilitator.
    pub active_role: Option<String>,
    pub selected: Option<TokenId>,
    /// The last message to the room (refusals in red).
    pub message: Option<(String, bool)>,
    pub autosave: Option<PathBuf>,
    /// The open reflection round (index into the scenario's rounds).
    pub round: usize,
    pub poll_revealed: bool,
    pub timer: StepTimer,
    /// In step 2, how many starting tokens are laid out (None = all).
    pub revealed: Option<usize>,
    /// When the last event happened (for the fade-out of ended support).
    pub event_at: Option<f64>,
    /// The token being edited in the form, if any.
    pub editing: Option<super::panels::TokenForm>,
    /// The scenario file the session was started from (watched for live reload).
    pub source: Option<PathBuf>,
    /// Problems in that file since it last changed, shown in the window.
    pub problems: Option<String>,
    /// The policy variant shown in the comparison window, if open.
    pub comparing: Option<String>,
}

impl Game {
    pub fn new(session: Session, autosave: Option<PathBuf>) -> Game {
        Game {
            base: session.written.clone(),
            session,
            active_role: None,
            selected: None,
            message: None,
            autosave,
            round: 0,
            poll_revealed: false,
            timer: StepTimer::default(),
            revealed: None,
            event_at: None,
            editing: None,
            source: None,
            problems: None,
            comparing: None,
        }
    }
}

/// Everything the UI and the keys can ask for. Messages are few and short-lived, so the
/// size of an inlined `Action` does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Message, Clone, Debug, PartialEq)]
pub enum UiCommand {
    Act(Action),
    Undo,
    Redo,
    NextStep,
    PreviousStep,
    Select(Option<TokenId>),
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
    /// Step 2: lay out one more starting token, or all (None).
    Reveal(Option<usize>),
    /// Open the comparison of baseline and a policy variant (None closes it).
    Compare(Option<String>),
    /// Start a new session on the same scenario with this variant (None = current rules).
    PlayVariant(Option<String>),
    /// Save the support form: placed or edited if the engine agrees, else the form stays.
    SubmitForm(super::panels::TokenForm),
}

/// True while an egui text field has the keyboard, so typing is not read as shortcuts.
#[derive(Resource, Default)]
pub struct KeyboardTaken(pub bool);

/// One entity per token on the wheel (and per hole left by ended support), kept in step
/// with the session; its position is in wheel units (see `samenspel_engine::layout`).
#[derive(Component, Debug, Clone, PartialEq)]
pub struct TokenMarker {
    pub id: TokenId,
    pub x: f32,
    pub y: f32,
    pub ended: bool,
    pub slot: usize,
}

pub fn plugin(app: &mut App) {
    app.init_state::<Screen>()
        .init_resource::<View>()
        .init_resource::<KeyboardTaken>()
        .add_message::<UiCommand>()
        .add_systems(
            Update,
            (keyboard_shortcuts, apply_commands, sync_tokens)
                .chain()
                .run_if(in_state(Screen::Play)),
        );
}

fn ctrl(keys: &ButtonInput<KeyCode>) -> bool {
    keys.any_pressed([KeyCode::ControlLeft, KeyCode::ControlRight])
}

/// Keys a facilitator uses in front of the room. Letters are ignored while a text field has
/// the keyboard.
pub fn keyboard_shortcuts(
    keys: Res<ButtonInput<KeyCode>>,
    taken: Res<KeyboardTaken>,
    mut out: MessageWriter<UiCommand>,
) {
    let shift = keys.any_pressed([KeyCode::ShiftLeft, KeyCode::ShiftRight]);
    // While a text field has the keyboard, Ctrl+Z belongs to the text, not to the board.
    if ctrl(&keys) && !taken.0 {
        if keys.just_pressed(KeyCode::KeyZ) {
            out.write(if shift {
                UiCommand::Redo
            } else {
                UiCommand::Undo
            });
        }
        if keys.just_pressed(KeyCode::KeyY) {
            out.write(UiCommand::Redo);
        }
        if keys.just_pressed(KeyCode::Equal) {
            out.write(UiCommand::Scale(0.1));
        }
        if keys.just_pressed(KeyCode::Minus) {
            out.write(UiCommand::Scale(-0.1));
        }
    }
    if ctrl(&keys) {
        return;
    }
    if keys.just_pressed(KeyCode::F11) {
        out.write(UiCommand::ToggleFullscreen);
    }
    if keys.just_pressed(KeyCode::F1) {
        out.write(UiCommand::ToggleHelp);
    }
    if taken.0 {
        return;
    }
    let map = [
        (KeyCode::ArrowRight, UiCommand::NextStep),
        (KeyCode::PageDown, UiCommand::NextStep),
        (KeyCode::ArrowLeft, UiCommand::PreviousStep),
        (KeyCode::PageUp, UiCommand::PreviousStep),
        (KeyCode::KeyB, UiCommand::ToggleBlack),
        (KeyCode::KeyP, UiCommand::ToggleProjector),
        (KeyCode::KeyL, UiCommand::ToggleLock),
        (KeyCode::KeyT, UiCommand::TimerToggle),
        (KeyCode::Delete, UiCommand::RemoveSelected),
        (KeyCode::Escape, UiCommand::Select(None)),
    ];
    for (key, command) in map {
        if keys.just_pressed(key) {
            out.write(command);
        }
    }
    if keys.just_pressed(KeyCode::Slash) && shift {
        out.write(UiCommand::ToggleHelp);
    }
    // Number keys 1-9 pick a role (0 = facilitator).
    let digits = [
        KeyCode::Digit0,
        KeyCode::Digit1,
        KeyCode::Digit2,
        KeyCode::Digit3,
        KeyCode::Digit4,
        KeyCode::Digit5,
        KeyCode::Digit6,
        KeyCode::Digit7,
        KeyCode::Digit8,
        KeyCode::Digit9,
    ];
    for (n, key) in digits.iter().enumerate() {
        if keys.just_pressed(*key) {
            out.write(UiCommand::RoleKey(n));
        }
    }
}

/// Apply commands to the game; every engine action is autosaved.
pub fn apply_commands(
    mut commands: MessageReader<UiCommand>,
    mut game: ResMut<Game>,
    mut view: ResMut<View>,
    mut strings: ResMut<Strings>,
    time: Res<Time<Real>>,
    mut windows: Query<&mut Window>,
) {
    let now = time.elapsed_secs_f64();
    for command in commands.read() {
        let lang = strings.lang;
        let mut changed = false;
        match command.clone() {
            UiCommand::Act(action) => {
                let is_event = matches!(action, Action::TriggerEvent { .. } | Action::DrawEvent);
                let role = game.active_role.clone();
                match game.session.apply_as(role.as_deref(), action) {
                    Ok(()) => {
                        changed = true;
                        game.message = None;
                        if is_event {
                            game.event_at = Some(now);
                            if let Some(entry) = game.session.state.log.last() {
                                game.message = Some((entry.title.get(lang).to_string(), false));
                            }
                        }
                    }
                    Err(e) => game.message = Some((Words::new(lang).say(&e), true)),
                }
            }
            UiCommand::Undo => {
                changed = game.session.undo();
                if !changed {
                    game.message = Some((strings.t("nothing-to-undo"), true));
                }
            }
            UiCommand::Redo => {
                changed = game.session.redo();
                if !changed {
                    game.message = Some((strings.t("nothing-to-redo"), true));
                }
            }
            UiCommand::NextStep | UiCommand::PreviousStep => {
                let action = if *command == UiCommand::NextStep {
                    Action::NextStep
                } else {
                    Action::PreviousStep
                };
                match game.session.apply(action) {
                    Ok(()) => {
                        changed = true;
                        game.timer = StepTimer::default();
                        game.message = None;
                        reset_view(&mut game);
                    }
                    Err(e) => game.message = Some((Words::new(lang).say(&e), true)),
                }
            }
            UiCommand::Select(id) => {
                game.selected = id;
            }
            UiCommand::RemoveSelected => {
                if let Some(id) = game.selected.take() {
                    let role = game.active_role.clone();
                    match game
                        .session
                        .apply_as(role.as_deref(), Action::RemoveToken { token: id })
                    {
                        Ok(()) => changed = true,
                        Err(e) => game.message = Some((Words::new(lang).say(&e), true)),
                    }
                }
            }
            UiCommand::ChooseRole(role) => game.active_role = role,
            UiCommand::ToggleProjector => {
                view.projector = !view.projector;
                view.scale = if view.projector { 1.5 } else { 1.0 };
            }
            UiCommand::ToggleBlack => view.black = !view.black,
            UiCommand::ToggleHelp => view.help = !view.help,
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
            }
            UiCommand::ToggleLock => {
                let locked = !game.session.state.locked;
                let role = game.active_role.clone();
                match game
                    .session
                    .apply_as(role.as_deref(), Action::SetLocked(locked))
                {
                    Ok(()) => changed = true,
                    Err(e) => game.message = Some((Words::new(lang).say(&e), true)),
                }
            }
            UiCommand::SetLang(l) => strings.lang = l,
            UiCommand::Scale(delta) => view.scale = (view.scale + delta).clamp(0.6, 3.0),
            UiCommand::TimerToggle => {
                let t = &mut game.timer;
                match t.running_since.take() {
                    Some(start) => t.banked += (now - start).max(0.0),
                    None => t.running_since = Some(now),
                }
            }
            UiCommand::TimerReset => game.timer = StepTimer::default(),
            UiCommand::RevealPolls(shown) => game.poll_revealed = shown,
            UiCommand::RoleKey(n) => {
                let roles = game.session.board().roles.clone();
                game.active_role = if n == 0 {
                    None
                } else {
                    roles.get(n - 1).cloned().or(game.active_role.clone())
                };
            }
            UiCommand::Round(n) => game.round = n,
            UiCommand::Reveal(n) => game.revealed = n,
            UiCommand::Compare(v) => game.comparing = v,
            UiCommand::PlayVariant(v) => {
                match Session::new(&game.base, v.as_deref(), game.session.seed) {
                    Ok(session) => replace_session(&mut game, session, &strings),
                    Err(e) => game.message = Some((Words::new(lang).say(&e), true)),
                }
            }
            UiCommand::SubmitForm(form) => {
                let action = form.action(&game, lang);
                let role = game.active_role.clone();
                match game.session.apply_as(role.as_deref(), action) {
                    Ok(()) => {
                        changed = true;
                        game.editing = None;
                        game.message = None;
                    }
                    Err(e) => {
                        // Keep what was typed: the form comes back with the reason.
                        game.editing = Some(form);
                        game.message = Some((Words::new(lang).say(&e), true));
                    }
                }
            }
        }
        if changed {
            autosave(&mut game, &strings);
        }
    }
}

pub fn autosave(game: &mut Game, strings: &Strings) {
    if let Some(path) = game.autosave.clone()
        && let Err(e) = game.session.save(&path)
    {
        game.message = Some((
            strings.t_args("autosave-failed", &[("error", e.to_string())]),
            true,
        ));
    }
}

/// Keep one `TokenMarker` entity per token and hole, placed by the engine's layout.
pub fn sync_tokens(
    game: Res<Game>,
    mut commands: Commands,
    mut markers: Query<(Entity, &mut TokenMarker)>,
) {
    if !game.is_changed() {
        return;
    }
    let s = &game.session.scenario;
    let mut placed = place_tokens(s, game.session.board());
    for (entity, mut marker) in &mut markers {
        match placed
            .iter()
            .position(|p| p.id == marker.id && p.ended == marker.ended)
        {
            Some(i) => {
                let p = placed.remove(i);
                let next = TokenMarker {
                    id: p.id,
                    x: p.x,
                    y: p.y,
                    ended: p.ended,
                    slot: p.slot,
                };
                if *marker != next {
                    *marker = next;
                }
            }
            None => commands.entity(entity).despawn(),
        }
    }
    for p in placed {
        commands.spawn(TokenMarker {
            id: p.id,
            x: p.x,
            y: p.y,
            ended: p.ended,
            slot: p.slot,
        });
    }
}

/// Where the autosave goes: --autosave, $SAMENSPEL_AUTOSAVE, or the user's data folder.
pub fn default_autosave() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("SAMENSPEL_AUTOSAVE") {
        return Some(PathBuf::from(p));
    }
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))?;
    Some(base.join("samenspel").join("autosave.ron"))
}

/// Move an existing autosave aside (`autosave-<seconds>.ron`) before a different session
/// takes its place, so that starting anew never throws an unfinished session away.
/// Returns where it went, or why it could not be kept.
pub fn keep_previous(path: &std::path::Path) -> Result<Option<PathBuf>, String> {
    if !path.is_file() {
        return Ok(None);
    }
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_else(|| "autosave".into());
    let mut kept = path.with_file_name(format!("{stem}-{stamp}.ron"));
    let mut n = 1;
    while kept.exists() {
        kept = path.with_file_name(format!("{stem}-{stamp}-{n}.ron"));
        n += 1;
    }
    std::fs::rename(path, &kept)
        .map(|_| Some(kept))
        .map_err(|e| e.to_string())
}

/// Start over with `session` in place of the current one (another variant, a reloaded
/// scenario): the old autosave is kept aside first, and everything that pointed into the
/// old session is cleared.
pub fn replace_session(game: &mut Game, session: Session, strings: &Strings) {
    game.base = session.written.clone();
    game.session = session;
    reset_view(game);
    start_fresh_autosave(game, strings);
}

/// Save a session that is new in this autosave place: an unfinished session already there
/// is kept aside first; if that fails, the new one is saved under another name instead.
pub fn start_fresh_autosave(game: &mut Game, strings: &Strings) {
    if let Some(path) = game.autosave.clone() {
        match keep_previous(&path) {
            Ok(Some(kept)) => {
                game.message = Some((
                    strings.t_args("previous-kept", &[("path", kept.display().to_string())]),
                    false,
                ))
            }
            Ok(None) => {}
            Err(e) => {
                let stamp = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_secs())
                    .unwrap_or(0);
                game.autosave = Some(path.with_file_name(format!("autosave-new-{stamp}.ron")));
                game.message = Some((strings.t_args("autosave-failed", &[("error", e)]), true));
            }
        }
    }
    autosave(game, strings);
}

/// Forget selections, forms and reveal state that belong to a step or a session.
pub fn reset_view(game: &mut Game) {
    game.selected = None;
    game.editing = None;
    game.comparing = None;
    game.revealed = None;
}
