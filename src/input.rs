//! The files users name on the command line: what may be read as one, and how much.

use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

/// The default of `--max-input-mib`: no scope set, export or spec a user lints comes near it
/// (100,000 scopes with full metadata are about 25 MiB), and standard input without end
/// (`lint - < /dev/zero`) stops here instead of growing to gigabytes.
pub const DEFAULT_MAX_INPUT_MIB: u64 = 256;

/// The limit in bytes, set once from `--max-input-mib` before any input is read.
static MAX_INPUT: AtomicU64 = AtomicU64::new(DEFAULT_MAX_INPUT_MIB << 20);

/// Sets the input limit (`--max-input-mib`).
pub fn set_max_input_mib(mib: u64) {
    MAX_INPUT.store(mib.saturating_mul(1 << 20), Ordering::Relaxed);
}

/// The input limit in bytes.
#[must_use]
pub fn max_input() -> u64 {
    MAX_INPUT.load(Ordering::Relaxed)
}

/// Why an input of more than the limit is refused.
#[must_use]
pub fn too_large() -> String {
    format!(
        "it is larger than the input limit of {} MiB; raise it with --max-input-mib (or SCOPECTL_MAX_INPUT_MIB)",
        max_input() >> 20
    )
}

/// Reads all of `reader`, up to the input limit.
///
/// # Errors
/// A read error, or [`too_large`] once the limit is passed (nothing past it is read).
pub fn read_capped(reader: impl Read) -> Result<Vec<u8>, String> {
    let limit = max_input();
    let mut bytes = Vec::new();
    reader.take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(|e| e.to_string())?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(bytes)
}

/// Why `path` cannot be read as an input file, or `None` when it can (or does not exist, which
/// the read itself reports). `what` names the file expected (`"a scopes.toml file"`).
///
/// Refused: a directory; a named pipe (reading one that no program writes to blocks forever); a
/// device (`/dev/zero` never ends); a socket. The pipes a shell hands over as paths —
/// `<(git show HEAD:scopes.toml)`, `/dev/stdin`, `/dev/fd/N`, `/proc/self/fd/N` — are accepted:
/// they are how a command's output is passed as a file.
#[must_use]
pub fn refusal(path: &Path, what: &str) -> Option<String> {
    let kind = std::fs::metadata(path).ok()?.file_type();
    if kind.is_dir() {
        return Some(format!("it is a directory; expected {what}"));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let shell_pipe = path.starts_with("/dev/") || path.starts_with("/proc/");
        if kind.is_fifo() && !shell_pipe {
            return Some(format!(
                "it is a named pipe, not a file; expected {what} (to read from a program, pipe it on standard input with `-`)"
            ));
        }
        if kind.is_char_device() || kind.is_block_device() {
            return Some(format!("it is a device, not a file; expected {what}"));
        }
        if kind.is_socket() {
            return Some(format!("it is a socket, not a file; expected {what}"));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::refusal;
    use std::path::Path;

    #[test]
    fn files_pass_and_other_kinds_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("f.toml");
        std::fs::write(&file, "").unwrap();
        assert_eq!(refusal(&file, "x"), None);
        assert_eq!(refusal(&dir.path().join("missing"), "x"), None);
        assert!(refusal(dir.path(), "a scopes.toml file").unwrap().contains("directory; expected a scopes.toml file"));
        assert!(refusal(Path::new("/dev/zero"), "x").unwrap().contains("device"));
        let fifo = dir.path().join("fifo");
        assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
        assert!(refusal(&fifo, "x").unwrap().contains("named pipe"));
    }
}
