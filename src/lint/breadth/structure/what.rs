//! The *what* axis: every resource type, service or product (`docs/breadth.md`).

use super::{SUPER, Shape, is_filler, modified};
use crate::lint::breadth::{Axis, Reason};
use crate::lint::names::Name;
use crate::lint::words::Class;

/// What: a `*` where a resource should be.
pub(super) fn wildcard(name: &Name, s: &Shape) -> Option<Reason> {
    if s.stars == 0 {
        return None;
    }
    let last = name.tokens.len() - 1;
    let trailing = name.word(last) == "*";
    // `orders:*` / `orders.*`: every action on one type is bundling, not breadth.
    if trailing && name.tokens.len() == 2 && s.objects.len() == 1 {
        let o = s.objects[0];
        let plain = !name.is(o, Class::PRODUCT) && !name.is(o, Class::REACH) && !name.is(o, Class::GENERIC);
        if plain && matches!(name.tokens[last].sep, Some('.' | ':')) {
            return None;
        }
    }
    let message = if s.objects.is_empty() {
        format!("the `*` in `{}` stands for every resource, including ones added later", name.raw)
    } else if trailing {
        format!(
            "the trailing `*` in `{}` covers every API under `{}`",
            name.raw,
            name.raw.trim_end_matches('*').trim_end_matches(['.', ':', '/', '_', '-'])
        )
    } else {
        format!("the `*` in `{}` stands for every resource, including ones added later", name.raw)
    };
    Some(Reason::new("B001", Axis::What, message))
}

/// What: catch-all words and quantifiers over nothing named (`read_all_data`, `full_access`).
pub(super) fn catch_all(name: &Name, s: &Shape, broad_words: &[String]) -> Option<Reason> {
    let n = name.tokens.len();
    if n == 1 && matches!(name.word(0), "api" | "full" | "all" | "everything" | "platform" | "default") {
        return Some(Reason::new("B002", Axis::What, format!("`{}` names the whole API, every endpoint", name.raw)));
    }
    for i in 0..n {
        let w = name.word(i);
        if name.is(i, Class::CATCH_ALL) || broad_words.iter().any(|b| b == w) {
            return Some(Reason::new(
                "B002",
                Axis::What,
                format!("`{}` in `{}` is a catch-all word", name.written(i), name.raw),
            ));
        }
        if !name.is(i, Class::QUANTIFIER) || s.bounded() {
            continue;
        }
        let last = i + 1 == n;
        if w == "all" && last && name.tokens[i].sep == Some('.') && i > 0 {
            continue; // a `.All`-style suffix: whose data, judged by `whose`
        }
        if w == "full" && !last && name.word(i + 1) == "control" {
            continue; // full control: `superuser`
        }
        let next = (i + 1..n).find(|&j| !name.is(j, Class::ACTION));
        match next {
            // `activity:read_all`: an `all` that lifts a filter on one read-only resource.
            // `activity:read_all`, `deals:full`, `APPOINTMENTS_ALL_WRITE`: a quantifier after a
            // named resource lifts a filter on it or bundles its actions; it does not widen it.
            None if s.objects.iter().any(|&o| o < i && !is_filler(name, o)) => {}
            None => {
                return Some(Reason::new(
                    "B002",
                    Axis::What,
                    format!(
                        "`{}` in `{}` quantifies over nothing named, so it means everything",
                        name.written(i),
                        name.raw
                    ),
                ));
            }
            Some(j) if name.is(j, Class::GENERIC) => {
                return Some(Reason::new(
                    "B002",
                    Axis::What,
                    format!(
                        "`{}` in `{}` quantifies over `{}`, which names no specific resource",
                        name.written(i),
                        name.raw,
                        name.word(j)
                    ),
                ));
            }
            Some(_) => {}
        }
    }
    None
}

