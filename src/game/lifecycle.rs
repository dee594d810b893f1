//! What happens to the session as a whole: saving it after a change, starting a new one in
//! its place (another variant, a reloaded scenario file), and the one autosave policy for
//! that. Used by the command path and the start screen.

use std::path::Path;

use samenspel_engine::Problems;
use samenspel_engine::load::{Checked, checked_from_file};
use samenspel_engine::{Action, Session};

use super::autosave::Taken;
use super::i18n::Strings;
use super::state::Game;

/// Save the session to its autosave, if it has one; a failure shows in the status line.
pub fn autosave(game: &mut Game, strings: &Strings) {
    if let Some(autosave) = &game.autosave
        && let Err(error) = autosave.save(&game.session)
    {
        game.table.message = Some((strings.t_args("autosave-failed", &[("error", error)]), true));
    }
}

/// When the game ends, wait until the autosave's writer has the last action on disk.
pub fn flush_autosave_on_exit(
    mut exits: bevy::prelude::MessageReader<bevy::app::AppExit>,
    game: Option<bevy::prelude::Res<Game>>,
) {
    if exits.read().next().is_some()
        && let Some(autosave) = game.as_ref().and_then(|g| g.autosave.as_ref())
        && let Err(error) = autosave.flush()
    {
        eprintln!("autosave: {error}");
    }
}

/// Start over with `session` in place of the current one (another variant, a reloaded
/// scenario): the old autosave is kept aside first, and everything that pointed into the
/// old session is cleared.
pub fn replace_session(game: &mut Game, session: Session, strings: &Strings) {
    game.base = session.written.clone();
    game.session = session;
    game.changed();
    reset_view(game);
    start_fresh_autosave(game, strings);
}

/// Save a session that is new in this autosave place, by the one autosave policy; the
/// status line says what happened to an unfinished session that was there.
pub fn start_fresh_autosave(game: &mut Game, strings: &Strings) {
    if let Some(autosave) = game.autosave.as_mut() {
        game.table.message = match autosave.take_for_new_session() {
            Taken::Empty => None,
            Taken::KeptAside(kept) => Some((
                strings.t_args("previous-kept", &[("path", kept.display().to_string())]),
                false,
            )),
            Taken::Elsewhere { error } => {
                Some((strings.t_args("autosave-failed", &[("error", error)]), true))
            }
        };
    }
    autosave(game, strings);
}

/// Forget selections and forms that belong to a step or a session.
pub fn reset_view(game: &mut Game) {
    game.table.selected = None;
    game.table.editing = None;
    game.table.comparing = None;
}

/// The warnings of a scenario file that loads (effects that do nothing), to show in the
/// problems window; the game plays the file all the same.
pub fn source_warnings(path: Option<&Path>) -> Option<Problems> {
    checked_from_file(path?).ok().and_then(warnings)
}

fn warnings(checked: Checked) -> Option<Problems> {
    (!checked.warnings.is_empty()).then_some(Problems(checked.warnings))
}

/// Load the scenario again. When it really changed, a fresh session on it starts at the
/// same step (the old session's autosave is kept aside); on problems, keep the session
/// and show them.
pub fn reload_source(game: &mut Game, path: &Path, strings: &Strings) {
    match checked_from_file(path) {
        Ok(checked) if checked.scenario == game.base => game.problems = warnings(checked),
        Ok(checked) => {
            let warned = warnings(checked.clone());
            let scenario = checked.scenario;
            let variant = game
                .session
                .variant
                .clone()
                .filter(|v| scenario.variant(v).is_some());
            let Ok(mut session) = Session::new(&scenario, variant.as_deref(), game.session.seed)
            else {
                return;
            };
            while session.state.step < game.session.state.step {
                if session.apply(Action::NextStep).is_err() {
                    break;
                }
            }
            replace_session(game, session, strings);
            game.problems = warned;
            game.table.message = Some((
                strings.t_args("reloaded", &[("file", path.display().to_string())]),
                false,
            ));
        }
        Err(problems) => game.problems = Some(problems),
    }
}
