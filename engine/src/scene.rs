//! The wheel as a display list: every ring, line, name, card and label with its place in
//! pixels and its colour by name, computed once from the scenario, the board, what is
//! highlighted and the size of the canvas. Painters (egui in the game, SVG in the report)
//! only draw what is here, so they cannot disagree about tints, holes or label places.
//!
//! Coordinates are canvas pixels: `Canvas::left/top` is where the canvas sits in the window,
//! so a scene built for a panel of the game window is in window pixels.

mod labels;

use std::collections::BTreeSet;

use serde::Serialize;

use crate::board::Board;
use crate::layout::{self, CENTRE_RADIUS, RING_ORDER, Shape};
use crate::palette::Colour;
use crate::reflect::{Highlighted, analyse};
use crate::scenario::{LinkKind, PERSONA, RingKind, Scenario};
use crate::text::Lang;

pub use labels::{CHAR_WIDTH, LINE_HEIGHT, Rect, text_size};

/// How much larger text and cards are in projector mode (the back of a room must read it).
pub const PROJECTOR_TEXT: f32 = 1.3;

/// The wheel's radius as a share of the canvas's shorter side; the rest is for the domain
/// names around it.
const WHEEL_SHARE: f32 = 0.40;

/// Where the scene is drawn and how.
#[derive(Clone, Debug, PartialEq)]
pub struct Canvas {
    pub left: f32,
    pub top: f32,
    pub width: f32,
    pub height: f32,
    pub lang: Lang,
    /// 1 on a laptop, `PROJECTOR_TEXT` on a projector.
    pub text_scale: f32,
    /// Stronger ring tints for a projector's washed-out colours.
    pub projector: bool,
    /// A legend of ring colours and shapes in the top-left corner (the game); without it,
    /// the ring names are written on the wheel itself (the report, which has its own legend).
    pub legend: bool,
}

impl Canvas {
    pub fn new(width: f32, height: f32, lang: Lang) -> Canvas {
        Canvas {
            left: 0.0,
            top: 0.0,
            width: width.max(1.0),
            height: height.max(1.0),
            lang,
            text_scale: 1.0,
            projector: false,
            legend: true,
        }
    }

    /// The same canvas placed at (left, top) in the window.
    pub fn at(mut self, left: f32, top: f32) -> Canvas {
        self.left = left;
        self.top = top;
        self
    }

    pub fn projector(mut self, on: bool) -> Canvas {
        self.projector = on;
        self.text_scale = if on { PROJECTOR_TEXT } else { 1.0 };
        self
    }

    pub fn legend(mut self, on: bool) -> Canvas {
        self.legend = on;
        self
    }

    pub fn bounds(&self) -> Rect {
        Rect {
            x: self.left,
            y: self.top,
            w: self.width,
            h: self.height,
        }
    }
}

/// What to mark on the wheel, as plain ids: the findings of a reflection round, the
/// selected card, and cards not shown yet (the step-2 build-up).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Highlights {
    pub tokens: BTreeSet<String>,
    pub ended: BTreeSet<String>,
    pub domains: BTreeSet<String>,
    pub links: bool,
    pub selected: Option<String>,
    pub hidden: BTreeSet<String>,
}

