//! Text sizes for a normal laptop view and a projector view (large type, high contrast).
//! Colours come from the engine's palette (`samenspel_engine::palette`); the wheel's sizes
//! from its scene.

use bevy_egui::egui::{self, Color32, FontFamily, FontId, TextStyle};
use samenspel_engine::palette::Colour;

pub struct Theme {
    /// Large text and stronger tints on the wheel (see `samenspel_engine::scene::Canvas`).
    pub projector: bool,
}

impl Theme {
    pub fn new(projector: bool) -> Theme {
        Theme { projector }
    }
}

/// A palette colour for egui.
pub fn colour(c: Colour) -> Color32 {
    let [r, g, b] = c.rgb();
    Color32::from_rgb(r, g, b)
}

/// Apply text sizes and contrast to egui.
pub fn apply(ctx: &egui::Context, projector: bool) {
    let base = if projector { 20.0 } else { 15.0 };
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(base * 1.45, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(base, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(base, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(base * 0.8, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(base, FontFamily::Monospace),
            ),
        ]
        .into();
        style.visuals = egui::Visuals::light();
        style.visuals.text_cursor.blink = false;
        if projector {
            style.visuals.override_text_color = Some(Color32::BLACK);
            style.visuals.panel_fill = Color32::WHITE;
        }
        style.spacing.button_padding = egui::vec2(base * 0.5, base * 0.25);
    });
}
