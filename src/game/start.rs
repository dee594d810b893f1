//! The start screen: the built-in scenarios with persona, age and situation, a file to
//! open, and the unfinished session to resume after a crash.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use samenspel_engine::builtin::{builtin_all, resolve};
use samenspel_engine::scene::{Canvas, Highlights, Scene};
use samenspel_engine::{Lang, Scenario, Session};

use super::i18n::Strings;
use super::paint;
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
    /// The miniature wheel of each case, with the canvas it was built for.
    miniatures: std::collections::HashMap<String, (Canvas, Scene)>,
}

/// The session the facilitator picked, and where it comes from.
struct Choice {
    session: Session,
    /// An unfinished or saved session that goes on (not a new one).
    resumed: bool,
    /// A saved session opened from its file keeps saving to that file.
    session_file: Option<PathBuf>,
    /// The scenario file, watched for live reload.
    source: Option<PathBuf>,
}

impl Choice {
    fn new(session: Session) -> Choice {
        Choice {
            session,
            resumed: false,
            session_file: None,
            source: None,
        }
    }

    fn resumed(session: Session) -> Choice {
        Choice {
            resumed: true,
            ..Choice::new(session)
        }
    }
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
    if !local.checked {
        local.checked = true;
        super::theme::apply(ctx, false);
        if let Some(path) = options.autosave.as_ref().filter(|p| p.is_file()) {
            local.resume = Some(Session::load(path).map_err(|p| p.to_string()));
        }
    }
    let mut chosen: Option<Choice> = None;
    let mut submitted_field = false;
    egui::CentralPanel::default().show(&mut root_ui(ctx), |ui| {
        ui.vertical_centered(|ui| {
            ui.add_space(24.0);
            ui.label(egui::RichText::new("Samenspel").size(48.0).strong());
            ui.label(egui::RichText::new(strings.t("tagline")).size(20.0));
            ui.add_space(16.0);
        });
        chosen = resume_box(ui, &local, &strings);
        ui.add_space(8.0);
        chosen = scenario_list(ui, &mut local, &strings).or(chosen.take());
        ui.separator();
        let (opened, entered, focused) = open_file(ui, &mut local, &strings);
        taken.0 = focused;
        // Enter in the field belongs to the field, even when the file cannot be opened.
        submitted_field = entered;
        chosen = opened.or(chosen.take());
    });
    // One key to play: Enter resumes an unfinished session, or starts the default (Tess).
    if chosen.is_none() && keys.just_pressed(KeyCode::Enter) && !taken.0 && !submitted_field {
        chosen = match &local.resume {
            Some(Ok(session)) => Some(Choice::resumed(session.clone())),
            _ => builtin_all()
                .first()
                .and_then(|s| Session::new(s, None, 0).ok())
                .map(Choice::new),
        };
    }
    if let Some(choice) = chosen {
        commands.insert_resource(start_game(choice, &options, &strings));
        next.set(Screen::Play);
    }
    Ok(())
}

/// The game for a chosen session, saved at once by the one autosave policy.
fn start_game(choice: Choice, options: &StartOptions, strings: &Strings) -> Game {
    let save_to = choice.session_file.or_else(|| options.autosave.clone());
    let mut game = Game::new(choice.session, save_to);
    game.source = choice.source;
    game.problems = super::lifecycle::source_warnings(game.source.as_deref());
    if choice.resumed {
        super::lifecycle::autosave(&mut game, strings);
    } else {
        // A new session does not overwrite the unfinished one: that is kept beside it.
        super::lifecycle::start_fresh_autosave(&mut game, strings);
    }
    game
}

/// The unfinished session of last time, if any, with a button to go on.
fn resume_box(ui: &mut egui::Ui, local: &StartUi, strings: &Strings) -> Option<Choice> {
    let lang = strings.lang;
    let mut chosen = None;
    match &local.resume {
        Some(Ok(session)) => {
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
                        chosen = Some(Choice::resumed(session.clone()));
                    }
                });
        }
        Some(Err(problem)) => {
            ui.colored_label(
                palette::ALERT,
                format!("{}: {problem}", strings.t("resume-broken")),
            );
        }
        None => {}
    }
    chosen
}

/// The built-in cases as cards: a miniature of the starting wheel, the persona's name and
/// age, the moment the case turns on, and the situation. A click on a card plays it.
fn scenario_list(ui: &mut egui::Ui, local: &mut StartUi, strings: &Strings) -> Option<Choice> {
    let mut chosen = None;
    ui.label(
        egui::RichText::new(strings.t("choose-scenario"))
            .strong()
            .size(20.0),
    );
    let all = builtin_all();
    let columns = ((ui.available_width() / 460.0).floor() as usize).clamp(1, 4);
    let card_width = ui.available_width() / columns as f32 - 12.0;
    egui::ScrollArea::vertical()
        .max_height(ui.available_height() - 90.0)
        .show(ui, |ui| {
            for (row, cases) in all.chunks(columns).enumerate() {
                ui.horizontal_top(|ui| {
                    for (col, s) in cases.iter().enumerate() {
                        let first = row == 0 && col == 0 && !matches!(local.resume, Some(Ok(_)));
                        if case_card(ui, local, strings, s, card_width, first) {
                            chosen = Session::new(s, None, 0).ok().map(Choice::new);
                        }
                    }
                });
                ui.add_space(8.0);
            }
        });
    chosen
}

