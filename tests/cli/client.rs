//! `scopectl client` tests.
