//! Step 2, De situatie op het bord: the roles lay their support, card by card if the
//! facilitator wants to build it up, and the coherence image of the board.

use bevy_egui::egui::{self, RichText};

use samenspel_engine::words::{Finding, On};

use super::{Panel, roles, token_details};
use crate::game::command::UiCommand;

pub fn show(ui: &mut egui::Ui, p: &mut Panel) {
    let t = p.t;
    roles::show(ui, p);
    ui.separator();
    ui.horizontal_wrapped(|ui| reveal_buttons(ui, p));
    ui.label(RichText::new(t.t("place-hint")).small());
    token_details::show(ui, p);
    // While the board is laid out card by card, the analysis would give it away.
    if p.game.table.revealed.is_none()
        && let Some(a) = &p.model.analysis
    {
        let session = &p.game.session;
        let (on, w) = (On::new(&session.scenario, session.board()), t.words());
        ui.separator();
        ui.label(RichText::new(w.say(&a.coherence.image)).strong());
        ui.label(on.say(&w, Finding::Coherence(&a.coherence)));
    }
}

/// Lay the starting board out card by card, or all at once.
fn reveal_buttons(ui: &mut egui::Ui, p: &mut Panel) {
    let t = p.t;
    let total = p.game.session.scenario.board.tokens.len();
    match p.game.table.revealed {
        Some(k) if k < total => {
            let next = t.t_args("reveal-next", &[("n", format!("{k}/{total}"))]);
            if ui.button(next).clicked() {
                p.push(UiCommand::Reveal(Some(k + 1)));
            }
            if ui.button(t.t("reveal-all")).clicked() {
                p.push(UiCommand::Reveal(None));
            }
        }
        Some(_) => {
            if ui.button(t.t("reveal-all")).clicked() {
                p.push(UiCommand::Reveal(None));
            }
        }
        None => {
            if ui.button(t.t("reveal-piecewise")).clicked() {
                p.push(UiCommand::Reveal(Some(0)));
            }
        }
    }
}
