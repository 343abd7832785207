//! The lint benchmark's same-allocator baseline: `toml_parse` with scopectl's allocator (jemalloc,
//! its heap on transparent huge pages as `.cargo/config.toml` builds it), so that a ratio against
//! it compares the work, not the allocators.

#[global_allocator]
static GLOBAL: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

#[path = "toml_parse.rs"]
mod plain;

fn main() -> std::process::ExitCode {
    plain::main()
}
