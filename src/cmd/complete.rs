//! Dynamic completion of scope, role and client names from the catalog, for shells that register
//! scopectl's completer (`source <(COMPLETE=bash scopectl)`; see the README). The completer runs
//! inside a completion request, so it reads `SCOPECTL_DB` (or the default catalog), never creates
//! one, and offers nothing rather than an error when there is no catalog.

use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};

use crate::store::{self, OpenMode, ScopeFilter};

fn catalog() -> Option<rusqlite::Connection> {
    let path = match std::env::var_os("SCOPECTL_DB") {
        Some(p) if !p.is_empty() => p.into(),
        _ => store::default_path().ok()?,
    };
    store::open(&path, OpenMode::Existing).ok()
}

fn scopes() -> Vec<CompletionCandidate> {
    let Some(conn) = catalog() else { return Vec::new() };
    store::list_scopes(&conn, &ScopeFilter::default())
        .unwrap_or_default()
        .into_iter()
        .map(|r| {
            let help =
                format!("{}{}", r.scope.status, r.scope.description.map(|d| format!(": {d}")).unwrap_or_default());
            CompletionCandidate::new(r.scope.name).help(Some(help.into()))
        })
        .collect()
}

fn roles() -> Vec<CompletionCandidate> {
    let Some(conn) = catalog() else { return Vec::new() };
    store::list_roles(&conn)
        .unwrap_or_default()
        .into_iter()
        .map(|r| CompletionCandidate::new(r.name).help(r.description.map(Into::into)))
        .collect()
}

fn clients() -> Vec<CompletionCandidate> {
    let Some(conn) = catalog() else { return Vec::new() };
    store::list_clients(&conn)
        .unwrap_or_default()
        .into_iter()
        .map(|c| CompletionCandidate::new(c.client.name).help(c.client.description.map(Into::into)))
        .collect()
}

/// Completes a scope name from the catalog.
pub fn scope_names() -> ArgValueCandidates {
    ArgValueCandidates::new(scopes)
}

/// Completes a role name from the catalog.
pub fn role_names() -> ArgValueCandidates {
    ArgValueCandidates::new(roles)
}

/// Completes a client name from the catalog.
pub fn client_names() -> ArgValueCandidates {
    ArgValueCandidates::new(clients)
}
