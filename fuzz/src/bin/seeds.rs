//! Writes the seed files the fuzzers start from that are not in the tree already: a small
//! scenario from the starter template, and saved sessions (one fresh, one after a whole
//! timeline). `scripts/fuzz.sh` runs it; the built-in scenario files are copied beside.
use std::path::Path;

use samenspel_engine::builtin::builtin_all;
use samenspel_engine::load::scenario_from_str;
use samenspel_engine::session::{Action, Session};
use samenspel_engine::simulate::simulate;
use samenspel_engine::starter::starter_scenario;

fn main() {
    let out = std::env::args().nth(1).expect("usage: seeds DIR");
    let out = Path::new(&out);
    let write = |dir: &str, name: &str, text: &str| {
        let dir = out.join(dir);
        std::fs::create_dir_all(&dir).expect("a seed folder");
        std::fs::write(dir.join(name), text).expect("a seed file");
    };
    let starter = starter_scenario("Sam");
    write("scenario", "starter.ron", &starter);
    let small = scenario_from_str("starter.ron", &starter, None).expect("the starter loads");
    let mut session = Session::new(&small, None, 3).expect("a session");
    write("session", "starter-start.ron", &session.to_ron());
    let _ = session.apply(Action::NextStep);
    let _ = session.apply(Action::DrawEvent);
    write("session", "starter-drawn.ron", &session.to_ron());
    for s in builtin_all().iter().take(2) {
        let variant = s.variants.first().map(|v| v.id.as_str());
        if let Ok((played, _)) = simulate(s, variant, 7, 1) {
            write("session", &format!("{}-played.ron", s.id), &played.to_ron());
        }
    }
}
