//! The analysis on small hand-made boards: each gap kind, each coherence image, the score,
//! balance and change.

use samenspel_engine::board::{Board, Ended};
use samenspel_engine::load::scenario_from_str;
use samenspel_engine::reflect::{Analysis, GapKind, Image, analyse, change, highlight};
use samenspel_engine::scenario::{Highlight, Link, LinkKind, Need, PERSONA, Scenario, Token};
use samenspel_engine::text::{Lang, Text};
use samenspel_engine::words::{Finding, On, Words};

/// A finding in words, read on board `b`.
fn say(s: &Scenario, b: &Board, f: Finding, lang: Lang) -> String {
    On::new(s, b).say(&Words::new(lang), f)
}

/// A change in words: gone cards are found on the board before.
fn say_change(
    s: &Scenario,
    before: &Board,
    after: &Board,
    c: &samenspel_engine::reflect::Change,
    lang: Lang,
) -> String {
    On::new(s, after)
        .before(before)
        .say(&Words::new(lang), Finding::Change(c))
}

const MINI: &str = r#"(
    id: "mini",
    title: (nl: "Mini"),
    summary: (nl: "Een klein bord om de analyse te toetsen."),
    persona: (
        name: "Mo",
        age: 30,
        interview: [],
        goals: [(id: "doel_werk", domain: "werk", text: (nl: "Aan het werk", en: "Working"))],
    ),
    domains: [
        (id: "wonen", name: (nl: "Wonen", en: "Housing")),
        (id: "werk", name: (nl: "Werk", en: "Work")),
        (id: "geld", name: (nl: "Geld", en: "Money")),
    ],
    rings: [
        (id: "ek", kind: EigenKracht, name: (nl: "Eigen kracht")),
        (id: "inf", kind: Informeel, name: (nl: "Informeel")),
        (id: "gem", kind: Gemeente, name: (nl: "Gemeente")),
        (id: "rijk", kind: Rijk, name: (nl: "Rijk")),
    ],
    roles: [
        (id: "zelf", name: (nl: "Mo"), assignment: (nl: "Jij bent Mo."), rings: ["ek"]),
        (id: "vriend", name: (nl: "Vriend", en: "Friend"), assignment: (nl: "Vriend."), rings: ["inf"]),
        (id: "buur", name: (nl: "Buurvrouw", en: "Neighbour"), assignment: (nl: "Buurvrouw."), rings: ["inf"]),
        (id: "consulent", name: (nl: "Consulent", en: "Consultant"), assignment: (nl: "Werk eerst."), rings: ["gem"],
            agenda: [(domain: "werk", stance: Push, why: (nl: "werk gaat voor", en: "work comes first"))]),
        (id: "hulpverlener", name: (nl: "Hulpverlener", en: "Care worker"), assignment: (nl: "Rust eerst."), rings: ["gem", "rijk"],
            agenda: [(domain: "werk", stance: Hold, why: (nl: "eerst herstellen", en: "recover first"))]),
        (id: "uwv", name: (nl: "UWV"), assignment: (nl: "Uitkering."), rings: ["rijk"]),
    ],
    needs: [(id: "dak", domain: "wonen", text: (nl: "Een dak boven het hoofd", en: "A roof over her head"))],
    board: (),
    events: [
        (id: "knip", title: (nl: "De harde knip", en: "The hard cut"), description: (nl: "Steun stopt."), effects: []),
    ],
)"#;

fn mini() -> Scenario {
    scenario_from_str("mini.ron", MINI, None).unwrap_or_else(|p| panic!("{p}"))
}

fn ring_of(role: &str) -> &'static str {
    match role {
        "zelf" => "ek",
        "vriend" | "buur" => "inf",
        "consulent" => "gem",
        "hulpverlener" => "gem",
        "uwv" => "rijk",
        other => panic!("no role {other}"),
    }
}

/// A token `id` of `role` in `domain`, in the role's ring, serving `serves`.
fn t(id: &str, role: &str, domain: &str, serves: &[&str]) -> Token {
    Token {
        id: id.into(),
        role: role.into(),
        domain: domain.into(),
        ring: ring_of(role).into(),
        who: Text::both(format!("wie-{id}"), format!("who-{id}")),
        what: Text::both(format!("wat-{id}"), format!("what-{id}")),
        law: None,
        frequency: None,
        financial: false,
        serves: serves.iter().map(|s| s.to_string()).collect(),
    }
}

fn link(from: &str, to: &str) -> Link {
    Link {
        from: from.into(),
        to: to.into(),
        kind: LinkKind::Contact,
    }
}

fn tension(from: &str, to: &str) -> Link {
    Link {
        from: from.into(),
        to: to.into(),
        kind: LinkKind::Tension,
    }
}

fn board(s: &Scenario, tokens: Vec<Token>, links: Vec<Link>) -> Board {
    let mut b = Board::start(s);
    b.tokens = tokens;
    b.links = links;
    b
}

