//! N006: names that are the same after folding case, separators and synonyms.

use std::fmt::Write as _;
use std::ops::Range;

use foldhash::{HashMap, HashMapExt as _};

use crate::lint::names::Name;
use crate::lint::rules::letters;
use crate::lint::words;
use crate::lint::{Check, Context, Hit, Rule};
use crate::model::{Level, Subject};

pub const RULE: Rule = Rule {
    code: "N006",
    name: "near-duplicate",
    level: Level::Warning,
    summary: "The name duplicates another after folding case, separators and synonyms",
    what: "Folds each name to a key (lower case, separators dropped, words sorted, synonyms merged: \
           view/read/get, update/write/edit/modify, add/create, remove/delete, plurals) and flags a name whose \
           key another name already has: `view_lab_results` and `LabResults.Read`. SMART scopes fold to their \
           meaning, so `patient/Observation.read` and `patient/Observation.rs` collide. Keys are hashed, so \
           this is linear.",
    why: "Two scopes for one permission drift apart: one gets reviewed, deprecated or narrowed and the other \
          keeps being granted.",
    bad: "[scopes.view_lab_results]\n[scopes.\"lab_results.read\"]",
    good: "[scopes.view_lab_results]\n[scopes.\"lab_orders.read\"]",
    fix: "Keep one of the two, deprecate the other with `replaced_by` pointing at the survivor.",
    check: Check::Set(check),
};

/// Appends the folded key of `name` to `out`; `words` is scratch space.
fn key_into<'n>(name: &'n Name<'_>, words: &mut Vec<&'n str>, out: &mut String) {
    if let Some(c) = name.clinical() {
        let _ = write!(out, "{}/{}.{}?", c.context.as_str(), c.resource.as_deref().unwrap_or("*"), letters(c.perms));
        for (k, (key, value)) in c.query.iter().enumerate() {
            let amp = if k > 0 { "&" } else { "" };
            let _ = write!(out, "{amp}{key}={value}");
        }
        return;
    }
    words.clear();
    words.extend(name.words().map(words::fold));
    words.sort_unstable();
    for (k, w) in words.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
}

fn check(ctx: &Context<'_>, hits: &mut Vec<Hit>) {
    // Every key, one after the other in one string, then a map borrowing them from there.
    let mut keys = String::new();
    let mut spans: Vec<Option<Range<usize>>> = Vec::with_capacity(ctx.names.len());
    let mut scratch = Vec::new();
    for n in &ctx.names {
        if n.tokens.is_empty() {
            spans.push(None);
            continue;
        }
        let start = keys.len();
        key_into(n, &mut scratch, &mut keys);
        spans.push(Some(start..keys.len()));
    }
    let mut seen: HashMap<&str, &str> = HashMap::with_capacity(ctx.names.len());
    for (n, span) in ctx.names.iter().zip(spans) {
        let Some(span) = span else { continue };
        let k = &keys[span];
        if let Some(other) = seen.get(k) {
            hits.push(Hit::new(
                Subject::Scope(n.raw.to_owned()),
                format!("`{}` is a near duplicate of `{other}` (both fold to `{k}`)", n.raw),
            ));
        } else {
            seen.insert(k, n.raw);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;

    #[test]
    fn fires_on_folded_duplicates() {
        fires(
            &super::RULE,
            &named(&["view_lab_results", "lab_results.read"]),
            &on_scope("lab_results.read"),
            "view_lab_results",
        );
        assert_eq!(run(&super::RULE, &named(&["patient/Observation.read", "patient/Observation.rs"])).len(), 1);
        assert_eq!(run(&super::RULE, &named(&["edit_notes", "NotesUpdate"])).len(), 1);
    }

    #[test]
    fn quiet_on_different_meanings() {
        quiet(
            &super::RULE,
            &named(&["view_lab_results", "write_lab_results", "patient/Observation.rs", "user/Observation.rs"]),
        );
    }
}
