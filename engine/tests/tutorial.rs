//! The scenario written by following the tutorial in docs/scenario-format.md step by step
//! (kept as a fixture): it must keep loading and playing as the format evolves.

use samenspel_engine::load::scenario_from_str;
use samenspel_engine::simulate::simulate;

const TUTORIAL: &str = include_str!("../../tests/fixtures/tutorial.ron");

#[test]
fn the_tutorial_scenario_loads_and_plays_with_every_variant() {
    let s = scenario_from_str("tests/fixtures/tutorial.ron", TUTORIAL, None)
        .unwrap_or_else(|p| panic!("{p}"));
    assert!(s.board.tokens.len() >= 8);
    let (_, base) = simulate(&s, None, 0, 0).unwrap();
    assert!(base.len() >= 2, "the tutorial has an event");
    assert!(!base.last().unwrap().analysis.gaps.is_empty());
    for v in &s.variants {
        let (_, with) = simulate(&s, Some(&v.id), 0, 0).unwrap();
        assert_ne!(
            serde_json::to_string(&with.last().unwrap().analysis).unwrap(),
            serde_json::to_string(&base.last().unwrap().analysis).unwrap(),
            "variant {} changes nothing",
            v.id
        );
    }
}
