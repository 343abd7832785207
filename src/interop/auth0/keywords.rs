//! The Deploy CLI's keyword placeholders (`AUTH0_KEYWORD_REPLACE_MAPPINGS`): `##KEY##` is
//! replaced by a value as text, `@@KEY@@` by a value as JSON (so it may stand for a whole list).
//! The Deploy CLI replaces them before parsing, which lets files hold markers that are not
//! YAML or JSON as written: `allowed_origins: @@ORIGINS@@` (a YAML reserved character, or a bare
//! word in JSON) and `name: ##ENV## app` (a YAML comment).
//!
//! scopectl has no mappings, so it keeps the markers as text: before parsing, [`neutralize_yaml`]
//! and [`neutralize_json`] rewrite each marker into a same-length stand-in the parser accepts, so
//! every byte offset still points into the original file, and [`restore`] turns the stand-ins
//! in a parsed string back into the markers. The stand-ins use two letters no tenant
//! configuration writes, U+01C2 `ǂ` for `##` and U+01C1 `ǁ` for `@@`, each two bytes long.

use std::borrow::Cow;

/// Stands for `##` (two bytes in UTF-8, like `##`).
const HASH: char = 'ǂ';
/// Stands for `@@`.
const AT: char = 'ǁ';

/// A character of a keyword's name.
fn is_key_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.')
}

/// The length of the name of a marker `DD` + name + `DD` starting at `at` (`DD` being `delim`
/// twice), when there is one.
fn marker_at(bytes: &[u8], at: usize, delim: u8) -> Option<usize> {
    if bytes.get(at) != Some(&delim) || bytes.get(at + 1) != Some(&delim) {
        return None;
    }
    let name = bytes.get(at + 2..)?;
    let len = name.iter().take_while(|b| is_key_byte(**b)).count();
    let has_alnum = name[..len].iter().any(u8::is_ascii_alphanumeric);
    (has_alnum && name.get(len) == Some(&delim) && name.get(len + 1) == Some(&delim)).then_some(len)
}

/// True when `text` holds a `##KEY##` or `@@KEY@@` marker.
pub(super) fn contains_keyword(text: &str) -> bool {
    let bytes = text.as_bytes();
    (0..bytes.len()).any(|i| marker_at(bytes, i, b'#').is_some() || marker_at(bytes, i, b'@').is_some())
}

/// The first marker in `text`, for messages.
pub(super) fn first_keyword(text: &str) -> Option<&str> {
    let bytes = text.as_bytes();
    (0..bytes.len()).find_map(|i| {
        let len = marker_at(bytes, i, b'#').or_else(|| marker_at(bytes, i, b'@'))?;
        text.get(i..i + len + 4)
    })
}

/// True when `text` is one `@@KEY@@` marker and nothing else: a value that stands for a list.
pub(super) fn is_list_keyword(text: &str) -> bool {
    marker_at(text.as_bytes(), 0, b'@').is_some_and(|len| len + 4 == text.len())
}

/// `text` with every marker rewritten so that a YAML parser reads it as (part of) a scalar:
/// `##KEY##` becomes `ǂKEYǂ` wherever it is, and an `@@KEY@@` that stands alone as an unquoted
/// value becomes the quoted string `"ǁKEY"`. Byte offsets are unchanged.
pub(super) fn neutralize_yaml(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let mut out = String::new();
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(len) = marker_at(bytes, i, b'#') {
            out.push_str(&text[copied..i]);
            out.push(HASH);
            out.push_str(&text[i + 2..i + 2 + len]);
            out.push(HASH);
            i += len + 4;
            copied = i;
        } else if let Some(len) = marker_at(bytes, i, b'@').filter(|len| stands_alone(bytes, i, i + len + 4)) {
            out.push_str(&text[copied..i]);
            push_quoted(&mut out, AT, &text[i + 2..i + 2 + len]);
            i += len + 4;
            copied = i;
        } else {
            i += 1;
        }
    }
    if copied == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

