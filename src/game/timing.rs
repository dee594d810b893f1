//! `SAMENSPEL_TIMING=1`: where the time of a frame goes while phones play, one line on
//! stderr per frame that carried out phone actions (for docs/performance.md). Off, it costs
//! one flag check per measured part.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use bevy::prelude::*;

/// The parts of a frame that are measured.
#[derive(Clone, Copy)]
pub enum Part {
    /// Carrying out the frame's commands (the phones' actions among them).
    Apply,
    /// The autosave after them.
    Save,
    /// The state for the phones (JSON and the wheel as SVG, per language).
    Publish,
}

static TOTALS: [AtomicU64; 3] = [AtomicU64::new(0), AtomicU64::new(0), AtomicU64::new(0)];
/// How long the oldest phone action of this frame waited in the inbox, in microseconds.
static WAITED: AtomicU64 = AtomicU64::new(0);
static PHONES: AtomicU64 = AtomicU64::new(0);

pub fn on() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("SAMENSPEL_TIMING").is_some())
}

/// Run `f`, adding its time to `part` when timing is on.
pub fn measure<T>(part: Part, f: impl FnOnce() -> T) -> T {
    if !on() {
        return f();
    }
    let start = Instant::now();
    let out = f();
    TOTALS[part as usize].fetch_add(start.elapsed().as_micros() as u64, Ordering::Relaxed);
    out
}

/// Add `d` to `part`, when timing is on.
pub fn add(part: Part, d: Duration) {
    if on() {
        TOTALS[part as usize].fetch_add(d.as_micros() as u64, Ordering::Relaxed);
    }
}

/// `n` phone actions were taken from the inbox, the oldest after waiting `waited`.
pub fn phones(n: usize, waited: Option<Duration>) {
    if on() && n > 0 {
        PHONES.fetch_add(n as u64, Ordering::Relaxed);
        let us = waited.map_or(0, |w| w.as_micros() as u64);
        WAITED.fetch_max(us, Ordering::Relaxed);
    }
}

#[derive(Resource)]
struct Frame {
    start: Instant,
    last_end: Instant,
}

pub fn plugin(app: &mut App) {
    if !on() {
        return;
    }
    let now = Instant::now();
    app.insert_resource(Frame {
        start: now,
        last_end: now,
    })
    .add_systems(First, |mut f: ResMut<Frame>| f.start = Instant::now())
    .add_systems(Last, (report, report_first_frame));
}

/// For `scripts/measure.sh`: when frame 1 starts, frame 0 has been rendered.
fn report_first_frame(frames: Res<bevy::diagnostic::FrameCount>, mut done: Local<bool>) {
    if !*done && frames.0 >= 1 {
        *done = true;
        eprintln!(
            "samenspel-timing: first frame rendered {:.0} ms after start",
            crate::STARTED.elapsed().as_secs_f64() * 1000.0
        );
    }
}

fn report(mut f: ResMut<Frame>) {
    let ms = |us: u64| us as f64 / 1000.0;
    let take = |a: &AtomicU64| ms(a.swap(0, Ordering::Relaxed));
    let phones = PHONES.swap(0, Ordering::Relaxed);
    let [apply, save, publish] = [&TOTALS[0], &TOTALS[1], &TOTALS[2]].map(take);
    let waited = take(&WAITED);
    let now = Instant::now();
    if phones > 0 || publish > 0.0 {
        eprintln!(
            "samenspel-timing: phones {phones}, waited {waited:.1} ms, between frames {:.1} ms, update {:.1} ms (apply {apply:.1}, save {save:.1}, publish {publish:.1})",
            f.start.duration_since(f.last_end).as_secs_f64() * 1000.0,
            now.duration_since(f.start).as_secs_f64() * 1000.0,
        );
    }
    f.last_end = now;
}
