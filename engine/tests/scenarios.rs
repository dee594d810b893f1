//! Every built-in scenario: it loads, validates, simulates (baseline and every variant),
//! and the analysis along its timeline is pinned with snapshots. Tess gets extra checks on
//! what turning 18 does.

use samenspel_engine::builtin::{BUILTIN, builtin, builtin_ids};
use samenspel_engine::load::scenario_from_str;
use samenspel_engine::reflect::{Analysis, GapKind, analyse};
use samenspel_engine::scenario::Scenario;
use samenspel_engine::simulate::{Snapshot, simulate};
use samenspel_engine::text::Lang;
use samenspel_engine::words::{Finding, On, Words};
use serde_json::{Value, json};

fn load(id: &str) -> Scenario {
    match builtin(id) {
        Some(Ok(s)) => s,
        Some(Err(problems)) => panic!("built-in scenario {id} does not load:\n{problems}"),
        None => panic!("no built-in scenario {id}"),
    }
}

fn all() -> Vec<Scenario> {
    builtin_ids().map(load).collect()
}

fn end_of(s: &Scenario, variant: Option<&str>) -> Snapshot {
    let (_, snaps) = simulate(s, variant, 0, 0)
        .unwrap_or_else(|e| panic!("{} {variant:?}: simulate refused: {e}", s.id));
    snaps.last().expect("a timeline has a start").clone()
}

/// The compact, reviewable form of an analysis that the snapshots pin.
fn summary(a: &Analysis) -> Value {
    let gaps: Vec<String> = a
        .gaps
        .iter()
        .map(|g| {
            let kind = serde_json::to_value(g.kind).unwrap();
            // Islands of "ieder zijn eigen plan", counted per role.
            let islands = g
                .islands
                .map(|n| format!(" ({n} islands)"))
                .unwrap_or_default();
            format!(
                "{} @ {}{islands}",
                kind.as_str().unwrap(),
                g.domain.as_deref().unwrap_or("-")
            )
        })
        .collect();
    let tension: Vec<String> = (a.coherence.tension.iter())
        .map(|(from, to)| format!("{from} ~ {to}"))
        .collect();
    // The self-reliance (ZRM) level per domain, where one is given.
    let levels: serde_json::Map<String, Value> = (a.coverage.iter())
        .filter_map(|c| Some((c.domain.as_str(), c.self_reliance?)))
        .map(|(d, l)| (d.to_string(), json!(l.number())))
        .collect();
    json!({
        "gaps": gaps,
        "coherence": { "image": a.coherence.image, "score": a.coherence.score, "tension": tension },
        "self_reliance": levels,
        "balance": {
            "eigen_kracht": a.balance.eigen_kracht,
            "informeel": a.balance.informeel,
            "gemeente": a.balance.gemeente,
            "rijk": a.balance.rijk,
            "professional_share": a.balance.professional_share,
        },
    })
}

fn ended_support(a: &Analysis) -> usize {
    a.gaps
        .iter()
        .filter(|g| g.kind == GapKind::EndedSupport)
        .count()
}

#[test]
fn there_are_builtin_scenarios_and_tess_is_one() {
    let ids: Vec<&str> = builtin_ids().collect();
    assert!(ids.len() >= 5, "expected the five personas, got {ids:?}");
    assert!(ids.contains(&"tess"));
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted, "built-in ids are listed in name order");
}

#[test]
fn every_builtin_scenario_loads_and_validates() {
    for (id, name, source) in BUILTIN {
        let s = scenario_from_str(&format!("scenarios/{name}"), source, None)
            .unwrap_or_else(|p| panic!("{id}: {p}"));
        assert_eq!(&s.id, id, "the scenario id matches its file name");
        assert!(!s.board.tokens.is_empty(), "{id}: an empty starting board");
        assert!(s.scheduled_events().count() >= 1, "{id}: no timeline");
        assert!(!s.variants.is_empty(), "{id}: no policy variants");
    }
}

