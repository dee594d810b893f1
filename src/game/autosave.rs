//! The one autosave policy: where a session is saved after every action, and what happens
//! to an unfinished session already lying there when a new one starts (it is kept aside,
//! never overwritten; if that fails, the new session saves under another name).
//!
//! The writing itself happens on a thread of its own (`writer`), so a slow disk or a burst
//! of phone actions never stalls a frame.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use samenspel_engine::Session;

use super::autosave_writer::Writer;

/// Where the current session is saved after every action.
#[derive(Clone, Debug)]
pub struct Autosave {
    path: PathBuf,
    writer: Arc<Writer>,
}

impl PartialEq for Autosave {
    fn eq(&self, other: &Autosave) -> bool {
        self.path == other.path
    }
}

/// What taking a place for a new session did to what was there.
#[derive(Clone, Debug, PartialEq)]
pub enum Taken {
    /// Nothing was there.
    Empty,
    /// An unfinished session was moved aside to this file.
    KeptAside(PathBuf),
    /// The old session could not be moved, so the new one saves elsewhere.
    Elsewhere { error: String },
}

fn seconds_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

impl Autosave {
    pub fn at(path: impl Into<PathBuf>) -> Autosave {
        Autosave {
            path: path.into(),
            writer: Arc::new(Writer::start()),
        }
    }

    /// The usual place: $SAMENSPEL_AUTOSAVE, or `samenspel/autosave.ron` in the user's
    /// data folder.
    pub fn default_path() -> Option<PathBuf> {
        if let Some(p) = std::env::var_os("SAMENSPEL_AUTOSAVE") {
            return Some(PathBuf::from(p));
        }
        let base = std::env::var_os("XDG_DATA_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))?;
        Some(base.join("samenspel").join("autosave.ron"))
    }

    #[cfg(test)]
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Hand the session as it is now to the writer; it is on disk a moment later. An
    /// error of an earlier write comes back here (once), for the status line.
    pub fn save(&self, session: &Session) -> Result<(), String> {
        self.writer.write(self.path.clone(), session.file_form())
    }

    /// Wait until everything handed over is on disk; the last write's error, if any.
    pub fn flush(&self) -> Result<(), String> {
        self.writer.flush()
    }

    /// Make this place free for a new session: an unfinished session there is moved to
    /// `<name>-<seconds>.ron` beside it; when it cannot be moved, this autosave points to
    /// a new file instead, so the old one is never written over.
    pub fn take_for_new_session(&mut self) -> Taken {
        // The old session's last actions must be in its file before that file is moved.
        let _ = self.flush();
        match keep_aside(&self.path) {
            Ok(None) => Taken::Empty,
            Ok(Some(kept)) => Taken::KeptAside(kept),
            Err(error) => {
                let stem = file_stem(&self.path);
                self.path = free_name(&self.path, &format!("{stem}-new-{}", seconds_now()));
                Taken::Elsewhere { error }
            }
        }
    }
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_else(|| "autosave".into())
}

/// `<base>.ron` beside `path`, or `<base>-<n>.ron` when that exists already.
fn free_name(path: &Path, base: &str) -> PathBuf {
    let mut name = path.with_file_name(format!("{base}.ron"));
    let mut n = 1;
    while name.exists() {
        name = path.with_file_name(format!("{base}-{n}.ron"));
        n += 1;
    }
    name
}

/// Move the file at `path` aside, if there is one. Returns where it went.
fn keep_aside(path: &Path) -> Result<Option<PathBuf>, String> {
    if !path.is_file() {
        return Ok(None);
    }
    let kept = free_name(path, &format!("{}-{}", file_stem(path), seconds_now()));
    std::fs::rename(path, &kept)
        .map(|_| Some(kept))
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("samenspel-autosave-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn an_unfinished_session_is_kept_aside_not_overwritten() {
        let dir = temp_dir("aside");
        let path = dir.join("autosave.ron");
        std::fs::write(&path, "unfinished").unwrap();
        let mut autosave = Autosave::at(&path);
        let Taken::KeptAside(kept) = autosave.take_for_new_session() else {
            panic!("the old session is kept aside");
        };
        assert_eq!(std::fs::read_to_string(kept).unwrap(), "unfinished");
        assert!(!path.exists());
        assert_eq!(autosave.path(), path);
        assert_eq!(autosave.take_for_new_session(), Taken::Empty);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn a_kept_session_never_takes_the_name_of_another() {
        let dir = temp_dir("names");
        let path = dir.join("autosave.ron");
        std::fs::write(dir.join("autosave-7.ron"), "older").unwrap();
        let name = free_name(&path, "autosave-7");
        assert_eq!(name, dir.join("autosave-7-1.ron"));
        let _ = std::fs::remove_dir_all(dir);
    }
}