impl From<&Highlighted> for Highlights {
    fn from(h: &Highlighted) -> Highlights {
        Highlights {
            tokens: h.tokens.iter().cloned().collect(),
            ended: h.ended.iter().cloned().collect(),
            domains: h.domains.iter().cloned().collect(),
            links: h.links,
            ..Highlights::default()
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Wheel {
    pub cx: f32,
    pub cy: f32,
    pub r: f32,
}

/// A ring, drawn as a filled circle from the outside in: a tint of `tint` over paper.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Band {
    pub kind: RingKind,
    pub r: f32,
    pub tint: Colour,
    pub tint_amount: f32,
    pub stroke: Colour,
    pub stroke_width: f32,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Circle {
    pub x: f32,
    pub y: f32,
    pub r: f32,
    pub fill: Colour,
    pub stroke: Colour,
    pub stroke_width: f32,
}

/// The line where a domain's sector starts; `outline` (only when the domain is marked) is
/// the closed border of the whole sector.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Sector {
    pub domain: String,
    pub from: [f32; 2],
    pub to: [f32; 2],
    pub colour: Colour,
    pub width: f32,
    pub outline: Vec<[f32; 2]>,
    pub outline_colour: Colour,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Anchor {
    /// (x, y) is the left end of the text, vertically centred.
    Start,
    /// (x, y) is the centre of the text.
    Middle,
}

/// One line of text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TextItem {
    pub text: String,
    pub x: f32,
    pub y: f32,
    pub size: f32,
    pub colour: Colour,
    pub bold: bool,
    pub anchor: Anchor,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DomainName {
    pub domain: String,
    /// A need in this domain has no support (the name is in alert colour with a sign).
    pub alert: bool,
    pub marked: bool,
    pub text: TextItem,
}

/// One line of the legend: the ring's shape in its colour, and its name.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LegendEntry {
    pub kind: RingKind,
    pub swatch: Circle,
    pub shape: Shape,
    pub points: Vec<[f32; 2]>,
    pub text: TextItem,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum LineStyle {
    Solid,
    Dashed { dash: f32, gap: f32 },
    Dotted { spacing: f32 },
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LinkLine {
    pub from: [f32; 2],
    pub to: [f32; 2],
    pub kind: LinkKind,
    pub colour: Colour,
    pub width: f32,
    pub style: LineStyle,
}

/// A card (a token) or the hole an ended one left.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Card {
    pub id: String,
    pub x: f32,
    pub y: f32,
    pub r: f32,
    pub shape: Shape,
    /// Corners of the shape; empty for a circle.
    pub points: Vec<[f32; 2]>,
    /// The ring's colour.
    pub colour: Colour,
    /// None for a hole: only the dashed outline is drawn.
    pub fill: Option<Colour>,
    pub stroke: Colour,
    pub stroke_width: f32,
    pub dashed: bool,
    /// A circle around a card a reflection round points at.
    pub halo: Option<Circle>,
    /// "R" on the regisseur, "×" in a hole.
    pub mark: Option<TextItem>,
    pub ended: bool,
    pub regisseur: bool,
    pub marked: bool,
    pub selected: bool,
}

impl Card {
    /// The same card with its centre at (x, y): the preview of a card being dragged.
    pub fn moved_to(&self, x: f32, y: f32) -> Card {
        let (dx, dy) = (x - self.x, y - self.y);
        let mut card = self.clone();
        card.x = x;
        card.y = y;
        for p in &mut card.points {
            *p = [p[0] + dx, p[1] + dy];
        }
        if let Some(h) = &mut card.halo {
            h.x += dx;
            h.y += dy;
        }
        if let Some(m) = &mut card.mark {
            m.x += dx;
            m.y += dy;
        }
        card
    }
}

/// The name of a card in its box; the text is centred in the box.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Label {
    pub card: String,
    pub text: String,
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
    pub size: f32,
    pub colour: Colour,
    /// Ended support: struck through.
    pub struck: bool,
}

impl Label {
    pub fn rect(&self) -> Rect {
        Rect {
            x: self.x,
            y: self.y,
            w: self.w,
            h: self.h,
        }
    }
}

/// The whole picture, in the order painters draw it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Scene {
    pub size: [f32; 2],
    pub origin: [f32; 2],
    /// For a screen reader: persona and scenario title.
    pub title: String,
    pub wheel: Wheel,
    pub bands: Vec<Band>,
    pub centre: Circle,
    pub sectors: Vec<Sector>,
    pub domains: Vec<DomainName>,
    pub ring_names: Vec<TextItem>,
    pub legend: Vec<LegendEntry>,
    pub links: Vec<LinkLine>,
    pub cards: Vec<Card>,
    pub labels: Vec<Label>,
    /// The persona's name and age in the centre.
    pub persona: Vec<TextItem>,
}

/// Text and card sizes for one canvas. The base sizes are those of a 900-pixel wheel area;
/// smaller areas shrink them, but not below 80 %, so the text stays readable.
struct Sizes {
    domain: f32,
    small: f32,
    label: f32,
    persona: f32,
    card: f32,
}

impl Sizes {
    fn new(canvas: &Canvas, side: f32) -> Sizes {
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
}

fn at(wheel: &Wheel, unit: (f32, f32)) -> [f32; 2] {
    [wheel.cx + unit.0 * wheel.r, wheel.cy + unit.1 * wheel.r]
}

/// A label short enough for the wheel: the part before a bracket or comma, at most 22
/// letters.
pub fn short_label(who: &str) -> String {
    let head = who.split([',', '(']).next().unwrap_or(who).trim();
    if head.chars().count() > 22 {
        format!("{}…", head.chars().take(21).collect::<String>().trim_end())
    } else {
        head.to_string()
    }
}

impl Scene {
    /// The scene of `board` on `canvas`, with `marks` shown.
    pub fn build(s: &Scenario, board: &Board, marks: &Highlights, canvas: &Canvas) -> Scene {
        let side = canvas.width.min(canvas.height);
        let wheel = Wheel {
            cx: canvas.left + canvas.width / 2.0,
            cy: canvas.top + canvas.height / 2.0,
            r: side * WHEEL_SHARE,
        };
        let sizes = Sizes::new(canvas, side);
        let mut scene = Scene {
            size: [canvas.width, canvas.height],
            origin: [canvas.left, canvas.top],
            title: format!("{} – {}", s.persona.name, s.title.get(canvas.lang)),
            wheel,
            bands: bands(canvas, &wheel),
            centre: Circle {
                x: wheel.cx,
                y: wheel.cy,
                r: CENTRE_RADIUS * wheel.r,
                fill: Colour::Paper,
                stroke: Colour::Ink,
                stroke_width: 2.0,
            },
            sectors: sectors(s, &wheel, marks),
            domains: domain_names(s, board, marks, &wheel, &sizes, canvas),
            ring_names: Vec::new(),
            legend: Vec::new(),
            links: Vec::new(),
            cards: Vec::new(),
            labels: Vec::new(),
            persona: persona(s, board, &wheel, &sizes),
        };
        if canvas.legend {
            scene.legend = legend(s, canvas, &sizes);
        } else {
            scene.ring_names = ring_names(s, &wheel, &sizes, canvas.lang);
        }
        let placed: Vec<layout::Placed> = layout::place_tokens(s, board)
            .into_iter()
            .filter(|p| !marks.hidden.contains(&p.id))
            .collect();
        scene.cards = cards(s, board, marks, &placed, &wheel, &sizes);
        scene.links = links(board, marks, &scene.cards, &wheel);
        scene.labels = scene.place_labels(board, &placed, &sizes, canvas);
        scene
    }

