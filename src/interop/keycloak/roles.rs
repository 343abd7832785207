//! Realm and client roles, the scope mappings that grant them client scopes, and composite roles.
//!
//! A composite role is given every scope its members hold, transitively: Keycloak puts a
//! composite's members' roles into the token of whoever holds the composite, so the holder really
//! has the members' client scopes, and a minimum-necessary review must see that effective access
//! rather than only what was mapped to the composite directly. Such a grant is justified
//! `through composite role member M`, M being the member mapped to the scope directly (the first
//! by name when several are, so the choice does not depend on the file's order and an
//! export → import round trip gives the same justification). A grant mapped directly wins and has
//! no justification. Cycles (`a` includes `b` includes `a`) are followed once.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::ops::Range;

use super::access::{Known, Names, Reader};
use super::json::Node;
use super::read::prose;
use super::{COMPOSITE_JUSTIFICATION, client_role, is_internal_client};
use crate::model::{Grant, Role, Subject, validate_name};

/// A role as read, before its composites are resolved.
#[derive(Debug)]
pub(super) struct RoleRead {
    pub name: String,
    /// The span of its `name` value.
    pub span: Range<usize>,
    pub description: Option<(String, Range<usize>)>,
    pub members: Vec<MemberRef>,
}

/// A role named in a composite's `composites`.
#[derive(Debug)]
pub(super) struct MemberRef {
    pub name: String,
    pub span: Range<usize>,
    /// A role of Keycloak's own clients: left out without a note of its own.
    pub internal: bool,
}

/// The roles read, in file order (realm roles, then client roles), and every name seen.
#[derive(Debug, Default)]
pub(super) struct Roles {
    pub list: Vec<RoleRead>,
    pub names: Names,
    /// Keycloak's own clients whose roles were left out: client, how many, the key's span.
    internal: Vec<(String, usize, Range<usize>)>,
}

impl Roles {
    /// How many roles of Keycloak's own client `client` were left out.
    pub fn internal_count(&self, client: &str) -> usize {
        self.internal.iter().find(|(c, _, _)| c == client).map_or(0, |(_, n, _)| *n)
    }

    /// Notes the left-out roles of Keycloak's own clients that `clients[]` did not list (those it
    /// lists were noted with their client).
    pub fn note_internal_roles(&self, r: &mut Reader, noted: &[&str]) {
        for (client, n, span) in self.internal.iter().filter(|(c, n, _)| *n > 0 && !noted.contains(&c.as_str())) {
            let roles = if *n == 1 { "role" } else { "roles" };
            r.note(
                span,
                format!(
                    "the {n} {roles} of Keycloak's own client `{}` are not imported: they are Keycloak's \
                     permissions, not holders of OAuth scopes",
                    crate::model::shown(client)
                ),
            );
        }
    }
}

/// Reads `roles.realm[]` and `roles.client{}`.
pub(super) fn read(r: &mut Reader, realm: &Node) -> Roles {
    let mut roles = Roles::default();
    let Some((node, _)) = r.object(realm, "roles", "") else { return roles };
    for (path, obj) in r.objects(node, "realm", "roles") {
        role(r, obj, &path, None, &mut roles);
    }
    let Some((_, clients)) = r.object(node, "client", "roles") else { return roles };
    for m in clients {
        let objects = r.objects_of(&m.value, &format!("roles.client.{}", crate::model::shown(&m.key)));
        if is_internal_client(&m.key, r.realm) {
            roles.internal.push((m.key.clone(), objects.len(), m.key_span.clone()));
            continue;
        }
        for (path, obj) in objects {
            role(r, obj, &path, Some(&m.key), &mut roles);
        }
    }
    roles
}

fn role(r: &mut Reader, obj: &Node, path: &str, client: Option<&str>, roles: &mut Roles) {
    let Some((name, name_node)) = r.string(obj, "name", path) else {
        r.note(&obj.span, "a role without a `name` is not imported".into());
        return;
    };
    let full = client.map_or_else(|| name.to_owned(), |c| client_role(c, name));
    let description = r.string(obj, "description", path).and_then(|(d, n)| Some((prose(d)?, n.span.clone())));
    let _ = r.boolean(obj, "composite", path);
    let mut members = Vec::new();
    let composites_path = format!("{path}.composites");
    if let Some((composites, _)) = r.object(obj, "composites", path) {
        for (m, node) in r.string_list(composites, "realm", &composites_path) {
            members.push(MemberRef { name: m.to_owned(), span: node.span.clone(), internal: false });
        }
        for c in r.object(composites, "client", &composites_path).map_or(&[][..], |(_, c)| c) {
            let internal = is_internal_client(&c.key, r.realm);
            for (m, node) in r.strings(&c.value, &format!("{composites_path}.client.{}", crate::model::shown(&c.key))) {
                members.push(MemberRef { name: client_role(&c.key, m), span: node.span.clone(), internal });
            }
        }
    }
    let shown = crate::model::shown(&full);
    if roles.names.get(&full) == Some(&Known::Imported) {
        r.note(&name_node.span, format!("role `{shown}` is defined twice; the first definition is kept"));
        return;
    }
    if let Err(e) = validate_name(&full) {
        r.note(&name_node.span, format!("role `{shown}` is not imported: {e}"));
        roles.names.entry(full).or_insert_with(|| Known::Skipped("its name has characters scopectl refuses".into()));
        return;
    }
    roles.names.insert(full.clone(), Known::Imported);
    roles.list.push(RoleRead { name: full, span: name_node.span.clone(), description, members });
}

