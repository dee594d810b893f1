//! A worker thread for work a frame should not wait for: writing the autosave, and making
//! the state every phone sees. After each frame that changed something the game hands over
//! a job; when jobs arrive faster than the thread does them, only the newest waits (it
//! holds everything the skipped ones held), so a burst of 40 phones costs a few jobs, not
//! 400, and no frame waits for the disk or for the phones' wheel.

use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;

/// What the thread does with a job; an error is reported to the game once.
type Work<J> = Arc<Mutex<Box<dyn FnMut(J) -> Result<(), String> + Send>>>;

/// What the game and the thread share.
struct Slot<J> {
    /// The newest job not yet taken by the thread.
    next: Option<J>,
    /// The thread is doing one now.
    busy: bool,
    /// The last job failed; reported once.
    error: Option<String>,
    /// The game is ending: do what is left, then stop.
    closing: bool,
}

struct Shared<J> {
    slot: Mutex<Slot<J>>,
    /// Signalled when a job arrives, when a job ends and when closing.
    changed: Condvar,
}

impl<J> Shared<J> {
    fn lock(&self) -> MutexGuard<'_, Slot<J>> {
        // A panic while holding the lock cannot leave the slot half-changed (each change is
        // one assignment), so a poisoned lock is still good to use.
        self.slot.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn wait<'a>(&self, guard: MutexGuard<'a, Slot<J>>) -> MutexGuard<'a, Slot<J>> {
        self.changed.wait(guard).unwrap_or_else(|p| p.into_inner())
    }
}

/// The handle the game keeps; dropping it does what is pending and ends the thread.
pub struct Latest<J> {
    shared: Arc<Shared<J>>,
    work: Work<J>,
    thread: Option<JoinHandle<()>>,
}

impl<J: Send + 'static> Latest<J> {
    /// Start the thread `name`, doing `work` with every job it takes.
    pub fn start(
        name: &str,
        work: impl FnMut(J) -> Result<(), String> + Send + 'static,
    ) -> Latest<J> {
        let shared = Arc::new(Shared {
            slot: Mutex::new(Slot {
                next: None,
                busy: false,
                error: None,
                closing: false,
            }),
            changed: Condvar::new(),
        });
        let work: Work<J> = Arc::new(Mutex::new(Box::new(work)));
        let (for_thread, work_for_thread) = (Arc::clone(&shared), Arc::clone(&work));
        let thread = std::thread::Builder::new()
            .name(name.into())
            .spawn(move || run_until_closed(&for_thread, &work_for_thread))
            .ok();
        Latest {
            shared,
            work,
            thread,
        }
    }

    /// Hand over a job, replacing one not yet taken. Returns the error of an earlier job,
    /// if one failed since the last call.
    pub fn submit(&self, job: J) -> Result<(), String> {
        if self.thread.is_none() {
            // No thread could be started: do it here, as before there was a thread.
            return do_job(&self.work, job);
        }
        let mut slot = self.shared.lock();
        slot.next = Some(job);
        self.shared.changed.notify_all();
        slot.error.take().map_or(Ok(()), Err)
    }

    /// Wait until every job handed over is done; the error of the last one, if any.
    pub fn flush(&self) -> Result<(), String> {
        let mut slot = self.shared.lock();
        while self.thread.is_some() && (slot.next.is_some() || slot.busy) {
            slot = self.shared.wait(slot);
        }
        slot.error.take().map_or(Ok(()), Err)
    }
}

impl<J> Drop for Latest<J> {
    fn drop(&mut self) {
        self.shared.lock().closing = true;
        self.shared.changed.notify_all();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn do_job<J>(work: &Work<J>, job: J) -> Result<(), String> {
    let mut work = work.lock().unwrap_or_else(|p| p.into_inner());
    (*work)(job)
}

fn run_until_closed<J>(shared: &Shared<J>, work: &Work<J>) {
    loop {
        let job = {
            let mut slot = shared.lock();
            while slot.next.is_none() && !slot.closing {
                slot = shared.wait(slot);
            }
            let Some(job) = slot.next.take() else {
                return; // closing, and nothing left to do
            };
            slot.busy = true;
            job
        };
        let result = do_job(work, job);
        let mut slot = shared.lock();
        slot.busy = false;
        if let Err(e) = result {
            slot.error = Some(e);
        }
        shared.changed.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_ends_with_the_newest_job_done_and_skips_what_it_replaced() {
        let done = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::clone(&done);
        let latest = Latest::start("test-latest", move |n: u32| {
            std::thread::sleep(std::time::Duration::from_millis(2));
            seen.lock().unwrap().push(n);
            Ok(())
        });
        for n in 0..200 {
            latest.submit(n).unwrap();
        }
        latest.flush().unwrap();
        let done = done.lock().unwrap();
        assert_eq!(done.last(), Some(&199), "the newest is done");
        assert!(
            done.len() < 200,
            "jobs that waited were replaced: {}",
            done.len()
        );
        assert!(done.windows(2).all(|w| w[0] < w[1]), "in order");
    }
}
