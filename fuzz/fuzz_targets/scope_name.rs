//! The scope-name tokenizer and the breadth verdict of the B rules, on any string.
#![no_main]

use libfuzzer_sys::fuzz_target;
use scopectl::lint::names::Name;
use scopectl::model::{Scope, ScopeSet};

fuzz_target!(|name: &str| {
    let _ = scopectl::model::validate_scope_name(name);
    let _ = Name::new(name);
    let set = ScopeSet { scopes: vec![Scope::new(name)], ..ScopeSet::default() };
    let ctx = scopectl::lint::Context::new(&set, jiff::civil::date(2026, 11, 29));
    let _ = ctx.broad(name);
});
