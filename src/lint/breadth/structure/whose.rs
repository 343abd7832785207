//! The *whose* and *oversight* axes: every user's data, the tenant's logs (`docs/breadth.md`).

use super::{Shape, after_action, modified};
use crate::lint::breadth::{Axis, Reason};
use crate::lint::names::{Name, Style};
use crate::lint::words::Class;

/// Whose: every user's, member's or patient's data.
pub(super) fn whose(name: &Name, s: &Shape) -> Option<Reason> {
    if s.own.is_some() {
        return None;
    }
    let n = name.tokens.len();
    let last = n - 1;
    // `.All`-style suffix.
    // `.All` after an action (`User.Read.All`); `prospects.all` with no action bundles every
    // action on one type instead.
    let after_verb = n > 2 && (name.is(last - 1, Class::ACTION) || name.is(last - 1, Class::WIDE_VERB));
    if n > 1 && name.word(last) == "all" && name.tokens[last].sep == Some('.') && s.app.is_none() && after_verb {
        let config = !s.changes() && !s.objects.is_empty() && s.objects.iter().all(|&i| name.is(i, Class::CONFIG));
        if config {
            return None; // read-only configuration metadata of one object type
        }
        return Some(Reason::new(
            "B005",
            Axis::Whose,
            format!(
                "the suffix `.{}` extends `{}` to every user and resource in the tenant",
                name.written(last),
                name.raw
            ),
        ));
    }
    if s.app.is_some() {
        return None;
    }
    // An `admin` after an action (`meeting:read:admin`): every user of the account. An `admin`
    // that is itself the action (`project:admin`) is judged by its object like `manage`.
    if let Some(i) = s.manage
        && i > 0
        && matches!(name.word(i), "admin" | "admins")
        && name.is(i - 1, Class::ACTION)
    {
        return Some(Reason::new(
            "B005",
            Axis::Whose,
            format!("`{}` in `{}` extends it to every user of the account", name.written(i), name.raw),
        ));
    }
    // An administrators' area that reads: every user's data, unless it reads configuration
    // (`admin.directory.domain.readonly`).
    if s.area
        && s.reads
        && !s.head_is(name, Class::CONFIG)
        && !s.head_is(name, Class::SETTINGS)
        && !s.head_is(name, Class::LIMIT)
    {
        let what = s.head.map_or("data", |h| name.written(h));
        return Some(Reason::new(
            "B005",
            Axis::Whose,
            format!("`{}` is an administrator's view of every user's `{what}` in the tenant", name.raw),
        ));
    }
    let graph = name.style == Style::DottedPascal;
    let people = s.objects.iter().copied().find(|&i| {
        let w = name.word(i);
        let counts = matches!(w, "users" | "members" | "employees" | "subusers" | "teammates")
            || (w == "directory" && Some(i) == s.head);
        // The people themselves, or their profiles (`users.profile:read`), not something of theirs
        // (`subusers.credits.read`).
        let about = Some(i) == s.head
            || s.head.is_some_and(|h| {
                matches!(name.word(h), "profile" | "profiles" | "email" | "emails" | "info" | "details")
            });
        counts && about && !modified(name, i) && !(graph && after_action(name, i))
    });
    if let Some(i) = people
        && !s.limit
    {
        if s.changes() && !s.reads {
            let noun = name.written(i);
            return Some(Reason::new(
                "B003",
                Axis::Power,
                format!("`{}` changes `{noun}`: every one of them in the tenant", name.raw),
            ));
        }
        if s.reads {
            return Some(Reason::weak(
                "B005",
                Axis::Whose,
                format!("`{}` reads `{}`: every one of them in the tenant", name.raw, name.written(i)),
            ));
        }
    }
    // A tenant-wide qualifier over something else (`enterprise.user:read`, `org_members`), unless
    // it is configuration or one kind of hook (`admin:org_hook`).
    let reach = s.objects.iter().copied().find(|&i| name.is(i, Class::REACH) && Some(i) != s.head);
    let wide_head = s.head_is(name, Class::PEOPLE)
        || s.head_is(name, Class::PRODUCT)
        || s.head_is(name, Class::GENERIC)
        || s.head_is(name, Class::OVERSIGHT);
    if let Some(r) = reach
        && wide_head
    {
        let whole = name.written(r);
        if s.changes() {
            return Some(Reason::new(
                "B003",
                Axis::Power,
                format!("`{}` changes data of the whole `{whole}`", name.raw),
            ));
        }
        return Some(Reason::weak(
            "B005",
            Axis::Whose,
            format!("`{}` reaches the data of the whole `{whole}`", name.raw),
        ));
    }
    // `readEnrollMFAMethodAnyUser`, `all_users`, `every_patient`.
    if let Some(i) = (1..n).find(|&i| {
        name.is(i - 1, Class::QUANTIFIER)
            && matches!(
                name.word(i),
                "user" | "users" | "member" | "members" | "patient" | "patients" | "account" | "accounts"
            )
    }) {
        return Some(Reason::new(
            "B005",
            Axis::Whose,
            format!("`{}{}` in `{}` reaches every one of them", name.written(i - 1), name.written(i), name.raw),
        ));
    }
    if !name.classes.has(Class::EN_MASSE) {
        return None;
    }
    // Compliance and eDiscovery access: every user's content, for review.
    if let Some(i) = (0..n).find(|&i| matches!(name.word(i), "compliance" | "ediscovery")) {
        return Some(Reason::new(
            "B005",
            Axis::Whose,
            format!("`{}` is `{}` access: every user's content, for review", name.raw, name.written(i)),
        ));
    }
    if name.words().any(|w| w == "bulk") && s.reads && !s.changes() {
        return Some(Reason::new("B005", Axis::Whose, format!("`{}` is bulk access: every record at once", name.raw)));
    }
    if name.words().any(|w| w == "$export")
        || (name.words().any(|w| w == "export") && name.words().any(|w| matches!(w, "bulk" | "system")))
    {
        return Some(Reason::new(
            "B005",
            Axis::Whose,
            format!("`{}` is a bulk export: every patient's or user's data at once", name.raw),
        ));
    }
    None
}

/// Oversight: the whole tenant's audit, sign-in or system log.
pub(super) fn oversight(name: &Name, s: &Shape) -> Option<Reason> {
    if s.own.is_some() {
        return None;
    }
    for &i in &s.objects {
        if !name.is(i, Class::OVERSIGHT) {
            continue;
        }
        let w = name.word(i);
        if matches!(w, "log" | "logs" | "logging") {
            // `food_logs`, `sleepLog`: a log of one kind of the user's own data.
            let modifier = i > 0
                && !matches!(name.tokens[i].sep, Some('.' | ':' | '/'))
                && !name.is(i - 1, Class::OVERSIGHT)
                && !name.is(i - 1, Class::ACTION)
                && !matches!(
                    name.word(i - 1),
                    "system"
                        | "security"
                        | "access"
                        | "event"
                        | "events"
                        | "activity"
                        | "admin"
                        | "signin"
                        | "sign"
                        | "in"
                );
            if modifier {
                continue;
            }
        }
        return Some(Reason::new(
            "B009",
            Axis::Oversight,
            format!("`{}` reads `{}`, the tenant's audit or system log", name.raw, name.written(i)),
        ));
    }
    None
}
