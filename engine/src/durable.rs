//! Writing a file so that a crash or a power cut leaves either the old file or the new
//! one, whole, and never an empty or half-written one: every autosave, export and saved
//! session goes through here.

use std::io::Write;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

/// Write `bytes` to `path`: into a temporary file beside it, flushed to disk, renamed over
/// `path`, and then the folder flushed too, so the rename itself survives a power cut. Until
/// the rename the old file stays as it was.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let tmp = dir.join(temporary_name(path));
    let written = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()
    })();
    if let Err(e) = written.and_then(|_| std::fs::rename(&tmp, path)) {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    sync_folder(dir);
    Ok(())
}

/// A temporary name no other writer uses at the same time: this process, and a counter for
/// writers in other threads of it (the game and the room server may save at once).
fn temporary_name(path: &Path) -> String {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    format!(".{name}.{}.{n}.tmp", std::process::id())
}

/// Flush a folder's entries (the rename) to disk. Where a folder cannot be opened for
/// that (not every platform allows it), the file itself was flushed already.
fn sync_folder(dir: &Path) {
    if let Ok(folder) = std::fs::File::open(dir) {
        let _ = folder.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_replaces_the_file_and_leaves_no_temporary_behind() {
        let dir = std::env::temp_dir().join(format!("samenspel-durable-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let path = dir.join("sub").join("sessie.ron");
        write_atomically(&path, b"eerst").unwrap();
        write_atomically(&path, b"daarna").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"daarna");
        let left: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.file_name())
            .collect();
        assert_eq!(left.len(), 1, "only the file itself: {left:?}");
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn a_failed_write_keeps_the_old_file() {
        let dir = std::env::temp_dir().join(format!("samenspel-durable-f-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let path = dir.join("sessie.ron");
        write_atomically(&path, b"oud").unwrap();
        // A folder where the file should go: the rename fails, nothing is lost.
        let blocked = dir.join("map.ron");
        std::fs::create_dir_all(blocked.join("vol")).unwrap();
        assert!(write_atomically(&blocked, b"nieuw").is_err());
        assert_eq!(std::fs::read(&path).unwrap(), b"oud");
        let temporaries = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .count();
        assert_eq!(temporaries, 0);
        let _ = std::fs::remove_dir_all(dir);
    }
}
