//! Texts in Dutch with an optional English version.

use serde::{Deserialize, Serialize};

/// The two languages of the game. Dutch is the default everywhere.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        match code.to_ascii_lowercase().as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// A text shown to people: written as `(nl: "…", en: "…")` in a scenario.
/// The Dutch version is required (validation reports it when missing); English falls back
/// to Dutch.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nl: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl Text {
    pub fn nl(nl: impl Into<String>) -> Text {
        Text {
            nl: Some(nl.into()),
            en: None,
        }
    }

    pub fn both(nl: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            nl: Some(nl.into()),
            en: Some(en.into()),
        }
    }

    /// The text in `lang`, falling back to the other language, then to "".
    pub fn get(&self, lang: Lang) -> &str {
        let (first, second) = match lang {
            Lang::Nl => (&self.nl, &self.en),
            Lang::En => (&self.en, &self.nl),
        };
        first.as_deref().or(second.as_deref()).unwrap_or("")
    }

    pub fn has_dutch(&self) -> bool {
        self.nl.as_deref().is_some_and(|s| !s.trim().is_empty())
    }
}
