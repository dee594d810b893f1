//! The wheel as an SVG picture, for reports: drawn by the engine, so no window is needed.

use std::collections::BTreeSet;
use std::fmt::Write;

use crate::board::Board;
use crate::layout::*;
use crate::scenario::{LinkKind, PERSONA, Scenario};
use crate::text::Lang;

pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn hex(rgb: [u8; 3]) -> String {
    format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2])
}

/// The wheel of `board` as a standalone SVG element `size` pixels wide and high.
/// Tokens in `marked` get a thick outline (findings of a reflection round).
pub fn wheel(
    s: &Scenario,
    board: &Board,
    lang: Lang,
    size: f32,
    marked: &BTreeSet<String>,
) -> String {
    let half = size / 2.0;
    let scale = half * 0.78;
    let at = |x: f32, y: f32| (half + x * scale, half + y * scale);
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" width="{size}" height="{size}" font-family="sans-serif" role="img" aria-label="{}">"#,
        escape(&format!("{} – {}", s.persona.name, s.title.get(lang)))
    );
    // Ring bands, outside in, each with its name along the top.
    for kind in RING_ORDER.iter().rev() {
        let (_, outer) = ring_band(*kind);
        let colour = hex(ring_colour(*kind));
        // An opaque tint, so inner rings do not darken under the outer ones.
        let tint =
            hex(ring_colour(*kind).map(|c| (255.0 - (255.0 - c as f32) * 0.2).round() as u8));
        let _ = write!(
            out,
            r#"<circle cx="{half}" cy="{half}" r="{:.1}" fill="{tint}" stroke="{colour}" stroke-width="2"/>"#,
            outer * scale
        );
    }
    let _ = write!(
        out,
        r##"<circle cx="{half}" cy="{half}" r="{:.1}" fill="white" stroke="#333" stroke-width="2"/>"##,
        CENTRE_RADIUS * scale
    );
    // Sector lines and domain names.
    let n = s.domains.len();
    let coverage = crate::reflect::analyse(s, board).coverage;
    for (i, d) in s.domains.iter().enumerate() {
        let (a0, a1) = sector(i, n);
        let (x0, y0) = at(point(a0, CENTRE_RADIUS).0, point(a0, CENTRE_RADIUS).1);
        let (x1, y1) = at(point(a0, 1.0).0, point(a0, 1.0).1);
        let _ = write!(
            out,
            r##"<line x1="{x0:.1}" y1="{y0:.1}" x2="{x1:.1}" y2="{y1:.1}" stroke="#555" stroke-width="1.2"/>"##
        );
        let (lx, ly) = point((a0 + a1) / 2.0, 1.08);
        let (lx, ly) = at(lx, ly);
        let name = d.name.get(lang);
        let unserved = coverage.get(i).is_some_and(|c| !c.unserved.is_empty());
        let colour = if unserved { "#b00020" } else { "#222" };
        let _ = write!(
            out,
            r#"<text x="{lx:.1}" y="{ly:.1}" text-anchor="middle" dominant-baseline="middle" font-size="{:.1}" font-weight="bold" fill="{colour}">{}{}</text>"#,
            size * 0.022,
            escape(name),
            if unserved { " !" } else { "" }
        );
    }
    // Ring names, small, along the top sector line.
    for kind in RING_ORDER {
        let (inner, outer) = ring_band(kind);
        let ring_name = s
            .rings
            .iter()
            .find(|r| r.kind == kind)
            .map(|r| r.name.get(lang))
            .unwrap_or("");
        let (x, y) = at(0.0, -(inner + outer) / 2.0);
        let _ = write!(
            out,
            r##"<text x="{:.1}" y="{y:.1}" font-size="{:.1}" fill="#333" dominant-baseline="middle">{}</text>"##,
            x + 4.0,
            size * 0.014,
            escape(ring_name)
        );
    }
    // Links under the tokens.
    let placed = place_tokens(s, board);
    let pos = |id: &str| -> Option<(f32, f32)> {
        if id == PERSONA {
            return Some(at(0.0, 0.0));
        }
        placed
            .iter()
            .find(|p| p.id == id && !p.ended)
            .map(|p| at(p.x, p.y))
    };
    for link in &board.links {
        if let (Some((x1, y1)), Some((x2, y2))) = (pos(&link.from), pos(&link.to)) {
            let style = match link.kind {
                LinkKind::WorksTogether => r##"stroke="#222" stroke-width="2.5""##,
                LinkKind::Contact => r##"stroke="#444" stroke-width="1.5" stroke-dasharray="6 4""##,
                LinkKind::Tension => {
                    r##"stroke="#b00020" stroke-width="2" stroke-dasharray="2 3""##
                }
            };
            let _ = write!(
                out,
                r#"<line x1="{x1:.1}" y1="{y1:.1}" x2="{x2:.1}" y2="{y2:.1}" {style} opacity="0.8"/>"#
            );
        }
    }
    // Tokens: shape and colour per ring, a label under each; holes for ended support.
    let r = size * 0.016;
    for p in &placed {
        let (x, y) = at(p.x, p.y);
        let token = board.token(&p.id).or_else(|| {
            board
                .ended
                .iter()
                .find(|e| e.token.id == p.id)
                .map(|e| &e.token)
        });
        let Some(token) = token else { continue };
        let kind = s
            .ring_kind(&token.ring)
            .unwrap_or(crate::scenario::RingKind::Gemeente);
        let colour = hex(ring_colour(kind));
        let is_regisseur = board.regisseur.as_deref() == Some(p.id.as_str());
        let (fill, stroke, dash, width) = if p.ended {
            (
                "white".to_string(),
                "#b00020".to_string(),
                r#" stroke-dasharray="3 2""#,
                2.0,
            )
        } else if marked.contains(&p.id) {
            (colour.clone(), "#000".to_string(), "", 4.0)
        } else {
            (
                colour.clone(),
                "#222".to_string(),
                "",
                if is_regisseur { 3.5 } else { 1.2 },
            )
        };
        let points = shape_points(ring_shape(kind), x, y, r);
        if points.is_empty() {
            let _ = write!(
                out,
                r#"<circle cx="{x:.1}" cy="{y:.1}" r="{r:.1}" fill="{fill}" stroke="{stroke}" stroke-width="{width}"{dash}/>"#
            );
        } else {
            let pts: Vec<String> = points
                .iter()
                .map(|(px, py)| format!("{px:.1},{py:.1}"))
                .collect();
            let _ = write!(
                out,
                r#"<polygon points="{}" fill="{fill}" stroke="{stroke}" stroke-width="{width}"{dash}/>"#,
                pts.join(" ")
            );
        }
        if is_regisseur {
            let _ = write!(
                out,
                r##"<text x="{x:.1}" y="{:.1}" text-anchor="middle" font-size="{:.1}" font-weight="bold" fill="#000">R</text>"##,
                y + r * 0.45,
                r * 1.3
            );
        }
        if p.ended {
            let _ = write!(
                out,
                r##"<text x="{x:.1}" y="{:.1}" text-anchor="middle" font-size="{:.1}" fill="#b00020">×</text>"##,
                y + r * 0.45,
                r * 1.3
            );
        }
        let label = token.who.get(lang);
        let short: String = label
            .split([',', '('])
            .next()
            .unwrap_or(label)
            .trim()
            .chars()
            .take(22)
            .collect();
        let ((dx, dy), h, v) = label_direction(p.x, p.y, p.slot);
        let anchor = ["end", "middle", "start"][(h + 1) as usize];
        let baseline = ["auto", "middle", "hanging"][(v + 1) as usize];
        let _ = write!(
            out,
            r##"<text x="{:.1}" y="{:.1}" text-anchor="{anchor}" dominant-baseline="{baseline}" font-size="{:.1}" fill="{}"{}>{}</text>"##,
            x + dx * r * 1.4,
            y + dy * r * 1.4,
            size * 0.0125,
            if p.ended { "#b00020" } else { "#111" },
            if p.ended {
                r#" text-decoration="line-through""#
            } else {
                ""
            },
            escape(&short)
        );
    }
    // The persona in the middle.
    let _ = write!(
        out,
        r##"<text x="{half}" y="{half}" text-anchor="middle" dominant-baseline="middle" font-size="{:.1}" font-weight="bold">{} ({})</text>"##,
        size * 0.026,
        escape(&s.persona.name),
        board.age
    );
    out.push_str("</svg>");
    out
}
