//! The werksessie around the wheel (seed 004), one tab per part: the opening poll and
//! statements, the drawing exercise beside seed 003, the theory, the praatplaat and the
//! placemat. Counts, picks and answers are engine actions; what is being typed lives in
//! egui's memory until it is saved.

use bevy_egui::egui::{self, RichText};
use samenspel_engine::Action;
use samenspel_engine::reflect::Drawn;
use samenspel_engine::scenario::Poll;
use samenspel_engine::werksessie::{
    self, Drawing, MAX_GROUPS, PERSPECTIVES, PLACEMAT, PROCESS_ROWS, PROCESSES, Theme,
};

use super::Panel;
use crate::game::command::UiCommand;
use crate::game::i18n::Strings;
use crate::game::state::{Game, WerkPart};
use crate::game::theme::palette;

pub fn show(ctx: &egui::Context, p: &mut Panel) {
    let t = p.t;
    let Some(part) = p.game.table.werksessie else {
        return;
    };
    let mut open = true;
    egui::Window::new(t.t("werk-title"))
        .open(&mut open)
        .default_width(720.0)
        .default_height(560.0)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                for tab in WerkPart::ALL {
                    let label = t.t(&format!("werk-tab-{}", tab.name()));
                    if ui.selectable_label(tab == part, label).clicked() {
                        p.push(UiCommand::Werksessie(Some(tab)));
                    }
                }
            });
            ui.separator();
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| match part {
                    WerkPart::Opening => opening(ui, p),
                    WerkPart::Drawing => drawing(ui, p),
                    WerkPart::Perspectives => perspectives(ui, t, 1.0),
                    WerkPart::Processes => processes(ui, t, 1.0),
                    WerkPart::Praatplaat => praatplaat(ui, p),
                    WerkPart::Placemat => placemat(ui, p),
                });
        });
    if !open {
        p.push(UiCommand::Werksessie(None));
    }
}

/// The polls with answers first, then the statements: the order of the opening.
fn opening(ui: &mut egui::Ui, p: &mut Panel) {
    let t = p.t;
    ui.label(t.t("werk-opening-intro"));
    let s = &p.game.session.scenario;
    if s.polls.is_empty() {
        ui.label(t.t("werk-no-polls"));
        return;
    }
    super::polls::show(ui, p);
}

pub(super) fn options_poll(ui: &mut egui::Ui, p: &mut Panel, poll: &Poll) {
    let (t, lang) = (p.t, p.t.lang);
    let state = &p.game.session.state;
    let total: u32 = poll
        .options
        .iter()
        .map(|o| state.choice(&poll.id, &o.id))
        .sum();
    ui.label(RichText::new(poll.statement.get(lang)).strong());
    egui::Grid::new(("options", &poll.id))
        .num_columns(4)
        .show(ui, |ui| {
            for option in &poll.options {
                let count = state.choice(&poll.id, &option.id);
                ui.label(option.text.get(lang));
                counter(ui, t, count, |n| {
                    UiCommand::Act(Action::RecordChoice {
                        poll: poll.id.clone(),
                        option: option.id.clone(),
                        count: n,
                    })
                })
                .into_iter()
                .for_each(|c| p.push(c));
                bar(ui, count, total, 180.0, 16.0);
                ui.end_row();
            }
        });
}

/// − 1, the count (typed or dragged) and + 1: the command for a new count, if any.
fn counter(
    ui: &mut egui::Ui,
    t: &Strings,
    count: u32,
    command: impl Fn(u32) -> UiCommand,
) -> Option<UiCommand> {
    let mut out = None;
    ui.horizontal(|ui| {
        if ui.small_button(t.t("werk-minus")).clicked() && count > 0 {
            out = Some(command(count - 1));
        }
        let mut typed = count;
        let field = ui.add(egui::DragValue::new(&mut typed).range(0..=999));
        if field.changed() && typed != count {
            out = Some(command(typed));
        }
        if ui.small_button(t.t("werk-plus")).clicked() {
            out = Some(command(count.saturating_add(1)));
        }
    });
    out
}

