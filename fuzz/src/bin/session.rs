//! AFL target: a saved session file → load, then save and load again.
fn main() {
    afl::fuzz!(|data: &[u8]| samenspel_fuzz::session(data));
}
