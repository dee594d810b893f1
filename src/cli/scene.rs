//! `samenspel scene`: the wheel's display list as JSON, or a short summary, built from the
//! same session the game would open with `play --screenshot` and the same arguments.

use std::process::ExitCode;

use samenspel_engine::prepare::prepared_session;
use samenspel_engine::reflect::{analyse, highlight, rounds};
use samenspel_engine::scene::{Canvas, Highlights, Scene};
use samenspel_engine::words::Arg;
use samenspel_engine::{Lang, Session, Words};

use super::{ERRORS, SceneArgs, lang, load, say, to_json, val};

/// A canvas size as WxH, each side 200 to 8192 pixels.
pub fn parse_size(size: &str) -> Option<(u32, u32)> {
    let (w, h) = size.split_once(['x', 'X'])?;
    let (w, h): (u32, u32) = (w.trim().parse().ok()?, h.trim().parse().ok()?);
    ((200..=8192).contains(&w) && (200..=8192).contains(&h)).then_some((w, h))
}

/// A wrong argument: the message from the catalogue, exit status 2.
fn usage(id: &str, args: &[(&str, Arg)]) -> ExitCode {
    eprintln!("{}", say(ERRORS, id, args));
    ExitCode::from(2)
}

/// The step to show: --step, else 4 when a round is asked for, else 2 (the board).
fn step(args: &SceneArgs) -> Result<usize, ExitCode> {
    match (args.step, args.round) {
        (Some(s), _) if !(1..=4).contains(&s) => Err(usage("cli-scene-step", &[("step", val(s))])),
        (Some(s), Some(_)) if s != 4 => Err(usage("cli-scene-round-step", &[])),
        (Some(s), _) => Ok(s),
        (None, Some(_)) => Ok(4),
        (None, None) => Ok(2),
    }
}

/// What reflection round `n` (1-based) points at on the board.
fn round_marks(session: &Session, n: usize) -> Result<Highlights, ExitCode> {
    let s = &session.scenario;
    let all = rounds(s);
    let Some(round) = n.checked_sub(1).and_then(|i| all.get(i)) else {
        return Err(usage(
            "cli-scene-round",
            &[("round", val(n)), ("rounds", val(all.len()))],
        ));
    };
    let board = session.board();
    let found = highlight(s, board, &analyse(s, board), &round.highlights);
    Ok(Highlights::from(&found))
}

pub fn run(args: &SceneArgs) -> Result<(), ExitCode> {
    let l = lang(&args.lang)?;
    let Some((w, h)) = parse_size(&args.size) else {
        return Err(usage("cli-scene-size", &[("size", val(&args.size))]));
    };
    let step = step(args)?;
    let scenario = load(&args.scenario)?;
    let session = prepared_session(&scenario, args.variant.as_deref(), args.after_events, step)
        .map_err(|e| {
            let error = val(Words::new(ERRORS).say(&e));
            eprintln!("{}", say(ERRORS, "cli-error", &[("error", error)]));
            ExitCode::FAILURE
        })?;
    let marks = match args.round {
        Some(n) => round_marks(&session, n)?,
        None => Highlights::default(),
    };
    let canvas = Canvas::new(w as f32, h as f32, l)
        .projector(args.projector)
        .audience_on(args.audience);
    let scene = Scene::build(&session.scenario, session.board(), &marks, &canvas);
    if args.json {
        outln!("{}", to_json(&scene));
    } else {
        summary(&scene, step, l);
    }
    Ok(())
}

fn summary(scene: &Scene, step: usize, l: Lang) {
    let [w, h] = scene.size;
    let holes = scene.cards.iter().filter(|c| c.ended).count();
    let alerts: Vec<&str> = scene
        .domains
        .iter()
        .filter(|d| d.alert)
        .map(|d| d.text.text.trim_end_matches(" ⚠"))
        .collect();
    let wheel = &scene.wheel;
    let round = |x: f32| val(format!("{x:.0}"));
    outln!("{}", scene.title);
    outln!(
        "{}",
        say(
            l,
            "cli-scene-geometry",
            &[
                ("step", val(step)),
                ("size", val(format!("{w}×{h}"))),
                ("cx", round(wheel.cx)),
                ("cy", round(wheel.cy)),
                ("r", round(wheel.r)),
            ],
        )
    );
    outln!(
        "{}",
        say(
            l,
            "cli-scene-counts",
            &[
                ("cards", val(scene.cards.len())),
                ("ended", val(holes)),
                ("labels", val(scene.labels.len())),
                ("overlaps", val(scene.label_overlaps())),
                ("links", val(scene.links.len())),
            ],
        )
    );
    if !alerts.is_empty() {
        let domains = val(alerts.join(", "));
        outln!("{}", say(l, "cli-scene-alerts", &[("domains", domains)]));
    }
}
