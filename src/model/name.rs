//! Validation of scope names (RFC 6749 `scope-token`) and of the other names scopectl stores.

use std::fmt::{self, Write as _};

/// The longest name scopectl accepts, in bytes.
pub const MAX_NAME_LEN: usize = 200;

/// Why a name was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameError {
    Empty,
    TooLong(usize),
    /// A character outside the allowed set, with its byte offset.
    BadChar(char, usize),
}

impl fmt::Display for NameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NameError::Empty => f.write_str("a name cannot be empty"),
            NameError::TooLong(len) => {
                write!(f, "a name is at most {MAX_NAME_LEN} bytes, this one has {len}")
            }
            NameError::BadChar(c, at) => {
                let what = match c {
                    ' ' => "a space".to_string(),
                    '"' => "a double quote".to_string(),
                    '\\' => "a backslash".to_string(),
                    c if c.is_control() => format!("the control character U+{:04X}", *c as u32),
                    // escape_debug: a bidi override or zero-width character must not act on the terminal.
                    c if !c.is_ascii() => {
                        format!("the non-ASCII character `{}` (U+{:04X})", c.escape_debug(), *c as u32)
                    }
                    c => format!("`{c}`"),
                };
                write!(
                    f,
                    "{what} at byte {at} is not allowed (RFC 6749 scope-tokens are printable ASCII without space, `\"` or `\\`)"
                )
            }
        }
    }
}

impl std::error::Error for NameError {}

/// The longest stretch of user text a message quotes, in characters.
const SHOWN_CHARS: usize = 80;

/// `text` as a message may quote it: control, bidi and zero-width characters escaped so they
/// cannot act on the terminal, and cut after 80 characters (with the full length said), so a
/// hostile 10 MB name still gives a one-line message.
#[must_use]
pub fn shown(text: &str) -> String {
    let mut out: String = text.chars().take(SHOWN_CHARS).flat_map(char::escape_debug).collect();
    if text.chars().nth(SHOWN_CHARS).is_some() {
        let _ = write!(out, "… ({} bytes in all)", text.len());
    }
    out
}

/// Checks that `name` is an RFC 6749 scope-token: `1*( %x21 / %x23-5B / %x5D-7E )`, at most
/// [`MAX_NAME_LEN`] bytes.
///
/// # Errors
/// The first reason the name is not a valid scope-token.
pub fn validate_scope_name(name: &str) -> Result<(), NameError> {
    if name.is_empty() {
        return Err(NameError::Empty);
    }
    if let Some((at, c)) = name.char_indices().find(|&(_, c)| !is_token_char(c)) {
        return Err(NameError::BadChar(c, at));
    }
    if name.len() > MAX_NAME_LEN {
        return Err(NameError::TooLong(name.len()));
    }
    Ok(())
}

/// Role, client, feature and tag names follow the same character rule as scope names, so they can
/// be written in files, logs and shell commands without quoting surprises.
///
/// # Errors
/// The first reason the name is not acceptable.
pub fn validate_name(name: &str) -> Result<(), NameError> {
    validate_scope_name(name)
}

fn is_token_char(c: char) -> bool {
    matches!(c, '\x21' | '\x23'..='\x5B' | '\x5D'..='\x7E')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shown_escapes_and_cuts() {
        assert_eq!(shown("read_labs"), "read_labs");
        assert_eq!(shown("a\u{202e}b\n"), "a\\u{202e}b\\n");
        let long = shown(&"x".repeat(10_000_000));
        assert!(long.starts_with(&"x".repeat(80)) && long.ends_with("… (10000000 bytes in all)"), "{long}");
    }

    #[test]
    fn accepts_common_scope_styles() {
        for name in [
            "view_lab_results",
            "patient/Observation.rs?category=laboratory",
            "https://www.googleapis.com/auth/drive.readonly",
            "Directory.ReadWrite.All",
            "admin:org",
            "launch/patient",
        ] {
            assert_eq!(validate_scope_name(name), Ok(()), "{name}");
        }
    }

    #[test]
    fn refuses_space_quote_backslash_control_and_unicode() {
        assert_eq!(validate_scope_name(""), Err(NameError::Empty));
        assert_eq!(validate_scope_name("read labs"), Err(NameError::BadChar(' ', 4)));
        assert_eq!(validate_scope_name("a\"b"), Err(NameError::BadChar('"', 1)));
        assert_eq!(validate_scope_name("a\\b"), Err(NameError::BadChar('\\', 1)));
        assert_eq!(validate_scope_name("a\u{7f}"), Err(NameError::BadChar('\u{7f}', 1)));
        assert_eq!(validate_scope_name("p\u{430}tient"), Err(NameError::BadChar('\u{430}', 1)));
        let long = "a".repeat(MAX_NAME_LEN + 1);
        assert_eq!(validate_scope_name(&long), Err(NameError::TooLong(MAX_NAME_LEN + 1)));
        assert_eq!(validate_scope_name(&"a".repeat(MAX_NAME_LEN)), Ok(()));
    }

    #[test]
    fn messages_name_the_character() {
        let msg = validate_scope_name("p\u{430}tient").unwrap_err().to_string();
        assert!(msg.contains("U+0430"), "{msg}");
        let msg = validate_scope_name("a b").unwrap_err().to_string();
        assert!(msg.starts_with("a space at byte 1"), "{msg}");
    }
}
