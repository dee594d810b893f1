//! Where the label of each card goes: a greedy search over a few positions around the
//! card, so that labels stay inside the canvas and clear of each other, of the cards and
//! of the other texts on the wheel wherever the room allows.

use serde::Serialize;

use crate::layout::label_direction;

/// Average width of one letter, as a share of the font size. Measured roughly on the sans
/// fonts the game (egui's default) and browsers use for mixed Dutch text: most letters are
/// 0.45–0.6 em wide; a little too wide is safer than too narrow, because a box that is too
/// small lets two texts run into each other unseen by the placement.
pub const CHAR_WIDTH: f32 = 0.55;

/// Height of a text box as a share of the font size (the line height).
pub const LINE_HEIGHT: f32 = 1.3;

/// An axis-aligned box in canvas pixels; (x, y) is its top-left corner.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Rect {
    pub fn centred(cx: f32, cy: f32, w: f32, h: f32) -> Rect {
        Rect {
            x: cx - w / 2.0,
            y: cy - h / 2.0,
            w,
            h,
        }
    }

    /// The area two boxes share (0 when they do not touch).
    pub fn overlap(&self, other: &Rect) -> f32 {
        let w = (self.x + self.w).min(other.x + other.w) - self.x.max(other.x);
        let h = (self.y + self.h).min(other.y + other.h) - self.y.max(other.y);
        if w > 0.0 && h > 0.0 { w * h } else { 0.0 }
    }

    /// Whether this box lies within `outer` (a hair of rounding allowed).
    pub fn inside(&self, outer: &Rect) -> bool {
        let eps = 0.01;
        self.x >= outer.x - eps
            && self.y >= outer.y - eps
            && self.x + self.w <= outer.x + outer.w + eps
            && self.y + self.h <= outer.y + outer.h + eps
    }

    /// Whether a point lies in the box.
    pub fn contains(&self, [x, y]: [f32; 2]) -> bool {
        x >= self.x && x <= self.x + self.w && y >= self.y && y <= self.y + self.h
    }

    /// The same box shifted (and if need be shrunk) so that it lies within `outer`.
    pub fn clamped(&self, outer: &Rect) -> Rect {
        let w = self.w.min(outer.w);
        let h = self.h.min(outer.h);
        Rect {
            x: self.x.clamp(outer.x, outer.x + outer.w - w),
            y: self.y.clamp(outer.y, outer.y + outer.h - h),
            w,
            h,
        }
    }
}

/// Width and height of a one-line text box of `text` at `size` pixels, estimated from the
/// number of letters (see `CHAR_WIDTH`), with a little room on both sides.
pub fn text_size(text: &str, size: f32) -> (f32, f32) {
    let letters = text.chars().count() as f32;
    (letters * size * CHAR_WIDTH + size * 0.4, size * LINE_HEIGHT)
}

/// One label to place: the card it belongs to and the size of its text box.
pub struct Request {
    /// Centre and radius of the card, in canvas pixels.
    pub x: f32,
    pub y: f32,
    pub r: f32,
    /// The card's position relative to the wheel's centre (any scale): labels prefer the
    /// outward side, where the cells are widest.
    pub out_x: f32,
    pub out_y: f32,
    /// Place in its row of the cell (see `layout::label_direction`).
    pub slot: usize,
    pub w: f32,
    pub h: f32,
}

/// The eight directions around a card, as steps of -1, 0 or 1.
const DIRECTIONS: [(f32, f32); 8] = [
    (1.0, 0.0),
    (-1.0, 0.0),
    (0.0, -1.0),
    (0.0, 1.0),
    (1.0, -1.0),
    (-1.0, -1.0),
    (1.0, 1.0),
    (-1.0, 1.0),
];

