//! Building the parts of a scene, one function per kind of item (the label placement is
//! in `labels`).

use super::*;
use crate::board::Board;
use crate::layout::{self, CENTRE_RADIUS, RING_ORDER, Shape};
use crate::palette::Colour;
use crate::reflect::analyse;
use crate::scenario::{LinkKind, PERSONA, RingKind, Scenario};
use crate::text::Lang;

/// Text and card sizes for one canvas. The base sizes are those of a 900-pixel wheel area;
/// smaller areas shrink them, but not below 80 %, so the text stays readable.
pub(super) struct Sizes {
    pub(super) domain: f32,
    pub(super) small: f32,
    pub(super) label: f32,
    pub(super) persona: f32,
    pub(super) card: f32,
}

impl Sizes {
    pub(super) fn new(canvas: &Canvas, side: f32) -> Sizes {
        if canvas.audience {
            return Sizes::audience(canvas.height);
        }
        let t = canvas.text_scale;
        let scale = (side / 900.0).max(0.8) * t;
        Sizes {
            domain: 18.0 * scale,
            small: 13.8 * scale,
            label: 12.5 * scale,
            persona: 28.0 * scale,
            card: (13.0 * t * side / 900.0).max(8.0),
        }
    }

    /// The audience window: every size a share of the window's height, so the back row
    /// reads the same at 720 and 1080 lines.
    fn audience(height: f32) -> Sizes {
        Sizes {
            domain: 0.027 * height,
            small: 0.026 * height,
            label: AUDIENCE_LABEL * height,
            persona: 0.045 * height,
            card: 0.019 * height,
        }
    }
}

pub(super) fn at(wheel: &Wheel, unit: (f32, f32)) -> [f32; 2] {
    [wheel.cx + unit.0 * wheel.r, wheel.cy + unit.1 * wheel.r]
}

pub(super) fn token_of<'a>(
    board: &'a Board,
    id: &str,
    ended: bool,
) -> Option<&'a crate::scenario::Token> {
    if ended {
        board
            .ended
            .iter()
            .find(|e| e.token.id == id)
            .map(|e| &e.token)
    } else {
        board.token(id)
    }
}

pub(super) fn bands(canvas: &Canvas, wheel: &Wheel) -> Vec<Band> {
    let tint_amount = if canvas.projector { 0.30 } else { 0.18 };
    RING_ORDER
        .iter()
        .rev()
        .map(|kind| Band {
            kind: *kind,
            r: layout::ring_band(*kind).1 * wheel.r,
            tint: Colour::ring(*kind),
            tint_amount,
            stroke: Colour::ring(*kind),
            stroke_width: 2.5,
        })
        .collect()
}

pub(super) fn sectors(s: &Scenario, wheel: &Wheel, marks: &Highlights) -> Vec<Sector> {
    let n = s.domains.len();
    s.domains
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let (a0, a1) = layout::sector(i, n);
            let mut outline = Vec::new();
            if marks.domains.contains(&d.id) {
                let steps = 24;
                let arc = |r: f32, k: usize| {
                    at(
                        wheel,
                        layout::point(a0 + (a1 - a0) * k as f32 / steps as f32, r),
                    )
                };
                outline.extend((0..=steps).map(|k| arc(1.0, k)));
                outline.extend((0..=steps).rev().map(|k| arc(CENTRE_RADIUS, k)));
            }
            Sector {
                domain: d.id.clone(),
                from: at(wheel, layout::point(a0, CENTRE_RADIUS)),
                to: at(wheel, layout::point(a0, 1.0)),
                colour: Colour::Line,
                width: 1.5,
                outline,
                outline_colour: Colour::Highlight,
            }
        })
        .collect()
}

pub(super) fn domain_names(
    s: &Scenario,
    board: &Board,
    marks: &Highlights,
    wheel: &Wheel,
    sizes: &Sizes,
    canvas: &Canvas,
) -> Vec<DomainName> {
    let n = s.domains.len();
    let coverage = analyse(s, board).coverage;
    s.domains
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let (a0, a1) = layout::sector(i, n);
            let mid = (a0 + a1) / 2.0;
            let alert = coverage.get(i).is_some_and(|c| !c.unserved.is_empty());
            let name = d.name.get(canvas.lang);
            let text = if alert {
                format!("{name} ⚠")
            } else {
                name.to_string()
            };
            // Just outside the rim, the box pushed outward by half its size so that the
            // text never lies on the outer ring; then kept inside the canvas.
            let (w, h) = text_size(&text, sizes.domain);
            let [rx, ry] = at(wheel, layout::point(mid, 1.03));
            let (sx, sy) = (mid.sin(), -mid.cos());
            let b =
                Rect::centred(rx + sx * w / 2.0, ry + sy * h / 2.0, w, h).clamped(&canvas.bounds());
            DomainName {
                domain: d.id.clone(),
                alert,
                marked: marks.domains.contains(&d.id),
                text: TextItem {
                    text,
                    x: b.x + b.w / 2.0,
                    y: b.y + b.h / 2.0,
                    size: sizes.domain,
                    colour: if alert { Colour::Alert } else { Colour::Ink },
                    bold: true,
                    anchor: Anchor::Middle,
                },
            }
        })
        .collect()
}

