//! The key help (F1 or ?), made from the same table as the key handling.

use bevy_egui::egui::{self, RichText};

use super::Panel;
use crate::game::command::UiCommand;
use crate::game::keys::{KEY_MAP, KeyName};

pub fn show(ctx: &egui::Context, p: &mut Panel) {
    let t = p.t;
    let mut open = true;
    egui::Window::new(t.t("help"))
        .collapsible(false)
        .anchor(egui::Align2::RIGHT_TOP, [-16.0, 64.0])
        .open(&mut open)
        .show(ctx, |ui| {
            egui::Grid::new("keys")
                .num_columns(2)
                .striped(true)
                .show(ui, |ui| {
                    for row in KEY_MAP {
                        let name = match row.name {
                            KeyName::Plain(name) => name.to_string(),
                            KeyName::Message(id) => t.t(id),
                        };
                        ui.label(RichText::new(name).monospace().strong());
                        ui.label(t.t(row.help));
                        ui.end_row();
                    }
                });
            ui.label(RichText::new(t.t("mouse-help")).small());
        });
    if !open {
        p.push(UiCommand::ToggleHelp);
    }
}
