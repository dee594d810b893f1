//! The Bevy game: a view and controller over `samenspel_engine`. One plugin per module;
//! screens are `States` (`state::Screen`).

mod audience;
mod autosave;
mod autosave_writer;
mod command;
mod exports;
mod i18n;
mod idle;
mod keys;
mod latest;
mod lifecycle;
mod paint;
mod play;
mod reload;
mod room;
mod screenshot;
mod start;
pub mod state;
mod theme;
mod timing;
mod view_model;
mod wheel;

use std::path::PathBuf;
use std::process::ExitCode;

use bevy::prelude::*;
use bevy::window::WindowResolution;
use bevy_egui::{EguiGlobalSettings, EguiPlugin, PrimaryEguiContext};
use samenspel_engine::builtin::{DEFAULT_SCENARIO, resolve};
use samenspel_engine::prepare::prepared_session;
use samenspel_engine::words::Arg;
use samenspel_engine::{Lang, Session, Step, Words};

use crate::cli::PlayArgs;
use state::{Game, Screen, View};

fn parse_size(size: &str) -> (u32, u32) {
    size.split_once('x')
        .and_then(|(w, h)| Some((w.trim().parse().ok()?, h.trim().parse().ok()?)))
        .filter(|(w, h): &(u32, u32)| *w >= 320 && *h >= 240 && *w <= 8192 && *h <= 8192)
        .unwrap_or((1600, 900))
}

/// Build the session to open directly, if the arguments name one.
fn initial_session(args: &PlayArgs) -> Result<Option<Session>, String> {
    if let Some(path) = &args.session {
        return Session::load(path).map(Some).map_err(|p| p.to_string());
    }
    let wanted = args.scenario.clone().or_else(|| {
        (args.direct || args.screenshot.is_some()).then(|| DEFAULT_SCENARIO.to_string())
    });
    let Some(arg) = wanted else { return Ok(None) };
    let scenario = resolve(&arg).map_err(|p| p.to_string())?;
    let step = args
        .step
        .unwrap_or(if args.screenshot.is_some() { 2 } else { 1 });
    let session = prepared_session(&scenario, args.variant.as_deref(), args.after_events, step)
        .map_err(|e| e.to_string())?;
    Ok(Some(session))
}

pub fn run(args: PlayArgs) -> ExitCode {
    let Some(lang) = Lang::parse(&args.lang) else {
        let code = Arg::from(args.lang.clone());
        let message = Words::new(Lang::En).t_args("cli-unknown-language", &[("code", code)]);
        eprintln!("{message}");
        return ExitCode::from(2);
    };
    let session = match initial_session(&args) {
        Ok(s) => s,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    let autosave = args
        .autosave
        .clone()
        .or_else(autosave::Autosave::default_path);
    let mut app = app(&args, lang, autosave.clone());
    if let Some(session) = session {
        app.insert_resource(first_game(session, &args, autosave, lang));
        app.insert_state(Screen::Play);
    }
    match app.run() {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(code) => ExitCode::from(code.get()),
    }
}

/// The window and every plugin of the game, on the start screen.
fn app(args: &PlayArgs, lang: Lang, autosave: Option<PathBuf>) -> App {
    let (w, h) = parse_size(&args.size);
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: "Samenspel".into(),
            // The X11 class the desktop entry's StartupWMClass names, so the menu's icon
            // belongs to this window.
            name: Some("samenspel".into()),
            resolution: WindowResolution::new(w, h),
            ..default()
        }),
        ..default()
    }))
    // The presenter's camera is the primary egui context, made by hand below; the
    // audience window gets a context of its own (see `audience`).
    .insert_resource(EguiGlobalSettings {
        auto_create_primary_context: false,
        ..default()
    })
    .add_plugins(EguiPlugin::default())
    .insert_resource(ClearColor(Color::WHITE))
    .insert_resource(i18n::Strings::new(lang))
    .insert_resource(start::StartOptions {
        // A screenshot run never touches the facilitator's autosave.
        autosave: autosave.filter(|_| args.screenshot.is_none()),
    })
    .add_plugins((
        idle::plugin,
        state::plugin,
        command::plugin,
        keys::plugin,
        view_model::plugin,
        start::plugin,
        play::plugin,
        reload::plugin,
        audience::plugin,
    ))
    .insert_resource(room::Room::new(
        crate::room::RoomConfig {
            bind: args.room.bind,
            port: args.room.port,
            share_roles: args.room.share_roles,
        },
        args.join,
    ))
    .add_plugins((room::plugin, timing::plugin))
    .add_systems(Startup, |mut commands: Commands| {
        commands.spawn((Camera2d, PrimaryEguiContext));
    })
    .insert_resource(View {
        projector: args.projector,
        scale: if args.projector { 1.5 } else { 1.0 },
        // A screenshot shows the audience layout itself; a game opens it beside.
        audience_layout: args.audience && args.screenshot.is_some(),
        audience_window: args.audience && args.screenshot.is_none(),
        ..default()
    });
    if let Some(path) = args.screenshot.clone() {
        app.add_plugins(screenshot::plugin(path));
    }
    app
}

/// The game for a session named on the command line, saved from the first moment (so a
/// crash before the first action can be resumed too) by the one autosave policy.
fn first_game(session: Session, args: &PlayArgs, autosave: Option<PathBuf>, lang: Lang) -> Game {
    // A saved session keeps saving to its own file; a new one to the autosave.
    let resumed = args.session.is_some();
    let save_to = match (&args.screenshot, &args.session) {
        (Some(_), _) => None,
        (None, Some(file)) if args.autosave.is_none() => Some(file.clone()),
        _ => autosave,
    };
    let mut game = Game::new(session, save_to);
    game.table.round = args.round.unwrap_or(1).saturating_sub(1);
    game.table.comparing = args.compare.clone();
    game.table.werksessie = args.werksessie.as_deref().and_then(state::WerkPart::parse);
    game.source = args
        .scenario
        .as_ref()
        .map(PathBuf::from)
        .filter(|p| p.is_file());
    game.problems = lifecycle::source_warnings(game.source.as_deref());
    if game.autosave.is_some() {
        let strings = i18n::Strings::new(lang);
        if resumed {
            lifecycle::autosave(&mut game, &strings);
        } else {
            lifecycle::start_fresh_autosave(&mut game, &strings);
        }
        if let Some((message, _)) = &game.table.message {
            eprintln!("{message}");
        }
    }
    if game.session.state.step == Step::Reflectie && args.screenshot.is_some() {
        game.table.selected = None;
    }
    game
}
