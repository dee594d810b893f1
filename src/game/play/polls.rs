//! "Stemmen met de voeten": a vote per person for or against each statement, the counts
//! hidden until the facilitator shows them (so the room does not follow the room).

use bevy_egui::egui::{self, RichText};
use samenspel_engine::Action;
use samenspel_engine::scenario::Poll;

use super::Panel;
use crate::game::command::UiCommand;
use crate::game::theme::palette;

pub fn show(ui: &mut egui::Ui, p: &mut Panel) {
    let t = p.t;
    let s = &p.game.session.scenario;
    if s.polls.is_empty() {
        return;
    }
    ui.separator();
    ui.horizontal(|ui| {
        ui.label(RichText::new(t.t("polls")).strong());
        let shown = p.game.table.poll_revealed;
        let label = t.t(if shown {
            "hide-results"
        } else {
            "show-results"
        });
        if ui.button(label).clicked() {
            p.push(UiCommand::RevealPolls(!shown));
        }
    });
    for poll in &s.polls {
        if poll.options.is_empty() {
            statement(ui, p, poll);
        } else {
            super::werksessie::options_poll(ui, p, poll);
        }
    }
}

fn statement(ui: &mut egui::Ui, p: &mut Panel, poll: &Poll) {
    let (t, lang) = (p.t, p.t.lang);
    let result = p
        .game
        .session
        .state
        .polls
        .iter()
        .find(|r| r.poll == poll.id);
    let (agree, disagree) = result.map_or((0, 0), |r| (r.agree, r.disagree));
    ui.label(RichText::new(poll.statement.get(lang)).italics());
    ui.horizontal(|ui| {
        for (yes, key) in [(true, "agree"), (false, "disagree")] {
            if ui.button(format!("+ {}", t.t(key))).clicked() {
                p.push(UiCommand::Act(Action::Vote {
                    poll: poll.id.clone(),
                    agree: yes,
                }));
            }
        }
        if p.game.table.poll_revealed {
            bar(ui, agree, disagree);
            ui.label(format!(
                "{agree} {} · {disagree} {}",
                t.t("agree"),
                t.t("disagree")
            ));
        } else {
            ui.label(RichText::new(t.t("votes-hidden")).small());
        }
    });
}

/// Agree and disagree as one bar; an empty grey bar before the first vote.
fn bar(ui: &mut egui::Ui, agree: u32, disagree: u32) {
    let width = 160.0;
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, 18.0), egui::Sense::hover());
    let painter = ui.painter();
    if agree == 0 && disagree == 0 {
        painter.rect_filled(rect, 2.0, palette::NO_VOTES);
        return;
    }
    let total = agree.saturating_add(disagree) as f32;
    let split = rect.left() + width * agree as f32 / total;
    let left = egui::Rect::from_min_max(rect.min, egui::pos2(split, rect.bottom()));
    let right = egui::Rect::from_min_max(egui::pos2(split, rect.top()), rect.max);
    painter.rect_filled(left, 2.0, palette::AGREE);
    if disagree > 0 {
        painter.rect_filled(right, 2.0, palette::DISAGREE);
    }
}
