//! Text sizes for a normal laptop view and a projector view (large type, high contrast),
//! and the colours of the panels by name. The wheel's colours come from the engine's
//! palette (`samenspel_engine::palette`), which the panels share where the meaning is the
//! same (alert, done); the wheel's sizes come from its scene.

use bevy_egui::egui::{self, Color32, FontFamily, FontId, TextStyle};
use samenspel_engine::palette::Colour;

/// The named colours of the panels. Red and green are never the only sign: a refusal also
/// has words, a bar also has numbers.
pub mod palette {
    use bevy_egui::egui::Color32;
    use samenspel_engine::palette::Colour;

    use super::colour;

    /// Refusals, problems, support that ended.
    pub const ALERT: Color32 = colour(Colour::Alert);
    /// Warnings about a scenario file: dark amber, apart from the red of what refuses it.
    pub const WARNING: Color32 = Color32::from_rgb(150, 85, 0);
    /// Findings of a reflection round: a darker red that reads as text.
    pub const FINDING: Color32 = Color32::from_rgb(140, 0, 25);
    /// A status message that something worked.
    pub const DONE: Color32 = colour(Colour::Good);
    /// A gap the variant closes, in the comparison.
    pub const CLOSED: Color32 = Color32::from_rgb(0, 110, 70);
    /// The current step in the step bar.
    pub const CURRENT: Color32 = Color32::from_rgb(0, 114, 178);
    /// The other steps in the step bar.
    pub const BUTTON: Color32 = Color32::from_gray(230);
    /// Interview questions.
    pub const QUESTION: Color32 = Color32::from_rgb(0, 90, 150);
    /// A role's assignment card and the resume box of the start screen.
    pub const CARD: Color32 = Color32::from_rgb(255, 248, 220);
    /// The words in a corner of the audience wheel on a squarish projector: paper that lets
    /// a little of the wheel through.
    pub const NOTE_PAPER: Color32 = Color32::from_rgba_premultiplied(242, 242, 242, 235);
    /// Post-it notes of a round.
    pub const NOTE: Color32 = Color32::from_rgb(255, 247, 194);
    /// Poll bars: agree, disagree, and no votes yet (Okabe–Ito, colour-blind safe).
    pub const AGREE: Color32 = Color32::from_rgb(0, 158, 115);
    pub const DISAGREE: Color32 = Color32::from_rgb(213, 94, 0);
    pub const NO_VOTES: Color32 = Color32::from_gray(215);
    pub const BLACK: Color32 = Color32::BLACK;
    pub const WHITE: Color32 = Color32::WHITE;
}

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
pub const fn colour(c: Colour) -> Color32 {
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
            style.visuals.override_text_color = Some(palette::BLACK);
            style.visuals.panel_fill = palette::WHITE;
        }
        style.spacing.button_padding = egui::vec2(base * 0.5, base * 0.25);
    });
}
