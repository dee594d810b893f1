//! The command line without a window: check, simulate, compare, info, report, new.
//! Each command is a thin shell over `samenspel_engine`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use samenspel_engine::builtin::resolve;
use samenspel_engine::compare::{self, Comparison, Side, compare};
use samenspel_engine::load::checked_from_file;
use samenspel_engine::reflect::{Analysis, change, top_findings};
use samenspel_engine::report::{self, Format};
use samenspel_engine::scenario::{RingKind, Scenario};
use samenspel_engine::session::write_atomically;
use samenspel_engine::simulate::{Snapshot, simulate};
use samenspel_engine::words::{Arg, Finding, On, json};
use samenspel_engine::{Lang, Session, Words};

/// Messages of commands without `--lang` (check, info, new) and the errors on stderr keep
/// the language they have always been printed in, so scripts that read them keep working.
const ERRORS: Lang = Lang::En;
const INFO: Lang = Lang::Nl;

/// One message from the command-line catalogue (`engine/i18n/*/cli.ftl`).
fn say(l: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    Words::new(l).t_args(id, args)
}

fn val(v: impl std::fmt::Display) -> Arg {
    Arg::from(v.to_string())
}

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
    /// Validate scenario files; every problem as file:line:column with a hint. Warnings
    /// (effects that do nothing) are printed as such and do not fail the check.
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Language of the messages: en (the default, as scripts read it) or nl.
        #[arg(long, default_value = "en")]
        lang: String,
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
        /// The same as --format json.
        #[arg(long)]
        json: bool,
        /// text (a table), json, or html (the wheels side by side, one file that opens
        /// offline).
        #[arg(long, value_enum, default_value_t = CompareFormat::Text)]
        format: CompareFormat,
        /// Write to this file instead of the screen.
        #[arg(long)]
        out: Option<PathBuf>,
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
    /// The wheel as a display list (rings, cards, label boxes, in pixels) for tests and
    /// other clients; a short summary without --json.
    Scene(SceneArgs),
    /// The man page or a shell's completions, generated from these definitions (for
    /// `scripts/package.sh`).
    #[command(hide = true)]
    Generate {
        #[arg(value_enum)]
        what: generate::Generated,
        /// The folder for the man pages.
        #[arg(long)]
        out: Option<PathBuf>,
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
    /// The audience layout for the projector: a second window beside the presenter's; with
    /// --screenshot, the audience layout itself.
    #[arg(long)]
    pub audience: bool,
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
    /// Open the werksessie window on a part: opening, drawing, perspectives, processes,
    /// praatplaat or placemat (with --audience: that part on the wall).
    #[arg(long, value_parser = ["opening", "drawing", "perspectives", "processes", "praatplaat", "placemat"])]
    pub werksessie: Option<String>,
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
    /// Go on with the session in the autosave file, and its room: the same code, and the
    /// phones come back with their tokens (after a crash).
    #[arg(long, requires = "autosave")]
    pub resume: bool,
}

