//! The README's sqlx examples, run as doc tests against SQLite: the README fences them
//! `rust,ignore`, since the facade's doc tests have no database driver, and `build.rs` copies
//! them here.
#![doc = include_str!(concat!(env!("OUT_DIR"), "/readme.md"))]
