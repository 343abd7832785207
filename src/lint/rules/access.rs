//! What a scope lets its holder do, for the rules on operations (P008, P009): whether it reads,
//! writes, and which resource. Taken from the scope's definition when it declares `actions` or a
//! `resource`, else from its name: SMART scopes by their grammar (`.rs` reads, `.cud` writes),
//! other names by whole tokens (`lab_results:read`, `read:claims`, `Claims.ReadWrite`), never by
//! substrings, so `readiness`, `threads` and `spreadsheet` read nothing.

use std::collections::HashMap;

use crate::lint::Context;
use crate::lint::names::Name;
use crate::lint::rules::{resource_key, rw_bits};
use crate::lint::smart::{READS, WRITES};

/// A scope's access, as far as it can be told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Access {
    pub reads: bool,
    pub writes: bool,
    /// Lower-case resource words, singular (`lab result`); `*` for a SMART wildcard; empty for a
    /// name that names no resource (`read`).
    pub resource: String,
}

impl Access {
    /// Reads and does not write.
    pub fn read_only(&self) -> bool {
        self.reads && !self.writes
    }

    /// The access of the scope named `name` in `ctx`'s set (defined there or not).
    pub fn of(ctx: &Context<'_>, name: &str) -> Access {
        let parsed = ctx.name(name);
        let (mut reads, mut writes, mut resource) = from_name(&parsed);
        if let Some(scope) = ctx.scope(name) {
            if !scope.actions.is_empty() {
                reads = scope.actions.iter().any(|a| !a.is_write());
                writes = scope.actions.iter().any(|a| a.is_write());
            }
            if let Some(r) = &scope.resource {
                resource = singular_key(&resource_key(&Name::new(r)));
            }
        }
        Access { reads, writes, resource }
    }
}

/// Read and write bits and resource key from a name alone.
fn from_name(name: &Name) -> (bool, bool, String) {
    if let Some(c) = name.clinical() {
        let resource = c.resource.as_deref().map_or_else(|| "*".to_owned(), |r| singular_key(&r.to_ascii_lowercase()));
        return (c.perms & READS != 0, c.perms & WRITES != 0, resource);
    }
    if name.smart.is_some() {
        // openid, launch, offline_access…: protocol scopes, neither reading nor writing data.
        return (false, false, String::new());
    }
    let bits = rw_bits(name);
    (bits & 1 != 0, bits & 2 != 0, singular_key(&resource_key(name)))
}

/// Each word of a resource key made singular (`observations` → `observation`), so a SMART
/// `Observation` and an `observations:read` name the same resource.
fn singular_key(key: &str) -> String {
    key.split(' ').map(singular).collect::<Vec<_>>().join(" ")
}

fn singular(word: &str) -> &str {
    match word.strip_suffix('s') {
        Some(stem) if stem.len() >= 3 && !stem.ends_with(['s', 'u', 'i']) => stem,
        _ => word,
    }
}

/// The access of each scope name, computed once however many operations name it.
pub(crate) struct Accesses<'c, 'a> {
    ctx: &'c Context<'a>,
    seen: HashMap<&'c str, Access>,
}

impl<'c, 'a> Accesses<'c, 'a> {
    pub fn new(ctx: &'c Context<'a>) -> Self {
        Accesses { ctx, seen: HashMap::new() }
    }

    pub fn get(&mut self, name: &'c str) -> &Access {
        let ctx = self.ctx;
        self.seen.entry(name).or_insert_with(|| Access::of(ctx, name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::{named, today};
    use crate::model::{Action, Scope, ScopeSet};

    fn access(name: &str) -> (bool, bool, String) {
        let set = ScopeSet::default();
        let ctx = Context::new(&set, today());
        let a = Access::of(&ctx, name);
        (a.reads, a.writes, a.resource)
    }

    #[test]
    fn names_of_every_style() {
        assert_eq!(access("patient/Observation.rs"), (true, false, "observation".into()));
        assert_eq!(access("user/Observation.cud"), (false, true, "observation".into()));
        assert_eq!(access("patient/Observation.write"), (false, true, "observation".into()));
        assert_eq!(access("patient/*.read"), (true, false, "*".into()));
        assert_eq!(access("lab_results:read"), (true, false, "lab result".into()));
        assert_eq!(access("lab_results:write"), (false, true, "lab result".into()));
        assert_eq!(access("read:claims"), (true, false, "claim".into()));
        assert_eq!(access("write:claims"), (false, true, "claim".into()));
        assert_eq!(access("Claims.ReadWrite"), (true, true, "claim".into()));
        assert_eq!(access("Claims.Read"), (true, false, "claim".into()));
        assert_eq!(access("observations:read"), (true, false, "observation".into()));
        assert_eq!(access("https://www.googleapis.com/auth/drive.readonly"), (true, false, "drive".into()));
        assert_eq!(access("read"), (true, false, String::new()));
    }

    #[test]
    fn substrings_are_not_words() {
        for name in ["readiness", "threads", "overwrite", "spreadsheet", "bread:crumbs", "openid", "launch/patient"] {
            let (reads, writes, _) = access(name);
            assert!(!reads && !writes, "{name}");
        }
        assert_eq!(access("status:read").2, "status");
        assert_eq!(access("diagnosis:read").2, "diagnosis");
    }

    #[test]
    fn a_definition_wins_over_the_name() {
        let mut set = named(&["labs_api"]);
        set.scopes[0] =
            Scope { actions: vec![Action::Read], resource: Some("lab_results".into()), ..Scope::new("labs_api") };
        set.scopes.push(Scope { actions: vec![Action::Create], ..Scope::new("read:claims") });
        let ctx = Context::new(&set, today());
        assert_eq!(Access::of(&ctx, "labs_api"), Access { reads: true, writes: false, resource: "lab result".into() });
        let claims = Access::of(&ctx, "read:claims");
        assert!(claims.writes && !claims.reads, "declared actions decide: {claims:?}");
        assert_eq!(claims.resource, "claim");
    }
}
