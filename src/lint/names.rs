//! One tokenizer for scope names of every common style. Rules decide on the tokens and the parsed
//! structure, never on substrings: `install` and `callback` hold no `all` token.
//!
//! - snake_case `view_lab_results`, kebab-case `cloud-platform`, camelCase `fhirUser`
//! - dotted PascalCase `Directory.ReadWrite.All`, dotted lower case `okta.users.read`
//! - colon and slash forms `admin:org`, `admin.users:write`, `read:labs`
//! - URL scopes `https://www.googleapis.com/auth/drive.readonly`, judged by their last path part
//!   (a URL with no path, such as `https://mail.google.com/`, names a whole service)
//! - SMART on FHIR scopes, parsed by [`super::smart`]

use std::borrow::Cow;
use std::ops::Range;

use super::smart::{self, Smart, SmartError};
use super::words::{self, Class};

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
    /// The word lists ([`super::words`]) its lower-case text is in.
    pub class: Class,
}

/// A tokenized scope name, borrowing the text it was made from: a set's names are tokenized
/// once per lint run, and copying each name (and its lower-case form) cost more than the rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name<'a> {
    pub raw: &'a str,
    pub style: Style,
    /// The part the tokens come from: the whole name, or a URL's last path part (or host).
    pub judged: &'a str,
    /// `judged`, ASCII-lower-cased (same byte offsets); borrowed when it has no upper case.
    lower: Cow<'a, str>,
    pub tokens: Vec<Token>,
    /// The union of the tokens' classes.
    pub classes: Class,
    /// A URL scope with no path: it names a whole service.
    pub url_root: bool,
    /// The parsed SMART scope, when the name is one.
    pub smart: Option<Smart>,
    /// The grammar error, when the name starts like a SMART clinical scope but breaks the grammar.
    pub smart_error: Option<SmartError>,
}

impl<'a> Name<'a> {
    /// Tokenizes `raw`.
    #[must_use]
    pub fn new(raw: &'a str) -> Name<'a> {
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
        let lower = if judged.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(judged.to_ascii_lowercase())
        } else {
            Cow::Borrowed(judged)
        };
        let tokens = tokenize(judged, &lower);
        let classes = tokens.iter().fold(Class::default(), |all, t| all.with(t.class));
        let style = if smart.is_some() && !matches!(smart, Some(Smart::OpenId | Smart::Profile | Smart::Launch(None))) {
            Style::Smart
        } else if url.is_some() {
            Style::Url
        } else {
            style_of(raw, &tokens)
        };
        Name { raw, style, judged, lower, tokens, classes, url_root, smart, smart_error }
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

    /// True when token `i` is in every list of `class`.
    #[must_use]
    pub fn is(&self, i: usize, class: Class) -> bool {
        self.tokens[i].class.has(class)
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
/// `HTTP`, `Server`); `*` is a token of its own. `lower` is `s` ASCII-lower-cased, for the
/// tokens' word classes.
fn tokenize(s: &str, lower: &str) -> Vec<Token> {
    if s.is_ascii() {
        // Byte by byte, without decoding UTF-8: most names are ASCII, and tokenizing was a
        // large part of a lint run.
        split(s, lower, s.as_bytes(), |k| k)
    } else {
        let (offsets, chars): (Vec<usize>, Vec<char>) = s.char_indices().unzip();
        split(s, lower, &chars, |k| offsets[k])
    }
}

/// [`tokenize`] over the characters of `s` (bytes when it is ASCII); `offset(k)` is the byte
/// offset of character `k`.
fn split<C: Copy + Into<char>>(s: &str, lower: &str, chars: &[C], offset: impl Fn(usize) -> usize) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(4);
    // The byte offset where the current token starts, and whether its first letter is a capital.
    let mut start: Option<(usize, bool)> = None;
    let mut sep: Option<char> = None;
    let push = |tokens: &mut Vec<Token>, (from, capital): (usize, bool), to: usize, sep: &mut Option<char>| {
        if from < to {
            let class = words::class(&lower[from..to]);
            tokens.push(Token { range: from..to, sep: sep.take(), capital, class });
        }
    };
    for (k, &c) in chars.iter().enumerate() {
        let (i, c): (usize, char) = (offset(k), c.into());
        if is_sep(c) {
            if let Some(st) = start.take() {
                push(&mut tokens, st, i, &mut sep);
            }
            sep = Some(c);
        } else if c == '*' {
            if let Some(st) = start.take() {
                push(&mut tokens, st, i, &mut sep);
            }
            push(&mut tokens, (i, false), i + 1, &mut sep);
        } else {
            match start {
                None => start = Some((i, c.is_uppercase())),
                // Inside a token `k > 0`, and character `k - 1` is the token's.
                Some(st) if c.is_uppercase() => {
                    let prev: char = chars[k - 1].into();
                    let next: Option<char> = chars.get(k + 1).map(|&n| n.into());
                    let boundary = prev.is_lowercase()
                        || prev.is_ascii_digit()
                        || (prev.is_uppercase() && next.is_some_and(char::is_lowercase));
                    if boundary {
                        push(&mut tokens, st, i, &mut None);
                        start = Some((i, true));
                    }
                }
                Some(_) => {}
            }
        }
    }
    if let Some(st) = start {
        push(&mut tokens, st, s.len(), &mut sep);
    }
    tokens
}

fn style_of(raw: &str, tokens: &[Token]) -> Style {
    // One pass over the bytes for what the decision below looks at (bytes of non-ASCII
    // characters are never ASCII separators).
    let (mut colon, mut slash, mut dot, mut underscore, mut dash, mut upper) =
        (false, false, false, false, false, false);
    for &b in raw.as_bytes() {
        match b {
            b':' => colon = true,
            b'/' => slash = true,
            b'.' => dot = true,
            b'_' => underscore = true,
            b'-' => dash = true,
            b => upper |= b.is_ascii_uppercase(),
        }
    }
    if !raw.is_ascii() {
        upper = raw.chars().any(char::is_uppercase);
    }
    if colon {
        Style::Colon
    } else if slash {
        Style::Other
    } else if dot {
        if tokens.iter().any(|t| t.capital) && tokens.first().is_some_and(|t| t.capital) {
            Style::DottedPascal
        } else {
            Style::Dotted
        }
    } else if underscore {
        if upper { Style::Other } else { Style::Snake }
    } else if dash {
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
    fn ascii_names_split_alike_as_bytes_and_as_chars() {
        let fixture = include_str!("../../tests/fixtures/breadth/dev.tsv");
        let names = fixture.lines().filter_map(|l| l.split('\t').nth(1));
        let more = ["HTTPServer", "a1B", "ABc", "A*b", "x__y", "*", "__", "Read.WRITE.all", "userIDs", "x9Y", "fooBAR"];
        for name in names.chain(more).filter(|n| n.is_ascii()) {
            let lower = name.to_ascii_lowercase();
            let chars: Vec<char> = name.chars().collect();
            assert_eq!(tokenize(name, &lower), split(name, &lower, &chars, |k| k), "{name}");
        }
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
        let n = Name::new("\u{fc}ber.\u{c4}rzteLesen");
        let capitals: Vec<bool> = n.tokens.iter().map(|t| t.capital).collect();
        assert_eq!(
            (n.words().collect::<Vec<_>>(), capitals),
            (vec!["\u{fc}ber", "\u{c4}rzte", "lesen"], vec![false, true, true])
        );
    }
}