/// A bar as wide as `count`'s share of `total`, on a grey track.
fn bar(ui: &mut egui::Ui, count: u32, total: u32, width: f32, height: f32) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::hover());
    let painter = ui.painter();
    painter.rect_filled(rect, 2.0, palette::NO_VOTES);
    if total > 0 && count > 0 {
        let filled = width * count as f32 / total as f32;
        let part = egui::Rect::from_min_size(rect.min, egui::vec2(filled, height));
        painter.rect_filled(part, 2.0, palette::AGREE);
    }
}

fn drawing(ui: &mut egui::Ui, p: &mut Panel) {
    let t = p.t;
    ui.label(RichText::new(t.t("werk-drawing-task")).strong());
    ui.label(t.t("werk-drawing-pick"));
    ui.add_space(6.0);
    let tally = p.game.session.state.drawing_tally();
    egui::Grid::new("drawings")
        .num_columns(4)
        .striped(true)
        .show(ui, |ui| {
            for head in heads(t) {
                ui.label(RichText::new(head).strong());
            }
            ui.end_row();
            for row in &tally.rows {
                ui.label(t.words().say(&row.drawing));
                let drawing = row.drawing;
                let command = counter(ui, t, row.room, |count| {
                    UiCommand::Act(Action::RecordDrawing { drawing, count })
                });
                if let Some(c) = command {
                    p.push(c);
                }
                ui.label(row.clients.to_string());
                ui.label(row.professionals.to_string());
                ui.end_row();
            }
        });
    ui.add_space(6.0);
    ui.label(t.words().say(&tally));
    ui.add_space(6.0);
    ui.label(
        RichText::new(t.t("werk-drawing-reflect"))
            .strong()
            .color(palette::QUESTION),
    );
}

/// The column heads of the drawing table.
fn heads(t: &Strings) -> [String; 4] {
    [
        t.t("werk-col-image"),
        t.t("werk-col-room"),
        t.t_args("werk-col-clients", &[("total", Drawn::CLIENTS.to_string())]),
        t.t_args(
            "werk-col-professionals",
            &[("total", Drawn::PROFESSIONALS.to_string())],
        ),
    ]
}

/// The three perspectives on integrality; `scale` enlarges the type for the wall.
fn perspectives(ui: &mut egui::Ui, t: &Strings, scale: f32) {
    let lang = t.lang;
    let body = ui.text_style_height(&egui::TextStyle::Body) * scale;
    ui.label(
        RichText::new(t.t("werk-perspectives"))
            .size(body * 1.3)
            .strong(),
    );
    for (title, text) in PERSPECTIVES
        .iter()
        .filter_map(|id| werksessie::perspective(id))
    {
        ui.add_space(body * 0.4);
        ui.label(RichText::new(title.get(lang)).size(body).strong());
        ui.add(egui::Label::new(RichText::new(text.get(lang)).size(body)).wrap());
    }
    ui.add_space(body * 0.4);
    ui.label(
        RichText::new(t.t("werk-perspectives-source"))
            .size(body * 0.8)
            .italics(),
    );
}

/// The table of the three kinds of process; `scale` enlarges the type for the wall.
fn processes(ui: &mut egui::Ui, t: &Strings, scale: f32) {
    let lang = t.lang;
    let body = ui.text_style_height(&egui::TextStyle::Body) * scale;
    ui.label(
        RichText::new(t.t("werk-processes"))
            .size(body * 1.3)
            .strong(),
    );
    egui::Grid::new("processes")
        .num_columns(4)
        .striped(true)
        .show(ui, |ui| {
            ui.label("");
            for column in PROCESSES {
                let head = werksessie::process_cell(None, column);
                ui.label(RichText::new(head.get(lang)).size(body).strong());
            }
            ui.end_row();
            for row in PROCESS_ROWS {
                let name = werksessie::process_row(row);
                ui.label(RichText::new(name.get(lang)).size(body).strong());
                for column in PROCESSES {
                    let cell = werksessie::process_cell(Some(row), column);
                    ui.add(egui::Label::new(RichText::new(cell.get(lang)).size(body)).wrap());
                }
                ui.end_row();
            }
        });
}

