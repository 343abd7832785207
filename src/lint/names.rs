//! One tokenizer for scope names of every common style. Rules decide on the tokens and the parsed
//! structure, never on substrings: `install` and `callback` hold no `all` token.
//!
//! - snake_case `view_lab_results`, kebab-case `cloud-platform`, camelCase `fhirUser`
//! - dotted PascalCase `Directory.ReadWrite.All`, dotted lower case `okta.users.read`
//! - colon and slash forms `admin:org`, `admin.users:write`, `read:labs`
//! - URL scopes `https://www.googleapis.com/auth/drive.readonly`, judged by their last path part
//!   (a URL with no path, such as `https://mail.google.com/`, names a whole service)
//! - SMART on FHIR scopes, parsed by [`super::smart`]

use std::ops::Range;

use super::smart::{self, Smart, SmartError};

/// The naming style of a whole scope name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Style {
    /// `view_lab_results`
    Snake,
    /// `cloud-platform`
    Kebab,
    /// `readLabs`
    Camel,
    /// `ReadLabs`
    Pascal,
    /// `Directory.ReadWrite.All`
    DottedPascal,
    /// `lab_results.read`, `okta.users.read`
    Dotted,
    /// `read:labs`, `admin.users:write`
    Colon,
    /// `patient/Observation.rs` and the other SMART scopes
    Smart,
    /// `https://…`
    Url,
    /// One lower-case word (`openid`, `repo`): fits several styles.
    Word,
    /// Anything else (upper-case snake, mixed separators).
    Other,
}

impl Style {
    #[must_use]
    pub fn describe(self) -> &'static str {
        match self {
            Style::Snake => "snake_case",
            Style::Kebab => "kebab-case",
            Style::Camel => "camelCase",
            Style::Pascal => "PascalCase",
            Style::DottedPascal => "dotted PascalCase (Resource.Action)",
            Style::Dotted => "dotted lower case (resource.action)",
            Style::Colon => "colon form (resource:action)",
            Style::Smart => "SMART on FHIR",
            Style::Url => "URL",
            Style::Word => "a single word",
            Style::Other => "mixed",
        }
    }
}

/// One word of a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range in [`Name::judged`].
    pub range: Range<usize>,
    /// The separator written before it (`_`, `.`, `:`, `/`, `-`…), if any.
    pub sep: Option<char>,
    /// Written with an upper-case first letter.
    pub capital: bool,
}

/// A tokenized scope name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    pub raw: String,
    pub style: Style,
    /// The part the tokens come from: the whole name, or a URL's last path part (or host).
    pub judged: String,
    /// `judged`, ASCII-lower-cased (same byte offsets).
    lower: String,
    pub tokens: Vec<Token>,
    /// A URL scope with no path: it names a whole service.
    pub url_root: bool,
    /// The parsed SMART scope, when the name is one.
    pub smart: Option<Smart>,
    /// The grammar error, when the name starts like a SMART clinical scope but breaks the grammar.
    pub smart_error: Option<SmartError>,
}

impl Name {
    /// Tokenizes `raw`.
    #[must_use]
    pub fn new(raw: &str) -> Name {
        let (smart, smart_error) = match smart::parse(raw) {
            Ok(s) => (s, None),
            Err(e) => (None, Some(e)),
        };
        let url = raw.strip_prefix("https://").or_else(|| raw.strip_prefix("http://"));
        let (judged, url_root) = match url {
            Some(rest) => {
                let rest = rest.split(['?', '#']).next().unwrap_or("");
                match rest.split_once('/') {
                    Some((host, path)) => match path.trim_end_matches('/').rsplit('/').next() {
                        Some(last) if !last.is_empty() => (last, false),
                        _ => (host, true),
                    },
                    None => (rest, true),
                }
            }
            None => (raw, false),
        };
        let lower = judged.to_ascii_lowercase();
        let tokens = tokenize(judged);
        let style = if smart.is_some() && !matches!(smart, Some(Smart::OpenId | Smart::Profile | Smart::Launch(None))) {
            Style::Smart
        } else if url.is_some() {
            Style::Url
        } else {
            style_of(raw, &tokens)
        };
        Name { raw: raw.to_owned(), style, judged: judged.to_owned(), lower, tokens, url_root, smart, smart_error }
    }

    /// The lower-case text of token `i`.
    #[must_use]
    pub fn word(&self, i: usize) -> &str {
        &self.lower[self.tokens[i].range.clone()]
    }

    /// The text of token `i` as written.
    #[must_use]
    pub fn written(&self, i: usize) -> &str {
        &self.judged[self.tokens[i].range.clone()]
    }

    /// The lower-case words in order.
    pub fn words(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.tokens.len()).map(|i| self.word(i))
    }

    /// The SMART clinical scope, when the name is one.
    #[must_use]
    pub fn clinical(&self) -> Option<&smart::Clinical> {
        match &self.smart {
            Some(Smart::Clinical(c)) => Some(c),
            _ => None,
        }
    }
}

