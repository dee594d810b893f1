//! The wheel in the middle of the screen: rings, sectors, tokens, links, the persona, and
//! the highlights of the open reflection round. Clicks and drags become `UiCommand`s.

use bevy_egui::egui::{self, Align2, Color32, FontId, Pos2, Rect, Sense, Shape, Stroke, Vec2};
use samenspel_engine::layout::*;
use samenspel_engine::reflect::Highlighted;
use samenspel_engine::scenario::{LinkKind, PERSONA, RingKind};
use samenspel_engine::{Action, Lang, Step};

use samenspel_engine::draft::TokenDraft;

use super::command::UiCommand;
use super::state::{Game, TokenMarker};
use super::theme::Theme;

fn rgb(c: [u8; 3]) -> Color32 {
    Color32::from_rgb(c[0], c[1], c[2])
}

/// Draw the wheel in `ui`, filling the space it has. Returns commands for what was done.
#[allow(clippy::too_many_arguments)]
pub fn wheel(
    ui: &mut egui::Ui,
    game: &Game,
    markers: &[TokenMarker],
    highlighted: Option<&Highlighted>,
    lang: Lang,
    theme: &Theme,
    now: f64,
    out: &mut Vec<UiCommand>,
) -> Option<TokenDraft> {
    let s = &game.session.scenario;
    let board = game.session.board();
    let avail = ui.available_rect_before_wrap();
    let (rect, background) = ui.allocate_exact_size(avail.size(), Sense::click());
    let size = rect.width().min(rect.height());
    let centre = rect.center();
    let scale = size * 0.40;
    // Text shrinks with a small wheel, but not below what the back of a room can read.
    let text_scale = (size / 900.0).max(0.8);
    let at = |x: f32, y: f32| Pos2::new(centre.x + x * scale, centre.y + y * scale);
    let painter = ui.painter_at(rect);
    let mut new_form = None;

    // Rings from the outside in, each with its colour and its name (the second cue).
    for kind in RING_ORDER.iter().rev() {
        let (_, outer) = ring_band(*kind);
        let colour = rgb(ring_colour(*kind));
        // An opaque tint, so inner rings do not darken under the outer ones.
        let tint = Color32::WHITE.lerp_to_gamma(colour, theme.ring_fill);
        painter.circle(centre, outer * scale, tint, Stroke::new(2.5, colour));
    }
    painter.circle(
        centre,
        CENTRE_RADIUS * scale,
        theme.centre,
        Stroke::new(2.0, theme.ink),
    );

    // Domain sectors and names; a domain the open round points at is marked.
    let n = s.domains.len();
    let coverage = samenspel_engine::reflect::analyse(s, board).coverage;
    for (i, d) in s.domains.iter().enumerate() {
        let (a0, a1) = sector(i, n);
        let (x0, y0) = point(a0, CENTRE_RADIUS);
        let (x1, y1) = point(a0, 1.0);
        painter.line_segment(
            [at(x0, y0), at(x1, y1)],
            Stroke::new(1.5, theme.ink.gamma_multiply(0.6)),
        );
        let marked = highlighted.is_some_and(|h| h.domains.contains(&d.id));
        let unserved = coverage.get(i).is_some_and(|c| !c.unserved.is_empty());
        if marked {
            let steps = 24;
            let mut pts = vec![];
            for k in 0..=steps {
                let a = a0 + (a1 - a0) * k as f32 / steps as f32;
                let (x, y) = point(a, 1.0);
                pts.push(at(x, y));
            }
            for k in (0..=steps).rev() {
                let a = a0 + (a1 - a0) * k as f32 / steps as f32;
                let (x, y) = point(a, CENTRE_RADIUS);
                pts.push(at(x, y));
            }
            painter.add(Shape::closed_line(pts, Stroke::new(4.0, theme.highlight)));
        }
        let (lx, ly) = point((a0 + a1) / 2.0, 1.09);
        let label = if unserved {
            format!("{} ⚠", d.name.get(lang))
        } else {
            d.name.get(lang).to_string()
        };
        painter.text(
            at(lx, ly),
            Align2::CENTER_CENTER,
            label,
            FontId::proportional(theme.domain_font * text_scale),
            if unserved { theme.alert } else { theme.ink },
        );
    }
    // The legend: each ring's colour, shape and name (never colour alone).
    let legend_font = FontId::proportional(theme.small_font * 1.15 * text_scale);
    let mut y = rect.top() + 10.0;
    for kind in RING_ORDER {
        let Some(ring) = s.rings.iter().find(|r| r.kind == kind) else {
            continue;
        };
        let p = Pos2::new(rect.left() + 18.0, y + 9.0);
        let colour = rgb(ring_colour(kind));
        let pts: Vec<Pos2> = shape_points(ring_shape(kind), p.x, p.y, 8.0)
            .into_iter()
            .map(|(x, y)| Pos2::new(x, y))
            .collect();
        if pts.is_empty() {
            painter.circle(p, 8.0, colour, Stroke::new(1.0, theme.ink));
        } else {
            painter.add(Shape::convex_polygon(
                pts,
                colour,
                Stroke::new(1.0, theme.ink),
            ));
        }
        painter.text(
            Pos2::new(p.x + 16.0, p.y),
            Align2::LEFT_CENTER,
            ring.name.get(lang),
            legend_font.clone(),
            theme.ink,
        );
        y += 24.0 * text_scale;
    }

    let in_step2_reveal = game.session.state.step == Step::Situatie && game.revealed.is_some();
    let visible = |id: &str| -> bool {
        match (in_step2_reveal, game.revealed) {
            (true, Some(k)) => s
                .board
                .tokens
                .iter()
                .position(|t| t.id == id)
                .is_none_or(|i| i < k),
            _ => true,
        }
    };
    let pos_of = |id: &str| -> Option<Pos2> {
        if id == PERSONA {
            return Some(centre);
        }
        markers
            .iter()
            .find(|m| m.id == id && !m.ended && visible(id))
            .map(|m| at(m.x, m.y))
    };

    // Links under the tokens.
    let links_marked = highlighted.is_some_and(|h| h.links);
    for link in &board.links {
        let (Some(a), Some(b)) = (pos_of(&link.from), pos_of(&link.to)) else {
            continue;
        };
        let width = if links_marked { 4.0 } else { 2.0 };
        match link.kind {
            LinkKind::WorksTogether => {
                painter.line_segment(
                    [a, b],
                    Stroke::new(width + 1.0, theme.ink.gamma_multiply(0.85)),
                );
            }
            LinkKind::Contact => {
                painter.extend(Shape::dashed_line(
                    &[a, b],
                    Stroke::new(width, theme.ink.gamma_multiply(0.7)),
                    10.0,
                    6.0,
                ));
            }
            LinkKind::Tension => {
                painter.extend(Shape::dotted_line(&[a, b], theme.alert, 7.0, width * 0.9));
            }
        }
    }

    // Tokens and holes.
    let r = (theme.token_radius * size / 900.0).max(8.0);
    let fade = game
        .event_at
        .map_or(1.0, |t| ((now - t) / 1.5).clamp(0.0, 1.0) as f32);
    if fade < 1.0 {
        ui.ctx().request_repaint();
    }
    for m in markers {
        if !visible(&m.id) {
            continue;
        }
        let token = if m.ended {
            board
                .ended
                .iter()
                .find(|e| e.token.id == m.id)
                .map(|e| &e.token)
        } else {
            board.token(&m.id)
        };
        let Some(token) = token else { continue };
        let kind = s.ring_kind(&token.ring).unwrap_or(RingKind::Gemeente);
        let colour = rgb(ring_colour(kind));
        let mut p = at(m.x, m.y);
        let hit = Rect::from_center_size(p, Vec2::splat(r * 2.4));
        let response = ui.interact(
            hit,
            ui.id().with(("token", &m.id, m.ended)),
            Sense::click_and_drag(),
        );
        if !m.ended {
            if response.dragged()
                && let Some(pointer) = response.interact_pointer_pos()
            {
                p = pointer;
            }
            if response.drag_stopped()
                && let Some(pointer) = response.interact_pointer_pos()
            {
                let (x, y) = (
                    (pointer.x - centre.x) / scale,
                    (pointer.y - centre.y) / scale,
                );
                if let Some((d, ring_kind)) = cell_at(x, y, n) {
                    let ring = s
                        .rings
                        .iter()
                        .find(|r| r.kind == ring_kind)
                        .map(|r| r.id.clone())
                        .unwrap_or_default();
                    out.push(UiCommand::Act(Action::MoveToken {
                        token: m.id.clone(),
                        domain: s.domains[d].id.clone(),
                        ring,
                    }));
                }
            }
            if response.clicked() {
                out.push(UiCommand::Select(Some(m.id.clone())));
            }
            if response.double_clicked() {
                new_form = Some(TokenDraft::edit(token, lang));
            }
        }
        let selected = game.selected.as_deref() == Some(m.id.as_str());
        let marked = highlighted
            .is_some_and(|h| h.tokens.contains(&m.id) || (m.ended && h.ended.contains(&m.id)));
        let is_regisseur = board.regisseur.as_deref() == Some(m.id.as_str());
        let (fill, stroke) = if m.ended {
            // Ended support fades out and leaves a marked hole.
            let fill = colour.gamma_multiply(1.0 - fade);
            (fill, Stroke::new(2.5, theme.alert))
        } else if selected {
            (colour, Stroke::new(4.0, theme.highlight))
        } else if marked {
            (colour, Stroke::new(4.5, theme.ink))
        } else {
            (
                colour,
                Stroke::new(if is_regisseur { 4.0 } else { 1.5 }, theme.ink),
            )
        };
        if marked {
            painter.circle_stroke(p, r * 1.75, Stroke::new(3.0, theme.highlight));
        }
        let pts: Vec<Pos2> = shape_points(ring_shape(kind), p.x, p.y, r)
            .into_iter()
            .map(|(x, y)| Pos2::new(x, y))
            .collect();
        if pts.is_empty() {
            if m.ended {
                painter.circle_filled(p, r, fill);
                painter.extend(dashed_circle(p, r, stroke));
            } else {
                painter.circle(p, r, fill, stroke);
            }
        } else if m.ended {
            painter.add(Shape::convex_polygon(pts.clone(), fill, Stroke::NONE));
            let mut closed = pts.clone();
            closed.push(pts[0]);
            painter.extend(Shape::dashed_line(&closed, stroke, 5.0, 4.0));
        } else {
            painter.add(Shape::convex_polygon(pts, fill, stroke));
        }
        if is_regisseur {
            painter.text(
                p,
                Align2::CENTER_CENTER,
                "R",
                FontId::proportional(r * 1.2),
                Color32::BLACK,
            );
        }
        if m.ended {
            painter.text(
                p,
                Align2::CENTER_CENTER,
                "×",
                FontId::proportional(r * 1.2),
                theme.alert,
            );
        }
        let who = short_label(token.who.get(lang));
        // Labels go outward along the radius, clear of the tokens beside them in the row.
        let ((dx, dy), h, v) = label_direction(m.x, m.y, m.slot);
        let label_at = Pos2::new(p.x + dx * r * 1.3, p.y + dy * r * 1.3);
        let align = Align2([
            [egui::Align::Max, egui::Align::Center, egui::Align::Min][(h + 1) as usize],
            [egui::Align::Max, egui::Align::Center, egui::Align::Min][(v + 1) as usize],
        ]);
        painter.text(
            label_at,
            align,
            who,
            FontId::proportional(theme.token_font * text_scale),
            if m.ended { theme.alert } else { theme.ink },
        );
        if response.hovered() {
            let mut tip = format!("{}\n{}", token.who.get(lang), token.what.get(lang));
            if let Some(law) = &token.law {
                tip.push_str(&format!("\n§ {law}"));
            }
            if let Some(f) = &token.frequency {
                tip.push_str(&format!("\n⟳ {}", f.get(lang)));
            }
            if m.ended
                && let Some(e) = board.ended.iter().find(|e| e.token.id == m.id)
            {
                tip.push_str(&format!("\n× {}", e.reason.get(lang)));
            }
            response.on_hover_text(tip);
        }
    }

    // The persona in the middle.
    painter.text(
        Pos2::new(centre.x, centre.y - 6.0),
        Align2::CENTER_CENTER,
        &s.persona.name,
        FontId::proportional(theme.persona_font * text_scale),
        theme.ink,
    );
    painter.text(
        Pos2::new(centre.x, centre.y + theme.persona_font * text_scale * 0.8),
        Align2::CENTER_CENTER,
        format!("{}", board.age),
        FontId::proportional(theme.domain_font * text_scale),
        theme.ink,
    );

    // A click on an empty cell opens the form for new support there (for the active role).
    if background.clicked()
        && let Some(pointer) = background.interact_pointer_pos()
    {
        let (x, y) = (
            (pointer.x - centre.x) / scale,
            (pointer.y - centre.y) / scale,
        );
        match cell_at(x, y, n) {
            Some((d, ring_kind)) => {
                let ring = s
                    .rings
                    .iter()
                    .find(|r| r.kind == ring_kind)
                    .map(|r| r.id.clone())
                    .unwrap_or_default();
                new_form = Some(TokenDraft::new_at(
                    &game.session,
                    game.active_role.as_deref(),
                    &s.domains[d].id,
                    &ring,
                    lang,
                ));
            }
            None => out.push(UiCommand::Select(None)),
        }
    }
    new_form
}

fn dashed_circle(c: Pos2, r: f32, stroke: Stroke) -> Vec<Shape> {
    let pts: Vec<Pos2> = (0..=36)
        .map(|i| {
            let a = i as f32 / 36.0 * std::f32::consts::TAU;
            Pos2::new(c.x + r * a.cos(), c.y + r * a.sin())
        })
        .collect();
    Shape::dashed_line(&pts, stroke, 5.0, 4.0)
}

/// A label that fits under a token: the part before a bracket or comma, at most 22 letters.
pub fn short_label(who: &str) -> String {
    let head = who.split([',', '(']).next().unwrap_or(who).trim();
    if head.chars().count() > 22 {
        format!("{}…", head.chars().take(21).collect::<String>().trim_end())
    } else {
        head.to_string()
    }
}
