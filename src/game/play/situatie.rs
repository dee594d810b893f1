//! Step 2, De situatie op het bord: the roles lay their support — the starting cards from
//! their hands, one by one, if the facilitator deals them — and the coherence image of the
//! board.

use bevy_egui::egui::{self, RichText};

use samenspel_engine::Action;
use samenspel_engine::words::{Finding, On};

use super::{Panel, roles, token_details};
use crate::game::command::UiCommand;

pub fn show(ui: &mut egui::Ui, p: &mut Panel) {
    let t = p.t;
    roles::show(ui, p);
    ui.separator();
    ui.horizontal_wrapped(|ui| hand_buttons(ui, p));
    ui.label(RichText::new(t.t("place-hint")).small());
    token_details::show(ui, p);
    // While cards are still in hand, the analysis would give the board away.
    if p.game.session.state.hand.is_empty()
        && let Some(a) = &p.model.analysis
    {
        let session = &p.game.session;
        let (on, w) = (On::new(&session.scenario, session.board()), t.words());
        ui.separator();
        ui.label(RichText::new(w.say(&a.coherence.image)).strong());
        ui.label(on.say(&w, Finding::Coherence(&a.coherence)));
    }
}

/// Deal the starting cards into the roles' hands, lay the next one (of the active role, or
/// any for the facilitator), or lay what nobody laid ("Alles tonen"). The engine decides.
fn hand_buttons(ui: &mut egui::Ui, p: &mut Panel) {
    let t = p.t;
    let session = &p.game.session;
    let hand = &session.state.hand;
    if hand.is_empty() {
        if ui.button(t.t("reveal-piecewise")).clicked() {
            p.push(UiCommand::Act(Action::DealStartingCards));
        }
        return;
    }
    let total = session.scenario.board.tokens.len();
    let laid = total.saturating_sub(hand.len());
    let active = p.game.table.active_role.as_deref();
    let next = hand.iter().find(|id| {
        let role = session.board().token(id).map(|k| k.role.as_str());
        active.is_none_or(|r| role == Some(r))
    });
    if let Some(token) = next.cloned() {
        let label = t.t_args("reveal-next", &[("n", format!("{laid}/{total}"))]);
        if ui.button(label).clicked() {
            p.push(UiCommand::Act(Action::LayStartingCard { token }));
        }
    }
    if ui.button(t.t("reveal-all")).clicked() {
        p.push(UiCommand::Act(Action::LayAllStartingCards));
    }
    ui.label(RichText::new(t.t("reveal-hand-hint")).small());
}
