//! The benchmark baseline: parse a TOML file with the `toml` crate into a generic value and do
//! nothing else. `bench/bench.py` compares `scopectl lint` and `scopectl plan` with it.

use std::process::ExitCode;

pub fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        return ExitCode::from(2);
    };
    let Ok(text) = std::fs::read_to_string(&path) else {
        return ExitCode::from(2);
    };
    match text.parse::<toml::Table>() {
        Ok(table) => {
            std::hint::black_box(&table);
            ExitCode::SUCCESS
        }
        Err(_) => ExitCode::from(2),
    }
}
