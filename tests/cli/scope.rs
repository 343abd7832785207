//! `scopectl scope` tests.
