//! `scopectl role` tests.
