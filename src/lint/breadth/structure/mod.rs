//! Breadth from the name alone: its convention, qualifiers and nouns, never substrings.
//!
//! The name is read as actions (`read`, `write`, `manage`), objects (the nouns, the last of which
//! is the head: `repo_hook` is a hook), qualifiers that bound it (`self`, `selected`, `file` after
//! a product, `AppFolder`, `OwnedBy`) or limit it (`metadata`, `basic`, `public`), and qualifiers
//! that widen it (`all`, `*`, `.All`, a trailing `admin`, tenant-wide nouns). Each axis of
//! `docs/breadth.md` is one function in [`what`], [`whose`] or [`power`].

mod power;
mod what;
mod whose;

use super::{Axis, Reason};
use crate::lint::names::{Name, Style};
use crate::lint::smart::{Clinical, Context as SmartContext};
use crate::lint::words::Class;

/// Words that, alone or together, name only identity and session scopes.
const PROTOCOL: &[&str] = &[
    "openid", "profile", "email", "phone", "address", "offline", "online", "access", "refresh", "token", "id",
    "userinfo", "identity", "identify", "login", "fhir", "launch", "openid2",
];

/// Superuser words: power over everything.
pub(super) const SUPER: &[&str] = &["superuser", "superadmin", "sudo", "god", "root"];

/// Nouns too generic to be a head: the head is the noun before them.
pub(super) fn is_filler(name: &Name, i: usize) -> bool {
    name.is(i, Class::GENERIC) || name.is(i, Class::LIMIT)
}

/// The parts of a name the axes look at.
#[derive(Debug, Default)]
pub struct Shape {
    pub reads: bool,
    pub writes: bool,
    /// A verb that changes whatever it is given (`write`, `modify`, `manage`).
    pub wide_verb: bool,
    /// The first `admin`/`manage`-like token.
    pub manage: Option<usize>,
    /// An `admin` that names an administrators' area (`admin.directory.user.readonly`,
    /// `spark-admin:people_read`) rather than acting as the verb (`admin:repo_hook`).
    pub area: bool,
    /// Verbs that change data, other than an area's `admin`.
    changing: usize,
    /// A bound to the holder's own account (`self`, `me`, `my`, `own`, `current`).
    pub own: Option<usize>,
    /// A bound to what the user selected or the app made (`selected`, `AppFolder`, `OwnedBy`,
    /// `drive.file`, `created by`).
    pub app: Option<usize>,
    /// A part of a resource (`metadata`, `basic`, `public`).
    pub limit: bool,
    /// The `*` tokens.
    pub stars: usize,
    /// The nouns: not actions, qualifiers or quantifiers.
    pub objects: Vec<usize>,
    /// The object the scope is about.
    pub head: Option<usize>,
}

