//! Paints a wheel `Scene` with egui. Like the SVG painter of the report it decides
//! nothing: places, sizes and colours all come from the scene (`samenspel_engine::scene`).

use bevy_egui::egui::{Align2, Color32, FontId, Painter, Pos2, Shape, Stroke};
use samenspel_engine::palette::{Colour, mix};
use samenspel_engine::scene::{Anchor, Card, Circle, Label, LineStyle, Scene, TextItem};

use super::theme::colour;

fn pos([x, y]: [f32; 2]) -> Pos2 {
    Pos2::new(x, y)
}

/// The whole scene. `fade` (0–1) is how far the fill of ended support has faded since its
/// event: a hole first shows the card that was there, then empties.
pub fn scene(painter: &Painter, scene: &Scene, fade: f32) {
    let centre = Pos2::new(scene.wheel.cx, scene.wheel.cy);
    for band in &scene.bands {
        let [r, g, b] = mix(Colour::Paper, band.tint, band.tint_amount);
        painter.circle(
            centre,
            band.r,
            Color32::from_rgb(r, g, b),
            Stroke::new(band.stroke_width, colour(band.stroke)),
        );
    }
    circle(painter, &scene.centre);
    for sector in &scene.sectors {
        painter.line_segment(
            [pos(sector.from), pos(sector.to)],
            Stroke::new(sector.width, colour(sector.colour)),
        );
        if !sector.outline.is_empty() {
            let pts = sector.outline.iter().copied().map(pos).collect();
            painter.add(Shape::closed_line(
                pts,
                Stroke::new(4.0, colour(sector.outline_colour)),
            ));
        }
    }
    for entry in &scene.legend {
        shape(painter, &entry.swatch, &entry.points);
        text(painter, &entry.text);
    }
    let names = scene.domains.iter().map(|d| &d.text);
    for t in names.chain(&scene.ring_names) {
        text(painter, t);
    }
    links(painter, scene);
    for c in &scene.cards {
        card(painter, c, fade);
    }
    // Lines to labels set farther out (the audience canvas), from the card's edge.
    for leader in &scene.leaders {
        painter.line_segment(
            [pos(leader.from), pos(leader.to)],
            Stroke::new(leader.width, colour(leader.colour)),
        );
    }
    for l in &scene.labels {
        label(painter, l);
    }
    // The persona last, over the links that run to the centre.
    for t in &scene.persona {
        text(painter, t);
    }
}

fn circle(painter: &Painter, c: &Circle) {
    painter.circle(
        Pos2::new(c.x, c.y),
        c.r,
        colour(c.fill),
        Stroke::new(c.stroke_width, colour(c.stroke)),
    );
}

fn shape(painter: &Painter, c: &Circle, corners: &[[f32; 2]]) {
    if corners.is_empty() {
        circle(painter, c);
    } else {
        painter.add(Shape::convex_polygon(
            corners.iter().copied().map(pos).collect(),
            colour(c.fill),
            Stroke::new(c.stroke_width, colour(c.stroke)),
        ));
    }
}

fn text(painter: &Painter, t: &TextItem) {
    let align = match t.anchor {
        Anchor::Start => Align2::LEFT_CENTER,
        Anchor::Middle => Align2::CENTER_CENTER,
    };
    painter.text(
        Pos2::new(t.x, t.y),
        align,
        &t.text,
        FontId::proportional(t.size),
        colour(t.colour),
    );
}

fn links(painter: &Painter, scene: &Scene) {
    for link in &scene.links {
        let ends = [pos(link.from), pos(link.to)];
        let stroke = Stroke::new(link.width, colour(link.colour));
        match link.style {
            LineStyle::Solid => {
                painter.line_segment(ends, stroke);
            }
            LineStyle::Dashed { dash, gap } => {
                painter.extend(Shape::dashed_line(&ends, stroke, dash, gap));
            }
            LineStyle::Dotted { spacing } => {
                painter.extend(Shape::dotted_line(
                    &ends,
                    stroke.color,
                    spacing,
                    link.width * 0.9,
                ));
            }
        }
    }
}

