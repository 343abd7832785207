//! The Deploy CLI directory format: a folder per resource type holding one JSON object per
//! resource (`resource-servers/FHIR API.json`, `roles/Nurse.json`, `grants/…`, `clients/…`),
//! next to folders scopectl does not read (`connections/`, `emails/`, `pages/`, `tenant.json`…).
//! Files are read in name order; a broken file is refused with its own path and line:column.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::keywords;
use super::raw::Cook;
use super::read::{self, Doc, Tenant};
use crate::interop::{Imported, json_error, yaml_error};
use crate::scopeset::{self, LoadError};

/// A folder scopectl reads.
#[derive(Debug, Clone, Copy)]
enum Folder {
    ResourceServers,
    Roles,
    Grants,
    Clients,
}

impl Folder {
    /// In reading order.
    const ALL: [Folder; 4] = [Folder::ResourceServers, Folder::Roles, Folder::Grants, Folder::Clients];

    fn name(self) -> &'static str {
        match self {
            Folder::ResourceServers => "resource-servers",
            Folder::Roles => "roles",
            Folder::Grants => "grants",
            Folder::Clients => "clients",
        }
    }

    /// What a file of the folder is, for a refusal.
    fn kind(self) -> &'static str {
        match self {
            Folder::ResourceServers => "Auth0 Deploy CLI resource server file",
            Folder::Roles => "Auth0 Deploy CLI role file",
            Folder::Grants => "Auth0 Deploy CLI client grant file",
            Folder::Clients => "Auth0 Deploy CLI client file",
        }
    }
}

/// Reads the Deploy CLI directory export at `dir`.
pub(super) fn import(dir: &Path) -> Result<Imported, LoadError> {
    let label = dir.display().to_string();
    if Folder::ALL.iter().all(|f| !dir.join(f.name()).is_dir()) {
        let message = "it holds none of the folders resource-servers/, roles/, grants/ or clients/; expected an Auth0 Deploy CLI directory export (or a tenant.yaml file)".to_string();
        return Err(LoadError::one(&label, None, message, None).of_kind(super::KIND));
    }
    let mut tenant = Tenant { label: label.clone(), directory: true, ..Tenant::default() };
    if dir.join("client-grants").is_dir() {
        tenant.notes.push("client-grants/ was not read: the Deploy CLI keeps client grants in grants/".to_owned());
    }
    for folder in Folder::ALL {
        for (path, short) in json_files(dir, folder.name())? {
            if let Err(e) = read_file(&mut tenant, &path, short, folder) {
                // An earlier file's problems come first, whatever they are.
                return Err(if tenant.refused.is_empty() { e } else { read::refusal(&tenant, tenant.refused.clone()) });
            }
        }
    }
    read::build(tenant)
}

/// The `.json` files directly in `dir/folder`, sorted by name, each with its path inside `dir`.
fn json_files(dir: &Path, folder: &str) -> Result<Vec<(PathBuf, String)>, LoadError> {
    let path = dir.join(folder);
    if !path.is_dir() {
        return Ok(Vec::new());
    }
    let entries = std::fs::read_dir(&path)
        .map_err(|e| LoadError::one(&path.display().to_string(), None, e.to_string(), None).of_kind(super::KIND))?;
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry
            .map_err(|e| LoadError::one(&path.display().to_string(), None, e.to_string(), None).of_kind(super::KIND))?;
        let file = entry.path();
        if file.extension().is_some_and(|e| e == "json") && file.is_file() {
            let short = format!("{folder}/{}", entry.file_name().to_string_lossy());
            files.push((file, short));
        }
    }
    files.sort();
    Ok(files)
}

/// Reads one resource file into `tenant`.
fn read_file(tenant: &mut Tenant, path: &Path, short: String, folder: Folder) -> Result<(), LoadError> {
    let kind = folder.kind();
    let (label, text) = scopeset::read_text(path, "a JSON file").map_err(|e| e.of_kind(kind))?;
    let neutral = keywords::neutralize_json(&text);
    let value: serde_json::Value = serde_json::from_str(&neutral).map_err(|e| json_error(&label, &text, &e, kind))?;
    let Some(object) = value.as_object() else {
        let at = text.len() - text.trim_start().len();
        let span = at..(at + 1).min(text.len());
        let message = "expected a JSON object (one resource per file)".to_owned();
        return Err(LoadError::one(&label, Some(text), message, Some(span)).of_kind(kind));
    };
    // The Deploy CLI skips empty objects.
    if object.is_empty() {
        return Ok(());
    }
    let mut cook = Cook { doc: tenant.docs.len(), text: &text, missing: Vec::new() };
    match folder {
        Folder::ResourceServers => tenant.apis.extend(cook.api(parse(&label, &text, &neutral, kind)?)),
        Folder::Roles => tenant.roles.extend(cook.role(parse(&label, &text, &neutral, kind)?)),
        Folder::Grants => tenant.grants.extend(cook.grant(parse(&label, &text, &neutral, kind)?)),
        Folder::Clients => tenant.clients.extend(cook.client(parse(&label, &text, &neutral, kind)?)),
    }
    tenant.refused.extend(cook.missing);
    drop(neutral);
    tenant.docs.push(Doc { label, short, text, kind });
    Ok(())
}

/// The JSON text (already checked to be a JSON object) read as YAML, for the value locations.
fn parse<T: for<'de> Deserialize<'de>>(
    label: &str,
    text: &str,
    neutral: &str,
    kind: &'static str,
) -> Result<Spanned<T>, LoadError> {
    super::from_yaml(neutral).map_err(|e| yaml_error(label, text, &e, kind))
}
