//! The `samenspel` command line, run as a person would: the real binary, real files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_samenspel"))
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> Output {
    bin()
        .args(args)
        .current_dir(root())
        .output()
        .expect("the binary runs")
}

fn ok(args: &[&str]) -> String {
    let out = run(args);
    assert!(
        out.status.success(),
        "samenspel {args:?} failed with {:?}\nstdout:\n{}\nstderr:\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("output is UTF-8")
}

fn json(args: &[&str]) -> Value {
    let text = ok(args);
    serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("samenspel {args:?}: not JSON ({e}):\n{text}"))
}

/// A fresh folder under the target dir's tmp, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("cli-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        TempDir(path)
    }

    fn path(&self) -> &Path {
        &self.0
    }

    fn file(&self, name: &str) -> String {
        self.0.join(name).display().to_string()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn scenario_files() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(root().join("scenarios"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .map(|p| p.strip_prefix(root()).unwrap().display().to_string())
        .collect();
    files.sort();
    files
}

#[test]
fn check_passes_every_shipped_scenario() {
    let files = scenario_files();
    assert!(files.len() >= 5, "{files:?}");
    let mut args = vec!["check"];
    args.extend(files.iter().map(String::as_str));
    let out = ok(&args);
    for f in &files {
        assert!(
            out.contains(&format!("{f}: ok")),
            "{f} not reported ok:\n{out}"
        );
    }
}

#[test]
fn check_reports_a_broken_file_with_its_place() {
    let dir = TempDir::new("broken");
    let good = std::fs::read_to_string(root().join("scenarios/tess.ron")).unwrap();
    // An unknown domain on a token, on a line we can find.
    let needle = r#"id: "zelf_koken", role: "tess", domain: "wonen""#;
    assert!(good.contains(needle));
    let bad = good.replacen(
        needle,
        r#"id: "zelf_koken", role: "tess", domain: "wonenn""#,
        1,
    );
    let path = dir.file("kapot.ron");
    std::fs::write(&path, &bad).unwrap();
    let before = &bad[..bad.find("\"wonenn\"").unwrap()];
    let line = before.matches('\n').count() + 1;
    let col = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;

    let out = run(&["check", "scenarios/tess.ron", &path]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "{path}:{line}:{col}: token \"zelf_koken\" refers to unknown domain \"wonenn\""
        )),
        "{stderr}"
    );
    assert!(stderr.contains("hint: did you mean \"wonen\"?"), "{stderr}");
    assert!(stderr.contains("1 of 2 file(s) have problems"), "{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("scenarios/tess.ron: ok"),
        "the good file is still checked: {stdout}"
    );

    // A syntax error, and a file that does not exist.
    std::fs::write(
        &path,
        "(\n  id: \"x\",\n  title: (nl: \"x\")\n  summary: (nl: \"x\"),\n)",
    )
    .unwrap();
    let out = run(&["check", &path]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&format!("{path}:4:3: ")), "{stderr}");
    let out = run(&["check", "bestaat/niet.ron"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("bestaat/niet.ron:1:1: cannot open the file")
    );
}

#[test]
fn check_prints_warnings_as_such_and_still_passes() {
    let dir = TempDir::new("warned");
    let good = std::fs::read_to_string(root().join("scenarios/jeroen.ron")).unwrap();
    // Without the BreakLink the tension line is added where a contact line already is.
    let needle = "                BreakLink(from: \"persona\", to: \"t_sollicitatieplicht\"),\n";
    assert_eq!(good.matches(needle).count(), 2);
    let warned = good.replacen(needle, "", 1);
    let path = dir.path().join("jeroen.ron").display().to_string();
    std::fs::write(&path, &warned).unwrap();
    let out = run(&["check", &path]);
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let line = warned[..warned
        .find("to: \"t_sollicitatieplicht\", kind: Tension")
        .unwrap()]
        .matches('\n')
        .count()
        + 1;
    assert!(
        stderr.contains(&format!("{path}:{line}:"))
            && stderr.contains(": warning: event \"maatregel\""),
        "{stderr}"
    );
    assert!(stderr.contains("1 warning(s) in 1 file(s)"), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains(": ok"));
    // In Dutch, as a waarschuwing.
    let out = run(&["check", &path, "--lang", "nl"]);
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(": waarschuwing: "), "{stderr}");
    assert!(stderr.contains("1 waarschuwing(en)"), "{stderr}");
}

