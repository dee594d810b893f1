//! What each fuzz target does with one input, as plain functions: the AFL binaries call
//! them, and so can a test that replays a crash.

use samenspel_engine::load::scenario_from_bytes;
use samenspel_engine::session::Session;
use samenspel_engine::simulate::simulate;

/// Scenario file bytes → load and check; a scenario that passes is played (timeline and
/// two deck draws), because every scenario that passes `check` must play.
pub fn scenario(bytes: &[u8]) {
    if let Ok(s) = scenario_from_bytes("fuzz.ron", bytes, None) {
        let variants = std::iter::once(None).chain(s.variants.iter().map(|v| Some(v.id.as_str())));
        for variant in variants {
            let _ = simulate(&s, variant, 1, 2);
        }
    }
}

/// Session file bytes → load; a session that loads must save and load again unchanged.
pub fn session(bytes: &[u8]) {
    if let Ok(session) = Session::from_bytes("fuzz.ron", bytes) {
        let again = Session::from_bytes("again.ron", session.to_ron().as_bytes())
            .expect("a loaded session saves and loads again");
        assert!(
            again.state == session.state,
            "save and load give the same state"
        );
    }
}
