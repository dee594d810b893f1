//! The role picker (0 = the facilitator, 1–9 the first nine roles on the board, R and
//! Shift+R or a click for every role) and the active role's assignment, for the player who
//! takes it.

use bevy_egui::egui::{self, RichText};

use super::Panel;
use crate::game::command::UiCommand;
use crate::game::theme::palette;

pub fn show(ui: &mut egui::Ui, p: &mut Panel) {
    let (t, lang) = (p.t, p.t.lang);
    let game = p.game;
    let s = &game.session.scenario;
    ui.label(RichText::new(t.t("roles")).strong());
    ui.horizontal_wrapped(|ui| {
        let facilitator = format!("0 {}", t.t("facilitator"));
        if ui
            .selectable_label(game.table.active_role.is_none(), facilitator)
            .clicked()
        {
            p.push(UiCommand::ChooseRole(None));
        }
        for (i, id) in game.session.board().roles.iter().enumerate() {
            let Some(role) = s.role(id) else { continue };
            let active = game.table.active_role.as_deref() == Some(id.as_str());
            // Only the first nine have a number key; the others are reached with R or a click.
            let label = match i + 1 {
                n @ 1..=9 => format!("{n} {}", role.name.get(lang)),
                _ => role.name.get(lang).to_string(),
            };
            if ui.selectable_label(active, label).clicked() {
                p.push(UiCommand::ChooseRole(Some(id.clone())));
            }
        }
    });
    if let Some(role) = game.table.active_role.as_deref().and_then(|r| s.role(r)) {
        egui::Frame::group(ui.style())
            .fill(palette::CARD)
            .show(ui, |ui| {
                let title = format!("{}: {}", t.t("assignment"), role.name.get(lang));
                ui.label(RichText::new(title).strong());
                ui.label(role.assignment.get(lang));
            });
    }
}