pub(super) fn ring_name(s: &Scenario, kind: RingKind, lang: Lang) -> Option<String> {
    s.rings
        .iter()
        .find(|r| r.kind == kind)
        .map(|r| r.name.get(lang).to_string())
}

/// Ring names written on the wheel, each in its own band where the band runs sideways (at
/// the top or the bottom, beside the vertical line), on whichever of those four spots
/// covers the least of the cards and the domain names.
pub(super) fn ring_names(
    s: &Scenario,
    wheel: &Wheel,
    sizes: &Sizes,
    lang: Lang,
    (cards, domains): (&[Card], &[DomainName]),
) -> Vec<TextItem> {
    let mut taken: Vec<Rect> = cards
        .iter()
        .map(|c| Rect::centred(c.x, c.y, c.r * 2.2, c.r * 2.2))
        .collect();
    taken.extend(domains.iter().map(|d| text_rect(&d.text)));
    RING_ORDER
        .iter()
        .filter_map(|kind| {
            let (inner, outer) = layout::ring_band(*kind);
            let text = ring_name(s, *kind, lang)?;
            let size = sizes.small * 0.85;
            let (w, _) = text_size(&text, size);
            let mid = (inner + outer) / 2.0 * wheel.r;
            let spots = [
                (wheel.cx + 4.0, wheel.cy - mid),
                (wheel.cx - 4.0 - w, wheel.cy - mid),
                (wheel.cx + 4.0, wheel.cy + mid),
                (wheel.cx - 4.0 - w, wheel.cy + mid),
            ];
            let item = |(x, y): (f32, f32)| TextItem {
                text: text.clone(),
                x,
                y,
                size,
                colour: Colour::Ink,
                bold: false,
                anchor: Anchor::Start,
            };
            let covered = |t: &TextItem| -> f32 {
                let b = text_rect(t);
                taken.iter().map(|c| b.overlap(c)).sum()
            };
            spots
                .into_iter()
                .map(item)
                .min_by(|a, b| covered(a).total_cmp(&covered(b)))
        })
        .collect()
}

/// The legend in the top-left corner: shape, colour and name of each ring.
pub(super) fn legend(s: &Scenario, canvas: &Canvas, sizes: &Sizes) -> Vec<LegendEntry> {
    let step = sizes.small * 1.75;
    let swatch = (8.0 * canvas.text_scale).max(sizes.small * 0.45);
    RING_ORDER
        .iter()
        .filter_map(|kind| Some((*kind, ring_name(s, *kind, canvas.lang)?)))
        .enumerate()
        .map(|(i, (kind, name))| {
            let (x, y) = (
                canvas.left + 10.0 + swatch,
                canvas.top + 10.0 + swatch + i as f32 * step,
            );
            let shape = layout::ring_shape(kind);
            LegendEntry {
                kind,
                swatch: Circle {
                    x,
                    y,
                    r: swatch,
                    fill: Colour::ring(kind),
                    stroke: Colour::Ink,
                    stroke_width: 1.0,
                },
                shape,
                points: corners(shape, x, y, swatch),
                text: TextItem {
                    text: name,
                    x: x + swatch * 2.0,
                    y,
                    size: sizes.small,
                    colour: Colour::Ink,
                    bold: false,
                    anchor: Anchor::Start,
                },
            }
        })
        .collect()
}

/// Whether the legend keeps clear of the wheel's rim and the line of names around it.
pub(super) fn legend_fits(legend: &[LegendEntry], wheel: &Wheel, sizes: &Sizes) -> bool {
    let clearance = wheel.r * 1.03 + sizes.domain * LINE_HEIGHT;
    legend.iter().all(|entry| {
        let b = text_rect(&entry.text);
        let s = &entry.swatch;
        let x0 = b.x.min(s.x - s.r);
        let y0 = b.y.min(s.y - s.r);
        let (x1, y1) = (b.x + b.w, (b.y + b.h).max(s.y + s.r));
        let dx = (x0 - wheel.cx).max(wheel.cx - x1).max(0.0);
        let dy = (y0 - wheel.cy).max(wheel.cy - y1).max(0.0);
        (dx * dx + dy * dy).sqrt() >= clearance
    })
}