#[test]
fn simulate_json_has_the_documented_shape() {
    let v = json(&["simulate", "tess", "--json"]);
    assert_eq!(v["scenario"], "tess");
    assert_eq!(v["variant"], Value::Null);
    assert_eq!(v["seed"], 0);
    let snaps = v["snapshots"].as_array().expect("snapshots is a list");
    assert!(snaps.len() >= 2);
    assert_eq!(snaps[0]["label"], "start");
    assert!(snaps.iter().any(|s| s["label"] == "tess_wordt_18"));
    for s in snaps {
        assert!(s["label"].is_string());
        assert!(s["title"]["nl"].is_string());
        assert!(s["age"].is_u64());
        let tokens = s["tokens"].as_array().expect("tokens");
        assert!(!tokens.is_empty());
        for t in tokens {
            for field in ["id", "role", "domain", "ring", "who", "what"] {
                assert!(!t[field].is_null(), "token without {field}: {t}");
            }
        }
        assert!(
            s["links"].is_array()
                && s["needs"].is_array()
                && s["ended"].is_array()
                && s["roles"].is_array()
        );
        for g in s["gaps"].as_array().expect("gaps") {
            assert!(g["domain"].is_string(), "{g}");
            assert!(
                [
                    "unserved_need",
                    "ended_support",
                    "only_professional",
                    "fragmentation",
                    "colliding_assignments"
                ]
                .contains(&g["kind"].as_str().unwrap()),
                "{g}"
            );
            // The sentence and the kind's title, in the chosen language (Dutch by default).
            assert!(g["text"].as_str().is_some_and(|x| !x.is_empty()), "{g}");
            assert!(g["title"].as_str().is_some_and(|x| !x.is_empty()), "{g}");
            assert!(g["tokens"].is_array() && g["roles"].is_array() && g["needs"].is_array());
        }
        let c = &s["coherence"];
        assert!(
            [
                "centrale_entiteit",
                "spinnenweb",
                "dwarsverbanden",
                "geen_samenhang",
                "schillen"
            ]
            .contains(&c["image"].as_str().unwrap()),
            "{c}"
        );
        let score = c["score"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&score));
        for f in [
            "supporters",
            "centre_share",
            "cross_share",
            "clusters",
            "tension_links",
        ] {
            assert!(c[f].is_number(), "coherence.{f}");
        }
        let coverage = s["coverage"].as_array().expect("coverage");
        assert_eq!(coverage.len(), 10, "Tess has ten domains");
        assert!(
            coverage[0]["domain"].is_string()
                && coverage[0]["eigen_kracht"].is_array()
                && coverage[0]["unserved"].is_array()
        );
        let b = &s["balance"];
        for f in ["eigen_kracht", "informeel", "gemeente", "rijk"] {
            assert!(b[f].is_u64(), "balance.{f}");
        }
        assert!(b["professional_share"].is_number() && b["text"].is_string());
        assert!(c["text"].is_string() && c["image_title"].is_string(), "{c}");
    }
    let after = snaps
        .iter()
        .find(|s| s["label"] == "tess_wordt_18")
        .unwrap();
    assert_eq!(after["age"], 18);
    assert!(
        after["gaps"]
            .as_array()
            .unwrap()
            .iter()
            .any(|g| g["kind"] == "ended_support")
    );
}

/// The room's three findings (issue 10, item 4): at most three per snapshot, each a gap
/// of that snapshot with its sentence; after "Tess wordt 18" ended support comes first.
#[test]
fn simulate_json_gives_at_most_three_top_findings_in_room_order() {
    let v = json(&["simulate", "tess", "--json"]);
    let order = [
        "ended_support",
        "unserved_need",
        "colliding_assignments",
        "only_professional",
        "fragmentation",
    ];
    for s in v["snapshots"].as_array().expect("snapshots") {
        let top = s["top_findings"]
            .as_array()
            .expect("top_findings is a list");
        let gaps = s["gaps"].as_array().expect("gaps");
        assert_eq!(top.len(), gaps.len().min(3), "{}", s["label"]);
        let ranks: Vec<usize> = top
            .iter()
            .map(|g| {
                order
                    .iter()
                    .position(|k| g["kind"] == *k)
                    .expect("a known kind")
            })
            .collect();
        assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{ranks:?}");
        for g in top {
            assert!(g["text"].as_str().is_some_and(|t| !t.is_empty()), "{g}");
            assert!(
                gaps.contains(g),
                "a top finding is one of the snapshot's gaps: {g}"
            );
        }
    }
    let after = v["snapshots"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["label"] == "tess_wordt_18")
        .expect("the birthday");
    assert_eq!(after["top_findings"][0]["kind"], "ended_support");
}

