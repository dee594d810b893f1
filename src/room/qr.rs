//! The join address as a QR code, for the projector: a square of dark and light modules
//! that the panel paints. A phone's camera app then opens the page with the code filled in.

use qrcode::{Color, EcLevel, QrCode};

/// A QR code: `width` × `width` modules, row by row, true = dark.
#[derive(Clone, Debug, PartialEq)]
pub struct Qr {
    pub width: usize,
    pub dark: Vec<bool>,
}

impl Qr {
    /// The code for `text`; None if it is too long for a QR code.
    pub fn new(text: &str) -> Option<Qr> {
        // Medium error correction: read from the back of a room, off a projector.
        let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
        let dark = code
            .to_colors()
            .into_iter()
            .map(|c| c == Color::Dark)
            .collect();
        Some(Qr {
            width: code.width(),
            dark,
        })
    }

    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width && y < self.width && self.dark[y * self.width + x]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Paint the code as a grey image (4 px a module, a quiet zone of 4 modules) and read it
    /// back with a QR decoder: it must give the join address.
    #[test]
    fn the_qr_code_decodes_to_the_join_address() {
        let url = "http://192.168.1.20:41234/?code=K7QD";
        let qr = Qr::new(url).unwrap();
        let (scale, quiet) = (4, 4);
        let side = (qr.width + 2 * quiet) * scale;
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
            let (mx, my) = (x / scale, y / scale);
            let dark = mx >= quiet && my >= quiet && qr.is_dark(mx - quiet, my - quiet);
            if dark { 0 } else { 255 }
        });
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1);
        let (_, content) = grids[0].decode().unwrap();
        assert_eq!(content, url);
    }
}
