//! The status line along the bottom: the last message to the room (refusals in red), a
//! hint, and the two exports.

use bevy_egui::egui::{self, RichText};

use super::Panel;
use crate::game::command::UiCommand;
use crate::game::state::View;
use crate::game::theme::palette;

pub fn show(ui: &mut egui::Ui, p: &mut Panel, view: &View, phones: Option<usize>) {
    let t = p.t;
    ui.horizontal_wrapped(|ui| {
        if let Some((message, error)) = &p.game.table.message {
            let colour = if *error {
                palette::ALERT
            } else {
                palette::DONE
            };
            ui.label(RichText::new(message).color(colour).strong());
            ui.separator();
        }
        ui.label(RichText::new(t.t("status-hint")).small());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(t.t("export-png")).clicked() {
                p.push(UiCommand::ExportPng);
            }
            if ui.button(t.t("export-report")).clicked() {
                p.push(UiCommand::ExportReport);
            }
            // The room: start it, or (when it runs) open its panel.
            let label = match phones {
                None => t.t("room-start"),
                Some(n) => t.t_args("room-panel", &[("n", n.to_string())]),
            };
            if ui.button(label).clicked() {
                p.push(UiCommand::Room(crate::game::room::RoomCommand::Start));
            }
            ui.separator();
            if ui
                .selectable_label(view.audience_window, t.t("audience-window"))
                .on_hover_text(t.t("key-audience-window"))
                .clicked()
            {
                p.push(UiCommand::ToggleAudienceWindow);
            }
        });
    });
}
