//! The access matrix as a heatmap: one row per role or client, one narrow column per scope,
//! grouped and coloured by sensitivity, with deprecated, broad and expiring grants marked. Only
//! held cells carry attributes, so 60 roles × 400 scopes stays a few hundred kilobytes.

use std::fmt::Write as _;

use super::{class, esc, label};
use crate::model::Sensitivity;
use crate::report::{Cell, Holder, Matrix, MatrixScope};

/// The one or two letters inside a held cell: `j` justified, `e` expires, `x` expired.
fn glyph(c: &Cell) -> &'static str {
    match (c.justification.is_some(), c.expires.is_some(), c.expired) {
        (_, _, true) => "x",
        (true, true, false) => "je",
        (true, false, false) => "j",
        (false, true, false) => "e",
        (false, false, false) => "",
    }
}

fn column_title(s: &MatrixScope) -> String {
    let mut t = format!("{} ({})", s.name, label(s.sensitivity));
    match s.status {
        None => t.push_str(", not defined"),
        Some(status) if s.is_deprecated() => {
            let _ = write!(t, ", {status}");
            if let Some(d) = s.sunset {
                let _ = write!(t, ", sunset {d}");
            }
        }
        Some(_) => {}
    }
    if s.broad {
        t.push_str(", broad");
    }
    t
}

fn cell_title(holder: &str, s: &MatrixScope, c: &Cell) -> String {
    let mut t = format!("{holder} holds {}", column_title(s));
    if let Some(j) = &c.justification {
        let _ = write!(t, "\njustification: {j}");
    }
    if let Some(d) = c.expires {
        let _ = write!(t, "\n{} {d}", if c.expired { "expired" } else { "expires" });
    }
    if !c.features.is_empty() {
        let _ = write!(t, "\nfeatures: {}", c.features.join(", "));
    }
    t
}

fn legend(out: &mut String) {
    out.push_str("<p class=\"legend keys\">");
    for s in Sensitivity::ALL.iter().rev() {
        let _ = write!(out, "<span><span class=\"sw {}\"></span>{s}</span>", class(Some(*s)));
    }
    let _ = writeln!(
        out,
        "<span><span class=\"sw s-none\"></span>unclassified</span>\
         <span><span class=\"sw s-internal\" style=\"background-image:repeating-linear-gradient(135deg,#0008 0 2px,transparent 2px 5px)\"></span>deprecated (<s>name</s>)</span>\
         <span><span class=\"sw\" style=\"box-shadow:inset 0 0 0 2px #1a1a1a\"></span>broad</span>\
         <span><b>j</b> justified · <b>e</b> expires · <b>x</b> expired</span></p>"
    );
}

