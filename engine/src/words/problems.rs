//! Problems into words: each `ProblemKind` is one sentence and one hint in
//! `validation.ftl`. The parts a sentence names (what a problem is about, the kind of
//! item) are put into words first, in the same language, and passed in as variables.

use crate::problem::{Counted, Item, Owner, Problem, ProblemKind, RonAdvice, Severity, Suggestion};
use crate::words::{Errors, Fact, Msg, Words};

/// The hint of a problem: how to fix it. A fact of its own, so that it comes out of
/// `Words::say` like every other sentence.
#[derive(Clone, Copy, Debug)]
pub struct HintOf<'a>(pub &'a ProblemKind);

/// A whole problem: its place, what is wrong and the hint, as the command line shows it.
impl Fact for Problem {
    fn message(&self, w: &Words, errors: &mut Errors) -> Msg {
        let said = self.kind.message(w, errors);
        let hint = HintOf(&self.kind).message(w, errors);
        let id = match self.severity {
            Severity::Error => "validation-problem",
            Severity::Warning => "validation-warning",
        };
        Msg::new(id)
            .arg("place", self.place())
            .arg("message", w.msg(&said, errors))
            .arg("hint", w.msg(&hint, errors))
    }
}

impl Fact for ProblemKind {
    fn message(&self, w: &Words, errors: &mut Errors) -> Msg {
        use ProblemKind::*;
        match self {
            NotUtf8 => Msg::new("validation-not-utf8"),
            EmptyFile => Msg::new("validation-empty-file"),
            Ron { error, .. } => Msg::new("validation-ron").arg("error", error.clone()),
            CannotOpen { reason } => {
                Msg::new("validation-cannot-open").arg("reason", reason.clone())
            }
            Folder => Msg::new("validation-folder"),
            CannotRead { reason } => {
                Msg::new("validation-cannot-read").arg("reason", reason.clone())
            }
            TooLarge {
                megabytes,
                limit_mb,
            } => Msg::new("validation-too-large")
                .arg("megabytes", megabytes.clone())
                .arg("limit", limit_mb.to_string()),
            TooMany { part, count, limit } => Msg::new("validation-too-many")
                .arg("part", w.format(counted_id(*part), &[], errors))
                .arg("count", count.to_string())
                .arg("limit", limit.to_string()),
            TooLong { length, limit } => Msg::new("validation-too-long")
                .arg("length", length.to_string())
                .arg("limit", limit.to_string()),
            TooMuchWork {
                events,
                cards,
                links,
                variants,
                limit,
            } => Msg::new("validation-too-much-work")
                .arg("events", events.to_string())
                .arg("cards", cards.to_string())
                .arg("links", links.to_string())
                .arg("variants", variants.to_string())
                .arg("limit", limit.to_string()),
            EmptyScenarioId => Msg::new("validation-empty-scenario-id"),
            ScenarioIdCharacters { id } => {
                Msg::new("validation-scenario-id-characters").arg("id", id.clone())
            }
            EmptyId { item } => Msg::new("validation-empty-id").arg("item", noun(*item, w, errors)),
            DuplicateId { item, id, .. } => Msg::new("validation-duplicate-id")
                .arg("item", noun(*item, w, errors))
                .arg("id", id.clone()),
            ReservedId { id } => Msg::new("validation-reserved-id").arg("id", id.clone()),
            NoDutch { owner, field } => Msg::new("validation-no-dutch")
                .arg("owner", name(owner, w, errors))
                .arg("field", field.clone()),
            UnknownReference {
                owner, item, value, ..
            } => Msg::new("validation-unknown-reference")
                .arg("owner", name(owner, w, errors))
                .arg("unknown", w.format(item_ids(*item).1, &[], errors))
                .arg("value", value.clone()),
            NoDomains => Msg::new("validation-no-domains"),
            MissingRing { ring_kind } => {
                Msg::new("validation-missing-ring").arg("kind", format!("{ring_kind:?}"))
            }
            SameRingKind => Msg::new("validation-same-ring-kind"),
            NoRoles => Msg::new("validation-no-roles"),
            PersonaAge { age } => Msg::new("validation-persona-age").arg("age", age.to_string()),
            NoPersonaName => Msg::new("validation-no-persona-name"),
            RingNotAllowed { token, role, ring } => Msg::new("validation-ring-not-allowed")
                .arg("token", token.clone())
                .arg("role", role.clone())
                .arg("ring", ring.clone()),
            SelfLink { owner, token } => Msg::new("validation-self-link")
                .arg("owner", name(owner, w, errors))
                .arg("token", token.clone()),
            NotYetThere { event, token } => Msg::new("validation-not-yet-there")
                .arg("event", event.clone())
                .arg("token", token.clone()),
            ServesCancelledNeed {
                variant,
                token,
                need,
            } => Msg::new("validation-serves-cancelled-need")
                .arg("variant", variant.clone())
                .arg("token", token.clone())
                .arg("need", need.clone()),
            CancelsNothing { variant, event, id } => Msg::new("validation-cancels-nothing")
                .arg("variant", variant.clone())
                .arg("event", event.clone())
                .arg("id", id.clone()),
            AlreadyLinked { owner, from, to } => Msg::new("validation-already-linked")
                .arg("owner", name(owner, w, errors))
                .arg("from", from.clone())
                .arg("to", to.clone()),
            ServesLaterNeed { token, need } => Msg::new("validation-serves-later-need")
                .arg("token", token.clone())
                .arg("need", need.clone()),
            AlreadyPresent { owner, role } => Msg::new("validation-already-present")
                .arg("owner", name(owner, w, errors))
                .arg("role", role.clone()),
            AfterNotDeck { event } => {
                Msg::new("validation-after-not-deck").arg("event", event.clone())
            }
            AfterItself { event } => {
                Msg::new("validation-after-itself").arg("event", event.clone())
            }
            EffectAge { owner, age } => Msg::new("validation-effect-age")
                .arg("owner", name(owner, w, errors))
                .arg("age", age.to_string()),
            FileOutside { path } => Msg::new("validation-file-outside").arg("path", path.clone()),
            FileMissing { path } => Msg::new("validation-file-missing").arg("path", path.clone()),
            FolderNotScenario => Msg::new("validation-folder-not-scenario"),
            SessionNotScenario { .. } => Msg::new("validation-session-not-scenario"),
            NoSuchScenario { .. } => Msg::new("validation-no-such-scenario"),
            ScenarioNotSession { .. } => Msg::new("validation-scenario-not-session"),
            SessionFormat { format } => {
                Msg::new("validation-session-format").arg("format", format.to_string())
            }
            TooManyDraws { draws, deck } => Msg::new("validation-too-many-draws")
                .arg("draws", draws.to_string())
                .arg("deck", deck.to_string()),
            UnknownPollResult { poll } => {
                Msg::new("validation-unknown-poll-result").arg("poll", poll.clone())
            }
            UnknownPollOption { poll, option } => Msg::new("validation-unknown-poll-option")
                .arg("poll", poll.clone())
                .arg("option", option.clone()),
            UnknownWerkItem { id, group } => Msg::new("validation-unknown-werk-item")
                .arg("id", id.clone())
                .arg("group", *group),
            TooFewOptions { poll } => {
                Msg::new("validation-too-few-options").arg("poll", poll.clone())
            }
            UnknownHandCard { token } => {
                Msg::new("validation-unknown-hand-card").arg("token", token.clone())
            }
        }
    }
}

