//! The items of a scene: what painters draw, with places in pixels and colours by name.

use serde::Serialize;

use super::Rect;
use crate::layout::Shape;
use crate::palette::Colour;
use crate::scenario::{LinkKind, RingKind};

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
    /// How far the card's drawing reaches from its centre (its halo, when it has one).
    pub fn reach(&self) -> f32 {
        self.halo.as_ref().map_or(self.r, |h| h.r.max(self.r))
    }

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
    /// What is written: short, and on the audience canvas perhaps cut to fit (with "…").
    pub text: String,
    /// The card in full, "who (what)", for when it is selected or asked about.
    pub full: String,
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
    pub size: f32,
    /// Alert colour for ended support (its hole also has a ×); not struck through, because
    /// a line through small text on a projector makes it unreadable.
    pub colour: Colour,
    /// A box of this colour under the text (the audience canvas), so that links and band
    /// borders do not run through the letters.
    pub backdrop: Option<Colour>,
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

/// A thin line from a card to its label, where the label had to go farther out (on the
/// audience canvas, when the card's sector is crowded). Drawn over the wheel and the
/// links, under the cards and labels.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Leader {
    pub card: String,
    /// At the edge of the card.
    pub from: [f32; 2],
    /// At the middle of the label box's side that faces the card.
    pub to: [f32; 2],
    pub colour: Colour,
    pub width: f32,
}
