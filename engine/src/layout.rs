//! Where things sit on the wheel, in unit coordinates: the centre at (0, 0), the outer
//! edge at radius 1, angle 0 at the top, going clockwise. The game and the SVG report both
//! draw from this, so the projector and the printed report show the same wheel.

use crate::board::Board;
use crate::scenario::{RingKind, Scenario};

/// Radius of the persona's circle in the middle.
pub const CENTRE_RADIUS: f32 = 0.15;

/// The four ring kinds from the inside out.
pub const RING_ORDER: [RingKind; 4] = [
    RingKind::EigenKracht,
    RingKind::Informeel,
    RingKind::Gemeente,
    RingKind::Rijk,
];

/// Inner and outer radius of a ring band.
pub fn ring_band(kind: RingKind) -> (f32, f32) {
    let i = RING_ORDER.iter().position(|k| *k == kind).unwrap_or(0) as f32;
    let width = (1.0 - CENTRE_RADIUS) / 4.0;
    (CENTRE_RADIUS + i * width, CENTRE_RADIUS + (i + 1.0) * width)
}

/// Start and end angle (radians, clockwise from the top) of domain `index` of `count`.
pub fn sector(index: usize, count: usize) -> (f32, f32) {
    let step = std::f32::consts::TAU / count.max(1) as f32;
    (index as f32 * step, (index + 1) as f32 * step)
}

/// A point from polar coordinates on the wheel (y grows downwards, as on screens).
pub fn point(angle: f32, radius: f32) -> (f32, f32) {
    (radius * angle.sin(), -radius * angle.cos())
}

/// Whether a point lies on the wheel, and if so in which (domain index, ring kind).
pub fn cell_at(x: f32, y: f32, domain_count: usize) -> Option<(usize, RingKind)> {
    let r = (x * x + y * y).sqrt();
    if !(CENTRE_RADIUS..=1.0).contains(&r) || domain_count == 0 {
        return None;
    }
    let mut angle = x.atan2(-y);
    if angle < 0.0 {
        angle += std::f32::consts::TAU;
    }
    let step = std::f32::consts::TAU / domain_count as f32;
    let domain = ((angle / step) as usize).min(domain_count - 1);
    let kind = RING_ORDER.iter().copied().find(|k| {
        let (inner, outer) = ring_band(*k);
        r >= inner && r <= outer
    })?;
    Some((domain, kind))
}

/// A token (or an ended token's hole) placed on the wheel.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub id: String,
    pub x: f32,
    pub y: f32,
    pub ended: bool,
    /// Place in its row of the cell; neighbours alternate their labels above and below.
    pub slot: usize,
}

/// Positions for every token on the board and every ended one (as holes), spread evenly in
/// their cell: in rows along the arc, as many per row as fit.
pub fn place_tokens(s: &Scenario, board: &Board) -> Vec<Placed> {
    let mut out = Vec::new();
    for (d, domain) in s.domains.iter().enumerate() {
        for kind in RING_ORDER {
            let in_cell =
                |ring: &str, dom: &str| dom == domain.id && s.ring_kind(ring) == Some(kind);
            let mut ids: Vec<(String, bool)> = board
                .tokens
                .iter()
                .filter(|t| in_cell(&t.ring, &t.domain))
                .map(|t| (t.id.clone(), false))
                .collect();
            ids.extend(
                board
                    .ended
                    .iter()
                    .filter(|e| in_cell(&e.token.ring, &e.token.domain))
                    .map(|e| (e.token.id.clone(), true)),
            );
            if ids.is_empty() {
                continue;
            }
            let (a0, a1) = sector(d, s.domains.len());
            let (r0, r1) = ring_band(kind);
            let mid = (r0 + r1) / 2.0;
            let arc = (a1 - a0) * mid;
            let per_row = ((arc / 0.075).floor() as usize).clamp(1, 6);
            let total = ids.len();
            let rows = total.div_ceil(per_row);
            for (i, (id, ended)) in ids.into_iter().enumerate() {
                let row = i / per_row;
                let count_in_row = per_row.min(total - row * per_row);
                let slot = i % per_row;
                let t = (slot as f32 + 0.5) / count_in_row as f32;
                let angle = a0 + (a1 - a0) * (0.08 + 0.84 * t);
                let radius = r0 + (r1 - r0) * (row as f32 + 0.5) / rows as f32;
                let (x, y) = point(angle, radius);
                out.push(Placed {
                    id,
                    x,
                    y,
                    ended,
                    slot,
                });
            }
        }
    }
    out
}

