//! N004: two names that look the same (Unicode TR39 confusable skeletons).

use std::ops::Range;

use foldhash::{HashMap, HashMapExt as _};

use crate::lint::{Check, Context, Hit, Rule};
use crate::model::{Level, Subject};

pub const RULE: Rule = Rule {
    code: "N004",
    name: "confusable-name",
    level: Level::Error,
    summary: "The name looks like another scope's name",
    what: "Computes each name's confusable skeleton (Unicode TR39: Cyrillic `а` and Latin `a`, `rn` and `m`, \
           `0` and `O` map alike) and flags a name whose skeleton another, different name already has. Names \
           are hashed by skeleton, so this is linear in the size of the set.",
    why: "A reviewer approving `pаtient_read` (with a Cyrillic `а`) believes it is `patient_read`. Lookalikes \
          let a grant slip past review, or let a client request a scope nobody audits.",
    bad: "[scopes.modify_notes]\n[scopes.rnodify_notes]",
    good: "[scopes.modify_notes]\n[scopes.read_notes]",
    fix: "Remove or rename one of the two scopes so no two names look alike.",
    check: Check::Set(check),
};

/// The TR39 skeleton of an ASCII character that is not its own skeleton. For an ASCII string
/// the skeleton is the concatenation of its characters' skeletons (NFD leaves ASCII alone), so
/// most names need no Unicode machinery at all; a test checks this table against TR39's.
fn ascii_skeleton(b: u8) -> Option<&'static str> {
    match b {
        b'"' => Some("''"),
        b'%' => Some("\u{b0}/\u{2080}"),
        b'0' => Some("O"),
        b'1' | b'I' | b'|' => Some("l"),
        b'`' => Some("'"),
        b'm' => Some("rn"),
        _ => None,
    }
}

/// True when the skeleton of `name` is `name` itself (an ASCII name without `m`, `0`, `1`…).
fn is_own_skeleton(name: &str) -> bool {
    name.bytes().all(|b| b.is_ascii() && ascii_skeleton(b).is_none())
}

/// Appends the skeleton of `name` to `out`.
fn skeleton_into(name: &str, out: &mut String) {
    if !name.is_ascii() {
        out.extend(unicode_security::skeleton(name));
        return;
    }
    let mut rest = name;
    while let Some((at, skeleton)) = rest.bytes().enumerate().find_map(|(i, b)| ascii_skeleton(b).map(|s| (i, s))) {
        out.push_str(&rest[..at]);
        out.push_str(skeleton);
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
}

#[cfg(test)]
fn skeleton(name: &str) -> String {
    let mut out = String::new();
    skeleton_into(name, &mut out);
    out
}

fn check(ctx: &Context<'_>, hits: &mut Vec<Hit>) {
    // The skeletons that differ from their names, one after the other in one string; then the
    // map borrows each skeleton from there or from the name itself.
    let mut computed = String::new();
    let mut spans: Vec<Option<Range<usize>>> = Vec::with_capacity(ctx.set.scopes.len());
    for s in &ctx.set.scopes {
        if is_own_skeleton(&s.name) {
            spans.push(None);
        } else {
            let start = computed.len();
            skeleton_into(&s.name, &mut computed);
            spans.push(Some(start..computed.len()));
        }
    }
    let mut seen: HashMap<&str, &str> = HashMap::with_capacity(ctx.set.scopes.len());
    for (s, span) in ctx.set.scopes.iter().zip(spans) {
        let skeleton = span.map_or(s.name.as_str(), |r| &computed[r]);
        match seen.get(skeleton) {
            Some(other) if *other != s.name => hits.push(Hit::new(
                Subject::Scope(s.name.clone()),
                format!("`{}` looks like `{other}` (the same Unicode TR39 confusable skeleton)", s.name),
            )),
            Some(_) => {}
            None => {
                seen.insert(skeleton, &s.name);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;

    #[test]
    fn fires_on_lookalikes() {
        let set = named(&["patient_read", "p\u{430}tient_read"]);
        fires(&super::RULE, &set, &on_scope("p\u{430}tient_read"), "looks like `patient_read`");
        assert_eq!(run(&super::RULE, &named(&["modify_notes", "rnodify_notes"])).len(), 1);
    }

    #[test]
    fn the_ascii_fast_path_matches_tr39() {
        let fixture = include_str!("../../../tests/fixtures/breadth/dev.tsv");
        let names = fixture.lines().filter_map(|l| l.split('\t').nth(1)).map(str::to_owned);
        let pairs = (b' '..=b'~').flat_map(|a| (b' '..=b'~').map(move |b| String::from_utf8(vec![a, b]).unwrap()));
        let every = (0..128_u8).map(|b| char::from(b).to_string());
        for name in names.chain(pairs).chain(every) {
            let skeleton: String = unicode_security::skeleton(&name).collect();
            assert_eq!(super::skeleton(&name), skeleton, "{name}");
            if super::is_own_skeleton(&name) {
                assert_eq!(name, skeleton);
            }
        }
    }

    #[test]
    fn quiet_on_distinct_names() {
        quiet(&super::RULE, &named(&["patient_read", "practitioner_read", "read_labs"]));
    }
}