impl Shape {
    #[must_use]
    pub fn of(name: &Name) -> Shape {
        let mut s = Shape::default();
        let n = name.tokens.len();
        for i in 0..n {
            let w = name.word(i);
            let t = &name.tokens[i];
            let next = (i + 1 < n).then(|| name.word(i + 1));
            if w == "*" {
                s.stars += 1;
                continue;
            }
            if t.class.has(Class::READ) {
                s.reads = true;
            }
            if t.class.has(Class::WRITE) || w == "readwrite" || w == "rw" {
                s.writes = true;
            }
            if t.class.has(Class::WIDE_VERB) {
                s.wide_verb = true;
            }
            if t.class.has(Class::WRITE) || t.class.has(Class::WIDE_VERB) || w == "readwrite" {
                s.changing += 1;
            }
            let manage_like = t.class.has(Class::ADMIN) && !SUPER.contains(&w);
            if manage_like && s.manage.is_none() {
                s.manage = Some(i);
            }
            let compound_app =
                matches!((w, next), ("app", Some("folder" | "data")) | ("created" | "owned", Some("by")));
            let file_of_product = w == "file" && i > 0 && name.is(i - 1, Class::PRODUCT);
            if t.class.has(Class::BOUND) {
                match w {
                    "selected" | "appfolder" | "appdata" | "owned" | "ownedby" | "installed" => {
                        s.app = s.app.or(Some(i));
                    }
                    _ => s.own = s.own.or(Some(i)),
                }
                continue;
            }
            if compound_app || file_of_product || matches!((w, next), ("signed", Some("in"))) {
                if w == "signed" {
                    s.own = s.own.or(Some(i));
                } else {
                    s.app = s.app.or(Some(i));
                }
                continue;
            }
            if t.class.has(Class::LIMIT) {
                s.limit = true;
            }
            let qualifier = t.class.has(Class::ACTION)
                || t.class.has(Class::ADMIN)
                || t.class.has(Class::QUANTIFIER)
                || t.class.has(Class::CATCH_ALL)
                || t.class.has(Class::WIDE_VERB);
            if !qualifier {
                s.objects.push(i);
            }
        }
        // Graph style (`Resource.Action.Qualifier`): the resource comes before the action.
        let before: Vec<usize> = if name.style == Style::DottedPascal {
            s.objects.iter().copied().filter(|&i| !after_action(name, i)).collect()
        } else {
            Vec::new()
        };
        let nouns = if before.is_empty() { &s.objects } else { &before };
        s.head = nouns.iter().rev().find(|&&i| !is_filler(name, i)).or(nouns.last()).copied();
        // `admin` naming an administrators' area: first (`admin.directory.user`), or anywhere
        // beside another action (`spark-admin:people_read`, `meeting:admin_schedule_read`); an
        // `admin` right after an action (`meeting:read:admin`) is judged by `whose`.
        if let Some(m) = s.manage
            && name.word(m) == "admin"
            && m + 1 < n
            && (m == 0 || !name.is(m - 1, Class::ACTION))
        {
            let other_action = (0..n).any(|i| i != m && (name.is(i, Class::ACTION) || name.is(i, Class::WIDE_VERB)));
            s.area = other_action || (m == 0 && name.tokens[1].sep == Some('.'));
            if s.area {
                s.changing = s.changing.saturating_sub(1);
            }
        }
        s
    }

    fn any(&self, name: &Name, class: Class) -> bool {
        self.objects.iter().any(|&i| name.is(i, class))
    }

    fn head_is(&self, name: &Name, class: Class) -> bool {
        self.head.is_some_and(|i| name.is(i, class))
    }

    /// Whether the scope changes data: a write verb, or `admin`/`manage` used as the verb.
    fn changes(&self) -> bool {
        self.changing > 0 || (self.manage.is_some() && !self.area && !self.reads)
    }

    fn bounded(&self) -> bool {
        self.own.is_some() || self.app.is_some()
    }
}

/// The reasons `name` is broad on its own (no description, no siblings).
#[must_use]
pub fn judge(name: &Name, broad_words: &[String]) -> Vec<Reason> {
    let mut out = Vec::new();
    if let Some(c) = name.clinical() {
        clinical(name, c, &mut out);
        return out;
    }
    if name.smart.is_some() || is_protocol(name) {
        return out;
    }
    if name.url_root {
        out.push(Reason::new(
            "B002",
            Axis::What,
            format!("`{}` has no path, so it names the whole `{}` service", name.raw, name.judged),
        ));
        return out;
    }
    if name.style == Style::Url && name.judged == ".default" {
        out.push(Reason::new(
            "B002",
            Axis::What,
            format!("`{}` asks for every permission configured for the app (`.default`)", name.raw),
        ));
        return out;
    }
    if is_regex(name.raw) {
        out.push(Reason::new(
            "B001",
            Axis::What,
            format!("`{}` is a pattern, so it matches every scope it can", name.raw),
        ));
        return out;
    }
    if name.tokens.is_empty() {
        return out;
    }
    let s = Shape::of(name);
    let push = |out: &mut Vec<Reason>, r: Option<Reason>| {
        if let Some(r) = r
            && !out.iter().any(|o: &Reason| o.code == r.code)
        {
            out.push(r);
        }
    };
    push(&mut out, what::wildcard(name, &s));
    push(&mut out, what::catch_all(name, &s, broad_words));
    push(&mut out, what::superuser(name, &s));
    push(&mut out, power::power(name, &s));
    push(&mut out, whose::oversight(name, &s));
    push(&mut out, whose::whose(name, &s));
    push(&mut out, what::product(name, &s));
    push(&mut out, what::bare_action(name, &s));
    push(&mut out, what::generic_only(name, &s));
    out
}

