//! `audit import`: streams a log (JSON Lines or CSV, gzip or not, file or stdin) record by record
//! into the catalog. Memory stays flat: one line or row is held at a time, and rows are written
//! through prepared statements; SQLite spills the open transaction to its write-ahead log, not to
//! memory.
//!
//! Transactions: each file is one transaction, logged in the change log, so a file is imported
//! whole or not at all, even when the process is killed halfway (`bench/crash.py` checks this).
//! Bad lines are skipped and counted; with `--strict` the first one rolls the file back.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use anyhow::{Context, Result, bail};
use flate2::read::MultiGzDecoder;
use rusqlite::Connection;
use serde::Serialize;

use super::event::{RawEvent, parse_json};
use super::{Field, FieldMap, SubjectHasher};
use crate::store::Change;
use crate::store::audit::EventSink;

/// The longest line read; a longer one is a bad line (and is skipped without being held).
pub const MAX_LINE: usize = 1 << 20;

/// How often (in records) the observer hears of progress.
const PROGRESS_EVERY: u64 = 4096;

/// A log format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    Jsonl,
    Csv,
}

/// A line that could not be imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BadLine {
    pub file: String,
    pub line: u64,
    pub reason: String,
}

/// What importing one file did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FileSummary {
    pub file: String,
    /// Records read (blank lines aside), good or bad.
    pub read: u64,
    pub imported: u64,
    pub duplicates: u64,
    pub bad: u64,
}

/// Hears about an import as it goes.
pub trait Observer {
    /// `records` read so far from the current file.
    fn progress(&mut self, records: u64);
    /// A bad line (outside `--strict`, where the first one ends the import instead).
    fn bad_line(&mut self, bad: &BadLine);
}

/// How to read and store.
#[derive(Debug, Clone)]
pub struct Options {
    pub format: Option<InputFormat>,
    pub map: FieldMap,
    pub strict: bool,
}

/// Imports one log (`-` is stdin).
///
/// # Errors
/// An unreadable file, a CSV header that lacks a required column, an undetectable format, a
/// SQLite failure, or (with `--strict`) the first bad line, as `file:line: reason`.
pub fn import(
    conn: &Connection,
    path: &str,
    opts: &Options,
    hasher: &SubjectHasher,
    change: &Change,
    obs: &mut dyn Observer,
) -> Result<FileSummary> {
    let (reader, format) = open(path, opts.format)?;
    let mut run = Run {
        sink: EventSink::new(conn),
        summary: FileSummary { file: path.to_owned(), ..FileSummary::default() },
        opts,
        hasher,
        obs,
    };
    run.sink.tune_for_bulk()?;
    run.sink.begin()?;
    match format {
        InputFormat::Jsonl => run.jsonl(reader)?,
        InputFormat::Csv => run.csv(reader)?,
    }
    if run.summary.imported > 0 {
        change.record(conn, "audit", &format!("import {path}"), None::<&FileSummary>, Some(&run.summary))?;
    }
    run.sink.commit()?;
    run.obs.progress(run.summary.read);
    Ok(run.summary)
}

fn open(path: &str, forced: Option<InputFormat>) -> Result<(Box<dyn BufRead>, InputFormat)> {
    if let Some(why) = crate::input::refusal(Path::new(path), "an access log") {
        bail!("cannot read the log {path}: {why}");
    }
    let format =
        if path == "-" { forced.or(Some(InputFormat::Jsonl)) } else { forced.or_else(|| detect(Path::new(path))) };
    let Some(format) = format else {
        bail!("cannot tell the format of {path} from its name; pass --input-format jsonl or csv");
    };
    let raw: Box<dyn Read> = if path == "-" {
        Box::new(io::stdin().lock())
    } else {
        match File::open(path) {
            Ok(file) => Box::new(file),
            Err(e) if e.kind() == io::ErrorKind::NotFound => bail!("cannot read the log {path}: no such file"),
            Err(e) => return Err(e).with_context(|| format!("cannot read the log {path}")),
        }
    };
    let mut buffered = BufReader::with_capacity(1 << 16, raw);
    let head = buffered.fill_buf().with_context(|| format!("cannot read the log {path}"))?;
    let reader: Box<dyn BufRead> = if head.starts_with(&[0x1f, 0x8b]) {
        Box::new(BufReader::with_capacity(1 << 16, MultiGzDecoder::new(buffered)))
    } else {
        Box::new(buffered)
    };
    Ok((reader, format))
}

