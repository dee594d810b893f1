//! The scenario's policy variants: compare each with the current rules, or play it.

use bevy_egui::egui::{self, RichText};

use super::Panel;
use crate::game::command::UiCommand;

pub fn show(ui: &mut egui::Ui, p: &mut Panel) {
    let (t, lang) = (p.t, p.t.lang);
    let base = &p.game.base;
    if base.variants.is_empty() {
        return;
    }
    ui.separator();
    ui.label(RichText::new(t.t("variants")).strong());
    match &p.game.session.variant {
        Some(v) => {
            let name = base
                .variant(v)
                .map(|x| x.name.get(lang).to_string())
                .unwrap_or_else(|| v.clone());
            ui.label(t.t_args("playing-variant", &[("name", name)]));
            if ui.button(t.t("play-baseline")).clicked() {
                p.push(UiCommand::PlayVariant(None));
            }
        }
        None => {
            ui.label(RichText::new(t.t("playing-baseline")).small());
        }
    }
    for v in &base.variants {
        ui.horizontal_wrapped(|ui| {
            if ui.button(t.t("compare")).clicked() {
                p.push(UiCommand::Compare(Some(v.id.clone())));
            }
            ui.label(RichText::new(v.name.get(lang)).strong());
        });
        ui.label(RichText::new(v.description.get(lang)).small());
    }
}