impl Fact for HintOf<'_> {
    fn message(&self, w: &Words, errors: &mut Errors) -> Msg {
        use ProblemKind::*;
        let id = match self.0 {
            Ron { advice, .. } => ron_advice_id(*advice),
            UnknownReference {
                item, suggestion, ..
            } => return suggest(*item, suggestion, w, errors),
            SessionNotScenario { path } => {
                return Msg::new("validation-session-not-scenario-hint").arg("path", path.clone());
            }
            ScenarioNotSession { path } => {
                return Msg::new("validation-scenario-not-session-hint").arg("path", path.clone());
            }
            NoSuchScenario { builtin } => {
                return Msg::new("validation-no-such-scenario-hint").arg("ids", builtin.join(", "));
            }
            NotUtf8 => "validation-not-utf8-hint",
            EmptyFile => "validation-empty-file-hint",
            CannotOpen { .. } => "validation-cannot-open-hint",
            Folder => "validation-folder-hint",
            CannotRead { .. } => "validation-cannot-read-hint",
            TooLarge { .. } => "validation-too-large-hint",
            TooMany { .. } => "validation-too-many-hint",
            TooLong { .. } => "validation-too-long-hint",
            TooMuchWork { .. } => "validation-too-much-work-hint",
            EmptyScenarioId => "validation-empty-scenario-id-hint",
            ScenarioIdCharacters { .. } => "validation-scenario-id-characters-hint",
            EmptyId { .. } => "validation-empty-id-hint",
            DuplicateId { undefined, .. } if !undefined.is_empty() => {
                let quoted: Vec<String> = undefined.iter().map(|k| format!("\"{k}\"")).collect();
                return Msg::new("validation-duplicate-id-undefined-hint")
                    .arg("ids", quoted.join(", "));
            }
            DuplicateId { .. } => "validation-duplicate-id-hint",
            ReservedId { .. } => "validation-reserved-id-hint",
            NoDutch { .. } => "validation-no-dutch-hint",
            NoDomains => "validation-no-domains-hint",
            MissingRing { .. } => "validation-missing-ring-hint",
            SameRingKind => "validation-same-ring-kind-hint",
            NoRoles => "validation-no-roles-hint",
            PersonaAge { .. } => "validation-persona-age-hint",
            NoPersonaName => "validation-no-persona-name-hint",
            RingNotAllowed { .. } => "validation-ring-not-allowed-hint",
            SelfLink { .. } => "validation-self-link-hint",
            EffectAge { .. } => "validation-effect-age-hint",
            AfterNotDeck { .. } => "validation-after-not-deck-hint",
            ServesCancelledNeed { .. } => "validation-serves-cancelled-need-hint",
            NotYetThere { .. } => "validation-not-yet-there-hint",
            AfterItself { .. } => "validation-after-itself-hint",
            CancelsNothing { .. } => "validation-cancels-nothing-hint",
            AlreadyLinked { .. } => "validation-already-linked-hint",
            ServesLaterNeed { .. } => "validation-serves-later-need-hint",
            AlreadyPresent { .. } => "validation-already-present-hint",
            FileOutside { .. } => "validation-file-outside-hint",
            FileMissing { .. } => "validation-file-missing-hint",
            FolderNotScenario => "validation-folder-not-scenario-hint",
            SessionFormat { .. } => "validation-session-format-hint",
            TooManyDraws { .. }
            | UnknownPollResult { .. }
            | UnknownPollOption { .. }
            | UnknownWerkItem { .. }
            | UnknownHandCard { .. } => "validation-damaged-session-hint",
            TooFewOptions { .. } => "validation-too-few-options-hint",
        };
        Msg::new(id)
    }
}

