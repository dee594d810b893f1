//! Reactive rendering that really idles: the bevy_egui 0.42 fix measured in
//! `../shared/BEVY-NOTES.md` (modifier events re-sent every frame, caret blinking, and
//! animation time after an idle gap).

use std::time::Duration;

use bevy::prelude::*;
use bevy::winit::{UpdateMode, WinitSettings};
use bevy_egui::{EguiContext, EguiInput, EguiPreUpdateSet, egui};

pub fn plugin(app: &mut App) {
    let wait = Duration::from_secs(60);
    app.insert_resource(WinitSettings {
        focused_mode: UpdateMode::reactive(wait),
        unfocused_mode: UpdateMode::reactive_low_power(wait),
    })
    .add_systems(
        PreUpdate,
        egui_input_fix
            .after(EguiPreUpdateSet::ProcessInput)
            .before(EguiPreUpdateSet::BeginPass),
    )
    .add_systems(Update, disable_caret_blink);
}

/// egui counts every input event as a reason to repaint; bevy_egui 0.42 sends the same
/// modifier state every frame, so the app would never idle. Drop the unchanged ones, and
/// give egui the wall clock so an animation after a long idle does not jump to its end.
fn egui_input_fix(mut q: Query<(&mut EguiContext, &mut EguiInput)>, real: Res<Time<Real>>) {
    let now = real.startup().elapsed().as_secs_f64();
    for (mut ctx, mut input) in &mut q {
        let mods = ctx.get_mut().input(|i| i.modifiers);
        input
            .events
            .retain(|e| !matches!(e, egui::Event::ModifiersChanged(m) if *m == mods));
        input.time = Some(now);
    }
}

/// A blinking caret asks for a repaint every half second, which bevy_egui turns into a
/// busy loop; a steady caret keeps a focused text field idle.
fn disable_caret_blink(mut q: Query<&mut EguiContext, Added<EguiContext>>) {
    for mut ctx in &mut q {
        ctx.get_mut()
            .all_styles_mut(|s| s.visuals.text_cursor.blink = false);
    }
}
