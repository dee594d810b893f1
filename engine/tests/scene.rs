//! The wheel scene of every built-in scenario, before and after its scheduled events, on the
//! canvases it is drawn on: laptop windows, a small window, the projector and the report.

use samenspel_engine::builtin::builtin_all;
use samenspel_engine::prepare::prepared_session;
use samenspel_engine::reflect::{analyse, highlight, rounds};
use samenspel_engine::scene::{Canvas, Highlights, Rect, Scene, text_rect};
use samenspel_engine::svg::{self, escape};
use samenspel_engine::{Lang, Scenario};

/// The canvases: (width, height, projector, legend). The last is the report's picture.
const CANVASES: [(f32, f32, bool, bool); 6] = [
    (1600.0, 900.0, false, true),
    (1280.0, 720.0, false, true),
    (800.0, 600.0, false, true),
    (1600.0, 900.0, true, true),
    (1280.0, 720.0, true, true),
    (560.0, 560.0, false, false),
];

struct Case {
    name: String,
    canvas: Canvas,
    scene: Scene,
}

fn scenes_of(s: &Scenario) -> Vec<Case> {
    let mut out = Vec::new();
    for after in [false, true] {
        let session = prepared_session(s, None, after, if after { 3 } else { 2 })
            .unwrap_or_else(|e| panic!("{}: {e}", s.id));
        for (w, h, projector, legend) in CANVASES {
            let canvas = Canvas::new(w, h, Lang::Nl)
                .projector(projector)
                .legend(legend);
            let scene = Scene::build(
                &session.scenario,
                session.board(),
                &Highlights::default(),
                &canvas,
            );
            out.push(Case {
                name: format!(
                    "{} {} {w}x{h}{}",
                    s.id,
                    if after { "after events" } else { "start" },
                    if projector { " projector" } else { "" }
                ),
                canvas,
                scene,
            });
        }
    }
    out
}

fn all_cases() -> Vec<Case> {
    builtin_all().iter().flat_map(scenes_of).collect()
}

#[test]
fn every_card_has_a_label_box_inside_the_canvas() {
    let cases = all_cases();
    assert!(cases.len() >= 9 * 12, "every built-in scenario is covered");
    for case in &cases {
        let bounds = case.canvas.bounds();
        assert!(!case.scene.cards.is_empty(), "{}: no cards", case.name);
        assert_eq!(
            case.scene.labels.len(),
            case.scene.cards.len(),
            "{}",
            case.name
        );
        for card in &case.scene.cards {
            let label = case
                .scene
                .labels
                .iter()
                .find(|l| l.card == card.id)
                .unwrap_or_else(|| panic!("{}: card {} has no label", case.name, card.id));
            assert!(!label.text.is_empty() && label.w > 0.0 && label.h > 0.0);
            assert!(
                label.rect().inside(&bounds),
                "{}: label {:?} of {} leaves the canvas {bounds:?}",
                case.name,
                label.rect(),
                card.id
            );
        }
        for d in &case.scene.domains {
            assert!(
                text_rect(&d.text).inside(&bounds),
                "{}: domain name {} leaves the canvas",
                case.name,
                d.text.text
            );
        }
    }
}

/// Measured when the placement was written: 9 scenarios × 2 boards × 6 canvases = 108
/// scenes with 1 938 labels, and not one pair of labels overlapping. The bound (one pair in
/// 200 labels, at most two in one scene) leaves a little room for new scenarios with
/// crowded cells, but fails as soon as the search stops working: the fixed placement it
/// replaced put labels of neighbouring cards on top of each other in most scenes.
#[test]
fn labels_rarely_overlap_each_other() {
    let mut labels = 0;
    let mut pairs = 0;
    let mut worst = (0, String::new());
    for case in all_cases() {
        let n = case.scene.label_overlaps();
        labels += case.scene.labels.len();
        pairs += n;
        if n > worst.0 {
            worst = (n, case.name.clone());
        }
    }
    eprintln!("{pairs} overlapping pairs among {labels} labels; worst: {worst:?}");
    assert!(
        pairs * 200 <= labels,
        "{pairs} overlapping pairs of labels among {labels}"
    );
    assert!(worst.0 <= 2, "too crowded: {worst:?}");
}