    /// The domain (by index) and ring under a point, if it lies on the wheel.
    pub fn cell_at(&self, x: f32, y: f32) -> Option<(usize, RingKind)> {
        let w = &self.wheel;
        layout::cell_at((x - w.cx) / w.r, (y - w.cy) / w.r, self.sectors.len())
    }

    /// The topmost card (not a hole) under a point.
    pub fn card_at(&self, x: f32, y: f32) -> Option<&Card> {
        self.cards
            .iter()
            .rev()
            .find(|c| !c.ended && (c.x - x).powi(2) + (c.y - y).powi(2) <= (c.r * 1.2).powi(2))
    }

    /// How many pairs of labels share some area (a measure of crowding).
    pub fn label_overlaps(&self) -> usize {
        let boxes: Vec<Rect> = self.labels.iter().map(Label::rect).collect();
        let mut count = 0;
        for (i, a) in boxes.iter().enumerate() {
            count += boxes[i + 1..].iter().filter(|b| a.overlap(b) > 0.0).count();
        }
        count
    }

    /// Everything a label must keep clear of: cards, names, the legend and the centre.
    fn obstacles(&self) -> Vec<Rect> {
        let mut out: Vec<Rect> = self
            .cards
            .iter()
            .map(|c| Rect::centred(c.x, c.y, c.r * 2.2, c.r * 2.2))
            .collect();
        let texts = self
            .domains
            .iter()
            .map(|d| &d.text)
            .chain(&self.ring_names)
            .chain(self.legend.iter().map(|l| &l.text))
            .chain(&self.persona);
        out.extend(texts.map(text_rect));
        out.extend(
            self.legend
                .iter()
                .map(|l| Rect::centred(l.swatch.x, l.swatch.y, l.swatch.r * 2.0, l.swatch.r * 2.0)),
        );
        let c = &self.centre;
        out.push(Rect::centred(c.x, c.y, c.r * 1.6, c.r * 1.6));
        out
    }

