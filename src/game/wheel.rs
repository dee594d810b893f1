//! The wheel in the middle of the screen: its scene (built by the engine, painted by
//! `paint`) plus what only a window has: clicks, drags, double-clicks and hover texts, which
//! become `UiCommand`s. Hit tests use the card positions of the scene, so what is clicked
//! is what is drawn.

use bevy_egui::egui::{self, Pos2, Rect, Sense, Vec2};
use samenspel_engine::reflect::Highlighted;
use samenspel_engine::scene::{Canvas, Card, Highlights, Scene};
use samenspel_engine::{Action, Lang};

use samenspel_engine::draft::TokenDraft;

use super::command::UiCommand;
use super::paint;
use super::state::Game;
use super::theme::Theme;
use super::view_model::WheelScene;

pub use samenspel_engine::scene::short_label;

/// Draw the wheel in `ui`, filling the space it has. Returns commands for what was done.
/// Card positions come from the scene.
#[allow(clippy::too_many_arguments)]
pub fn wheel(
    ui: &mut egui::Ui,
    game: &Game,
    highlighted: Option<&Highlighted>,
    scenes: &mut WheelScene,
    lang: Lang,
    theme: &Theme,
    now: f64,
    out: &mut Vec<UiCommand>,
) -> Option<TokenDraft> {
    let avail = ui.available_rect_before_wrap();
    let (rect, background) = ui.allocate_exact_size(avail.size(), Sense::click());
    let canvas = Canvas::new(rect.width(), rect.height(), lang)
        .at(rect.left(), rect.top())
        .projector(theme.projector);
    // Built again only when the board, the marks or the canvas changed.
    let scene = scenes.get(game, marks(game, highlighted), canvas);
    let painter = ui.painter_at(rect);
    // Ended support fades out over 1.5 s after its event and leaves a marked hole.
    let fade = game
        .table
        .event_at
        .map_or(1.0, |t| ((now - t) / 1.5).clamp(0.0, 1.0) as f32);
    if fade < 1.0 {
        ui.ctx().request_repaint();
    }
    paint::scene(&painter, scene, fade);
    let mut new_form = None;
    for card in &scene.cards {
        if let Some(form) = interact(ui, &painter, game, scene, card, lang, fade, out) {
            new_form = Some(form);
        }
    }
    // A click on an empty cell opens the form for new support there (for the active role).
    if background.clicked()
        && let Some(pointer) = background.interact_pointer_pos()
    {
        match cell_at(game, scene, pointer) {
            Some((domain, ring)) => {
                new_form = Some(TokenDraft::new_at(
                    &game.session,
                    game.table.active_role.as_deref(),
                    &domain,
                    &ring,
                    lang,
                ));
            }
            None => out.push(UiCommand::Select(None)),
        }
    }
    new_form
}

/// What the scene marks: the open round's findings, the selection, and the starting cards
/// still in hand.
fn marks(game: &Game, highlighted: Option<&Highlighted>) -> Highlights {
    let mut marks = highlighted.map(Highlights::from).unwrap_or_default();
    marks.selected = game.table.selected.clone();
    // Starting cards still in a player's hand are not on the wheel yet.
    marks.hidden = game.session.state.hand.iter().cloned().collect();
    marks
}

/// The domain id and ring id of the cell under a point.
fn cell_at(game: &Game, scene: &Scene, p: Pos2) -> Option<(String, String)> {
    let s = &game.session.scenario;
    let (d, kind) = scene.cell_at(p.x, p.y)?;
    let ring = s.rings.iter().find(|r| r.kind == kind)?;
    Some((s.domains.get(d)?.id.clone(), ring.id.clone()))
}

/// Clicks, drags, double-clicks and the hover text of one card.
#[allow(clippy::too_many_arguments)]
fn interact(
    ui: &egui::Ui,
    painter: &egui::Painter,
    game: &Game,
    scene: &Scene,
    card: &Card,
    lang: Lang,
    fade: f32,
    out: &mut Vec<UiCommand>,
) -> Option<TokenDraft> {
    let board = game.session.board();
    let token = if card.ended {
        board
            .ended
            .iter()
            .find(|e| e.token.id == card.id)
            .map(|e| &e.token)
    } else {
        board.token(&card.id)
    }?;
    let hit = Rect::from_center_size(Pos2::new(card.x, card.y), Vec2::splat(card.r * 2.4));
    let response = ui.interact(
        hit,
        ui.id().with(("token", &card.id, card.ended)),
        Sense::click_and_drag(),
    );
    let mut form = None;
    if !card.ended {
        if response.dragged()
            && let Some(pointer) = response.interact_pointer_pos()
        {
            paint::card(painter, &card.moved_to(pointer.x, pointer.y), fade);
        }
        if response.drag_stopped()
            && let Some(pointer) = response.interact_pointer_pos()
            && let Some((domain, ring)) = cell_at(game, scene, pointer)
        {
            out.push(UiCommand::Act(Action::MoveToken {
                token: card.id.clone(),
                domain,
                ring,
            }));
        }
        if response.clicked() {
            out.push(UiCommand::Select(Some(card.id.clone())));
        }
        if response.double_clicked() {
            form = Some(TokenDraft::edit(token, lang));
        }
    }
    if response.hovered() {
        let mut tip = format!("{}\n{}", token.who.get(lang), token.what.get(lang));
        if let Some(law) = &token.law {
            tip.push_str(&format!("\n§ {law}"));
        }
        if let Some(f) = &token.frequency {
            tip.push_str(&format!("\n⟳ {}", f.get(lang)));
        }
        if card.ended
            && let Some(e) = board.ended.iter().find(|e| e.token.id == card.id)
        {
            tip.push_str(&format!("\n× {}", e.reason.get(lang)));
        }
        response.on_hover_text(tip);
    }
    form
}
