//! The observer's form: behaviour indicators of the working alliance between client and
//! professionals and of the collaboration between professionals, after the observation
//! form of seed 001, in our own words. One participant scores them during play.

use serde::{Deserialize, Serialize};

use crate::text::Text;
use crate::words::both;

/// The role id of the observer: a participant without cards who scores the form. Not a
/// role of the scenario; a player acting as it may only observe (and vote and post).
pub const OBSERVER: &str = "observer";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Score {
    Nooit,
    Soms,
    Vaak,
    Altijd,
    /// Niet van toepassing.
    NietVanToepassing,
}

impl Score {
    pub const ALL: [Score; 5] = [
        Score::Nooit,
        Score::Soms,
        Score::Vaak,
        Score::Altijd,
        Score::NietVanToepassing,
    ];

    pub fn label(self) -> Text {
        match self {
            Score::Nooit => both("observe-score-never", &[]),
            Score::Soms => both("observe-score-sometimes", &[]),
            Score::Vaak => both("observe-score-often", &[]),
            Score::Altijd => both("observe-score-always", &[]),
            Score::NietVanToepassing => both("observe-score-na", &[]),
        }
    }

    /// 0..=3 for never..always; None for n/a.
    pub fn value(self) -> Option<u8> {
        match self {
            Score::Nooit => Some(0),
            Score::Soms => Some(1),
            Score::Vaak => Some(2),
            Score::Altijd => Some(3),
            Score::NietVanToepassing => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Observation {
    pub indicator: String,
    pub score: Score,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Werkalliantie cliënt–professional.
    Werkalliantie,
    /// Interprofessionele samenwerking.
    Samenwerking,
}

impl Part {
    pub fn title(self) -> Text {
        match self {
            Part::Werkalliantie => both("observe-part-alliance", &[]),
            Part::Samenwerking => both("observe-part-collaboration", &[]),
        }
    }
}

pub struct Indicator {
    pub id: &'static str,
    pub part: Part,
    /// The theme's key: its words are `observe-theme-<key>` in the catalogues.
    pub theme: &'static str,
    /// Behaviour that hinders (the conflict indicators): "often" is bad here.
    pub hinders: bool,
}

impl Indicator {
    pub fn theme(&self) -> Text {
        both(&format!("observe-theme-{}", self.theme), &[])
    }

    /// The behaviour, from the catalogues (`observe-<id>`, `_` written as `-`).
    pub fn text(&self) -> Text {
        both(&format!("observe-{}", self.id.replace('_', "-")), &[])
    }
}

const TAAK: &str = "taak";
const DOEL: &str = "doel";
const BAND: &str = "band";
const VISIE: &str = "visie";
const BESLUIT: &str = "besluit";
const CONFLICT: &str = "conflict";
const STEUN: &str = "steun";
const OPEN: &str = "open";

const fn ind(id: &'static str, part: Part, theme: &'static str) -> Indicator {
    Indicator {
        id,
        part,
        theme,
        hinders: false,
    }
}

const fn hinder(id: &'static str) -> Indicator {
    Indicator {
        id,
        part: Part::Samenwerking,
        theme: CONFLICT,
        hinders: true,
    }
}

use Part::{Samenwerking as S, Werkalliantie as W};

/// The form, in order.
pub const INDICATORS: &[Indicator] = &[
    ind("samen_plan", W, TAAK),
    ind("afspraken_client", W, TAAK),
    ind("inbreng_client", W, TAAK),
    ind("taal_client", W, TAAK),
    ind("eigen_doelen", W, DOEL),
    ind("vertrouwen_client", W, DOEL),
    ind("begrip", W, BAND),
    ind("luisteren_client", W, BAND),
    ind("balans_gesprek", W, BAND),
    ind("uitgangspunten", S, VISIE),
    ind("expertise", S, VISIE),
    ind("visies_vragen", S, BESLUIT),
    ind("verschillen", S, BESLUIT),
    ind("rollen", S, BESLUIT),
    ind("afspraken_elkaar", S, BESLUIT),
    hinder("onderbreken"),
    hinder("problemen_denken"),
    hinder("geen_rol"),
    ind("samen_oplossen", S, STEUN),
    ind("taken_overnemen", S, STEUN),
    ind("benoemen", S, OPEN),
    ind("aanspreken", S, OPEN),
];

pub fn indicator(id: &str) -> Option<&'static Indicator> {
    INDICATORS.iter().find(|i| i.id == id)
}
