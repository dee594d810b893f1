//! What the panels show that the engine works out: the analysis of the board, the
//! highlights of the open reflection round, the change each event made, and the comparison
//! with a policy variant. Computed once after the session changes — not per panel, not per
//! frame — and read by every view.

use bevy::prelude::*;
use samenspel_engine::compare::{Comparison, compare};
use samenspel_engine::reflect::{
    Analysis, Change, Gap, Highlighted, analyse, change, highlight, rounds, top_findings,
};
use samenspel_engine::scene::{Canvas, Highlights, Scene};

use super::state::{Game, Screen};

#[derive(Resource, Default)]
pub struct ViewModel {
    pub analysis: Option<Analysis>,
    /// Highlights of the open reflection round (step 4 only).
    pub highlighted: Option<Highlighted>,
    /// At most three findings for the room, in the order of `reflect::top_findings`.
    pub top: Vec<Gap>,
    /// The change each event in the log made, in log order.
    pub changes: Vec<Change>,
    /// None also when the comparison could not be worked out.
    pub comparison: Option<Comparison>,
    /// How many times the model was worked out (for tests and measurements).
    pub updates: u64,
    /// What it was worked out from: session revision, round, comparison.
    key: Option<(u64, usize, Option<String>)>,
}

pub fn plugin(app: &mut App) {
    app.init_resource::<ViewModel>()
        .init_resource::<WheelScene>()
        .add_systems(
            Update,
            refresh
                .after(super::command::apply_commands)
                .run_if(in_state(Screen::Play)),
        );
}

/// Work the model out again when the game changed.
fn refresh(game: Res<Game>, mut model: ResMut<ViewModel>) {
    let key = Some((
        game.revision,
        game.table.round,
        game.table.comparing.clone(),
    ));
    if !game.is_changed() || model.key == key {
        return;
    }
    model.key = key;
    let s = &game.session.scenario;
    let board = game.session.board();
    let analysis = analyse(s, board);
    model.highlighted = (game.session.state.step == samenspel_engine::Step::Reflectie)
        .then(|| {
            let all = rounds(s);
            let round = all.get(game.table.round.min(all.len().saturating_sub(1)))?;
            Some(highlight(s, board, &analysis, &round.highlights))
        })
        .flatten();
    let log = &game.session.state.log;
    model.changes = log
        .iter()
        .enumerate()
        .map(|(i, entry)| {
            let after = log.get(i + 1).map_or(board, |next| &next.board_before);
            change(s, &entry.board_before, after)
        })
        .collect();
    // For the wall: at most three, of the open round or else of the whole board.
    let gaps = model
        .highlighted
        .as_ref()
        .map_or(&analysis.gaps, |h| &h.gaps);
    model.top = top_findings(s, board, gaps);
    model.analysis = Some(analysis);
    let stale = match (&model.comparison, &game.table.comparing) {
        (Some(c), Some(v)) => !shows(c, v) || c.scenario.id != game.base.id,
        (None, None) => false,
        _ => true,
    };
    if stale {
        model.comparison = game
            .table
            .comparing
            .as_deref()
            .and_then(|v| compare(&game.base, &[v.to_string()], game.session.seed).ok());
    }
    model.updates += 1;
}

/// Whether a comparison is the one of variant `v`.
fn shows(c: &Comparison, v: &str) -> bool {
    c.sides.first().is_some_and(|side| side.id == v)
}

/// The wheel scene of the play screen, built again only when the session, what is marked
/// or the canvas (size, language, projector) changed — not every frame.
#[derive(Resource, Default)]
pub struct WheelScene {
    key: Option<(u64, Highlights, Canvas)>,
    scene: Option<Scene>,
    /// How many times it was built (for tests and measurements).
    pub builds: u64,
}

impl WheelScene {
    pub fn get(&mut self, game: &Game, marks: Highlights, canvas: Canvas) -> &Scene {
        let key = Some((game.revision, marks, canvas));
        if self.key != key || self.scene.is_none() {
            let (_, marks, canvas) = key.as_ref().expect("just made");
            let board = game.session.board();
            self.scene = Some(Scene::build(&game.session.scenario, board, marks, canvas));
            self.key = key;
            self.builds += 1;
        }
        self.scene.as_ref().expect("built above")
    }
}
