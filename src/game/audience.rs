//! What the room sees on the projector: the wheel as large as the screen allows, the step,
//! the timer, and what the current step puts on the wall (the round's question, revealed
//! poll results, the round's post-its, at most three findings) — no controls.
//!
//! It is shown in a window of its own beside the presenter window (`--audience`, key W),
//! or, with one screen, instead of the presenter layout (key A). Both windows show one
//! state: this module only reads `Game` and the view model.

use bevy::camera::RenderTarget;
use bevy::ecs::schedule::ScheduleLabel;
use bevy::prelude::*;
use bevy::window::{WindowClosed, WindowRef, WindowResolution};
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContext, EguiSchedule};
use samenspel_engine::Step;
use samenspel_engine::reflect::{fill, rounds};
use samenspel_engine::scene::{Canvas, Highlights};
use samenspel_engine::words::{Finding, On};

use super::command::UiCommand;
use super::i18n::Strings;
use super::paint;
use super::start::root_ui;
use super::state::{Game, Screen, View};
use super::theme::{self, palette};
use super::view_model::{ViewModel, WheelScene};

/// The egui pass of the audience window.
#[derive(ScheduleLabel, Clone, Debug, PartialEq, Eq, Hash)]
pub struct AudiencePass;

/// The camera (and so the egui context) of the audience window.
#[derive(Component)]
pub struct AudienceCamera;

/// The audience window's own scene cache: its canvas differs from the presenter's.
#[derive(Resource, Default)]
pub struct AudienceScene(pub WheelScene);

pub fn plugin(app: &mut App) {
    app.init_resource::<AudienceScene>()
        .add_systems(
            Update,
            (follow_view, window_closed).after(super::command::apply_commands),
        )
        .add_systems(AudiencePass, audience_window.run_if(in_state(Screen::Play)));
}

/// Open or close the audience window when `View::audience_window` says so.
fn follow_view(
    view: Res<View>,
    mut commands: Commands,
    cameras: Query<(Entity, &RenderTarget), With<AudienceCamera>>,
) {
    if !view.is_changed() {
        return;
    }
    let open = !cameras.is_empty();
    if view.audience_window && !open {
        let window = commands
            .spawn(Window {
                title: "Samenspel — publiek".into(),
                resolution: WindowResolution::new(1280, 720),
                // Beside the presenter window; a desktop moves it to the projector.
                position: WindowPosition::At(IVec2::new(1300, 0)),
                ..default()
            })
            .id();
        commands.spawn((
            Camera2d,
            RenderTarget::Window(WindowRef::Entity(window)),
            EguiSchedule::new(AudiencePass),
            AudienceCamera,
        ));
    } else if !view.audience_window && open {
        for (camera, target) in &cameras {
            if let RenderTarget::Window(WindowRef::Entity(window)) = target {
                commands.entity(*window).despawn();
            }
            commands.entity(camera).despawn();
        }
    }
}

/// A window closed by the window manager takes its camera with it (otherwise its egui
/// pass would keep running for a window that is gone), and the view follows.
fn window_closed(
    mut closed: MessageReader<WindowClosed>,
    mut commands: Commands,
    cameras: Query<(Entity, &RenderTarget), With<AudienceCamera>>,
    mut out: MessageWriter<UiCommand>,
) {
    for c in closed.read() {
        for (camera, target) in &cameras {
            if matches!(target, RenderTarget::Window(WindowRef::Entity(w)) if *w == c.window) {
                commands.entity(camera).despawn();
                out.write(UiCommand::SetAudienceWindow(false));
            }
        }
    }
}

