//! UI strings from Fluent files (`assets/i18n/*.ftl`), embedded in the binary and
//! switchable live.

use bevy::prelude::*;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use samenspel_engine::Lang;
use unic_langid::langid;

const NL: &str = include_str!("../../assets/i18n/nl.ftl");
const EN: &str = include_str!("../../assets/i18n/en.ftl");
/// The room's words (participants on phones), kept in their own files.
const ROOM_NL: &str = include_str!("../../assets/room/nl.ftl");
const ROOM_EN: &str = include_str!("../../assets/room/en.ftl");

#[derive(Resource)]
pub struct Strings {
    pub lang: Lang,
    nl: FluentBundle<FluentResource>,
    en: FluentBundle<FluentResource>,
}

fn bundle(sources: &[&str], id: unic_langid::LanguageIdentifier) -> FluentBundle<FluentResource> {
    let mut b = FluentBundle::new_concurrent(vec![id]);
    b.set_use_isolating(false);
    for source in sources {
        let res = FluentResource::try_new(source.to_string()).unwrap_or_else(|(res, _)| res);
        let _ = b.add_resource(res);
    }
    b
}

impl Strings {
    pub fn new(lang: Lang) -> Strings {
        Strings {
            lang,
            nl: bundle(&[NL, ROOM_NL], langid!("nl-NL")),
            en: bundle(&[EN, ROOM_EN], langid!("en-GB")),
        }
    }

    /// The string for `key` in the current language; the key itself when missing, so a
    /// gap in a translation shows instead of crashing.
    pub fn t(&self, key: &str) -> String {
        self.format(key, None)
    }

    pub fn t_args(&self, key: &str, args: &[(&str, String)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.format(key, Some(&fa))
    }

    fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        let primary = if self.lang == Lang::Nl {
            &self.nl
        } else {
            &self.en
        };
        for b in [primary, &self.nl] {
            if let Some(pattern) = b.get_message(key).and_then(|m| m.value()) {
                let mut errors = vec![];
                return b.format_pattern(pattern, args, &mut errors).to_string();
            }
        }
        key.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key in the Dutch file has an English translation and vice versa.
    #[test]
    fn both_languages_have_the_same_keys() {
        let keys = |src: &str| -> std::collections::BTreeSet<String> {
            src.lines()
                .filter(|l| !l.starts_with('#') && !l.starts_with(' ') && l.contains(" ="))
                .map(|l| l.split(" =").next().unwrap().trim().to_string())
                .collect()
        };
        assert_eq!(keys(NL), keys(EN));
        assert_eq!(keys(ROOM_NL), keys(ROOM_EN));
        assert!(keys(NL).len() > 30);
    }

    #[test]
    fn arguments_are_filled_in() {
        let s = Strings::new(Lang::En);
        assert!(s.t_args("step-of", &[("n", "2".into())]).contains('2'));
        assert_eq!(Strings::new(Lang::Nl).t("no-such-key"), "no-such-key");
    }
}
