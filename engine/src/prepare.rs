//! A session made ready to show at a given point of the game: the same for the game's
//! `--screenshot`, `samenspel scene` and the tests, so a scene printed by the command line
//! is the board the window would show.

use crate::scenario::Scenario;
use crate::session::{Action, ActionError, Session};

/// A new session on `scenario` (with an optional policy variant), with its scheduled events
/// played first when `after_events` is set, moved on to `step` (1–4, clamped).
pub fn prepared_session(
    scenario: &Scenario,
    variant: Option<&str>,
    after_events: bool,
    step: usize,
) -> Result<Session, ActionError> {
    let mut session = Session::new(scenario, variant, 0)?;
    if after_events {
        let events: Vec<String> = session
            .scenario
            .scheduled_events()
            .map(|e| e.id.clone())
            .collect();
        for event in events {
            session.apply(Action::TriggerEvent { event })?;
        }
    }
    let target = step.clamp(1, 4);
    while session.state.step.number() < target {
        session.apply(Action::NextStep)?;
    }
    Ok(session)
}