/// The format a file name says, looking through a `.gz` suffix.
fn detect(path: &Path) -> Option<InputFormat> {
    let name = path.file_name()?.to_str()?.to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let ext = Path::new(name).extension()?.to_str()?;
    match ext {
        "jsonl" | "ndjson" | "json" | "log" => Some(InputFormat::Jsonl),
        "csv" => Some(InputFormat::Csv),
        _ => None,
    }
}

struct Run<'a, 'c> {
    sink: EventSink<'c>,
    summary: FileSummary,
    opts: &'a Options,
    hasher: &'a SubjectHasher,
    obs: &'a mut dyn Observer,
}

impl Run<'_, '_> {
    /// Stores one record or counts it as bad.
    fn record(&mut self, line: u64, parsed: Result<RawEvent<'_>, String>) -> Result<()> {
        self.summary.read += 1;
        match parsed.and_then(|raw| raw.check(&self.opts.map, self.hasher)) {
            Ok(ev) => {
                if self.sink.insert(&ev)? {
                    self.summary.imported += 1;
                } else {
                    self.summary.duplicates += 1;
                }
            }
            Err(reason) => {
                let bad = BadLine { file: self.summary.file.clone(), line, reason };
                if self.opts.strict {
                    self.sink.rollback()?;
                    bail!("{}:{}: {}; nothing from {} was stored (--strict)", bad.file, bad.line, bad.reason, bad.file);
                }
                self.summary.bad += 1;
                self.obs.bad_line(&bad);
            }
        }
        if self.summary.read.is_multiple_of(PROGRESS_EVERY) {
            self.obs.progress(self.summary.read);
        }
        Ok(())
    }

    fn jsonl(&mut self, mut reader: Box<dyn BufRead>) -> Result<()> {
        let mut buf = Vec::with_capacity(1024);
        let mut line_no = 0u64;
        while let Some(too_long) =
            next_line(&mut reader, &mut buf).with_context(|| format!("cannot read the log {}", self.summary.file))?
        {
            line_no += 1;
            if too_long {
                self.record(line_no, Err(format!("line longer than {MAX_LINE} bytes")))?;
                continue;
            }
            let parsed = match std::str::from_utf8(&buf) {
                Ok(text) if text.trim().is_empty() => continue,
                Ok(text) => parse_json(text, &self.opts.map),
                Err(_) => Err("not valid UTF-8".to_owned()),
            };
            self.record(line_no, parsed)?;
        }
        Ok(())
    }