/// Writes `"` + `stand_in` + `name` + `"`: as long as the marker it replaces, `@@` + `name` + `@@`.
fn push_quoted(out: &mut String, stand_in: char, name: &str) {
    out.push('"');
    out.push(stand_in);
    out.push_str(name);
    out.push('"');
}

/// True when the bytes `start..end` of a YAML text are a whole unquoted value: after a
/// `key: `, a `- `, a flow `[`, `{` or `,`, or at the start of a line, and followed only by
/// blanks, a comment, a flow separator or the end of the line.
fn stands_alone(bytes: &[u8], start: usize, end: usize) -> bool {
    let before = &bytes[..start];
    let blanks = before.iter().rev().take_while(|b| matches!(b, b' ' | b'\t')).count();
    let opener = match before.len().checked_sub(blanks + 1) {
        None => true,
        Some(j) => match bytes[j] {
            b'\n' | b'[' | b'{' | b',' => true,
            b':' | b'-' | b'?' => blanks > 0,
            _ => false,
        },
    };
    let rest = &bytes[end..];
    let blanks = rest.iter().take_while(|b| matches!(b, b' ' | b'\t')).count();
    let closer = match rest.get(blanks) {
        None | Some(b'\n' | b'\r' | b',' | b']' | b'}') => true,
        Some(b'#') => blanks > 0,
        Some(_) => false,
    };
    opener && closer
}

/// `text` with every marker outside JSON strings rewritten into a JSON string: `##KEY##`
/// becomes `"ǂKEY"` and `@@KEY@@` becomes `"ǁKEY"`. Markers inside strings are valid JSON
/// already and stay as they are. Byte offsets are unchanged.
pub(super) fn neutralize_json(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let mut out = String::new();
    let mut copied = 0;
    let mut in_string = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if in_string {
            match b {
                b'\\' => i += 1,
                b'"' => in_string = false,
                _ => {}
            }
            i += 1;
            continue;
        }
        let found =
            marker_at(bytes, i, b'#').map(|len| (len, HASH)).or_else(|| marker_at(bytes, i, b'@').map(|len| (len, AT)));
        if let Some((len, stand_in)) = found {
            out.push_str(&text[copied..i]);
            push_quoted(&mut out, stand_in, &text[i + 2..i + 2 + len]);
            i += len + 4;
            copied = i;
        } else {
            in_string = b == b'"';
            i += 1;
        }
    }
    if copied == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

