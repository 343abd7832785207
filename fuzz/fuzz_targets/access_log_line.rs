//! One access-log line (JSON Lines), parsed and checked as `audit import` does.
#![no_main]

use libfuzzer_sys::fuzz_target;
use scopectl::audit::{FieldMap, SubjectHasher};

fuzz_target!(|line: &str| {
    let map = FieldMap::default();
    let hasher = SubjectHasher::new(b"fuzz key");
    if let Ok(raw) = scopectl::audit::event::parse_json(line, &map) {
        let _ = raw.check(&map, &hasher);
    }
});
