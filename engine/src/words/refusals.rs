//! Refusals into words: each `ActionError` variant is one message in `session.ftl`.

use crate::session::ActionError;
use crate::words::{Errors, Fact, Msg, Words};

impl Fact for ActionError {
    fn message(&self, w: &Words, _errors: &mut Errors) -> Msg {
        use ActionError::*;
        let l = w.lang;
        match self {
            UnknownVariant { variant, known } => Msg::new("session-unknown-variant")
                .arg("variant", variant.clone())
                .arg("known", known.join(", ")),
            FacilitatorOnly => Msg::new("session-facilitator-only"),
            NotInHand { token } => Msg::new("session-not-in-hand").arg("token", token.clone()),
            ObserverOnly => Msg::new("session-observer-only"),
            NotInThisStep { belongs: 2 } => Msg::new("session-board-steps"),
            NotInThisStep { .. } => Msg::new("session-reflection-step"),
            NotYourCard { name, .. } => {
                Msg::new("session-not-your-card").arg("role", name.get(l).to_string())
            }
            Locked => Msg::new("session-locked"),
            MissingId => Msg::new("session-missing-id"),
            DuplicateToken { token } => {
                Msg::new("session-duplicate-token").arg("token", token.clone())
            }
            UnknownToken { token } => Msg::new("session-unknown-token").arg("token", token.clone()),
            RoleChange => Msg::new("session-role-change"),
            SelfLink => Msg::new("session-self-link"),
            NoLink { from, to } => Msg::new("session-no-link")
                .arg("from", from.clone())
                .arg("to", to.clone()),
            LastStep => Msg::new("session-last-step"),
            BoardFull { limit } => Msg::new("session-board-full").arg("limit", *limit as i64),
            TooManyLinks { limit } => {
                Msg::new("session-too-many-links").arg("limit", *limit as i64)
            }
            FirstStep => Msg::new("session-first-step"),
            UnknownEvent { event } => Msg::new("session-unknown-event").arg("event", event.clone()),
            AlreadyHappened { title, .. } => {
                Msg::new("session-already-happened").arg("event", title.get(l).to_string())
            }
            DeckEmpty => Msg::new("session-deck-empty"),
            UnknownPoll { poll } => Msg::new("session-unknown-poll").arg("poll", poll.clone()),
            UnknownOption {
                poll,
                option,
                known,
            } => Msg::new("session-unknown-option")
                .arg("poll", poll.clone())
                .arg("option", option.clone())
                .arg("known", known.join(", ")),
            WrongPollKind { poll, has_options } => Msg::new(if *has_options {
                "session-poll-has-options"
            } else {
                "session-poll-without-options"
            })
            .arg("poll", poll.clone()),
            UnknownQuestion { question } => {
                Msg::new("session-unknown-question").arg("question", question.clone())
            }
            UnknownPlacematQuestion { question } => {
                Msg::new("session-unknown-placemat-question").arg("question", question.clone())
            }
            UnknownGroup { group, max } => Msg::new("session-unknown-group")
                .arg("group", *group)
                .arg("max", *max),
            AnswerTooLong { length, max } => Msg::new("session-answer-too-long")
                .arg("length", *length as i64)
                .arg("max", *max as i64),
            EmptyNote => Msg::new("session-empty-note"),
            UnknownNote { note } => Msg::new("session-unknown-note").arg("note", *note as i64),
            UnknownIndicator { indicator } => {
                Msg::new("session-unknown-indicator").arg("indicator", indicator.clone())
            }
            UnknownRole { role } => Msg::new("session-unknown-role").arg("role", role.clone()),
            RoleAbsent { name, .. } => {
                Msg::new("session-role-absent").arg("role", name.get(l).to_string())
            }
            UnknownDomain { domain } => {
                Msg::new("session-unknown-domain").arg("domain", domain.clone())
            }
            UnknownRing { ring } => Msg::new("session-unknown-ring").arg("ring", ring.clone()),
            RingNotAllowed(r) => Msg::new("session-ring-not-allowed")
                .arg("role", r.role_name.get(l).to_string())
                .arg("ring", r.ring_name.get(l).to_string()),
        }
    }
}