#[allow(clippy::too_many_arguments)] // a Bevy system: each argument is one resource it uses
fn audience_window(
    mut ctx: Single<&mut EguiContext, With<AudienceCamera>>,
    game: Res<Game>,
    model: Res<ViewModel>,
    view: Res<View>,
    strings: Res<Strings>,
    mut scenes: ResMut<AudienceScene>,
    time: Res<Time<Real>>,
) {
    let ctx = ctx.get_mut();
    // A new context (also a reopened window) starts in egui's dark style: give it the
    // projector's light one.
    if ctx.global_style().visuals.dark_mode {
        theme::apply(ctx, true);
    }
    let mut root = root_ui(ctx);
    show(
        &mut root,
        &game,
        &model,
        &view,
        &strings,
        &mut scenes.0,
        time.elapsed_secs_f64(),
    );
}

/// The audience layout in `root`: for the audience window, and for the presenter window
/// when it shows the audience layout (one screen).
pub fn show(
    root: &mut egui::Ui,
    game: &Game,
    model: &ViewModel,
    view: &View,
    strings: &Strings,
    scenes: &mut WheelScene,
    now: f64,
) {
    let frame = egui::Frame::new().fill(if view.black {
        palette::BLACK
    } else {
        palette::WHITE
    });
    egui::CentralPanel::default().frame(frame).show(root, |ui| {
        if view.black {
            ui.allocate_space(ui.available_size());
            return;
        }
        let full = ui.max_rect();
        // Type scales with the window, so the back row reads it on any beamer.
        let unit = full.height() / 40.0;
        let (wheel_rect, side) = split(full);
        wheel(ui, game, model, strings, scenes, wheel_rect);
        let mut side_ui = ui.new_child(egui::UiBuilder::new().max_rect(side.shrink(unit)));
        side_panel(&mut side_ui, game, model, strings, unit, now);
    });
}

/// The wheel takes a square of (nearly) the full height on the left; the words get the rest.
fn split(full: egui::Rect) -> (egui::Rect, egui::Rect) {
    let side = full.height().min(full.width() * 0.62);
    let wheel = egui::Rect::from_min_size(full.min, egui::vec2(side, full.height()));
    let rest = egui::Rect::from_min_max(egui::pos2(wheel.right(), full.top()), full.max);
    (wheel, rest)
}

fn wheel(
    ui: &mut egui::Ui,
    game: &Game,
    model: &ViewModel,
    strings: &Strings,
    scenes: &mut WheelScene,
    rect: egui::Rect,
) {
    let mut marks = model
        .highlighted
        .as_ref()
        .map(Highlights::from)
        .unwrap_or_default();
    if game.session.state.step == Step::Situatie
        && let Some(k) = game.table.revealed
    {
        let start = &game.session.scenario.board.tokens;
        marks.hidden = start.iter().skip(k).map(|t| t.id.clone()).collect();
    }
    let canvas = Canvas::new(rect.width(), rect.height(), strings.lang)
        .at(rect.left(), rect.top())
        .projector(true)
        .legend(false);
    let scene = scenes.get(game, marks, canvas);
    paint::scene(&ui.painter_at(rect), scene, 1.0);
}

/// Persona, step and timer on top; below them what this step puts on the wall.
fn side_panel(
    ui: &mut egui::Ui,
    game: &Game,
    model: &ViewModel,
    strings: &Strings,
    unit: f32,
    now: f64,
) {
    let (t, lang) = (strings, strings.lang);
    let s = &game.session.scenario;
    let step = game.session.state.step;
    let age = game.session.board().age;
    ui.label(
        RichText::new(format!("{}, {age}", s.persona.name))
            .size(unit * 2.4)
            .strong(),
    );
    let step_line = format!(
        "{} {} — {}",
        t.t("step"),
        step.number(),
        step.title().get(lang)
    );
    ui.label(RichText::new(step_line).size(unit * 1.5));
    let elapsed = game.table.timer.elapsed(now).as_secs();
    if game.table.timer.running_since.is_some() || elapsed > 0 {
        let clock = format!("⏱ {:02}:{:02}", elapsed / 60, elapsed % 60);
        ui.label(RichText::new(clock).size(unit * 1.5).monospace());
        if game.table.timer.running_since.is_some() {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs(1));
        }
    }
    ui.add_space(unit);
    match step {
        Step::Kennismaken => {
            ui.label(RichText::new(s.summary.get(lang)).size(unit * 1.3));
        }
        Step::Situatie | Step::Verandering => findings(ui, game, model, strings, unit),
        Step::Reflectie => round(ui, game, model, strings, unit),
    }
}