    fn place_labels(
        &self,
        board: &Board,
        placed: &[layout::Placed],
        sizes: &Sizes,
        canvas: &Canvas,
    ) -> Vec<Label> {
        let mut texts = Vec::new();
        let mut requests = Vec::new();
        for (p, card) in placed.iter().zip(&self.cards) {
            let Some(token) = token_of(board, &p.id, p.ended) else {
                continue;
            };
            let text = short_label(token.who.get(canvas.lang));
            let (w, h) = text_size(&text, sizes.label);
            requests.push(labels::Request {
                x: card.x,
                y: card.y,
                r: card.r,
                out_x: p.x,
                out_y: p.y,
                slot: p.slot,
                w,
                h,
            });
            texts.push((card, text));
        }
        let boxes = labels::place(&requests, &self.obstacles(), &canvas.bounds());
        texts
            .into_iter()
            .zip(boxes)
            .map(|((card, text), b)| Label {
                card: card.id.clone(),
                text,
                x: b.x,
                y: b.y,
                w: b.w,
                h: b.h,
                size: sizes.label,
                colour: if card.ended {
                    Colour::Alert
                } else {
                    Colour::Ink
                },
                struck: card.ended,
            })
            .collect()
    }
}

/// The box a text item takes, estimated like label boxes.
pub fn text_rect(t: &TextItem) -> Rect {
    let (w, h) = text_size(&t.text, t.size);
    match t.anchor {
        Anchor::Middle => Rect::centred(t.x, t.y, w, h),
        Anchor::Start => Rect::centred(t.x + w / 2.0, t.y, w, h),
    }
}

fn token_of<'a>(board: &'a Board, id: &str, ended: bool) -> Option<&'a crate::scenario::Token> {
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

fn bands(canvas: &Canvas, wheel: &Wheel) -> Vec<Band> {
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

fn sectors(s: &Scenario, wheel: &Wheel, marks: &Highlights) -> Vec<Sector> {
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

fn domain_names(
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

fn ring_name(s: &Scenario, kind: RingKind, lang: Lang) -> Option<String> {
    s.rings
        .iter()
        .find(|r| r.kind == kind)
        .map(|r| r.name.get(lang).to_string())
}

/// Ring names written along the top sector line, each in its own band.
fn ring_names(s: &Scenario, wheel: &Wheel, sizes: &Sizes, lang: Lang) -> Vec<TextItem> {
    RING_ORDER
        .iter()
        .filter_map(|kind| {
            let (inner, outer) = layout::ring_band(*kind);
            Some(TextItem {
                text: ring_name(s, *kind, lang)?,
                x: wheel.cx + 4.0,
                y: wheel.cy - (inner + outer) / 2.0 * wheel.r,
                size: sizes.small * 0.85,
                colour: Colour::Ink,
                bold: false,
                anchor: Anchor::Start,
            })
        })
        .collect()
}

/// The legend in the top-left corner: shape, colour and name of each ring.
fn legend(s: &Scenario, canvas: &Canvas, sizes: &Sizes) -> Vec<LegendEntry> {
    let step = sizes.small * 1.75;
    let swatch = 8.0 * canvas.text_scale;
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

fn corners(shape: Shape, x: f32, y: f32, r: f32) -> Vec<[f32; 2]> {
    layout::shape_points(shape, x, y, r)
        .into_iter()
        .map(|(px, py)| [px, py])
        .collect()
}

fn cards(
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

fn links(board: &Board, marks: &Highlights, cards: &[Card], wheel: &Wheel) -> Vec<LinkLine> {
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

fn persona(s: &Scenario, board: &Board, wheel: &Wheel, sizes: &Sizes) -> Vec<TextItem> {
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
            board.age.to_string(),
            wheel.cy + sizes.persona * 0.8,
            sizes.domain,
            false,
        ),
    ]
}
