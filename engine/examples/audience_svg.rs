//! Writes the audience scene of a built-in scenario as SVG, to look at:
//! `cargo run -p samenspel-engine --example audience_svg -- tess 1280 720 [step] [after] [out]`.

use samenspel_engine::builtin::builtin;
use samenspel_engine::prepare::prepared_session;
use samenspel_engine::scene::{Canvas, Highlights, Scene};
use samenspel_engine::{Lang, svg};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize, default: &str| args.get(i).cloned().unwrap_or(default.to_string());
    let id = arg(0, "tess");
    let (w, h): (f32, f32) = (
        arg(1, "1280").parse().unwrap_or(1280.0),
        arg(2, "720").parse().unwrap_or(720.0),
    );
    let step: usize = arg(3, "2").parse().unwrap_or(2);
    let after = arg(4, "before") == "after";
    let out = arg(5, "/tmp/audience.svg");
    let Some(Ok(s)) = builtin(&id) else {
        eprintln!("no built-in scenario {id}");
        std::process::exit(2);
    };
    let session = prepared_session(&s, None, after, step).expect("the scenario plays");
    let canvas = Canvas::audience(w, h, Lang::Nl);
    let scene = Scene::build(
        &session.scenario,
        session.board(),
        &Highlights::default(),
        &canvas,
    );
    std::fs::write(&out, svg::paint(&scene)).expect("the file can be written");
    println!(
        "{out}: {} labels, {} leaders",
        scene.labels.len(),
        scene.leaders.len()
    );
}
