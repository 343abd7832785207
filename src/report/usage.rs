//! `report usage`: what the imported access logs show, per scope and client, beside what the
//! catalog says each client needs. Scopes nobody used are listed too: they are the candidates
//! for revocation.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::Serialize;

use super::Input;
use crate::model::{Sensitivity, Status};

/// One scope as used by one client (or, with no client, a catalog scope no event used).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UsageRow {
    pub scope: String,
    /// `None` for a scope the catalog does not define.
    pub sensitivity: Option<Sensitivity>,
    pub status: Option<Status>,
    /// `None` for a scope no event used.
    pub client: Option<String>,
    pub events: u64,
    /// Whether a feature of the client needs the scope (`None` when the client is unknown to the
    /// catalog or there is no client).
    pub needed_by_feature: Option<bool>,
}

/// `report usage`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UsageReport {
    pub source: String,
    pub as_of: Date,
    /// Events the audit holds, each counted once.
    pub events: u64,
    /// Most used first; unused catalog scopes last.
    pub rows: Vec<UsageRow>,
}

impl UsageReport {
    #[must_use]
    pub fn new(input: &Input) -> Self {
        let set = &input.set;
        let scopes = set.scope_index();
        let features: BTreeMap<&str, Vec<&str>> =
            set.clients.iter().map(|c| (c.name.as_str(), c.all_scopes())).collect();
        let mut rows: Vec<UsageRow> = input
            .usage
            .by_client
            .iter()
            .map(|((scope, client), events)| UsageRow {
                scope: scope.clone(),
                sensitivity: scopes.get(scope.as_str()).and_then(|s| s.sensitivity),
                status: scopes.get(scope.as_str()).map(|s| s.status),
                client: Some(client.clone()),
                events: *events,
                needed_by_feature: features.get(client.as_str()).map(|needed| needed.contains(&scope.as_str())),
            })
            .collect();
        rows.sort_by(|a, b| b.events.cmp(&a.events).then_with(|| (&a.scope, &a.client).cmp(&(&b.scope, &b.client))));
        rows.extend(set.scopes.iter().filter(|s| !input.usage.events.contains_key(&s.name)).map(|s| UsageRow {
            scope: s.name.clone(),
            sensitivity: s.sensitivity,
            status: Some(s.status),
            client: None,
            events: 0,
            needed_by_feature: None,
        }));
        UsageReport { source: input.source.clone(), as_of: input.today, events: input.usage.total_events, rows }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Client, Scope, ScopeSet};

    #[test]
    fn rows_by_use_then_unused_scopes() {
        let mut set =
            ScopeSet { scopes: vec![Scope::new("a"), Scope::new("b"), Scope::new("idle")], ..ScopeSet::default() };
        set.clients.push(Client {
            name: "portal".into(),
            features: [("x".into(), vec!["a".into()])].into(),
            ..Client::default()
        });
        let mut input = Input::from_set(set, "test", crate::model::parse_date("2026-11-29").unwrap());
        input.usage.by_client.insert(("a".into(), "portal".into()), 5);
        input.usage.by_client.insert(("b".into(), "portal".into()), 9);
        input.usage.by_client.insert(("zzz".into(), "kiosk".into()), 1);
        for s in ["a", "b", "zzz"] {
            input.usage.events.insert(s.into(), 1);
        }
        input.usage.total_events = 15;
        let r = UsageReport::new(&input);
        let summary: Vec<(&str, Option<&str>, u64, Option<bool>)> =
            r.rows.iter().map(|r| (r.scope.as_str(), r.client.as_deref(), r.events, r.needed_by_feature)).collect();
        assert_eq!(
            summary,
            [
                ("b", Some("portal"), 9, Some(false)),
                ("a", Some("portal"), 5, Some(true)),
                ("zzz", Some("kiosk"), 1, None),
                ("idle", None, 0, None)
            ]
        );
        assert_eq!(r.rows[2].status, None, "an unknown scope has no status");
    }
}
