//! The form for new or edited support. Texts are written in the interface language; the
//! card's text in the other language is kept (`TokenDraft` in the engine sees to that).
//! The draft lives in the game, so a refused form comes back with what was typed.

use bevy_egui::egui::{self, RichText};
use samenspel_engine::draft::TokenDraft;

use super::Panel;
use crate::game::command::UiCommand;

pub fn show(ctx: &egui::Context, p: &mut Panel) {
    let Some(original) = &p.game.table.editing else {
        return;
    };
    let t = p.t;
    let mut draft = original.clone();
    let mut open = true;
    let mut close = false;
    let mut submitted = false;
    let title = t.t(if draft.is_edit() {
        "edit-support"
    } else {
        "new-support"
    });
    egui::Window::new(title)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .open(&mut open)
        .show(ctx, |ui| {
            egui::Grid::new("token-form")
                .num_columns(2)
                .spacing([12.0, 8.0])
                .show(ui, |ui| fields(ui, p, &mut draft));
            serves(ui, p, &mut draft);
            ui.horizontal(|ui| {
                let ok = draft.is_complete();
                let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
                let save = egui::Button::new(RichText::new(t.t("save")).strong());
                if ui.add_enabled(ok, save).clicked() || (ok && enter) {
                    submitted = true;
                }
                if ui.button(t.t("cancel")).clicked()
                    || ui.input(|i| i.key_pressed(egui::Key::Escape))
                {
                    close = true;
                }
            });
        });
    // The engine decides: on success the form closes, on refusal it stays as typed.
    if submitted {
        p.push(UiCommand::SubmitForm(draft));
    } else if !open || close {
        p.push(UiCommand::OpenForm(None));
    } else if &draft != original {
        p.push(UiCommand::OpenForm(Some(draft)));
    }
}

/// A choice from the scenario's lists, shown by name.
fn choose<'a>(
    ui: &mut egui::Ui,
    salt: &str,
    value: &mut String,
    options: impl Iterator<Item = (&'a str, &'a str)> + Clone,
) {
    let shown = options
        .clone()
        .find(|(id, _)| *id == value.as_str())
        .map(|(_, name)| name.to_string())
        .unwrap_or_default();
    egui::ComboBox::from_id_salt(salt)
        .selected_text(shown)
        .show_ui(ui, |ui| {
            for (id, name) in options {
                ui.selectable_value(value, id.to_string(), name);
            }
        });
}

fn fields(ui: &mut egui::Ui, p: &Panel, draft: &mut TokenDraft) {
    let (t, lang) = (p.t, p.t.lang);
    let s = &p.game.session.scenario;
    ui.label(t.t("role"));
    let roles = p.game.session.board().roles.iter();
    let roles = roles.filter_map(|id| s.role(id).map(|r| (id.as_str(), r.name.get(lang))));
    // An edited card keeps its role: a role's card stays that role's.
    ui.add_enabled_ui(!draft.is_edit(), |ui| {
        choose(ui, "form-role", &mut draft.role, roles)
    });
    ui.end_row();
    ui.label(t.t("domain"));
    let domains = s.domains.iter().map(|d| (d.id.as_str(), d.name.get(lang)));
    choose(ui, "form-domain", &mut draft.domain, domains);
    ui.end_row();
    ui.label(t.t("ring"));
    let rings = s.rings.iter().map(|r| (r.id.as_str(), r.name.get(lang)));
    choose(ui, "form-ring", &mut draft.ring, rings);
    ui.end_row();
    ui.label(t.t("who"));
    ui.text_edit_singleline(&mut draft.who);
    ui.end_row();
    ui.label(t.t("what"));
    let what = ui.text_edit_singleline(&mut draft.what);
    // Ready to type: the description has the keyboard when the form opens.
    if draft.what.is_empty() && ui.memory(|m| m.focused().is_none()) {
        what.request_focus();
    }
    ui.end_row();
    ui.label(t.t("law"));
    ui.text_edit_singleline(&mut draft.law);
    ui.end_row();
    ui.label(t.t("frequency"));
    ui.text_edit_singleline(&mut draft.frequency);
    ui.end_row();
    ui.label("");
    ui.checkbox(&mut draft.financial, t.t("financial"));
    ui.end_row();
}

/// The needs and goals this card serves.
fn serves(ui: &mut egui::Ui, p: &Panel, draft: &mut TokenDraft) {
    let (t, lang) = (p.t, p.t.lang);
    let s = &p.game.session.scenario;
    let needs = p.game.session.board().needs.iter();
    let needs: Vec<(&str, &str)> = needs
        .map(|n| (n.id.as_str(), n.text.get(lang)))
        .chain(
            s.persona
                .goals
                .iter()
                .map(|g| (g.id.as_str(), g.text.get(lang))),
        )
        .collect();
    if needs.is_empty() {
        return;
    }
    ui.label(RichText::new(t.t("serves")).strong());
    egui::ScrollArea::vertical()
        .max_height(160.0)
        .show(ui, |ui| {
            for (id, text) in needs {
                let mut on = draft.serves.iter().any(|x| x == id);
                if ui.checkbox(&mut on, text).changed() {
                    if on {
                        draft.serves.push(id.to_string());
                    } else {
                        draft.serves.retain(|x| x != id);
                    }
                }
            }
        });
}
