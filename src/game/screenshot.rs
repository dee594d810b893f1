//! `--screenshot OUT.png`: render a few frames, save the window to a PNG, exit 0.

use std::path::PathBuf;

use bevy::diagnostic::FrameCount;
use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured, save_to_disk};
use bevy::window::RequestRedraw;

#[derive(Resource)]
struct ShotPath(PathBuf);

pub fn plugin(path: PathBuf) -> impl Fn(&mut App) {
    move |app: &mut App| {
        app.insert_resource(ShotPath(path.clone()))
            .add_systems(Update, take_screenshot);
    }
}

fn take_screenshot(
    mut commands: Commands,
    frames: Res<FrameCount>,
    path: Res<ShotPath>,
    mut requested: Local<bool>,
    mut redraw: MessageWriter<RequestRedraw>,
    mut exit: MessageWriter<AppExit>,
) {
    // Reactive rendering would sleep; keep frames coming until the shot is written.
    redraw.write(RequestRedraw);
    if frames.0 > 600 {
        error!("no screenshot after 600 frames; giving up");
        exit.write(AppExit::error());
        return;
    }
    // egui needs a few passes to lay out its windows and panels.
    if *requested || frames.0 < 8 {
        return;
    }
    *requested = true;
    commands
        .spawn(Screenshot::primary_window())
        .observe(save_to_disk(path.0.clone()))
        .observe(
            |_: On<ScreenshotCaptured>, mut exit: MessageWriter<AppExit>| {
                exit.write(AppExit::Success);
            },
        );
}
