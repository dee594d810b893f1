//! Label places on the audience canvas, where the type is large (2.25% of the height) and
//! zero overlaps are required: a label goes beside its card only where it touches nothing
//! at all (no card, no name, no other label); otherwise it goes outside the wheel, beside
//! the rim on the card's side (the other side when that is full), as near the card's
//! height as a free row allows, cut with an ellipsis to the width left there, and tied to
//! its card by a leader line.

use super::boxes::Boxes;
use super::labels::{self, Request, candidates};
use super::{CHAR_WIDTH, Rect, Wheel, text_size};

/// Gap between the rim and a label outside it, as a share of the label's font size.
const RIM_GAP: f32 = 0.6;

/// Fewer letters than this do not say what a card is; such a row is skipped.
const MIN_LETTERS: usize = 7;

/// Where one label went.
pub(super) struct Placed {
    pub(super) text: String,
    pub(super) rect: Rect,
    /// From the card's edge to the label, when the label is away from its card.
    pub(super) leader: Option<([f32; 2], [f32; 2])>,
}

/// One label to place: where its card is and what it says, at font size `size`.
pub(super) struct Wanted<'a> {
    pub(super) req: Request,
    pub(super) text: &'a str,
    pub(super) size: f32,
}

/// `text` cut to at most `letters` letters, with an ellipsis when it was cut: after a
/// whole word where that keeps at least half the room, else inside the word.
pub fn fit(text: &str, letters: usize) -> String {
    if text.chars().count() <= letters {
        return text.to_string();
    }
    let keep = letters.saturating_sub(1);
    let chars: Vec<char> = text.chars().collect();
    let mut head: String = chars[..keep].iter().collect();
    let word_cut = chars.get(keep).is_some_and(|c| !c.is_whitespace());
    if let Some(space) = head.rfind(' ').filter(|_| word_cut)
        && head[..space].chars().count() * 2 >= keep
    {
        head.truncate(space);
    }
    let head = head
        .trim_end()
        .trim_end_matches(['…', ',', ';', ':'])
        .trim_end();
    format!("{head}…")
}

/// A box for every label, in order (see the module's description).
pub(super) fn place(
    wanted: &[Wanted],
    fixed: &[Rect],
    bounds: &Rect,
    wheel: &Wheel,
) -> Vec<Placed> {
    let mut taken = Boxes::new(fixed);
    let mut out: Vec<Option<Placed>> = Vec::with_capacity(wanted.len());
    // Beside the card, where that touches nothing.
    for w in wanted {
        let free = candidates(&w.req, bounds)
            .into_iter()
            .find(|c| c.inside(bounds) && !taken.touches_any(c));
        out.push(free.map(|rect| {
            taken.push(rect);
            Placed {
                text: w.text.to_string(),
                rect,
                leader: None,
            }
        }));
    }
    // The rest outside the rim, those nearest the wheel's middle height first (they have
    // the most room beside the wheel).
    let mut rest: Vec<usize> = (0..wanted.len()).filter(|i| out[*i].is_none()).collect();
    rest.sort_by(|a, b| {
        let d = |i: &usize| (wanted[*i].req.y - wheel.cy).abs();
        d(a).total_cmp(&d(b))
    });
    let mut leaders: Vec<Segment> = Vec::new();
    for i in rest {
        let w = &wanted[i];
        let right = w.req.x >= wheel.cx;
        // The row whose leader crosses fewest boxes and leaders (none, where there is
        // one), on the card's side first.
        let room = Room {
            taken: &taken,
            leaders: &leaders,
            bounds,
            wheel,
        };
        let mut found: Option<(Placed, usize)> = None;
        for side in [right, !right] {
            if let Some((p, n)) = outside(w, side, &room)
                && found.as_ref().is_none_or(|(_, best)| n < *best)
            {
                found = Some((p, n));
            }
            if found.as_ref().is_some_and(|(_, n)| *n == 0) {
                break;
            }
        }
        let found = found.map(|(p, _)| p);
        let placed = found.unwrap_or_else(|| {
            // Nowhere free: the least-bad place beside the card (the test counts these).
            let rect = labels::place(std::slice::from_ref(&w.req), taken.all(), bounds)[0];
            Placed {
                text: w.text.to_string(),
                rect,
                leader: None,
            }
        });
        taken.push(placed.rect);
        leaders.extend(placed.leader);
        out[i] = Some(placed);
    }
    out.into_iter().flatten().collect()
}

/// A leader line: from the card's edge to the label.
type Segment = ([f32; 2], [f32; 2]);

/// What a label outside the rim must keep clear of.
struct Room<'a> {
    /// Boxes it may not lie on: cards, names, the legend, the centre, other labels.
    taken: &'a Boxes,
    /// Leaders placed before: better not under the box.
    leaders: &'a [Segment],
    bounds: &'a Rect,
    wheel: &'a Wheel,
}

impl Room<'_> {
    /// None where the box is not free; else how many leaders run through the box plus how
    /// many boxes (other than its own card's) its leader runs through.
    fn crossings(&self, rect: &Rect, leader: Segment) -> Option<usize> {
        if !rect.inside(self.bounds) || self.taken.touches_any(rect) {
            return None;
        }
        let own = |t: &Rect| t.contains(leader.0);
        let under = self.leaders.iter().filter(|l| crosses(**l, rect)).count();
        // A box the leader runs through shares a point with the leader's own box.
        let (a, b) = leader;
        let span = Rect {
            x: a[0].min(b[0]),
            y: a[1].min(b[1]),
            w: (a[0] - b[0]).abs(),
            h: (a[1] - b[1]).abs(),
        };
        let through = self
            .taken
            .near(&span)
            .filter(|t| !own(t) && crosses(leader, t))
            .count();
        Some(under + through)
    }
}