fn clinical(name: &Name, c: &Clinical, out: &mut Vec<Reason>) {
    if c.resource.is_none() {
        out.push(Reason::new(
            "B001",
            Axis::What,
            format!(
                "the resource type `*` in `{}` covers every FHIR resource in the {} context",
                name.raw,
                c.context.as_str()
            ),
        ));
    } else if c.context == SmartContext::System {
        out.push(Reason::new(
            "B005",
            Axis::Whose,
            format!("the `system/` context of `{}` reaches every patient on the server, not one in context", name.raw),
        ));
    }
}

/// Identity and session scopes: `openid`, `email`, `offline_access`, `refresh_token`.
#[must_use]
pub fn is_protocol(name: &Name) -> bool {
    if name.clinical().is_none() && name.smart.is_some() {
        return true;
    }
    name.style != Style::Url && !name.tokens.is_empty() && name.words().all(|w| PROTOCOL.contains(&w))
        || matches!(name.judged, "userinfo.email" | "userinfo.profile")
}

fn is_regex(raw: &str) -> bool {
    // One pass over the bytes: a pattern needs a `*`, `+`, `^`, `(` or `\\` somewhere.
    if !raw.bytes().any(|b| matches!(b, b'*' | b'+' | b'^' | b'(' | b'\\')) {
        return false;
    }
    raw.contains(".*")
        || raw.contains(".+")
        || (raw.starts_with('^') && raw.len() > 1)
        || raw.contains("(?")
        || raw.contains("\\w")
}

/// True when token `i` is a noun modified, within its segment, by a word that makes it another
/// thing (`blocked_users`).
pub(super) fn modified(name: &Name, i: usize) -> bool {
    i > 0
        && !matches!(name.tokens[i].sep, Some('.' | ':' | '/'))
        && OTHER_THING.contains(&name.word(i - 1))
        // Any kind of key, credential or secret is still one (`device_credential`).
        && !name.is(i, Class::SECRET)
}

/// Modifiers that make a control-plane or people noun a list or attribute of something else:
/// `blocked_users`, `payment_sessions`, `push_tokens`, `stream_key`. Any other modifier keeps
/// the noun what it is (`client_grants`, `api_keys`, `UserStandardGroups`).
const OTHER_THING: &[&str] = &[
    "blocked",
    "banned",
    "muted",
    "followed",
    "following",
    "payment",
    "payments",
    "push",
    "stream",
    "visitor",
    "guest",
    "chat",
    "meeting",
    "calendar",
    "contact",
    "subscription",
    "notification",
    "product",
    "order",
    "shipping",
    "custom",
    "feature",
    "billing",
    "asm",
    "channel",
    "vip",
    "moderator",
    "moderators",
    "editor",
    "editors",
    "escalation",
    "retention",
    "refund",
    "return",
    "pricing",
    "alert",
    "alerting",
    "routing",
    "backup",
    "lifecycle",
    "cache",
    "rate",
    "scaling",
    "autoscaling",
    "delivery",
    "tax",
];

/// True when token `i` comes after an action token (a qualifier in `Resource.Action.Qualifier`).
pub(super) fn after_action(name: &Name, i: usize) -> bool {
    (0..i).any(|j| name.is(j, Class::ACTION) || name.is(j, Class::WIDE_VERB))
}
