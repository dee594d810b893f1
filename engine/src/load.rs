//! Reading a scenario: bytes → RON → `Scenario` → validated `Scenario`.
//!
//! Whatever the bytes, loading returns problems with a place, never panics: non-UTF-8
//! input, syntax and type errors (located by RON), deep nesting (RON's recursion limit),
//! files that are too large, and everything `validate` finds.

use std::path::Path;

use ron::extensions::Extensions;

use crate::locate::line_col;
use crate::problem::{Problem, ProblemKind, Problems, RonAdvice};
use crate::scenario::Scenario;
use crate::validate::validate;

/// Larger scenario files are refused before parsing: no real scenario comes near this.
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;

/// Larger session files are refused before parsing. Higher than a scenario's limit: a
/// session is the game's own file and holds its scenario twice (as played and as written)
/// plus the board, the log and the notes, so a session that the game saved must load again.
pub const MAX_SESSION_BYTES: usize = 64 * 1024 * 1024;

/// RON options shared by scenarios and saved sessions: `Option` fields are written
/// plainly (`law: "Wmo"`), and nesting is limited so hostile input cannot blow the stack.
pub fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_recursion_limit(64)
}

/// Bytes to text, or a located problem at the first byte that is not UTF-8; more than
/// `limit` bytes are refused.
pub fn decode_text<'a>(file: &str, bytes: &'a [u8], limit: usize) -> Result<&'a str, Problems> {
    if bytes.len() > limit {
        return Err(too_large(file, bytes.len(), limit));
    }
    // Windows editors may start a file with a byte order mark; it is not part of the text.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or("");
        let (line, column) = line_col(valid, valid.len());
        Problems::single(file, line, column, ProblemKind::NotUtf8)
    })
}

/// Parse RON text into any type, turning RON's error into a located problem.
pub fn parse_ron<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, Problems> {
    if text.trim().is_empty() {
        return Err(Problems::single(file, 1, 1, ProblemKind::EmptyFile));
    }
    ron_options().from_str(text).map_err(|e| {
        let error = e.code.to_string();
        let advice = advice_for(&error);
        let (line, column) = error_place(text, e.span.start.line, e.span.start.col);
        Problems(vec![Problem::new(
            file,
            line,
            column,
            ProblemKind::Ron { error, advice },
        )])
    })
}

/// RON reports an error where its cursor stood before it skipped the blanks and comments
/// in front of the offending token (e.g. just after `age:` for `age: "dertig"`); point at
/// the token itself. At the end of the file RON's place is kept.
fn error_place(text: &str, line: usize, col: usize) -> (usize, usize) {
    let (line, col) = (line.max(1), col.max(1));
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line - 1)
        .map(str::len)
        .sum();
    let Some(start) = text[line_start..]
        .char_indices()
        .map(|(i, _)| line_start + i)
        .chain(std::iter::once(text.len()))
        .nth(col - 1)
        .filter(|start| !text[line_start..*start].contains('\n'))
    else {
        return (line, col);
    };
    let mut rest = &text[start..];
    loop {
        let trimmed = rest.trim_start();
        let trimmed = if let Some(comment) = trimmed.strip_prefix("//") {
            comment.find('\n').map_or("", |i| &comment[i..])
        } else if let Some(comment) = trimmed.strip_prefix("/*") {
            comment.find("*/").map_or("", |i| &comment[i + 2..])
        } else {
            trimmed
        };
        if trimmed.len() == rest.len() {
            break;
        }
        rest = trimmed;
    }
    if rest.is_empty() {
        return (line, col);
    }
    line_col(text, text.len() - rest.len())
}

/// The advice that fits RON's description of an error (RON has no error kinds fine
/// enough to tell these apart, so its words are read).
fn advice_for(error: &str) -> RonAdvice {
    let m = error.to_lowercase();
    if m.contains("recursion") {
        RonAdvice::TooDeep
    } else if m.contains("missing") && m.contains("field") {
        RonAdvice::MissingField
    } else if m.contains("unexpected") && m.contains("field") || m.contains("no field") {
        RonAdvice::UnknownField
    } else if m.contains("variant") {
        RonAdvice::Name
    } else if m.contains("expected") && m.contains("string") {
        RonAdvice::Quotes
    } else if m.contains("expected") {
        RonAdvice::Punctuation
    } else {
        RonAdvice::Format
    }
}

/// Load and validate a scenario from text. `dir` is the scenario's folder when it was read
/// from disk (used to check file references); `None` for built-in scenarios.
/// Warnings do not refuse the file; see `checked_from_str` to hear them.
pub fn scenario_from_str(file: &str, text: &str, dir: Option<&Path>) -> Result<Scenario, Problems> {
    checked_from_str(file, text, dir).map(|checked| checked.scenario)
}

/// A scenario that loaded, with the warnings the checker gave it (effects that do
/// nothing: the scenario plays, but the author probably meant something else).
#[derive(Clone, Debug)]
pub struct Checked {
    pub scenario: Scenario,
    pub warnings: Vec<Problem>,
}

/// Load and validate a scenario from text; refused only for errors. When refused, the
/// problems hold the warnings too, in reading order.
pub fn checked_from_str(file: &str, text: &str, dir: Option<&Path>) -> Result<Checked, Problems> {
    let scenario: Scenario = parse_ron(file, text)?;
    let problems = validate(&scenario, file, text, dir);
    if problems.iter().any(Problem::is_error) {
        Err(Problems(problems))
    } else {
        Ok(Checked {
            scenario,
            warnings: problems,
        })
    }
}

/// Load and validate a scenario file from disk, with its warnings.
pub fn checked_from_file(path: &Path) -> Result<Checked, Problems> {
    let file = path.display().to_string();
    let bytes = read_file(path, MAX_FILE_BYTES)?;
    let text = decode_text(&file, &bytes, MAX_FILE_BYTES)?;
    checked_from_str(&file, text, path.parent())
}

/// Load and validate a scenario from bytes.
pub fn scenario_from_bytes(
    file: &str,
    bytes: &[u8],
    dir: Option<&Path>,
) -> Result<Scenario, Problems> {
    let text = decode_text(file, bytes, MAX_FILE_BYTES)?;
    scenario_from_str(file, text, dir)
}

/// Load and validate a scenario file from disk.
pub fn scenario_from_file(path: &Path) -> Result<Scenario, Problems> {
    let file = path.display().to_string();
    let bytes = read_file(path, MAX_FILE_BYTES)?;
    scenario_from_bytes(&file, &bytes, path.parent())
}

/// Read a file of at most `limit` bytes, with the reason as a problem when it cannot be read.
pub fn read_file(path: &Path, limit: usize) -> Result<Vec<u8>, Problems> {
    let file = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| {
        Problems::single(
            &file,
            1,
            1,
            ProblemKind::CannotOpen {
                reason: e.to_string(),
            },
        )
    })?;
    if meta.is_dir() {
        return Err(Problems::single(&file, 1, 1, ProblemKind::Folder));
    }
    if meta.len() as usize > limit {
        return Err(too_large(&file, meta.len() as usize, limit));
    }
    std::fs::read(path).map_err(|e| {
        Problems::single(
            &file,
            1,
            1,
            ProblemKind::CannotRead {
                reason: e.to_string(),
            },
        )
    })
}

fn too_large(file: &str, len: usize, limit: usize) -> Problems {
    Problems::single(
        file,
        1,
        1,
        ProblemKind::TooLarge {
            megabytes: format!("{:.1}", len as f64 / 1_048_576.0),
            limit_mb: limit / 1_048_576,
        },
    )
}
