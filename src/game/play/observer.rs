//! The observer form: how often each indicator of werkalliantie and samenwerking was seen.

use bevy_egui::egui::{self, RichText};
use samenspel_engine::Action;
use samenspel_engine::observe::{INDICATORS, Part, Score};

use super::Panel;
use crate::game::command::UiCommand;

pub fn show(ui: &mut egui::Ui, p: &mut Panel) {
    let lang = p.t.lang;
    let observations = &p.game.session.state.observations;
    for part in [Part::Werkalliantie, Part::Samenwerking] {
        ui.label(RichText::new(part.title().get(lang)).strong());
        for i in INDICATORS.iter().filter(|i| i.part == part) {
            let current = observations
                .iter()
                .find(|o| o.indicator == i.id)
                .map(|o| o.score);
            ui.label(format!("{} — {}", i.theme().get(lang), i.text().get(lang)));
            ui.horizontal(|ui| {
                for score in Score::ALL {
                    let label = score.label().get(lang).to_string();
                    if ui.selectable_label(current == Some(score), label).clicked() {
                        p.push(UiCommand::Act(Action::Observe {
                            indicator: i.id.to_string(),
                            score,
                        }));
                    }
                }
            });
        }
    }
}
