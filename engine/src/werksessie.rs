//! The long werksessie of seed 004 around the wheel: the drawing exercise, the theory part
//! (three perspectives on integrality, three kinds of process), the praatplaat with its ten
//! questions and the placemat for groups. The content is fixed, so it lives here with its
//! words in `werksessie.ftl`; what the room adds (drawings, picked questions, placemat
//! answers) is part of the session (`PlayState`), changed through `Action`s.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::reflect::{Drawn, Image};
use crate::text::Text;
use crate::words::{Errors, Fact, Msg, Words, both};

/// What a participant's drawing of integral work resembles: the images of seed 003's
/// table 3. The six that a link network can show are the wheel's `Image`s; process, tree
/// and "other" are drawings only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Drawing {
    CentraleEntiteit,
    Spinnenweb,
    Dwarsverbanden,
    GeenSamenhang,
    Schillen,
    Verbinder,
    /// A process in time, with or without a beginning and an end.
    Proces,
    /// A tree, with an organisation as its roots.
    Boom,
    /// Like none of the others.
    Anders,
}

impl Drawing {
    pub const ALL: [Drawing; 9] = [
        Drawing::CentraleEntiteit,
        Drawing::Spinnenweb,
        Drawing::Dwarsverbanden,
        Drawing::GeenSamenhang,
        Drawing::Schillen,
        Drawing::Verbinder,
        Drawing::Proces,
        Drawing::Boom,
        Drawing::Anders,
    ];

    /// The wheel's image of the same name, for the six a link network can show.
    pub fn image(self) -> Option<Image> {
        Some(match self {
            Drawing::CentraleEntiteit => Image::CentraleEntiteit,
            Drawing::Spinnenweb => Image::Spinnenweb,
            Drawing::Dwarsverbanden => Image::Dwarsverbanden,
            Drawing::GeenSamenhang => Image::GeenSamenhang,
            Drawing::Schillen => Image::Schillen,
            Drawing::Verbinder => Image::Verbinder,
            Drawing::Proces | Drawing::Boom | Drawing::Anders => return None,
        })
    }

    /// How many of seed 003's 19 clients and 44 professionals drew it. "Anders" gathers
    /// the two "other" rows of table 3 (under coherence and under the rest).
    pub fn drawn(self) -> Drawn {
        if let Some(image) = self.image() {
            return image.drawn();
        }
        let (clients, professionals) = match self {
            Drawing::Proces => (3, 5),
            Drawing::Boom => (0, 3),
            _ => (1, 6),
        };
        Drawn {
            clients,
            professionals,
        }
    }

    /// Its name in both languages.
    pub fn name(self) -> Text {
        both(self.name_id(), &[])
    }

    fn name_id(self) -> &'static str {
        match self {
            Drawing::CentraleEntiteit => "analysis-image-centre",
            Drawing::Spinnenweb => "analysis-image-web",
            Drawing::Dwarsverbanden => "analysis-image-cross",
            Drawing::GeenSamenhang => "analysis-image-none",
            Drawing::Schillen => "analysis-image-shells",
            Drawing::Verbinder => "analysis-image-hub",
            Drawing::Proces => "werk-drawing-process",
            Drawing::Boom => "werk-drawing-tree",
            Drawing::Anders => "werk-drawing-other",
        }
    }
}

impl Fact for Drawing {
    fn message(&self, _: &Words, _: &mut Errors) -> Msg {
        Msg::new(self.name_id())
    }
}

/// One row of the drawing exercise on the projector: how many in the room picked an
/// image, beside how many clients and professionals drew it in seed 003.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct DrawingRow {
    pub drawing: Drawing,
    pub room: u32,
    /// Share of the room's drawings (0..=1; 0 while nobody has picked).
    pub room_share: f64,
    pub clients: u32,
    pub professionals: u32,
}

/// The room's drawings beside seed 003's: one row per image, and which were drawn most.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DrawingTally {
    pub rows: Vec<DrawingRow>,
    pub room_total: u32,
    /// The images the room picked most (several on a tie; empty while nobody picked).
    pub room_most: Vec<Drawing>,
    pub clients_most: Vec<Drawing>,
    pub professionals_most: Vec<Drawing>,
}

