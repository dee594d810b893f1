//! Playing a scenario's timeline without a window: the starting board, then each
//! scheduled event in order (and optionally cards drawn from the deck), with the analysis
//! after each step. Same scenario, variant, seed and draws → same snapshots, byte for byte.

use serde::Serialize;

use crate::board::Board;
use crate::reflect::{Analysis, analyse};
use crate::scenario::{EventId, Scenario};
use crate::session::{Action, ActionError, Session};
use crate::text::Text;

/// The board at one moment of the timeline, with its analysis.
#[derive(Clone, Debug, Serialize)]
pub struct Snapshot {
    /// "start", or the id of the event that just happened.
    pub label: String,
    pub title: Text,
    pub event: Option<EventId>,
    #[serde(flatten)]
    pub board: Board,
    #[serde(flatten)]
    pub analysis: Analysis,
}

/// Run the timeline; `draws` cards are drawn from the deck after the scheduled events.
pub fn simulate(
    scenario: &Scenario,
    variant: Option<&str>,
    seed: u64,
    draws: usize,
) -> Result<(Session, Vec<Snapshot>), ActionError> {
    let mut session = Session::new(scenario, variant, seed)?;
    let mut snapshots = vec![snapshot(&session, None)];
    let scheduled: Vec<EventId> = session
        .scenario
        .scheduled_events()
        .map(|e| e.id.clone())
        .collect();
    for event in scheduled {
        session.apply(Action::TriggerEvent {
            event: event.clone(),
        })?;
        snapshots.push(snapshot(&session, Some(event)));
    }
    for _ in 0..draws {
        session.apply(Action::DrawEvent)?;
        let drawn = session.state.log.last().map(|l| l.event.clone());
        snapshots.push(snapshot(&session, drawn));
    }
    Ok((session, snapshots))
}

fn snapshot(session: &Session, event: Option<EventId>) -> Snapshot {
    let s = &session.scenario;
    let title = match &event {
        Some(id) => s
            .event(id)
            .map(|e| e.title.clone())
            .unwrap_or_else(|| Text::nl(id)),
        None => crate::words::both("analysis-start", &[]),
    };
    Snapshot {
        label: event.clone().unwrap_or_else(|| "start".to_string()),
        title,
        event,
        board: session.board().clone(),
        analysis: analyse(s, session.board()),
    }
}
