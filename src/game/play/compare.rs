//! Baseline and a policy variant side by side, after the whole timeline: for a policy
//! maker asking what a rule change does to this person's support. The simulations run
//! once, in the view model, not per frame.

use bevy_egui::egui::{self, RichText};
use samenspel_engine::compare::{Comparison, Side, marks};
use samenspel_engine::reflect::Analysis;
use samenspel_engine::scene::{Canvas, Scene};
use samenspel_engine::words::{Finding, On};

use super::Panel;
use crate::game::command::UiCommand;
use crate::game::paint;
use crate::game::theme::palette;

pub fn show(ctx: &egui::Context, p: &mut Panel) {
    let t = p.t;
    let Some(variant) = &p.game.table.comparing else {
        return;
    };
    let mut open = true;
    egui::Window::new(t.t("compare-title"))
        .open(&mut open)
        .default_width(900.0)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            let model = p.model;
            let shown = model.comparison.as_ref().and_then(|c| {
                let side = c.sides.first().filter(|side| &side.id == variant)?;
                Some((c, side))
            });
            match shown {
                Some((c, side)) => body(ui, p, c, side),
                None => {
                    ui.label(t.t("compare-unavailable"));
                }
            }
        });
    if !open {
        p.push(UiCommand::Compare(None));
    }
}

fn body(ui: &mut egui::Ui, p: &mut Panel, c: &Comparison, side: &Side) {
    let (t, lang) = (p.t, p.t.lang);
    if let Some(v) = &side.variant {
        ui.heading(v.name.get(lang));
        ui.label(v.description.get(lang));
    }
    ui.separator();
    wheels(ui, p, c, side);
    totals(ui, p, c, side);
    ui.separator();
    egui::CollapsingHeader::new(RichText::new(t.t("compare-details")).strong())
        .show(ui, |ui| details(ui, p, c, side));
    ui.separator();
    if ui.button(t.t("compare-play")).clicked() {
        p.push(UiCommand::PlayVariant(Some(side.id.clone())));
    }
}

/// The two final boards side by side: on the current rules the gaps the variant closes,
/// on the variant the gaps it opens.
fn wheels(ui: &mut egui::Ui, p: &Panel, c: &Comparison, side: &Side) {
    let (t, lang) = (p.t, p.t.lang);
    let size = (ui.available_width() / 2.0 - 12.0).clamp(200.0, 420.0);
    let closed = side.change.gaps_closed.len();
    let opened = side.change.gaps_opened.len();
    let boards = [
        (
            &c.scenario,
            &c.base.board,
            marks(side.change.gaps_closed.iter()),
            t.t("compare-baseline"),
            (
                format!("✔ {closed} {}", t.t("compare-closed")),
                palette::CLOSED,
            ),
        ),
        (
            &side.played,
            &side.end.board,
            marks(side.change.marked()),
            side.name(lang),
            (
                format!("⚠ {opened} {}", t.t("compare-opened")),
                palette::ALERT,
            ),
        ),
    ];
    ui.horizontal_top(|ui| {
        for (scenario, board, marks, title, (caption, colour)) in boards {
            ui.vertical(|ui| {
                ui.label(RichText::new(title).strong());
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
                let canvas = Canvas::new(size, size, lang)
                    .at(rect.left(), rect.top())
                    .legend(false);
                let scene = Scene::build(scenario, board, &marks, &canvas);
                paint::scene(&ui.painter_at(rect), &scene, 1.0);
                ui.label(RichText::new(caption).strong().color(colour));
            });
        }
    });
}

/// Findings, coherence, image and professional share of both, in large type.
fn totals(ui: &mut egui::Ui, p: &Panel, c: &Comparison, side: &Side) {
    let t = p.t;
    let big = ui.text_style_height(&egui::TextStyle::Heading);
    let row = |ui: &mut egui::Ui, name: &str, a: &Analysis| {
        ui.label(RichText::new(name).strong());
        ui.label(RichText::new(a.gaps.len().to_string()).size(big).strong());
        ui.label(RichText::new(format!("{:.2}", a.coherence.score)).size(big));
        ui.label(t.words().say(&a.coherence.image));
        let share = format!("{:.0}%", a.balance.professional_share * 100.0);
        ui.label(RichText::new(share).size(big));
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
            row(ui, &t.t("compare-baseline"), &c.base.analysis);
            row(ui, &side.name(t.lang), &side.end.analysis);
        });
    // Room in today's law, a new rule, or a way of working.
    if let Some(kind) = side.kind(t.lang) {
        ui.label(RichText::new(kind).strong());
    }
}

/// The change in words, and every gap closed and opened.
fn details(ui: &mut egui::Ui, p: &Panel, c: &Comparison, side: &Side) {
    let t = p.t;
    let words = t.words();
    let before = On::new(&side.played, &c.base.board);
    let after = On::new(&side.played, &side.end.board);
    let summary = after
        .before(&c.base.board)
        .say(&words, Finding::Change(&side.change));
    ui.label(summary);
    egui::ScrollArea::vertical()
        .max_height(240.0)
        .show(ui, |ui| {
            for g in &side.change.gaps_closed {
                let text = format!(
                    "✔ {}: {}",
                    t.t("compare-closed"),
                    before.say(&words, Finding::Gap(g))
                );
                ui.label(RichText::new(text).color(palette::CLOSED));
            }
            for g in &side.change.gaps_opened {
                let text = format!(
                    "⚠ {}: {}",
                    t.t("compare-opened"),
                    after.say(&words, Finding::Gap(g))
                );
                ui.label(RichText::new(text).color(palette::ALERT));
            }
            // The same gap with other cards or roles: once, as it is under the variant.
            for g in &side.change.gaps_changed {
                let text = format!(
                    "~ {}: {}",
                    t.t("compare-changed"),
                    after.say(&words, Finding::Gap(&g.after))
                );
                ui.label(RichText::new(text).color(palette::WARNING));
            }
        });
}
