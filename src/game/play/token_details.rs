//! The selected card: who, what, role, domain, ring and law; edit, remove, a line to the
//! persona, regisseur; and lines to the other cards, of the kind chosen here.

use bevy_egui::egui::{self, RichText};
use samenspel_engine::Action;
use samenspel_engine::draft::TokenDraft;
use samenspel_engine::scenario::{Link, LinkKind, PERSONA, Token};

use super::Panel;
use crate::game::command::UiCommand;

pub fn show(ui: &mut egui::Ui, p: &mut Panel) {
    let board = p.game.session.board();
    let Some(token) = p
        .game
        .table
        .selected
        .as_deref()
        .and_then(|id| board.token(id))
    else {
        return;
    };
    ui.separator();
    egui::Frame::group(ui.style()).show(ui, |ui| {
        describe(ui, p, token);
        buttons(ui, p, token);
        links(ui, p, token);
    });
}

fn describe(ui: &mut egui::Ui, p: &Panel, token: &Token) {
    let lang = p.t.lang;
    let s = &p.game.session.scenario;
    ui.label(RichText::new(token.who.get(lang)).strong());
    ui.label(token.what.get(lang));
    let role = s.role(&token.role).map(|r| r.name.get(lang)).unwrap_or("");
    let domain = s
        .domain(&token.domain)
        .map(|d| d.name.get(lang))
        .unwrap_or("");
    let ring = s.ring(&token.ring).map(|r| r.name.get(lang)).unwrap_or("");
    ui.label(RichText::new(format!("{role} · {domain} · {ring}")).small());
    if let Some(law) = &token.law {
        ui.label(RichText::new(format!("§ {law}")).small());
    }
}

fn buttons(ui: &mut egui::Ui, p: &mut Panel, token: &Token) {
    let (t, lang) = (p.t, p.t.lang);
    let is_regisseur = p.game.session.board().regisseur.as_deref() == Some(token.id.as_str());
    ui.horizontal_wrapped(|ui| {
        if ui.button(t.t("edit")).clicked() {
            p.push(UiCommand::OpenForm(Some(TokenDraft::edit(token, lang))));
        }
        if ui.button(t.t("remove")).clicked() {
            p.push(UiCommand::RemoveSelected);
        }
        if ui.button(t.t("link-persona")).clicked() {
            p.push(UiCommand::Act(Action::Link(Link {
                from: token.id.clone(),
                to: PERSONA.into(),
                kind: LinkKind::Contact,
            })));
        }
        let label = t.t(if is_regisseur {
            "regisseur-unset"
        } else {
            "regisseur-set"
        });
        if ui.button(label).clicked() {
            let token = (!is_regisseur).then(|| token.id.clone());
            p.push(UiCommand::Act(Action::SetRegisseur { token }));
        }
    });
}

/// Lines to the other cards: the kind of line new links get is remembered while the
/// panel is open.
fn links(ui: &mut egui::Ui, p: &mut Panel, token: &Token) {
    let (t, lang) = (p.t, p.t.lang);
    let board = p.game.session.board();
    let kind_id = ui.id().with("link-kind");
    let mut kind: LinkKind =
        ui.data_mut(|d| d.get_temp(kind_id).unwrap_or(LinkKind::WorksTogether));
    ui.horizontal(|ui| {
        ui.label(t.t("link-kind"));
        for (k, key) in [
            (LinkKind::WorksTogether, "kind-works"),
            (LinkKind::Contact, "kind-contact"),
            (LinkKind::Tension, "kind-tension"),
        ] {
            if ui.selectable_label(kind == k, t.t(key)).clicked() {
                kind = k;
            }
        }
    });
    ui.data_mut(|d| d.insert_temp(kind_id, kind));
    ui.label(RichText::new(t.t("link-hint")).small());
    ui.horizontal_wrapped(|ui| {
        for other in board.tokens.iter().filter(|o| o.id != token.id) {
            let linked = board.has_link(&token.id, &other.id);
            if ui.selectable_label(linked, other.who.get(lang)).clicked() {
                let (from, to) = (token.id.clone(), other.id.clone());
                p.push(UiCommand::Act(if linked {
                    Action::Unlink { from, to }
                } else {
                    Action::Link(Link { from, to, kind })
                }));
            }
        }
    });
}
