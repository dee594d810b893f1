//! `samenspel generate man --out DIR` and `samenspel generate bash|zsh|fish`: the man pages
//! and the shell completions, made from the same clap definitions as the command line
//! itself, so they never drift from it. `scripts/package.sh` puts them into the packages.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use clap::{CommandFactory, ValueEnum};
use clap_complete::Shell;

use super::Cli;

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum Generated {
    /// The man pages (roff, section 1): samenspel.1 and one per command, into --out.
    Man,
    Bash,
    Zsh,
    Fish,
}

/// Write the man pages into `out`, or a completion script to stdout.
pub fn run(what: Generated, out: Option<&Path>) -> Result<(), ExitCode> {
    let mut command = Cli::command();
    let shell = match what {
        Generated::Man => return man_pages(command, out),
        Generated::Bash => Shell::Bash,
        Generated::Zsh => Shell::Zsh,
        Generated::Fish => Shell::Fish,
    };
    // Made in memory first: clap_complete panics on a failed write, and a closed pipe
    // should end the output quietly, as everywhere on this command line.
    let mut text = Vec::new();
    clap_complete::generate(shell, &mut command, "samenspel", &mut text);
    let _ = std::io::stdout().lock().write_all(&text);
    Ok(())
}

fn man_pages(command: clap::Command, out: Option<&Path>) -> Result<(), ExitCode> {
    let Some(dir) = out else {
        eprintln!("samenspel generate man: --out DIR is needed (one page per command)");
        return Err(ExitCode::from(2));
    };
    std::fs::create_dir_all(dir)
        .and_then(|()| clap_mangen::generate_to(command, dir))
        .map_err(|e| {
            eprintln!("{}: {e}", dir.display());
            ExitCode::FAILURE
        })
}
