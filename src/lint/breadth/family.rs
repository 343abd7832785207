//! Breadth from the other names of the set: the parent of a family whose other members are
//! narrower. `drive` beside `drive.readonly` or `drive.file` grants every action on the drive;
//! `user` beside `read:user`; Mastodon's `read` beside `read:accounts` reads every resource. A
//! lone product word is not broad on that ground alone.

use std::cell::OnceCell;
use std::collections::HashMap;

use super::structure::is_protocol;
use super::{Axis, Evidence, Reason};
use crate::lint::Context;
use crate::lint::names::Name;
use crate::lint::rules::resource_key;
use crate::lint::words::Class;

/// What the set's names say about each other, computed once per set on first use.
pub struct Families<'a> {
    /// A name's prefix that ends before a separator → the first name of the set that extends it
    /// with a narrower part (`drive` → `drive.file`): one pass over the set's tokens, so a parent
    /// is found by one look-up.
    narrower: foldhash::HashMap<&'a str, usize>,
    /// Resource key (the non-action words) → a name holding an action word, built when a
    /// one-word name first asks.
    qualified: OnceCell<HashMap<String, usize>>,
}

impl<'a> Families<'a> {
    #[must_use]
    pub fn new(ctx: &Context<'a>) -> Families<'a> {
        let mut narrower = foldhash::HashMap::default();
        for (i, n) in ctx.names.iter().enumerate() {
            if n.smart.is_some() || n.tokens.len() < 2 {
                continue;
            }
            // Where the tokens' text starts in the whole name (a URL's last path part).
            let offset = (n.judged.as_ptr() as usize).wrapping_sub(n.raw.as_ptr() as usize);
            let url = n.style == crate::lint::names::Style::Url;
            for k in 1..n.tokens.len() {
                let t = &n.tokens[k];
                // Under a URL, `/` starts another API, not a narrower member (`…/api_scope/sell.item`).
                let sep = matches!(t.sep, Some('.' | ':' | '_' | '-')) || (!url && t.sep == Some('/'));
                let Some(end) = (offset + t.range.start).checked_sub(1) else { continue };
                if !sep || !n.raw.is_char_boundary(end) || !narrows(n, k) {
                    continue;
                }
                narrower.entry(&n.raw[..end]).or_insert(i);
            }
        }
        Families { narrower, qualified: OnceCell::new() }
    }

    fn qualified(&self, ctx: &Context<'_>) -> &HashMap<String, usize> {
        self.qualified.get_or_init(|| {
            let mut qualified = HashMap::new();
            for (i, n) in ctx.names.iter().enumerate() {
                if n.smart.is_none() && n.classes.has(Class::ACTION) {
                    qualified.entry(resource_key(n)).or_insert(i);
                }
            }
            qualified
        })
    }
}

/// True when the tokens of `child` from `k` on show its first `k` tokens, as a name of their
/// own, to be the wider one: they add a read-only action, a bound or limit (`drive.file`,
/// `drive.metadata`), or a part of the resource (`calendar.events`), and a one-word parent
/// any read (`drive.readonly`). A member that adds a writing action (`repository:write`
/// beside `repository`) shows the opposite: the bare name is the read-only base.
fn narrows(child: &Name<'_>, k: usize) -> bool {
    let single = k == 1;
    let mut part = false;
    for i in k..child.tokens.len() {
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
    if let Some(&c) = families.narrower.get(name.raw) {
        let child = ctx.names[c].raw;
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
        && let Some(&sibling) = families.qualified(ctx).get(&resource_key(name))
    {
        let message = format!(
            "`{}` names no action, so it grants every action on it; the set also has the narrower `{}`",
            name.raw, ctx.set.scopes[sibling].name
        );
        return Some(Reason { evidence: Evidence::SIBLINGS, ..Reason::new("B008", Axis::What, message) });
    }
    None
}