/// A parsed string with the stand-ins of [`neutralize_yaml`] and [`neutralize_json`] turned back
/// into the markers they replaced.
pub(super) fn restore(text: &str) -> Cow<'_, str> {
    if !text.contains([HASH, AT]) {
        return Cow::Borrowed(text);
    }
    // A whole value that was a bare marker: `ǂKEY` (JSON `##KEY##`) or `ǁKEY` (`@@KEY@@`).
    for (stand_in, delim) in [(HASH, "##"), (AT, "@@")] {
        if let Some(name) = text.strip_prefix(stand_in)
            && !name.is_empty()
            && name.bytes().all(is_key_byte)
        {
            return Cow::Owned(format!("{delim}{name}{delim}"));
        }
    }
    // `"ǁKEY"` inside a longer text: a YAML `@@KEY@@` alone on a line of a block or multi-line
    // scalar, which the scan took for a value of its own.
    let quoted = quoted_at_markers(text);
    // `ǂKEYǂ` anywhere (YAML `##KEY##`).
    let mut out = String::with_capacity(quoted.len());
    let mut rest = quoted.as_ref();
    while let Some(start) = rest.find(HASH) {
        out.push_str(&rest[..start]);
        let after = &rest[start + HASH.len_utf8()..];
        let len = after.bytes().take_while(|b| is_key_byte(*b)).count();
        if len > 0 && after[len..].starts_with(HASH) {
            out.push_str("##");
            out.push_str(&after[..len]);
            out.push_str("##");
            rest = &after[len + HASH.len_utf8()..];
        } else {
            out.push(HASH);
            rest = after;
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// `text` with each `"ǁKEY"` turned back into `@@KEY@@`.
fn quoted_at_markers(text: &str) -> Cow<'_, str> {
    let opener = format!("\"{AT}");
    if !text.contains(&opener) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(&opener) {
        out.push_str(&rest[..start]);
        let after = &rest[start + opener.len()..];
        let len = after.bytes().take_while(|b| is_key_byte(*b)).count();
        if len > 0 && after[len..].starts_with('"') {
            out.push_str("@@");
            out.push_str(&after[..len]);
            out.push_str("@@");
            rest = &after[len + 1..];
        } else {
            out.push_str(&opener);
            rest = after;
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_found_and_named() {
        assert!(contains_keyword("##ENV##:read"));
        assert!(contains_keyword("https://@@DOMAIN@@/api"));
        assert!(!contains_keyword("## Section ##"));
        assert!(!contains_keyword("########"));
        assert!(!contains_keyword("a@@b"));
        assert_eq!(first_keyword("x ##ENV## @@Y@@"), Some("##ENV##"));
        assert!(is_list_keyword("@@SCOPES@@"));
        assert!(!is_list_keyword("@@SCOPES@@ "));
        assert!(!is_list_keyword("##SCOPES##"));
    }

    #[test]
    fn yaml_markers_keep_their_offsets_and_come_back() {
        let text = "tenant:\n  friendly_name: ##ENV## tenant\n  allowed_logout_urls: @@URLS@@\n  web_origins: [ \"a\", ##MORE## ]\n  quoted: \"@@Q@@\"\n  inner: x@@Y@@z\nlist:\n  - @@ITEM@@ # note\n";
        let neutral = neutralize_yaml(text);
        assert_eq!(neutral.len(), text.len());
        assert!(neutral.contains("friendly_name: ǂENVǂ tenant"), "{neutral}");
        assert!(neutral.contains("allowed_logout_urls: \"ǁURLS\""), "{neutral}");
        assert!(neutral.contains("[ \"a\", ǂMOREǂ ]"), "{neutral}");
        assert!(neutral.contains("quoted: \"@@Q@@\""), "{neutral}");
        assert!(neutral.contains("inner: x@@Y@@z"), "{neutral}");
        assert!(neutral.contains("  - \"ǁITEM\" # note"), "{neutral}");
        assert_eq!(restore("ǂENVǂ tenant"), "##ENV## tenant");
        assert_eq!(restore("ǁURLS"), "@@URLS@@");
        assert_eq!(restore("https://ǂDOMAINǂ/api/v2/"), "https://##DOMAIN##/api/v2/");
        assert_eq!(restore("plain"), "plain");
        assert_eq!(restore("ǂ lone ǂ"), "ǂ lone ǂ");
        // A marker alone on a line of a block scalar.
        let block = "d: |\n  first\n  @@LIST@@\n  ##X## last\n";
        let neutral = neutralize_yaml(block);
        let value: serde_json::Value = serde_saphyr::from_str(&neutral).unwrap();
        assert_eq!(restore(value["d"].as_str().unwrap()), "first\n@@LIST@@\n##X## last\n");
    }

    #[test]
    fn json_markers_outside_strings_become_strings() {
        let text = "{\"scopes\": @@SCOPES@@, \"name\": \"##ENV## api\", \"n\": ##N##, \"e\": \"a\\\"@@X@@\"}";
        let neutral = neutralize_json(text);
        assert_eq!(neutral.len(), text.len());
        let value: serde_json::Value = serde_json::from_str(&neutral).unwrap();
        assert_eq!(restore(value["scopes"].as_str().unwrap()), "@@SCOPES@@");
        assert_eq!(restore(value["name"].as_str().unwrap()), "##ENV## api");
        assert_eq!(restore(value["n"].as_str().unwrap()), "##N##");
        assert_eq!(value["e"].as_str().unwrap(), "a\"@@X@@");
    }

    #[test]
    fn text_without_markers_is_borrowed() {
        assert!(matches!(neutralize_yaml("a: b # c\n"), Cow::Borrowed(_)));
        assert!(matches!(neutralize_json("{\"a\": \"##\"}"), Cow::Borrowed(_)));
        assert!(matches!(restore("abc"), Cow::Borrowed(_)));
    }
}