/// One case card. Returns whether it was clicked.
fn case_card(
    ui: &mut egui::Ui,
    local: &mut StartUi,
    strings: &Strings,
    s: &Scenario,
    width: f32,
    first: bool,
) -> bool {
    let lang = strings.lang;
    let mini = 130.0;
    let response = egui::Frame::group(ui.style())
        .fill(palette::WHITE)
        .inner_margin(8.0)
        .show(ui, |ui| {
            ui.set_width(width - 16.0);
            ui.set_min_height(mini);
            ui.horizontal_top(|ui| {
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(mini, mini), egui::Sense::hover());
                miniature(ui, local, s, rect, lang);
                ui.vertical(|ui| {
                    let enter = if first { " (Enter)" } else { "" };
                    let name = format!("{}, {}{enter}", s.persona.name, s.persona.age);
                    ui.label(egui::RichText::new(name).size(22.0).strong());
                    if let Some(moment) = s.scheduled_events().next() {
                        let line = format!("⚡ {}", moment.title.get(lang));
                        ui.label(egui::RichText::new(line).strong().color(palette::QUESTION));
                    }
                    ui.label(s.summary.get(lang));
                });
            });
        })
        .response;
    let click = ui.interact(
        response.rect,
        ui.id().with(("case", &s.id)),
        egui::Sense::click(),
    );
    click.clicked()
}

/// The starting wheel of a case, small: rings, sectors and cards without words, which
/// would be too small to read. Built once per case, place and language.
fn miniature(ui: &egui::Ui, local: &mut StartUi, s: &Scenario, rect: egui::Rect, lang: Lang) {
    let canvas = Canvas::new(rect.width(), rect.height(), lang)
        .at(rect.left(), rect.top())
        .legend(false);
    let fresh = local
        .miniatures
        .get(&s.id)
        .is_none_or(|(c, _)| *c != canvas);
    if fresh {
        let Ok(session) = Session::new(s, None, 0) else {
            return;
        };
        let mut scene = Scene::build(s, session.board(), &Highlights::default(), &canvas);
        scene.labels.clear();
        scene.domains.clear();
        scene.ring_names.clear();
        scene.persona.clear();
        local.miniatures.insert(s.id.clone(), (canvas, scene));
    }
    if let Some((_, scene)) = local.miniatures.get(&s.id) {
        paint::scene(&ui.painter_at(rect), scene, 1.0);
    }
}

/// A scenario or saved session by its path. Returns the choice, whether Enter was pressed
/// in the field, and whether the field has the keyboard.
fn open_file(
    ui: &mut egui::Ui,
    local: &mut StartUi,
    strings: &Strings,
) -> (Option<Choice>, bool, bool) {
    let mut chosen = None;
    let mut entered = false;
    let mut focused = false;
    ui.horizontal(|ui| {
        ui.label(strings.t("open-file"));
        let field = ui.add(
            egui::TextEdit::singleline(&mut local.path)
                .desired_width(420.0)
                .hint_text("scenarios/eigen.ron"),
        );
        focused = field.has_focus();
        entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.button(strings.t("open")).clicked() || entered {
            match open_path(local.path.trim()) {
                Ok(choice) => {
                    chosen = Some(choice);
                    local.error = None;
                }
                Err(e) => local.error = Some(e),
            }
        }
    });
    if let Some(e) = &local.error {
        ui.colored_label(palette::ALERT, e);
    }
    (chosen, entered, focused)
}

/// Open a saved session (an autosave kept aside, or `simulate --save`) or a scenario.
fn open_path(text: &str) -> Result<Choice, String> {
    let path = PathBuf::from(text);
    let is_session =
        std::fs::read(&path).is_ok_and(|b| b.windows(17).any(|w| w == b"samenspel_session"));
    if is_session {
        let session = Session::load(&path).map_err(|p| p.to_string())?;
        return Ok(Choice {
            session_file: Some(path),
            ..Choice::resumed(session)
        });
    }
    let scenario = resolve(text).map_err(|p| p.to_string())?;
    let session = Session::new(&scenario, None, 0).map_err(|e| e.to_string())?;
    Ok(Choice {
        source: Some(path).filter(|p| p.is_file()),
        ..Choice::new(session)
    })
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