/// The `#matrix` section.
pub(super) fn section(out: &mut String, m: &Matrix) {
    out.push_str("<section id=\"matrix\">\n<h2>Access matrix</h2>\n");
    if m.scopes.is_empty() {
        out.push_str("<p class=\"note\">No scopes.</p>\n</section>\n");
        return;
    }
    legend(out);
    let _ = writeln!(
        out,
        "<div class=\"scroll\">\n<table class=\"heatmap\" aria-label=\"{} roles and clients by {} scopes\">\n<thead>\n<tr class=\"grp\"><th class=\"corner\" rowspan=\"2\" scope=\"col\">Role / client</th>",
        m.rows.len(),
        m.scopes.len()
    );
    let mut start = 0;
    while start < m.scopes.len() {
        let s = m.scopes[start].sensitivity;
        let n = m.scopes[start..].iter().take_while(|c| c.sensitivity == s).count();
        let _ = write!(
            out,
            "<th colspan=\"{n}\" class=\"{}\" scope=\"colgroup\" title=\"{} ({n})\">{}</th>",
            class(s),
            label(s),
            label(s)
        );
        start += n;
    }
    out.push_str("</tr>\n<tr class=\"names\">");
    for s in &m.scopes {
        let mut classes = vec!["sc"];
        if s.is_deprecated() {
            classes.push("dep");
        }
        if s.broad {
            classes.push("broad");
        }
        let _ = write!(
            out,
            "<th class=\"{}\" scope=\"col\" title=\"{}\"><span>{}</span></th>",
            classes.join(" "),
            esc(&column_title(s)),
            esc(&s.name)
        );
    }
    out.push_str("</tr>\n</thead>\n<tbody>\n");
    let mut group: Option<Option<Sensitivity>> = None;
    for row in &m.rows {
        if group != Some(row.max_sensitivity) {
            group = Some(row.max_sensitivity);
            let text = match row.max_sensitivity {
                Some(s) => format!("Most sensitive held: {s}"),
                None => "Holding no classified scope".to_owned(),
            };
            let _ = writeln!(
                out,
                "<tr class=\"rgrp\"><th class=\"rh\" scope=\"rowgroup\">{text}</th><td colspan=\"{}\"></td></tr>",
                m.scopes.len()
            );
        }
        let holder = format!("{} {}", row.kind.as_str(), row.name);
        let _ = write!(
            out,
            "<tr data-holder=\"{}\"><th class=\"rh\" scope=\"row\"><span class=\"k\">{}</span>{}{}</th>",
            esc(&holder),
            row.kind.as_str(),
            esc(&row.name),
            if row.break_glass { "<span class=\"bg\">break-glass</span>" } else { "" }
        );
        let mut cells = row.cells.iter().peekable();
        for s in &m.scopes {
            match cells.next_if(|c| c.scope == s.name) {
                Some(c) => {
                    let mut classes = format!("h {}", class(s.sensitivity));
                    if c.deprecated {
                        classes.push_str(" dep");
                    }
                    if s.broad {
                        classes.push_str(" broad");
                    }
                    if c.expires.is_some() {
                        classes.push_str(" exp");
                    }
                    let _ = write!(
                        out,
                        "<td class=\"{classes}\" data-scope=\"{}\" title=\"{}\">{}</td>",
                        esc(&s.name),
                        esc(&cell_title(&holder, s, c)),
                        glyph(c)
                    );
                }
                None => out.push_str("<td></td>"),
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</div>\n");
    if m.rows.is_empty() {
        out.push_str("<p class=\"note\">No role or client holds a scope yet.</p>\n");
    }
    let roles = m.rows.iter().filter(|r| r.kind == Holder::Role).count();
    let _ = writeln!(
        out,
        "<p class=\"meta\">{roles} roles, {} clients, {} scopes. Hover a cell for the grant's details.</p>\n</section>",
        m.rows.len() - roles,
        m.scopes.len()
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::tests::input;

    #[test]
    fn cells_follow_the_columns_and_carry_their_marks() {
        let mut input = input();
        input.broad.insert("read_all_data".into());
        let mut out = String::new();
        section(&mut out, &Matrix::new(&input));
        assert!(
            out.contains("<th class=\"sc dep broad\" scope=\"col\" title=\"read_all_data (phi), deprecated"),
            "{out}"
        );
        assert!(out.contains(
            "<td class=\"h s-phi dep broad\" data-scope=\"read_all_data\" title=\"role nurse holds read_all_data (phi), deprecated, sunset 2026-11-01, broad\"></td>"
        ));
        assert!(out.contains("data-scope=\"view_lab_results\" title=\"role nurse holds view_lab_results (phi)&#10;justification: ward rounds&#10;expired 2026-11-28\">x</td>"));
        assert!(out.contains("<th colspan=\"3\" class=\"s-phi\" scope=\"colgroup\""));
        let nurse = out.lines().find(|l| l.starts_with("<tr data-holder=\"role nurse\"")).unwrap();
        assert_eq!(nurse.matches("<td").count(), 6, "one cell per scope column: {nurse}");
    }
}
