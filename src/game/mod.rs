//! The Bevy game: a view and controller over `samenspel_engine`. One plugin per module;
//! screens are `States` (`state::Screen`).

mod autosave;
mod command;
mod exports;
mod i18n;
mod idle;
mod keys;
mod lifecycle;
mod play;
mod reload;
mod room;
mod screenshot;
mod start;
pub mod state;
mod theme;
mod view_model;
mod wheel;

use std::process::ExitCode;

use bevy::prelude::*;
use bevy::window::WindowResolution;
use bevy_egui::EguiPlugin;
use samenspel_engine::builtin::{DEFAULT_SCENARIO, resolve};
use samenspel_engine::{Action, Lang, Session, Step};

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
    let mut session =
        Session::new(&scenario, args.variant.as_deref(), 0).map_err(|e| e.to_string())?;
    // For screenshots and docs: go to a step, and optionally play the timeline first.
    if args.after_events {
        let events: Vec<String> = session
            .scenario
            .scheduled_events()
            .map(|e| e.id.clone())
            .collect();
        for event in events {
            session
                .apply(Action::TriggerEvent { event })
                .map_err(|e| e.to_string())?;
        }
    }
    let target = args
        .step
        .unwrap_or(if args.screenshot.is_some() { 2 } else { 1 })
        .clamp(1, 4);
    while session.state.step.number() < target {
        session.apply(Action::NextStep).map_err(|e| e.to_string())?;
    }
    Ok(Some(session))
}

pub fn run(args: PlayArgs) -> ExitCode {
    let Some(lang) = Lang::parse(&args.lang) else {
        eprintln!("error: unknown language \"{}\"; use nl or en", args.lang);
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
    let (w, h) = parse_size(&args.size);
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: "Samenspel".into(),
            resolution: WindowResolution::new(w, h),
            ..default()
        }),
        ..default()
    }))
    .add_plugins(EguiPlugin::default())
    .insert_resource(ClearColor(Color::WHITE))
    .insert_resource(i18n::Strings::new(lang))
    .insert_resource(start::StartOptions {
        autosave: if args.screenshot.is_some() {
            None
        } else {
            autosave.clone()
        },
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
    ))
    .insert_resource(room::Room::new(
        crate::room::RoomConfig {
            bind: args.room.bind,
            port: args.room.port,
            share_roles: args.room.share_roles,
        },
        args.join,
    ))
    .add_plugins(room::plugin)
    .add_systems(Startup, |mut commands: Commands| {
        commands.spawn(Camera2d);
    });
    let projector = args.projector;
    app.insert_resource(View {
        projector,
        scale: if projector { 1.5 } else { 1.0 },
        ..default()
    });
    if let Some(session) = session {
        let round = args.round.unwrap_or(1).saturating_sub(1);
        // A saved session keeps saving to its own file; a new one to the autosave.
        let resumed = args.session.is_some();
        let save_to = match (&args.screenshot, &args.session) {
            (Some(_), _) => None,
            (None, Some(file)) if args.autosave.is_none() => Some(file.clone()),
            _ => autosave,
        };
        let mut game = Game::new(session, save_to);
        game.round = round;
        game.comparing = args.compare.clone();
        game.source = args
            .scenario
            .as_ref()
            .map(std::path::PathBuf::from)
            .filter(|p| p.is_file());
        // Saved from the first moment, so a crash before the first action can be resumed
        // too; an unfinished session in the autosave is kept aside, never overwritten.
        if game.autosave.is_some() {
            let strings = i18n::Strings::new(lang);
            if resumed {
                lifecycle::autosave(&mut game, &strings);
            } else {
                lifecycle::start_fresh_autosave(&mut game, &strings);
            }
            if let Some((message, _)) = &game.message {
                eprintln!("{message}");
            }
        }
        if game.session.state.step == Step::Reflectie && args.screenshot.is_some() {
            game.selected = None;
        }
        app.insert_resource(game);
        app.insert_state(Screen::Play);
    }
    if let Some(path) = args.screenshot.clone() {
        app.add_plugins(screenshot::plugin(path));
    }
    if std::env::var_os("SAMENSPEL_TIMING").is_some() {
        app.add_systems(Update, report_first_frame);
    }
    match app.run() {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(code) => ExitCode::from(code.get()),
    }
}

/// For `scripts/measure.sh`: when frame 1 starts, frame 0 has been rendered.
fn report_first_frame(frames: Res<bevy::diagnostic::FrameCount>, mut done: Local<bool>) {
    if !*done && frames.0 >= 1 {
        *done = true;
        eprintln!(
            "samenspel-timing: first frame rendered {:.0} ms after start",
            crate::STARTED.elapsed().as_secs_f64() * 1000.0
        );
    }
}

#[cfg(test)]
mod tests;