/// Labels keep clear of cards wherever they can: measured as the share of labels that
/// cover part of any card (6 of 1 938 when written; the bound is 1 in 100).
#[test]
fn labels_rarely_cover_cards() {
    let mut labels = 0;
    let mut covering = 0;
    for case in all_cases() {
        let cards: Vec<Rect> = case
            .scene
            .cards
            .iter()
            .map(|c| Rect::centred(c.x, c.y, c.r * 2.0, c.r * 2.0))
            .collect();
        for l in &case.scene.labels {
            labels += 1;
            if cards.iter().any(|c| l.rect().overlap(c) > 0.0) {
                covering += 1;
            }
        }
    }
    eprintln!("{covering} of {labels} labels cover part of a card");
    assert!(
        covering * 50 <= labels,
        "{covering} of {labels} labels cover a card"
    );
}

#[test]
fn the_svg_painter_draws_every_label() {
    for case in all_cases() {
        let picture = svg::paint(&case.scene);
        assert!(picture.starts_with("<svg") && picture.ends_with("</svg>"));
        for l in &case.scene.labels {
            assert!(
                picture.contains(&format!(">{}</text>", escape(&l.text))),
                "{}: the SVG lacks the label {}",
                case.name,
                l.text
            );
        }
        // Colours come from the palette only: every fill and stroke is a #rrggbb.
        assert!(!picture.contains("\"white\"") && !picture.contains("\"black\""));
    }
}

#[test]
fn the_json_has_size_wheel_and_labels() {
    let s = &builtin_all()[0];
    let session = prepared_session(s, None, false, 2).unwrap();
    let canvas = Canvas::new(1280.0, 720.0, Lang::En);
    let scene = Scene::build(
        &session.scenario,
        session.board(),
        &Highlights::default(),
        &canvas,
    );
    let json = serde_json::to_value(&scene).unwrap();
    assert_eq!(json["size"], serde_json::json!([1280.0, 720.0]));
    assert_eq!(json["wheel"]["cx"], 640.0);
    assert_eq!(json["wheel"]["cy"], 360.0);
    assert!(json["wheel"]["r"].as_f64().unwrap() > 100.0);
    let first = &json["labels"][0];
    for key in ["text", "x", "y", "w", "h"] {
        assert!(!first[key].is_null(), "a label has no {key}");
    }
    assert_eq!(json["bands"][0]["tint"], "ring_rijk");
}

#[test]
fn a_canvas_placed_in_a_window_moves_the_whole_scene() {
    let s = &builtin_all()[0];
    let session = prepared_session(s, None, true, 3).unwrap();
    let build = |canvas: &Canvas| {
        Scene::build(
            &session.scenario,
            session.board(),
            &Highlights::default(),
            canvas,
        )
    };
    let here = build(&Canvas::new(1000.0, 700.0, Lang::Nl));
    let there = build(&Canvas::new(1000.0, 700.0, Lang::Nl).at(300.0, 40.0));
    for (a, b) in here.labels.iter().zip(&there.labels) {
        assert!((b.x - a.x - 300.0).abs() < 0.01 && (b.y - a.y - 40.0).abs() < 0.01);
    }
    let card = &there.cards[0];
    assert_eq!(there.card_at(card.x, card.y).map(|c| &c.id), Some(&card.id));
    assert!(there.cell_at(card.x, card.y).is_some());
    assert_eq!(there.cell_at(there.wheel.cx, there.wheel.cy), None);
}

