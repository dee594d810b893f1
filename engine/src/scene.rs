//! The wheel as a display list: every ring, line, name, card and label with its place in
//! pixels and its colour by name, computed once from the scenario, the board, what is
//! highlighted and the size of the canvas. Painters (egui in the game, SVG in the report)
//! only draw what is here, so they cannot disagree about tints, holes or label places.
//!
//! Coordinates are canvas pixels: `Canvas::left/top` is where the canvas sits in the window,
//! so a scene built for a panel of the game window is in window pixels.

mod audience;
mod boxes;
mod items;
mod labels;
mod names;
mod parts;

use std::collections::BTreeSet;

use serde::Serialize;

use crate::board::Board;
use crate::layout::{self, CENTRE_RADIUS};
use crate::palette::Colour;
use crate::reflect::Highlighted;
use crate::scenario::{RingKind, Scenario};
use crate::text::Lang;
use crate::words::Words;

pub use audience::fit;
pub use items::*;
pub use labels::{CHAR_WIDTH, LINE_HEIGHT, Rect, text_size};
pub use names::{SHORT_LETTERS, card_labels, short_label, short_what};
use parts::*;

/// How much larger text and cards are in projector mode (the back of a room must read it).
pub const PROJECTOR_TEXT: f32 = 1.3;

/// The wheel's radius as a share of the canvas's shorter side; the rest is for the domain
/// names around it.
const WHEEL_SHARE: f32 = 0.40;

/// On the audience canvas: the wheel's radius as a share of the height (a diameter of 87%,
/// above the 85% asked for), and at most this share of the width.
pub const AUDIENCE_WHEEL: f32 = 0.435;
const AUDIENCE_WHEEL_OF_WIDTH: f32 = 0.42;

/// On the audience canvas: the card labels' font size as a share of the height (2.25%,
/// above the 2.2% asked for: 24.3 px at 1080p).
pub const AUDIENCE_LABEL: f32 = 0.0225;

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
    /// The projector's audience window: a wheel of 87% of the height, type in shares of
    /// the height, and labels that do not fit beside their card set farther out with a
    /// leader line (see `Canvas::audience`).
    pub audience: bool,
}

/// A finite number, or `fallback`: a window that reports no size (or an endless one) must
/// give an odd picture, not a panic in the layout arithmetic.
fn finite(v: f32, fallback: f32) -> f32 {
    if v.is_finite() { v } else { fallback }
}

impl Canvas {
    pub fn new(width: f32, height: f32, lang: Lang) -> Canvas {
        Canvas {
            left: 0.0,
            top: 0.0,
            width: finite(width, 1.0).clamp(1.0, 100_000.0),
            height: finite(height, 1.0).clamp(1.0, 100_000.0),
            lang,
            text_scale: 1.0,
            projector: false,
            legend: true,
            audience: false,
        }
    }

    /// The canvas of the projector's audience window, `width` × `height` pixels: the wheel's
    /// diameter is 87% of the height, card labels are 2.25% of the height, and no label lies
    /// on another label, a domain name, the legend or ring names, or the centre; labels of
    /// crowded sectors go outside the wheel with a leader line, shortened to fit (the whole
    /// text stays in `Label::full`).
    pub fn audience(width: f32, height: f32, lang: Lang) -> Canvas {
        Canvas::new(width, height, lang)
            .projector(true)
            .audience_on(true)
    }

    /// The audience layout on or off for this canvas (with the projector's tints).
    pub fn audience_on(mut self, on: bool) -> Canvas {
        self.audience = on;
        if on {
            self = self.projector(true);
        }
        self
    }

    /// The wheel on this canvas.
    fn wheel(&self) -> Wheel {
        let side = self.width.min(self.height);
        let r = if self.audience {
            (self.height * AUDIENCE_WHEEL).min(self.width * AUDIENCE_WHEEL_OF_WIDTH)
        } else {
            side * WHEEL_SHARE
        };
        Wheel {
            cx: self.left + self.width / 2.0,
            cy: self.top + self.height / 2.0,
            r,
        }
    }

    /// The same canvas placed at (left, top) in the window.
    pub fn at(mut self, left: f32, top: f32) -> Canvas {
        self.left = finite(left, 0.0);
        self.top = finite(top, 0.0);
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
    /// Lines from cards to labels set farther out (the audience canvas); drawn after the
    /// cards, before the labels.
    pub leaders: Vec<Leader>,
    pub labels: Vec<Label>,
    /// The persona's name and age in the centre.
    pub persona: Vec<TextItem>,
}

impl Scene {
    /// The scene of `board` on `canvas`, with `marks` shown.
    pub fn build(s: &Scenario, board: &Board, marks: &Highlights, canvas: &Canvas) -> Scene {
        let side = canvas.width.min(canvas.height);
        let wheel = canvas.wheel();
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
            leaders: Vec::new(),
            labels: Vec::new(),
            persona: persona(s, board, &wheel, &sizes),
        };
        let placed: Vec<layout::Placed> = layout::place_tokens(s, board)
            .into_iter()
            .filter(|p| !marks.hidden.contains(&p.id))
            .collect();
        scene.cards = cards(s, board, marks, &placed, &wheel, &sizes);
        scene.links = links(board, marks, &scene.cards, &wheel);
        if canvas.legend {
            scene.legend = legend(s, canvas, &sizes);
        }
        // A legend that would lie on the wheel or its domain names (a narrow canvas, as on
        // the projector) gives way to ring names written on the wheel itself.
        if !scene.legend.is_empty() && !legend_fits(&scene.legend, &wheel, &sizes) {
            scene.legend.clear();
        }
        if scene.legend.is_empty() {
            scene.ring_names = ring_names(
                s,
                &wheel,
                &sizes,
                canvas.lang,
                (&scene.cards, &scene.domains),
            );
        }
        (scene.labels, scene.leaders) = scene.place_labels(board, &placed, &sizes, canvas);
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

