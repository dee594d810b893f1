//! UI strings for the game: a thin Bevy resource over the engine's catalogues
//! (`samenspel_engine::words`, `engine/i18n/<lang>/game.ftl` and the others), switchable
//! live.

use bevy::prelude::*;
use samenspel_engine::{Lang, Words};

#[derive(Resource)]
pub struct Strings {
    pub lang: Lang,
}

impl Strings {
    pub fn new(lang: Lang) -> Strings {
        Strings { lang }
    }

    /// The catalogues in the current language, for findings and refusals (`Words::say`).
    pub fn words(&self) -> Words {
        Words::new(self.lang)
    }

    /// The string for `key` in the current language; the key itself when missing, so a
    /// gap in a translation shows instead of crashing.
    pub fn t(&self, key: &str) -> String {
        self.words().t(key)
    }

    pub fn t_args(&self, key: &str, args: &[(&str, String)]) -> String {
        let args: Vec<(&str, samenspel_engine::words::Arg)> =
            args.iter().map(|(k, v)| (*k, v.clone().into())).collect();
        self.words().t_args(key, &args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_are_filled_in() {
        let s = Strings::new(Lang::En);
        assert!(s.t_args("step-of", &[("n", "2".into())]).contains('2'));
        assert_eq!(Strings::new(Lang::Nl).t("no-such-key"), "no-such-key");
    }
}
