//! The command line without a window: check, simulate, compare, info, report, new.
//! Each command is a thin shell over `samenspel_engine`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use samenspel_engine::builtin::resolve;
use samenspel_engine::load::scenario_from_file;
use samenspel_engine::reflect::{Analysis, change};
use samenspel_engine::report::{self, Format};
use samenspel_engine::scenario::{RingKind, Scenario};
use samenspel_engine::session::write_atomically;
use samenspel_engine::simulate::{Snapshot, simulate};
use samenspel_engine::{Lang, Session};

/// Like `println!`, but a closed pipe (`samenspel compare … | head`) ends the output
/// quietly instead of panicking.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

#[derive(Parser, Debug)]
#[command(
    name = "samenspel",
    version,
    about = "Participatiewiel Samenspel: de workshopgame, digitaal",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// Without a command: the game, with the same options as `play`.
    #[command(flatten)]
    pub play: PlayArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Open the game (the default when no command is given).
    Play(PlayArgs),
    /// The room server without a window (for tests and the load benchmark); facilitator
    /// commands on stdin.
    Room(RoomArgs),
    /// Validate scenario files; every problem as file:line:column with a hint.
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Play a scenario's timeline without a window and print the analysis after each step.
    Simulate {
        scenario: String,
        #[arg(long)]
        variant: Option<String>,
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// Cards to draw from the event deck after the scheduled events.
        #[arg(long, default_value_t = 0)]
        draws: usize,
        #[arg(long)]
        json: bool,
        /// Also write the simulated session to this file (for `samenspel report`).
        #[arg(long)]
        save: Option<PathBuf>,
        #[arg(long, default_value = "nl")]
        lang: String,
    },
    /// Compare the baseline with one or two policy variants, after the whole timeline.
    Compare {
        scenario: String,
        #[arg(long = "variant", required = true)]
        variants: Vec<String>,
        #[arg(long, default_value_t = 0)]
        seed: u64,
        #[arg(long)]
        json: bool,
        #[arg(long, default_value = "nl")]
        lang: String,
    },
    /// List a scenario's persona, domains, roles, events and variants.
    Info {
        scenario: String,
        #[arg(long)]
        json: bool,
    },
    /// The report of a saved session.
    Report {
        session: PathBuf,
        #[arg(long, value_enum, default_value_t = ReportFormat::Html)]
        format: ReportFormat,
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(long, default_value = "nl")]
        lang: String,
    },
    /// Write a commented starter scenario for a new persona.
    New {
        /// The persona's name; the file is NAME.ron unless --out is given.
        name: String,
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

#[derive(Args, Debug, Default, Clone)]
pub struct PlayArgs {
    /// A built-in scenario id (e.g. tess) or a .ron file.
    pub scenario: Option<String>,
    #[arg(long, default_value = "nl")]
    pub lang: String,
    /// Large type, high contrast, fullscreen-ready.
    #[arg(long)]
    pub projector: bool,
    /// Open a saved session.
    #[arg(long)]
    pub session: Option<PathBuf>,
    #[arg(long)]
    pub variant: Option<String>,
    /// Render, save the window to this PNG and exit.
    #[arg(long)]
    pub screenshot: Option<PathBuf>,
    /// With --screenshot: the step to show (1-4).
    #[arg(long)]
    pub step: Option<usize>,
    /// With --screenshot: trigger the scheduled events first (the board after them).
    #[arg(long)]
    pub after_events: bool,
    /// With --screenshot: open this reflection round (1-based) in step 4.
    #[arg(long)]
    pub round: Option<usize>,
    /// With --screenshot: open the comparison with this policy variant.
    #[arg(long)]
    pub compare: Option<String>,
    /// Window size, e.g. 1600x900.
    #[arg(long, default_value = "1600x900")]
    pub size: String,
    /// Where the autosave goes (default: the user's data folder).
    #[arg(long)]
    pub autosave: Option<PathBuf>,
    /// Skip the start screen even without a scenario argument.
    #[arg(long)]
    pub direct: bool,
    /// Let participants join from their phones (the room server; see docs/join-protocol.md).
    #[arg(long)]
    pub join: bool,
    #[command(flatten)]
    pub room: RoomNet,
}

/// Where the room server listens.
#[derive(Args, Debug, Default, Clone)]
pub struct RoomNet {
    /// The room server's port (0: any free port).
    #[arg(long, default_value_t = 0)]
    pub port: u16,
    /// The address to listen on (default: every interface; tests use 127.0.0.1).
    #[arg(long)]
    pub bind: Option<std::net::IpAddr>,
    /// Let several phones take the same role (more people than roles).
    #[arg(long)]
    pub share_roles: bool,
}

/// `samenspel room`: the room server around a session, without a window.
#[derive(Args, Debug, Clone)]
pub struct RoomArgs {
    /// A built-in scenario id or a .ron file.
    pub scenario: String,
    #[command(flatten)]
    pub net: RoomNet,
    /// Start at this step (1-4).
    #[arg(long, default_value_t = 1)]
    pub step: usize,
    /// Save the session here after every change.
    #[arg(long)]
    pub autosave: Option<PathBuf>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportFormat {
    Html,
    Md,
    Json,
}

fn lang(code: &str) -> Result<Lang, ExitCode> {
    Lang::parse(code).ok_or_else(|| {
        eprintln!("error: unknown language \"{code}\"; use nl or en");
        ExitCode::from(2)
    })
}

fn load(arg: &str) -> Result<Scenario, ExitCode> {
    resolve(arg).map_err(|problems| {
        eprintln!("{problems}");
        ExitCode::FAILURE
    })
}

pub fn run(command: Command) -> ExitCode {
    let result = match command {
        Command::Play(_) | Command::Room(_) => unreachable!("play and room are handled by main"),
        Command::Check { files } => return check(&files),
        Command::Simulate {
            scenario,
            variant,
            seed,
            draws,
            json,
            save,
            lang: l,
        } => simulate_cmd(
            &scenario,
            variant.as_deref(),
            seed,
            draws,
            json,
            save.as_deref(),
            &l,
        ),
        Command::Compare {
            scenario,
            variants,
            seed,
            json,
            lang: l,
        } => compare_cmd(&scenario, &variants, seed, json, &l),
        Command::Info { scenario, json } => info_cmd(&scenario, json),
        Command::Report {
            session,
            format,
            out,
            lang: l,
        } => report_cmd(&session, format, out.as_deref(), &l),
        Command::New { name, out } => new_cmd(&name, out),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}

fn check(files: &[PathBuf]) -> ExitCode {
    let mut failed = 0;
    for file in files {
        match scenario_from_file(file) {
            Ok(s) => outln!(
                "{}: ok ({}, {} tokens, {} events, {} variants)",
                file.display(),
                s.persona.name,
                s.board.tokens.len(),
                s.events.len(),
                s.variants.len()
            ),
            Err(problems) => {
                failed += 1;
                eprintln!("{problems}");
            }
        }
    }
    if failed > 0 {
        eprintln!("{failed} of {} file(s) have problems", files.len());
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn run_timeline(
    s: &Scenario,
    variant: Option<&str>,
    seed: u64,
    draws: usize,
    l: Lang,
) -> Result<(Session, Vec<Snapshot>), ExitCode> {
    simulate(s, variant, seed, draws).map_err(|e| {
        eprintln!("error: {}", e.0.get(l));
        ExitCode::FAILURE
    })
}

fn to_json(value: &impl serde::Serialize) -> String {
    serde_json::to_string_pretty(value).expect("analysis types always serialise")
}

fn simulate_cmd(
    arg: &str,
    variant: Option<&str>,
    seed: u64,
    draws: usize,
    json: bool,
    save: Option<&Path>,
    l: &str,
) -> Result<(), ExitCode> {
    let l = lang(l)?;
    let s = load(arg)?;
    let (session, snapshots) = run_timeline(&s, variant, seed, draws, l)?;
    if let Some(path) = save {
        session.save(path).map_err(|e| {
            eprintln!("error: cannot save the session to {}: {e}", path.display());
            ExitCode::FAILURE
        })?;
    }
    if json {
        let out = serde_json::json!({
            "scenario": s.id,
            "variant": variant,
            "seed": seed,
            "snapshots": snapshots,
        });
        outln!("{}", to_json(&out));
        return Ok(());
    }
    let title = s.title.get(l);
    match variant.and_then(|v| session.scenario.variant(v)) {
        Some(v) => outln!("{title} — variant: {}", v.name.get(l)),
        None => outln!("{title}"),
    }
    for (i, snap) in snapshots.iter().enumerate() {
        outln!();
        outln!(
            "== {}. {} (leeftijd/age {}) ==",
            i,
            snap.title.get(l),
            snap.board.age
        );
        print_board(&session.scenario, snap, l);
        if i > 0 {
            let c = change(&session.scenario, &snapshots[i - 1].board, &snap.board);
            outln!(
                "  {}: {}",
                if l == Lang::Nl {
                    "Verandering"
                } else {
                    "Change"
                },
                c.explanation.get(l)
            );
        }
    }
    Ok(())
}

fn print_board(s: &Scenario, snap: &Snapshot, l: Lang) {
    for ring in &s.rings {
        let tokens: Vec<String> = snap
            .board
            .tokens
            .iter()
            .filter(|t| t.ring == ring.id)
            .map(|t| {
                format!(
                    "{} – {} [{}]",
                    t.who.get(l),
                    t.what.get(l),
                    s.domain(&t.domain).map(|d| d.name.get(l)).unwrap_or("?")
                )
            })
            .collect();
        outln!("  {} ({}):", ring.name.get(l), tokens.len());
        for t in tokens {
            outln!("    · {t}");
        }
    }
    if !snap.board.ended.is_empty() {
        outln!(
            "  {}:",
            if l == Lang::Nl {
                "Weggevallen"
            } else {
                "Ended"
            }
        );
        for e in &snap.board.ended {
            outln!(
                "    ✗ {} – {} ({})",
                e.token.who.get(l),
                e.token.what.get(l),
                e.reason.get(l)
            );
        }
    }
    print_analysis(&snap.analysis, l);
}

fn print_analysis(a: &Analysis, l: Lang) {
    outln!("  {}", a.coherence.explanation.get(l));
    outln!("  {}", a.balance.explanation.get(l));
    outln!(
        "  {} ({}):",
        if l == Lang::Nl { "Knelpunten" } else { "Gaps" },
        a.gaps.len()
    );
    for g in &a.gaps {
        outln!("    ! [{}] {}", g.kind.title().get(l), g.explanation.get(l));
    }
}

fn compare_cmd(
    arg: &str,
    variants: &[String],
    seed: u64,
    json: bool,
    l: &str,
) -> Result<(), ExitCode> {
    let l = lang(l)?;
    let s = load(arg)?;
    let (_, base) = run_timeline(&s, None, seed, 0, l)?;
    let base_end = base.last().expect("a timeline has a start");
    let mut columns = Vec::new();
    for v in variants {
        let (session, snaps) = run_timeline(&s, Some(v), seed, 0, l)?;
        let end = snaps.last().expect("a timeline has a start");
        let diff = change(&session.scenario, &base_end.board, &end.board);
        columns.push((
            v.clone(),
            session.scenario.variant(v).cloned(),
            end.clone(),
            diff,
        ));
    }
    if json {
        let out = serde_json::json!({
            "scenario": s.id,
            "seed": seed,
            "baseline": { "gaps": base_end.analysis.gaps, "coherence": base_end.analysis.coherence, "balance": base_end.analysis.balance },
            "variants": columns.iter().map(|(id, _, end, diff)| serde_json::json!({
                "variant": id,
                "gaps": end.analysis.gaps,
                "coherence": end.analysis.coherence,
                "balance": end.analysis.balance,
                "change": diff,
            })).collect::<Vec<_>>(),
        });
        outln!("{}", to_json(&out));
        return Ok(());
    }
    let header = if l == Lang::Nl {
        "na de hele tijdlijn"
    } else {
        "after the whole timeline"
    };
    outln!("{} — {header}", s.title.get(l));
    outln!();
    let gaps = |a: &Analysis| a.gaps.len();
    outln!(
        "{:<34} {:>8} {:>10} {:>8}",
        "",
        if l == Lang::Nl { "knelpunten" } else { "gaps" },
        if l == Lang::Nl {
            "samenhang"
        } else {
            "coherence"
        },
        "prof."
    );
    let row = |name: &str, a: &Analysis| {
        outln!(
            "{:<34} {:>8} {:>10.2} {:>7.0}%   {}",
            name,
            gaps(a),
            a.coherence.score,
            a.balance.professional_share * 100.0,
            a.coherence.image.title().get(l)
        );
    };
    row(
        if l == Lang::Nl {
            "basis (huidige regels)"
        } else {
            "baseline (current rules)"
        },
        &base_end.analysis,
    );
    for (id, v, end, _) in &columns {
        let name = v
            .as_ref()
            .map(|v| v.name.get(l).to_string())
            .unwrap_or_else(|| id.clone());
        row(&name, &end.analysis);
    }
    for (id, v, _, diff) in &columns {
        outln!();
        let name = v
            .as_ref()
            .map(|v| v.name.get(l).to_string())
            .unwrap_or_else(|| id.clone());
        outln!("== {name} ==");
        if let Some(v) = v {
            outln!("  {}", v.description.get(l));
        }
        outln!("  {}", diff.explanation.get(l));
        for g in &diff.gaps_closed {
            outln!(
                "    + {} [{}] {}",
                if l == Lang::Nl { "opgelost" } else { "closed" },
                g.kind.title().get(l),
                g.explanation.get(l)
            );
        }
        for g in &diff.gaps_opened {
            outln!(
                "    - {} [{}] {}",
                if l == Lang::Nl { "nieuw" } else { "opened" },
                g.kind.title().get(l),
                g.explanation.get(l)
            );
        }
    }
    Ok(())
}

fn info_cmd(arg: &str, json: bool) -> Result<(), ExitCode> {
    let s = load(arg)?;
    if json {
        let out = serde_json::json!({
            "id": s.id,
            "title": s.title,
            "summary": s.summary,
            "persona": { "name": s.persona.name, "age": s.persona.age },
            "domains": s.domains.iter().map(|d| serde_json::json!({"id": d.id, "name": d.name})).collect::<Vec<_>>(),
            "rings": s.rings.iter().map(|r| serde_json::json!({"id": r.id, "kind": r.kind, "name": r.name})).collect::<Vec<_>>(),
            "roles": s.roles.iter().map(|r| serde_json::json!({"id": r.id, "name": r.name, "assignment": r.assignment, "present_at_start": r.present_at_start})).collect::<Vec<_>>(),
            "events": s.events.iter().map(|e| serde_json::json!({"id": e.id, "title": e.title, "when": e.when, "effects": e.effects.len()})).collect::<Vec<_>>(),
            "variants": s.variants.iter().map(|v| serde_json::json!({"id": v.id, "name": v.name, "description": v.description})).collect::<Vec<_>>(),
            "polls": s.polls.iter().map(|p| serde_json::json!({"id": p.id, "statement": p.statement})).collect::<Vec<_>>(),
        });
        outln!("{}", to_json(&out));
        return Ok(());
    }
    let l = Lang::Nl;
    outln!("{} ({})", s.title.get(l), s.id);
    outln!("  {}", s.summary.get(l));
    outln!("Persona: {}, {} jaar", s.persona.name, s.persona.age);
    outln!(
        "Leefgebieden: {}",
        s.domains
            .iter()
            .map(|d| format!("{} ({})", d.name.get(l), d.id))
            .collect::<Vec<_>>()
            .join(", ")
    );
    outln!(
        "Ringen: {}",
        s.rings
            .iter()
            .map(|r| r.name.get(l).to_string())
            .collect::<Vec<_>>()
            .join(" → ")
    );
    outln!("Rollen:");
    for r in &s.roles {
        let later = if r.present_at_start {
            ""
        } else {
            " (komt later)"
        };
        outln!(
            "  {} ({}){later}: {}",
            r.name.get(l),
            r.id,
            r.assignment.get(l)
        );
    }
    outln!("Gebeurtenissen:");
    for e in &s.events {
        outln!(
            "  {} ({}, {:?}): {}",
            e.title.get(l),
            e.id,
            e.when,
            e.description.get(l)
        );
    }
    let shared: Vec<String> = s
        .with_shared_deck()
        .deck()
        .filter(|e| s.event(&e.id).is_none())
        .map(|e| e.title.get(l).to_string())
        .collect();
    if !shared.is_empty() {
        outln!(
            "Gedeelde gebeurteniskaarten die passen: {}",
            shared.join(", ")
        );
    }
    outln!("Varianten:");
    for v in &s.variants {
        outln!("  {} ({}): {}", v.name.get(l), v.id, v.description.get(l));
    }
    let pros = s
        .board
        .tokens
        .iter()
        .filter(|t| s.ring_kind(&t.ring).is_some_and(RingKind::is_professional))
        .count();
    outln!(
        "Startbord: {} steunkaarten ({} professioneel), {} lijnen",
        s.board.tokens.len(),
        pros,
        s.board.links.len()
    );
    Ok(())
}

fn report_cmd(
    path: &Path,
    format: ReportFormat,
    out: Option<&Path>,
    l: &str,
) -> Result<(), ExitCode> {
    let l = lang(l)?;
    let session = Session::load(path).map_err(|p| {
        eprintln!("{p}");
        ExitCode::FAILURE
    })?;
    let format = match format {
        ReportFormat::Html => Format::Html,
        ReportFormat::Md => Format::Markdown,
        ReportFormat::Json => Format::Json,
    };
    let text = report::render(&session, format, l);
    match out {
        Some(out) => {
            write_atomically(out, text.as_bytes()).map_err(|e| {
                eprintln!("error: cannot write {}: {e}", out.display());
                ExitCode::FAILURE
            })?;
            eprintln!("wrote {}", out.display());
        }
        None => {
            use std::io::Write as _;
            let _ = std::io::stdout().write_all(text.as_bytes());
        }
    }
    Ok(())
}

fn new_cmd(name: &str, out: Option<PathBuf>) -> Result<(), ExitCode> {
    let text = samenspel_engine::starter::starter_scenario(name);
    let path = out
        .unwrap_or_else(|| PathBuf::from(format!("{}.ron", samenspel_engine::starter::slug(name))));
    if path.exists() {
        eprintln!(
            "error: {} already exists; choose another name or --out",
            path.display()
        );
        return Err(ExitCode::FAILURE);
    }
    write_atomically(&path, text.as_bytes()).map_err(|e| {
        eprintln!("error: cannot write {}: {e}", path.display());
        ExitCode::FAILURE
    })?;
    outln!(
        "wrote {}; check it with: samenspel check {}",
        path.display(),
        path.display()
    );
    Ok(())
}
