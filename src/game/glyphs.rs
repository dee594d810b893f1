//! Every character renders (issue 10, item 7): each character of the catalogues, the
//! scenario files, every finding of every built-in scenario's timeline in both languages,
//! the wheel scenes, and the string literals of the sources must have a glyph in one of
//! egui's default proportional fonts — else egui draws an empty box. Where one is missing,
//! the character is changed in the text, rather than a font shipped.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use bevy_egui::egui::{FontDefinitions, FontFamily};
use samenspel_engine::builtin::builtin_all;
use samenspel_engine::prepare::prepared_session;
use samenspel_engine::reflect::{analyse, change};
use samenspel_engine::scene::{Canvas, Highlights, Scene};
use samenspel_engine::simulate::simulate;
use samenspel_engine::words::{Finding, On, sources};
use samenspel_engine::{Lang, Words};
use skrifa::MetadataProvider;

/// Whether some font of egui's proportional family maps `c` to a glyph.
fn covered_by_default_fonts() -> impl Fn(char) -> bool {
    let defs = FontDefinitions::default();
    let names = defs.families[&FontFamily::Proportional].clone();
    let fonts: Vec<(Vec<u8>, u32)> = names
        .iter()
        .map(|n| (defs.font_data[n].font.to_vec(), defs.font_data[n].index))
        .collect();
    move |c: char| {
        c.is_control()
            || fonts.iter().any(|(bytes, index)| {
                let font = skrifa::FontRef::from_index(bytes, *index).expect("egui's fonts parse");
                font.charmap().map(c).is_some_and(|g| g.to_u32() != 0)
            })
    }
}

fn files_under(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_under(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

/// Every text a person can see, with where it comes from.
fn texts() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for lang in [Lang::Nl, Lang::En] {
        for (i, source) in sources(lang).iter().enumerate() {
            for line in source.lines().filter(|l| !l.trim_start().starts_with('#')) {
                out.push((format!("catalogue {lang:?} {i}"), line.to_string()));
            }
        }
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    files_under(&root.join("scenarios"), "ron", &mut files);
    // The game's sources and the engine's (the command line prints to a terminal, whose
    // fonts are the terminal's own).
    for dir in ["src/game", "engine/src"] {
        files_under(&root.join(dir), "rs", &mut files);
    }
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        let rs = file.extension().is_some_and(|e| e == "rs");
        for (n, line) in text.lines().enumerate() {
            let t = line.trim_start();
            // Comments are not shown; in Rust only what is inside quotes can be.
            if t.starts_with("//") || (rs && !t.contains('"')) {
                continue;
            }
            let body = if rs { quoted(line) } else { line.to_string() };
            out.push((format!("{}:{}", file.display(), n + 1), body));
        }
    }
    for s in builtin_all() {
        for lang in [Lang::Nl, Lang::En] {
            out.extend(
                findings(&s, lang)
                    .into_iter()
                    .map(|t| (format!("{} findings", s.id), t)),
            );
        }
        for after in [false, true] {
            let session = prepared_session(&s, None, after, 3).expect("plays");
            let canvas = Canvas::audience(1280.0, 720.0, Lang::Nl);
            let scene = Scene::build(
                &session.scenario,
                session.board(),
                &Highlights::default(),
                &canvas,
            );
            let json = serde_json::to_string(&scene).expect("serialises");
            out.push((format!("{} scene", s.id), json));
        }
    }
    out
}

/// The parts of a line of Rust between double quotes.
fn quoted(line: &str) -> String {
    line.split('"')
        .skip(1)
        .step_by(2)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every finding of a scenario's timeline in words: gaps, coherence, balance, change.
fn findings(s: &samenspel_engine::Scenario, lang: Lang) -> Vec<String> {
    let w = Words::new(lang);
    let (session, snaps) = simulate(s, None, 0, 0).expect("the timeline plays");
    let sc = &session.scenario;
    let mut out = Vec::new();
    for (i, snap) in snaps.iter().enumerate() {
        let on = On::new(sc, &snap.board);
        let a = analyse(sc, &snap.board);
        out.extend(a.gaps.iter().map(|g| on.say(&w, Finding::Gap(g))));
        out.extend(a.gaps.iter().map(|g| w.say(&g.kind)));
        out.push(on.say(&w, Finding::Coherence(&a.coherence)));
        out.push(on.say(&w, Finding::Balance(&a.balance)));
        if i > 0 {
            let before = &snaps[i - 1].board;
            let c = change(sc, before, &snap.board);
            out.push(on.before(before).say(&w, Finding::Change(&c)));
        }
    }
    out
}

#[test]
fn every_character_has_a_glyph_in_the_default_fonts() {
    let covered = covered_by_default_fonts();
    assert!(covered('a') && covered('é'), "the font check itself works");
    let mut missing: BTreeMap<char, BTreeSet<String>> = BTreeMap::new();
    let mut chars = BTreeSet::new();
    for (place, text) in texts() {
        for c in text.chars() {
            chars.insert(c);
            if !covered(c) {
                missing.entry(c).or_default().insert(place.clone());
            }
        }
    }
    eprintln!("{} different characters checked", chars.len());
    let report: Vec<String> = missing
        .iter()
        .map(|(c, at)| {
            let at: Vec<&String> = at.iter().take(4).collect();
            format!("{c:?} (U+{:04X}) in {at:?}", *c as u32)
        })
        .collect();
    assert!(missing.is_empty(), "no glyph for:\n{}", report.join("\n"));
}
