//! `samenspel scene`: the wheel's display list as JSON, or a short summary, built from the
//! same session the game would open with `play --screenshot` and the same arguments.

use std::process::ExitCode;

use samenspel_engine::prepare::prepared_session;
use samenspel_engine::reflect::{analyse, highlight, rounds};
use samenspel_engine::scene::{Canvas, Highlights, Scene};
use samenspel_engine::{Lang, Session};

use super::{SceneArgs, lang, load, to_json};

/// A canvas size as WxH, each side 200 to 8192 pixels.
pub fn parse_size(size: &str) -> Option<(u32, u32)> {
    let (w, h) = size.split_once(['x', 'X'])?;
    let (w, h): (u32, u32) = (w.trim().parse().ok()?, h.trim().parse().ok()?);
    ((200..=8192).contains(&w) && (200..=8192).contains(&h)).then_some((w, h))
}

fn usage(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(2)
}

/// The step to show: --step, else 4 when a round is asked for, else 2 (the board).
fn step(args: &SceneArgs) -> Result<usize, ExitCode> {
    match (args.step, args.round) {
        (Some(s), _) if !(1..=4).contains(&s) => {
            Err(usage(&format!("--step {s}: use a step from 1 to 4")))
        }
        (Some(s), Some(_)) if s != 4 => Err(usage("--round is about step 4; use --step 4")),
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
        return Err(usage(&format!(
            "--round {n}: this scenario has rounds 1 to {}",
            all.len()
        )));
    };
    let board = session.board();
    let found = highlight(s, board, &analyse(s, board), &round.highlights);
    Ok(Highlights::from(&found))
}

pub fn run(args: &SceneArgs) -> Result<(), ExitCode> {
    let l = lang(&args.lang)?;
    let Some((w, h)) = parse_size(&args.size) else {
        return Err(usage(&format!(
            "--size \"{}\": use WIDTHxHEIGHT, e.g. 1600x900 (200 to 8192 each)",
            args.size
        )));
    };
    let step = step(args)?;
    let scenario = load(&args.scenario)?;
    let session = prepared_session(&scenario, args.variant.as_deref(), args.after_events, step)
        .map_err(|e| {
            eprintln!("error: {}", e.0.get(l));
            ExitCode::FAILURE
        })?;
    let marks = match args.round {
        Some(n) => round_marks(&session, n)?,
        None => Highlights::default(),
    };
    let canvas = Canvas::new(w as f32, h as f32, l).projector(args.projector);
    let scene = Scene::build(&session.scenario, session.board(), &marks, &canvas);
    if args.json {
        outln!("{}", to_json(&scene));
    } else {
        summary(&scene, step, l);
    }
    Ok(())
}

fn summary(scene: &Scene, step: usize, l: Lang) {
    let nl = l == Lang::Nl;
    let [w, h] = scene.size;
    let holes = scene.cards.iter().filter(|c| c.ended).count();
    let alerts: Vec<&str> = scene
        .domains
        .iter()
        .filter(|d| d.alert)
        .map(|d| d.text.text.trim_end_matches(" ⚠"))
        .collect();
    let wh = &scene.wheel;
    outln!("{}", scene.title);
    if nl {
        outln!(
            "stap {step}, {w}×{h} pixels; wiel: midden ({:.0}, {:.0}), straal {:.0}",
            wh.cx,
            wh.cy,
            wh.r
        );
        outln!(
            "{} kaarten ({holes} weggevallen), {} labels, {} paar labels overlappen; {} verbindingen",
            scene.cards.len(),
            scene.labels.len(),
            scene.label_overlaps(),
            scene.links.len()
        );
        if !alerts.is_empty() {
            outln!("behoeften zonder steun in: {}", alerts.join(", "));
        }
    } else {
        outln!(
            "step {step}, {w}×{h} pixels; wheel: centre ({:.0}, {:.0}), radius {:.0}",
            wh.cx,
            wh.cy,
            wh.r
        );
        outln!(
            "{} cards ({holes} ended), {} labels, {} pairs of labels overlap; {} links",
            scene.cards.len(),
            scene.labels.len(),
            scene.label_overlaps(),
            scene.links.len()
        );
        if !alerts.is_empty() {
            outln!("needs without support in: {}", alerts.join(", "));
        }
    }
}
