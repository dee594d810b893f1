//! The facilitator bar along the top: the persona, the four steps, the timer, the lock,
//! undo and redo, the language, projector mode, text size and the key help.

use bevy_egui::egui::{self, RichText};
use samenspel_engine::{Lang, Step};

use super::Panel;
use crate::game::command::UiCommand;
use crate::game::state::View;
use crate::game::theme::palette;

fn fmt_time(d: std::time::Duration) -> String {
    let s = d.as_secs();
    format!("{:02}:{:02}", s / 60, s % 60)
}

pub fn show(ui: &mut egui::Ui, p: &mut Panel, view: &View, now: f64) {
    let lang = p.t.lang;
    let s = &p.game.session.scenario;
    ui.horizontal_wrapped(|ui| {
        ui.heading(RichText::new(&s.persona.name).strong())
            .on_hover_text(s.title.get(lang));
        ui.separator();
        steps(ui, p);
        ui.separator();
        timer(ui, p, now);
        ui.separator();
        board_controls(ui, p);
        ui.separator();
        view_controls(ui, p, view);
    });
}

/// The four steps as buttons, with previous and next around them.
fn steps(ui: &mut egui::Ui, p: &mut Panel) {
    let (t, lang) = (p.t, p.t.lang);
    let step = p.game.session.state.step;
    if ui.button("◀").on_hover_text(t.t("previous-step")).clicked() {
        p.push(UiCommand::PreviousStep);
    }
    for st in Step::ALL {
        let title = st.title().get(lang).to_string();
        let current = st == step;
        // The current step by name, the others by number (their name on hover): the bar
        // then fits on one row, also in projector mode.
        let text = if current {
            RichText::new(format!("{} {title}", st.number()))
                .strong()
                .color(palette::WHITE)
        } else {
            RichText::new(st.number().to_string())
        };
        let fill = if current {
            palette::CURRENT
        } else {
            palette::BUTTON
        };
        let button = ui
            .add(egui::Button::new(text).fill(fill))
            .on_hover_text(title);
        if button.clicked() && !current {
            let command = if st > step {
                UiCommand::NextStep
            } else {
                UiCommand::PreviousStep
            };
            for _ in 0..st.number().abs_diff(step.number()) {
                p.push(command.clone());
            }
        }
    }
    if ui.button("▶").on_hover_text(t.t("next-step")).clicked() {
        p.push(UiCommand::NextStep);
    }
}

fn timer(ui: &mut egui::Ui, p: &mut Panel, now: f64) {
    let t = p.t;
    let running = p.game.table.timer.running_since.is_some();
    let elapsed = fmt_time(p.game.table.timer.elapsed(now));
    ui.label(RichText::new(format!("⏱ {elapsed}")).monospace());
    let label = t.t(if running {
        "timer-pause"
    } else {
        "timer-start"
    });
    if ui.button(label).on_hover_text(t.t("timer")).clicked() {
        p.push(UiCommand::TimerToggle);
    }
    if ui.button("0").on_hover_text(t.t("timer-reset")).clicked() {
        p.push(UiCommand::TimerReset);
    }
    if running {
        // Only a running clock needs a new frame each second; otherwise the game idles.
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs(1));
    }
}

fn board_controls(ui: &mut egui::Ui, p: &mut Panel) {
    let t = p.t;
    let session = &p.game.session;
    let locked = session.state.locked;
    let label = t.t(if locked { "locked" } else { "unlocked" });
    if ui.selectable_label(locked, label).clicked() {
        p.push(UiCommand::ToggleLock);
    }
    let undo = egui::Button::new(t.t("undo-short"));
    if ui
        .add_enabled(session.can_undo(), undo)
        .on_hover_text(t.t("undo"))
        .clicked()
    {
        p.push(UiCommand::Undo);
    }
    let redo = egui::Button::new(t.t("redo-short"));
    if ui
        .add_enabled(session.can_redo(), redo)
        .on_hover_text(t.t("redo"))
        .clicked()
    {
        p.push(UiCommand::Redo);
    }
}

fn view_controls(ui: &mut egui::Ui, p: &mut Panel, view: &View) {
    let (t, lang) = (p.t, p.t.lang);
    for l in [Lang::Nl, Lang::En] {
        if ui
            .selectable_label(lang == l, l.code().to_uppercase())
            .clicked()
        {
            p.push(UiCommand::SetLang(l));
        }
    }
    if ui
        .selectable_label(view.projector, t.t("projector"))
        .clicked()
    {
        p.push(UiCommand::ToggleProjector);
    }
    if ui.button("A−").clicked() {
        p.push(UiCommand::Scale(-0.1));
    }
    if ui.button("A+").clicked() {
        p.push(UiCommand::Scale(0.1));
    }
    if ui.button("?").on_hover_text(t.t("help")).clicked() {
        p.push(UiCommand::ToggleHelp);
    }
}
