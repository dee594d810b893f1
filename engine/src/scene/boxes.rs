//! Boxes already on a canvas, found by where they are. The audience label search asks
//! "does this box touch any box placed so far?" for every row beside the rim, for every
//! label; on a crowded wheel (400 cards) scanning all boxes each time made the phones'
//! wheel take a tenth of a second or more. A grid of cells, each listing the boxes that
//! reach into it, lets the search look only at the boxes nearby. The answers are exactly
//! those of a scan over all boxes.

use std::collections::HashMap;

use super::Rect;
use crate::quick::Quick;

/// Side of a grid cell in canvas pixels: about one line of large type.
const CELL: f32 = 32.0;

/// Cell numbers are kept within this range, so a box far off the canvas (or of a size
/// that is not a number) costs a bounded walk; such boxes share the edge cells.
const MAX_CELL: i32 = 4096;

pub(super) struct Boxes {
    all: Vec<Rect>,
    cells: HashMap<(i32, i32), Vec<usize>, Quick>,
}

impl Boxes {
    pub fn new(rects: &[Rect]) -> Boxes {
        let mut boxes = Boxes {
            all: Vec::with_capacity(rects.len()),
            cells: HashMap::default(),
        };
        for r in rects {
            boxes.push(*r);
        }
        boxes
    }

    pub fn push(&mut self, r: Rect) {
        let i = self.all.len();
        self.all.push(r);
        for key in cells_of(&r) {
            self.cells.entry(key).or_default().push(i);
        }
    }

    /// Every box, in the order placed.
    pub fn all(&self) -> &[Rect] {
        &self.all
    }

    /// Whether `r` shares any area with a box placed so far.
    pub fn touches_any(&self, r: &Rect) -> bool {
        cells_of(r)
            .filter_map(|key| self.cells.get(&key))
            .flatten()
            .any(|&i| r.overlap(&self.all[i]) > 0.0)
    }

    /// The boxes that reach into the area of `r`, each once, in the order placed: every
    /// box that shares a point with `r` is among them.
    pub fn near(&self, r: &Rect) -> impl Iterator<Item = &Rect> {
        let mut found: Vec<usize> = cells_of(r)
            .filter_map(|key| self.cells.get(&key))
            .flatten()
            .copied()
            .collect();
        found.sort_unstable();
        found.dedup();
        found.into_iter().map(|i| &self.all[i])
    }
}

/// The cells a box reaches into (its edges included).
fn cells_of(r: &Rect) -> impl Iterator<Item = (i32, i32)> + use<> {
    let cell = |v: f32| ((v / CELL).floor() as i32).clamp(-MAX_CELL, MAX_CELL);
    let (x0, x1) = (cell(r.x), cell(r.x + r.w));
    let (y0, y1) = (cell(r.y), cell(r.y + r.h));
    (x0..=x1).flat_map(move |x| (y0..=y1).map(move |y| (x, y)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The grid answers as a scan over every box does, for boxes of every size and place,
    /// edges on cell borders included.
    #[test]
    fn the_grid_answers_as_a_scan_of_all_boxes() {
        let mut seed = 7_u64;
        let mut next = move |range: f32| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as f32 / (1u64 << 31) as f32 * range
        };
        let mut placed: Vec<Rect> = Vec::new();
        let mut boxes = Boxes::new(&[]);
        for n in 0..400 {
            // Every fourth box snapped to the grid's borders.
            let snap = |v: f32| {
                if n % 4 == 0 {
                    (v / CELL).round() * CELL
                } else {
                    v
                }
            };
            let r = Rect {
                x: snap(next(700.0) - 30.0),
                y: snap(next(700.0) - 30.0),
                w: snap(next(160.0)),
                h: snap(next(40.0)),
            };
            let scan = placed.iter().any(|p| r.overlap(p) > 0.0);
            assert_eq!(boxes.touches_any(&r), scan, "box {n}: {r:?}");
            let near: Vec<Rect> = boxes.near(&r).copied().collect();
            for p in &placed {
                let shares_a_point =
                    p.x <= r.x + r.w && r.x <= p.x + p.w && p.y <= r.y + r.h && r.y <= p.y + p.h;
                if shares_a_point {
                    assert!(near.contains(p), "box {n}: {p:?} is near {r:?}");
                }
            }
            placed.push(r);
            boxes.push(r);
        }
        assert_eq!(boxes.all(), placed.as_slice());
    }
}