    fn csv(&mut self, reader: Box<dyn BufRead>) -> Result<()> {
        let file = self.summary.file.clone();
        let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(reader);
        let headers = rdr.byte_headers().with_context(|| format!("cannot read the CSV header of {file}"))?.clone();
        let columns: Vec<Option<Field>> =
            headers.iter().map(|h| std::str::from_utf8(h).ok().and_then(|h| self.opts.map.field(h.trim()))).collect();
        for f in Field::ALL.iter().filter(|f| !matches!(f, Field::Endpoint | Field::Status)) {
            if !columns.contains(&Some(*f)) {
                bail!(
                    "the CSV header of {file} has no column `{}`; rename columns with --map {}=NAME",
                    self.opts.map.name(*f),
                    f.as_str()
                );
            }
        }
        let mut row = csv::ByteRecord::new();
        loop {
            match rdr.read_byte_record(&mut row) {
                Ok(false) => return Ok(()),
                Ok(true) => {
                    // The csv crate dates a record from before the blank lines it skips; counting
                    // back from where the record ended is exact unless the last line has no
                    // newline, where the start is right (unless blank lines precede it).
                    // Fields are short: counting newlines needs no bytecount crate.
                    #[allow(clippy::naive_bytecount)]
                    let embedded: usize = row.iter().map(|f| f.iter().filter(|&&b| b == b'\n').count()).sum();
                    let from_end = rdr.position().line().saturating_sub(1 + embedded as u64);
                    let line = row.position().map_or(0, csv::Position::line).max(from_end);
                    if row.len() == 1 && row[0].is_empty() {
                        continue;
                    }
                    let parsed = csv_raw(&row, &columns);
                    self.record(line, parsed)?;
                }
                Err(e) if matches!(e.kind(), csv::ErrorKind::Io(_)) => {
                    return Err(e).with_context(|| format!("cannot read the log {file}"));
                }
                Err(e) => {
                    let line = e.position().map_or(0, csv::Position::line);
                    self.record(line, Err(format!("invalid CSV: {e}")))?;
                }
            }
        }
    }
}

fn csv_raw<'r>(row: &'r csv::ByteRecord, columns: &[Option<Field>]) -> Result<RawEvent<'r>, String> {
    let mut raw = RawEvent::default();
    for (cell, field) in row.iter().zip(columns) {
        if let Some(f) = field {
            let text = std::str::from_utf8(cell).map_err(|_| "not valid UTF-8".to_owned())?;
            raw.values[*f as usize] = Some(text.into());
        }
    }
    if row.len() < columns.len() {
        let n = row.len();
        return Err(format!("{n} field{} where the header has {}", if n == 1 { "" } else { "s" }, columns.len()));
    }
    Ok(raw)
}

/// Reads the next line (without its `\n` or `\r\n`) into `buf`. `None` at the end; `Some(true)`
/// for a line over [`MAX_LINE`] bytes, which is skipped without being kept.
fn next_line(r: &mut dyn BufRead, buf: &mut Vec<u8>) -> io::Result<Option<bool>> {
    buf.clear();
    let mut too_long = false;
    let mut any = false;
    loop {
        let (done, used) = {
            let avail = r.fill_buf()?;
            if avail.is_empty() {
                return Ok(any.then_some(too_long));
            }
            any = true;
            let (chunk, done) = match avail.iter().position(|&b| b == b'\n') {
                Some(i) => (&avail[..i], true),
                None => (avail, false),
            };
            if !too_long {
                buf.extend_from_slice(chunk);
            }
            (done, chunk.len() + usize::from(done))
        };
        r.consume(used);
        if buf.len() > MAX_LINE {
            too_long = true;
            buf.clear();
        }
        if done {
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
            return Ok(Some(too_long));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_come_from_the_name() {
        assert_eq!(detect(Path::new("a/access.jsonl")), Some(InputFormat::Jsonl));
        assert_eq!(detect(Path::new("access.CSV.gz")), Some(InputFormat::Csv));
        assert_eq!(detect(Path::new("access.ndjson.gz")), Some(InputFormat::Jsonl));
        assert_eq!(detect(Path::new("access.txt")), None);
        assert_eq!(detect(Path::new("access")), None);
    }

    #[test]
    fn lines_are_split_and_long_ones_skipped() {
        let long = "x".repeat(MAX_LINE + 10);
        let text = format!("a\r\n\n{long}\nlast");
        let mut r: Box<dyn BufRead> = Box::new(BufReader::with_capacity(7, text.as_bytes()));
        let mut buf = Vec::new();
        let mut seen = Vec::new();
        while let Some(too_long) = next_line(&mut r, &mut buf).unwrap() {
            seen.push((String::from_utf8(buf.clone()).unwrap(), too_long));
        }
        assert_eq!(seen, [("a".into(), false), (String::new(), false), (String::new(), true), ("last".into(), false)]);
    }
}
