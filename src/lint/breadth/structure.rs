//! Breadth from the name alone: its convention, qualifiers and nouns, never substrings.
//!
//! The name is read as actions (`read`, `write`, `manage`), objects (the nouns, the last of which
//! is the head: `repo_hook` is a hook), qualifiers that bound it (`self`, `selected`, `file` after
//! a product, `AppFolder`, `OwnedBy`) or limit it (`metadata`, `basic`, `public`), and qualifiers
//! that widen it (`all`, `*`, `.All`, a trailing `admin`, tenant-wide nouns). Each axis of
//! `docs/breadth.md` is one function below.

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
const SUPER: &[&str] = &["superuser", "superadmin", "sudo", "god", "root"];

/// Nouns too generic to be a head: the head is the noun before them.
fn is_filler(name: &Name, i: usize) -> bool {
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
    /// A leading `admin` that names an administrators' area (`admin.directory.user.readonly`,
    /// `admin:read:reports`) rather than acting as the verb (`admin:repo_hook`).
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
                s.changing -= 1;
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
    push(&mut out, wildcard(name, &s));
    push(&mut out, catch_all(name, &s, broad_words));
    push(&mut out, superuser(name, &s));
    push(&mut out, power(name, &s));
    push(&mut out, oversight(name, &s));
    push(&mut out, whose(name, &s));
    push(&mut out, product(name, &s));
    push(&mut out, bare_action(name, &s));
    push(&mut out, generic_only(name, &s));
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
    raw.contains(".*")
        || raw.contains(".+")
        || (raw.starts_with('^') && raw.len() > 1)
        || raw.contains("(?")
        || raw.contains("\\w")
}

/// What: a `*` where a resource should be.
fn wildcard(name: &Name, s: &Shape) -> Option<Reason> {
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
fn catch_all(name: &Name, s: &Shape, broad_words: &[String]) -> Option<Reason> {
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
fn superuser(name: &Name, s: &Shape) -> Option<Reason> {
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

/// True when token `i` is a noun modified, within its segment, by a word that makes it another
/// thing (`blocked_users`).
fn modified(name: &Name, i: usize) -> bool {
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
];

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

/// Power: write or manage of the access-control plane, or reading others' secrets.
fn power(name: &Name, s: &Shape) -> Option<Reason> {
    if s.bounded() {
        return None;
    }
    // The head, or a control-plane word compounded with it (`authorizationServers`).
    let compound =
        s.head.filter(|&h| h > 0 && name.tokens[h].sep.is_none() && name.is(h - 1, Class::CONTROL)).map(|h| h - 1);
    let control = subjects(name, s)
        .chain(compound)
        .find(|&i| name.is(i, Class::CONTROL) && !modified(name, i))
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

/// True when token `i` comes after an action token (a qualifier in `Resource.Action.Qualifier`).
fn after_action(name: &Name, i: usize) -> bool {
    (0..i).any(|j| name.is(j, Class::ACTION) || name.is(j, Class::WIDE_VERB))
}

/// Oversight: the whole tenant's audit, sign-in or system log.
fn oversight(name: &Name, s: &Shape) -> Option<Reason> {
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

/// Whose: every user's, member's or patient's data.
fn whose(name: &Name, s: &Shape) -> Option<Reason> {
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
    if name.raw.contains("$export")
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

/// What: a whole product of the user's read-write (`gmail.modify`, `Files.ReadWrite`, `drive`),
/// or a whole cloud (`cloud-platform`).
fn product(name: &Name, s: &Shape) -> Option<Reason> {
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
fn generic_only(name: &Name, s: &Shape) -> Option<Reason> {
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
fn bare_action(name: &Name, s: &Shape) -> Option<Reason> {
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
