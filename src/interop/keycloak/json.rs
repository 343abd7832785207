//! A JSON tree that remembers where each value and key was written, so that a problem found after
//! parsing (a wrong type, a reference to nothing) can point at `path:line:column`.
//!
//! `serde_json` checks the syntax first and gives the messages for malformed text; this pass then
//! only has to build the tree of text it knows is valid JSON. Its recursion is bounded by
//! [`MAX_DEPTH`] (serde_json's check passes over values without recursing, so it sets no limit),
//! and it returns an error rather than panicking if the two ever disagree. Object members keep
//! their file order (`serde_json::Value` sorts them).

use std::ops::Range;

/// A value and the byte span of its text.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub span: Range<usize>,
    pub value: Value,
}

/// A JSON value. Numbers are not needed by any reader, so only their span is kept.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number,
    String(String),
    Array(Vec<Node>),
    Object(Vec<Member>),
    /// A member of a realm object that no reader looks at, passed over without being built
    /// (realm exports carry every user, flow and key of the realm).
    Skipped,
}

/// One `"key": value` of an object.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub key: String,
    pub key_span: Range<usize>,
    pub value: Node,
}

/// How deep the values read may nest (serde_json's usual limit); a realm's client scopes, roles
/// and clients nest a few levels. Members passed over may nest deeper.
pub const MAX_DEPTH: usize = 128;

/// Why [`parse`] gave up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// Values nest deeper than [`MAX_DEPTH`], first at this byte offset.
    TooDeep(usize),
    /// The text is not JSON after all.
    Invalid,
}

impl Node {
    /// What the value is, for messages: "a string", "an array", …
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self.value {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) | Value::Skipped => "an object",
        }
    }

    /// The member named `key` of an object (the last one when a key is repeated, as Keycloak's
    /// JSON reader does); `None` for other values.
    #[must_use]
    pub fn member(&self, key: &str) -> Option<&Member> {
        match &self.value {
            Value::Object(members) => members.iter().rev().find(|m| m.key == key),
            _ => None,
        }
    }

    /// The string, when the value is one.
    #[must_use]
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
}

/// Parses `text`, which serde_json has accepted. Objects at the realm level (the top-level
/// object, or each object of a top-level array) keep only the members named in `keep`; the others
/// are [`Value::Skipped`]. A leading byte-order mark is passed over.
///
/// # Errors
/// When values nest deeper than [`MAX_DEPTH`], or the text is not JSON.
pub fn parse(text: &str, keep: &[&str]) -> Result<Node, ParseError> {
    let mut p = Parser { text, bytes: text.as_bytes(), pos: 0, keep, too_deep: None };
    if text.starts_with('\u{feff}') {
        p.pos = '\u{feff}'.len_utf8();
    }
    p.ws();
    let node = p.value(0, Level::Top);
    p.ws();
    match (node, p.too_deep) {
        (_, Some(at)) => Err(ParseError::TooDeep(at)),
        (Some(node), None) if p.pos == p.bytes.len() => Ok(node),
        _ => Err(ParseError::Invalid),
    }
}

/// Where a value sits, for the realm-level filter.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Level {
    /// The top-level value.
    Top,
    /// A direct element of a top-level array.
    TopElement,
    Inner,
}

