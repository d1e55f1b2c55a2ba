//! The README's diesel examples, run as doc tests against SQLite: the README fences them
//! `rust,ignore`, since the facade's doc tests have no database driver, and the build script
//! copies them here.
#![doc = include_str!(concat!(env!("OUT_DIR"), "/readme.md"))]

/// A text column is refused at compile time: no code reads from `Text`.
///
/// ```compile_fail,E0277
/// use diesel::prelude::*;
/// use status_codes::CredentialStatus;
///
/// diesel::table! {
///     credentials (id) {
///         id -> Integer,
///         status -> Text,
///     }
/// }
///
/// fn read(db: &mut SqliteConnection) -> QueryResult<Vec<CredentialStatus>> {
///     credentials::table.select(credentials::status).load(db)
/// }
/// ```
///
/// The same query over an integer column compiles:
///
/// ```
/// use diesel::prelude::*;
/// use status_codes::CredentialStatus;
///
/// diesel::table! {
///     credentials (id) {
///         id -> Integer,
///         status -> SmallInt,
///     }
/// }
///
/// fn read(db: &mut SqliteConnection) -> QueryResult<Vec<CredentialStatus>> {
///     credentials::table.select(credentials::status).load(db)
/// }
/// ```
pub struct TextColumns;