/// Role → the scopes mapped to it directly, in file order, with the span of the mapping.
pub(super) type Direct = HashMap<String, Vec<(String, Range<usize>)>>;

/// Reads `scopeMappings[]` (realm roles) and `clientScopeMappings{}` (client roles).
pub(super) fn mappings(r: &mut Reader, realm: &Node, scopes: &Names, roles: &Roles) -> Direct {
    let mut direct = Direct::new();
    for (path, entry) in r.objects(realm, "scopeMappings", "") {
        mapping(r, entry, &path, None, scopes, roles, &mut direct);
    }
    let Some((_, clients)) = r.object(realm, "clientScopeMappings", "") else { return direct };
    for m in clients {
        let entries = r.objects_of(&m.value, &format!("clientScopeMappings.{}", crate::model::shown(&m.key)));
        // The roles of Keycloak's own clients are left out, and so are their mappings.
        if is_internal_client(&m.key, r.realm) {
            continue;
        }
        for (path, entry) in entries {
            mapping(r, entry, &path, Some(&m.key), scopes, roles, &mut direct);
        }
    }
    direct
}

/// One mapping entry: `{clientScope, roles}` grants the scope to each role; `{client, roles}` maps
/// roles to a client, not a scope, and is noted.
fn mapping(
    r: &mut Reader,
    entry: &Node,
    path: &str,
    client: Option<&str>,
    scopes: &Names,
    roles: &Roles,
    direct: &mut Direct,
) {
    let scope = r.string(entry, "clientScope", path);
    let target = r.string(entry, "client", path);
    let role_names = r.string_list(entry, "roles", path);
    let Some((scope, scope_node)) = scope else {
        match target {
            Some((t, _)) if is_internal_client(t, r.realm) => {}
            Some((t, node)) => {
                let whose = client.map_or_else(
                    || "realm roles".to_owned(),
                    |c| format!("roles of client `{}`", crate::model::shown(c)),
                );
                r.note(
                    &node.span,
                    format!(
                        "`{path}` maps {whose} to the client `{}` (its role scope mappings), not to a client scope; \
                         scopectl grants scopes to roles, so it is not imported",
                        crate::model::shown(t)
                    ),
                );
            }
            None => r.note(&entry.span, format!("`{path}` names no `clientScope`; it is not imported")),
        }
        return;
    };
    let whose = format!("`{path}`");
    let Some(scope) = r.scope_ref(scopes, scope, &scope_node.span, &whose) else { return };
    for (name, node) in role_names {
        let full = client.map_or_else(|| name.to_owned(), |c| client_role(c, name));
        if let Some(role) = r.role_ref(&roles.names, &full, &node.span, &whose) {
            let held = direct.entry(role).or_default();
            if !held.iter().any(|(s, _)| *s == scope) {
                held.push((scope.clone(), node.span.clone()));
            }
        }
    }
}

/// The roles of the set: composites resolved and flattened, spans recorded.
pub(super) fn finish(r: &mut Reader, roles: Roles, direct: &Direct) -> Vec<Role> {
    let mut members: HashMap<String, Vec<String>> = HashMap::with_capacity(roles.list.len());
    for role in &roles.list {
        let whose = format!("composite role `{}`", crate::model::shown(&role.name));
        let mut resolved: Vec<String> = Vec::new();
        for m in role.members.iter().filter(|m| !m.internal) {
            if let Some(name) = r.role_ref(&roles.names, &m.name, &m.span, &whose)
                && name != role.name
                && !resolved.contains(&name)
            {
                resolved.push(name);
            }
        }
        members.insert(role.name.clone(), resolved);
    }
    let held: HashMap<String, BTreeSet<String>> =
        direct.iter().map(|(role, scopes)| (role.clone(), scopes.iter().map(|(s, _)| s.clone()).collect())).collect();
    let mut out = Vec::with_capacity(roles.list.len());
    for role in roles.list {
        r.spans.insert(Subject::Role(role.name.clone()), role.span.clone());
        if let Some((_, span)) = &role.description {
            r.spans.role_field(&role.name, "description", span.clone());
        }
        for (scope, span) in direct.get(&role.name).into_iter().flatten() {
            r.spans.grant(&role.name, scope, span.clone());
        }
        let grants = effective_grants(&role.name, &members, &held);
        out.push(Role { grants, description: role.description.map(|(d, _)| d), name: role.name, break_glass: false });
    }
    out
}

