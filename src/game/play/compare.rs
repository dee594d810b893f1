//! Baseline and a policy variant side by side, after the whole timeline: for a policy
//! maker asking what a rule change does to this person's support. The simulations run
//! once, in the view model, not per frame.

use bevy_egui::egui::{self, RichText};
use samenspel_engine::reflect::{Analysis, Gap};
use samenspel_engine::scene::{Canvas, Highlights, Scene};
use samenspel_engine::words::{Finding, On};

use super::Panel;
use crate::game::command::UiCommand;
use crate::game::paint;
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
        .default_width(900.0)
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
    let name = v.map(|v| v.name.get(lang)).unwrap_or(&c.variant);
    wheels(ui, p, c, name);
    totals(ui, p, c, name);
    ui.separator();
    egui::CollapsingHeader::new(RichText::new(t.t("compare-details")).strong())
        .show(ui, |ui| details(ui, p, c));
    ui.separator();
    if ui.button(t.t("compare-play")).clicked() {
        p.push(UiCommand::PlayVariant(Some(c.variant.clone())));
    }
}

/// The gaps of `gaps` as marks on a wheel: their domains and their cards.
fn marks<'a>(gaps: impl Iterator<Item = &'a Gap>) -> Highlights {
    let mut marks = Highlights::default();
    for g in gaps {
        marks.domains.extend(g.domain.iter().cloned());
        marks.tokens.extend(g.tokens.iter().cloned());
    }
    marks
}

/// The two final boards side by side: on the current rules the gaps the variant closes,
/// on the variant the gaps it opens.
fn wheels(ui: &mut egui::Ui, p: &Panel, c: &Comparison, name: &str) {
    let t = p.t;
    let side = (ui.available_width() / 2.0 - 12.0).clamp(200.0, 420.0);
    let boards = [
        (
            &c.base_board,
            marks(c.change.gaps_closed.iter()),
            t.t("compare-baseline"),
        ),
        (
            &c.with_board,
            marks(c.change.gaps_opened.iter()),
            name.to_string(),
        ),
    ];
    let captions = [
        (
            format!("✔ {} {}", c.change.gaps_closed.len(), t.t("compare-closed")),
            palette::CLOSED,
        ),
        (
            format!("⚠ {} {}", c.change.gaps_opened.len(), t.t("compare-opened")),
            palette::ALERT,
        ),
    ];
    ui.horizontal_top(|ui| {
        for ((board, marks, title), (caption, colour)) in boards.into_iter().zip(captions) {
            ui.vertical(|ui| {
                ui.label(RichText::new(title).strong());
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(side, side), egui::Sense::hover());
                let canvas = Canvas::new(side, side, t.lang)
                    .at(rect.left(), rect.top())
                    .legend(false);
                let scene = Scene::build(&c.scenario, board, &marks, &canvas);
                paint::scene(&ui.painter_at(rect), &scene, 1.0);
                ui.label(RichText::new(caption).strong().color(colour));
            });
        }
    });
}

/// Findings, coherence, image and professional share of both, in large type.
fn totals(ui: &mut egui::Ui, p: &Panel, c: &Comparison, name: &str) {
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
            row(ui, &t.t("compare-baseline"), &c.base);
            row(ui, name, &c.with);
        });
}

/// The change in words, and every gap closed and opened.
fn details(ui: &mut egui::Ui, p: &Panel, c: &Comparison) {
    let t = p.t;
    let words = t.words();
    let before = On::new(&c.scenario, &c.base_board);
    let after = On::new(&c.scenario, &c.with_board);
    let with_before = On::new(&c.scenario, &c.with_board).before(&c.base_board);
    ui.label(with_before.say(&words, Finding::Change(&c.change)));
    egui::ScrollArea::vertical()
        .max_height(240.0)
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
}
