//! Palette and sizes: a normal laptop view and a projector view (large type, high
//! contrast). The ring colours come from the engine (`layout::ring_colour`).

use bevy_egui::egui::{self, Color32, FontFamily, FontId, TextStyle};

pub struct Theme {
    pub ink: Color32,
    pub centre: Color32,
    pub alert: Color32,
    pub highlight: Color32,
    pub ring_fill: f32,
    pub domain_font: f32,
    pub small_font: f32,
    pub token_font: f32,
    pub persona_font: f32,
    pub token_radius: f32,
}

impl Theme {
    pub fn new(projector: bool) -> Theme {
        if projector {
            Theme {
                ink: Color32::BLACK,
                centre: Color32::WHITE,
                alert: Color32::from_rgb(176, 0, 32),
                highlight: Color32::from_rgb(213, 94, 0),
                ring_fill: 0.30,
                domain_font: 24.0,
                small_font: 15.0,
                token_font: 16.0,
                persona_font: 34.0,
                token_radius: 17.0,
            }
        } else {
            Theme {
                ink: Color32::from_gray(20),
                centre: Color32::WHITE,
                alert: Color32::from_rgb(176, 0, 32),
                highlight: Color32::from_rgb(213, 94, 0),
                ring_fill: 0.18,
                domain_font: 18.0,
                small_font: 12.0,
                token_font: 12.5,
                persona_font: 28.0,
                token_radius: 13.0,
            }
        }
    }
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
