//! `samenspel`: the game (default) and the command line.

mod cli;
mod game;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match args.command {
        None => game::run(cli::PlayArgs { lang: "nl".into(), size: "1600x900".into(), ..Default::default() }),
        Some(cli::Command::Play(play)) => game::run(play),
        Some(command) => cli::run(command),
    }
}
