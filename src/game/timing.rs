//! `SAMENSPEL_TIMING=1`: figures for `scripts/measure.sh`, printed to stderr. When the first
//! frame was rendered, and for every two seconds in which frames ran, how long the main
//! world's work of a frame took (from the start of `First` to the end of `Last`: commands,
//! autosave hand-over, view model, egui) — the time a burst of phone actions adds to a frame.

use std::time::{Duration, Instant};

use bevy::prelude::*;

pub fn plugin(app: &mut App) {
    app.init_resource::<FrameWork>()
        .add_systems(First, start_frame)
        .add_systems(Last, (end_frame, report_first_frame));
}

#[derive(Resource)]
struct FrameWork {
    started: Option<Instant>,
    /// Work per frame in this period, in ms.
    samples: Vec<f64>,
    period_started: Instant,
}

impl Default for FrameWork {
    fn default() -> FrameWork {
        FrameWork {
            started: None,
            samples: Vec::new(),
            period_started: Instant::now(),
        }
    }
}

const PERIOD: Duration = Duration::from_secs(2);

fn start_frame(mut work: ResMut<FrameWork>) {
    work.started = Some(Instant::now());
}

fn end_frame(mut work: ResMut<FrameWork>) {
    if let Some(started) = work.started.take() {
        work.samples.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    if work.period_started.elapsed() >= PERIOD {
        if !work.samples.is_empty() {
            eprintln!("samenspel-timing: {}", summary(&mut work.samples));
        }
        work.samples.clear();
        work.period_started = Instant::now();
    }
}

/// "frames 12, frame work p50 3.1 ms, p95 9.0 ms, longest 11.2 ms" (sorts `samples`).
fn summary(samples: &mut [f64]) -> String {
    samples.sort_by(f64::total_cmp);
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    format!(
        "frames {}, frame work p50 {:.1} ms, p95 {:.1} ms, longest {:.1} ms",
        samples.len(),
        at(0.5),
        at(0.95),
        samples[samples.len() - 1]
    )
}

/// When frame 1 starts, frame 0 has been rendered.
fn report_first_frame(frames: Res<bevy::diagnostic::FrameCount>, mut done: Local<bool>) {
    if !*done && frames.0 >= 1 {
        *done = true;
        eprintln!(
            "samenspel-timing: first frame rendered {:.0} ms after start",
            crate::STARTED.elapsed().as_secs_f64() * 1000.0
        );
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_summary_reads_the_sorted_samples() {
        let mut samples = vec![5.0, 1.0, 3.0, 2.0, 4.0];
        assert_eq!(
            super::summary(&mut samples),
            "frames 5, frame work p50 3.0 ms, p95 5.0 ms, longest 5.0 ms"
        );
    }
}
