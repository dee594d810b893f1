//! AFL target: a phone's message → `protocol::parse`. The module is read from the game's
//! source as it is (it needs only serde and the engine), so the room code stays where it is.
#[allow(dead_code)]
#[path = "../../../src/room/protocol.rs"]
mod protocol;

fn main() {
    afl::fuzz!(|data: &[u8]| {
        // The server receives text frames only: bytes that are not UTF-8 never reach parse.
        if let Ok(text) = std::str::from_utf8(data) {
            let _ = protocol::parse(text);
        }
    });
}