fn is_sep(c: char) -> bool {
    matches!(c, '_' | '-' | '.' | ':' | '/' | '?' | '=' | '&' | '|' | ',' | '+' | '#' | '~' | '@')
}

/// Splits on separators and on case changes (`ReadWrite` → `Read`, `Write`; `HTTPServer` →
/// `HTTP`, `Server`); `*` is a token of its own.
fn tokenize(s: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut start: Option<usize> = None;
    let mut sep: Option<char> = None;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let push = |tokens: &mut Vec<Token>, from: usize, to: usize, sep: &mut Option<char>| {
        if from < to {
            let capital = s[from..].chars().next().is_some_and(char::is_uppercase);
            tokens.push(Token { range: from..to, sep: sep.take(), capital });
        }
    };
    for (k, &(i, c)) in chars.iter().enumerate() {
        if is_sep(c) {
            if let Some(st) = start.take() {
                push(&mut tokens, st, i, &mut sep);
            }
            sep = Some(c);
            continue;
        }
        if c == '*' {
            if let Some(st) = start.take() {
                push(&mut tokens, st, i, &mut sep);
            }
            push(&mut tokens, i, i + 1, &mut sep);
            continue;
        }
        match start {
            None => start = Some(i),
            Some(st) => {
                let prev = chars[k - 1].1;
                let next = chars.get(k + 1).map(|&(_, n)| n);
                let boundary = (c.is_uppercase() && (prev.is_lowercase() || prev.is_ascii_digit()))
                    || (c.is_uppercase() && prev.is_uppercase() && next.is_some_and(char::is_lowercase));
                if boundary {
                    push(&mut tokens, st, i, &mut None);
                    start = Some(i);
                }
            }
        }
    }
    if let Some(st) = start {
        push(&mut tokens, st, s.len(), &mut sep);
    }
    tokens
}

fn style_of(raw: &str, tokens: &[Token]) -> Style {
    let has = |c: char| raw.contains(c);
    let upper = raw.chars().any(char::is_uppercase);
    if has(':') {
        Style::Colon
    } else if has('/') {
        Style::Other
    } else if has('.') {
        if tokens.iter().any(|t| t.capital) && tokens.first().is_some_and(|t| t.capital) {
            Style::DottedPascal
        } else {
            Style::Dotted
        }
    } else if has('_') {
        if upper { Style::Other } else { Style::Snake }
    } else if has('-') {
        if upper { Style::Other } else { Style::Kebab }
    } else if upper {
        if raw.chars().next().is_some_and(char::is_uppercase) { Style::Pascal } else { Style::Camel }
    } else {
        Style::Word
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        Name::new(s).words().map(str::to_owned).collect()
    }

    #[test]
    fn every_style_tokenizes() {
        assert_eq!(words("view_lab_results"), ["view", "lab", "results"]);
        assert_eq!(words("Directory.ReadWrite.All"), ["directory", "read", "write", "all"]);
        assert_eq!(words("admin.users:write"), ["admin", "users", "write"]);
        assert_eq!(words("read:labs"), ["read", "labs"]);
        assert_eq!(words("okta.myAccount.email.read"), ["okta", "my", "account", "email", "read"]);
        assert_eq!(words("HTTPServer"), ["http", "server"]);
        assert_eq!(words("cloud-platform"), ["cloud", "platform"]);
        assert_eq!(words("Athenanet.MDP.*"), ["athenanet", "mdp", "*"]);
        assert_eq!(words("https://www.googleapis.com/auth/drive.readonly"), ["drive", "readonly"]);
        assert_eq!(words("https://graph.microsoft.com/.default"), ["default"]);
        assert_eq!(words("install_callback"), ["install", "callback"]);
    }

    #[test]
    fn url_roots_are_judged_by_host() {
        let n = Name::new("https://mail.google.com/");
        assert!(n.url_root);
        assert_eq!(n.judged, "mail.google.com");
        assert!(!Name::new("https://www.googleapis.com/auth/gmail.send").url_root);
    }

    #[test]
    fn styles() {
        assert_eq!(Name::new("view_lab_results").style, Style::Snake);
        assert_eq!(Name::new("Directory.ReadWrite.All").style, Style::DottedPascal);
        assert_eq!(Name::new("lab_results.read").style, Style::Dotted);
        assert_eq!(Name::new("lab_results:read").style, Style::Colon);
        assert_eq!(Name::new("patient/Observation.rs").style, Style::Smart);
        assert_eq!(Name::new("https://www.googleapis.com/auth/drive").style, Style::Url);
        assert_eq!(Name::new("readLabs").style, Style::Camel);
        assert_eq!(Name::new("repo").style, Style::Word);
        assert_eq!(Name::new("offline_access").style, Style::Smart);
    }

    #[test]
    fn trailing_all_keeps_its_separator_and_case() {
        let n = Name::new("Files.Read.All");
        let last = n.tokens.last().unwrap();
        assert_eq!((last.sep, last.capital, n.written(n.tokens.len() - 1)), (Some('.'), true, "All"));
    }
}