fn kinds(a: &Analysis, kind: GapKind) -> Vec<(Option<&str>, Vec<&str>)> {
    a.gaps
        .iter()
        .filter(|g| g.kind == kind)
        .map(|g| {
            (
                g.domain.as_deref(),
                g.tokens.iter().map(String::as_str).collect(),
            )
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// Empty boards and boards without links.
// ---------------------------------------------------------------------------------------

#[test]
fn an_empty_board() {
    let s = mini();
    let b1 = board(&s, vec![], vec![]);
    let a = analyse(&s, &b1);
    assert_eq!(a.coherence.image, Image::GeenSamenhang);
    assert_eq!(a.coherence.score, 0.0);
    assert_eq!(a.coherence.supporters, 0);
    assert_eq!(
        (
            a.coherence.centre_share,
            a.coherence.cross_share,
            a.coherence.clusters
        ),
        (0.0, 0.0, 0)
    );
    assert_eq!(a.balance.professional_share, 0.0);
    assert!(say(&s, &b1, Finding::Balance(&a.balance), Lang::Nl).contains("nog geen steun"));
    assert!(say(&s, &b1, Finding::Balance(&a.balance), Lang::En).contains("no support"));
    // The need and the goal are unserved; nothing else is wrong with an empty board.
    let unserved: Vec<&str> = a
        .gaps
        .iter()
        .flat_map(|g| g.needs.iter().map(String::as_str))
        .collect();
    assert_eq!(unserved, vec!["dak", "doel_werk"]);
    assert!(a.gaps.iter().all(|g| g.kind == GapKind::UnservedNeed));
    assert_eq!(a.coverage.len(), 3);
    assert!(a.coverage.iter().all(|c| c.total() == 0));
}

#[test]
fn a_board_without_links_has_no_coherence() {
    let s = mini();
    let tokens = vec![
        t("v", "vriend", "wonen", &[]),
        t("c", "consulent", "werk", &[]),
        t("u", "uwv", "geld", &[]),
        t("z", "zelf", "wonen", &[]),
    ];
    let b1 = board(&s, tokens, vec![]);
    let a = analyse(&s, &b1);
    let c = &a.coherence;
    assert_eq!(c.image, Image::GeenSamenhang);
    assert_eq!(c.supporters, 3, "own-strength tokens are not supporters");
    assert_eq!((c.centre_share, c.cross_share), (0.0, 0.0));
    assert_eq!(c.clusters, 3, "every helper on an island of its own");
    // Loose sand: no links, and a helper on her own is no connected group.
    assert_eq!(c.score, 0.0);
    assert!(
        say(&s, &b1, Finding::Coherence(c), Lang::Nl).contains("Geen samenhang"),
        "{}",
        say(&s, &b1, Finding::Coherence(c), Lang::Nl)
    );
    assert!(say(&s, &b1, Finding::Coherence(c), Lang::Nl).contains("geen regisseur"));
}

// ---------------------------------------------------------------------------------------
// Gap kinds.
// ---------------------------------------------------------------------------------------

#[test]
fn unserved_need_and_goal() {
    let s = mini();
    let b1 = board(&s, vec![t("v", "vriend", "wonen", &["dak"])], vec![]);
    let a = analyse(&s, &b1);
    let gaps: Vec<_> = a
        .gaps
        .iter()
        .filter(|g| g.kind == GapKind::UnservedNeed)
        .collect();
    assert_eq!(gaps.len(), 1, "the need is served, the goal is not");
    let g = gaps[0];
    assert_eq!(g.needs, vec!["doel_werk"]);
    assert_eq!(g.domain.as_deref(), Some("werk"));
    assert_eq!(
        say(&s, &b1, Finding::Gap(g), Lang::Nl),
        "Niemand op het bord helpt Mo met \"Aan het werk\" (Werk)."
    );
    assert_eq!(
        say(&s, &b1, Finding::Gap(g), Lang::En),
        "Nobody on the board helps Mo with \"Working\" (Work)."
    );
    let werk = a.coverage.iter().find(|c| c.domain == "werk").unwrap();
    assert_eq!(werk.unserved, vec!["doel_werk"]);

    // A need added to the board counts too, and serving it closes it.
    let mut b = board(
        &s,
        vec![
            t("v", "vriend", "wonen", &["dak"]),
            t("z", "zelf", "werk", &["doel_werk"]),
        ],
        vec![],
    );
    b.needs.push(Need {
        id: "schuld".into(),
        domain: "geld".into(),
        text: Text::nl("Schulden"),
    });
    let a = analyse(&s, &b);
    assert_eq!(
        kinds(&a, GapKind::UnservedNeed),
        vec![(Some("geld"), vec![])]
    );
    b.tokens.push(t("u", "uwv", "geld", &["schuld"]));
    assert!(kinds(&analyse(&s, &b), GapKind::UnservedNeed).is_empty());
}

fn ended(token: Token) -> Ended {
    Ended {
        token,
        event: "knip".into(),
        reason: Text::both("regel stopt", "rule ends"),
    }
}

#[test]
fn ended_support_without_replacement() {
    let s = mini();
    let mut b = board(&s, vec![t("v", "vriend", "wonen", &[])], vec![]);
    b.ended
        .push(ended(t("c", "consulent", "werk", &["doel_werk"])));
    let a = analyse(&s, &b);
    let gaps: Vec<_> = a
        .gaps
        .iter()
        .filter(|g| g.kind == GapKind::EndedSupport)
        .collect();
    assert_eq!(gaps.len(), 1);
    let g = gaps[0];
    assert_eq!(
        (
            g.domain.as_deref(),
            g.tokens.clone(),
            g.roles.clone(),
            g.needs.clone()
        ),
        (
            Some("werk"),
            vec!["c".to_string()],
            vec!["consulent".to_string()],
            vec!["doel_werk".to_string()]
        )
    );
    assert_eq!(
        say(&s, &b, Finding::Gap(g), Lang::Nl),
        "Door \"De harde knip\" stopt wie-c (wat-c) in Werk (regel stopt). Niemand neemt het over: \"Aan het werk\" blijft liggen."
    );
    assert_eq!(
        say(&s, &b, Finding::Gap(g), Lang::En),
        "Because of \"The hard cut\", who-c (what-c) stops in Work (rule ends). Nobody takes over: \"Working\" is left undone."
    );

    // Something else serving the same goal replaces it.
    b.tokens.push(t("z", "zelf", "werk", &["doel_werk"]));
    assert!(kinds(&analyse(&s, &b), GapKind::EndedSupport).is_empty());
}

#[test]
fn ended_support_that_served_nothing_is_replaced_by_the_same_domain_and_ring() {
    let s = mini();
    let mut b = board(&s, vec![], vec![]);
    b.ended.push(ended(t("c", "consulent", "geld", &[])));
    let a = analyse(&s, &b);
    assert_eq!(
        kinds(&a, GapKind::EndedSupport),
        vec![(Some("geld"), vec!["c"])]
    );
    let g = a
        .gaps
        .iter()
        .find(|g| g.kind == GapKind::EndedSupport)
        .unwrap();
    assert!(
        say(&s, &b, Finding::Gap(g), Lang::Nl).ends_with("Er komt niets voor in de plaats."),
        "{}",
        say(&s, &b, Finding::Gap(g), Lang::Nl)
    );
    assert!(say(&s, &b, Finding::Gap(g), Lang::En).ends_with("Nothing takes its place."));
    // Support in another ring of the domain is no replacement…
    b.tokens.push(t("u", "uwv", "geld", &[]));
    assert_eq!(kinds(&analyse(&s, &b), GapKind::EndedSupport).len(), 1);
    // …support in the same domain and ring is.
    b.tokens.push(t("h", "hulpverlener", "geld", &[]));
    assert!(kinds(&analyse(&s, &b), GapKind::EndedSupport).is_empty());
}

#[test]
fn only_professional() {
    let s = mini();
    let tokens = vec![
        t("c", "consulent", "werk", &[]),
        t("u", "uwv", "werk", &[]),
        t("v", "vriend", "wonen", &[]),
        t("h", "hulpverlener", "wonen", &[]),
    ];
    let b1 = board(&s, tokens.clone(), vec![]);
    let a = analyse(&s, &b1);
    assert_eq!(
        kinds(&a, GapKind::OnlyProfessional),
        vec![(Some("werk"), vec!["c", "u"])],
        "wonen has a friend; geld is empty"
    );
    let g = a
        .gaps
        .iter()
        .find(|g| g.kind == GapKind::OnlyProfessional)
        .unwrap();
    assert_eq!(g.roles, vec!["consulent", "uwv"]);
    assert!(
        say(&s, &b1, Finding::Gap(g), Lang::Nl)
            .starts_with("Werk rust alleen op professionals (wie-c en wie-u)."),
        "{}",
        say(&s, &b1, Finding::Gap(g), Lang::Nl)
    );
    // Her own strength in the domain ends it.
    let mut with_own = tokens;
    with_own.push(t("z", "zelf", "werk", &[]));
    assert!(
        kinds(
            &analyse(&s, &board(&s, with_own, vec![])),
            GapKind::OnlyProfessional
        )
        .is_empty()
    );
}

#[test]
fn fragmentation() {
    let s = mini();
    let tokens = vec![
        t("c", "consulent", "werk", &[]),
        t("h", "hulpverlener", "werk", &[]),
        t("z", "zelf", "werk", &[]),
    ];
    // Unlinked: two islands.
    let b1 = board(&s, tokens.clone(), vec![]);
    let a = analyse(&s, &b1);
    assert_eq!(
        kinds(&a, GapKind::Fragmentation),
        vec![(Some("werk"), vec!["c", "h"])]
    );
    let g = a
        .gaps
        .iter()
        .find(|g| g.kind == GapKind::Fragmentation)
        .unwrap();
    assert!(
        say(&s, &b1, Finding::Gap(g), Lang::Nl).contains("2 aparte eilandjes"),
        "{}",
        say(&s, &b1, Finding::Gap(g), Lang::Nl)
    );
    // Linked only through the persona: she holds it together, still fragmented.
    let via_her = vec![link("c", PERSONA), link(PERSONA, "h")];
    assert_eq!(
        kinds(
            &analyse(&s, &board(&s, tokens.clone(), via_her)),
            GapKind::Fragmentation
        )
        .len(),
        1
    );
    // Linked only through her own-strength token: that is her too, so still fragmented
    // (as in the coherence analysis, where her own strength counts as the centre).
    let via_own = vec![link("c", "z"), link("z", "h")];
    assert_eq!(
        kinds(
            &analyse(&s, &board(&s, tokens.clone(), via_own)),
            GapKind::Fragmentation
        )
        .len(),
        1
    );
    let direct = vec![link("c", "h")];
    assert!(
        kinds(
            &analyse(&s, &board(&s, tokens.clone(), direct)),
            GapKind::Fragmentation
        )
        .is_empty()
    );
    // A tense line is friction, not cooperation: still two islands.
    let tense = vec![tension("c", "h")];
    assert_eq!(
        kinds(
            &analyse(&s, &board(&s, tokens, tense)),
            GapKind::Fragmentation
        )
        .len(),
        1
    );
    // Two professionals of one role are one plan.
    let same_role = vec![
        t("h1", "hulpverlener", "werk", &[]),
        t("h2", "hulpverlener", "werk", &[]),
    ];
    assert!(
        kinds(
            &analyse(&s, &board(&s, same_role, vec![])),
            GapKind::Fragmentation
        )
        .is_empty()
    );
}

#[test]
fn colliding_assignments() {
    let s = mini();
    let both = vec![
        t("c", "consulent", "geld", &[]),
        t("h", "hulpverlener", "wonen", &[]),
    ];
    let b1 = board(&s, both, vec![]);
    let a = analyse(&s, &b1);
    let gaps: Vec<_> = a
        .gaps
        .iter()
        .filter(|g| g.kind == GapKind::CollidingAssignments)
        .collect();
    assert_eq!(gaps.len(), 1);
    let g = gaps[0];
    assert_eq!(
        g.domain.as_deref(),
        Some("werk"),
        "the agendas collide on werk wherever their tokens lie"
    );
    assert_eq!(g.roles, vec!["consulent", "hulpverlener"]);
    assert_eq!(
        say(&s, &b1, Finding::Gap(g), Lang::Nl),
        "Bij Werk trekken opdrachten tegen elkaar in. Vooruit willen: Consulent (\"werk gaat voor\"). Eerst rust willen: Hulpverlener (\"eerst herstellen\")."
    );
    // A role without support on the board does not collide.
    let one = vec![t("c", "consulent", "geld", &[])];
    assert!(
        kinds(
            &analyse(&s, &board(&s, one.clone(), vec![])),
            GapKind::CollidingAssignments
        )
        .is_empty()
    );
    // Nor does a role that has left the game.
    let mut b = board(
        &s,
        vec![
            t("c", "consulent", "geld", &[]),
            t("h", "hulpverlener", "wonen", &[]),
        ],
        vec![],
    );
    b.roles.retain(|r| r != "hulpverlener");
    assert!(kinds(&analyse(&s, &b), GapKind::CollidingAssignments).is_empty());
}

// ---------------------------------------------------------------------------------------
// Coherence images.
// ---------------------------------------------------------------------------------------

/// Five helpers of five roles: a friend, a neighbour, two municipal professionals, one
/// national.
fn helpers() -> Vec<Token> {
    vec![
        t("v", "vriend", "wonen", &[]),
        t("w", "buur", "geld", &[]),
        t("c", "consulent", "werk", &[]),
        t("h", "hulpverlener", "wonen", &[]),
        t("u", "uwv", "geld", &[]),
    ]
}

fn image_of(links: Vec<Link>) -> (Image, Analysis) {
    let s = mini();
    let b2 = board(&s, helpers(), links);
    let a = analyse(&s, &b2);
    (a.coherence.image, a)
}

#[test]
fn centrale_entiteit() {
    let (image, a) = image_of(
        ["v", "w", "c", "h", "u"]
            .iter()
            .map(|x| link(x, PERSONA))
            .collect(),
    );
    assert_eq!(image, Image::CentraleEntiteit);
    assert_eq!(
        (
            a.coherence.centre_share,
            a.coherence.cross_share,
            a.coherence.clusters
        ),
        (1.0, 0.0, 5)
    );
    // 35% centre + 10% calm; no group of two or more helpers.
    assert_eq!(a.coherence.score, 0.45);
    // Exactly half linked to the centre is still a centre.
    let s = mini();
    let four = vec![
        t("v", "vriend", "wonen", &[]),
        t("w", "vriend", "geld", &[]),
        t("c", "consulent", "werk", &[]),
        t("u", "uwv", "geld", &[]),
    ];
    let a = analyse(
        &s,
        &board(&s, four, vec![link("v", PERSONA), link("c", PERSONA)]),
    );
    assert_eq!(a.coherence.centre_share, 0.5);
    assert_eq!(a.coherence.image, Image::CentraleEntiteit);
}

#[test]
fn centre_through_her_own_strength_or_the_regisseur() {
    // A line to her own-strength token is a line to her.
    let s = mini();
    let mut tokens = helpers();
    tokens.push(t("z", "zelf", "werk", &[]));
    let b1 = board(
        &s,
        tokens,
        ["v", "w", "c"].iter().map(|x| link(x, "z")).collect(),
    );
    let a = analyse(&s, &b1);
    assert_eq!(a.coherence.centre_share, 0.6);
    assert_eq!(a.coherence.image, Image::CentraleEntiteit);

    // With a regisseur linked to her, lines to the regisseur count as lines to the centre.
    let mut b = board(
        &s,
        helpers(),
        vec![
            link("c", PERSONA),
            link("v", "c"),
            link("w", "c"),
            link("h", "c"),
            link("u", "c"),
        ],
    );
    b.regisseur = Some("c".into());
    let a = analyse(&s, &b);
    assert_eq!(a.coherence.centre_share, 1.0);
    assert_eq!(
        a.coherence.cross_share, 0.0,
        "lines to the regisseur are not cross-links"
    );
    // Only the regisseur has a line to her and all the others reach her through it: the
    // image of seed 003 "los van de cliënt, met een verbinder".
    assert_eq!(a.coherence.image, Image::Verbinder);
    assert_eq!(a.coherence.verbinder.as_deref(), Some("c"));
    assert_eq!(a.coherence.regisseur.as_deref(), Some("c"));
    // 35% + 35% (one group through the regisseur) + 20% + 10%.
    assert_eq!(a.coherence.score, 1.0);
    assert!(say(&s, &b, Finding::Coherence(&a.coherence), Lang::Nl).contains("Regisseur: wie-c."));
}

#[test]
fn spinnenweb_and_the_score_formula() {
    // v, w, c to her; v–w and h–u between helpers, but h–u is tense and so links nobody;
    // c is regisseur, linked to her.
    let s = mini();
    let mut b = board(
        &s,
        helpers(),
        vec![
            link("v", PERSONA),
            link("w", PERSONA),
            link("c", PERSONA),
            link("v", "w"),
            tension("h", "u"),
        ],
    );
    b.regisseur = Some("c".into());
    let a = analyse(&s, &b);
    let c = &a.coherence;
    assert_eq!(c.image, Image::Spinnenweb);
    assert_eq!(c.centre_share, 0.6);
    assert_eq!(c.cross_share, 0.4);
    assert_eq!(c.clusters, 4, "{{v, w}}, {{c}}, {{h}}, {{u}}");
    assert_eq!(c.tension_links, 1);
    // 0.35×0.6 + 0.35×(2/5) + 0.2×1 + 0.1×(4/5) = 0.21 + 0.14 + 0.2 + 0.08
    assert_eq!(c.score, 0.63);

    // A regisseur who has no line to her earns half.
    b.links.retain(|l| !l.joins("c", PERSONA));
    b.links.push(link("c", "v"));
    let a = analyse(&s, &b);
    // centre: v, w (to her) — c is the regisseur but unlinked to her, so not in the centre share.
    assert_eq!(a.coherence.centre_share, 0.4);
    // largest group {c, v, w} = 3/5.
    assert_eq!(
        a.coherence.score,
        round3(0.35 * 0.4 + 0.35 * 0.6 + 0.2 * 0.5 + 0.1 * 0.8)
    );
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

#[test]
fn dwarsverbanden() {
    let (image, a) = image_of(vec![link("v", "w"), link("c", "h"), link("h", "u")]);
    assert_eq!(image, Image::Dwarsverbanden);
    assert_eq!(
        (a.coherence.centre_share, a.coherence.cross_share),
        (0.0, 1.0)
    );
    assert_eq!(a.coherence.clusters, 2);
    // 35% × 3/5 + 10% calm.
    assert_eq!(a.coherence.score, 0.31);
}

#[test]
fn geen_samenhang_with_a_few_loose_lines() {
    // One helper of five to her, one pair linked: both shares below the thresholds.
    let (image, a) = image_of(vec![link("u", PERSONA), link("c", "h")]);
    assert_eq!(
        (a.coherence.centre_share, a.coherence.cross_share),
        (0.2, 0.4)
    );
    assert_eq!(
        image,
        Image::Dwarsverbanden,
        "40% cross-links is enough for cross-links"
    );
    let (image, a) = image_of(vec![link("u", PERSONA), link("v", PERSONA)]);
    assert_eq!(
        (a.coherence.centre_share, a.coherence.cross_share),
        (0.4, 0.0)
    );
    assert_eq!(image, Image::GeenSamenhang);
}

#[test]
fn tension_lines_count_apart() {
    // Only tense lines: no coherence, no calm; each helper alone, so no connected group.
    let (image, a) = image_of(vec![
        tension("u", PERSONA),
        tension("v", "w"),
        tension("c", "h"),
    ]);
    assert_eq!(image, Image::GeenSamenhang);
    assert_eq!(a.coherence.tension_links, 3);
    assert_eq!(
        (
            a.coherence.centre_share,
            a.coherence.cross_share,
            a.coherence.clusters
        ),
        (0.0, 0.0, 5)
    );
    assert_eq!(a.coherence.score, 0.0);
    // One calm line among them makes a centre of one helper and earns a quarter of calm.
    let (_, b) = image_of(vec![
        tension("u", PERSONA),
        tension("v", "w"),
        tension("c", "h"),
        link("u", PERSONA),
    ]);
    assert_eq!(b.coherence.centre_share, 0.2);
    assert_eq!(b.coherence.score, round3(0.35 * 0.2 + 0.1 * 0.25));
}

#[test]
fn a_line_between_cards_of_one_role_links_nobody() {
    let s = mini();
    let tokens = vec![
        t("h1", "hulpverlener", "werk", &[]),
        t("h2", "hulpverlener", "wonen", &[]),
        t("v", "vriend", "wonen", &[]),
    ];
    let a = analyse(&s, &board(&s, tokens.clone(), vec![link("h1", "h2")]));
    assert_eq!(a.coherence.cross_share, 0.0);
    assert_eq!(a.coherence.image, Image::GeenSamenhang);
    // The same line between two roles is a cross-link.
    let mut other = tokens;
    other[1].role = "consulent".into();
    let a = analyse(&s, &board(&s, other, vec![link("h1", "h2")]));
    assert_eq!(a.coherence.cross_share, 0.667);
    assert_eq!(a.coherence.image, Image::Dwarsverbanden);
}

#[test]
fn schillen() {
    // Friends to her, professionals to the friends, nothing skipping a layer.
    let links = vec![
        link("v", PERSONA),
        link("w", PERSONA),
        link("c", "v"),
        link("h", "v"),
        link("u", "w"),
    ];
    let (image, a) = image_of(links.clone());
    assert_eq!(image, Image::Schillen);
    assert!(
        say(
            &mini(),
            &board(&mini(), helpers(), links.clone()),
            Finding::Coherence(&a.coherence),
            Lang::En
        )
        .contains("Image: Shells."),
        "{}",
        say(
            &mini(),
            &board(&mini(), helpers(), links.clone()),
            Finding::Coherence(&a.coherence),
            Lang::En
        )
    );

    // A professional straight to her breaks the shells.
    let mut skip = links.clone();
    skip.push(link("u", PERSONA));
    assert_ne!(image_of(skip).0, Image::Schillen);
    // So does a line inside one layer.
    let mut same = links.clone();
    same.push(link("v", "w"));
    assert_ne!(image_of(same).0, Image::Schillen);
    // Her own-strength tokens are the inner layer.
    let s = mini();
    let mut tokens = helpers();
    tokens.push(t("z", "zelf", "werk", &[]));
    let via_own = vec![
        link("v", "z"),
        link("w", PERSONA),
        link("c", "v"),
        link("h", "w"),
        link("u", "w"),
    ];
    assert_eq!(
        analyse(&s, &board(&s, tokens, via_own)).coherence.image,
        Image::Schillen
    );
    // With a regisseur it is no longer shells.
    let mut b = board(&s, helpers(), links.clone());
    b.regisseur = Some("c".into());
    assert_ne!(analyse(&s, &b).coherence.image, Image::Schillen);
    // Only network and no professionals reached: not shells either.
    assert_ne!(
        image_of(vec![link("v", PERSONA), link("w", PERSONA)]).0,
        Image::Schillen
    );
}

#[test]
fn a_regisseur_no_longer_on_the_board_is_ignored() {
    let s = mini();
    let mut b = board(&s, helpers(), vec![link("v", PERSONA)]);
    b.regisseur = Some("weg".into());
    let a = analyse(&s, &b);
    assert_eq!(a.coherence.regisseur, None);
}

// ---------------------------------------------------------------------------------------
// Coverage and balance.
// ---------------------------------------------------------------------------------------

#[test]
fn coverage_sorts_tokens_by_ring_per_domain() {
    let s = mini();
    let mut tokens = helpers();
    tokens.push(t("z", "zelf", "wonen", &["dak"]));
    let mut b = board(&s, tokens, vec![]);
    b.self_reliance
        .push(samenspel_engine::scenario::SelfReliance {
            domain: "wonen".into(),
            level: samenspel_engine::scenario::Level::BeperktZelfredzaam,
        });
    let a = analyse(&s, &b);
    let order: Vec<&str> = a.coverage.iter().map(|c| c.domain.as_str()).collect();
    assert_eq!(
        order,
        vec!["wonen", "werk", "geld"],
        "in the scenario's order"
    );
    let wonen = &a.coverage[0];
    assert_eq!(
        (
            wonen.eigen_kracht.clone(),
            wonen.informeel.clone(),
            wonen.gemeente.clone(),
            wonen.rijk.clone()
        ),
        (
            vec!["z".to_string()],
            vec!["v".to_string()],
            vec!["h".to_string()],
            vec![]
        )
    );
    assert_eq!(wonen.total(), 3);
    assert!(wonen.unserved.is_empty());
    assert_eq!(
        wonen.self_reliance,
        Some(samenspel_engine::scenario::Level::BeperktZelfredzaam)
    );
    assert_eq!(a.coverage[1].unserved, vec!["doel_werk"]);
}

#[test]
fn balance_counts_rings_and_judges_the_share() {
    let s = mini();
    let pros = vec![
        t("c", "consulent", "werk", &[]),
        t("h", "hulpverlener", "wonen", &[]),
        t("u", "uwv", "geld", &[]),
        t("v", "vriend", "wonen", &[]),
    ];
    let b1 = board(&s, pros, vec![]);
    let a = analyse(&s, &b1);
    assert_eq!(
        (
            a.balance.eigen_kracht,
            a.balance.informeel,
            a.balance.gemeente,
            a.balance.rijk
        ),
        (0, 1, 2, 1)
    );
    assert_eq!(a.balance.professional_share, 0.75);
    assert!(
        say(&s, &b1, Finding::Balance(&a.balance), Lang::Nl)
            .starts_with("75% van de steun is professioneel: de balans ligt aan de zware kant"),
        "{}",
        say(&s, &b1, Finding::Balance(&a.balance), Lang::Nl)
    );

    let light = vec![
        t("z", "zelf", "werk", &[]),
        t("v", "vriend", "wonen", &[]),
        t("w", "vriend", "geld", &[]),
        t("u", "uwv", "geld", &[]),
    ];
    let b2 = board(&s, light, vec![]);
    let a = analyse(&s, &b2);
    assert_eq!(a.balance.professional_share, 0.25);
    assert!(
        say(&s, &b2, Finding::Balance(&a.balance), Lang::En)
            .starts_with("Only 25% of the support is professional"),
        "{}",
        say(&s, &b2, Finding::Balance(&a.balance), Lang::En)
    );

    let even = vec![t("z", "zelf", "werk", &[]), t("u", "uwv", "geld", &[])];
    let b3 = board(&s, even, vec![]);
    let a = analyse(&s, &b3);
    assert_eq!(a.balance.professional_share, 0.5);
    assert_eq!(
        say(&s, &b3, Finding::Balance(&a.balance), Lang::En),
        "50% of the support is professional; her own strength and network carry the rest."
    );
}

// ---------------------------------------------------------------------------------------
// Change between two boards.
// ---------------------------------------------------------------------------------------

#[test]
fn change_reports_what_was_lost_and_added_and_which_gaps_opened_and_closed() {
    let s = mini();
    let before = board(
        &s,
        vec![
            t("c", "consulent", "werk", &["doel_werk"]),
            t("v", "vriend", "wonen", &["dak"]),
        ],
        vec![link("c", PERSONA), link("v", PERSONA)],
    );
    let mut after = before.clone();
    let gone = after.take_token("c").unwrap();
    after.ended.push(ended(gone));
    after.tokens.push(t("u", "uwv", "geld", &[]));
    after.needs.push(Need {
        id: "schuld".into(),
        domain: "geld".into(),
        text: Text::nl("Schulden"),
    });

    let c = change(&s, &before, &after);
    assert_eq!(c.lost, vec!["c"]);
    assert_eq!(c.added, vec!["u"]);
    assert_eq!(c.needs_added, vec!["schuld"]);
    let opened: Vec<(GapKind, Option<&str>)> = c
        .gaps_opened
        .iter()
        .map(|g| (g.kind, g.domain.as_deref()))
        .collect();
    assert!(
        opened.contains(&(GapKind::EndedSupport, Some("werk"))),
        "{opened:?}"
    );
    assert!(
        opened.contains(&(GapKind::UnservedNeed, Some("werk"))),
        "{opened:?}"
    );
    assert!(
        opened.contains(&(GapKind::UnservedNeed, Some("geld"))),
        "{opened:?}"
    );
    assert!(
        opened.contains(&(GapKind::OnlyProfessional, Some("geld"))),
        "{opened:?}"
    );
    let closed: Vec<(GapKind, Option<&str>)> = c
        .gaps_closed
        .iter()
        .map(|g| (g.kind, g.domain.as_deref()))
        .collect();
    assert_eq!(closed, vec![(GapKind::OnlyProfessional, Some("werk"))]);
    assert_eq!(c.image_before, Image::CentraleEntiteit);
    assert_eq!(c.score_before, analyse(&s, &before).coherence.score);
    assert_eq!(c.score_after, analyse(&s, &after).coherence.score);
    assert!(c.score_after < c.score_before);
    assert!(
        say_change(&s, &before, &after, &c, Lang::Nl)
            .starts_with("Weg: wie-c (wat-c). Erbij: wie-u (wat-u). Nieuwe behoeften: 1."),
        "{}",
        say_change(&s, &before, &after, &c, Lang::Nl)
    );

    // No change: nothing lost, added, opened or closed.
    let same = change(&s, &before, &before);
    assert!(same.lost.is_empty() && same.added.is_empty() && same.needs_added.is_empty());
    assert!(same.gaps_opened.is_empty() && same.gaps_closed.is_empty());
    assert_eq!(same.image_before, same.image_after);
    assert!(
        say(&s, &before, Finding::Change(&same), Lang::En)
            .starts_with("Gone: nothing. Added: nothing. New needs: 0. 0 gaps opened, 0 closed."),
        "{}",
        say(&s, &before, Finding::Change(&same), Lang::En)
    );
}

#[test]
fn highlights_point_at_the_findings() {
    let s = mini();
    let mut b = board(
        &s,
        vec![
            t("c", "consulent", "werk", &[]),
            t("h", "hulpverlener", "werk", &[]),
            t("z", "zelf", "geld", &[]),
        ],
        vec![],
    );
    b.ended.push(ended(t("weg", "uwv", "geld", &["dak"])));
    b.regisseur = Some("c".into());
    let a = analyse(&s, &b);
    let h = highlight(&s, &b, &a, &[Highlight::OwnStrength]);
    assert_eq!(h.tokens.iter().collect::<Vec<_>>(), vec!["z"]);
    let h = highlight(&s, &b, &a, &[Highlight::EndedSupport]);
    assert!(h.ended.contains("weg"));
    assert!(
        h.tokens.is_empty(),
        "an ended token is not on the board to point at"
    );
    assert_eq!(h.domains.iter().collect::<Vec<_>>(), vec!["geld"]);
    let h = highlight(
        &s,
        &b,
        &a,
        &[
            Highlight::Fragmentation,
            Highlight::Regisseur,
            Highlight::Links,
        ],
    );
    assert!(h.links);
    assert_eq!(h.tokens.iter().collect::<Vec<_>>(), vec!["c", "h"]);
    let h = highlight(&s, &b, &a, &[Highlight::CollidingAssignments]);
    assert_eq!(h.tokens.iter().collect::<Vec<_>>(), vec!["c", "h"]);
    assert_eq!(h.gaps.len(), 1);
}

#[test]
fn a_split_within_one_role_is_no_fragmentation() {
    // A1–B1 work together, A2 (same role as A1) stands apart: A and B are not split.
    let s = mini();
    let tokens = vec![
        t("a1", "consulent", "werk", &[]),
        t("b1", "hulpverlener", "werk", &[]),
        t("a2", "consulent", "werk", &[]),
    ];
    let a = analyse(&s, &board(&s, tokens, vec![link("a1", "b1")]));
    assert!(
        kinds(&a, GapKind::Fragmentation).is_empty(),
        "{:?}",
        kinds(&a, GapKind::Fragmentation)
    );
}

#[test]
fn verbinder_one_helper_links_all_the_others_with_her() {
    // c alone has a line to her; every other helper has a line to c.
    let hub = |extra: Vec<Link>| {
        let mut links = vec![
            link("c", PERSONA),
            link("v", "c"),
            link("w", "c"),
            link("h", "c"),
            link("u", "c"),
        ];
        links.extend(extra);
        image_of(links)
    };
    let (image, a) = hub(vec![]);
    assert_eq!(image, Image::Verbinder);
    assert_eq!(a.coherence.verbinder.as_deref(), Some("c"));
    assert_eq!(a.coherence.regisseur, None);
    // Lines between the others do not change who connects them with her.
    let (image, _) = hub(vec![link("v", "w")]);
    assert_eq!(image, Image::Verbinder);
    // A tension line to her is no line to her.
    let (image, _) = hub(vec![tension("u", PERSONA)]);
    assert_eq!(image, Image::Verbinder);
    // A second helper with its own line to her: she is a centre again, not apart.
    let (image, a) = hub(vec![link("u", PERSONA)]);
    assert_ne!(image, Image::Verbinder);
    assert_eq!(a.coherence.verbinder, None);
    // One helper not reached through c: no verbinder.
    let (image, _) = image_of(vec![
        link("c", PERSONA),
        link("v", "c"),
        link("w", "c"),
        link("h", "c"),
    ]);
    assert_ne!(image, Image::Verbinder);
    // Two helpers in a row is a chain, not a verbinder of "all the others".
    let s = mini();
    let two = vec![
        t("c", "consulent", "werk", &[]),
        t("v", "vriend", "wonen", &[]),
    ];
    let a = analyse(
        &s,
        &board(&s, two, vec![link("c", PERSONA), link("v", "c")]),
    );
    assert_ne!(a.coherence.image, Image::Verbinder);
}

#[test]
fn every_image_says_what_it_means_with_the_counts_of_seed_003() {
    use samenspel_engine::reflect::Drawn;
    // Table 3 of seed 003: 19 clients and 44 professionals.
    let expected = [
        (Image::CentraleEntiteit, 6, 5),
        (Image::Spinnenweb, 0, 13),
        (Image::Dwarsverbanden, 0, 5),
        (Image::GeenSamenhang, 7, 0),
        (Image::Schillen, 1, 5),
        (Image::Verbinder, 1, 2),
    ];
    for (image, clients, professionals) in expected {
        assert_eq!(
            image.drawn(),
            Drawn {
                clients,
                professionals
            }
        );
    }
    assert_eq!(Image::ALL.len(), expected.len());
    let s = mini();
    let b = board(&s, vec![], vec![]);
    let nl = say(&s, &b, Finding::ImageMeaning(Image::Spinnenweb), Lang::Nl);
    assert!(
        nl.contains("0 van de 19 cliënten en 13 van de 44 professionals"),
        "{nl}"
    );
    let en = say(
        &s,
        &b,
        Finding::ImageMeaning(Image::GeenSamenhang),
        Lang::En,
    );
    assert!(
        en.contains("7 of the 19 clients and 0 of the 44 professionals"),
        "{en}"
    );
    // "She holds it together herself" belongs to the centre, not to loose units.
    let centre = say(
        &s,
        &b,
        Finding::ImageMeaning(Image::CentraleEntiteit),
        Lang::Nl,
    );
    assert!(
        centre.contains("houdt zij het geheel bij elkaar"),
        "{centre}"
    );
    assert!(
        !say(
            &s,
            &b,
            Finding::ImageMeaning(Image::GeenSamenhang),
            Lang::Nl
        )
        .contains("bij elkaar")
    );
}

#[test]
fn she_can_be_her_own_regisseur_and_that_scores_in_full() {
    let s = mini();
    let links = vec![link("c", PERSONA), link("v", PERSONA), link("h", "u")];
    let mut own = board(&s, helpers(), links.clone());
    own.regisseur = Some(PERSONA.into());
    let mut professional = board(&s, helpers(), links);
    professional
        .tokens
        .push(t("r", "hulpverlener", "werk", &[]));
    professional.links.push(link("r", PERSONA));
    professional.regisseur = Some("r".into());
    let a = analyse(&s, &own);
    assert_eq!(a.coherence.regisseur.as_deref(), Some(PERSONA));
    let without = {
        let mut b = own.clone();
        b.regisseur = None;
        analyse(&s, &b).coherence.score
    };
    // The regisseur part counts in full (0.2), as for a regisseur with a line to her.
    assert_eq!(round3(a.coherence.score - without), 0.2);
    let p = analyse(&s, &professional);
    assert_eq!(p.coherence.regisseur.as_deref(), Some("r"));
    let text = say(&s, &own, Finding::Coherence(&a.coherence), Lang::Nl);
    assert!(text.contains("Mo heeft zelf de regie."), "{text}");
    let en = say(&s, &own, Finding::Coherence(&a.coherence), Lang::En);
    assert!(en.contains("Mo has the regie herself."), "{en}");
    // The score is described, not graded.
    assert!(text.contains("geen cijfer"), "{text}");
    assert!(en.contains("not a grade"), "{en}");
    // Highlighting the regisseur marks no card when she is her own.
    let h = highlight(&s, &own, &a, &[Highlight::Regisseur]);
    assert!(h.tokens.is_empty());
}

#[test]
fn the_default_rounds_ask_about_her_own_regie_and_at_18_about_consent() {
    use samenspel_engine::builtin::builtin;
    use samenspel_engine::reflect::{rounds, turns_adult};
    let ids = |s: &Scenario| -> Vec<String> { rounds(s).into_iter().map(|r| r.id).collect() };
    let mo = mini();
    assert!(ids(&mo).contains(&"zelf_regie".to_string()));
    assert!(!turns_adult(&mo) && !ids(&mo).contains(&"toestemming".to_string()));
    let r = rounds(&mo);
    let zelf = r.iter().find(|r| r.id == "zelf_regie").unwrap();
    assert_eq!(
        samenspel_engine::reflect::fill(zelf.title.get(Lang::Nl), &mo),
        "Heeft Mo zelf de regie?"
    );
    // Tess turns 18 in her timeline: consent follows the change round.
    let tess = builtin("tess").unwrap().unwrap();
    assert!(tess.rounds.is_empty() && turns_adult(&tess));
    let all = ids(&tess);
    let at = all.iter().position(|id| id == "toestemming").unwrap();
    assert_eq!(all[at - 1], "verandering");
    // An 18-year-old at the start gets it too.
    let mut adult = mini();
    adult.persona.age = 18;
    assert!(ids(&adult).contains(&"toestemming".to_string()));
}
