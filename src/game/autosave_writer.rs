//! The autosave's writer thread. The game hands it the session in its file form after each
//! frame that changed something; the thread writes it durably (`durable::write_atomically`:
//! temporary file, fsync, rename, fsync of the folder). When several sessions arrive while
//! the disk is busy, only the newest waits: it holds everything the skipped ones held, so
//! a burst of 40 phones costs one or two writes, not 400, and no frame waits for the disk.

use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;

use samenspel_engine::session::SessionFile;

/// What the game and the thread share.
#[derive(Default)]
struct Slot {
    /// The newest session not yet taken by the thread.
    next: Option<(PathBuf, SessionFile)>,
    /// The thread is writing one now.
    busy: bool,
    /// The last write failed; reported once.
    error: Option<String>,
    /// The game is ending: write what is left, then stop.
    closing: bool,
}

#[derive(Default)]
struct Shared {
    slot: Mutex<Slot>,
    /// Signalled when a session arrives, when a write ends and when closing.
    changed: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Slot> {
        // A panic while holding the lock cannot leave the slot half-changed (each change is
        // one assignment), so a poisoned lock is still good to use.
        self.slot.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn wait<'a>(&self, guard: MutexGuard<'a, Slot>) -> MutexGuard<'a, Slot> {
        self.changed.wait(guard).unwrap_or_else(|p| p.into_inner())
    }
}

/// The handle the game keeps; dropping it writes what is pending and ends the thread.
pub struct Writer {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for Writer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Writer")
    }
}

impl Writer {
    pub fn start() -> Writer {
        let shared = Arc::new(Shared::default());
        let for_thread = Arc::clone(&shared);
        let thread = std::thread::Builder::new()
            .name("samenspel-autosave".into())
            .spawn(move || write_until_closed(&for_thread))
            .ok();
        Writer { shared, thread }
    }

    /// Hand over a session to write to `path`, replacing one not yet taken. Returns the
    /// error of an earlier write, if one happened since the last call.
    pub fn write(&self, path: PathBuf, file: SessionFile) -> Result<(), String> {
        if self.thread.is_none() {
            // No thread could be started: write here, as before there was a thread.
            return file.save(&path).map_err(|e| e.to_string());
        }
        let mut slot = self.shared.lock();
        slot.next = Some((path, file));
        self.shared.changed.notify_all();
        slot.error.take().map_or(Ok(()), Err)
    }

    /// Wait until everything handed over is written; the error of the last write, if any.
    pub fn flush(&self) -> Result<(), String> {
        let mut slot = self.shared.lock();
        while self.thread.is_some() && (slot.next.is_some() || slot.busy) {
            slot = self.shared.wait(slot);
        }
        slot.error.take().map_or(Ok(()), Err)
    }
}

impl Drop for Writer {
    fn drop(&mut self) {
        self.shared.lock().closing = true;
        self.shared.changed.notify_all();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn write_until_closed(shared: &Shared) {
    loop {
        let (path, file) = {
            let mut slot = shared.lock();
            while slot.next.is_none() && !slot.closing {
                slot = shared.wait(slot);
            }
            let Some(job) = slot.next.take() else {
                return; // closing, and nothing left to write
            };
            slot.busy = true;
            job
        };
        let result = file.save(&path);
        let mut slot = shared.lock();
        slot.busy = false;
        if let Err(e) = result {
            slot.error = Some(format!("{}: {e}", path.display()));
        }
        shared.changed.notify_all();
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
