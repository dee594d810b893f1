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
use samenspel_engine::reflect::{Gap, fill, rounds};
use samenspel_engine::scene::{Canvas, Highlights, short_label};
use samenspel_engine::words::{Finding, On};

use super::command::UiCommand;
use super::i18n::Strings;
use super::paint;
use super::play::participants;
use super::room::Room;
use super::start::root_ui;
use super::state::{Game, Screen, View};
use super::theme::{self, palette};
use super::view_model::{ViewModel, WheelScene};
use crate::room::qr::Qr;

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

/// While phones may join: the QR code, the address and the room code, for the wall.
pub struct Joining<'a> {
    pub qr: &'a Qr,
    pub url: &'a str,
    pub code: &'a str,
}

impl<'a> Joining<'a> {
    /// Only while the room server runs and joining is open.
    pub fn of(room: &'a Room) -> Option<Joining<'a>> {
        let server = room.server.as_ref()?;
        if !server.shared.registry().open {
            return None;
        }
        Some(Joining {
            qr: room.qr.as_ref()?,
            url: &server.shared.url,
            code: &server.shared.code,
        })
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
    room: Option<Res<Room>>,
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
        room.as_deref().and_then(Joining::of),
    );
}

/// The audience layout in `root`: for the audience window, and for the presenter window
/// when it shows the audience layout (one screen).
#[allow(clippy::too_many_arguments)] // everything the wall shows, read-only
pub fn show(
    root: &mut egui::Ui,
    game: &Game,
    model: &ViewModel,
    view: &View,
    strings: &Strings,
    scenes: &mut WheelScene,
    now: f64,
    joining: Option<Joining>,
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
        // A part of the werksessie, when open, takes the wall instead of the wheel.
        if let Some(part) = game.table.werksessie {
            let inner = full.shrink(unit * 1.5);
            let mut wall = ui.new_child(egui::UiBuilder::new().max_rect(inner));
            super::play::werksessie::wall(&mut wall, game, strings, part, unit);
            return;
        }
        let (wheel_rect, side, overlay) = split(full);
        wheel(ui, game, model, strings, scenes, wheel_rect);
        if overlay {
            ui.painter()
                .rect_filled(side, unit * 0.5, palette::NOTE_PAPER);
        }
        let unit = if overlay { unit * 0.7 } else { unit };
        let mut side_ui = ui.new_child(egui::UiBuilder::new().max_rect(side.shrink(unit)));
        side_panel(&mut side_ui, game, model, strings, unit, now, joining);
    });
}

/// The wheel gets the full height and room beside the rim for its labels; the words get
/// the rest of the width. On a squarish screen (4:3) too little would be left, so there the
/// wheel takes the whole window and the words lie in its top-right corner, on paper.
fn split(full: egui::Rect) -> (egui::Rect, egui::Rect, bool) {
    let width = full.width().min(full.height() * 1.2);
    let rest = full.width() - width;
    if rest < full.width() * 0.25 {
        let corner = egui::Rect::from_min_max(
            egui::pos2(full.right() - full.width() * 0.3, full.top()),
            egui::pos2(full.right(), full.top() + full.height() * 0.45),
        );
        return (full, corner, true);
    }
    let wheel = egui::Rect::from_min_size(full.min, egui::vec2(width, full.height()));
    let side = egui::Rect::from_min_max(egui::pos2(wheel.right(), full.top()), full.max);
    (wheel, side, false)
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
    // Starting cards still in a player's hand are not on the wheel yet.
    marks.hidden = game.session.state.hand.iter().cloned().collect();
    let canvas =
        Canvas::audience(rect.width(), rect.height(), strings.lang).at(rect.left(), rect.top());
    let scene = scenes.get(game, marks, canvas);
    paint::scene(&ui.painter_at(rect), scene, 1.0);
}

