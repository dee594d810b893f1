//! Baseline and a policy variant side by side, after the whole timeline: for a policy
//! maker asking what a rule change does to this person's support.

use bevy_egui::egui::{self, Color32, RichText};
use samenspel_engine::reflect::{Analysis, change};
use samenspel_engine::simulate::simulate;
use samenspel_engine::words::{Finding, On};

use super::i18n::Strings;
use super::state::{Game, UiCommand};

/// The comparison window; false when it should close.
pub fn window(
    ctx: &egui::Context,
    game: &Game,
    t: &Strings,
    variant: &str,
    out: &mut Vec<UiCommand>,
) -> bool {
    let lang = t.lang;
    // Compare from the scenario as written: the session may itself run a variant.
    let base_scenario = &game.base;
    let mut open = true;
    egui::Window::new(t.t("compare-title"))
        .open(&mut open)
        .default_width(760.0)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            let base = simulate(base_scenario, None, game.session.seed, 0);
            let with = simulate(base_scenario, Some(variant), game.session.seed, 0);
            let (Ok((_, base)), Ok((session, with))) = (base, with) else {
                ui.label(t.t("compare-unavailable"));
                return;
            };
            let (b, w) = (
                base.last().expect("a timeline has a start"),
                with.last().expect("a timeline has a start"),
            );
            let v = session.scenario.variant(variant);
            if let Some(v) = v {
                ui.heading(v.name.get(lang));
                ui.label(v.description.get(lang));
            }
            ui.separator();
            let row = |ui: &mut egui::Ui, name: &str, a: &Analysis| {
                ui.label(RichText::new(name).strong());
                ui.label(a.gaps.len().to_string());
                ui.label(format!("{:.2}", a.coherence.score));
                ui.label(t.words().say(&a.coherence.image));
                ui.label(format!("{:.0}%", a.balance.professional_share * 100.0));
                ui.end_row();
            };
            egui::Grid::new("compare")
                .striped(true)
                .num_columns(5)
                .show(ui, |ui| {
                    for h in ["", "gaps", "coherence", "image", "professional"] {
                        ui.label(
                            RichText::new(if h.is_empty() {
                                String::new()
                            } else {
                                t.t(&format!("compare-{h}"))
                            })
                            .small(),
                        );
                    }
                    ui.end_row();
                    row(ui, &t.t("compare-baseline"), &b.analysis);
                    row(
                        ui,
                        v.map(|v| v.name.get(lang)).unwrap_or(variant),
                        &w.analysis,
                    );
                });
            let diff = change(&session.scenario, &b.board, &w.board);
            ui.separator();
            let words = t.words();
            let after = On::new(&session.scenario, &w.board);
            let before = On::new(&session.scenario, &b.board);
            ui.label(after.before(&b.board).say(&words, Finding::Change(&diff)));
            egui::ScrollArea::vertical()
                .max_height(320.0)
                .show(ui, |ui| {
                    for g in &diff.gaps_closed {
                        ui.label(
                            RichText::new(format!(
                                "✔ {}: {}",
                                t.t("compare-closed"),
                                before.say(&words, Finding::Gap(g))
                            ))
                            .color(Color32::from_rgb(0, 110, 70)),
                        );
                    }
                    for g in &diff.gaps_opened {
                        ui.label(
                            RichText::new(format!(
                                "⚠ {}: {}",
                                t.t("compare-opened"),
                                after.say(&words, Finding::Gap(g))
                            ))
                            .color(Color32::from_rgb(176, 0, 32)),
                        );
                    }
                });
            ui.separator();
            if ui.button(t.t("compare-play")).clicked() {
                out.push(UiCommand::PlayVariant(Some(variant.to_string())));
            }
        });
    open
}
