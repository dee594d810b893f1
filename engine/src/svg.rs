//! The wheel as an SVG picture, for reports (and later the phone page): it paints a
//! `Scene` and decides nothing itself, so the report shows what the game shows.

use std::fmt::Write;

use crate::palette::{Colour, mix};
use crate::scene::{Anchor, Card, Circle, Label, LineStyle, Scene, TextItem};

pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The scene as a standalone SVG element, as wide and high as its canvas.
pub fn paint(scene: &Scene) -> String {
    let [w, h] = scene.size;
    let [x0, y0] = scene.origin;
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="{x0} {y0} {w} {h}" width="{w}" height="{h}" font-family="sans-serif" role="img" aria-label="{}">"#,
        escape(&scene.title)
    );
    for band in &scene.bands {
        let fill = crate::palette::hex(mix(Colour::Paper, band.tint, band.tint_amount));
        circle(
            &mut out,
            &Circle {
                x: scene.wheel.cx,
                y: scene.wheel.cy,
                r: band.r,
                fill: band.tint,
                stroke: band.stroke,
                stroke_width: band.stroke_width,
            },
            &fill,
        );
    }
    circle(&mut out, &scene.centre, &scene.centre.fill.hex());
    for sector in &scene.sectors {
        let ([x1, y1], [x2, y2]) = (sector.from, sector.to);
        let _ = write!(
            out,
            r#"<line x1="{x1:.1}" y1="{y1:.1}" x2="{x2:.1}" y2="{y2:.1}" stroke="{}" stroke-width="{}"/>"#,
            sector.colour.hex(),
            sector.width
        );
        if !sector.outline.is_empty() {
            let _ = write!(
                out,
                r#"<polygon points="{}" fill="none" stroke="{}" stroke-width="4"/>"#,
                points(&sector.outline),
                sector.outline_colour.hex()
            );
        }
    }
    let names = scene.domains.iter().map(|d| &d.text);
    for t in names.chain(&scene.ring_names) {
        text(&mut out, t, "");
    }
    for entry in &scene.legend {
        shape(&mut out, &entry.swatch, &entry.points, "");
        text(&mut out, &entry.text, "");
    }
    links(&mut out, scene);
    for card in &scene.cards {
        self::card(&mut out, card);
    }
    for leader in &scene.leaders {
        let ([x1, y1], [x2, y2]) = (leader.from, leader.to);
        let _ = write!(
            out,
            r#"<line x1="{x1:.1}" y1="{y1:.1}" x2="{x2:.1}" y2="{y2:.1}" stroke="{}" stroke-width="{}"/>"#,
            leader.colour.hex(),
            leader.width
        );
    }
    for l in &scene.labels {
        label(&mut out, l);
    }
    // The persona last, over the links that run to the centre.
    for t in &scene.persona {
        text(&mut out, t, "");
    }
    out.push_str("</svg>");
    out
}

fn points(pts: &[[f32; 2]]) -> String {
    pts.iter()
        .map(|[x, y]| format!("{x:.1},{y:.1}"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn circle(out: &mut String, c: &Circle, fill: &str) {
    let _ = write!(
        out,
        r#"<circle cx="{:.1}" cy="{:.1}" r="{:.1}" fill="{fill}" stroke="{}" stroke-width="{}"/>"#,
        c.x,
        c.y,
        c.r,
        c.stroke.hex(),
        c.stroke_width
    );
}

/// A card's shape: a circle, or the polygon through `corners`; `extra` is added as is.
fn shape(out: &mut String, c: &Circle, corners: &[[f32; 2]], extra: &str) {
    if corners.is_empty() {
        let _ = write!(
            out,
            r#"<circle cx="{:.1}" cy="{:.1}" r="{:.1}" fill="{}" stroke="{}" stroke-width="{}"{extra}/>"#,
            c.x,
            c.y,
            c.r,
            c.fill.hex(),
            c.stroke.hex(),
            c.stroke_width
        );
    } else {
        let _ = write!(
            out,
            r#"<polygon points="{}" fill="{}" stroke="{}" stroke-width="{}"{extra}/>"#,
            points(corners),
            c.fill.hex(),
            c.stroke.hex(),
            c.stroke_width
        );
    }
}

fn text(out: &mut String, t: &TextItem, extra: &str) {
    let anchor = match t.anchor {
        Anchor::Start => "start",
        Anchor::Middle => "middle",
    };
    let _ = write!(
        out,
        r#"<text x="{:.1}" y="{:.1}" text-anchor="{anchor}" dominant-baseline="central" font-size="{:.1}" fill="{}"{}{extra}>{}</text>"#,
        t.x,
        t.y,
        t.size,
        t.colour.hex(),
        if t.bold { r#" font-weight="bold""# } else { "" },
        escape(&t.text)
    );
}

fn links(out: &mut String, scene: &Scene) {
    for link in &scene.links {
        let ([x1, y1], [x2, y2]) = (link.from, link.to);
        let style = match link.style {
            LineStyle::Solid => String::new(),
            LineStyle::Dashed { dash, gap } => format!(r#" stroke-dasharray="{dash} {gap}""#),
            LineStyle::Dotted { spacing } => {
                format!(r#" stroke-dasharray="0.1 {spacing}" stroke-linecap="round""#)
            }
        };
        let _ = write!(
            out,
            r#"<line x1="{x1:.1}" y1="{y1:.1}" x2="{x2:.1}" y2="{y2:.1}" stroke="{}" stroke-width="{}"{style} opacity="0.85"/>"#,
            link.colour.hex(),
            link.width
        );
    }
}

fn card(out: &mut String, card: &Card) {
    if let Some(halo) = &card.halo {
        let _ = write!(
            out,
            r#"<circle cx="{:.1}" cy="{:.1}" r="{:.1}" fill="none" stroke="{}" stroke-width="{}"/>"#,
            halo.x,
            halo.y,
            halo.r,
            halo.stroke.hex(),
            halo.stroke_width
        );
    }
    let body = Circle {
        x: card.x,
        y: card.y,
        r: card.r,
        // A hole is see-through (`fill-opacity` below); the colour is only a placeholder.
        fill: card.fill.unwrap_or(Colour::Paper),
        stroke: card.stroke,
        stroke_width: card.stroke_width,
    };
    let mut extra = String::new();
    if card.dashed {
        extra.push_str(r#" stroke-dasharray="4 3""#);
    }
    if card.fill.is_none() {
        extra.push_str(r#" fill-opacity="0""#);
    }
    shape(out, &body, &card.points, &extra);
    if let Some(mark) = &card.mark {
        text(out, mark, "");
    }
}

fn label(out: &mut String, l: &Label) {
    if let Some(backdrop) = l.backdrop {
        let _ = write!(
            out,
            r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" rx="{:.1}" fill="{}" fill-opacity="0.85"/>"#,
            l.x,
            l.y,
            l.w,
            l.h,
            l.h * 0.2,
            backdrop.hex()
        );
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
    text(out, &t, "");
}
