//! The autosave's writer thread. The game hands it the session in its file form after each
//! frame that changed something; the thread writes it durably (`durable::write_atomically`:
//! temporary file, fsync, rename, fsync of the folder). When several sessions arrive while
//! the disk is busy, only the newest waits (`latest::Latest`): it holds everything the
//! skipped ones held, so a burst of 40 phones costs one or two writes, not 400, and no
//! frame waits for the disk.

use std::path::PathBuf;

use samenspel_engine::session::SessionFile;

use super::latest::Latest;

/// The handle the game keeps; dropping it writes what is pending and ends the thread.
pub struct Writer(Latest<(PathBuf, SessionFile)>);

impl std::fmt::Debug for Writer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Writer")
    }
}

impl Writer {
    pub fn start() -> Writer {
        Writer(Latest::start(
            "samenspel-autosave",
            |(path, file): (PathBuf, SessionFile)| {
                file.save(&path)
                    .map_err(|e| format!("{}: {e}", path.display()))
            },
        ))
    }

    /// Hand over a session to write to `path`, replacing one not yet taken. Returns the
    /// error of an earlier write, if one happened since the last call.
    pub fn write(&self, path: PathBuf, file: SessionFile) -> Result<(), String> {
        self.0.submit((path, file))
    }

    /// Wait until everything handed over is written; the error of the last write, if any.
    pub fn flush(&self) -> Result<(), String> {
        self.0.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use samenspel_engine::Session;
    use samenspel_engine::builtin::builtin;

    fn tess() -> Session {
        Session::new(&builtin("tess").unwrap().unwrap(), None, 0).unwrap()
    }

    fn temp_dir(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("samenspel-writer-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn a_burst_ends_with_the_newest_session_on_disk() {
        let dir = temp_dir("burst");
        let path = dir.join("autosave.ron");
        let writer = Writer::start();
        let mut session = tess();
        for n in 0..50 {
            let note = samenspel_engine::Action::AddNote {
                round: None,
                text: format!("post-it {n}"),
            };
            assert!(session.apply(note).is_ok());
            writer.write(path.clone(), session.file_form()).unwrap();
        }
        writer.flush().unwrap();
        let saved = Session::load(&path).unwrap();
        assert_eq!(saved.state.notes.len(), 50);
        assert_eq!(saved.state, session.state);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn what_is_pending_is_written_when_the_game_ends() {
        let dir = temp_dir("drop");
        let path = dir.join("autosave.ron");
        let session = tess();
        let writer = Writer::start();
        writer.write(path.clone(), session.file_form()).unwrap();
        drop(writer);
        assert_eq!(Session::load(&path).unwrap().state, session.state);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn a_failed_write_is_reported_once() {
        let dir = temp_dir("fail");
        // A folder where the file should be: the rename over it fails.
        let path = dir.join("autosave.ron");
        std::fs::create_dir_all(path.join("in-the-way")).unwrap();
        let writer = Writer::start();
        writer.write(path.clone(), tess().file_form()).unwrap();
        let error = writer.flush().unwrap_err();
        assert!(error.contains("autosave.ron"), "{error}");
        assert_eq!(writer.flush(), Ok(()), "reported once");
        let _ = std::fs::remove_dir_all(dir);
    }
}