/// Candidate boxes for one label, the most natural first: the side `label_direction` picks
/// (outward along the radius), then the other directions by how far they point outward,
/// then all of them once more a line further away.
pub(super) fn candidates(req: &Request, bounds: &Rect) -> Vec<Rect> {
    let ((_, _), h, v) = label_direction(req.out_x, req.out_y, req.slot);
    let preferred = if h != 0 {
        (h as f32, 0.0)
    } else {
        (0.0, v as f32)
    };
    let len = (req.out_x * req.out_x + req.out_y * req.out_y)
        .sqrt()
        .max(1e-6);
    let (ox, oy) = (req.out_x / len, req.out_y / len);
    let mut dirs: Vec<(f32, f32)> = DIRECTIONS.to_vec();
    let outwardness = |d: &(f32, f32)| {
        let n = (d.0 * d.0 + d.1 * d.1).sqrt();
        -(d.0 * ox + d.1 * oy) / n
    };
    dirs.sort_by(|a, b| outwardness(a).total_cmp(&outwardness(b)));
    dirs.retain(|d| *d != preferred);
    dirs.insert(0, preferred);
    let mut out = Vec::with_capacity(dirs.len() * 2);
    for gap in [req.r * 0.3, req.r * 0.3 + req.h] {
        for (dx, dy) in &dirs {
            // On a diagonal the box's corner comes near the card, so it can sit closer.
            let k = if *dx != 0.0 && *dy != 0.0 { 0.75 } else { 1.0 };
            let cx = req.x + dx * ((req.r + gap) * k + req.w / 2.0);
            let cy = req.y + dy * ((req.r + gap) * k + req.h / 2.0);
            out.push(Rect::centred(cx, cy, req.w, req.h).clamped(bounds));
        }
    }
    out
}

/// How much a box is in the way: shared area with fixed things (cards, names), and twice
/// that with labels placed before, because two texts on top of each other are unreadable.
fn cost(candidate: &Rect, fixed: &[Rect], placed: &[Rect]) -> f32 {
    let on_fixed: f32 = fixed.iter().map(|o| candidate.overlap(o)).sum();
    let on_labels: f32 = placed.iter().map(|o| candidate.overlap(o)).sum();
    on_fixed + 2.0 * on_labels
}

/// A box for every request, in order: the first candidate that touches nothing, else the
/// one in the way least. Every box lies inside `bounds`.
pub fn place(requests: &[Request], fixed: &[Rect], bounds: &Rect) -> Vec<Rect> {
    let mut placed: Vec<Rect> = Vec::with_capacity(requests.len());
    for req in requests {
        let mut best: Option<(f32, Rect)> = None;
        for candidate in candidates(req, bounds) {
            let c = cost(&candidate, fixed, &placed);
            if best.is_none_or(|(b, _)| c < b) {
                best = Some((c, candidate));
            }
            if c <= 0.0 {
                break;
            }
        }
        let chosen = best.map_or_else(
            || Rect::centred(req.x, req.y, req.w, req.h).clamped(bounds),
            |(_, r)| r,
        );
        placed.push(chosen);
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boxes_overlap_and_clamp() {
        let a = Rect::centred(0.0, 0.0, 10.0, 10.0);
        let b = Rect::centred(5.0, 5.0, 10.0, 10.0);
        assert_eq!(a.overlap(&b), 25.0);
        assert_eq!(a.overlap(&Rect::centred(20.0, 0.0, 10.0, 10.0)), 0.0);
        let bounds = Rect {
            x: 0.0,
            y: 0.0,
            w: 100.0,
            h: 50.0,
        };
        assert!(a.clamped(&bounds).inside(&bounds));
        assert!(!a.inside(&bounds));
    }

    #[test]
    fn two_cards_side_by_side_get_separate_labels() {
        let bounds = Rect {
            x: 0.0,
            y: 0.0,
            w: 400.0,
            h: 400.0,
        };
        let req = |x: f32, slot| Request {
            x,
            y: 100.0,
            r: 10.0,
            out_x: 0.0,
            out_y: -1.0,
            slot,
            w: 80.0,
            h: 16.0,
        };
        let boxes = place(&[req(190.0, 0), req(210.0, 0)], &[], &bounds);
        assert_eq!(boxes[0].overlap(&boxes[1]), 0.0);
    }
}
