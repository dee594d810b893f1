//! The play screen: facilitator bar, step panel, the wheel, and the status line. Collects
//! what the user did as `UiCommand`s; `state::apply_commands` carries them out.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use samenspel_engine::report::{Format, render};
use samenspel_engine::session::write_atomically;

use super::i18n::Strings;
use super::panels::{help, step_panel, token_form, top_bar};
use super::start::root_ui;
use super::state::{Game, KeyboardTaken, Screen, TokenMarker, UiCommand, View};
use super::theme::{self, Theme};
use super::wheel::wheel;

pub fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        play_screen.run_if(in_state(Screen::Play)),
    );
}

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

#[allow(clippy::too_many_arguments)]
fn play_screen(
    mut contexts: EguiContexts,
    mut game: ResMut<Game>,
    view: Res<View>,
    strings: Res<Strings>,
    markers: Query<&TokenMarker>,
    time: Res<Time<Real>>,
    mut taken: ResMut<KeyboardTaken>,
    mut out_messages: MessageWriter<UiCommand>,
    mut commands: Commands,
    mut styled: Local<Option<(bool, u32)>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let style_key = (view.projector, (view.scale * 100.0) as u32);
    if *styled != Some(style_key) {
        theme::apply(ctx, view.projector);
        ctx.set_zoom_factor(view.scale);
        *styled = Some(style_key);
    }
    let now = time.elapsed_secs_f64();
    let mut out: Vec<UiCommand> = Vec::new();
    let mut root = root_ui(ctx);
    if view.black {
        egui::CentralPanel::default()
            .frame(egui::Frame::new().fill(egui::Color32::BLACK))
            .show(&mut root, |ui| {
                ui.allocate_space(ui.available_size());
            });
        taken.0 = false;
        return Ok(());
    }
    let theme = Theme::new(view.projector);
    let mut form = game.editing.clone();
    egui::Panel::top("bar").show(&mut root, |ui| {
        top_bar(ui, &game, &view, &strings, now, &mut out)
    });
    let mut export: Option<&str> = None;
    egui::Panel::bottom("status").show(&mut root, |ui| {
        ui.horizontal_wrapped(|ui| {
            if let Some((message, error)) = &game.message {
                let colour = if *error {
                    egui::Color32::from_rgb(176, 0, 32)
                } else {
                    egui::Color32::from_rgb(0, 90, 50)
                };
                ui.label(egui::RichText::new(message).color(colour).strong());
                ui.separator();
            }
            ui.label(egui::RichText::new(strings.t("status-hint")).small());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(strings.t("export-png")).clicked() {
                    export = Some("png");
                }
                if ui.button(strings.t("export-report")).clicked() {
                    export = Some("html");
                }
            });
        });
    });
    let width = root.ctx().content_rect().width() * if view.projector { 0.30 } else { 0.32 };
    let highlighted = egui::Panel::left("step")
        .default_size(width)
        .resizable(true)
        .show(&mut root, |ui| {
            step_panel(ui, &game, &strings, &mut out, &mut form)
        })
        .inner;
    let all_markers: Vec<TokenMarker> = markers.iter().cloned().collect();
    egui::CentralPanel::default()
        .frame(egui::Frame::new().fill(egui::Color32::WHITE))
        .show(&mut root, |ui| {
            if let Some(f) = wheel(
                ui,
                &game,
                &all_markers,
                highlighted.as_ref(),
                strings.lang,
                &theme,
                now,
                &mut out,
            ) {
                form = Some(f);
            }
        });
    if let Some(f) = form.as_mut()
        && !token_form(ctx, &game, &strings, f, &mut out)
    {
        form = None;
    }
    if view.help {
        help(ctx, &strings, &mut out);
    }
    if let Some(problems) = game.problems.clone() {
        let mut open = true;
        egui::Window::new(strings.t("problems-title"))
            .open(&mut open)
            .anchor(egui::Align2::CENTER_TOP, [0.0, 60.0])
            .show(ctx, |ui| {
                ui.label(strings.t("problems-explain"));
                egui::ScrollArea::vertical()
                    .max_height(300.0)
                    .show(ui, |ui| {
                        ui.label(
                            egui::RichText::new(problems)
                                .monospace()
                                .color(egui::Color32::from_rgb(176, 0, 32)),
                        );
                    });
            });
        if !open {
            game.problems = None;
        }
    }
    if let Some(variant) = game.comparing.clone()
        && !super::compare::window(ctx, &game, &strings, &variant, &mut out)
    {
        game.comparing = None;
    }
    if game.editing != form {
        game.editing = form;
    }
    taken.0 = ctx.egui_wants_keyboard_input();
    match export {
        Some("html") => {
            let path = export_path(&game, "html");
            let html = render(&game.session, Format::Html, strings.lang);
            game.message = Some(match write_atomically(&path, html.as_bytes()) {
                Ok(()) => (
                    strings.t_args("exported", &[("path", path.display().to_string())]),
                    false,
                ),
                Err(e) => (
                    strings.t_args("export-failed", &[("error", e.to_string())]),
                    true,
                ),
            });
        }
        Some(_) => {
            let path = export_path(&game, "png");
            commands
                .spawn(Screenshot::primary_window())
                .observe(save_to_disk(path.clone()));
            game.message = Some((
                strings.t_args("exported", &[("path", path.display().to_string())]),
                false,
            ));
        }
        None => {}
    }
    for command in out {
        out_messages.write(command);
    }
    Ok(())
}
