//! Every rule's documented examples are fixtures: the bad one, loaded as a `scopes.toml`, must
//! trigger the rule and the good one must load and not trigger it. So the docs cannot drift from
//! the code.

use crate::lint::testing::today;
use crate::lint::{Options, RULES, lint};
use crate::scopeset::load_str;

/// Rules whose bad example the loader itself refuses (with these words), so in files the loader
/// is the first line of defence and the rule guards the other sources (the catalog, where a role
/// can be made break-glass after its grants were given).
const REFUSED_BY_LOADER: &[(&str, &str)] =
    &[("N001", "invalid scope name"), ("N005", "invalid scope name"), ("P007", "is break-glass, so its grant")];

fn codes(text: &str, code: &str) -> Result<usize, String> {
    let loaded = load_str("example.toml", text).map_err(|e| e.to_string())?;
    let outcome = lint(&loaded.set, today(), &Options::default()).map_err(|e| e.to_string())?;
    Ok(outcome.findings.iter().filter(|f| f.rule.code == code).count())
}

#[test]
fn bad_examples_trigger_and_good_examples_do_not() {
    let mut problems = Vec::new();
    for rule in RULES {
        match codes(rule.bad, rule.code) {
            Ok(0) => problems.push(format!("{}: the bad example does not trigger it", rule.code)),
            Ok(_) => {}
            Err(e) if REFUSED_BY_LOADER.iter().any(|(code, words)| *code == rule.code && e.contains(words)) => {}
            Err(e) => problems.push(format!("{}: the bad example does not load: {e}", rule.code)),
        }
        match codes(rule.good, rule.code) {
            Ok(0) => {}
            Ok(n) => problems.push(format!("{}: the good example triggers it {n} times", rule.code)),
            Err(e) => problems.push(format!("{}: the good example does not load: {e}", rule.code)),
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
