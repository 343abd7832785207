use super::*;
use crate::model::{Action, parse_date};

fn scope(name: &str) -> Scope {
    let mut s = Scope::new(name);
    s.actions = vec![Action::Read];
    s
}

fn set(scopes: &[Scope], roles: &[Role], clients: &[Client]) -> ScopeSet {
    ScopeSet { scopes: scopes.to_vec(), roles: roles.to_vec(), clients: clients.to_vec(), ..ScopeSet::default() }
}

fn role(name: &str, grants: &[Grant]) -> Role {
    Role { name: name.into(), grants: grants.to_vec(), ..Role::default() }
}

#[test]
fn an_identical_catalog_plans_nothing() {
    let file = set(&[scope("a"), scope("b")], &[role("r", &[Grant::plain("a")])], &[]);
    let p = plan(&file, &file);
    assert!(p.is_empty(), "{p:?}");
    assert_eq!(p.summary(), Summary::default());
}

#[test]
fn additions_and_field_changes() {
    let catalog = set(&[scope("a")], &[], &[]);
    let mut a2 = scope("a");
    a2.actions.push(Action::Search);
    let file = set(&[a2, scope("b")], &[], &[]);
    let p = plan(&file, &catalog);
    assert_eq!(p.scopes.len(), 2);
    assert_eq!((p.scopes[0].op, p.scopes[0].fields[0].field), (ScopeOp::Update, "actions"));
    assert_eq!(p.scopes[1].op, ScopeOp::Add);
    assert_eq!(p.scopes[1].fields.iter().map(|f| f.field).collect::<Vec<_>>(), ["actions"], "active is not news");
    assert_eq!(p.summary(), Summary { add: 1, change: 1, ..Summary::default() });
}

#[test]
fn lifecycle_moves_are_named() {
    let mut dep = scope("a");
    dep.status = Status::Deprecated;
    dep.reason = Some("r".into());
    let mut ret = dep.clone();
    ret.status = Status::Retired;
    let op = |before: &Scope, after: &Scope| {
        plan(&set(std::slice::from_ref(after), &[], &[]), &set(std::slice::from_ref(before), &[], &[])).scopes[0].op
    };
    assert_eq!(op(&scope("a"), &dep), ScopeOp::Deprecate);
    assert_eq!(op(&dep, &scope("a")), ScopeOp::Reinstate);
    assert_eq!(op(&scope("a"), &ret), ScopeOp::Retire);
    assert_eq!(op(&dep, &ret), ScopeOp::Retire);
    assert_eq!(op(&ret, &scope("a")), ScopeOp::Unretire);
}

#[test]
fn grants_are_added_changed_and_revoked() {
    let catalog =
        set(&[scope("a"), scope("b"), scope("c")], &[role("r", &[Grant::plain("a"), Grant::plain("b")])], &[]);
    let mut b = Grant::plain("b");
    b.expires = Some(parse_date("2027-01-01").unwrap());
    let file = set(&[scope("a"), scope("b"), scope("c")], &[role("r", &[b, Grant::plain("c")])], &[]);
    let p = plan(&file, &catalog);
    let ops: Vec<(Op, &str)> = p.roles[0].grants.iter().map(|g| (g.op, g.grant.scope.as_str())).collect();
    assert_eq!(ops, [(Op::Update, "b"), (Op::Add, "c"), (Op::Remove, "a")]);
    assert_eq!(p.roles[0].grants[0].fields[0].field, "expires");
    assert_eq!(p.summary(), Summary { change: 1, grant: 2, revoke: 1, ..Summary::default() });
}

#[test]
fn features_and_unmanaged_entities() {
    let mut old = Client { name: "portal".into(), ..Client::default() };
    old.features.insert("labs".into(), vec!["a".into()]);
    old.features.insert("gone".into(), vec!["a".into()]);
    let mut new = Client { name: "portal".into(), ..Client::default() };
    new.features.insert("labs".into(), vec!["b".into()]);
    let catalog = set(&[scope("a"), scope("b"), scope("x")], &[role("keep", &[])], &[old]);
    let file = set(&[scope("a"), scope("b")], &[], &[new]);
    let p = plan(&file, &catalog);
    let f = &p.clients[0].features;
    assert_eq!(
        (f[0].op, f[0].added.as_slice(), f[0].removed.as_slice()),
        (Op::Update, &["b".to_owned()][..], &["a".to_owned()][..])
    );
    assert_eq!(f[1].op, Op::Remove);
    assert_eq!(p.unmanaged, Unmanaged { scopes: vec!["x".into()], roles: vec!["keep".into()], clients: vec![] });
    let with = plan_with(&file, &catalog, &Options { deprecate_missing: Some("gone".into()) });
    assert_eq!((with.scopes[0].name.as_str(), with.scopes[0].op), ("x", ScopeOp::Deprecate));
    assert!(with.unmanaged.scopes.is_empty());
}
