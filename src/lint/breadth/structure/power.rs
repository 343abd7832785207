//! The *power* axis: write or manage of the access-control plane (`docs/breadth.md`).

use super::{Shape, after_action, is_filler, modified};
use crate::lint::breadth::{Axis, Reason};
use crate::lint::names::{Name, Style};
use crate::lint::words::Class;

/// Token `i` is a noun of the access-control plane, secrets and keys included.
fn control(name: &Name, i: usize) -> bool {
    name.is(i, Class::CONTROL) || name.is(i, Class::SECRET)
}

/// Power: write or manage of the access-control plane, or reading others' secrets.
pub(super) fn power(name: &Name, s: &Shape) -> Option<Reason> {
    if s.bounded() {
        return None;
    }
    // `session:role-any`: assuming any role, acting as any principal.
    if let Some(i) = (0..name.tokens.len().saturating_sub(1)).find(|&i| control(name, i) && name.word(i + 1) == "any") {
        return Some(Reason::new("B003", Axis::Power, format!("`{}` takes any `{}`", name.raw, name.written(i))));
    }
    // The head, or a control-plane word compounded with it (`authorizationServers`).
    let compound = s.head.filter(|&h| h > 0 && name.tokens[h].sep.is_none() && control(name, h - 1)).map(|h| h - 1);
    let control = subjects(name, s)
        .chain(compound)
        .find(|&i| control(name, i) && !modified(name, i))
        .or_else(|| control_compound(name, s));
    if let Some(i) = control {
        let noun = name.written(i);
        if s.changes() || (s.area && !s.reads) {
            return Some(Reason::new(
                "B003",
                Axis::Power,
                format!("`{}` changes `{noun}`, part of the access-control plane", name.raw),
            ));
        }
        let secret = matches!(name.word(i), "secrets" | "credentials" | "passwords");
        if s.reads && secret && !s.limit {
            return Some(Reason::new(
                "B003",
                Axis::Power,
                format!("`{}` reads `{noun}` of other principals", name.raw),
            ));
        }
        if s.reads && name.word(i) == "sessions" && s.own.is_none() {
            return Some(Reason::new("B005", Axis::Whose, format!("`{}` reads every user's `{noun}`", name.raw)));
        }
    }
    if let (Some(m), Some(h)) = (s.manage, s.head) {
        // Administration of a whole app: `admin_console`, `admin:access`.
        let whole = is_filler(name, h)
            || matches!(
                name.word(h),
                "console" | "portal" | "panel" | "dashboard" | "ui" | "app" | "api" | "site" | "system" | "area"
            );
        if whole && !s.reads && m != h {
            return Some(Reason::new(
                "B003",
                Axis::Power,
                format!("`{}` administers the whole `{}`", name.raw, name.written(h)),
            ));
        }
        // An administrators' area that changes things: `admin.chat:write`, `admin.directory.orgunit`.
        if s.area && !s.reads {
            return Some(Reason::new(
                "B003",
                Axis::Power,
                format!("`{}` administers `{}` across the tenant", name.raw, name.written(h)),
            ));
        }
    }
    // Tenant settings: `update:tenant_settings`, `admin:org`, `write:org`.
    let reach_head = s.head_is(name, Class::REACH) && !s.head_is(name, Class::PEOPLE);
    let tenant_settings = s.head_is(name, Class::SETTINGS) && s.any(name, Class::REACH);
    if (reach_head || tenant_settings) && (s.changes() || (s.area && !s.reads)) {
        return Some(Reason::new(
            "B003",
            Axis::Power,
            format!("`{}` changes the settings of the whole tenant", name.raw),
        ));
    }
    None
}

/// Two-word control-plane nouns: `service_account`, `identity_provider`.
fn control_compound(name: &Name, s: &Shape) -> Option<usize> {
    s.objects.windows(2).find_map(|pair| {
        let (a, b) = (name.word(pair[0]), name.word(pair[1]));
        let control = matches!(
            (a, b),
            ("service", "account" | "accounts" | "principal" | "principals")
                | ("identity", "provider" | "providers")
                | ("access", "token" | "tokens" | "policy" | "policies")
                | ("ip", "whitelist" | "allowlist")
                | ("user", "access")
        );
        control.then_some(pair[1])
    })
}

/// The nouns the scope is about: the head, or in Graph style (`Resource.Action.Qualifier`)
/// every noun before the action.
fn subjects<'s>(name: &'s Name, s: &'s Shape) -> impl Iterator<Item = usize> + 's {
    let graph = name.style == Style::DottedPascal;
    s.objects.iter().copied().filter(move |&i| if graph { !after_action(name, i) } else { Some(i) == s.head })
}
