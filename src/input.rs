//! The files users name on the command line: what may be read as one.

use std::path::Path;

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
