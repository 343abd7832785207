//! `scopectl catalog` tests.