/// Power over everything: superuser words, full control, impersonation.
pub(super) fn superuser(name: &Name, s: &Shape) -> Option<Reason> {
    // Every word below is an admin word or `full`.
    if !name.classes.has(Class::ADMIN) && !name.classes.has(Class::QUANTIFIER) {
        return None;
    }
    let n = name.tokens.len();
    for i in 0..n {
        let w = name.word(i);
        if w == "full" && i + 1 < n && name.word(i + 1) == "control" {
            return Some(Reason::new(
                "B003",
                Axis::Power,
                format!(
                    "`{}{}` in `{}` grants full control, permissions included",
                    name.written(i),
                    name.written(i + 1),
                    name.raw
                ),
            ));
        }
        if w == "fullcontrol" {
            return Some(Reason::new(
                "B003",
                Axis::Power,
                format!("`{}` in `{}` grants full control, permissions included", name.written(i), name.raw),
            ));
        }
        if matches!(w, "impersonation" | "impersonate") && s.own.is_none() {
            let as_user = i > 0 && name.word(i - 1) == "user";
            let (axis, code, what) = if as_user {
                (Axis::What, "B002", "acts as the signed-in user on every endpoint of the API")
            } else {
                (Axis::Whose, "B005", "acts as any user")
            };
            return Some(Reason::new(code, axis, format!("`{}` in `{}` {what}", name.written(i), name.raw)));
        }
        if SUPER.contains(&w) {
            if w == "root" && s.reads && !s.changes() {
                return None; // read-only of the root folder: one product of the user's own
            }
            if w == "root" && s.changes() {
                return Some(Reason::new(
                    "B002",
                    Axis::What,
                    format!("`{}` changes everything under the root", name.raw),
                ));
            }
            return Some(Reason::new(
                "B003",
                Axis::Power,
                format!("`{}` in `{}` grants superuser power", name.written(i), name.raw),
            ));
        }
    }
    None
}

/// What: a whole product of the user's read-write (`gmail.modify`, `Files.ReadWrite`, `drive`),
/// or a whole cloud (`cloud-platform`).
pub(super) fn product(name: &Name, s: &Shape) -> Option<Reason> {
    if s.bounded() || s.limit {
        return None;
    }
    if let Some(c) = s.objects.iter().copied().find(|&i| name.word(i) == "cloud") {
        let platform = s.objects.iter().all(|&i| matches!(name.word(i), "cloud" | "platform"));
        if platform || !s.reads {
            return Some(Reason::new(
                "B002",
                Axis::What,
                format!("`{}` covers a whole `{}` service", name.raw, name.written(c)),
            ));
        }
    }
    let i = s.head.filter(|&i| name.is(i, Class::PRODUCT) && !modified(name, i)).or_else(|| {
        s.objects
            .iter()
            .copied()
            .rfind(|&i| name.is(i, Class::PRODUCT))
            .filter(|_| s.head.is_some_and(|h| is_filler(name, h)))
    })?;
    let bare = !s.reads && !s.writes && s.manage.is_none() && !name.classes.has(Class::ACTION);
    let read_write = (s.reads && s.writes)
        || name.words().any(|w| matches!(w, "readwrite" | "rw" | "modify" | "manage" | "admin" | "fullcontrol"));
    if bare || read_write {
        let how = if bare { "names no action, so it grants every action on" } else { "reads and changes" };
        return Some(Reason::weak(
            "B002",
            Axis::What,
            format!("`{}` {how} the whole `{}` product", name.raw, name.written(i)),
        ));
    }
    None
}

/// What: objects that name no specific resource (`data:read`, `content.write`).
pub(super) fn generic_only(name: &Name, s: &Shape) -> Option<Reason> {
    if s.objects.is_empty() || s.bounded() || s.stars > 0 || name.tokens.len() < 2 {
        return None;
    }
    let all_generic = s.objects.iter().all(|&i| {
        matches!(
            name.word(i),
            "data" | "info" | "information" | "phi" | "phr" | "ehr" | "emr" | "resources" | "objects"
        )
    });
    (all_generic && (s.reads || s.changes())).then(|| {
        Reason::new(
            "B002",
            Axis::What,
            format!("`{}` names no specific resource, so it reaches every one the API serves", name.raw),
        )
    })
}

/// What: a verb that changes anything, with no object (`write`, `manage`, `admin`).
pub(super) fn bare_action(name: &Name, s: &Shape) -> Option<Reason> {
    let quantified = name.classes.has(Class::QUANTIFIER) || name.classes.has(Class::CATCH_ALL);
    if !s.objects.is_empty() || s.bounded() || s.stars > 0 || quantified {
        return None;
    }
    let wide = s.wide_verb || s.manage.is_some();
    wide.then(|| {
        Reason::new(
            "B004",
            Axis::What,
            format!(
                "`{}` names an action that changes data but no resource, so it applies to every resource",
                name.raw
            ),
        )
    })
}