struct Parser<'t> {
    text: &'t str,
    bytes: &'t [u8],
    pos: usize,
    keep: &'t [&'t str],
    too_deep: Option<usize>,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while self.bytes.get(self.pos).is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> Option<()> {
        (self.bytes.get(self.pos) == Some(&byte)).then(|| self.pos += 1)
    }

    fn literal(&mut self, word: &str) -> Option<()> {
        let end = self.pos + word.len();
        (self.bytes.get(self.pos..end)? == word.as_bytes()).then(|| self.pos = end)
    }

    fn value(&mut self, depth: usize, level: Level) -> Option<Node> {
        if depth > MAX_DEPTH {
            self.too_deep = Some(self.pos);
            return None;
        }
        let start = self.pos;
        let value = match *self.bytes.get(self.pos)? {
            b'{' => self.object(depth, level)?,
            b'[' => self.array(depth, level)?,
            b'"' => Value::String(self.string()?),
            b't' => self.literal("true").map(|()| Value::Bool(true))?,
            b'f' => self.literal("false").map(|()| Value::Bool(false))?,
            b'n' => self.literal("null").map(|()| Value::Null)?,
            b'-' | b'0'..=b'9' => {
                self.number();
                Value::Number
            }
            _ => return None,
        };
        Some(Node { span: start..self.pos, value })
    }

    fn number(&mut self) {
        while self.bytes.get(self.pos).is_some_and(|b| matches!(b, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E')) {
            self.pos += 1;
        }
    }

    /// The end of the string token starting at `self.pos` (just after its closing quote).
    fn string_end(&self) -> Option<usize> {
        let mut at = self.pos + 1;
        loop {
            match *self.bytes.get(at)? {
                b'"' => return Some(at + 1),
                b'\\' => at += 2,
                _ => at += 1,
            }
        }
    }

    fn string(&mut self) -> Option<String> {
        let end = self.string_end()?;
        let token = self.text.get(self.pos..end)?;
        self.pos = end;
        let inner = token.get(1..token.len() - 1)?;
        if inner.contains('\\') { serde_json::from_str(token).ok() } else { Some(inner.to_owned()) }
    }

    fn array(&mut self, depth: usize, level: Level) -> Option<Value> {
        self.eat(b'[')?;
        let inner = if level == Level::Top { Level::TopElement } else { Level::Inner };
        let mut items = Vec::new();
        self.ws();
        if self.eat(b']').is_some() {
            return Some(Value::Array(items));
        }
        loop {
            self.ws();
            items.push(self.value(depth + 1, inner)?);
            self.ws();
            if self.eat(b',').is_none() {
                self.eat(b']')?;
                return Some(Value::Array(items));
            }
        }
    }

    fn object(&mut self, depth: usize, level: Level) -> Option<Value> {
        self.eat(b'{')?;
        let realm_level = level != Level::Inner;
        let mut members = Vec::new();
        self.ws();
        if self.eat(b'}').is_some() {
            return Some(Value::Object(members));
        }
        loop {
            self.ws();
            let key_start = self.pos;
            let key = self.string()?;
            let key_span = key_start..self.pos;
            self.ws();
            self.eat(b':')?;
            self.ws();
            let value = if realm_level && !self.keep.contains(&key.as_str()) {
                let start = self.pos;
                self.skip(depth + 1)?;
                Node { span: start..self.pos, value: Value::Skipped }
            } else {
                self.value(depth + 1, Level::Inner)?
            };
            members.push(Member { key, key_span, value });
            self.ws();
            if self.eat(b',').is_none() {
                self.eat(b'}')?;
                return Some(Value::Object(members));
            }
        }
    }

    /// Passes over one value without building it.
    fn skip(&mut self, depth: usize) -> Option<()> {
        match *self.bytes.get(self.pos)? {
            b'"' => {
                self.pos = self.string_end()?;
                return Some(());
            }
            b'{' | b'[' => {}
            _ => return self.value(depth, Level::Inner).map(|_| ()),
        }
        let mut open = 0usize;
        loop {
            match *self.bytes.get(self.pos)? {
                b'"' => {
                    self.pos = self.string_end()?;
                    continue;
                }
                b'{' | b'[' => open += 1,
                b'}' | b']' => {
                    open = open.checked_sub(1)?;
                    if open == 0 {
                        self.pos += 1;
                        return Some(());
                    }
                }
                _ => {}
            }
            self.pos += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(node: &Node) -> Vec<&str> {
        match &node.value {
            Value::Array(items) => items.iter().filter_map(Node::as_str).collect(),
            _ => Vec::new(),
        }
    }

    #[test]
    fn keeps_member_order_and_spans() {
        let text = r#"{ "realm" : "clinic", "b": [1, true, null, "x\"y\u00e9"], "a": {} }"#;
        let root = parse(text, &["realm", "a", "b"]).unwrap();
        let Value::Object(members) = &root.value else { panic!("{root:?}") };
        let keys: Vec<&str> = members.iter().map(|m| m.key.as_str()).collect();
        assert_eq!(keys, ["realm", "b", "a"]);
        let realm = root.member("realm").unwrap();
        assert_eq!(&text[realm.key_span.clone()], "\"realm\"");
        assert_eq!(&text[realm.value.span.clone()], "\"clinic\"");
        let b = &root.member("b").unwrap().value;
        assert_eq!(strings(b), ["x\"yé"]);
        assert_eq!(&text[b.span.clone()], r#"[1, true, null, "x\"y\u00e9"]"#);
        assert_eq!(root.span, 0..text.len());
    }

    #[test]
    fn skips_realm_level_members_nobody_reads() {
        let text = r#"[{"realm": "a", "users": [{"name": "}]\"", "x": [[{}]]}], "roles": {"realm": []}}]"#;
        let root = parse(text, &["realm", "roles"]).unwrap();
        let Value::Array(realms) = &root.value else { panic!() };
        let users = realms[0].member("users").unwrap();
        assert_eq!(users.value.value, Value::Skipped);
        assert_eq!(&text[users.value.span.clone()], r#"[{"name": "}]\"", "x": [[{}]]}]"#);
        let roles = &realms[0].member("roles").unwrap().value;
        assert!(roles.member("realm").is_some(), "inner objects keep every member");
    }

    #[test]
    fn the_last_of_a_repeated_key_wins() {
        let root = parse(r#"{"realm": "a", "realm": "b"}"#, &["realm"]).unwrap();
        assert_eq!(root.member("realm").unwrap().value.as_str(), Some("b"));
    }

    #[test]
    fn a_byte_order_mark_is_passed_over() {
        let text = "\u{feff}{\"realm\": \"a\"}";
        let root = parse(text, &["realm"]).unwrap();
        assert_eq!(root.span.start, 3);
    }

    #[test]
    fn text_serde_json_would_refuse_gives_none_not_a_panic() {
        for text in ["", "{", "[1,", "{\"a\" 1}", "\"abc", "[1] x", "{\"a\": tru}", "[}", "]"] {
            assert_eq!(parse(text, &["a"]), Err(ParseError::Invalid), "{text:?}");
        }
    }

    #[test]
    fn nesting_is_bounded_where_values_are_built_and_not_where_they_are_skipped() {
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 2), "]".repeat(MAX_DEPTH + 2));
        assert_eq!(parse(&deep, &[]), Err(ParseError::TooDeep(MAX_DEPTH + 1)));
        let skipped = format!("{{\"users\": {deep}, \"roles\": {{}}}}");
        assert!(parse(&skipped, &["roles"]).is_ok());
        let kept = format!("{{\"roles\": {deep}}}");
        assert_eq!(parse(&kept, &["roles"]), Err(ParseError::TooDeep(MAX_DEPTH + 10)));
    }
}
