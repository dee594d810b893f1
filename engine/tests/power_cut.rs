//! A save survives being cut off at any moment: a writer process saves a large session
//! over and over and is killed (`kill -9`) at random moments; after every kill the file
//! loads and is one of the sessions that were written whole.
//!
//! The writer is this same test binary, started again with `SAMENSPEL_SAVE_LOOP` set (see
//! `writer_child`), so the test needs nothing but itself.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use samenspel_engine::builtin::builtin;
use samenspel_engine::scenario::Token;
use samenspel_engine::session::{Action, Session};
use samenspel_engine::text::Text;

const KILLS: usize = 200;

/// A session with many cards, so a save takes long enough to be cut off halfway.
fn large_session() -> Session {
    let s = builtin("tess").unwrap().unwrap();
    let mut session = Session::new(&s, None, 0).unwrap();
    session.apply(Action::NextStep).unwrap();
    for i in 0..600 {
        let token = Token {
            id: format!("kaart_{i}"),
            role: "moeder".into(),
            domain: "wonen".into(),
            ring: "informeel".into(),
            who: Text::nl(format!("helper {i}")),
            what: Text::nl("komt langs en helpt met de post, de was en de boodschappen"),
            law: None,
            frequency: None,
            financial: false,
            serves: Vec::new(),
        };
        session.apply(Action::PlaceToken(token)).unwrap();
    }
    session
}

/// The writer: goes on from the saved session (or starts the large one), and saves it
/// again and again with one more note each time, until it is killed. Only does anything
/// when started by the test below.
#[test]
fn writer_child() {
    let Some(path) = std::env::var_os("SAMENSPEL_SAVE_LOOP") else {
        return;
    };
    let path = PathBuf::from(path);
    let mut session = Session::load(&path).unwrap_or_else(|_| large_session());
    for n in 0.. {
        session.save(&path).unwrap();
        let note = Action::AddNote {
            round: None,
            text: format!("ronde {n}"),
        };
        session.apply(note).unwrap();
    }
}

fn start_writer(path: &Path) -> Child {
    let me = std::env::current_exe().expect("the test binary");
    Command::new(me)
        .args([
            "--exact",
            "writer_child",
            "--nocapture",
            "--test-threads",
            "1",
        ])
        .env("SAMENSPEL_SAVE_LOOP", path)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the writer")
}

#[test]
fn a_save_cut_off_at_any_moment_leaves_a_whole_session() {
    if std::env::var_os("SAMENSPEL_SAVE_LOOP").is_some() {
        return;
    }
    let dir = std::env::temp_dir().join(format!("samenspel-power-cut-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("autosave.ron");
    let mut rng = ChaCha8Rng::seed_from_u64(18);
    let cards = large_session().board().tokens.len();
    let mut seen_notes = Vec::new();
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    for kill in 0..KILLS {
        let mut writer = start_writer(&path);
        // Once the writer has saved twice (the second time with one more note, so it got
        // on even on a loaded machine), cut it off at a random moment, most likely in the
        // middle of a save.
        for _ in 0..2 {
            let before = modified(&path);
            for _ in 0..1000 {
                if modified(&path) != before {
                    break;
                }
                std::thread::sleep(Duration::from_millis(5));
            }
        }
        std::thread::sleep(Duration::from_millis(rng.random_range(0..60)));
        writer.kill().expect("kill -9 the writer");
        writer.wait().unwrap();
        let loaded = Session::load(&path)
            .unwrap_or_else(|p| panic!("after kill {kill} the file does not load: {p}"));
        assert_eq!(loaded.board().tokens.len(), cards, "kill {kill}");
        // The old session or a newer one, never an older one: notes only ever grow.
        let notes = loaded.state.notes.len();
        assert!(
            seen_notes.last().is_none_or(|&n| n <= notes),
            "kill {kill}: {notes} notes after {seen_notes:?}"
        );
        seen_notes.push(notes);
    }
    // The writer got on between kills: many different saves were the last whole one.
    seen_notes.dedup();
    assert!(
        seen_notes.len() > KILLS / 4,
        "saves between kills: {seen_notes:?}"
    );
    let _ = std::fs::remove_dir_all(dir);
}