/// Where a token's label goes: outward along the radius, so that labels of tokens in one
/// row (which runs across the radius) do not run into each other. Returns the unit offset
/// direction and the text alignment: horizontal -1 = text ends at the point (right-aligned),
/// 0 = centred, 1 = starts there; vertical -1 = text above, 0 = centred, 1 = below.
/// At the top and bottom of the wheel a row runs sideways and wide labels would touch, so
/// every other token there (odd `slot`) has its label on the inward side.
pub fn label_direction(x: f32, y: f32, slot: usize) -> ((f32, f32), i8, i8) {
    let len = (x * x + y * y).sqrt().max(1e-6);
    let (dx, dy) = (x / len, y / len);
    if dx.abs() > 0.6 {
        ((dx, dy), if dx > 0.0 { 1 } else { -1 }, 0)
    } else {
        let flip = if slot % 2 == 1 { -1.0 } else { 1.0 };
        let (dx, dy) = (dx * flip, dy * flip);
        ((dx, dy), 0, if dy > 0.0 { 1 } else { -1 })
    }
}

/// A ring's colour as RGB; the colours themselves live in `palette`. Never used alone: each
/// ring also has its name on the wheel and its own token shape (`ring_shape`).
pub fn ring_colour(kind: RingKind) -> [u8; 3] {
    crate::palette::Colour::ring(kind).rgb()
}

/// The second cue besides colour: each ring's tokens have their own shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Shape {
    Circle,
    Square,
    Diamond,
    Hexagon,
}

pub fn ring_shape(kind: RingKind) -> Shape {
    match kind {
        RingKind::EigenKracht => Shape::Circle,
        RingKind::Informeel => Shape::Square,
        RingKind::Gemeente => Shape::Diamond,
        RingKind::Rijk => Shape::Hexagon,
    }
}

/// Corner points of a shape of "radius" `r` around (x, y); empty for a circle.
pub fn shape_points(shape: Shape, x: f32, y: f32, r: f32) -> Vec<(f32, f32)> {
    let corners = |n: usize, turn: f32| -> Vec<(f32, f32)> {
        (0..n)
            .map(|i| {
                let a = turn + i as f32 * std::f32::consts::TAU / n as f32;
                (x + r * a.cos(), y + r * a.sin())
            })
            .collect()
    };
    match shape {
        Shape::Circle => Vec::new(),
        Shape::Square => corners(4, std::f32::consts::FRAC_PI_4)
            .into_iter()
            .map(|(px, py)| (x + (px - x) * 0.95, y + (py - y) * 0.95))
            .collect(),
        Shape::Diamond => corners(4, 0.0)
            .into_iter()
            .map(|(px, py)| (x + (px - x) * 1.15, y + (py - y) * 1.15))
            .collect(),
        Shape::Hexagon => corners(6, 0.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_round_trip_through_points() {
        for count in [3, 6, 10, 13] {
            for d in 0..count {
                for kind in RING_ORDER {
                    let (a0, a1) = sector(d, count);
                    let (r0, r1) = ring_band(kind);
                    let (x, y) = point((a0 + a1) / 2.0, (r0 + r1) / 2.0);
                    assert_eq!(cell_at(x, y, count), Some((d, kind)));
                }
            }
        }
        assert_eq!(cell_at(0.0, 0.0, 6), None);
        assert_eq!(cell_at(1.2, 0.0, 6), None);
    }
}