/// After an event: its title and at most three of the gaps it opened; before any event,
/// the image the board shows.
fn findings(ui: &mut egui::Ui, game: &Game, model: &ViewModel, strings: &Strings, unit: f32) {
    let w = strings.words();
    let session = &game.session;
    let on = On::new(&session.scenario, session.board());
    match (session.state.log.last(), model.changes.last()) {
        (Some(entry), Some(change)) => {
            let title = entry.title.get(strings.lang);
            ui.label(
                RichText::new(format!("⚡ {title}"))
                    .size(unit * 1.6)
                    .strong(),
            );
            for gap in change.gaps_opened.iter().take(3) {
                let text = format!("⚠ {}", on.say(&w, Finding::Gap(gap)));
                ui.label(RichText::new(text).size(unit * 1.2).color(palette::FINDING));
            }
        }
        _ => {
            if let Some(a) = &model.analysis {
                ui.label(
                    RichText::new(w.say(&a.coherence.image))
                        .size(unit * 1.6)
                        .strong(),
                );
                let meaning = on.say(&w, Finding::ImageMeaning(a.coherence.image));
                ui.label(RichText::new(meaning).size(unit * 1.2));
            }
        }
    }
}

/// Step 4: the round's question, its findings (three at most), revealed polls, post-its.
fn round(ui: &mut egui::Ui, game: &Game, model: &ViewModel, strings: &Strings, unit: f32) {
    let (lang, w) = (strings.lang, strings.words());
    let s = &game.session.scenario;
    let all = rounds(s);
    let Some(round) = all.get(game.table.round.min(all.len().saturating_sub(1))) else {
        return;
    };
    ui.label(
        RichText::new(fill(round.title.get(lang), s))
            .size(unit * 1.8)
            .strong(),
    );
    for q in &round.questions {
        ui.label(RichText::new(format!("• {}", fill(q.get(lang), s))).size(unit * 1.3));
    }
    if let Some(h) = &model.highlighted {
        let on = On::new(s, game.session.board());
        for gap in h.gaps.iter().take(3) {
            let text = format!("⚠ {}", on.say(&w, Finding::Gap(gap)));
            ui.label(RichText::new(text).size(unit * 1.1).color(palette::FINDING));
        }
    }
    if game.table.poll_revealed {
        polls(ui, game, strings, unit);
    }
    let notes = game.session.state.notes.iter();
    for n in notes.filter(|n| n.round.as_deref() == Some(round.id.as_str())) {
        egui::Frame::new()
            .fill(palette::NOTE)
            .inner_margin(unit * 0.4)
            .show(ui, |ui| {
                ui.label(RichText::new(&n.text).size(unit * 1.2));
            });
    }
}

/// Revealed poll results: the statement and its counts, large.
fn polls(ui: &mut egui::Ui, game: &Game, strings: &Strings, unit: f32) {
    let (t, lang) = (strings, strings.lang);
    for poll in &game.session.scenario.polls {
        let result = game.session.state.polls.iter().find(|r| r.poll == poll.id);
        let (agree, disagree) = result.map_or((0, 0), |r| (r.agree, r.disagree));
        ui.label(
            RichText::new(poll.statement.get(lang))
                .size(unit * 1.1)
                .italics(),
        );
        let counts = format!("{agree} {} · {disagree} {}", t.t("agree"), t.t("disagree"));
        ui.label(RichText::new(counts).size(unit * 1.3).strong());
    }
}
