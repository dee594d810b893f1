//! Baseline and a policy variant side by side, after the whole timeline: for a policy
//! maker asking what a rule change does to this person's support. The simulations run
//! once, in the view model, not per frame.

use bevy_egui::egui::{self, RichText};
use samenspel_engine::reflect::Analysis;
use samenspel_engine::words::{Finding, On};

use super::Panel;
use crate::game::command::UiCommand;
use crate::game::theme::palette;
use crate::game::view_model::Comparison;

pub fn show(ctx: &egui::Context, p: &mut Panel) {
    let t = p.t;
    let Some(variant) = &p.game.table.comparing else {
        return;
    };
    let mut open = true;
    egui::Window::new(t.t("compare-title"))
        .open(&mut open)
        .default_width(760.0)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| match &p.model.comparison {
            Some(c) if &c.variant == variant => body(ui, p, c),
            _ => {
                ui.label(t.t("compare-unavailable"));
            }
        });
    if !open {
        p.push(UiCommand::Compare(None));
    }
}

fn body(ui: &mut egui::Ui, p: &mut Panel, c: &Comparison) {
    let (t, lang) = (p.t, p.t.lang);
    let v = c.scenario.variant(&c.variant);
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
            ui.label("");
            for h in ["gaps", "coherence", "image", "professional"] {
                ui.label(RichText::new(t.t(&format!("compare-{h}"))).small());
            }
            ui.end_row();
            row(ui, &t.t("compare-baseline"), &c.base);
            let name = v.map(|v| v.name.get(lang)).unwrap_or(&c.variant);
            row(ui, name, &c.with);
        });
    ui.separator();
    let words = t.words();
    let before = On::new(&c.scenario, &c.base_board);
    let after = On::new(&c.scenario, &c.with_board);
    let with_before = On::new(&c.scenario, &c.with_board).before(&c.base_board);
    ui.label(with_before.say(&words, Finding::Change(&c.change)));
    egui::ScrollArea::vertical()
        .max_height(320.0)
        .show(ui, |ui| {
            for g in &c.change.gaps_closed {
                let text = format!(
                    "✔ {}: {}",
                    t.t("compare-closed"),
                    before.say(&words, Finding::Gap(g))
                );
                ui.label(RichText::new(text).color(palette::CLOSED));
            }
            for g in &c.change.gaps_opened {
                let text = format!(
                    "⚠ {}: {}",
                    t.t("compare-opened"),
                    after.say(&words, Finding::Gap(g))
                );
                ui.label(RichText::new(text).color(palette::ALERT));
            }
        });
    ui.separator();
    if ui.button(t.t("compare-play")).clicked() {
        p.push(UiCommand::PlayVariant(Some(c.variant.clone())));
    }
}
