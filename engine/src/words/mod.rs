//! Words in one place: every sentence a person reads — findings, refusals, command-line
//! messages, report headings and the game's interface — comes from the Fluent catalogues
//! under `engine/i18n/<lang>/`, one file per area, embedded in the binary.
//!
//! The engine states facts (`reflect::Gap`, `session::ActionError`, …); this module turns
//! them into words. Texts written in a scenario (a domain's name, a token's `who`) stay in
//! the scenario and reach a sentence as a variable.
//!
//! A missing message shows as its own id and a missing variable as its name, so a gap in a
//! translation is visible instead of a crash; tests collect those errors and require none.

mod facts;
pub mod json;
mod problems;
mod refusals;

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::text::{Lang, Text};

pub use facts::{About, Fact, Finding, On};
pub use problems::HintOf;

/// The catalogue files of one language, by area. Keep the nl and en lists in step: a test
/// checks that both hold the same ids with the same variables.
pub const AREAS: [&str; 8] = [
    "game",
    "analysis",
    "session",
    "cli",
    "report",
    "validation",
    "room",
    "werksessie",
];

const NL: [&str; 8] = [
    include_str!("../../i18n/nl/game.ftl"),
    include_str!("../../i18n/nl/analysis.ftl"),
    include_str!("../../i18n/nl/session.ftl"),
    include_str!("../../i18n/nl/cli.ftl"),
    include_str!("../../i18n/nl/report.ftl"),
    include_str!("../../i18n/nl/validation.ftl"),
    include_str!("../../i18n/nl/room.ftl"),
    include_str!("../../i18n/nl/werksessie.ftl"),
];
const EN: [&str; 8] = [
    include_str!("../../i18n/en/game.ftl"),
    include_str!("../../i18n/en/analysis.ftl"),
    include_str!("../../i18n/en/session.ftl"),
    include_str!("../../i18n/en/cli.ftl"),
    include_str!("../../i18n/en/report.ftl"),
    include_str!("../../i18n/en/validation.ftl"),
    include_str!("../../i18n/en/room.ftl"),
    include_str!("../../i18n/en/werksessie.ftl"),
];

/// The catalogue sources of a language, in the order of `AREAS` (for tests and tools).
pub fn sources(lang: Lang) -> [&'static str; 8] {
    match lang {
        Lang::Nl => NL,
        Lang::En => EN,
    }
}

type Bundle = FluentBundle<FluentResource>;

/// One bundle per language, built once per process: building parses every catalogue,
/// which is too slow to repeat for each sentence.
fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 2] = [OnceLock::new(), OnceLock::new()];
    let slot = match lang {
        Lang::Nl => &BUNDLES[0],
        Lang::En => &BUNDLES[1],
    };
    slot.get_or_init(|| {
        let id = match lang {
            Lang::Nl => unic_langid::langid!("nl-NL"),
            Lang::En => unic_langid::langid!("en-GB"),
        };
        let mut b = FluentBundle::new_concurrent(vec![id]);
        // No Unicode isolation marks: the text goes to terminals, files and egui, none of
        // which needs them, and they would break byte-for-byte snapshots.
        b.set_use_isolating(false);
        for source in sources(lang) {
            // A syntax error drops only the broken entry; the catalogue test reports it.
            let res = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
            // A duplicate id keeps the first; the catalogue test reports it.
            let _ = b.add_resource(res);
        }
        b
    })
}

/// A variable's value in a message: text or a number (numbers choose plural forms).
pub type Arg = FluentValue<'static>;

/// A message id with its variables, ready to be put into words.
#[derive(Clone, Debug)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    pub fn new(id: &'static str) -> Msg {
        Msg { id, args: vec![] }
    }

    /// Add a variable: a `String`/`&str` or a number.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Msg {
        self.args.push((name, value.into()));
        self
    }
}

/// What went wrong while putting a message into words.
pub type Errors = Vec<String>;

/// The catalogues in one language. Cheap to create, copy and share: the bundles are built
/// once per process.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Words {
    pub lang: Lang,
}

impl Words {
    pub fn new(lang: Lang) -> Words {
        Words { lang }
    }

    /// The message `id` without variables; the id itself when it is missing.
    pub fn t(&self, id: &str) -> String {
        self.format(id, &[], &mut vec![])
    }

    /// The message `id` with variables.
    pub fn t_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.format(id, args, &mut vec![])
    }

    /// The message in words, with every Fluent error (a missing message, a missing
    /// variable, a bad reference) added to `errors`.
    pub fn format(&self, id: &str, args: &[(&str, Arg)], errors: &mut Errors) -> String {
        let b = bundle(self.lang);
        let Some(pattern) = b.get_message(id).and_then(|m| m.value()) else {
            errors.push(format!("{}: no message \"{id}\"", self.lang.code()));
            return id.to_string();
        };
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        let mut found = vec![];
        let out = b.format_pattern(pattern, Some(&fa), &mut found).to_string();
        errors.extend(
            found
                .into_iter()
                .map(|e| format!("{} {id}: {e}", self.lang.code())),
        );
        out
    }

    /// A prepared message in words.
    pub fn msg(&self, m: &Msg, errors: &mut Errors) -> String {
        self.format(m.id, &m.args, errors)
    }

    /// A fact in words: the one way the engine's findings, refusals and messages become a
    /// sentence.
    pub fn say(&self, fact: &dyn Fact) -> String {
        self.say_checked(fact).0
    }

    /// A fact in words with the errors met on the way (tests require none).
    pub fn say_checked(&self, fact: &dyn Fact) -> (String, Errors) {
        let mut errors = vec![];
        let m = fact.message(self, &mut errors);
        let text = self.msg(&m, &mut errors);
        (text, errors)
    }

    /// Items joined as people write a list: "a, b en c" / "a, b and c".
    pub fn list(&self, items: &[String], errors: &mut Errors) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => self.format(
                "list-and",
                &[
                    ("rest", rest.join(", ").into()),
                    ("last", last.clone().into()),
                ],
                errors,
            ),
        }
    }
}

/// A message in both languages, for the few engine labels that travel as a `Text` (step
/// titles, the default rounds): both versions come from the catalogues.
pub fn both(id: &str, args: &[(&str, Arg)]) -> Text {
    Text {
        nl: Some(Words::new(Lang::Nl).t_args(id, args)),
        en: Some(Words::new(Lang::En).t_args(id, args)),
    }
}

/// A score or share as people read it: "0.42" and "42%".
pub fn decimal(x: f64) -> String {
    format!("{x:.2}")
}

pub fn percent(x: f64) -> String {
    format!("{:.0}%", x * 100.0)
}