    /// Everything a label must keep clear of: cards, names, the legend and the centre (on
    /// the audience canvas the centre's whole square, else a square of about its area).
    fn obstacles(&self, audience: bool) -> Vec<Rect> {
        let mut out: Vec<Rect> = self
            .cards
            .iter()
            .map(|c| {
                let r = c.reach();
                Rect::centred(c.x, c.y, r * 2.2, r * 2.2)
            })
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
        let side = if audience { c.r * 2.0 } else { c.r * 1.6 };
        out.push(Rect::centred(c.x, c.y, side, side));
        out
    }

    /// For every card: the card, its label's text and full text, and what to place.
    fn label_requests(
        &self,
        board: &Board,
        placed: &[layout::Placed],
        sizes: &Sizes,
        canvas: &Canvas,
    ) -> (LabelTexts<'_>, Vec<labels::Request>) {
        let names = card_labels(board, canvas.lang);
        let words = Words::new(canvas.lang);
        let mut texts = Vec::new();
        let mut requests = Vec::new();
        for (p, card) in placed.iter().zip(&self.cards) {
            let Some(token) = token_of(board, &p.id, p.ended) else {
                continue;
            };
            let text = names
                .get(&token.id)
                .cloned()
                .unwrap_or_else(|| short_label(token.who.get(canvas.lang)));
            let full = words.t_args(
                "analysis-token",
                &[
                    ("who", token.who.get(canvas.lang).to_string().into()),
                    ("what", token.what.get(canvas.lang).to_string().into()),
                ],
            );
            let (w, h) = text_size(&text, sizes.label);
            requests.push(labels::Request {
                x: card.x,
                y: card.y,
                r: card.reach(),
                out_x: p.x,
                out_y: p.y,
                slot: p.slot,
                w,
                h,
            });
            texts.push((card, text, full));
        }
        (texts, requests)
    }

    /// A label for every card, and a leader line for each label placed away from its card.
    fn place_labels(
        &self,
        board: &Board,
        placed: &[layout::Placed],
        sizes: &Sizes,
        canvas: &Canvas,
    ) -> (Vec<Label>, Vec<Leader>) {
        let (texts, requests) = self.label_requests(board, placed, sizes, canvas);
        let obstacles = self.obstacles(canvas.audience);
        let places: Vec<audience::Placed> = if canvas.audience {
            let wanted: Vec<audience::Wanted> = requests
                .into_iter()
                .zip(&texts)
                .map(|(req, (_, text, _))| audience::Wanted {
                    req,
                    text,
                    size: sizes.label,
                })
                .collect();
            audience::place(&wanted, &obstacles, &canvas.bounds(), &self.wheel)
        } else {
            labels::place(&requests, &obstacles, &canvas.bounds())
                .into_iter()
                .zip(&texts)
                .map(|(rect, (_, text, _))| audience::Placed {
                    text: text.clone(),
                    rect,
                    leader: None,
                })
                .collect()
        };
        let mut leaders = Vec::new();
        let labels = texts
            .into_iter()
            .zip(places)
            .map(|((card, _, full), p)| {
                if let Some((from, to)) = p.leader {
                    leaders.push(Leader {
                        card: card.id.clone(),
                        from,
                        to,
                        colour: Colour::Ink,
                        width: (sizes.label * 0.08).max(1.5),
                    });
                }
                Label {
                    card: card.id.clone(),
                    text: p.text,
                    full,
                    x: p.rect.x,
                    y: p.rect.y,
                    w: p.rect.w,
                    h: p.rect.h,
                    size: sizes.label,
                    colour: if card.ended {
                        Colour::Alert
                    } else {
                        Colour::Ink
                    },
                    backdrop: canvas.audience.then_some(Colour::Paper),
                }
            })
            .collect();
        (labels, leaders)
    }
}

/// Per card: the card, its label's text and its full text.
type LabelTexts<'a> = Vec<(&'a Card, String, String)>;

/// The box a text item takes, estimated like label boxes.
pub fn text_rect(t: &TextItem) -> Rect {
    let (w, h) = text_size(&t.text, t.size);
    match t.anchor {
        Anchor::Middle => Rect::centred(t.x, t.y, w, h),
        Anchor::Start => Rect::centred(t.x + w / 2.0, t.y, w, h),
    }
}
