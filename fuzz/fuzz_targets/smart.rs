//! The SMART on FHIR v1/v2 scope grammar, on any string.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|name: &str| {
    let _ = scopectl::lint::smart::parse(name);
});
