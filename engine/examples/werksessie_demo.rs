//! Writes a Tess session with every part of the werksessie used (an opening poll counted,
//! the room's drawings, praatplaat questions picked, two placemat groups), after the
//! timeline: for the pictures in the docs and for trying the report.
//!
//! cargo run -p samenspel-engine --example werksessie_demo -- OUT.ron

use samenspel_engine::Action;
use samenspel_engine::builtin::builtin;
use samenspel_engine::session::Session;
use samenspel_engine::werksessie::Drawing;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args()
        .nth(1)
        .ok_or("usage: werksessie_demo OUT.ron")?;
    let tess = builtin("tess").ok_or("tess is built in")??;
    let mut session = Session::new(&tess, None, 1)?;
    let choice = |option: &str, count| Action::RecordChoice {
        poll: "werkzaam".into(),
        option: option.into(),
        count,
    };
    let drawing = |drawing, count| Action::RecordDrawing { drawing, count };
    let pick = |q: &str| Action::PickQuestion {
        question: q.into(),
        picked: true,
    };
    let answer = |group, question: &str, text: &str| Action::Placemat {
        group,
        question: question.into(),
        text: text.into(),
    };
    let actions = [
        choice("beleid", 6),
        choice("uitvoering", 14),
        choice("client", 2),
        choice("kennis", 5),
        drawing(Drawing::Spinnenweb, 9),
        drawing(Drawing::CentraleEntiteit, 5),
        drawing(Drawing::Schillen, 4),
        drawing(Drawing::Proces, 3),
        drawing(Drawing::Dwarsverbanden, 2),
        drawing(Drawing::GeenSamenhang, 1),
        drawing(Drawing::Boom, 1),
        drawing(Drawing::Anders, 2),
        pick("regie"),
        pick("invloed"),
        pick("opdrachten"),
        answer(
            1,
            "opdracht",
            "Eén plan met Tess, niet over haar: zij zit aan tafel als het over 18 gaat.",
        ),
        answer(
            1,
            "definitie",
            "Bewust werken aan samenhang waar die niet vanzelf ontstaat.",
        ),
        answer(
            1,
            "professionaliteit",
            "Eerder zeggen wat ik niet weet, en wie het wel weet.",
        ),
        answer(
            2,
            "opdracht",
            "De knip bij 18 een jaar van tevoren op de agenda.",
        ),
        answer(
            2,
            "complexiteit",
            "Niet alles tegelijk: één vraag van Tess per keer, wel met het geheel in beeld.",
        ),
    ];
    for action in actions {
        session.apply(action)?;
    }
    let events: Vec<String> = session
        .scenario
        .scheduled_events()
        .map(|e| e.id.clone())
        .collect();
    for _ in 0..3 {
        session.apply(Action::NextStep)?;
    }
    for event in events {
        session.apply(Action::TriggerEvent { event })?;
    }
    session.save(std::path::Path::new(&out))?;
    Ok(())
}
