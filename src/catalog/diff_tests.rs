use super::*;
use crate::model::{Action, Sensitivity, parse_date};

fn scope(name: &str, actions: &[Action], sensitivity: Sensitivity) -> Scope {
    Scope { actions: actions.to_vec(), sensitivity: Some(sensitivity), ..Scope::new(name) }
}

fn with_scopes(scopes: &[Scope]) -> ScopeSet {
    ScopeSet { scopes: scopes.to_vec(), ..ScopeSet::default() }
}

fn with_role(grants: &[Grant]) -> ScopeSet {
    let role = Role { name: "nurse".into(), grants: grants.to_vec(), ..Role::default() };
    ScopeSet { roles: vec![role], ..ScopeSet::default() }
}

fn with_client(features: &[(&str, &[&str])]) -> ScopeSet {
    let mut c = Client { name: "portal".into(), ..Client::default() };
    for (f, scopes) in features {
        c.features.insert((*f).into(), scopes.iter().map(|s| (*s).to_owned()).collect());
    }
    ScopeSet { clients: vec![c], ..ScopeSet::default() }
}

/// (widens, details) of the only entry.
fn one(old: &ScopeSet, new: &ScopeSet) -> (bool, Vec<String>) {
    let d = diff(old, new);
    assert_eq!(d.entries.len(), 1, "{d:?}");
    let e = &d.entries[0];
    (e.widens, e.details.iter().map(|x| x.text.clone()).collect())
}

#[test]
fn a_scope_gaining_an_action_widens_and_losing_one_does_not() {
    let read = with_scopes(&[scope("a", &[Action::Read], Sensitivity::Phi)]);
    let rw = with_scopes(&[scope("a", &[Action::Read, Action::Update], Sensitivity::Phi)]);
    assert_eq!(one(&read, &rw), (true, vec!["actions: [\"read\"] → [\"read\", \"update\"]".to_owned()]));
    assert!(!one(&rw, &read).0);
}

#[test]
fn rising_sensitivity_widens_and_falling_does_not() {
    let pii = with_scopes(&[scope("a", &[Action::Read], Sensitivity::Pii)]);
    let phi = with_scopes(&[scope("a", &[Action::Read], Sensitivity::Phi)]);
    assert!(one(&pii, &phi).0);
    assert!(!one(&phi, &pii).0);
    let unclassified = with_scopes(&[Scope { sensitivity: None, ..scope("a", &[Action::Read], Sensitivity::Phi) }]);
    assert!(one(&unclassified, &phi).0, "gaining a classification is reviewed like rising");
    assert!(!one(&phi, &unclassified).0);
}

#[test]
fn losing_a_deprecation_widens_and_deprecating_does_not() {
    let active = with_scopes(&[scope("a", &[Action::Read], Sensitivity::Phi)]);
    let mut dep = active.clone();
    dep.scopes[0].status = Status::Deprecated;
    dep.scopes[0].reason = Some("old".into());
    let (widens, details) = one(&dep, &active);
    assert!(widens, "{details:?}");
    assert!(!one(&active, &dep).0);
    let mut retired = dep.clone();
    retired.scopes[0].status = Status::Retired;
    assert!(one(&retired, &dep).0, "un-retiring widens");
    assert!(!one(&dep, &retired).0);
}

#[test]
fn a_role_gaining_a_scope_widens_and_losing_one_does_not() {
    let one_grant = with_role(&[Grant::plain("a")]);
    let two = with_role(&[Grant::plain("a"), Grant::plain("b")]);
    assert_eq!(one(&one_grant, &two), (true, vec!["gains b".to_owned()]));
    assert_eq!(one(&two, &one_grant), (false, vec!["loses b".to_owned()]));
    let (widens, _) = one(&ScopeSet::default(), &two);
    assert!(widens, "a new role holding scopes widens");
    assert!(!one(&two, &ScopeSet::default()).0, "a removed role narrows");
}

#[test]
fn a_grant_expiring_later_or_never_widens() {
    let mut g = Grant::plain("a");
    g.expires = Some(parse_date("2027-01-01").unwrap());
    let mut later = g.clone();
    later.expires = Some(parse_date("2027-06-01").unwrap());
    let early = with_role(std::slice::from_ref(&g));
    assert!(one(&early, &with_role(&[later])).0);
    assert!(one(&early, &with_role(&[Grant::plain("a")])).0);
    assert!(!one(&with_role(&[Grant::plain("a")]), &early).0, "adding an expiry narrows");
}

#[test]
fn a_client_gaining_a_scope_widens_and_reorganising_does_not() {
    let before = with_client(&[("labs", &["a"])]);
    let gains = with_client(&[("labs", &["a"]), ("meds", &["b"])]);
    let (widens, details) = one(&before, &gains);
    assert!(widens);
    assert_eq!(details[0], "gains b (feature meds)");
    assert!(!one(&gains, &before).0);
    let moved = with_client(&[("results", &["a"])]);
    assert!(!one(&before, &moved).0, "the same scopes under another feature name");
}

#[test]
fn neutral_edits_and_new_scopes_are_not_widening() {
    let a = with_scopes(&[scope("a", &[Action::Read], Sensitivity::Phi)]);
    let mut b = a.clone();
    b.scopes[0].description = Some("Read labs".into());
    assert!(!one(&a, &b).0);
    let d = diff(&ScopeSet::default(), &a);
    assert_eq!((d.entries[0].change, d.widens()), (Change::Added, false));
    assert!(diff(&a, &a).is_empty());
    assert_eq!(diff(&a, &ScopeSet::default()).summary(), DiffSummary { removed: 1, ..DiffSummary::default() });
}
