//! The HTML report: one self-contained page (inline CSS and SVG; no script, font or image is
//! fetched, and a Content-Security-Policy forbids it), readable on screen at hundreds of scopes
//! (scrolling with sticky headers) and on paper (print CSS). Every piece of text is escaped:
//! names, descriptions and justifications come from users.

mod heatmap;
mod timeline;

use std::fmt::Write as _;

use super::{Listing, View};
use crate::model::Sensitivity;
use crate::report::{Input, Lifecycle, Matrix, Phi, Review, Summary};

/// A section of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The access matrix as a heatmap.
    Matrix,
    /// PHI holdings per role and client.
    Phi,
    /// The sunset timeline and the deprecated scopes.
    Lifecycle,
    /// Usage bars from the audit.
    Usage,
    /// The access-review sheet.
    Review,
}

/// The sections of `scopectl report html`.
pub const ALL: &[Part] = &[Part::Matrix, Part::Phi, Part::Lifecycle, Part::Usage];

const STYLE: &str = include_str!("style.css");

/// Escapes text for HTML and SVG, in element content and in quoted attributes.
#[must_use]
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Keeps each table row on one line of the file (titles hold multi-line details).
            '\n' => out.push_str("&#10;"),
            c => out.push(c),
        }
    }
    out
}

/// The CSS class for a sensitivity (`s-phi`, or `s-none` when unclassified).
fn class(s: Option<Sensitivity>) -> String {
    format!("s-{}", s.map_or("none", Sensitivity::as_str))
}

fn label(s: Option<Sensitivity>) -> &'static str {
    s.map_or("unclassified", Sensitivity::as_str)
}

/// The whole page: a summary header, then `parts` in order.
#[must_use]
pub fn page(input: &Input, title: &str, parts: &[Part]) -> String {
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"generator\" content=\"scopectl {}\">\n<title>{} — {} — {}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n",
        env!("CARGO_PKG_VERSION"),
        esc(title),
        esc(&input.source),
        input.today,
    );
    summary(&mut out, input, title);
    out.push_str("<main>\n");
    for part in parts {
        match part {
            Part::Matrix => heatmap::section(&mut out, &Matrix::new(input)),
            Part::Phi => phi(&mut out, &Phi::new(input)),
            Part::Lifecycle => timeline::lifecycle(&mut out, &Lifecycle::new(input)),
            Part::Usage => timeline::usage(&mut out, input),
            Part::Review => review(&mut out, &Review::new(input)),
        }
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn summary(out: &mut String, input: &Input, title: &str) {
    let s = Summary::new(input);
    let _ = write!(
        out,
        "<header>\n<h1>{}</h1>\n<p class=\"meta\">Source: <code>{}</code> · as of {} · scopectl {}</p>\n<dl class=\"summary\">\n",
        esc(title),
        esc(&s.source),
        s.as_of,
        env!("CARGO_PKG_VERSION")
    );
    let mut card = |name: &str, value: usize, warn: bool| {
        let class = if warn && value > 0 { " class=\"warn\"" } else { "" };
        let _ = writeln!(out, "<div{class}><dt>{name}</dt><dd>{value}</dd></div>");
    };
    card("Scopes", s.scopes, false);
    for (sensitivity, n) in &s.by_sensitivity {
        card(&format!("{} scopes", label(*sensitivity)), *n, false);
    }
    card("Roles", s.roles, false);
    card("Clients", s.clients, false);
    card("Grants", s.grants, false);
    card("PHI grants", s.phi_grants, false);
    card("Deprecated", s.deprecated, false);
    card("Past sunset", s.past_sunset, true);
    card("Over PHI limit", s.over_phi_limit, true);
    card("Expired grants", s.expired_grants, true);
    card("Expiring in 30 days", s.expiring_grants, true);
    out.push_str("</dl>\n</header>\n");
}

/// A listing as a table; `row_class` may mark rows (by index) for emphasis.
fn grid(out: &mut String, listing: &Listing, row_class: impl Fn(usize) -> Option<&'static str>) {
    if listing.rows.is_empty() {
        out.push_str("<p class=\"note\">Nothing to report.</p>\n");
        return;
    }
    out.push_str("<div class=\"scroll\">\n<table class=\"grid\">\n<thead><tr>");
    for h in &listing.headers {
        let _ = write!(out, "<th scope=\"col\">{}</th>", esc(&h.replace('_', " ")));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for (i, row) in listing.rows.iter().enumerate() {
        match row_class(i) {
            Some(c) => {
                let _ = write!(out, "<tr class=\"{c}\">");
            }
            None => out.push_str("<tr>"),
        }
        for (h, cell) in listing.headers.iter().zip(row) {
            match *h {
                "decision" => {
                    let _ = write!(out, "<td class=\"decision\">{}</td>", esc(cell));
                }
                // Dates and times read badly when they wrap at their hyphens.
                "granted_at" | "expires" | "sunset" | "last_used" | "days_left" => {
                    let _ = write!(out, "<td class=\"nw\">{}</td>", esc(cell));
                }
                _ => {
                    let _ = write!(out, "<td>{}</td>", esc(cell));
                }
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</div>\n");
}

fn phi(out: &mut String, p: &Phi) {
    let _ = write!(
        out,
        "<section id=\"phi\">\n<h2>PHI access</h2>\n<p class=\"legend\">PHI scopes held per role and client, \
         against the limit of {} (<code>max_phi_scopes_per_role</code>); rows over it are highlighted.</p>\n",
        p.max_phi_scopes_per_role
    );
    grid(out, &p.listing(), |i| p.rows[i].over_limit.then_some("over"));
    out.push_str("</section>\n");
}

fn review(out: &mut String, r: &Review) {
    out.push_str(
        "<section id=\"review\">\n<h2>Access review</h2>\n<p class=\"legend\">One row per grant. \
         Write keep, revoke or change in the decision column.</p>\n",
    );
    grid(out, &r.listing(), |_| None);
    out.push_str("</section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::tests::input;

    #[test]
    fn escaping_covers_elements_and_attributes() {
        assert_eq!(esc(r#"<a href="x">'&'</a>"#), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
        assert_eq!(esc("a\nb"), "a&#10;b");
    }

    #[test]
    fn the_page_is_self_contained_and_escapes_user_text() {
        let mut input = input();
        input.set.roles[1].grants[1].justification = Some("<script>alert(1)</script>".into());
        input.source = "<b>file</b>.toml".into();
        let html = page(&input, "Report", ALL);
        for banned in ["<script", "<link", "<img", "src=", "href=", "@import", "url(", "<b>file"] {
            assert!(!html.contains(banned), "{banned} in the page");
        }
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("<section id=\"matrix\">") && html.contains("<svg"));
        assert!(html.ends_with("</html>\n"));
    }
}
