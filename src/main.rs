//! `samenspel`: the game (default) and the command line.

mod cli;
mod game;
mod room;

use std::process::ExitCode;
use std::sync::LazyLock;
use std::time::Instant;

use clap::Parser;

/// When the process started, for the first-frame measurement.
static STARTED: LazyLock<Instant> = LazyLock::new(Instant::now);

fn main() -> ExitCode {
    LazyLock::force(&STARTED);
    let args = cli::Cli::parse();
    match args.command {
        None => game::run(args.play),
        Some(cli::Command::Play(play)) => game::run(play),
        Some(cli::Command::Room(args)) => room::headless::start(args),
        Some(command) => cli::run(command),
    }
}
