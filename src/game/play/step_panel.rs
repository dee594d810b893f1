//! The panel for the current step, on the left of the wheel.

use bevy_egui::egui;
use samenspel_engine::Step;

use super::{Panel, kennismaken, reflection, situatie, variants, verandering};

pub fn show(ui: &mut egui::Ui, p: &mut Panel) {
    let (t, lang) = (p.t, p.t.lang);
    let step = p.game.session.state.step;
    ui.heading(format!(
        "{} {} — {}",
        t.t("step"),
        step.number(),
        step.title().get(lang)
    ));
    // What comes next, for the presenter (the audience sees only the current step).
    if let Some(next) = step.next() {
        let next = format!("{} {}", next.number(), next.title().get(lang));
        let line = t.t_args("next-step-preview", &[("step", next)]);
        ui.label(egui::RichText::new(line).small());
    }
    ui.separator();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| match step {
            Step::Kennismaken => kennismaken::show(ui, p),
            Step::Situatie => situatie::show(ui, p),
            Step::Verandering => {
                verandering::show(ui, p);
                variants::show(ui, p);
            }
            Step::Reflectie => {
                reflection::show(ui, p);
                variants::show(ui, p);
            }
        });
}