/// The grants of `role`: the scopes mapped to it directly (no justification), then those its
/// composite members hold directly, justified by the first such member by name. Sorted by scope.
pub(super) fn effective_grants(
    role: &str,
    members: &HashMap<String, Vec<String>>,
    direct: &HashMap<String, BTreeSet<String>>,
) -> Vec<Grant> {
    let empty = BTreeSet::new();
    let own = direct.get(role).unwrap_or(&empty);
    let mut through: BTreeMap<&str, &str> = BTreeMap::new();
    let mut seen: HashSet<&str> = HashSet::from([role]);
    let mut queue: VecDeque<&str> = members.get(role).into_iter().flatten().map(String::as_str).collect();
    while let Some(member) = queue.pop_front() {
        if !seen.insert(member) {
            continue;
        }
        for scope in direct.get(member).into_iter().flatten().filter(|s| !own.contains(*s)) {
            through.entry(scope).and_modify(|m| *m = (*m).min(member)).or_insert(member);
        }
        queue.extend(members.get(member).into_iter().flatten().map(String::as_str));
    }
    let mut grants: Vec<Grant> = own.iter().map(Grant::plain).collect();
    grants.extend(through.into_iter().map(|(scope, member)| Grant {
        scope: scope.to_owned(),
        justification: Some(format!("{COMPOSITE_JUSTIFICATION}{member}")),
        expires: None,
    }));
    grants.sort_by(|a, b| a.scope.cmp(&b.scope));
    grants
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(edges: &[(&str, &[&str])]) -> HashMap<String, Vec<String>> {
        edges.iter().map(|(r, ms)| ((*r).to_owned(), ms.iter().map(|m| (*m).to_owned()).collect())).collect()
    }

    fn held(pairs: &[(&str, &[&str])]) -> HashMap<String, BTreeSet<String>> {
        pairs.iter().map(|(r, ss)| ((*r).to_owned(), ss.iter().map(|s| (*s).to_owned()).collect())).collect()
    }

    fn show(grants: &[Grant]) -> Vec<String> {
        grants
            .iter()
            .map(|g| match &g.justification {
                Some(j) => format!("{} ({j})", g.scope),
                None => g.scope.clone(),
            })
            .collect()
    }

    #[test]
    fn nested_composites_give_their_members_scopes_transitively() {
        let members = graph(&[("doctor", &["nurse"]), ("nurse", &["reader"]), ("reader", &[])]);
        let direct = held(&[("doctor", &["orders:write"]), ("nurse", &["vitals:write"]), ("reader", &["labs:read"])]);
        assert_eq!(
            show(&effective_grants("doctor", &members, &direct)),
            [
                "labs:read (through composite role member reader)",
                "orders:write",
                "vitals:write (through composite role member nurse)"
            ]
        );
        assert_eq!(show(&effective_grants("reader", &members, &direct)), ["labs:read"]);
    }

    #[test]
    fn cycles_are_followed_once_and_a_role_is_not_its_own_member() {
        let members = graph(&[("a", &["b"]), ("b", &["c"]), ("c", &["a", "c"])]);
        let direct = held(&[("a", &["x"]), ("b", &["y"]), ("c", &["z"])]);
        assert_eq!(
            show(&effective_grants("a", &members, &direct)),
            ["x", "y (through composite role member b)", "z (through composite role member c)"]
        );
        assert_eq!(
            show(&effective_grants("c", &members, &direct)),
            ["x (through composite role member a)", "y (through composite role member b)", "z"]
        );
    }

    #[test]
    fn a_direct_mapping_wins_and_the_first_member_by_name_justifies() {
        let members = graph(&[("lead", &["zeta", "alpha"]), ("zeta", &[]), ("alpha", &[])]);
        let direct = held(&[("lead", &["s"]), ("zeta", &["s", "t"]), ("alpha", &["t"])]);
        assert_eq!(
            show(&effective_grants("lead", &members, &direct)),
            ["s", "t (through composite role member alpha)"]
        );
    }

    #[test]
    fn a_role_without_members_or_mappings_holds_nothing() {
        assert!(effective_grants("ghost", &HashMap::new(), &HashMap::new()).is_empty());
    }
}
