//! `scopes.toml`, the scope set as code. Loading goes TOML → spanned raw values ([`raw`]) →
//! a validated [`ScopeSet`] plus the span of every [`Subject`](crate::model::Subject), so that any
//! later message (a load problem, a lint finding, a plan line) can point at `path:line:column`.
//!
//! Dates are TOML dates (`sunset = 2027-03-01`); a quoted date is refused with the unquoted
//! spelling to use, so a file has one way to write each value.

mod fast;
mod load;
mod raw;
pub mod write;

use std::fmt;
use std::ops::Range;
use std::path::Path;

use crate::model::{LineCol, ScopeSet, Source};

/// A scope set read from a file, with the text and spans it came from.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub set: ScopeSet,
    pub source: Source,
}

/// One thing wrong with a file, at a byte span when it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub message: String,
    pub span: Option<Range<usize>>,
}

/// Why a file was refused: every problem found, not just the first.
#[derive(Debug, Clone)]
pub struct LoadError {
    /// The file as named in messages (`<stdin>` for `-`).
    pub path: String,
    /// The text, when the file could be read (spans point into it).
    pub text: Option<String>,
    /// Sorted by position; never empty.
    pub problems: Vec<Problem>,
    /// What the file should have been, for the summary: "scope set", "Keycloak realm export".
    pub kind: &'static str,
}

impl LoadError {
    /// One problem with `path`.
    #[must_use]
    pub fn one(path: &str, text: Option<String>, message: String, span: Option<Range<usize>>) -> Self {
        LoadError { path: path.to_owned(), text, problems: vec![Problem { message, span }], kind: "scope set" }
    }

    /// The same error, summarized as not being a valid `kind`.
    #[must_use]
    pub fn of_kind(mut self, kind: &'static str) -> Self {
        self.kind = kind;
        self
    }

    /// The 1-based line and column where `p` starts, when it has a span.
    #[must_use]
    pub fn line_col(&self, p: &Problem) -> Option<LineCol> {
        let text = self.text.as_deref()?;
        let span = p.span.as_ref()?;
        Some(LineCol::at(text, span.start))
    }

    /// One sentence for an `error:` line; [`Display`](fmt::Display) gives the located problems.
    #[must_use]
    pub fn summary(&self) -> String {
        match (&self.text, self.problems.as_slice()) {
            (None, [p]) => format!("cannot read {}: {}", self.path, p.message),
            (_, problems) => {
                let n = problems.len();
                let kind = self.kind;
                format!("{} is not a valid {kind} ({n} problem{})", self.path, if n == 1 { "" } else { "s" })
            }
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            match self.line_col(p) {
                Some(at) => write!(f, "{}:{}:{}: {}", self.path, at.line, at.column, p.message)?,
                None => write!(f, "{}: {}", self.path, p.message)?,
            }
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

/// Loads a scope set from `path`; `-` reads stdin (named `<stdin>` in messages).
///
/// # Errors
/// When the file cannot be read, is not UTF-8 or not TOML, or does not describe a valid scope set.
pub fn load_path(path: &Path) -> Result<Loaded, LoadError> {
    let (label, text) = read_text(path, "a scopes.toml file")?;
    load_str(&label, &text)
}

/// Reads `path` as UTF-8 text (`-` reads stdin, named `<stdin>`), returning how to name it in
/// messages and the text. `what` says what was expected, for a directory or bad bytes
/// (`"a scopes.toml file"`). Every reader of a user's file goes through here, so they all refuse
/// the same things the same way.
///
/// # Errors
/// When the file cannot be read or is not UTF-8 (located at the first bad byte).
pub fn read_text(path: &Path, what: &str) -> Result<(String, String), LoadError> {
    let (label, bytes) = if path.as_os_str() == "-" {
        match crate::input::read_capped(std::io::stdin().lock()) {
            Ok(bytes) => ("<stdin>".to_owned(), bytes),
            Err(message) => return Err(LoadError::one("<stdin>", None, message, None)),
        }
    } else {
        let label = path.display().to_string();
        if let Some(message) = crate::input::refusal(path, what) {
            return Err(LoadError::one(&label, None, message, None));
        }
        if std::fs::metadata(path).is_ok_and(|m| m.len() > crate::input::max_input()) {
            return Err(LoadError::one(&label, None, crate::input::too_large(), None));
        }
        let read = std::fs::File::open(path).map_err(|e| e.to_string()).and_then(crate::input::read_capped);
        match read {
            Ok(bytes) => (label, bytes),
            Err(message) => {
                let message = if std::fs::metadata(path).is_err() { "no such file".to_owned() } else { message };
                return Err(LoadError::one(&label, None, message, None));
            }
        }
    };
    match String::from_utf8(bytes) {
        // A UTF-8 byte order mark (editors on Windows write one) is not content: dropped, so
        // columns on line 1 count from the first real character and JSON readers accept it.
        Ok(text) => match text.strip_prefix('\u{feff}') {
            Some(rest) => Ok((label, rest.to_owned())),
            None => Ok((label, text)),
        },
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let byte = e.as_bytes()[at];
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let message = format!("byte 0x{byte:02x} is not valid UTF-8; {what} must be UTF-8");
            Err(LoadError::one(&label, Some(text), message, Some(at..at + 1)))
        }
    }
}

/// Loads a scope set from `text`, naming it `label` in messages.
///
/// # Errors
/// When `text` is not TOML or does not describe a valid scope set; every problem is listed.
pub fn load_str(label: &str, text: &str) -> Result<Loaded, LoadError> {
    let fast = toml::de::DeTable::parse(text).ok().and_then(|doc| fast::raw_file(doc.get_ref()));
    let raw = match fast {
        Some(raw) => raw,
        None => serde_raw(label, text)?,
    };
    let (set, spans, mut problems) = load::validate(raw);
    if problems.is_empty() {
        let source = Source { path: label.to_owned(), text: text.to_owned(), spans };
        return Ok(Loaded { set, source });
    }
    problems.sort_by_key(|p| p.span.as_ref().map_or((usize::MAX, 0), |s| (s.start, s.end)));
    Err(LoadError { path: label.to_owned(), text: Some(text.to_owned()), problems, kind: "scope set" })
}

/// The raw file by serde: the slow path, taken when the fast one gives up, and the one whose
/// messages say what is wrong with a file.
fn serde_raw(label: &str, text: &str) -> Result<raw::RawFile, LoadError> {
    toml::from_str(text).map_err(|e| {
        let mut message = e.message().trim_end().to_owned();
        if message == "duplicate key"
            && let Some(key) = e.span().and_then(|span| text.get(span))
        {
            message = format!("duplicate key {key}: a key or table may appear only once");
        }
        LoadError::one(label, Some(text.to_owned()), message, e.span())
    })
}