pub(super) fn corners(shape: Shape, x: f32, y: f32, r: f32) -> Vec<[f32; 2]> {
    layout::shape_points(shape, x, y, r)
        .into_iter()
        .map(|(px, py)| [px, py])
        .collect()
}

pub(super) fn cards(
    s: &Scenario,
    board: &Board,
    marks: &Highlights,
    placed: &[layout::Placed],
    wheel: &Wheel,
    sizes: &Sizes,
) -> Vec<Card> {
    let r = sizes.card;
    placed
        .iter()
        .map(|p| {
            let kind = token_of(board, &p.id, p.ended)
                .and_then(|t| s.ring_kind(&t.ring))
                .unwrap_or(RingKind::Gemeente);
            let [x, y] = at(wheel, (p.x, p.y));
            let shape = layout::ring_shape(kind);
            let regisseur = !p.ended && board.regisseur.as_deref() == Some(p.id.as_str());
            let selected = !p.ended && marks.selected.as_deref() == Some(p.id.as_str());
            let marked = if p.ended {
                marks.ended.contains(&p.id)
            } else {
                marks.tokens.contains(&p.id)
            };
            let (stroke, stroke_width) = match () {
                _ if p.ended => (Colour::Alert, 2.5),
                _ if selected => (Colour::Highlight, 4.0),
                _ if marked => (Colour::Ink, 4.5),
                _ if regisseur => (Colour::Ink, 4.0),
                _ => (Colour::Ink, 1.5),
            };
            let mark = |text: &str, colour| TextItem {
                text: text.to_string(),
                x,
                y,
                size: r * 1.2,
                colour,
                bold: true,
                anchor: Anchor::Middle,
            };
            Card {
                id: p.id.clone(),
                x,
                y,
                r,
                shape,
                points: corners(shape, x, y, r),
                colour: Colour::ring(kind),
                fill: (!p.ended).then_some(Colour::ring(kind)),
                stroke,
                stroke_width,
                dashed: p.ended,
                halo: marked.then_some(Circle {
                    x,
                    y,
                    r: r * 1.75,
                    fill: Colour::Paper,
                    stroke: Colour::Highlight,
                    stroke_width: 3.0,
                }),
                mark: match () {
                    _ if p.ended => Some(mark("×", Colour::Alert)),
                    _ if regisseur => Some(mark("R", Colour::Ink)),
                    _ => None,
                },
                ended: p.ended,
                regisseur,
                marked,
                selected,
            }
        })
        .collect()
}

pub(super) fn links(
    board: &Board,
    marks: &Highlights,
    cards: &[Card],
    wheel: &Wheel,
) -> Vec<LinkLine> {
    let pos = |id: &str| -> Option<[f32; 2]> {
        if id == PERSONA {
            return Some([wheel.cx, wheel.cy]);
        }
        cards
            .iter()
            .find(|c| c.id == id && !c.ended)
            .map(|c| [c.x, c.y])
    };
    let width = if marks.links { 4.0 } else { 2.0 };
    board
        .links
        .iter()
        .filter_map(|link| {
            let (from, to) = (pos(&link.from)?, pos(&link.to)?);
            let (colour, width, style) = match link.kind {
                LinkKind::WorksTogether => (Colour::Ink, width + 1.0, LineStyle::Solid),
                LinkKind::Contact => (
                    Colour::Line,
                    width,
                    LineStyle::Dashed {
                        dash: 10.0,
                        gap: 6.0,
                    },
                ),
                LinkKind::Tension => (Colour::Alert, width, LineStyle::Dotted { spacing: 7.0 }),
            };
            Some(LinkLine {
                from,
                to,
                kind: link.kind,
                colour,
                width,
                style,
            })
        })
        .collect()
}

pub(super) fn persona(s: &Scenario, board: &Board, wheel: &Wheel, sizes: &Sizes) -> Vec<TextItem> {
    let line = |text: String, y: f32, size: f32, bold: bool| TextItem {
        text,
        x: wheel.cx,
        y,
        size,
        colour: Colour::Ink,
        bold,
        anchor: Anchor::Middle,
    };
    vec![
        line(
            s.persona.name.clone(),
            wheel.cy - sizes.persona * 0.2,
            sizes.persona,
            true,
        ),
        line(
            // "R", as on a regisseur's card, when she has the regie herself.
            if board.regisseur.as_deref() == Some(PERSONA) {
                format!("{} · R", board.age)
            } else {
                board.age.to_string()
            },
            wheel.cy + sizes.persona * 0.8,
            sizes.domain,
            false,
        ),
    ]
}