impl DrawingTally {
    pub fn of(room: &BTreeMap<Drawing, u32>) -> DrawingTally {
        let count = |d: Drawing| room.get(&d).copied().unwrap_or(0);
        let room_total = Drawing::ALL.iter().map(|d| count(*d)).sum::<u32>();
        let rows = Drawing::ALL
            .iter()
            .map(|&drawing| {
                let drawn = drawing.drawn();
                DrawingRow {
                    drawing,
                    room: count(drawing),
                    room_share: share(count(drawing), room_total),
                    clients: drawn.clients,
                    professionals: drawn.professionals,
                }
            })
            .collect();
        DrawingTally {
            rows,
            room_total,
            room_most: most(count),
            clients_most: most(|d| d.drawn().clients),
            professionals_most: most(|d| d.drawn().professionals),
        }
    }
}

fn share(part: u32, total: u32) -> f64 {
    if total == 0 {
        0.0
    } else {
        f64::from(part) / f64::from(total)
    }
}

/// The drawings with the highest count, in table order; none when every count is 0.
fn most(count: impl Fn(Drawing) -> u32) -> Vec<Drawing> {
    let top = Drawing::ALL.iter().map(|d| count(*d)).max().unwrap_or(0);
    if top == 0 {
        return Vec::new();
    }
    Drawing::ALL
        .into_iter()
        .filter(|d| count(*d) == top)
        .collect()
}

/// The room beside the research in one sentence, for the projector and the report.
impl Fact for DrawingTally {
    fn message(&self, w: &Words, errors: &mut Errors) -> Msg {
        let names = |ds: &[Drawing], errors: &mut Errors| {
            let names: Vec<String> = ds.iter().map(|d| w.say(d)).collect();
            w.list(&names, errors)
        };
        let research = |m: Msg, errors: &mut Errors| {
            m.arg("clients", names(&self.clients_most, errors))
                .arg("professionals", names(&self.professionals_most, errors))
        };
        if self.room_total == 0 {
            return research(Msg::new("werk-drawing-none-yet"), errors);
        }
        let top = self.room_most.first().map_or(0, |d| {
            self.rows
                .iter()
                .find(|r| r.drawing == *d)
                .map_or(0, |r| r.room)
        });
        research(Msg::new("werk-drawing-compare"), errors)
            .arg("room", names(&self.room_most, errors))
            .arg("count", top)
            .arg("total", self.room_total)
    }
}

/// The four themes of the praatplaat.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Overkoepelend: on every level at once.
    AlleNiveaus,
    /// How the work on the ground is set up.
    InrichtingUitvoering,
    SamenwerkingProfessionals,
    ClientCentraal,
}

impl Theme {
    pub const ALL: [Theme; 4] = [
        Theme::AlleNiveaus,
        Theme::InrichtingUitvoering,
        Theme::SamenwerkingProfessionals,
        Theme::ClientCentraal,
    ];

    pub fn title(self) -> Text {
        both(
            match self {
                Theme::AlleNiveaus => "werk-theme-levels",
                Theme::InrichtingUitvoering => "werk-theme-practice",
                Theme::SamenwerkingProfessionals => "werk-theme-collaboration",
                Theme::ClientCentraal => "werk-theme-client",
            },
            &[],
        )
    }

    /// Its questions, in the praatplaat's order.
    pub fn questions(self) -> impl Iterator<Item = &'static Question> {
        PRAATPLAAT.iter().filter(move |q| q.theme == self)
    }
}

/// One of the ten questions of the praatplaat: a short title and the question itself,
/// `werk-praat-<id>-title` and `werk-praat-<id>` in the catalogues.
#[derive(Debug, PartialEq, Eq)]
pub struct Question {
    pub id: &'static str,
    pub theme: Theme,
    title: &'static str,
    question: &'static str,
}

impl Question {
    pub fn title(&self) -> Text {
        both(self.title, &[])
    }

