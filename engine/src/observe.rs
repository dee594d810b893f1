//! The observer's form: behaviour indicators of the working alliance between client and
//! professionals and of the collaboration between professionals, after the observation
//! form of seed 001, in our own words. One participant scores them during play.

use serde::{Deserialize, Serialize};

use crate::text::Text;

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
            Score::Nooit => Text::both("nooit", "never"),
            Score::Soms => Text::both("soms", "sometimes"),
            Score::Vaak => Text::both("vaak", "often"),
            Score::Altijd => Text::both("altijd", "always"),
            Score::NietVanToepassing => Text::both("n.v.t.", "n/a"),
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
            Part::Werkalliantie => Text::both(
                "Werkalliantie cliënt – professional",
                "Working alliance client – professional",
            ),
            Part::Samenwerking => Text::both(
                "Samenwerking tussen professionals",
                "Collaboration between professionals",
            ),
        }
    }
}

pub struct Indicator {
    pub id: &'static str,
    pub part: Part,
    pub theme: (&'static str, &'static str),
    pub text: (&'static str, &'static str),
    /// Behaviour that hinders (the conflict indicators): "often" is bad here.
    pub hinders: bool,
}

impl Indicator {
    pub fn theme(&self) -> Text {
        Text::both(self.theme.0, self.theme.1)
    }

    pub fn text(&self) -> Text {
        Text::both(self.text.0, self.text.1)
    }
}

const TAAK: (&str, &str) = ("Taakgerichtheid", "Task orientation");
const DOEL: (&str, &str) = ("Doelgerichtheid", "Goal orientation");
const BAND: (&str, &str) = ("Persoonlijke band", "Personal bond");
const VISIE: (&str, &str) = ("Teamvisie en doelen", "Team vision and goals");
const BESLUIT: (&str, &str) = ("Samen besluiten", "Shared decisions");
const CONFLICT: (&str, &str) = ("Conflicten", "Conflicts");
const STEUN: (&str, &str) = ("Steun in het team", "Team support");
const OPEN: (&str, &str) = ("Open communicatie", "Open communication");

const fn ind(
    id: &'static str,
    part: Part,
    theme: (&'static str, &'static str),
    nl: &'static str,
    en: &'static str,
) -> Indicator {
    Indicator {
        id,
        part,
        theme,
        text: (nl, en),
        hinders: false,
    }
}

const fn hinder(id: &'static str, nl: &'static str, en: &'static str) -> Indicator {
    Indicator {
        id,
        part: Part::Samenwerking,
        theme: CONFLICT,
        text: (nl, en),
        hinders: true,
    }
}

use Part::{Samenwerking as S, Werkalliantie as W};

/// The form, in order.
pub const INDICATORS: &[Indicator] = &[
    ind(
        "samen_plan",
        W,
        TAAK,
        "Samen met de cliënt naar een plan zoeken",
        "Looking for a plan together with the client",
    ),
    ind(
        "afspraken_client",
        W,
        TAAK,
        "Afspraken maken met de cliënt",
        "Making agreements with the client",
    ),
    ind(
        "inbreng_client",
        W,
        TAAK,
        "De cliënt uitnodigen om mee te praten",
        "Inviting the client to have a say",
    ),
    ind(
        "taal_client",
        W,
        TAAK,
        "Taal gebruiken die de cliënt begrijpt",
        "Using language the client understands",
    ),
    ind(
        "eigen_doelen",
        W,
        DOEL,
        "De cliënt helpen eigen doelen te benoemen",
        "Helping the client name her own goals",
    ),
    ind(
        "vertrouwen_client",
        W,
        DOEL,
        "Vertrouwen uitspreken dat het gaat lukken",
        "Saying you trust it will work out",
    ),
    ind(
        "begrip",
        W,
        BAND,
        "Met begrip reageren en meeleven",
        "Responding with understanding and empathy",
    ),
    ind(
        "luisteren_client",
        W,
        BAND,
        "Luisteren en laten uitpraten",
        "Listening and letting people finish",
    ),
    ind(
        "balans_gesprek",
        W,
        BAND,
        "De cliënt krijgt evenveel ruimte als de professionals",
        "The client gets as much room as the professionals",
    ),
    ind(
        "uitgangspunten",
        S,
        VISIE,
        "Bespreken waar de samenwerking op rust en waar men verschilt",
        "Discussing what the collaboration rests on and where views differ",
    ),
    ind(
        "expertise",
        S,
        VISIE,
        "Ieders deskundigheid en bijdrage benoemen",
        "Naming each person's expertise and contribution",
    ),
    ind(
        "visies_vragen",
        S,
        BESLUIT,
        "Naar ieders kijk en ideeën vragen",
        "Asking for everyone's view and ideas",
    ),
    ind(
        "verschillen",
        S,
        BESLUIT,
        "Meningsverschillen op tafel leggen",
        "Putting disagreements on the table",
    ),
    ind(
        "rollen",
        S,
        BESLUIT,
        "Rollen afspreken, ook wie regisseur is",
        "Agreeing on roles, including who is regisseur",
    ),
    ind(
        "afspraken_elkaar",
        S,
        BESLUIT,
        "Afspraken maken met elkaar",
        "Making agreements with each other",
    ),
    hinder(
        "onderbreken",
        "Elkaar onderbreken",
        "Interrupting each other",
    ),
    hinder(
        "problemen_denken",
        "Denken in problemen en beperkingen",
        "Thinking in problems and limitations",
    ),
    hinder(
        "geen_rol",
        "Geen rol willen nemen in het plan",
        "Not wanting a part in carrying out the plan",
    ),
    ind(
        "samen_oplossen",
        S,
        STEUN,
        "Samen oplossingen bedenken",
        "Thinking up solutions together",
    ),
    ind(
        "taken_overnemen",
        S,
        STEUN,
        "Taken van elkaar overnemen",
        "Taking over tasks from each other",
    ),
    ind(
        "benoemen",
        S,
        OPEN,
        "Benoemen wat je ziet, ook als het moeilijk is",
        "Saying what you see, also when it is hard",
    ),
    ind(
        "aanspreken",
        S,
        OPEN,
        "Elkaar aanspreken op afspraken",
        "Holding each other to agreements",
    ),
];

pub fn indicator(id: &str) -> Option<&'static Indicator> {
    INDICATORS.iter().find(|i| i.id == id)
}
