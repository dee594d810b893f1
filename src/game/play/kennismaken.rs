//! Step 1, Kennismaken: the persona in her own words — the interview, her goals, and how
//! self-reliant she is per life domain.

use bevy_egui::egui::{self, RichText};

use samenspel_engine::Action;
use samenspel_engine::scenario::PERSONA;

use super::Panel;
use crate::game::command::UiCommand;
use crate::game::theme::palette;

pub fn show(ui: &mut egui::Ui, p: &mut Panel) {
    let (t, lang) = (p.t, p.t.lang);
    let s = &p.game.session.scenario;
    let board = p.game.session.board();
    let heading = ui.text_style_height(&egui::TextStyle::Heading);
    let body = ui.text_style_height(&egui::TextStyle::Body);
    ui.label(
        RichText::new(format!("{}, {}", s.persona.name, board.age))
            .size(heading * 1.2)
            .strong(),
    );
    ui.label(RichText::new(s.summary.get(lang)).italics());
    ui.add_space(8.0);
    for line in &s.persona.interview {
        ui.label(
            RichText::new(line.question.get(lang))
                .strong()
                .color(palette::QUESTION),
        );
        ui.label(RichText::new(line.answer.get(lang)).size(body * 1.15));
        ui.add_space(6.0);
    }
    let domain_name = |id: &str| s.domain(id).map(|d| d.name.get(lang)).unwrap_or("");
    if !s.persona.goals.is_empty() {
        ui.label(RichText::new(t.t("own-goals")).strong());
        for g in &s.persona.goals {
            ui.label(format!(
                "• {} ({})",
                g.text.get(lang),
                domain_name(&g.domain)
            ));
        }
    }
    if !board.self_reliance.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new(t.t("self-reliance")).strong());
        for sr in &board.self_reliance {
            ui.label(format!(
                "{}: {}/5 {}",
                domain_name(&sr.domain),
                sr.level.number(),
                sr.level.label().get(lang)
            ));
        }
    }
    own_regie(ui, p);
}

/// Regie bij de cliënt: the persona can be her own regisseur.
fn own_regie(ui: &mut egui::Ui, p: &mut Panel) {
    let t = p.t;
    let name = p.game.session.scenario.persona.name.clone();
    let is_own = p.game.session.board().regisseur.as_deref() == Some(PERSONA);
    let key = if is_own {
        "regisseur-self-unset"
    } else {
        "regisseur-self-set"
    };
    ui.add_space(6.0);
    if ui.button(t.t_args(key, &[("naam", name)])).clicked() {
        let token = (!is_own).then(|| PERSONA.to_string());
        p.push(UiCommand::Act(Action::SetRegisseur { token }));
    }
}
