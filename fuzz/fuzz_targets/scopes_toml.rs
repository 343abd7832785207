//! The scopes.toml loader on any bytes, and every lint rule on whatever loads.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match scopectl::scopeset::load_str("fuzz.toml", text) {
        Ok(loaded) => {
            let options = scopectl::lint::Options::default();
            let _ = scopectl::lint::lint(&loaded.set, jiff::civil::date(2026, 11, 29), &options);
        }
        Err(err) => {
            // Every problem must render with a location inside the text, never panic.
            let _ = err.to_string();
            for p in &err.problems {
                let _ = err.line_col(p);
            }
        }
    }
});
