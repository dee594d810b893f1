//! `samenspel room`: the room server around a session without a window. It stands in for
//! the game in tests, in the load benchmark and for the browser test: the same server and
//! the same `apply::carry_out`, with a few facilitator commands read from stdin
//! (`next`, `previous`, `deal`, `all`, `undo`, `reveal`, `hide`, `open`, `close`,
//! `give PHONE ROLE|-`, `remove PHONE`, `quit`).

use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc;

use samenspel_engine::{Action, Session};

use super::apply::{Table, carry_out, publish, roles};
use super::{RoomConfig, RoomServer, Shared};

enum Wake {
    Phones,
    Line(String),
}

/// A facilitator command from stdin. Returns false for `quit`.
fn facilitate(line: &str, session: &mut Session, shared: &Shared, table: &mut Table) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let phone = |w: Option<&&str>| w.and_then(|w| w.parse::<u32>().ok()).unwrap_or(0);
    let result = match words.as_slice() {
        ["quit"] => return false,
        ["next"] => session.apply(Action::NextStep).map_err(|e| e.to_string()),
        ["previous"] => session
            .apply(Action::PreviousStep)
            .map_err(|e| e.to_string()),
        // The starting cards into the roles' hands, and "Alles tonen".
        ["deal"] => session
            .apply(Action::DealStartingCards)
            .map_err(|e| e.to_string()),
        ["all"] => session
            .apply(Action::LayAllStartingCards)
            .map_err(|e| e.to_string()),
        ["undo"] => session
            .undo()
            .then_some(())
            .ok_or_else(|| "nothing to undo".to_string()),
        ["reveal"] | ["hide"] => {
            table.polls_revealed = words[0] == "reveal";
            Ok(())
        }
        ["open"] | ["close"] => {
            shared.registry().open = words[0] == "open";
            shared.room_changed();
            Ok(())
        }
        ["give", _, role] => {
            let role = Some(*role).filter(|r| *r != "-");
            let given = shared.registry().give(phone(words.get(1)), role, true);
            shared.room_changed();
            given.map_err(|e| e.to_json())
        }
        ["remove", _] => {
            shared.registry().remove(phone(words.get(1)));
            shared.room_changed();
            Ok(())
        }
        _ => Err(format!("unknown command: {line}")),
    };
    match result {
        Ok(()) => println!("ok"),
        Err(e) => println!("refused: {e}"),
    }
    true
}

/// Put the room's phones (tokens and roles) into the session, so that its file lets them
/// back in after a crash. Returns whether they changed.
pub fn keep_seats(session: &mut Session, shared: &Shared) -> bool {
    let seats = Some(shared.seats());
    if session.room == seats {
        return false;
    }
    session.room = seats;
    true
}

pub fn run(session: Session, config: RoomConfig, save: Option<PathBuf>, step: usize) -> ExitCode {
    let mut session = session;
    while session.state.step.number() < step && session.apply(Action::NextStep).is_ok() {}
    let (tx, rx) = mpsc::channel();
    let waker = tx.clone();
    let wake = Box::new(move || {
        let _ = waker.send(Wake::Phones);
    });
    let server = match RoomServer::start(&config, roles(&session), wake, session.room.as_ref()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: the room server could not start: {e}");
            return ExitCode::FAILURE;
        }
    };
    println!("{}", server.announce());
    let _ = std::io::stdout().flush();
    std::thread::spawn(move || {
        for line in std::io::stdin().lock().lines().map_while(Result::ok) {
            if tx.send(Wake::Line(line)).is_err() {
                break;
            }
        }
    });
    let shared = server.shared.clone();
    let mut table = Table::default();
    let save = |session: &Session| {
        if let Some(path) = &save
            && let Err(e) = session.save(path)
        {
            eprintln!("error: could not save {}: {e}", path.display());
        }
    };
    keep_seats(&mut session, &shared);
    save(&session);
    publish(&session, &shared, table);
    while let Ok(wake) = rx.recv() {
        let mut changed = false;
        if let Wake::Line(line) = wake {
            let before = session.state.clone();
            if !facilitate(line.trim(), &mut session, &shared, &mut table) {
                break;
            }
            changed = session.state != before;
            let _ = std::io::stdout().flush();
        }
        for inbound in shared.take_inbox() {
            changed |= carry_out(&mut session, &shared, inbound, table);
        }
        changed |= keep_seats(&mut session, &shared);
        if changed {
            save(&session);
        }
        publish(&session, &shared, table);
    }
    ExitCode::SUCCESS
}

/// `samenspel room SCENARIO [--bind A] [--port N] [--step N] [--autosave FILE [--resume]]`.
pub fn start(args: crate::cli::RoomArgs) -> ExitCode {
    if args.resume
        && let Some(path) = &args.autosave
    {
        return match Session::load(path) {
            Ok(session) => run(session, config(&args), args.autosave.clone(), 0),
            Err(problems) => {
                eprintln!("{problems}");
                ExitCode::FAILURE
            }
        };
    }
    let scenario = match samenspel_engine::builtin::resolve(&args.scenario) {
        Ok(s) => s,
        Err(problems) => {
            eprintln!("{problems}");
            return ExitCode::FAILURE;
        }
    };
    let session = match Session::new(&scenario, None, 0) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    run(session, config(&args), args.autosave, args.step)
}

fn config(args: &crate::cli::RoomArgs) -> RoomConfig {
    RoomConfig {
        bind: args.net.bind,
        port: args.net.port,
        share_roles: args.net.share_roles,
    }
}
