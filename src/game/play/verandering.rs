//! Step 3, De situatie verandert: the scheduled events and the deck, and for each event
//! that happened what ended, what came, which needs are new and how the gaps moved.

use bevy_egui::egui::{self, RichText};
use samenspel_engine::Action;
use samenspel_engine::reflect::Change;
use samenspel_engine::scenario::When;
use samenspel_engine::session::undrawn_deck;

use super::{Panel, roles, token_details};
use crate::game::command::UiCommand;
use crate::game::theme::palette;
use crate::game::wheel::short_label;

pub fn show(ui: &mut egui::Ui, p: &mut Panel) {
    roles::show(ui, p);
    ui.separator();
    events(ui, p);
    ui.separator();
    for (i, change) in p.model.changes.iter().enumerate().rev() {
        egui::Frame::group(ui.style()).show(ui, |ui| log_entry(ui, p, i, change));
    }
    token_details::show(ui, p);
}

/// The scheduled events as buttons (each happens once), and the deck.
fn events(ui: &mut egui::Ui, p: &mut Panel) {
    let (t, lang) = (p.t, p.t.lang);
    let s = &p.game.session.scenario;
    let state = &p.game.session.state;
    ui.label(RichText::new(t.t("events")).strong());
    for e in s.events.iter().filter(|e| e.when == When::Scheduled) {
        let happened = state.log.iter().any(|l| l.event == e.id);
        ui.horizontal_wrapped(|ui| {
            let title = RichText::new(format!("⚡ {}", e.title.get(lang))).strong();
            if ui
                .add_enabled(!happened, egui::Button::new(title))
                .clicked()
            {
                p.push(UiCommand::Act(Action::TriggerEvent {
                    event: e.id.clone(),
                }));
            }
            if happened {
                ui.label("✔");
            }
        });
        ui.label(RichText::new(e.description.get(lang)).small());
    }
    let left = undrawn_deck(s, state).len();
    if s.deck().count() > 0 {
        let draw = egui::Button::new(t.t_args("draw-card", &[("n", left.to_string())]));
        if ui.add_enabled(left > 0, draw).clicked() {
            p.push(UiCommand::Act(Action::DrawEvent));
        }
    }
}

/// The self-reliance (ZRM) levels the event moved: "Inkomen: 3 → 2 niet zelfredzaam".
fn self_reliance(ui: &mut egui::Ui, p: &Panel, c: &Change) {
    if c.self_reliance.is_empty() {
        return;
    }
    let (t, lang) = (p.t, p.t.lang);
    let s = &p.game.session.scenario;
    ui.label(RichText::new(t.t("self-reliance")).strong());
    let level = |l: Option<samenspel_engine::scenario::Level>| {
        l.map_or("–".to_string(), |l| l.number().to_string())
    };
    for m in &c.self_reliance {
        let domain = s
            .domain(&m.domain)
            .map_or(m.domain.as_str(), |d| d.name.get(lang));
        let label = m
            .after
            .map(|l| l.label().get(lang).to_string())
            .unwrap_or_default();
        ui.label(format!(
            "{domain}: {} → {} {label}",
            level(m.before),
            level(m.after)
        ));
    }
}

/// One event that happened and what it changed.
fn log_entry(ui: &mut egui::Ui, p: &Panel, index: usize, c: &Change) {
    let (t, lang) = (p.t, p.t.lang);
    let s = &p.game.session.scenario;
    let log = &p.game.session.state.log;
    let Some(entry) = log.get(index) else { return };
    // The board right after this event: before the next one, or the board of now.
    let after = log
        .get(index + 1)
        .map_or(p.game.session.board(), |next| &next.board_before);
    ui.label(RichText::new(entry.title.get(lang)).strong());
    if let Some(e) = s.event(&entry.event) {
        ui.label(e.description.get(lang));
    }
    let ended: Vec<_> = after
        .ended
        .iter()
        .filter(|e| e.event == entry.event)
        .collect();
    if !ended.is_empty() {
        ui.label(RichText::new(t.t("ended")).strong().color(palette::ALERT));
        // Support that stops because she turns 18: the field's own term, and why.
        if s.event(&entry.event).is_some_and(|e| e.harde_knip()) {
            ui.label(
                RichText::new(t.t("werk-harde-knip"))
                    .strong()
                    .color(palette::ALERT),
            );
            let name = s.persona.name.clone();
            ui.label(RichText::new(t.t_args("werk-harde-knip-explain", &[("name", name)])).small());
        }
        for e in ended {
            let who = short_label(e.token.who.get(lang));
            ui.label(format!("× {who} — {}", e.token.what.get(lang)))
                .on_hover_text(e.reason.get(lang));
        }
    }
    let added: Vec<_> = c.added.iter().filter_map(|id| after.token(id)).collect();
    if !added.is_empty() {
        ui.label(RichText::new(t.t("added")).strong());
        for tok in added {
            let who = short_label(tok.who.get(lang));
            ui.label(format!("+ {who} — {}", tok.what.get(lang)));
        }
    }
    let needs: Vec<_> = c
        .needs_added
        .iter()
        .filter_map(|id| after.needs.iter().find(|n| &n.id == id))
        .collect();
    if !needs.is_empty() {
        ui.label(RichText::new(t.t("new-needs")).strong());
        for n in needs {
            ui.label(format!("• {}", n.text.get(lang)));
        }
    }
    self_reliance(ui, p, c);
    let gaps = t.t_args(
        "gaps-opened",
        &[
            ("opened", c.gaps_opened.len().to_string()),
            ("closed", c.gaps_closed.len().to_string()),
        ],
    );
    ui.label(RichText::new(gaps).strong());
    ui.label(
        RichText::new(format!(
            "{}: {:.2} -> {:.2} ({} -> {})",
            t.t("compare-coherence"),
            c.score_before,
            c.score_after,
            t.words().say(&c.image_before),
            t.words().say(&c.image_after)
        ))
        .small(),
    );
}