/// Persona, step and timer on top; below them how to join while phones may, or else
/// what this step puts on the wall.
fn side_panel(
    ui: &mut egui::Ui,
    game: &Game,
    model: &ViewModel,
    strings: &Strings,
    unit: f32,
    now: f64,
    joining: Option<Joining>,
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
    if let Some(j) = joining {
        join_card(ui, strings, &j, unit);
        return;
    }
    match step {
        Step::Kennismaken => {
            ui.label(RichText::new(s.summary.get(lang)).size(unit * 1.3));
        }
        Step::Situatie | Step::Verandering => findings(ui, game, model, strings, unit),
        Step::Reflectie => round(ui, game, model, strings, unit),
    }
}

/// After an event: its title and the three findings the room should see first; before
/// any event, the image the board shows.
fn findings(ui: &mut egui::Ui, game: &Game, model: &ViewModel, strings: &Strings, unit: f32) {
    let w = strings.words();
    let session = &game.session;
    let on = On::new(&session.scenario, session.board());
    match session.state.log.last() {
        Some(entry) => {
            let title = entry.title.get(strings.lang);
            ui.label(
                RichText::new(format!("⚡ {title}"))
                    .size(unit * 1.6)
                    .strong(),
            );
            for gap in &model.top {
                wall_finding(ui, game, strings, gap, unit);
            }
        }
        None => {
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

/// How to join, large enough to scan from the back of the room.
fn join_card(ui: &mut egui::Ui, strings: &Strings, j: &Joining, unit: f32) {
    ui.label(RichText::new(strings.t("room-join-at")).size(unit * 1.2));
    let side = (ui.available_height() - unit * 5.0).clamp(unit * 6.0, unit * 14.0);
    participants::qr_code(ui, j.qr, side);
    ui.label(RichText::new(j.url).size(unit * 1.1).strong());
    let code = format!("{}: {}", strings.t("room-code"), j.code);
    ui.label(RichText::new(code).size(unit * 2.0).strong());
}

/// A finding as the back row can read it: what kind and where, large; what is at stake
/// (the needs, or else the cards) below it, short. The presenter has the full sentence.
fn wall_finding(ui: &mut egui::Ui, game: &Game, strings: &Strings, gap: &Gap, unit: f32) {
    let (lang, w) = (strings.lang, strings.words());
    let s = &game.session.scenario;
    let board = game.session.board();
    let domain = gap.domain.as_deref().and_then(|d| s.domain(d));
    let title = match domain {
        Some(d) => format!("⚠ {} — {}", w.say(&gap.kind), d.name.get(lang)),
        None => format!("⚠ {}", w.say(&gap.kind)),
    };
    ui.label(
        RichText::new(title)
            .size(unit * 1.4)
            .strong()
            .color(palette::FINDING),
    );
    let needs = gap.needs.iter().filter_map(|id| {
        let need = board.needs.iter().find(|n| &n.id == id).map(|n| &n.text);
        let goal = s
            .persona
            .goals
            .iter()
            .find(|g| &g.id == id)
            .map(|g| &g.text);
        need.or(goal).map(|t| t.get(lang).to_string())
    });
    let cards = gap.tokens.iter().filter_map(|id| {
        let token = board.token(id).or_else(|| {
            let ended = board.ended.iter().find(|e| &e.token.id == id);
            ended.map(|e| &e.token)
        });
        token.map(|t| short_label(t.who.get(lang)))
    });
    let mut stake: Vec<String> = needs.collect();
    if stake.is_empty() {
        stake = cards.collect();
    }
    if !stake.is_empty() {
        ui.label(RichText::new(stake.join(" · ")).size(unit * 1.1));
    }
    ui.add_space(unit * 0.4);
}

/// Step 4: the round's question, its findings (three at most), revealed polls, post-its.
fn round(ui: &mut egui::Ui, game: &Game, model: &ViewModel, strings: &Strings, unit: f32) {
    let lang = strings.lang;
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
    if model.highlighted.is_some() {
        for gap in &model.top {
            wall_finding(ui, game, strings, gap, unit);
        }
    }
    if game.table.poll_revealed {
        polls(ui, game, strings, unit);
    }
    let notes = game.session.state.notes.iter();
    let shown = notes.filter(|n| !n.held);
    for n in shown.filter(|n| n.round.as_deref() == Some(round.id.as_str())) {
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
