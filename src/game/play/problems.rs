//! The problems of the scenario file after an edit, located, until it is fixed or closed.

use bevy_egui::egui::{self, RichText};

use super::Panel;
use crate::game::command::UiCommand;
use crate::game::theme::palette;

pub fn show(ctx: &egui::Context, p: &mut Panel) {
    let t = p.t;
    let Some(problems) = &p.game.problems else {
        return;
    };
    let mut open = true;
    // Warnings only: the file plays as it is, so the window says so, not "problems".
    let (title, explain) = if problems.has_errors() {
        ("problems-title", "problems-explain")
    } else {
        ("problems-warnings-title", "problems-warnings-explain")
    };
    egui::Window::new(t.t(title))
        .open(&mut open)
        .anchor(egui::Align2::CENTER_TOP, [0.0, 60.0])
        .show(ctx, |ui| {
            ui.label(t.t(explain));
            egui::ScrollArea::vertical()
                .max_height(300.0)
                .show(ui, |ui| {
                    // Located, in the language of the room: place, what is wrong, a tip.
                    let words = t.words();
                    for problem in &problems.0 {
                        let text = words.say(problem);
                        let colour = if problem.is_error() {
                            palette::ALERT
                        } else {
                            palette::WARNING
                        };
                        ui.label(RichText::new(text).monospace().color(colour));
                    }
                });
        });
    if !open {
        p.push(UiCommand::DismissProblems);
    }
}