/// Whether the segment runs through the inside of the box (touching its edge does not
/// count), by clipping it to the box (Liang–Barsky).
pub(super) fn crosses((a, b): Segment, r: &Rect) -> bool {
    let (x0, y0, x1, y1) = (r.x + 0.5, r.y + 0.5, r.x + r.w - 0.5, r.y + r.h - 0.5);
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let (mut t0, mut t1) = (0.0_f32, 1.0_f32);
    for (p, q) in [
        (-dx, a[0] - x0),
        (dx, x1 - a[0]),
        (-dy, a[1] - y0),
        (dy, y1 - a[1]),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return false;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
        }
    }
    t0 < t1
}

/// The free row outside the rim on one side (`right` or left) with the fewest crossings,
/// the nearest to the card's height among those, with the text cut to the width left there;
/// and its number of crossings.
fn outside(w: &Wanted, right: bool, room: &Room) -> Option<(Placed, usize)> {
    let mut best: Option<(Placed, usize)> = None;
    let (bounds, wheel) = (room.bounds, room.wheel);
    let (_, h) = text_size("", w.size);
    let step = h / 4.0;
    let rows = ((bounds.h / step).ceil() as usize).max(1);
    let rim = wheel.r + RIM_GAP * w.size;
    for k in 0..=rows {
        for sign in [1.0, -1.0] {
            if k == 0 && sign < 0.0 {
                continue;
            }
            let top = w.req.y - h / 2.0 + sign * k as f32 * step;
            if top < bounds.y || top + h > bounds.y + bounds.h {
                continue;
            }
            // How far the rim reaches sideways at the box's row nearest the middle.
            let dy = (top - wheel.cy).max(wheel.cy - (top + h)).max(0.0);
            let reach = (rim * rim - dy * dy).max(0.0).sqrt();
            let (edge, space) = if right {
                let x = wheel.cx + reach + w.size * 0.2;
                (x, bounds.x + bounds.w - x)
            } else {
                let x = wheel.cx - reach - w.size * 0.2;
                (x, x - bounds.x)
            };
            let letters = ((space - w.size * 0.4) / (w.size * CHAR_WIDTH)).floor();
            if letters < MIN_LETTERS as f32 {
                continue;
            }
            let text = fit(w.text, letters as usize);
            let (bw, _) = text_size(&text, w.size);
            let x = if right { edge } else { edge - bw };
            let rect = Rect {
                x,
                y: top,
                w: bw,
                h,
            };
            let to = [if right { x } else { x + bw }, top + h / 2.0];
            let leader = (card_edge(&w.req, to), to);
            let Some(n) = room.crossings(&rect, leader) else {
                continue;
            };
            if best.as_ref().is_none_or(|(_, b)| n < *b) {
                let placed = Placed {
                    text,
                    rect,
                    leader: Some(leader),
                };
                if n == 0 {
                    return Some((placed, 0));
                }
                best = Some((placed, n));
            }
        }
    }
    best
}

/// The point on the card's edge in the direction of `to`.
fn card_edge(req: &Request, to: [f32; 2]) -> [f32; 2] {
    let (dx, dy) = (to[0] - req.x, to[1] - req.y);
    let len = (dx * dx + dy * dy).sqrt().max(1e-6);
    [req.x + dx / len * req.r, req.y + dy / len * req.r]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_with_an_ellipsis_only_when_needed() {
        assert_eq!(fit("Huisarts", 8), "Huisarts");
        assert_eq!(fit("Huisarts in de wijk", 10), "Huisarts…");
        assert_eq!(fit("Doet zelf boodschappen…", 12), "Doet zelf…");
        assert!(fit("Doet zelf boodschappen…", 12).chars().count() <= 12);
    }

    #[test]
    fn a_segment_crosses_a_box_only_through_its_inside() {
        let r = Rect {
            x: 10.0,
            y: 10.0,
            w: 10.0,
            h: 10.0,
        };
        assert!(crosses(([0.0, 15.0], [30.0, 15.0]), &r));
        assert!(crosses(([15.0, 15.0], [15.0, 40.0]), &r));
        assert!(!crosses(([0.0, 0.0], [30.0, 0.0]), &r));
        assert!(!crosses(([0.0, 15.0], [9.0, 15.0]), &r));
        assert!(!crosses(([0.0, 30.0], [30.0, 21.0]), &r));
    }

    #[test]
    fn a_crowded_card_gets_a_label_outside_with_a_leader() {
        let bounds = Rect {
            x: 0.0,
            y: 0.0,
            w: 1280.0,
            h: 720.0,
        };
        let wheel = Wheel {
            cx: 640.0,
            cy: 360.0,
            r: 313.0,
        };
        let req = Request {
            x: 900.0,
            y: 360.0,
            r: 14.0,
            out_x: 1.0,
            out_y: 0.0,
            slot: 0,
            w: 300.0,
            h: 21.0,
        };
        // Everything around the card is taken.
        let blocked = Rect::centred(900.0, 360.0, 500.0, 300.0);
        let wanted = [Wanted {
            req,
            text: "Een label dat ver weg moet",
            size: 16.2,
        }];
        let placed = place(&wanted, &[blocked], &bounds, &wheel);
        let p = &placed[0];
        assert!(p.leader.is_some());
        assert!(p.rect.inside(&bounds));
        assert_eq!(p.rect.overlap(&blocked), 0.0);
        assert!(p.rect.x >= wheel.cx);
    }
}
