//! Other systems' scope formats: Keycloak realm exports, Auth0 Deploy CLI tenants and OpenAPI
//! documents. Each module reads its format into a [`ScopeSet`] (import) and writes a set back
//! (export). Readers never touch the catalog; `cmd::import` prints or applies what they return.
//!
//! Every reader refuses a malformed file as a whole with located [`Problem`]s, like the
//! `scopes.toml` loader, and lists what it read but could not carry over in
//! [`Imported::unmapped`] instead of dropping it silently.

pub mod auth0;
pub mod keycloak;
pub mod openapi;

use std::ops::Range;

use crate::model::{ScopeSet, Source};
use crate::scopeset::{LoadError, Problem};

/// A scope set read from another system's file.
#[derive(Debug, Clone)]
pub struct Imported {
    pub set: ScopeSet,
    /// The text read and where each subject was found in it, so lint findings can point into
    /// the original file.
    pub source: Source,
    /// What was read but could not be carried over, each with where it was and why.
    pub unmapped: Vec<Problem>,
}

impl Imported {
    /// `path:line:col: message` for each unmapped item, in file order.
    #[must_use]
    pub fn unmapped_lines(&self) -> Vec<String> {
        let mut items: Vec<&Problem> = self.unmapped.iter().collect();
        items.sort_by_key(|p| p.span.as_ref().map_or(usize::MAX, |s| s.start));
        // Items come in file order, so each is located from the previous one: a large export with
        // many unmapped items is read once, not once per item.
        let text = self.source.text.as_str();
        let (mut line, mut line_start, mut at) = (1, 0, 0);
        items
            .into_iter()
            .map(|p| match &p.span {
                Some(span) => {
                    let offset = span.start.min(text.len());
                    let skipped = text.get(at..offset).unwrap_or("");
                    line += skipped.matches('\n').count();
                    if let Some(i) = skipped.rfind('\n') {
                        line_start = at + i + 1;
                    }
                    at = offset;
                    let column = text.get(line_start..offset).map_or(1, |before| before.chars().count() + 1);
                    format!("{}:{line}:{column}: {}", self.source.path, p.message)
                }
                None => format!("{}: {}", self.source.path, p.message),
            })
            .collect()
    }
}

/// The byte offset of 1-based `line` and `column` (in bytes) in `text`, clamped to the text.
#[must_use]
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start =
        if line <= 1 { 0 } else { text.match_indices('\n').nth(line - 2).map_or(text.len(), |(i, _)| i + 1) };
    (line_start + column.saturating_sub(1)).min(text.len())
}

/// A JSON syntax or shape error as a located problem of `kind` ("Keycloak realm export").
#[must_use]
pub fn json_error(label: &str, text: &str, err: &serde_json::Error, kind: &'static str) -> LoadError {
    let full = err.to_string();
    // serde_json appends " at line L column C"; the location goes in the span instead.
    let message = full.rsplit_once(" at line ").map_or(full.as_str(), |(m, _)| m).to_owned();
    let span = (err.line() > 0).then(|| {
        // Column 0 is serde_json's way of saying "at the end of the previous line".
        let at = match err.column() {
            0 => offset_of(text, err.line(), 1).saturating_sub(1),
            column => offset_of(text, err.line(), column),
        };
        at..(at + 1).min(text.len())
    });
    LoadError::one(label, Some(text.to_owned()), message, span).of_kind(kind)
}

/// A YAML (or JSON read as YAML) syntax or shape error as a located problem of `kind`.
#[must_use]
pub fn yaml_error(label: &str, text: &str, err: &serde_saphyr::Error, kind: &'static str) -> LoadError {
    let options = serde_saphyr::render_options! {
        formatter: &serde_saphyr::UserMessageFormatter,
        snippets: serde_saphyr::SnippetMode::Off,
    };
    let full = err.render_with_options(options);
    // The rendered message ends in " at line L, column C"; the location goes in the span instead.
    let message = full.rsplit_once(" at line ").map_or(full.as_str(), |(m, _)| m).to_owned();
    let span = err.location().map(|l| location_span(text, &l));
    LoadError::one(label, Some(text.to_owned()), message, span).of_kind(kind)
}

/// The byte span of a YAML node's location in `text`.
#[must_use]
pub fn location_span(text: &str, location: &serde_saphyr::Location) -> Range<usize> {
    let span = location.span();
    let start = match span.byte_offset() {
        Some(offset) => usize::try_from(offset).unwrap_or(usize::MAX).min(text.len()),
        None => offset_of(
            text,
            usize::try_from(location.line()).unwrap_or(usize::MAX),
            usize::try_from(location.column()).unwrap_or(usize::MAX),
        ),
    };
    let len = span.byte_len().and_then(|l| usize::try_from(l).ok()).unwrap_or(1).max(1);
    start..(start + len).min(text.len()).max(start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LineCol;

    #[test]
    fn unmapped_items_are_located_like_line_col_at() {
        let text = "ab\n\u{e7}d = 1\n\nlast line";
        let offsets = [12, 0, 5, 3, 12, 9];
        let unmapped = offsets.iter().map(|&o| Problem { message: format!("at {o}"), span: Some(o..o + 1) }).collect();
        let source = Source { path: "f".into(), text: text.into(), spans: crate::model::Spans::default() };
        let imported = Imported { set: ScopeSet::default(), source, unmapped };
        let mut sorted = offsets.to_vec();
        sorted.sort_unstable();
        let expected: Vec<String> = sorted
            .iter()
            .map(|&o| {
                let at = LineCol::at(text, o);
                format!("f:{}:{}: at {o}", at.line, at.column)
            })
            .collect();
        assert_eq!(imported.unmapped_lines(), expected);
    }

    #[test]
    fn offsets_follow_lines_and_columns() {
        let text = "ab\ncd\n\nef";
        assert_eq!(offset_of(text, 1, 1), 0);
        assert_eq!(offset_of(text, 2, 2), 4);
        assert_eq!(offset_of(text, 4, 1), 7);
        assert_eq!(offset_of(text, 9, 9), text.len());
    }

    #[test]
    fn json_errors_are_located_without_repeating_the_location() {
        let text = "{\n  \"a\": tru\n}";
        let err = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        let e = json_error("r.json", text, &err, "Keycloak realm export");
        assert_eq!(e.problems.len(), 1);
        assert!(!e.problems[0].message.contains("line"), "{}", e.problems[0].message);
        assert_eq!(e.line_col(&e.problems[0]).map(|l| l.line), Some(2));
        assert!(e.summary().contains("not a valid Keycloak realm export"));
    }

    #[test]
    fn yaml_errors_are_located() {
        let text = "a: 1\nb: [x\n";
        let err = serde_saphyr::from_str::<serde_json::Value>(text).unwrap_err();
        let e = yaml_error("t.yaml", text, &err, "Auth0 tenant");
        assert!(!e.problems[0].message.contains(" at line "), "{}", e.problems[0].message);
        assert!(e.line_col(&e.problems[0]).is_some());
    }
}