/// The name of a limited part, as the sentence about its limit uses it.
fn counted_id(part: Counted) -> &'static str {
    match part {
        Counted::Domains => "validation-counted-domains",
        Counted::Rings => "validation-counted-rings",
        Counted::Roles => "validation-counted-roles",
        Counted::Cards => "validation-counted-cards",
        Counted::Links => "validation-counted-links",
        Counted::Needs => "validation-counted-needs",
        Counted::Events => "validation-counted-events",
        Counted::Effects => "validation-counted-effects",
        Counted::Variants => "validation-counted-variants",
        Counted::Polls => "validation-counted-polls",
        Counted::Rounds => "validation-counted-rounds",
        Counted::Lines => "validation-counted-lines",
        Counted::References => "validation-counted-references",
        Counted::BoardCards => "validation-counted-board-cards",
        Counted::BoardLinks => "validation-counted-board-links",
    }
}

fn ron_advice_id(advice: RonAdvice) -> &'static str {
    match advice {
        RonAdvice::TooDeep => "validation-ron-too-deep",
        RonAdvice::MissingField => "validation-ron-missing-field",
        RonAdvice::UnknownField => "validation-ron-unknown-field",
        RonAdvice::Name => "validation-ron-name",
        RonAdvice::Quotes => "validation-ron-quotes",
        RonAdvice::Punctuation => "validation-ron-punctuation",
        RonAdvice::Format => "validation-ron-format",
    }
}

