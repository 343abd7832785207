//! Reports as tables, CSV, JSON and Markdown; HTML is in [`super::html`]. CSV and JSON keep stable
//! snake_case field names; lists are space-separated in CSV and tables.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::html::{self, Part};
use super::{Format, Listing, Term, View, render_table};
use crate::report::{Cell, Input, Lifecycle, Matrix, Phi, Review, UsageReport};

/// A report view: a title and the HTML sections that show it, beside its [`View`] rendering.
pub trait ReportView: View {
    /// The report's title, for Markdown and HTML.
    const TITLE: &'static str;
    /// The sections of the HTML page for this report (after the summary header).
    const PARTS: &'static [Part];

    /// The Markdown body; the default is the listing as a table.
    fn markdown(&self) -> String {
        markdown_table(&self.listing())
    }
}

/// Prints a report in `format`: table, JSON and CSV as any view; Markdown with a title line;
/// HTML as a whole self-contained page built from `input`.
///
/// # Errors
/// When writing fails or the format is not one of those.
pub fn emit<V: ReportView>(view: &V, format: Format, input: &Input) -> anyhow::Result<()> {
    match format {
        Format::Markdown => {
            let mut text = format!("# {}\n\nSource: {} · as of {}\n\n", V::TITLE, md(&input.source), input.today);
            text.push_str(&view.markdown());
            super::text(&text)
        }
        Format::Html => super::text(&html::page(input, V::TITLE, V::PARTS)),
        other => super::emit(view, other),
    }
}

fn join<T: ToString>(items: &[T]) -> String {
    items.iter().map(ToString::to_string).collect::<Vec<_>>().join(" ")
}

fn opt<T: ToString>(v: Option<&T>) -> String {
    v.map(ToString::to_string).unwrap_or_default()
}

/// Escapes text for a Markdown table cell: no HTML, links, emphasis or column breaks.
#[must_use]
pub fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '|' | '`' | '*' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A listing as a Markdown table (nothing for no rows).
#[must_use]
pub fn markdown_table(listing: &Listing) -> String {
    if listing.rows.is_empty() {
        return "Nothing to report.\n".to_owned();
    }
    let headers: Vec<String> = listing.headers.iter().map(|h| md(h)).collect();
    grid_markdown(&headers, &listing.rows)
}

fn grid_markdown(headers: &[String], rows: &[Vec<String>]) -> String {
    let mut out = format!("| {} |\n|{}|\n", headers.join(" | "), vec!["---"; headers.len()].join("|"));
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| md(c)).collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out
}

/// A grant as a short mark: `●` held, `j` justified, then the expiry.
fn mark(c: &Cell) -> String {
    let mut s = String::from("●");
    if c.justification.is_some() {
        s.push('j');
    }
    if let Some(d) = c.expires {
        let _ = write!(s, " {} {d}", if c.expired { "expired" } else { "until" });
    }
    s
}

const MATRIX_LEGEND: &str = "● held · j justified · until/expired DATE: the grant's expiry · † deprecated scope";

/// The matrix for people: one line per scope (most sensitive first), one column per role or client.
fn matrix_grid(m: &Matrix) -> (Vec<String>, Vec<Vec<String>>) {
    let mut headers = vec!["scope".to_owned(), "sensitivity".to_owned()];
    headers.extend(m.rows.iter().map(|r| match r.kind {
        crate::report::Holder::Role => r.name.clone(),
        crate::report::Holder::Client => format!("{} (client)", r.name),
    }));
    let rows = m
        .scopes
        .iter()
        .map(|s| {
            let mut line = vec![
                if s.is_deprecated() { format!("{} †", s.name) } else { s.name.clone() },
                s.sensitivity.map_or_else(|| "-".to_owned(), |x| x.to_string()),
            ];
            line.extend(
                m.rows.iter().map(|r| r.cells.iter().find(|c| c.scope == s.name).map(mark).unwrap_or_default()),
            );
            line
        })
        .collect();
    (headers, rows)
}

impl View for Matrix {
    fn listing(&self) -> Listing {
        let mut l = Listing::new(&[
            "kind",
            "name",
            "scope",
            "sensitivity",
            "scope_status",
            "justification",
            "expires",
            "expired",
            "features",
        ]);
        let columns: std::collections::HashMap<&str, &crate::report::MatrixScope> =
            self.scopes.iter().map(|s| (s.name.as_str(), s)).collect();
        for row in &self.rows {
            for c in &row.cells {
                let col = columns.get(c.scope.as_str());
                l.push(vec![
                    row.kind.as_str().to_owned(),
                    row.name.clone(),
                    c.scope.clone(),
                    opt(col.and_then(|s| s.sensitivity).as_ref()),
                    opt(col.and_then(|s| s.status).as_ref()),
                    opt(c.justification.as_ref()),
                    opt(c.expires.as_ref()),
                    c.expired.to_string(),
                    join(&c.features),
                ]);
            }
        }
        l
    }

    fn human(&self, out: &mut dyn Write, term: &Term) -> io::Result<()> {
        if self.scopes.is_empty() {
            return Ok(());
        }
        let (headers, rows) = matrix_grid(self);
        writeln!(out, "{}", render_table(headers, &rows, term))?;
        writeln!(out, "\n{MATRIX_LEGEND}")
    }
}