#[test]
fn every_builtin_scenario_with_its_portrait_folder_validates_from_disk() {
    // The same files from disk, with their folder: file references (portraits) must exist.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../scenarios");
    for (id, name, _) in BUILTIN {
        let path = dir.join(name);
        samenspel_engine::load::scenario_from_file(&path).unwrap_or_else(|p| panic!("{id}: {p}"));
    }
}

#[test]
fn simulate_runs_for_every_scenario_and_variant() {
    for s in all() {
        let variants: Vec<Option<&str>> = std::iter::once(None)
            .chain(s.variants.iter().map(|v| Some(v.id.as_str())))
            .collect();
        for variant in variants {
            // The played deck: the scenario's own cards and the shared cards that fit it.
            let deck = samenspel_engine::Session::new(&s, variant, 7)
                .unwrap()
                .scenario
                .deck()
                .count();
            assert!(deck >= s.deck().count());
            let (session, snaps) = simulate(&s, variant, 7, deck)
                .unwrap_or_else(|e| panic!("{} {variant:?}: {e}", s.id));
            let scheduled = s.scheduled_events().count();
            assert_eq!(snaps.len(), 1 + scheduled + deck, "{} {variant:?}", s.id);
            assert_eq!(snaps[0].label, "start");
            for (snap, event) in snaps[1..].iter().zip(s.scheduled_events()) {
                assert_eq!(snap.label, event.id);
            }
            assert_eq!(session.state.log.len(), scheduled + deck);
            assert_eq!(session.variant.as_deref(), variant);
            // Each snapshot's analysis is the analysis of its board.
            for snap in &snaps {
                assert_eq!(
                    snap.analysis,
                    analyse(&session.scenario, &snap.board),
                    "{} {}",
                    s.id,
                    snap.label
                );
            }
            // One draw more than the deck holds is refused, not a panic.
            assert!(
                simulate(&s, variant, 7, deck + 1).is_err(),
                "{} {variant:?}: drew from an empty deck",
                s.id
            );
        }
    }
}

#[test]
fn an_unknown_variant_is_refused() {
    let s = load("tess");
    let err = simulate(&s, Some("bestaat_niet"), 0, 0).unwrap_err();
    assert!(
        Words::new(Lang::Nl).say(&err).contains("bestaat_niet"),
        "{err}"
    );
}

#[test]
fn simulation_is_deterministic() {
    for s in all() {
        let deck = samenspel_engine::Session::new(&s, None, 42)
            .unwrap()
            .scenario
            .deck()
            .count();
        let run = || serde_json::to_string(&simulate(&s, None, 42, deck).unwrap().1).unwrap();
        assert_eq!(run(), run(), "{}", s.id);
    }
}

#[test]
fn timelines_are_pinned() {
    for s in all() {
        let (_, snaps) = simulate(&s, None, 0, 0).unwrap();
        let baseline: Vec<Value> = snaps
            .iter()
            .map(|snap| json!({ "label": snap.label, "age": snap.board.age, "analysis": summary(&snap.analysis) }))
            .collect();
        let variants: serde_json::Map<String, Value> = s
            .variants
            .iter()
            .map(|v| (v.id.clone(), summary(&end_of(&s, Some(&v.id)).analysis)))
            .collect();
        insta::assert_json_snapshot!(
            format!("timeline_{}", s.id),
            json!({ "baseline": baseline, "variants_at_end": variants })
        );
    }
}