/// The ten questions by theme; a click picks one for the conversation or puts it back.
fn praatplaat(ui: &mut egui::Ui, p: &mut Panel) {
    let (t, lang) = (p.t, p.t.lang);
    ui.label(t.t("werk-praatplaat-intro"));
    let picked = &p.game.session.state.praatplaat;
    for theme in Theme::ALL {
        ui.add_space(6.0);
        ui.label(
            RichText::new(theme.title().get(lang))
                .strong()
                .color(palette::CURRENT),
        );
        for q in theme.questions() {
            let on = picked.iter().any(|id| id == q.id);
            let label = format!("{} — {}", q.title().get(lang), q.text().get(lang));
            let text = if on {
                RichText::new(format!("✔ {label}")).strong()
            } else {
                RichText::new(label)
            };
            if ui.selectable_label(on, text).clicked() {
                p.push(UiCommand::Act(Action::PickQuestion {
                    question: q.id.to_string(),
                    picked: !on,
                }));
            }
        }
    }
}

/// One group at a time: its four questions, each with the group's answer being typed.
fn placemat(ui: &mut egui::Ui, p: &mut Panel) {
    let (t, lang) = (p.t, p.t.lang);
    ui.label(t.t("werk-placemat-intro"));
    let state = &p.game.session.state;
    let used = state.placemat.iter().map(|a| a.group).max().unwrap_or(1);
    let group_id = ui.id().with("placemat-group");
    let mut group: u32 = ui.data_mut(|d| d.get_temp(group_id).unwrap_or(1));
    ui.horizontal(|ui| {
        for g in 1..=used.max(group) {
            let name = t.t_args("werk-group", &[("group", g.to_string())]);
            if ui.selectable_label(g == group, name).clicked() {
                group = g;
            }
        }
        if used.max(group) < MAX_GROUPS && ui.button(t.t("werk-add-group")).clicked() {
            group = used.max(group) + 1;
        }
    });
    ui.data_mut(|d| d.insert_temp(group_id, group));
    for question in PLACEMAT {
        let Some(text) = werksessie::placemat_question(question) else {
            continue;
        };
        ui.add_space(6.0);
        ui.label(
            RichText::new(text.get(lang))
                .strong()
                .color(palette::QUESTION),
        );
        let saved = state.placemat_answer(group, question).unwrap_or("");
        let id = ui.id().with(("placemat", group, question));
        let mut draft: String =
            ui.data_mut(|d| d.get_temp(id).unwrap_or_else(|| saved.to_string()));
        ui.add(
            egui::TextEdit::multiline(&mut draft)
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        );
        ui.horizontal(|ui| {
            if draft.trim() == saved {
                ui.label(RichText::new(t.t("werk-saved")).small());
            } else if ui.button(t.t("werk-save")).clicked() {
                p.push(UiCommand::Act(Action::Placemat {
                    group,
                    question: question.to_string(),
                    text: draft.clone(),
                }));
            }
        });
        ui.data_mut(|d| d.insert_temp(id, draft));
    }
}

