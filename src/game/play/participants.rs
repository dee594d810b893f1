//! The "Deelnemers" panel: where phones join (address and code, large enough for the
//! room), and per phone its name, role and whether it is connected, with the
//! facilitator's controls: give or take a role, remove a phone, close joining, stop.

use bevy_egui::egui::{self, RichText};

use super::Panel;
use crate::game::command::UiCommand;
use crate::game::room::{Room, RoomCommand, connection_label};
use crate::game::theme::palette;
use crate::room::protocol::OBSERVER;
use crate::room::qr::Qr;

/// One phone as the panel lists it.
struct Row {
    id: u32,
    name: String,
    role: Option<String>,
    connected: bool,
}

pub fn show(ctx: &egui::Context, p: &mut Panel, room: &Room) {
    if !room.panel {
        return;
    }
    let t = p.t;
    let mut open = true;
    egui::Window::new(t.t("room-title"))
        .open(&mut open)
        .default_width(420.0)
        .default_pos([16.0, 380.0])
        .show(ctx, |ui| {
            if let Some(e) = &room.error {
                ui.label(
                    RichText::new(t.t_args("room-error", &[("error", e.clone())]))
                        .color(palette::ALERT),
                );
            }
            let Some(server) = &room.server else { return };
            let (rows, joining) = {
                let r = server.shared.registry();
                let rows: Vec<Row> = r
                    .phones
                    .iter()
                    .map(|ph| Row {
                        id: ph.id,
                        name: ph.name.clone(),
                        role: ph.role.clone(),
                        connected: ph.connected(),
                    })
                    .collect();
                (rows, r.open)
            };
            if let Some(qr) = &room.qr {
                qr_code(ui, qr, 240.0);
            }
            ui.label(t.t("room-join-at"));
            ui.label(RichText::new(&server.shared.url).size(20.0).strong());
            ui.label(
                RichText::new(format!("{}: {}", t.t("room-code"), server.shared.code))
                    .size(32.0)
                    .strong(),
            );
            ui.horizontal(|ui| {
                let label = t.t(if joining { "room-close" } else { "room-reopen" });
                if ui.button(label).clicked() {
                    p.push(UiCommand::Room(RoomCommand::Open(!joining)));
                }
                if ui.button(t.t("room-stop")).clicked() {
                    p.push(UiCommand::Room(RoomCommand::Stop));
                }
            });
            if !joining {
                ui.label(t.t("room-closed"));
            }
            ui.separator();
            if rows.is_empty() {
                ui.label(t.t("room-no-phones"));
            }
            egui::ScrollArea::vertical()
                .max_height(360.0)
                .show(ui, |ui| {
                    for row in &rows {
                        phone_row(ui, p, row);
                    }
                });
        });
    if !open {
        p.push(UiCommand::Room(RoomCommand::ShowPanel(false)));
    }
}

fn role_name(p: &Panel, role: Option<&str>) -> String {
    let (t, lang) = (p.t, p.t.lang);
    match role {
        None => t.t("room-no-role"),
        Some(OBSERVER) => t.t("room-observer"),
        Some(id) => p
            .game
            .session
            .scenario
            .role(id)
            .map(|r| r.name.get(lang).to_string())
            .unwrap_or_else(|| id.to_string()),
    }
}

fn phone_row(ui: &mut egui::Ui, p: &mut Panel, row: &Row) {
    let t = p.t;
    ui.horizontal(|ui| {
        let name = if row.name.is_empty() {
            t.t_args("room-phone", &[("n", row.id.to_string())])
        } else {
            row.name.clone()
        };
        ui.label(RichText::new(name).strong());
        let colour = if row.connected {
            palette::DONE
        } else {
            palette::ALERT
        };
        ui.label(RichText::new(connection_label(t, row.connected)).color(colour));
        let mut choices: Vec<Option<String>> = vec![None];
        choices.extend(p.game.session.board().roles.iter().cloned().map(Some));
        choices.push(Some(OBSERVER.to_string()));
        egui::ComboBox::from_id_salt(("phone-role", row.id))
            .selected_text(role_name(p, row.role.as_deref()))
            .show_ui(ui, |ui| {
                for choice in choices {
                    let label = role_name(p, choice.as_deref());
                    if ui.selectable_label(choice == row.role, label).clicked()
                        && choice != row.role
                    {
                        p.push(UiCommand::Room(RoomCommand::Give {
                            phone: row.id,
                            role: choice,
                        }));
                    }
                }
            });
        if ui.button(t.t("room-remove")).clicked() {
            p.push(UiCommand::Room(RoomCommand::Remove(row.id)));
        }
    });
}

/// The join address as a QR code: dark modules on white, with the quiet zone around it
/// that a camera needs.
pub fn qr_code(ui: &mut egui::Ui, qr: &Qr, side: f32) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(side, side), egui::Sense::hover());
    let painter = ui.painter();
    painter.rect_filled(rect, 0.0, palette::WHITE);
    let quiet = 4.0;
    let module = side / (qr.width as f32 + 2.0 * quiet);
    for y in 0..qr.width {
        for x in 0..qr.width {
            if qr.is_dark(x, y) {
                let min = rect.min + egui::vec2(x as f32 + quiet, y as f32 + quiet) * module;
                let square = egui::Rect::from_min_size(min, egui::vec2(module, module));
                painter.rect_filled(square, 0.0, palette::BLACK);
            }
        }
    }
}
