//! What the status bar's export buttons write: the HTML report and a PNG of the window,
//! into $SAMENSPEL_EXPORT_DIR or `~/Samenspel`. Called from the command path only.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};
use samenspel_engine::report::{Format, render};
use samenspel_engine::session::write_atomically;

use super::i18n::Strings;
use super::state::Game;

/// A line for the status bar: the text, and whether it reports a failure.
pub type StatusLine = (String, bool);

/// Where exports go: $SAMENSPEL_EXPORT_DIR, else a "Samenspel" folder in the home folder
/// (easy to find), else the current folder.
fn export_path(game: &Game, ext: &str) -> PathBuf {
    let dir = std::env::var_os("SAMENSPEL_EXPORT_DIR")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join("Samenspel")))
        .unwrap_or_else(|| PathBuf::from("."));
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let id = samenspel_engine::starter::slug(&game.session.scenario.id);
    dir.join(format!("samenspel-{id}-{stamp}.{ext}"))
}

/// Write the HTML report of the session.
pub fn report(game: &Game, strings: &Strings) -> StatusLine {
    let path = export_path(game, "html");
    let html = render(&game.session, Format::Html, strings.lang);
    match write_atomically(&path, html.as_bytes()) {
        Ok(()) => (
            strings.t_args("exported", &[("path", path.display().to_string())]),
            false,
        ),
        Err(e) => (
            strings.t_args("export-failed", &[("error", e.to_string())]),
            true,
        ),
    }
}

/// Ask Bevy for a screenshot of the window, saved when the frame is rendered.
pub fn window_png(game: &Game, world: &mut Commands, strings: &Strings) -> StatusLine {
    let path = export_path(game, "png");
    world
        .spawn(Screenshot::primary_window())
        .observe(save_to_disk(path.clone()));
    (
        strings.t_args("exported", &[("path", path.display().to_string())]),
        false,
    )
}
