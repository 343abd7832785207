//! Tables for people: bordered and fitted to the width on a terminal, plain columns when piped.

use comfy_table::{ContentArrangement, Table, presets};

use super::Term;

/// Rows of text under named columns: the shared shape of tables and CSV.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Listing {
    pub headers: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

impl Listing {
    /// An empty listing with these columns.
    #[must_use]
    pub fn new(headers: &[&'static str]) -> Self {
        Listing { headers: headers.to_vec(), rows: Vec::new() }
    }

    /// Adds a row; it must have one cell per column.
    pub fn push(&mut self, row: Vec<String>) {
        debug_assert_eq!(row.len(), self.headers.len());
        self.rows.push(row);
    }
}

fn base_table(term: Term) -> Table {
    let mut table = Table::new();
    if term.tty {
        table.load_style(presets::UTF8_FULL_CONDENSED);
        table.set_content_arrangement(ContentArrangement::Dynamic);
    } else {
        table.load_style(presets::NOTHING);
        table.set_content_arrangement(ContentArrangement::Disabled);
        table.force_no_tty();
    }
    table
}

/// Draws a listing as a table.
#[must_use]
pub fn render_listing(listing: &Listing, term: &Term) -> String {
    let header: Vec<String> = listing.headers.iter().map(|h| h.to_uppercase()).collect();
    render_table(header, &listing.rows, term)
}

/// Draws rows under a header taken as written (for headers that are data, such as role names).
#[must_use]
pub fn render_table(header: Vec<String>, rows: &[Vec<String>], term: &Term) -> String {
    let mut table = base_table(*term);
    table.set_header(header);
    for row in rows {
        table.add_row(row.iter().map(|cell| super::visible(cell).into_owned()));
    }
    trim_lines(&table.to_string())
}

/// Draws `key  value` pairs without borders (the top of a `show`).
#[must_use]
pub fn key_values(pairs: &[(&str, String)], term: &Term) -> String {
    let mut table = Table::new();
    table.load_style(presets::NOTHING);
    if term.tty {
        table.set_content_arrangement(ContentArrangement::Dynamic);
    } else {
        table.force_no_tty();
    }
    for (k, v) in pairs {
        table.add_row(vec![(*k).to_owned(), super::visible(v).into_owned()]);
    }
    trim_lines(&table.to_string())
}

/// comfy-table pads the last column; trailing blanks only get in the way of `grep` and diffs.
fn trim_lines(s: &str) -> String {
    s.lines().map(str::trim_end).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_cannot_act_on_the_terminal() {
        let term = Term { tty: false, color: false };
        let rows = vec![vec!["x".to_owned(), "clear\u{1b}[2J and \u{202e}flip\nnext".to_owned()]];
        let text = render_table(vec!["A".into(), "B".into()], &rows, &term);
        assert!(!text.contains('\u{1b}') && !text.contains('\u{202e}'), "{text:?}");
        assert!(text.contains("clear\u{fffd}[2J and \u{fffd}flip"), "{text:?}");
        let kv = key_values(&[("description", "a\u{7}b".to_owned())], &term);
        assert!(kv.contains("a\u{fffd}b"), "{kv:?}");
    }

    #[test]
    fn piped_tables_are_plain_columns() {
        let mut l = Listing::new(&["name", "status"]);
        l.push(vec!["a".into(), "active".into()]);
        let text = render_listing(&l, &Term { tty: false, color: false });
        assert_eq!(text, " NAME  STATUS\n a     active");
    }
}
