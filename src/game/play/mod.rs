//! The play screen, one file per panel: the facilitator bar on top, the step panel on the
//! left, the wheel in the middle, the status bar below, and the windows (support form, key
//! help, comparison, problems). Every panel is a plain function of the game and the view
//! model; what the user asks for is collected as `UiCommand`s and carried out in
//! `command::apply_commands`.

mod compare;
mod help;
mod kennismaken;
mod observer;
pub mod participants;
mod polls;
mod problems;
mod reflection;
mod roles;
mod situatie;
mod status_bar;
mod step_panel;
mod token_details;
mod token_form;
mod top_bar;
mod variants;
mod verandering;
pub mod werksessie;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::audience;
use super::command::UiCommand;
use super::i18n::Strings;
use super::start::root_ui;
use super::state::{Game, KeyboardTaken, Screen, View};
use super::theme::{self, Theme, palette};
use super::view_model::{ViewModel, WheelScene};

/// What every panel reads, and where it puts what the user asked for.
pub struct Panel<'a> {
    pub game: &'a Game,
    pub model: &'a ViewModel,
    pub t: &'a Strings,
    pub out: Vec<UiCommand>,
}

impl Panel<'_> {
    pub fn push(&mut self, command: UiCommand) {
        self.out.push(command);
    }
}

pub fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        play_screen.run_if(in_state(Screen::Play)),
    );
}

#[allow(clippy::too_many_arguments)] // a Bevy system: each argument is one resource it uses
fn play_screen(
    mut contexts: EguiContexts,
    game: Res<Game>,
    model: Res<ViewModel>,
    mut scenes: ResMut<WheelScene>,
    view: Res<View>,
    strings: Res<Strings>,
    time: Res<Time<Real>>,
    mut taken: ResMut<KeyboardTaken>,
    mut out_messages: MessageWriter<UiCommand>,
    mut styled: Local<Option<(bool, u32)>>,
    mut form_was_open: Local<bool>,
    room: Option<Res<super::room::Room>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let style_key = (view.projector, (view.scale * 100.0) as u32);
    if *styled != Some(style_key) {
        theme::apply(ctx, view.projector);
        ctx.set_zoom_factor(view.scale);
        *styled = Some(style_key);
    }
    let mut root = root_ui(ctx);
    if view.black {
        egui::CentralPanel::default()
            .frame(egui::Frame::new().fill(palette::BLACK))
            .show(&mut root, |ui| {
                ui.allocate_space(ui.available_size());
            });
        taken.0 = false;
        return Ok(());
    }
    let now = time.elapsed_secs_f64();
    if view.audience_layout {
        let joining = room.as_deref().and_then(audience::Joining::of);
        audience::show(
            &mut root,
            &game,
            &model,
            &view,
            &strings,
            &mut scenes,
            now,
            joining,
        );
        taken.0 = false;
        return Ok(());
    }
    let phones = room
        .as_ref()
        .and_then(|r| r.server.as_ref())
        .map(|s| s.shared.registry().phones.len());
    let mut p = Panel {
        game: &game,
        model: &model,
        t: &strings,
        out: Vec::new(),
    };
    egui::Panel::top("bar").show(&mut root, |ui| top_bar::show(ui, &mut p, &view, now));
    egui::Panel::bottom("status").show(&mut root, |ui| status_bar::show(ui, &mut p, &view, phones));
    let width = root.ctx().content_rect().width() * if view.projector { 0.30 } else { 0.32 };
    egui::Panel::left("step")
        .default_size(width)
        .resizable(true)
        .show(&mut root, |ui| step_panel::show(ui, &mut p));
    let theme = Theme::new(view.projector);
    egui::CentralPanel::default()
        .frame(egui::Frame::new().fill(palette::WHITE))
        .show(&mut root, |ui| {
            if let Some(draft) = super::wheel::wheel(
                ui,
                &game,
                model.highlighted.as_ref(),
                &mut scenes,
                strings.lang,
                &theme,
                now,
                &mut p.out,
            ) {
                p.push(UiCommand::OpenForm(Some(draft)));
            }
        });
    windows(ctx, &mut p, &view, room.as_deref());
    taken.0 = ctx.egui_wants_keyboard_input();
    // The commands are carried out in the next Update; draw once more after that, so the
    // screen follows at once instead of at the next input. When the form has just closed,
    // egui lets go of its text field only at the end of that pass: one more pass, so the
    // next key (Ctrl+Z) is a shortcut again and not typing.
    let form_open = game.table.editing.is_some();
    if !p.out.is_empty() || (*form_was_open && !form_open) {
        ctx.request_repaint();
    }
    *form_was_open = form_open;
    for command in p.out {
        out_messages.write(command);
    }
    Ok(())
}

/// The windows over the play screen: the support form, the key help, the problems of the
/// scenario file, the comparison and the participants.
fn windows(ctx: &egui::Context, p: &mut Panel, view: &View, room: Option<&super::room::Room>) {
    token_form::show(ctx, p);
    if view.help {
        help::show(ctx, p);
    }
    problems::show(ctx, p);
    compare::show(ctx, p);
    werksessie::show(ctx, p);
    if let Some(room) = room {
        participants::show(ctx, p, room);
    }
}