#[test]
fn marks_reach_the_cards_domains_and_hidden_ones_are_left_out() {
    let s = &builtin_all()[0];
    let session = prepared_session(s, None, true, 4).unwrap();
    let board = session.board();
    let analysis = analyse(&session.scenario, board);
    let canvas = Canvas::new(1600.0, 900.0, Lang::Nl);
    for round in rounds(&session.scenario) {
        let found = highlight(&session.scenario, board, &analysis, &round.highlights);
        let marks = Highlights::from(&found);
        let scene = Scene::build(&session.scenario, board, &marks, &canvas);
        for card in &scene.cards {
            let wanted = if card.ended {
                &marks.ended
            } else {
                &marks.tokens
            };
            assert_eq!(card.marked, wanted.contains(&card.id));
            assert_eq!(card.halo.is_some(), card.marked);
        }
        for (sector, name) in scene.sectors.iter().zip(&scene.domains) {
            assert_eq!(name.marked, marks.domains.contains(&name.domain));
            assert_eq!(!sector.outline.is_empty(), name.marked);
        }
    }
    let first = board.tokens[0].id.clone();
    let marks = Highlights {
        selected: Some(first.clone()),
        hidden: board.tokens.iter().skip(1).map(|t| t.id.clone()).collect(),
        ..Highlights::default()
    };
    let scene = Scene::build(&session.scenario, board, &marks, &canvas);
    let live: Vec<_> = scene.cards.iter().filter(|c| !c.ended).collect();
    assert_eq!(live.len(), 1);
    assert!(live[0].selected && live[0].id == first);
}

/// With a reflection round open, marked cards get a halo and their labels move out of it;
/// that must not make labels collide (measured when written: 1 pair among 2 028 labels, in
/// 9 scenarios × every round × laptop and projector).
#[test]
fn labels_stay_apart_with_every_round_marked() {
    let mut pairs = 0;
    let mut labels = 0;
    for s in builtin_all() {
        let session = prepared_session(&s, None, true, 4).unwrap();
        let board = session.board();
        let analysis = analyse(&session.scenario, board);
        for round in rounds(&session.scenario) {
            let found = highlight(&session.scenario, board, &analysis, &round.highlights);
            for projector in [false, true] {
                let canvas = Canvas::new(1100.0, 800.0, Lang::Nl).projector(projector);
                let scene =
                    Scene::build(&session.scenario, board, &Highlights::from(&found), &canvas);
                pairs += scene.label_overlaps();
                labels += scene.labels.len();
            }
        }
    }
    eprintln!("{pairs} overlapping pairs among {labels} labels with rounds marked");
    assert!(pairs * 200 <= labels, "{pairs} pairs among {labels} labels");
}

/// Colours come from the palette only: the scene and its SVG painter write none out.
#[test]
fn no_colour_literals_outside_the_palette() {
    let sources = [
        ("svg.rs", include_str!("../src/svg.rs")),
        ("scene.rs", include_str!("../src/scene.rs")),
        ("scene/items.rs", include_str!("../src/scene/items.rs")),
        ("scene/parts.rs", include_str!("../src/scene/parts.rs")),
        ("scene/labels.rs", include_str!("../src/scene/labels.rs")),
    ];
    for (file, text) in sources {
        for (n, line) in text.lines().enumerate() {
            let hex = line.match_indices('#').any(|(i, _)| {
                let rest = &line[i + 1..];
                rest.len() >= 6 && rest[..6].chars().all(|c| c.is_ascii_hexdigit())
            });
            let named = ["\"white\"", "\"black\"", "rgb("]
                .iter()
                .any(|w| line.contains(w));
            assert!(!hex && !named, "{file}:{}: a colour literal: {line}", n + 1);
        }
    }
}

#[test]
fn odd_canvases_give_a_picture_not_a_panic() {
    let s = &builtin_all()[0];
    let session = prepared_session(s, None, true, 3).unwrap();
    for (w, h) in [
        (0.0, 0.0),
        (-5.0, 300.0),
        (f32::NAN, 400.0),
        (f32::INFINITY, 300.0),
        (50.0, 5000.0),
    ] {
        let canvas = Canvas::new(w, h, Lang::Nl).at(f32::NAN, 3.0);
        let scene = Scene::build(
            &session.scenario,
            session.board(),
            &Highlights::default(),
            &canvas,
        );
        assert_eq!(scene.labels.len(), scene.cards.len());
        assert!(scene.wheel.r.is_finite() && scene.wheel.r > 0.0);
        assert!(!svg::paint(&scene).contains("NaN"));
    }
}
