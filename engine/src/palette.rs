//! The named colours of Samenspel. Every painter (the SVG of the report, the egui wheel of
//! the game) takes its colours from here, so a colour is changed in one place and the
//! projector, the screen and the printed report keep showing the same wheel.

use serde::{Deserialize, Serialize};

use crate::scenario::RingKind;

/// A colour by its role in the picture, not by its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Colour {
    /// Text and outlines.
    Ink,
    /// Quieter lines: sector borders, contact links.
    Line,
    /// The background and the persona's circle.
    Paper,
    /// Something is missing or stopped: unserved needs, ended support, tension.
    Alert,
    /// What the open reflection round points at, and the selected card.
    Highlight,
    /// Positive messages (saved, done).
    Good,
    /// The four rings (Okabe–Ito, safe for colour-blind people). Never the only cue: each
    /// ring also has its name on the wheel and its own card shape.
    RingEigenKracht,
    RingInformeel,
    RingGemeente,
    RingRijk,
}

impl Colour {
    pub const fn rgb(self) -> [u8; 3] {
        match self {
            Colour::Ink => [20, 20, 20],
            Colour::Line => [85, 85, 85],
            Colour::Paper => [255, 255, 255],
            Colour::Alert => [176, 0, 32],
            Colour::Highlight => [213, 94, 0],
            Colour::Good => [0, 90, 50],
            Colour::RingEigenKracht => [230, 159, 0],
            Colour::RingInformeel => [0, 158, 115],
            Colour::RingGemeente => [0, 114, 178],
            Colour::RingRijk => [204, 121, 167],
        }
    }

    /// As `#rrggbb`, for SVG and HTML.
    pub fn hex(self) -> String {
        hex(self.rgb())
    }

    /// The colour of a ring kind.
    pub fn ring(kind: RingKind) -> Colour {
        match kind {
            RingKind::EigenKracht => Colour::RingEigenKracht,
            RingKind::Informeel => Colour::RingInformeel,
            RingKind::Gemeente => Colour::RingGemeente,
            RingKind::Rijk => Colour::RingRijk,
        }
    }
}

/// `#rrggbb` of an RGB triple.
pub fn hex(rgb: [u8; 3]) -> String {
    format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2])
}

/// `over` laid on `under` with opacity `amount` (0 = only `under`), as an opaque colour: ring
/// tints are painted this way so inner rings do not darken under the outer ones.
pub fn mix(under: Colour, over: Colour, amount: f32) -> [u8; 3] {
    let (a, b) = (under.rgb(), over.rgb());
    let t = amount.clamp(0.0, 1.0);
    std::array::from_fn(|i| (a[i] as f32 + (b[i] as f32 - a[i] as f32) * t).round() as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_values() {
        assert_eq!(Colour::Alert.hex(), "#b00020");
        assert_eq!(
            serde_json::to_string(&Colour::RingEigenKracht).unwrap(),
            "\"ring_eigen_kracht\""
        );
        assert_eq!(mix(Colour::Paper, Colour::Ink, 0.0), [255, 255, 255]);
        assert_eq!(mix(Colour::Paper, Colour::Ink, 1.0), [20, 20, 20]);
    }
}
