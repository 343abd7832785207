//! `scopectl log` tests.
