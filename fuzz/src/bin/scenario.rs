//! AFL target: a scenario file (RON text) → load, check, and play when it passes.
fn main() {
    afl::fuzz!(|data: &[u8]| samenspel_fuzz::scenario(data));
}
