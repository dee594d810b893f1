//! Live reload for scenario authors: when the scenario file of the session changes on
//! disk, load it again. A file with problems does not stop the game: its located problems
//! are shown in the window, and the last good version stays on the board.
//!
//! A small thread watches the file's modification time and wakes the event loop only when
//! it changes, so an idle game stays idle.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use super::command::UiCommand;
use super::state::{Game, Screen};
use bevy::prelude::*;
use bevy::winit::{EventLoopProxyWrapper, WinitUserEvent};

#[derive(Resource, Clone, Default)]
pub struct Watch {
    path: Arc<Mutex<Option<PathBuf>>>,
    changed: Arc<AtomicBool>,
}

pub fn plugin(app: &mut App) {
    app.init_resource::<Watch>()
        .add_systems(Startup, start_watcher)
        .add_systems(
            Update,
            (follow_source, reload_if_changed)
                .chain()
                .before(super::command::apply_commands)
                .run_if(in_state(Screen::Play)),
        );
}

fn modified(path: &PathBuf) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

fn start_watcher(watch: Res<Watch>, proxy: Option<Res<EventLoopProxyWrapper>>) {
    let watch = watch.clone();
    let proxy = proxy.map(|p| (**p).clone());
    std::thread::spawn(move || {
        let mut seen: Option<(PathBuf, Option<SystemTime>)> = None;
        loop {
            std::thread::sleep(Duration::from_millis(700));
            let current = watch.path.lock().ok().and_then(|p| p.clone());
            match (current, &seen) {
                (None, _) => seen = None,
                (Some(path), Some((old, stamp))) if &path == old => {
                    let now = modified(&path);
                    if now != *stamp {
                        seen = Some((path, now));
                        watch.changed.store(true, Ordering::SeqCst);
                        if let Some(proxy) = &proxy {
                            let _ = proxy.send_event(WinitUserEvent::WakeUp);
                        }
                    }
                }
                (Some(path), _) => seen = Some((path.clone(), modified(&path))),
            }
        }
    });
}

/// Tell the watcher which file the current session came from.
fn follow_source(game: Res<Game>, watch: Res<Watch>) {
    if game.is_changed()
        && let Ok(mut path) = watch.path.lock()
        && *path != game.source
    {
        *path = game.source.clone();
    }
}

/// A change seen by the watcher becomes a command, carried out with all the others.
fn reload_if_changed(watch: Res<Watch>, mut out: MessageWriter<UiCommand>) {
    if watch.changed.swap(false, Ordering::SeqCst) {
        out.write(UiCommand::ReloadSource);
    }
}