#[test]
fn tess_turning_18_ends_support_in_several_domains_and_says_what_ended() {
    let s = load("tess");
    let (_, snaps) = simulate(&s, None, 0, 0).unwrap();
    let after = snaps
        .iter()
        .find(|x| x.label == "tess_wordt_18")
        .expect("the birthday is on the timeline");
    assert_eq!(after.board.age, 18);
    let start = &snaps[0];
    assert_eq!(start.board.age, 17);
    assert_eq!(
        ended_support(&start.analysis),
        0,
        "nothing has ended before the birthday"
    );

    let ended: Vec<_> = after
        .analysis
        .gaps
        .iter()
        .filter(|g| g.kind == GapKind::EndedSupport)
        .collect();
    let domains: std::collections::BTreeSet<_> =
        ended.iter().filter_map(|g| g.domain.as_deref()).collect();
    assert!(domains.len() > 1, "ended support in only {domains:?}");
    for gap in &ended {
        assert_eq!(
            gap.tokens.len(),
            1,
            "an ended-support gap names the token that ended"
        );
        let id = &gap.tokens[0];
        let e = after
            .board
            .ended
            .iter()
            .find(|e| &e.token.id == id)
            .expect("the gap's token is among the ended");
        assert_eq!(e.event, "tess_wordt_18");
        for lang in [Lang::Nl, Lang::En] {
            let explanation = On::new(&s, &after.board).say(&Words::new(lang), Finding::Gap(gap));
            assert!(
                explanation.contains(e.token.who.get(lang)),
                "{lang:?}: {explanation:?} does not name {:?}",
                e.token.who.get(lang)
            );
            assert!(
                explanation.contains(e.token.what.get(lang)),
                "{lang:?}: {explanation:?} does not say what ended"
            );
            assert!(
                explanation.contains(s.event("tess_wordt_18").unwrap().title.get(lang)),
                "{explanation:?} does not name the event"
            );
        }
    }
    // The youth-care core is among what ended.
    let ended_ids: Vec<&str> = ended.iter().map(|g| g.tokens[0].as_str()).collect();
    assert!(ended_ids.contains(&"fasehuis"), "{ended_ids:?}");
}

#[test]
fn tess_extended_youth_care_leaves_fewer_ended_support_gaps() {
    let s = load("tess");
    let base = end_of(&s, None);
    let extended = end_of(&s, Some("verlengde_jeugdhulp"));
    assert!(
        ended_support(&extended.analysis) < ended_support(&base.analysis),
        "baseline {} vs extended {}",
        ended_support(&base.analysis),
        ended_support(&extended.analysis)
    );
    // The step-down home stays on the board under extended youth care.
    assert!(extended.board.token("fasehuis").is_some());
    assert!(base.board.token("fasehuis").is_none());
}

#[test]
fn every_variant_changes_the_final_analysis_or_board() {
    let mut checked = 0;
    for s in all() {
        let base = end_of(&s, None);
        for v in &s.variants {
            let end = end_of(&s, Some(&v.id));
            assert!(
                end.board != base.board || end.analysis != base.analysis,
                "{}: variant {} changes nothing at the end of the timeline",
                s.id,
                v.id
            );
            checked += 1;
        }
    }
    assert!(checked >= 10, "only {checked} variants checked");
}

#[test]
fn regisseur_and_clientoverleg_variants_change_coherence() {
    let mut checked = 0;
    for s in all() {
        let base = end_of(&s, None);
        for v in s
            .variants
            .iter()
            .filter(|v| v.id.contains("regisseur") || v.id.contains("clientoverleg"))
        {
            let end = end_of(&s, Some(&v.id));
            let (b, e) = (&base.analysis.coherence, &end.analysis.coherence);
            assert!(
                b.image != e.image || b.score != e.score,
                "{}: variant {} leaves coherence at {:?} {}",
                s.id,
                v.id,
                b.image,
                b.score
            );
            checked += 1;
        }
    }
    assert!(checked >= 1, "no regisseur or clientoverleg variants found");
}

#[test]
fn every_builtin_variant_says_what_kind_of_change_it_is() {
    for s in samenspel_engine::builtin::builtin_all() {
        for v in &s.variants {
            assert!(v.kind.is_some(), "{}: variant {} has no kind", s.id, v.id);
        }
    }
}
