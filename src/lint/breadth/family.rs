//! Breadth from the other names of the set: the parent of a family whose other members are
//! narrower. `drive` beside `drive.readonly` or `drive.file` grants every action on the drive;
//! `user` beside `read:user`; Mastodon's `read` beside `read:accounts` reads every resource. A
//! lone product word is not broad on that ground alone.

use std::collections::HashMap;

use super::structure::is_protocol;
use super::{Axis, Evidence, Reason};
use crate::lint::Context;
use crate::lint::names::Name;
use crate::lint::rules::resource_key;
use crate::lint::words::Class;

/// What the set's names say about each other, computed once per set on first use.
pub struct Families {
    /// The set's names, sorted, for prefix look-ups.
    sorted: Vec<usize>,
    /// Resource key (the non-action words) → a name holding an action word.
    qualified: HashMap<String, usize>,
}

impl Families {
    #[must_use]
    pub fn new(ctx: &Context<'_>) -> Families {
        let mut sorted: Vec<usize> = (0..ctx.names.len()).collect();
        sorted.sort_unstable_by(|&a, &b| ctx.names[a].raw.cmp(ctx.names[b].raw));
        let mut qualified = HashMap::new();
        for (i, n) in ctx.names.iter().enumerate() {
            if n.smart.is_none() && n.classes.has(Class::ACTION) {
                qualified.entry(resource_key(n)).or_insert(i);
            }
        }
        Families { sorted, qualified }
    }

    /// Every name of the set that extends `raw` by a separator and more (`drive` → `drive.file`).
    fn children<'c>(&'c self, ctx: &'c Context<'_>, raw: &'c str) -> impl Iterator<Item = &'c str> + 'c {
        let names = &ctx.names;
        let start = self.sorted.partition_point(|&i| names[i].raw < raw);
        // Under a URL, `/` starts another API, not a narrower member (`…/api_scope/sell.item`).
        let url = raw.contains("://");
        self.sorted[start..].iter().map(move |&i| names[i].raw).take_while(move |n| n.starts_with(raw)).filter(
            move |n| {
                let sep = n.as_bytes()[raw.len()..].first().copied();
                n.len() > raw.len() + 1
                    && (matches!(sep, Some(b'.' | b':' | b'_' | b'-')) || (!url && sep == Some(b'/')))
            },
        )
    }
}

/// True when `child` (which extends `parent`) shows the parent to be the wider one: it adds a
/// read-only action, a bound or limit (`drive.file`, `drive.metadata`), or a part of the resource
/// (`calendar.events`). A member that only adds a writing action (`repository:write` beside
/// `repository`) shows the opposite: the bare name is the read-only base.
fn narrows(parent: &Name<'_>, child: &str, single: bool) -> bool {
    let child = Name::new(child);
    let added = parent.tokens.len()..child.tokens.len();
    if added.is_empty() {
        return false;
    }
    let mut part = false;
    for i in added {
        let t = &child.tokens[i];
        if t.class.has(Class::WRITE) || t.class.has(Class::WIDE_VERB) || t.class.has(Class::ADMIN) {
            return false;
        }
        let reading = t.class.has(Class::READ) || t.class.has(Class::BOUND) || t.class.has(Class::LIMIT);
        let sub_resource = !t.class.has(Class::ACTION) && !matches!(child.word(i), "user" | "me" | "self" | "team");
        part |= (reading && single) || sub_resource;
    }
    part
}

/// The reason `name` is the broad parent of a family in the set of `ctx`, if it is one.
#[must_use]
pub fn judge(ctx: &Context<'_>, name: &Name<'_>) -> Option<Reason> {
    if is_protocol(name) || name.smart.is_some() || name.url_root || name.tokens.is_empty() {
        return None;
    }
    if name.words().any(|w| w == "*" || matches!(w, "self" | "me" | "my" | "own" | "selected")) {
        return None;
    }
    let actions_only = name.tokens.iter().all(|t| t.class.has(Class::ACTION));
    let no_action = !name.classes.has(Class::ACTION) && !name.classes.has(Class::ADMIN);
    if !actions_only && !no_action {
        return None;
    }
    let families = ctx.families();
    // A one-word parent beside a read-only or bounded member (`drive` beside `drive.readonly`,
    // `read` beside `read:accounts`); a longer one only beside a member that adds a part, not
    // just an action (`calendar` beside `calendar.events`, but not `accounting.contacts` beside
    // `accounting.contacts.read`: every action on one type is bundling, not breadth).
    let single = name.tokens.len() == 1;
    let child = families.children(ctx, name.raw).find(|child| narrows(name, child, single));
    if let Some(child) = child {
        let message = if actions_only {
            format!("`{}` is the parent of `{child}` in this set, so it covers every resource of its family", name.raw)
        } else {
            format!(
                "`{}` names no action, so it grants every action on it; the set also has the narrower `{child}`",
                name.raw
            )
        };
        return Some(Reason { evidence: Evidence::SIBLINGS, ..Reason::new("B008", Axis::What, message) });
    }
    if no_action
        && single
        && let Some(&sibling) = families.qualified.get(&resource_key(name))
    {
        let message = format!(
            "`{}` names no action, so it grants every action on it; the set also has the narrower `{}`",
            name.raw, ctx.set.scopes[sibling].name
        );
        return Some(Reason { evidence: Evidence::SIBLINGS, ..Reason::new("B008", Axis::What, message) });
    }
    None
}