impl ReportView for Matrix {
    const TITLE: &'static str = "Access matrix";
    const PARTS: &'static [Part] = &[Part::Matrix];

    fn markdown(&self) -> String {
        if self.scopes.is_empty() {
            return "Nothing to report.\n".to_owned();
        }
        let (headers, rows) = matrix_grid(self);
        let headers: Vec<String> = headers.iter().map(|h| md(h)).collect();
        format!("{}\n{}\n", grid_markdown(&headers, &rows), MATRIX_LEGEND)
    }
}

impl View for Phi {
    fn listing(&self) -> Listing {
        let mut l = Listing::new(&[
            "kind",
            "name",
            "break_glass",
            "phi_count",
            "limit",
            "over_limit",
            "phi_scopes",
            "phi_write",
            "break_glass_grants",
        ]);
        for r in &self.rows {
            l.push(vec![
                r.kind.as_str().to_owned(),
                r.name.clone(),
                r.break_glass.to_string(),
                r.phi_count.to_string(),
                r.limit.to_string(),
                r.over_limit.to_string(),
                join(&r.phi_scopes),
                join(&r.phi_write),
                join(&r.break_glass_grants),
            ]);
        }
        l
    }
}

impl ReportView for Phi {
    const TITLE: &'static str = "PHI access";
    const PARTS: &'static [Part] = &[Part::Phi];
}

impl View for Lifecycle {
    fn listing(&self) -> Listing {
        let mut l = Listing::new(&[
            "scope",
            "sensitivity",
            "sunset",
            "days_left",
            "past_sunset",
            "replaced_by",
            "reason",
            "held_by_roles",
            "held_by_clients",
            "used_by",
            "last_used",
        ]);
        for r in &self.scopes {
            l.push(vec![
                r.scope.clone(),
                opt(r.sensitivity.as_ref()),
                opt(r.sunset.as_ref()),
                opt(r.days_left.as_ref()),
                r.past_sunset.to_string(),
                join(&r.replaced_by),
                opt(r.reason.as_ref()),
                join(&r.held_by_roles),
                join(&r.held_by_clients),
                join(&r.used_by),
                opt(r.last_used.as_ref()),
            ]);
        }
        l
    }
}

impl ReportView for Lifecycle {
    const TITLE: &'static str = "Scope lifecycle";
    const PARTS: &'static [Part] = &[Part::Lifecycle];
}

impl View for Review {
    fn listing(&self) -> Listing {
        let mut l = Listing::new(&[
            "role",
            "break_glass",
            "scope",
            "sensitivity",
            "scope_status",
            "justification",
            "granted_at",
            "granted_by",
            "expires",
            "expired",
            "last_used",
            "decision",
        ]);
        for r in &self.grants {
            l.push(vec![
                r.role.clone(),
                r.break_glass.to_string(),
                r.scope.clone(),
                opt(r.sensitivity.as_ref()),
                opt(r.scope_status.as_ref()),
                opt(r.justification.as_ref()),
                opt(r.granted_at.as_ref()),
                opt(r.granted_by.as_ref()),
                opt(r.expires.as_ref()),
                r.expired.to_string(),
                opt(r.last_used.as_ref()),
                r.decision.clone(),
            ]);
        }
        l
    }
}

impl ReportView for Review {
    const TITLE: &'static str = "Access review";
    const PARTS: &'static [Part] = &[Part::Review];
}

impl View for UsageReport {
    fn listing(&self) -> Listing {
        let mut l = Listing::new(&["scope", "sensitivity", "status", "client", "events", "needed_by_feature"]);
        for r in &self.rows {
            l.push(vec![
                r.scope.clone(),
                opt(r.sensitivity.as_ref()),
                opt(r.status.as_ref()),
                opt(r.client.as_ref()),
                r.events.to_string(),
                opt(r.needed_by_feature.as_ref()),
            ]);
        }
        l
    }

    fn human(&self, out: &mut dyn Write, term: &Term) -> io::Result<()> {
        if self.events == 0 {
            writeln!(out, "No audit data: import access logs with `scopectl audit import`.")?;
        }
        let listing = self.listing();
        if !listing.rows.is_empty() {
            writeln!(out, "{}", super::render_listing(&listing, term))?;
        }
        Ok(())
    }
}

impl ReportView for UsageReport {
    const TITLE: &'static str = "Scope usage";
    const PARTS: &'static [Part] = &[Part::Usage];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_cells_cannot_inject_html_links_or_columns() {
        assert_eq!(md("a|b <img src=x> [x](y) `c` *d* \\ e\nf"), r"a\|b &lt;img src=x&gt; \[x\](y) \`c\` \*d\* \\ e f");
        assert_eq!(md("view_lab_results"), "view_lab_results");
    }

    #[test]
    fn empty_listings_say_so() {
        assert_eq!(markdown_table(&Listing::new(&["a"])), "Nothing to report.\n");
        let mut l = Listing::new(&["a", "b"]);
        l.push(vec!["1".into(), "x|y".into()]);
        assert_eq!(markdown_table(&l), "| a | b |\n|---|---|\n| 1 | x\\|y |\n");
    }
}
