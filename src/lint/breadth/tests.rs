//! The breadth model on names of every convention, one axis at a time.

use super::{Axis, Evidence, judge};
use crate::lint::Context;
use crate::lint::names::Name;
use crate::lint::testing::{named, today};
use crate::model::ScopeSet;

/// The axes `name` is broad on, judged alone (no knowledge, no siblings).
fn axes(name: &str) -> Vec<Axis> {
    let set = ScopeSet::default();
    let mut ctx = Context::new(&set, today());
    ctx.knowledge = false;
    judge(&ctx, &Name::new(name), None).reasons.iter().map(|r| r.axis).collect()
}

fn broad(name: &str) -> bool {
    !axes(name).is_empty()
}

#[test]
fn what() {
    for n in ["patient/*.rs", "read:*", "athena/service/Athenanet.MDP.*", "read_all_data", "everything", "api", "write"]
    {
        assert!(axes(n).contains(&Axis::What), "{n}: {:?}", axes(n));
    }
    for n in [
        "https://mail.google.com/",
        "https://graph.microsoft.com/.default",
        "Mail.ReadWrite",
        "drive",
        "user_impersonation",
    ] {
        assert!(axes(n).contains(&Axis::What), "{n}: {:?}", axes(n));
    }
}

#[test]
fn whose() {
    for n in [
        "User.Read.All",
        "meeting:read:admin",
        "read:users",
        "okta.users.read",
        "system/Observation.rs",
        "Group.$export",
    ] {
        assert!(axes(n).contains(&Axis::Whose), "{n}: {:?}", axes(n));
    }
    assert!(axes("https://www.googleapis.com/auth/admin.directory.user.readonly").contains(&Axis::Whose));
}

#[test]
fn power() {
    for n in [
        "okta.users.manage",
        "create:client_grants",
        "update:tenant_settings",
        "admin:org",
        "read:client_secrets",
        "manage-users",
    ] {
        assert!(axes(n).contains(&Axis::Power), "{n}: {:?}", axes(n));
    }
    assert!(axes("RoleManagement.ReadWrite.Directory").contains(&Axis::Power));
    assert!(axes("Policy.ReadWrite.ConditionalAccess").contains(&Axis::Power));
}

#[test]
fn oversight() {
    for n in [
        "AuditLog.Read.All",
        "okta.logs.read",
        "read:logs",
        "https://www.googleapis.com/auth/admin.reports.audit.readonly",
    ] {
        assert!(axes(n).contains(&Axis::Oversight), "{n}: {:?}", axes(n));
    }
}

#[test]
fn narrow() {
    for n in [
        "patient/Observation.cruds",
        "user/Observation.write",
        "patient/Patient.*",
        "Calendars.ReadWrite",
        "Mail.Read",
        "Mail.Send",
        "https://www.googleapis.com/auth/drive.file",
        "https://www.googleapis.com/auth/drive.readonly",
        "Files.ReadWrite.AppFolder",
        "Application.ReadWrite.OwnedBy",
        "Sites.Selected",
        "Policy.Read.All",
        "Application.Read.All",
        "okta.users.read.self",
        "okta.myAccount.profile.manage",
        "read:current_user",
        "openid",
        "offline_access",
        "refresh_token",
        "launch/patient",
        "fhirUser",
        "activity:read_all",
        "account",
        "team",
        "pipeline",
        "edit",
        "submit",
        "read",
        "admin:repo_hook",
        "manage:webhooks",
        "channels:manage",
        "read:org",
        "read:roles",
        "read:food_logs",
        "orders:*",
        "view_lab_results",
        "read_all_orders",
    ] {
        assert!(!broad(n), "{n} is narrow, got {:?}", axes(n));
    }
}

#[test]
fn siblings_and_descriptions_are_evidence() {
    let mut set = named(&["drive", "drive.readonly", "export_records"]);
    set.scopes[2].description = Some("Export the records of all patients in the organization".into());
    let ctx = Context::new(&set, today());
    let drive = ctx.judgement("drive");
    assert!(drive.reasons.iter().any(|r| r.code == "B008" && r.evidence == Evidence::SIBLINGS), "{drive:?}");
    let export = ctx.judgement("export_records");
    assert_eq!(export.reasons.len(), 1, "{export:?}");
    assert_eq!(export.reasons[0].evidence, Evidence::DESCRIPTION);
    assert!(export.reasons[0].message.contains("all patients"));
}

#[test]
fn a_bound_in_the_description_outweighs_a_weak_name() {
    let mut set = named(&["mailbox.modify"]);
    set.scopes[0].description = Some("Change messages created by this app".into());
    let ctx = Context::new(&set, today());
    let j = ctx.judgement("mailbox.modify");
    assert!(!j.is_broad(), "{j:?}");
    assert!(j.narrow.unwrap().contains("created by this app"));
}

#[test]
fn known_entries_and_settings_decide() {
    let set = named(&["https://www.googleapis.com/auth/cloud-platform"]);
    let ctx = Context::new(&set, today());
    let j = ctx.judgement("https://www.googleapis.com/auth/cloud-platform");
    assert!(j.is_broad());
    assert!(j.reasons[0].evidence.names().any(|e| e == "known"), "{j:?}");
    let mut set = named(&["payments"]);
    set.settings.broad_scopes.insert("payments".into(), "moves money for every account".into());
    set.settings.narrow_scopes.insert("User.Read.All".into(), "reviewed: a directory of five people".into());
    let ctx = Context::new(&set, today());
    let j = ctx.judgement("payments");
    assert!(j.reasons[0].message.contains("moves money"), "{j:?}");
    assert!(!ctx.judgement("User.Read.All").is_broad());
}
