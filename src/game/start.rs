//! The start screen: the built-in scenarios with persona, age and situation, a file to
//! open, and the unfinished session to resume after a crash.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use samenspel_engine::Session;
use samenspel_engine::builtin::{builtin_all, resolve};

use super::i18n::Strings;
use super::state::{Game, KeyboardTaken, Screen};
use super::theme::palette;

#[derive(Resource, Clone)]
pub struct StartOptions {
    pub autosave: Option<PathBuf>,
}

#[derive(Default)]
struct StartUi {
    path: String,
    error: Option<String>,
    resume: Option<Result<Session, String>>,
    checked: bool,
}

pub fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        start_screen.run_if(in_state(Screen::Start)),
    );
}

#[allow(clippy::too_many_arguments)] // a Bevy system: each argument is one resource it uses
fn start_screen(
    mut contexts: EguiContexts,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
    options: Res<StartOptions>,
    strings: Res<Strings>,
    keys: Res<ButtonInput<KeyCode>>,
    mut local: Local<StartUi>,
    mut taken: ResMut<KeyboardTaken>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let lang = strings.lang;
    if !local.checked {
        local.checked = true;
        super::theme::apply(ctx, false);
        if let Some(path) = options.autosave.as_ref().filter(|p| p.is_file()) {
            local.resume = Some(Session::load(path).map_err(|p| p.to_string()));
        }
    }
    let scenarios = builtin_all();
    let mut chosen: Option<Session> = None;
    let mut resumed = false;
    let mut submitted_field = false;
    let mut session_file: Option<PathBuf> = None;
    let mut chosen_source: Option<PathBuf> = None;
    egui::CentralPanel::default().show(&mut root_ui(ctx), |ui| {
        ui.vertical_centered(|ui| {
            ui.add_space(24.0);
            ui.label(egui::RichText::new("Samenspel").size(48.0).strong());
            ui.label(egui::RichText::new(strings.t("tagline")).size(20.0));
            ui.add_space(16.0);
        });
        if let Some(Ok(session)) = &local.resume {
            let s = &session.scenario;
            egui::Frame::group(ui.style())
                .fill(palette::CARD)
                .show(ui, |ui| {
                    ui.label(egui::RichText::new(strings.t("resume-title")).strong());
                    ui.label(format!(
                        "{} — {} ({} {})",
                        s.title.get(lang),
                        s.persona.name,
                        strings.t("step"),
                        session.state.step.number()
                    ));
                    let label = format!("{} (Enter)", strings.t("resume"));
                    if ui.button(egui::RichText::new(label).size(20.0)).clicked() {
                        chosen = Some(session.clone());
                        resumed = true;
                    }
                });
        } else if let Some(Err(problem)) = &local.resume {
            ui.colored_label(
                palette::ALERT,
                format!("{}: {problem}", strings.t("resume-broken")),
            );
        }
        ui.add_space(8.0);
        ui.label(
            egui::RichText::new(strings.t("choose-scenario"))
                .strong()
                .size(20.0),
        );
        egui::ScrollArea::vertical()
            .max_height(ui.available_height() - 120.0)
            .show(ui, |ui| {
                for (i, s) in scenarios.iter().enumerate() {
                    let enter = if i == 0 && !matches!(local.resume, Some(Ok(_))) {
                        " (Enter)"
                    } else {
                        ""
                    };
                    let text = format!(
                        "{}, {} — {}{enter}",
                        s.persona.name,
                        s.persona.age,
                        s.title.get(lang)
                    );
                    let button = egui::Button::new(egui::RichText::new(text).size(20.0).strong())
                        .min_size(egui::vec2(ui.available_width(), 0.0));
                    if ui.add(button).clicked() {
                        chosen = Session::new(s, None, 0).ok();
                    }
                    ui.label(s.summary.get(lang));
                    ui.add_space(6.0);
                }
            });
        ui.separator();
        ui.horizontal(|ui| {
            ui.label(strings.t("open-file"));
            let field = ui.add(
                egui::TextEdit::singleline(&mut local.path)
                    .desired_width(420.0)
                    .hint_text("scenarios/eigen.ron"),
            );
            taken.0 = field.has_focus();
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            // Enter in the field belongs to the field, even when the file cannot be opened.
            submitted_field |= entered;
            if ui.button(strings.t("open")).clicked() || entered {
                let path = PathBuf::from(local.path.trim());
                let is_session = std::fs::read(&path)
                    .is_ok_and(|b| b.windows(17).any(|w| w == b"samenspel_session"));
                let opened = if is_session {
                    // A saved session (an autosave kept aside, or `simulate --save`).
                    Session::load(&path).map_err(|p| p.to_string())
                } else {
                    resolve(local.path.trim())
                        .map_err(|p| p.to_string())
                        .and_then(|s| Session::new(&s, None, 0).map_err(|e| e.to_string()))
                };
                match opened {
                    Ok(session) => {
                        chosen = Some(session);
                        resumed = is_session;
                        session_file = Some(path.clone()).filter(|_| is_session);
                        chosen_source = Some(path).filter(|p| p.is_file() && !is_session);
                        local.error = None;
                    }
                    Err(e) => local.error = Some(e),
                }
            }
        });
        if let Some(e) = &local.error {
            ui.colored_label(palette::ALERT, e);
        }
    });
    // One key to play: Enter resumes an unfinished session, or starts the default (Tess).
    if chosen.is_none() && keys.just_pressed(KeyCode::Enter) && !taken.0 && !submitted_field {
        chosen = match &local.resume {
            Some(Ok(session)) => {
                resumed = true;
                Some(session.clone())
            }
            _ => scenarios
                .first()
                .and_then(|s| Session::new(s, None, 0).ok()),
        };
    }
    if let Some(session) = chosen {
        // A session opened from its file keeps saving to that file.
        let mut game = Game::new(session, session_file.or_else(|| options.autosave.clone()));
        game.source = chosen_source;
        if resumed {
            super::lifecycle::autosave(&mut game, &strings);
        } else {
            // A new session does not overwrite the unfinished one: that is kept beside it.
            super::lifecycle::start_fresh_autosave(&mut game, &strings);
        }
        commands.insert_resource(game);
        next.set(Screen::Play);
    }
    Ok(())
}

/// A full-window Ui for panels (egui 0.36 shows panels inside a Ui).
pub fn root_ui(ctx: &egui::Context) -> egui::Ui {
    egui::Ui::new(
        ctx.clone(),
        "root".into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    )
}