    pub fn text(&self) -> Text {
        both(self.question, &[])
    }
}

macro_rules! question {
    ($id:literal, $theme:ident) => {
        Question {
            id: $id,
            theme: Theme::$theme,
            title: concat!("werk-praat-", $id, "-title"),
            question: concat!("werk-praat-", $id),
        }
    };
}

/// The praatplaat's ten questions for the practice of integral work, in four themes.
pub const PRAATPLAAT: [Question; 10] = [
    question!("visie", AlleNiveaus),
    question!("opdrachten", AlleNiveaus),
    question!("verandering", AlleNiveaus),
    question!("regie", InrichtingUitvoering),
    question!("levensbreed", InrichtingUitvoering),
    question!("kennen", SamenwerkingProfessionals),
    question!("tijd", SamenwerkingProfessionals),
    question!("grenzen", SamenwerkingProfessionals),
    question!("invloed", ClientCentraal),
    question!("maatwerk", ClientCentraal),
];

pub fn question(id: &str) -> Option<&'static Question> {
    PRAATPLAAT.iter().find(|q| q.id == id)
}

/// The placemat's questions, for groups of four or five: each writes alone first, then
/// the group agrees on what goes in the middle.
pub const PLACEMAT: [&str; 4] = ["opdracht", "definitie", "professionaliteit", "complexiteit"];

/// The words of a placemat question (`werk-placemat-<id>`), None for an unknown id.
pub fn placemat_question(id: &str) -> Option<Text> {
    let message = match id {
        "opdracht" => "werk-placemat-opdracht",
        "definitie" => "werk-placemat-definitie",
        "professionaliteit" => "werk-placemat-professionaliteit",
        "complexiteit" => "werk-placemat-complexiteit",
        _ => return None,
    };
    Some(both(message, &[]))
}

/// How many placemat groups a session keeps: more than a room of 60 in groups of five.
pub const MAX_GROUPS: u32 = 15;

/// The longest placemat answer kept, in characters: a few sentences, not a document.
pub const MAX_ANSWER: usize = 2000;

/// One group's answer to one placemat question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlacematAnswer {
    /// 1, 2, 3 …: the number on the group's table.
    pub group: u32,
    pub question: String,
    pub text: String,
}

/// The three perspectives on integrality (Arum e.a., 2018, in seed 004): from the client,
/// from the organisation, and from the method.
pub const PERSPECTIVES: [&str; 3] = ["klant", "organisatie", "methodisch"];

/// The title and text of a perspective; None for an id not in `PERSPECTIVES`.
pub fn perspective(id: &str) -> Option<(Text, Text)> {
    let (title, text) = match id {
        "klant" => ("werk-perspective-klant-title", "werk-perspective-klant"),
        "organisatie" => (
            "werk-perspective-organisatie-title",
            "werk-perspective-organisatie",
        ),
        "methodisch" => (
            "werk-perspective-methodisch-title",
            "werk-perspective-methodisch",
        ),
        _ => return None,
    };
    Some((both(title, &[]), both(text, &[])))
}

/// The three kinds of process of seed 004's table, as columns.
pub const PROCESSES: [&str; 3] = ["herstel", "verbetering", "chronisch"];

/// The rows of the table: what each kind of process is like on one point.
pub const PROCESS_ROWS: [&str; 9] = [
    "doel",
    "redeneren",
    "proces",
    "overeenstemming",
    "icf",
    "vertrekpunt",
    "eindpunt",
    "oorzaak",
    "weten",
];

/// The words of a column head (`row` None) or a cell: `werk-process-<column>` and
/// `werk-process-<row>-<column>`; a row's own name is `werk-process-row-<row>`.
pub fn process_cell(row: Option<&str>, column: &str) -> Text {
    let id = match row {
        None => format!("werk-process-{column}"),
        Some(row) => format!("werk-process-{row}-{column}"),
    };
    both(&id, &[])
}

pub fn process_row(row: &str) -> Text {
    both(&format!("werk-process-row-{row}"), &[])
}