#[derive(Args, Debug, Clone)]
pub struct SceneArgs {
    /// A built-in scenario id (e.g. tess) or a .ron file.
    pub scenario: String,
    /// The step to show (1-4; default 2, or 4 with --round).
    #[arg(long)]
    pub step: Option<usize>,
    /// Trigger the scheduled events first (the board after them).
    #[arg(long)]
    pub after_events: bool,
    /// Mark what this reflection round (1-based) points at; needs step 4.
    #[arg(long)]
    pub round: Option<usize>,
    /// Canvas size in pixels, e.g. 1600x900.
    #[arg(long, default_value = "1600x900")]
    pub size: String,
    #[arg(long, default_value = "nl")]
    pub lang: String,
    #[arg(long)]
    pub variant: Option<String>,
    /// Larger text and cards, as on a projector.
    #[arg(long)]
    pub projector: bool,
    /// The projector's audience window: a wheel of 87% of the height, large labels that
    /// touch nothing, leader lines where a sector is crowded.
    #[arg(long)]
    pub audience: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportFormat {
    Html,
    Md,
    Json,
}

/// `samenspel scene` (its own file: this one is long enough).
mod generate;
mod scene;

fn lang(code: &str) -> Result<Lang, ExitCode> {
    Lang::parse(code).ok_or_else(|| {
        eprintln!(
            "{}",
            say(ERRORS, "cli-unknown-language", &[("code", val(code))])
        );
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
        Command::Check { files, lang: l } => return check(&files, &l),
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
            format,
            out,
            lang: l,
        } => {
            let format = if json { CompareFormat::Json } else { format };
            compare_cmd(&scenario, &variants, seed, format, out.as_deref(), &l)
        }
        Command::Info { scenario, json } => info_cmd(&scenario, json),
        Command::Report {
            session,
            format,
            out,
            lang: l,
        } => report_cmd(&session, format, out.as_deref(), &l),
        Command::Scene(args) => scene::run(&args),
        Command::New { name, out } => new_cmd(&name, out),
        Command::Generate { what, out } => generate::run(what, out.as_deref()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}

fn check(files: &[PathBuf], l: &str) -> ExitCode {
    let l = match lang(l) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let w = Words::new(l);
    let (mut failed, mut warned) = (0, 0);
    for file in files {
        match checked_from_file(file) {
            Ok(checked) => {
                let s = &checked.scenario;
                let args = [
                    ("file", val(file.display())),
                    ("persona", val(&s.persona.name)),
                    ("tokens", val(s.board.tokens.len())),
                    ("events", val(s.events.len())),
                    ("variants", val(s.variants.len())),
                ];
                outln!("{}", say(l, "cli-check-ok", &args));
                for warning in &checked.warnings {
                    eprintln!("{}", w.say(warning));
                }
                warned += checked.warnings.len();
            }
            Err(problems) => {
                failed += 1;
                for problem in &problems.0 {
                    eprintln!("{}", w.say(problem));
                }
            }
        }
    }
    if warned > 0 {
        let args = [("warnings", val(warned)), ("files", val(files.len()))];
        eprintln!("{}", say(l, "cli-check-warnings", &args));
    }
    if failed > 0 {
        let args = [("failed", val(failed)), ("files", val(files.len()))];
        eprintln!("{}", say(l, "cli-check-failed", &args));
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
        eprintln!(
            "{}",
            say(
                ERRORS,
                "cli-error",
                &[("error", val(Words::new(l).say(&e)))]
            )
        );
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
            let args = [("path", val(path.display())), ("error", val(e))];
            eprintln!("{}", say(ERRORS, "cli-cannot-save", &args));
            ExitCode::FAILURE
        })?;
    }
    if json {
        let w = Words::new(l);
        let snapshots: Vec<serde_json::Value> = snapshots
            .iter()
            .map(|snap| {
                let mut v = serde_json::to_value(snap).expect("snapshots always serialise");
                let on = On::new(&session.scenario, &snap.board);
                json::analysis_into(&mut v, &w, on, &snap.analysis);
                let top = top_findings(&session.scenario, &snap.board, &snap.analysis.gaps);
                v["top_findings"] = json::gaps(&w, on, &top);
                v
            })
            .collect();
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
        Some(v) => outln!(
            "{}",
            say(
                l,
                "cli-variant-title",
                &[("title", val(title)), ("variant", val(v.name.get(l)))]
            )
        ),
        None => outln!("{title}"),
    }
    for (i, snap) in snapshots.iter().enumerate() {
        outln!();
        let args = [
            ("n", val(i)),
            ("title", val(snap.title.get(l))),
            ("age", val(snap.board.age)),
        ];
        outln!("{}", say(l, "cli-snapshot", &args));
        print_board(&session.scenario, snap, l);
        if i > 0 {
            let before = &snapshots[i - 1].board;
            let c = change(&session.scenario, before, &snap.board);
            let on = On::new(&session.scenario, &snap.board).before(before);
            let text = on.say(&Words::new(l), Finding::Change(&c));
            outln!("  {}: {text}", say(l, "cli-change", &[]));
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
        outln!("  {}:", say(l, "cli-ended", &[]));
        for e in &snap.board.ended {
            outln!(
                "    ✗ {} – {} ({})",
                e.token.who.get(l),
                e.token.what.get(l),
                e.reason.get(l)
            );
        }
    }
    print_analysis(On::new(s, &snap.board), &snap.analysis, l);
}

fn print_analysis(on: On, a: &Analysis, l: Lang) {
    let w = Words::new(l);
    outln!("  {}", on.say(&w, Finding::Coherence(&a.coherence)));
    outln!("  {}", on.say(&w, Finding::Balance(&a.balance)));
    outln!("  {} ({}):", say(l, "cli-gaps", &[]), a.gaps.len());
    for g in &a.gaps {
        let title = w.say(&g.kind);
        outln!("    ! [{title}] {}", on.say(&w, Finding::Gap(g)));
    }
}

/// One policy variant at the end of the timeline, beside the baseline.
/// How `compare` shows its result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    Text,
    Json,
    Html,
}

fn compare_cmd(
    arg: &str,
    variants: &[String],
    seed: u64,
    format: CompareFormat,
    out: Option<&Path>,
    l: &str,
) -> Result<(), ExitCode> {
    let l = lang(l)?;
    let s = load(arg)?;
    let c = compare(&s, variants, seed).map_err(|e| {
        let error = val(Words::new(l).say(&e));
        eprintln!("{}", say(ERRORS, "cli-error", &[("error", error)]));
        ExitCode::FAILURE
    })?;
    let text = match format {
        CompareFormat::Json => to_json(&compare_json(&c, l)),
        CompareFormat::Html => compare::html(&c, l),
        CompareFormat::Text => {
            print_compare(&c, l);
            return Ok(());
        }
    };
    write_or_print(&text, out)
}

/// Write `text` to `out`, or to the screen when no file is given.
fn write_or_print(text: &str, out: Option<&Path>) -> Result<(), ExitCode> {
    match out {
        Some(out) => {
            write_atomically(out, text.as_bytes()).map_err(|e| {
                let args = [("path", val(out.display())), ("error", val(e))];
                eprintln!("{}", say(ERRORS, "cli-cannot-write", &args));
                ExitCode::FAILURE
            })?;
            eprintln!(
                "{}",
                say(ERRORS, "cli-wrote", &[("path", val(out.display()))])
            );
        }
        None => {
            use std::io::Write as _;
            let _ = std::io::stdout().write_all(text.as_bytes());
        }
    }
    Ok(())
}

fn compare_json(c: &Comparison, l: Lang) -> serde_json::Value {
    let (s, base_end) = (&c.scenario, &c.base);
    let w = Words::new(l);
    let mut baseline = serde_json::json!({});
    let on = On::new(s, &base_end.board);
    json::analysis_into(&mut baseline, &w, on, &base_end.analysis);
    let variants: Vec<serde_json::Value> = c
        .sides
        .iter()
        .map(|c| {
            let on = On::new(&c.played, &c.end.board);
            let kind = c.variant.as_ref().and_then(|v| v.kind);
            let mut v = serde_json::json!({ "variant": c.id, "kind": kind });
            json::analysis_into(&mut v, &w, on, &c.end.analysis);
            v["change"] = json::change(&w, on, &base_end.board, &c.change);
            v
        })
        .collect();
    serde_json::json!({
        "scenario": s.id,
        "seed": c.seed,
        "baseline": baseline,
        "variants": variants,
    })
}

fn print_compare(c: &Comparison, l: Lang) {
    let (s, base_end, columns) = (&c.scenario, &c.base, &c.sides);
    let w = Words::new(l);
    outln!("{} — {}", s.title.get(l), say(l, "cli-compare-header", &[]));
    outln!();
    outln!(
        "{:<34} {:>8} {:>10} {:>8}",
        "",
        say(l, "cli-column-gaps", &[]),
        say(l, "cli-column-coherence", &[]),
        say(l, "cli-column-professional", &[])
    );
    let row = |name: &str, a: &Analysis| {
        outln!(
            "{:<34} {:>8} {:>10.2} {:>7.0}%   {}",
            name,
            a.gaps.len(),
            a.coherence.score,
            a.balance.professional_share * 100.0,
            w.say(&a.coherence.image)
        );
    };
    let name = |c: &Side| c.name(l);
    row(&say(l, "cli-baseline", &[]), &base_end.analysis);
    for c in columns {
        row(&name(c), &c.end.analysis);
    }
    for c in columns {
        outln!();
        outln!("== {} ==", name(c));
        if let Some(kind) = c.kind(l) {
            outln!("  [{kind}]");
        }
        if let Some(v) = &c.variant {
            outln!("  {}", v.description.get(l));
        }
        let after = On::new(&c.played, &c.end.board);
        let before = On::new(&c.played, &base_end.board);
        let diff = &c.change;
        outln!(
            "  {}",
            after.before(&base_end.board).say(&w, Finding::Change(diff))
        );
        for (sign, label, on, gaps) in [
            ("+", "cli-closed", before, &diff.gaps_closed),
            ("-", "cli-opened", after, &diff.gaps_opened),
        ] {
            for g in gaps {
                outln!(
                    "    {sign} {} [{}] {}",
                    say(l, label, &[]),
                    w.say(&g.kind),
                    on.say(&w, Finding::Gap(g))
                );
            }
        }
        // A gap that stays with other cards or roles: once, as it is under the variant.
        for g in &diff.gaps_changed {
            outln!(
                "    ~ {} [{}] {}",
                say(l, "cli-changed", &[]),
                w.say(&g.after.kind),
                after.say(&w, Finding::Gap(&g.after))
            );
        }
    }
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
            "events": s.events.iter().map(|e| serde_json::json!({"id": e.id, "title": e.title, "when": e.when, "after": e.after, "effects": e.effects.len()})).collect::<Vec<_>>(),
            "variants": s.variants.iter().map(|v| serde_json::json!({"id": v.id, "name": v.name, "kind": v.kind, "description": v.description})).collect::<Vec<_>>(),
            "polls": s.polls.iter().map(|p| serde_json::json!({"id": p.id, "statement": p.statement})).collect::<Vec<_>>(),
        });
        outln!("{}", to_json(&out));
        return Ok(());
    }
    let l = INFO;
    outln!("{} ({})", s.title.get(l), s.id);
    outln!("  {}", s.summary.get(l));
    let args = [("name", val(&s.persona.name)), ("age", val(s.persona.age))];
    outln!("{}", say(l, "cli-info-persona", &args));
    outln!(
        "{}: {}",
        say(l, "cli-info-domains", &[]),
        s.domains
            .iter()
            .map(|d| format!("{} ({})", d.name.get(l), d.id))
            .collect::<Vec<_>>()
            .join(", ")
    );
    outln!(
        "{}: {}",
        say(l, "cli-info-rings", &[]),
        s.rings
            .iter()
            .map(|r| r.name.get(l).to_string())
            .collect::<Vec<_>>()
            .join(" → ")
    );
    outln!("{}:", say(l, "cli-info-roles", &[]));
    for r in &s.roles {
        let later = if r.present_at_start {
            String::new()
        } else {
            format!(" ({})", say(l, "cli-info-later", &[]))
        };
        outln!(
            "  {} ({}){later}: {}",
            r.name.get(l),
            r.id,
            r.assignment.get(l)
        );
    }
    outln!("{}:", say(l, "cli-info-events", &[]));
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
        outln!("{}: {}", say(l, "cli-info-shared", &[]), shared.join(", "));
    }
    outln!("{}:", say(l, "cli-info-variants", &[]));
    for v in &s.variants {
        let kind = v.kind.map(|k| format!(" [{}]", Words::new(l).say(&k)));
        let kind = kind.unwrap_or_default();
        outln!(
            "  {} ({}){kind}: {}",
            v.name.get(l),
            v.id,
            v.description.get(l)
        );
    }
    let pros = s
        .board
        .tokens
        .iter()
        .filter(|t| s.ring_kind(&t.ring).is_some_and(RingKind::is_professional))
        .count();
    let args = [
        ("tokens", val(s.board.tokens.len())),
        ("professional", val(pros)),
        ("links", val(s.board.links.len())),
    ];
    outln!("{}", say(l, "cli-info-board", &args));
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
    write_or_print(&text, out)
}

fn new_cmd(name: &str, out: Option<PathBuf>) -> Result<(), ExitCode> {
    let text = samenspel_engine::starter::starter_scenario(name);
    let path = out
        .unwrap_or_else(|| PathBuf::from(format!("{}.ron", samenspel_engine::starter::slug(name))));
    if path.exists() {
        let args = [("path", val(path.display()))];
        eprintln!("{}", say(ERRORS, "cli-already-exists", &args));
        return Err(ExitCode::FAILURE);
    }
    write_atomically(&path, text.as_bytes()).map_err(|e| {
        let args = [("path", val(path.display())), ("error", val(e))];
        eprintln!("{}", say(ERRORS, "cli-cannot-write", &args));
        ExitCode::FAILURE
    })?;
    outln!(
        "{}",
        say(ERRORS, "cli-new-written", &[("path", val(path.display()))])
    );
    Ok(())
}