/// One card or hole (also used for the preview of a card being dragged).
pub fn card(painter: &Painter, c: &Card, fade: f32) {
    let p = Pos2::new(c.x, c.y);
    if let Some(halo) = &c.halo {
        painter.circle_stroke(
            Pos2::new(halo.x, halo.y),
            halo.r,
            Stroke::new(halo.stroke_width, colour(halo.stroke)),
        );
    }
    let stroke = Stroke::new(c.stroke_width, colour(c.stroke));
    let fill = match c.fill {
        Some(f) => colour(f),
        None => colour(c.colour).gamma_multiply(1.0 - fade),
    };
    let corners: Vec<Pos2> = c.points.iter().copied().map(pos).collect();
    match (corners.is_empty(), c.dashed) {
        (true, false) => {
            painter.circle(p, c.r, fill, stroke);
        }
        (true, true) => {
            painter.circle_filled(p, c.r, fill);
            let ring: Vec<Pos2> = (0..=36)
                .map(|i| {
                    let a = i as f32 / 36.0 * std::f32::consts::TAU;
                    Pos2::new(p.x + c.r * a.cos(), p.y + c.r * a.sin())
                })
                .collect();
            painter.extend(Shape::dashed_line(&ring, stroke, 5.0, 4.0));
        }
        (false, false) => {
            painter.add(Shape::convex_polygon(corners, fill, stroke));
        }
        (false, true) => {
            painter.add(Shape::convex_polygon(corners.clone(), fill, Stroke::NONE));
            let mut closed = corners.clone();
            closed.push(corners[0]);
            painter.extend(Shape::dashed_line(&closed, stroke, 5.0, 4.0));
        }
    }
    if let Some(mark) = &c.mark {
        text(painter, mark);
    }
}

fn label(painter: &Painter, l: &Label) {
    if let Some(backdrop) = l.backdrop {
        let rect = bevy_egui::egui::Rect::from_min_size(
            Pos2::new(l.x, l.y),
            bevy_egui::egui::vec2(l.w, l.h),
        );
        painter.rect_filled(rect, l.h * 0.2, colour(backdrop).gamma_multiply(0.85));
    }
    let t = TextItem {
        text: l.text.clone(),
        x: l.x + l.w / 2.0,
        y: l.y + l.h / 2.0,
        size: l.size,
        colour: l.colour,
        bold: false,
        anchor: Anchor::Middle,
    };
    text(painter, &t);
}

#[cfg(test)]
mod tests {
    use bevy_egui::egui::{self, Context, RawInput};
    use samenspel_engine::Lang;
    use samenspel_engine::builtin::builtin;
    use samenspel_engine::prepare::prepared_session;
    use samenspel_engine::scene::{Canvas, Highlights, Scene};

    /// Every shape the painter makes for a scene, in one headless egui frame.
    fn painted(scene: &Scene) -> Vec<egui::Shape> {
        let ctx = Context::default();
        let mut out = ctx.run_ui(RawInput::default(), |ui| {
            super::scene(ui.painter(), scene, 0.0);
        });
        // No GPU here: the font texture is not uploaded anywhere.
        out.textures_delta.clear();
        out.shapes.into_iter().map(|c| c.shape).collect()
    }

    #[test]
    fn the_audience_scene_is_painted_with_its_leaders_and_backdrops() {
        let s = builtin("tess").unwrap().unwrap();
        let session = prepared_session(&s, None, true, 3).unwrap();
        let canvas = Canvas::audience(1024.0, 768.0, Lang::Nl);
        let scene = Scene::build(
            &session.scenario,
            session.board(),
            &Highlights::default(),
            &canvas,
        );
        assert!(!scene.leaders.is_empty(), "tess at 1024x768 has leaders");
        let shapes = painted(&scene);
        for leader in &scene.leaders {
            let drawn = shapes.iter().any(|shape| match shape {
                egui::Shape::LineSegment { points, .. } => {
                    (points[0].x - leader.from[0]).abs() < 0.01
                        && (points[1].y - leader.to[1]).abs() < 0.01
                }
                _ => false,
            });
            assert!(drawn, "the leader of {} is painted", leader.card);
        }
        let backdrops = shapes
            .iter()
            .filter(|shape| matches!(shape, egui::Shape::Rect(_)))
            .count();
        assert!(
            backdrops >= scene.labels.len(),
            "a backdrop under every label"
        );
    }
}
