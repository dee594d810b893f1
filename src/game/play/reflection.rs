//! Step 4, Reflectie: the rounds, what each round's findings show on the board, the room's
//! notes, the polls and the observer form.

use bevy_egui::egui::{self, RichText};
use samenspel_engine::Action;
use samenspel_engine::reflect::{fill, rounds};
use samenspel_engine::words::{Finding, On};

use super::{Panel, observer, polls};
use crate::game::command::UiCommand;
use crate::game::theme::palette;

pub fn show(ui: &mut egui::Ui, p: &mut Panel) {
    let (t, lang) = (p.t, p.t.lang);
    let s = &p.game.session.scenario;
    let all = rounds(s);
    ui.horizontal_wrapped(|ui| {
        for (i, r) in all.iter().enumerate() {
            let label = format!("{}. {}", i + 1, fill(r.title.get(lang), s));
            if ui
                .selectable_label(p.game.table.round == i, label)
                .clicked()
            {
                p.push(UiCommand::Round(i));
            }
        }
    });
    let Some(round) = all.get(p.game.table.round.min(all.len().saturating_sub(1))) else {
        return;
    };
    ui.separator();
    ui.heading(fill(round.title.get(lang), s));
    let body = ui.text_style_height(&egui::TextStyle::Body);
    for q in &round.questions {
        ui.label(RichText::new(format!("• {}", fill(q.get(lang), s))).size(body * 1.15));
    }
    findings(ui, p);
    ui.separator();
    notes(ui, p, &round.id);
    polls::show(ui, p);
    ui.separator();
    egui::CollapsingHeader::new(RichText::new(t.t("observer")).strong())
        .show(ui, |ui| observer::show(ui, p));
}

/// What the round's highlights found on the board, in words.
fn findings(ui: &mut egui::Ui, p: &Panel) {
    let (t, w) = (p.t, p.t.words());
    let (Some(h), Some(analysis)) = (&p.model.highlighted, &p.model.analysis) else {
        return;
    };
    let on = On::new(&p.game.session.scenario, p.game.session.board());
    if !h.gaps.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new(t.t("findings")).strong());
        for g in &h.gaps {
            let text = format!("⚠ {}: {}", w.say(&g.kind), on.say(&w, Finding::Gap(g)));
            ui.label(RichText::new(text).color(palette::FINDING));
        }
    }
    if h.links {
        ui.label(on.say(&w, Finding::Coherence(&analysis.coherence)));
        ui.label(RichText::new(on.say(&w, Finding::ScoreRule)).small());
    }
}

/// The post-its of this round, and a field for a new one (Ctrl+Enter adds it).
fn notes(ui: &mut egui::Ui, p: &mut Panel, round: &str) {
    let t = p.t;
    ui.label(RichText::new(t.t("notes")).strong());
    let state = &p.game.session.state;
    let in_round = state.notes.iter().enumerate();
    for (i, n) in in_round.filter(|(_, n)| n.round.as_deref() == Some(round)) {
        // A held post-it (from a phone) waits for the facilitator before the wall sees it.
        let fill = if n.held {
            palette::BUTTON
        } else {
            palette::NOTE
        };
        egui::Frame::new()
            .fill(fill)
            .inner_margin(6.0)
            .show(ui, |ui| {
                ui.label(&n.text);
                let label = t.t(if n.held { "note-show" } else { "note-hold" });
                if ui.small_button(label).clicked() {
                    p.push(UiCommand::Act(Action::ShowNote {
                        note: i,
                        shown: n.held,
                    }));
                }
            });
    }
    // The draft lives in egui's memory: typing is not a change to the session.
    let id = ui.id().with(("note", round));
    let mut draft: String = ui.data_mut(|d| d.get_temp(id).unwrap_or_default());
    let response = ui.add(
        egui::TextEdit::multiline(&mut draft)
            .hint_text(t.t("note-hint"))
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    );
    let submit = ui.button(t.t("add-note")).clicked()
        || (response.has_focus()
            && ui.input(|i| i.key_pressed(egui::Key::Enter) && i.modifiers.ctrl));
    if submit && !draft.trim().is_empty() {
        p.push(UiCommand::Act(Action::AddNote {
            round: Some(round.to_string()),
            text: draft.clone(),
        }));
        draft.clear();
    }
    ui.data_mut(|d| d.insert_temp(id, draft));
}