/// The part on the wall, large enough for the back row: the opening poll's answers, the
/// drawing table, the theory, the picked praatplaat questions or the placemat questions.
/// `unit` is the wall's type unit (a 40th of its height).
pub fn wall(ui: &mut egui::Ui, game: &Game, t: &Strings, part: WerkPart, unit: f32) {
    let lang = t.lang;
    let state = &game.session.state;
    let title = |ui: &mut egui::Ui, text: String| {
        ui.label(RichText::new(text).size(unit * 2.2).strong());
        ui.add_space(unit * 0.6);
    };
    match part {
        WerkPart::Opening => {
            for poll in game
                .session
                .scenario
                .polls
                .iter()
                .filter(|q| !q.options.is_empty())
            {
                title(ui, poll.statement.get(lang).to_string());
                let total: u32 = poll
                    .options
                    .iter()
                    .map(|o| state.choice(&poll.id, &o.id))
                    .sum();
                egui::Grid::new(("wall-options", &poll.id))
                    .spacing(egui::vec2(unit, unit * 0.6))
                    .show(ui, |ui| {
                        for option in &poll.options {
                            let count = state.choice(&poll.id, &option.id);
                            ui.label(RichText::new(option.text.get(lang)).size(unit * 1.6));
                            bar(ui, count, total, unit * 16.0, unit * 1.4);
                            ui.label(RichText::new(count.to_string()).size(unit * 1.6).strong());
                            ui.end_row();
                        }
                    });
                ui.add_space(unit);
            }
        }
        WerkPart::Drawing => drawing_wall(ui, game, t, unit),
        WerkPart::Perspectives => perspectives(ui, t, unit / 11.0),
        WerkPart::Processes => processes(ui, t, unit / 16.0),
        WerkPart::Praatplaat => {
            title(ui, t.t("werk-tab-praatplaat"));
            if state.praatplaat.is_empty() {
                ui.label(RichText::new(t.t("werk-none-picked")).size(unit * 1.4));
            }
            for q in state
                .praatplaat
                .iter()
                .filter_map(|id| werksessie::question(id))
            {
                ui.label(RichText::new(q.title().get(lang)).size(unit * 1.5).strong());
                ui.label(RichText::new(q.text().get(lang)).size(unit * 1.5));
                ui.add_space(unit * 0.6);
            }
        }
        WerkPart::Placemat => {
            title(ui, t.t("werk-tab-placemat"));
            for question in PLACEMAT {
                if let Some(text) = werksessie::placemat_question(question) {
                    ui.label(RichText::new(format!("• {}", text.get(lang))).size(unit * 1.5));
                    ui.add_space(unit * 0.4);
                }
            }
        }
    }
}

/// The drawing exercise on the wall: per image the room's count as a bar, beside the
/// research's clients and professionals, and the comparison in one sentence.
fn drawing_wall(ui: &mut egui::Ui, game: &Game, t: &Strings, unit: f32) {
    let tally = game.session.state.drawing_tally();
    ui.label(
        RichText::new(t.t("werk-tab-drawing"))
            .size(unit * 2.2)
            .strong(),
    );
    ui.add_space(unit * 0.4);
    let size = unit * 1.25;
    let most = |d: Drawing| tally.room_most.contains(&d);
    egui::Grid::new("wall-drawings")
        .spacing(egui::vec2(unit, unit * 0.35))
        .show(ui, |ui| {
            for head in heads(t) {
                ui.label(RichText::new(head).size(size * 0.8).strong());
            }
            ui.end_row();
            for row in &tally.rows {
                let name = RichText::new(t.words().say(&row.drawing)).size(size);
                ui.label(if most(row.drawing) {
                    name.strong()
                } else {
                    name
                });
                ui.horizontal(|ui| {
                    bar(ui, row.room, tally.room_total.max(1), unit * 8.0, size);
                    ui.label(RichText::new(row.room.to_string()).size(size).strong());
                });
                ui.label(RichText::new(row.clients.to_string()).size(size));
                ui.label(RichText::new(row.professionals.to_string()).size(size));
                ui.end_row();
            }
        });
    ui.add_space(unit * 0.6);
    ui.add(egui::Label::new(RichText::new(t.words().say(&tally)).size(size)).wrap());
    ui.add_space(unit * 0.6);
    ui.label(
        RichText::new(t.t("werk-drawing-reflect"))
            .size(size * 1.1)
            .strong()
            .color(palette::QUESTION),
    );
}
