//! The scenarios compiled into the binary, and finding a scenario by id or path.

use std::path::Path;

use crate::load::{scenario_from_file, scenario_from_str};
use crate::problem::{ProblemKind, Problems};
use crate::scenario::Scenario;

include!(concat!(env!("OUT_DIR"), "/builtin.rs"));

/// The scenario played when none is named.
pub const DEFAULT_SCENARIO: &str = "tess";

/// Ids of the built-in scenarios, in name order.
pub fn builtin_ids() -> impl Iterator<Item = &'static str> {
    BUILTIN.iter().map(|(id, _, _)| *id)
}

/// A built-in scenario by id (the file stem, e.g. "tess").
pub fn builtin(id: &str) -> Option<Result<Scenario, Problems>> {
    BUILTIN
        .iter()
        .find(|(stem, _, _)| *stem == id)
        .map(|(_, name, source)| scenario_from_str(&format!("scenarios/{name}"), source, None))
}

/// Every built-in scenario that loads, the default one first; a broken one would fail the
/// test suite, not the game.
pub fn builtin_all() -> Vec<Scenario> {
    let mut all: Vec<Scenario> = builtin_ids()
        .filter_map(builtin)
        .filter_map(Result::ok)
        .collect();
    all.sort_by_key(|s| s.id != DEFAULT_SCENARIO);
    all
}

/// A SCENARIO argument: a path to an existing file, else a built-in id.
pub fn resolve(arg: &str) -> Result<Scenario, Problems> {
    let path = Path::new(arg);
    if path.is_dir() {
        return Err(Problems::single(arg, 1, 1, ProblemKind::FolderNotScenario));
    }
    if path.is_file() {
        let looks_like_session =
            std::fs::read(path).is_ok_and(|b| b.windows(17).any(|w| w == b"samenspel_session"));
        if looks_like_session {
            return Err(Problems::single(
                arg,
                1,
                1,
                ProblemKind::SessionNotScenario {
                    path: arg.to_string(),
                },
            ));
        }
        return scenario_from_file(path);
    }
    if let Some(found) = builtin(arg) {
        return found;
    }
    Err(Problems::single(
        arg,
        1,
        1,
        ProblemKind::NoSuchScenario {
            builtin: builtin_ids().map(str::to_string).collect(),
        },
    ))
}
