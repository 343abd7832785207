//! Built-in knowledge of well-known provider scopes: a reviewed table compiled into the binary
//! (`known/<provider>.tsv`: scope, verdict, axis, reason, documentation URL), looked up by exact
//! name. A name two providers document with different verdicts is left out, so the other
//! evidence decides it. `[settings] broad_scopes` / `narrow_scopes` override the table.

use super::{Axis, Evidence, Judgement, Reason};
use crate::lint::names::Name;

/// One entry: what a provider's documentation says a scope grants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry<'a> {
    /// The provider, or `scopes.toml` for a `[settings]` entry.
    pub provider: &'a str,
    pub scope: &'a str,
    /// `None`: narrow.
    pub broad: Option<Axis>,
    pub reason: &'a str,
    /// The documentation page (empty for a `[settings]` entry).
    pub source: &'a str,
}

impl Entry<'_> {
    /// The verdict this entry gives `name`.
    #[must_use]
    pub fn judgement(&self, name: &Name) -> Judgement {
        let whose = if self.source.is_empty() {
            "`[settings]` of this set".to_owned()
        } else {
            format!("{} documentation", self.provider)
        };
        match self.broad {
            Some(axis) => {
                // Where the name alone says the same, its rule and message stay, with the
                // documentation as more evidence; otherwise the entry speaks for itself.
                let own = super::structure::judge(name, &[]).into_iter().find(|r| r.axis == axis);
                let reason = match own {
                    Some(r) => Reason {
                        message: format!("{}; {whose}: {}", r.message, self.reason),
                        evidence: Evidence::KNOWN.with(Evidence::NAME),
                        ..r
                    },
                    None => Reason {
                        evidence: Evidence::KNOWN,
                        ..Reason::new(
                            axis.rule(),
                            axis,
                            format!("{whose} says `{}` is broad ({axis}): {}", name.raw, self.reason),
                        )
                    },
                };
                Judgement { reasons: vec![reason], narrow: None }
            }
            None => {
                Judgement { reasons: Vec::new(), narrow: Some(format!("{whose} says it is narrow: {}", self.reason)) }
            }
        }
    }
}

/// The compiled table (`build.rs`): `PROVIDERS`, `CONFLICTS` and `ENTRIES`, sorted by scope.
mod compiled {
    include!(concat!(env!("OUT_DIR"), "/known.rs"));
}

/// The table, by scope name.
pub struct Table;

impl Table {
    /// The entry for `scope`, by binary search.
    #[must_use]
    pub fn get(&self, scope: &str) -> Option<Entry<'static>> {
        let i = compiled::ENTRIES.binary_search_by(|e| e.0.cmp(scope)).ok()?;
        let (scope, p, axis, reason, source) = compiled::ENTRIES[i];
        let provider = compiled::PROVIDERS.get(usize::from(p)).copied().unwrap_or_default();
        Some(Entry { provider, scope, broad: Axis::parse(axis), reason, source })
    }

    #[must_use]
    pub fn len(&self) -> usize {
        compiled::ENTRIES.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        compiled::ENTRIES.is_empty()
    }

    /// Names two providers document with different verdicts, left out of the table.
    #[must_use]
    pub fn conflicts(&self) -> usize {
        compiled::CONFLICTS
    }
}

/// Parses one line of a table file; `None` for comments and blank lines (the test that checks
/// the files uses it; `build.rs` reads them the same way).
///
/// # Errors
/// A line that is not `scope, verdict, axis, reason, source`.
#[cfg(test)]
pub fn parse_line<'a>(provider: &'a str, line: &'a str) -> Result<Option<Entry<'a>>, String> {
    if line.starts_with('#') || line.trim().is_empty() {
        return Ok(None);
    }
    let cols: Vec<&str> = line.split('\t').collect();
    let [scope, verdict, axis, reason, source] = cols[..] else {
        return Err(format!("{provider}: expected 5 tab-separated columns: {line}"));
    };
    let broad = match (verdict, Axis::parse(axis)) {
        ("broad", Some(axis)) => Some(axis),
        ("narrow", None) if axis == "-" => None,
        _ => return Err(format!("{provider}: bad verdict/axis `{verdict}`/`{axis}`: {line}")),
    };
    if scope.is_empty() || reason.trim().is_empty() || !source.starts_with("http") {
        return Err(format!("{provider}: every entry needs a scope, a reason and a source URL: {line}"));
    }
    Ok(Some(Entry { provider, scope, broad, reason, source }))
}

/// The built-in table.
#[must_use]
pub fn table() -> &'static Table {
    &Table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_line_parses_and_the_table_is_large() {
        use super::compiled::FILES;
        let mut problems = Vec::new();
        let mut count = 0;
        for (provider, text) in FILES {
            let mut seen = std::collections::HashSet::new();
            for line in text.lines() {
                match parse_line(provider, line) {
                    Ok(Some(e)) => {
                        count += 1;
                        if !seen.insert(e.scope) {
                            problems.push(format!("{provider}: `{}` twice", e.scope));
                        }
                    }
                    Ok(None) => {}
                    Err(e) => problems.push(e),
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        assert!(count >= 1500, "{count} entries");
        assert!(FILES.len() >= 15);
        assert!(table().len() >= 1400, "{} distinct names", table().len());
        let distinct: std::collections::HashSet<&str> = FILES
            .iter()
            .flat_map(|(p, text)| text.lines().filter_map(move |l| parse_line(p, l).ok().flatten()))
            .map(|e| e.scope)
            .collect();
        assert_eq!(table().len() + table().conflicts(), distinct.len());
        assert!(compiled::ENTRIES.windows(2).all(|w| w[0].0 < w[1].0), "sorted for binary search");
    }
}