#[test]
fn scene_audience_gives_the_large_wheel_and_leaders() {
    let scene = json(&[
        "scene",
        "tess",
        "--audience",
        "--size",
        "1280x720",
        "--json",
    ]);
    assert!(scene["wheel"]["r"].as_f64().unwrap() * 2.0 >= 0.85 * 720.0);
    assert!(scene["leaders"].is_array());
    for l in scene["labels"].as_array().expect("labels") {
        assert!(l["size"].as_f64().unwrap() >= 0.022 * 720.0);
        assert!(l["full"].as_str().is_some_and(|t| !t.is_empty()));
    }
}

#[test]
fn simulate_is_byte_identical_between_runs() {
    for args in [
        &["simulate", "tess", "--json", "--draws", "2", "--seed", "9"][..],
        &["simulate", "tess"][..],
        &["compare", "tess", "--variant", "verlengde_jeugdhulp"][..],
    ] {
        let a = run(args);
        let b = run(args);
        assert!(a.status.success());
        assert_eq!(a.stdout, b.stdout, "{args:?} differs between runs");
    }
}

#[test]
fn simulate_text_shows_the_board_before_and_after_18() {
    let out = ok(&["simulate", "tess"]);
    assert!(
        out.starts_with("Tess wordt 18\n"),
        "{}",
        &out[..80.min(out.len())]
    );
    assert!(out.contains("== 0. Begin (leeftijd/age 17) =="), "{out}");
    assert!(
        out.contains("== 1. Tess wordt 18 (leeftijd/age 18) =="),
        "{out}"
    );
    assert!(
        out.contains("Eigen kracht ("),
        "the board is printed ring by ring"
    );
    assert!(out.contains("Weggevallen:"), "ended support is listed");
    assert!(out.contains("Knelpunten ("));
    assert!(
        out.contains("Verandering: Weg: "),
        "the change is explained"
    );
    let en = ok(&["simulate", "tess", "--lang", "en"]);
    assert!(en.contains("== 1. Tess turns 18 (leeftijd/age 18) =="));
    assert!(en.contains("Gaps ("));
    let bad = run(&["simulate", "tess", "--lang", "fr"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn a_variant_changes_the_simulation() {
    let base = ok(&["simulate", "tess"]);
    let extended = ok(&["simulate", "tess", "--variant", "verlengde_jeugdhulp"]);
    assert_ne!(base, extended);
    assert!(
        extended.starts_with("Tess wordt 18 — variant: Verlengde jeugdhulp\n"),
        "{}",
        &extended[..120.min(extended.len())]
    );
    let base = json(&["simulate", "tess", "--json"]);
    let extended = json(&[
        "simulate",
        "tess",
        "--json",
        "--variant",
        "verlengde_jeugdhulp",
    ]);
    assert_eq!(extended["variant"], "verlengde_jeugdhulp");
    assert_ne!(base["snapshots"], extended["snapshots"]);
    let out = run(&["simulate", "tess", "--variant", "bestaat_niet"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("onbekende variant \"bestaat_niet\""));
}

#[test]
fn saved_simulation_reports_in_every_format() {
    let dir = TempDir::new("report");
    let session = dir.file("sessie.ron");
    let html = dir.file("verslag.html");
    ok(&[
        "simulate",
        "tess",
        "--variant",
        "toekomstplan_op_16",
        "--draws",
        "1",
        "--save",
        &session,
    ]);
    assert!(Path::new(&session).is_file());

    let out = run(&["report", &session, "--format", "html", "--out", &html]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(
        page.starts_with("<!DOCTYPE html>") || page.starts_with("<!doctype html>"),
        "{}",
        &page[..60.min(page.len())]
    );
    assert!(page.contains("<svg"), "the HTML report has no wheel");
    assert!(page.contains("Tess"));
    assert!(
        !page.contains("<script src") && !page.contains("<link rel=\"stylesheet\""),
        "the report must be self-contained"
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        2,
        "only the session and the report"
    );

    let md = ok(&["report", &session, "--format", "md"]);
    assert!(
        md.starts_with("# Tess wordt 18 — verslag"),
        "{}",
        &md[..60.min(md.len())]
    );
    assert!(
        md.contains("Beleidsvariant: **Toekomstplan vanaf 16**"),
        "{md}"
    );
    let md_en = ok(&["report", &session, "--format", "md", "--lang", "en"]);
    assert!(md_en.starts_with("# Tess turns 18 — report"));

    let report: Value =
        serde_json::from_str(&ok(&["report", &session, "--format", "json"])).unwrap();
    assert_eq!(report["scenario"], "tess");
    assert_eq!(report["variant"], "toekomstplan_op_16");
    let moments = report["moments"].as_array().unwrap();
    assert_eq!(moments.len(), 3, "start, the birthday and one drawn card");
    assert_eq!(moments[0]["change"], Value::Null);
    assert!(moments[1]["change"]["lost"].is_array());

    // A broken session file is a located problem.
    std::fs::write(&session, "(samenspel_session: 1, scenario: (").unwrap();
    let out = run(&["report", &session, "--format", "md"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains(&format!("{session}:1:")));
}

#[test]
fn compare_prints_a_table_and_json() {
    let out = ok(&["compare", "tess", "--variant", "verlengde_jeugdhulp"]);
    assert!(out.contains("na de hele tijdlijn"), "{out}");
    assert!(out.contains("basis (huidige regels)"));
    assert!(out.contains("== Verlengde jeugdhulp =="));
    let two = ok(&[
        "compare",
        "tess",
        "--variant",
        "verlengde_jeugdhulp",
        "--variant",
        "toekomstplan_op_16",
        "--lang",
        "en",
    ]);
    assert!(
        two.contains("baseline (current rules)") && two.contains("== Future plan from 16 =="),
        "{two}"
    );

    let v = json(&[
        "compare",
        "tess",
        "--variant",
        "verlengde_jeugdhulp",
        "--json",
    ]);
    assert_eq!(v["scenario"], "tess");
    assert!(v["baseline"]["gaps"].is_array());
    assert!(v["baseline"]["coherence"]["score"].is_number());
    assert!(v["baseline"]["balance"]["professional_share"].is_number());
    let variants = v["variants"].as_array().unwrap();
    assert_eq!(variants.len(), 1);
    let c = &variants[0];
    assert_eq!(c["variant"], "verlengde_jeugdhulp");
    assert!(
        c["gaps"].is_array() && c["coherence"]["image"].is_string() && c["balance"].is_object()
    );
    let change = &c["change"];
    for f in ["lost", "added", "needs_added", "gaps_opened", "gaps_closed"] {
        assert!(change[f].is_array(), "change.{f}");
    }
    assert!(
        change["score_before"].is_number()
            && change["image_after"].is_string()
            && change["text"].is_string()
    );
    let ended = |gaps: &Value| {
        gaps.as_array()
            .unwrap()
            .iter()
            .filter(|g| g["kind"] == "ended_support")
            .count()
    };
    assert!(ended(&c["gaps"]) < ended(&v["baseline"]["gaps"]));

    let out = run(&["compare", "tess"]);
    assert_eq!(out.status.code(), Some(2), "--variant is required");
}

#[test]
fn info_lists_the_scenario() {
    let v = json(&["info", "tess", "--json"]);
    assert_eq!(v["id"], "tess");
    assert_eq!(v["persona"]["name"], "Tess");
    assert_eq!(v["persona"]["age"], 17);
    assert_eq!(v["domains"].as_array().unwrap().len(), 10);
    assert_eq!(v["rings"].as_array().unwrap().len(), 4);
    assert!(
        v["roles"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["id"] == "wmo_consulent" && r["present_at_start"] == false)
    );
    assert!(
        v["events"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["id"] == "tess_wordt_18" && e["when"] == "Scheduled")
    );
    assert!(
        v["variants"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["id"] == "verlengde_jeugdhulp" && x["kind"] == "RoomInLaw")
    );
    // Every variant says what kind of change it is; the premium letter waits for her 18th.
    assert!(
        v["variants"]
            .as_array()
            .unwrap()
            .iter()
            .all(|x| x["kind"].is_string())
    );
    assert!(
        v["events"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["id"] == "brief_cak" && e["after"] == "tess_wordt_18")
    );
    assert!(!v["polls"].as_array().unwrap().is_empty());
    let text = ok(&["info", "tess"]);
    assert!(text.starts_with("Tess wordt 18 (tess)\n"), "{text}");
    assert!(text.contains("Persona: Tess, 17 jaar"));

    let out = run(&["info", "niemand"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("niemand:1:1: no such file, and no built-in scenario with this id")
            && stderr.contains("tess"),
        "{stderr}"
    );
}

#[test]
fn new_writes_a_starter_that_checks() {
    let dir = TempDir::new("new");
    let path = dir.path().join("tmp").join("x.ron");
    let path_s = path.display().to_string();
    let out = ok(&["new", "Anne Test", "--out", &path_s]);
    assert!(out.contains(&format!("wrote {path_s}")), "{out}");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("id: \"anne_test\"") && text.contains("name: \"Anne Test\""));
    let checked = ok(&["check", &path_s]);
    assert!(
        checked.contains(&format!("{path_s}: ok (Anne Test,")),
        "{checked}"
    );
    // It also simulates as a scenario file.
    ok(&["simulate", &path_s]);
    // Never overwrites.
    let again = run(&["new", "Anne Test", "--out", &path_s]);
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    // Without --out it writes NAME.ron in the working folder.
    let out = bin()
        .args(["new", "Zoë de Vries"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(dir.path().join("zoe_de_vries.ron").is_file());
}

#[test]
fn builtin_scenarios_work_from_any_folder() {
    let dir = TempDir::new("elsewhere");
    for cwd in [std::env::temp_dir(), dir.path().to_path_buf()] {
        let out = bin()
            .args(["simulate", "tess"])
            .current_dir(&cwd)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "from {}: {}",
            cwd.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            out.stdout,
            run(&["simulate", "tess"]).stdout,
            "a different answer from {}",
            cwd.display()
        );
    }
    // A file named like a built-in id in the working folder wins over the built-in.
    std::fs::write(
        dir.path().join("tess"),
        samenspel_engine::starter::starter_scenario("Nep"),
    )
    .unwrap();
    let out = bin()
        .args(["info", "tess", "--json"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["persona"]["name"], "Nep");
}

#[test]
fn scene_json_has_size_wheel_and_labels_inside_the_canvas() {
    let scene = json(&["scene", "tess", "--json"]);
    assert_eq!(scene["size"], serde_json::json!([1600.0, 900.0]));
    let wheel = &scene["wheel"];
    assert_eq!(wheel["cx"], 800.0);
    assert_eq!(wheel["cy"], 450.0);
    assert!(wheel["r"].as_f64().unwrap() > 200.0);
    let labels = scene["labels"].as_array().expect("labels is a list");
    let cards = scene["cards"].as_array().expect("cards is a list");
    assert!(!labels.is_empty());
    assert_eq!(labels.len(), cards.len(), "one label per card");
    for l in labels {
        let n = |k: &str| l[k].as_f64().unwrap_or_else(|| panic!("{k} in {l}"));
        assert!(!l["text"].as_str().unwrap().is_empty());
        assert!(n("x") >= 0.0 && n("y") >= 0.0, "{l}");
        assert!(
            n("x") + n("w") <= 1600.01 && n("y") + n("h") <= 900.01,
            "{l}"
        );
    }

    // Another size, after the events, in English: a different board, the same shape.
    let small = json(&[
        "scene",
        "tess",
        "--after-events",
        "--step",
        "3",
        "--size",
        "800x600",
        "--lang",
        "en",
        "--json",
    ]);
    assert_eq!(small["size"], serde_json::json!([800.0, 600.0]));
    assert!(
        small["cards"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["ended"] == true),
        "ended support shows as holes"
    );
    let summary = ok(&["scene", "tess"]);
    assert!(summary.contains("labels"), "{summary}");
}

#[test]
fn scene_refuses_bad_input_without_panicking() {
    for (args, code) in [
        (vec!["scene", "tess", "--size", "huge"], 2),
        (vec!["scene", "tess", "--size", "10x10"], 2),
        (vec!["scene", "tess", "--step", "9"], 2),
        (vec!["scene", "tess", "--step", "2", "--round", "1"], 2),
        (vec!["scene", "tess", "--round", "99"], 2),
        (vec!["scene", "tess", "--lang", "fr"], 2),
        (vec!["scene", "tess", "--variant", "nope"], 1),
        (vec!["scene", "no-such-scenario"], 1),
    ] {
        let out = run(&args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(!stderr.trim().is_empty(), "{args:?} says nothing");
    }
    let round = json(&["scene", "tess", "--after-events", "--round", "1", "--json"]);
    assert!(round["cards"].is_array());
}

#[test]
fn json_findings_carry_their_sentence_in_the_chosen_language() {
    let last = |lang: &str| -> Value {
        let v = json(&["simulate", "tess", "--json", "--lang", lang]);
        v["snapshots"].as_array().unwrap().last().unwrap().clone()
    };
    let texts = |snap: &Value| -> Vec<String> {
        let mut out: Vec<String> = snap["gaps"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g["text"].as_str().unwrap().to_string())
            .collect();
        out.push(snap["balance"]["text"].as_str().unwrap().to_string());
        out
    };
    let (nl, en) = (last("nl"), last("en"));
    assert!(
        texts(&nl)
            .iter()
            .any(|t| t.contains("Niemand op het bord helpt"))
    );
    assert!(
        texts(&en)
            .iter()
            .any(|t| t.contains("Nobody on the board helps"))
    );
    // The facts do not depend on the language.
    let facts = |snap: &Value| -> Vec<(Value, Value, Value)> {
        snap["gaps"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| (g["kind"].clone(), g["domain"].clone(), g["tokens"].clone()))
            .collect()
    };
    assert_eq!(facts(&nl), facts(&en));

    let dir = TempDir::new("words");
    let session = dir.file("s.json");
    ok(&["simulate", "tess", "--save", &session]);
    let report = json(&["report", &session, "--format", "json", "--lang", "en"]);
    let moments = report["moments"].as_array().unwrap();
    let coherence = &moments[0]["analysis"]["coherence"];
    assert!(coherence["text"].as_str().unwrap().starts_with("Image: "));
    assert!(moments[0]["change"].is_null());
    let change = &moments[1]["change"];
    assert!(
        change["text"].as_str().unwrap().starts_with("Gone: "),
        "{change}"
    );
    for g in change["gaps_opened"].as_array().unwrap() {
        assert!(g["text"].is_string() && g["title"].is_string(), "{g}");
    }
}

#[test]
fn compare_as_a_page_shows_both_wheels_and_needs_nothing_from_outside() {
    let dir = TempDir::new("compare_html");
    let out = dir.path().join("vergelijking.html");
    let out_arg = out.to_str().unwrap();
    ok(&[
        "compare",
        "tess",
        "--variant",
        "verlengde_jeugdhulp",
        "--format",
        "html",
        "--out",
        out_arg,
    ]);
    let page = std::fs::read_to_string(&out).unwrap();
    assert_eq!(
        page.matches("<svg").count(),
        2,
        "current rules and the variant"
    );
    assert!(page.contains("Verlengde jeugdhulp") && page.contains("Huidige regels"));
    let outside = page.replace("http://www.w3.org/2000/svg", "");
    assert!(!outside.contains("http"), "the page opens offline");
    // The same numbers as the JSON.
    let json = json(&[
        "compare",
        "tess",
        "--variant",
        "verlengde_jeugdhulp",
        "--json",
    ]);
    let gaps = json["variants"][0]["gaps"].as_array().unwrap().len();
    assert!(
        page.contains(&format!(">{gaps}<")),
        "{gaps} gaps in the totals"
    );
}
