//! N004: two names that look the same (Unicode TR39 confusable skeletons).

use std::collections::HashMap;
use std::sync::OnceLock;

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

/// The TR39 skeleton of each ASCII character. For an ASCII string the skeleton is the
/// concatenation of its characters' skeletons (NFD leaves ASCII alone), so most names need no
/// Unicode machinery at all.
fn ascii_skeletons() -> &'static [String; 128] {
    static TABLE: OnceLock<[String; 128]> = OnceLock::new();
    TABLE.get_or_init(|| {
        std::array::from_fn(|b| {
            let c = char::from(u8::try_from(b).unwrap_or(b'?'));
            unicode_security::skeleton(c.encode_utf8(&mut [0; 4])).collect()
        })
    })
}

fn skeleton(name: &str) -> String {
    if !name.is_ascii() {
        return unicode_security::skeleton(name).collect();
    }
    let table = ascii_skeletons();
    let mut out = String::with_capacity(name.len() + 4);
    for b in name.bytes() {
        out.push_str(&table[usize::from(b)]);
    }
    out
}

fn check(ctx: &Context<'_>, hits: &mut Vec<Hit>) {
    let mut seen: HashMap<String, &str> = HashMap::with_capacity(ctx.set.scopes.len());
    for s in &ctx.set.scopes {
        let skeleton = skeleton(&s.name);
        match seen.get(skeleton.as_str()) {
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
        let fixture = include_str!("../../../tests/fixtures/broad_labels.tsv");
        let names = fixture.lines().filter_map(|l| l.split('\t').nth(1)).map(str::to_owned);
        let pairs = (b' '..=b'~').flat_map(|a| (b' '..=b'~').map(move |b| String::from_utf8(vec![a, b]).unwrap()));
        for name in names.chain(pairs) {
            assert_eq!(super::skeleton(&name), unicode_security::skeleton(&name).collect::<String>(), "{name}");
        }
    }

    #[test]
    fn quiet_on_distinct_names() {
        quiet(&super::RULE, &named(&["patient_read", "practitioner_read", "read_labs"]));
    }
}