/// The hint for an unknown reference: the close id, the known ids, or where to start.
fn suggest(item: Item, suggestion: &Suggestion, w: &Words, errors: &mut Errors) -> Msg {
    match suggestion {
        Suggestion::DidYouMean(id) => Msg::new("validation-did-you-mean").arg("id", id.clone()),
        Suggestion::Known(ids) => {
            let quoted: Vec<String> = ids.iter().map(|k| format!("\"{k}\"")).collect();
            Msg::new("validation-known-ids")
                .arg("item", noun(item, w, errors))
                .arg("ids", quoted.join(", "))
        }
        Suggestion::DefineFirst => {
            Msg::new("validation-define-first").arg("item", noun(item, w, errors))
        }
    }
}

/// The noun of a kind of item and the phrase "unknown …" with it: separate messages,
/// because in Dutch the adjective and article follow the noun's gender.
fn item_ids(item: Item) -> (&'static str, &'static str) {
    match item {
        Item::Domain => ("validation-item-domain", "validation-unknown-domain"),
        Item::Ring => ("validation-item-ring", "validation-unknown-ring"),
        Item::Role => ("validation-item-role", "validation-unknown-role"),
        Item::Token => ("validation-item-token", "validation-unknown-token"),
        Item::NeedOrGoal => (
            "validation-item-need-or-goal",
            "validation-unknown-need-or-goal",
        ),
        Item::Need => ("validation-item-need", "validation-unknown-need"),
        Item::Event => ("validation-item-event", "validation-unknown-event"),
        Item::Variant => ("validation-item-variant", "validation-unknown-variant"),
        Item::Poll => ("validation-item-poll", "validation-unknown-poll"),
        Item::Round => ("validation-item-round", "validation-unknown-round"),
    }
}

fn noun(item: Item, w: &Words, errors: &mut Errors) -> String {
    w.format(item_ids(item).0, &[], errors)
}

/// What a problem is about, in words.
fn name(owner: &Owner, w: &Words, errors: &mut Errors) -> String {
    let (id, item) = match owner {
        Owner::Scenario => ("validation-owner-scenario", None),
        Owner::InterviewQuestion => ("validation-owner-interview-question", None),
        Owner::InterviewAnswer => ("validation-owner-interview-answer", None),
        Owner::SelfReliance => ("validation-owner-self-reliance", None),
        Owner::StartingLink => ("validation-owner-starting-link", None),
        Owner::Regisseur => ("validation-owner-regisseur", None),
        Owner::Goal(i) => ("validation-owner-goal", Some(i)),
        Owner::Domain(i) => ("validation-owner-domain", Some(i)),
        Owner::Ring(i) => ("validation-owner-ring", Some(i)),
        Owner::Role(i) => ("validation-owner-role", Some(i)),
        Owner::Need(i) => ("validation-owner-need", Some(i)),
        Owner::Token(i) => ("validation-owner-token", Some(i)),
        Owner::Event(i) => ("validation-owner-event", Some(i)),
        Owner::Variant(i) => ("validation-owner-variant", Some(i)),
        Owner::Poll(i) => ("validation-owner-poll", Some(i)),
        Owner::Round(i) => ("validation-owner-round", Some(i)),
    };
    match item {
        Some(i) => w.msg(&Msg::new(id).arg("id", i.clone()), errors),
        None => w.format(id, &[], errors),
    }
}
