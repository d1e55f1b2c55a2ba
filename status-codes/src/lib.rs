//! Strongly typed, compile-time validated tables of three-digit status codes.
//!
//! [`status_codes!`] turns a table of codes into an enum with constant-time lookups both ways,
//! a category enum, parsing, formatting and conversions, after checking the table at compile
//! time. [`CredentialStatus`](enum@CredentialStatus) is the table of credential states of a bank-data aggregation API.
//!
//! ```
//! use status_codes::{CredentialStatus, CredentialStatusCategory};
//!
//! let status = CredentialStatus::from_code(411).unwrap();
//! assert_eq!(status, CredentialStatus::TwofaTimeout);
//! assert_eq!(status.name(), "TwofaTimeout");
//! assert_eq!(status.category(), CredentialStatusCategory::MultiFactorAuthentication);
//! assert!(status.is_multi_factor_authentication());
//! assert_eq!(status.to_string(), "411 TwofaTimeout");
//! assert_eq!("TwofaTimeout".parse(), Ok(status));
//! assert_eq!(u16::from(status), 411);
//! ```
//!
//! # Features
//! - `serde`: `Serialize` and `Deserialize` for [`CredentialStatus`](enum@CredentialStatus),
//!   its category enum, [`AnyCode`], and every table that asks with `#[status_codes(serde)]`.
//!   A code serializes as its integer; it deserializes from the integer or, in human-readable
//!   formats, from a string holding its name, code or `Display` form. A category is its name. The
//!   `status_codes::serde` module has the name and object forms.
//! - `schemars`: `JsonSchema` for the same types and the tables that ask with
//!   `#[status_codes(schemars)]`: the codes as an integer `enum`, with names and descriptions
//!   for `OpenAPI` generators. The `status_codes::schemars` module has the schemas of the name
//!   and object forms.
//! - `utoipa-5`, `utoipa-6`: utoipa's `ToSchema`, of utoipa 5 or 6, for the same types and the
//!   tables that ask with `#[status_codes(utoipa)]`: the schemas of `schemars`. The
//!   `status_codes::utoipa_5` and `status_codes::utoipa_6` modules have the schemas of the other
//!   forms.
//! - `arbitrary`: `Arbitrary` for the same types and the tables that ask with
//!   `#[status_codes(arbitrary)]`: any code of the table, any of its categories and function
//!   groups; any three-digit code for `AnyCode`.
//! - `proptest`: `status_codes::proptest`, strategies for any table's codes, its categories, its
//!   function groups and `AnyCode`.
//!
//! - `sqlx-0_8`, `sqlx-0_9`: sqlx's `Type`, `Encode` and `Decode` for every database, and
//!   `PgHasArrayType`, for [`CredentialStatus`](enum@CredentialStatus), [`AnyCode`] and every
//!   table that asks with `#[status_codes(sqlx)]`: a code is bound as a 2-byte integer and read
//!   from a 2-, 4- or 8-byte integer column.
//! - `diesel`: diesel 2's `AsExpression`, `ToSql`, `FromSql` and `Queryable` for every backend,
//!   for the same types and the tables that ask with `#[status_codes(diesel)]`: a code is a
//!   `SmallInt`, `Integer` or `BigInt`, nullable or not (see the `diesel` module).
//!
//! Features are additive: they never change what a table that did not ask generates, so one
//! crate turning `serde` on cannot break another's own impls. Every table, asked or not, converts
//! with `i16`, `i32`, `i64`, `u32` and `u64`, which is how a table that did not ask is stored
//! (`#[diesel(deserialize_as = i16)]`, sqlx's `#[sqlx(try_from = "i16")]`), and an
//! [`AnyCode`] of any table is stored as its code whenever a database feature is on.
#![no_std]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod any_code;
mod credential;
mod error;
mod impl_table;
mod integer;
mod no_group;
mod parse;
mod sqlx;
mod table;
mod traits;

#[cfg(any(feature = "schemars", feature = "utoipa-5", feature = "utoipa-6"))]
extern crate alloc;

#[cfg(feature = "diesel")]
#[cfg_attr(docsrs, doc(cfg(feature = "diesel")))]
pub mod diesel;
#[cfg(any(
    feature = "serde",
    feature = "schemars",
    feature = "utoipa-5",
    feature = "utoipa-6"
))]
mod status;

#[cfg(any(feature = "schemars", feature = "utoipa-5", feature = "utoipa-6"))]
mod json_schema;
#[cfg(feature = "schemars")]
#[cfg_attr(docsrs, doc(cfg(feature = "schemars")))]
pub mod schemars;
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub mod serde;

#[cfg(feature = "utoipa-5")]
#[cfg_attr(docsrs, doc(cfg(feature = "utoipa-5")))]
pub mod utoipa_5;
#[cfg(feature = "utoipa-6")]
#[cfg_attr(docsrs, doc(cfg(feature = "utoipa-6")))]
pub mod utoipa_6;
#[cfg(any(feature = "utoipa-5", feature = "utoipa-6"))]
mod utoipa_version;

#[cfg(feature = "arbitrary")]
mod arbitrary;
#[cfg(feature = "proptest")]
#[cfg_attr(docsrs, doc(cfg(feature = "proptest")))]
pub mod proptest;

/// The README's examples, run as doc tests; they use every integration.
#[cfg(all(
    doctest,
    feature = "serde",
    feature = "schemars",
    feature = "utoipa-5",
    feature = "arbitrary",
    feature = "proptest"
))]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use any_code::AnyCode;
pub use credential::{CredentialStatus, CredentialStatusCategory};
pub use error::{CodeRangeError, ParseError, ParseErrorKind, UnknownCodeError};
pub use no_group::NoGroup;
pub use traits::{StatusCategory, StatusCode, StatusGroup};

/// Generates a status code enum from a table, checked at compile time.
///
/// # The table
///
/// ```
/// status_codes::status_codes! {
///     /// Docs and other outer attributes go on the enum.
///     #[derive(Default)]
///     pub enum JobStatus {
///         /// Docs on a category go on its variant of the category enum.
///         1xx Progress <
///             #[default]
///             100 Queued,
///             /// Docs on a code become its description.
///             101 Working,
///         >
///         2xx Done < 200 Finished, 201 Skipped as "Nothing To Do" >
///         4xx Client < 401 Denied, 402 Broke, >
///         41x Mfa < 410 NeedCode, 411 Expired as "CodeExpired" | "TokenExpired" >
///         5xx Failed < 500 Broken, 503 Down >
///     }
/// }
///
/// use status_codes::StatusCode;
/// assert_eq!(JobStatus::from_code(411), Some(JobStatus::Expired));
/// assert_eq!(JobStatus::Expired.name(), "CodeExpired");
/// assert_eq!("TokenExpired".parse(), Ok(JobStatus::Expired));
/// assert_eq!(JobStatus::Skipped.to_string(), "201 Nothing To Do");
/// assert_eq!(JobStatusCategory::from_code(412), Some(JobStatusCategory::Mfa));
/// assert_eq!(JobStatusCategory::from_code(449), Some(JobStatusCategory::Client));
/// assert_eq!(JobStatus::Working.description(), Some("Docs on a code become its description."));
/// assert_eq!(JobStatus::default(), JobStatus::Queued);
/// assert!(JobStatus::Down.is_failed());
/// assert_eq!(JobStatusCategory::Mfa.members(), [JobStatus::NeedCode, JobStatus::Expired]);
/// ```
///
/// - A category is a header, a name, and its codes between `<` and `>`. The header `Nxx`
///   covers a hundred codes (`4xx` is 400 to 499), `NNx` ten (`41x` is 410 to 419).
/// - Categories nest: one whose range lies inside another's (`41x` in `4xx`, written in
///   either order) owns the codes of its range. `ECategory::from_code`, `category()`,
///   `contains` and [`AnyCode::category`] pick the narrowest; `range()` stays the header's. A
///   code written under the broader category inside a narrower one's range is an error, and so
///   are two categories with the same header.
/// - A code is three plain digits, 100 to 999, inside its category's range, followed by the
///   variant's identifier. Its documented *name* is the identifier, unless given after `as`:
///   `205 Pending205 as "Pending"`. A name may have single inner spaces; it cannot start or end
///   with whitespace, contain control characters, or start with a digit. Two codes may share a
///   name.
/// - Aliases follow the name, `as "Name" | "Alias"`: parsing and `from_name` accept them,
///   `aliases()` lists them, nothing produces them. An alias may not be another code's name,
///   alias or identifier.
/// - Identifiers that are keywords only in some editions (`gen`, `async`, `try`, …) work
///   wherever the calling crate's edition accepts them.
/// - The description of a code is its doc comment, as written, lines joined by a space and
///   paragraphs by a blank line. A doc that is not a string literal, such as
///   `#[doc = include_str!("…")]`, stays on the variant but gives no description.
/// - Function groups classify the codes a second time, by their middle digit, as FTP, SMTP
///   and NNTP replies do: `x2x Connections` (a header of `x`, a digit and `x`, then a name,
///   with no codes listed) holds every code whose middle digit is 2, known to the table or not,
///   whatever its category. Two groups with one digit, a group named like a category, a code's
///   identifier or another group, and a predicate `is_<group>` another item has are errors.
/// - Commas separate codes; trailing commas are fine, and a comma may follow a category.
/// - `#[status_codes(non_exhaustive_categories)]` on the enum makes the category enum
///   `#[non_exhaustive]`; `#[status_codes(serde, schemars, utoipa, arbitrary)]` asks for the
///   integrations (below). Other attributes on the enum, a category or a code go onto the
///   generated items; a `#[cfg]`, or a `#[cfg_attr]` that adds one, is an error inside the
///   table, since the table is generated whole.
///
/// # What it generates
///
/// For `enum E`:
/// - `#[repr(u16)] enum E`, the codes as discriminants, with `Debug`, `Clone`, `Copy`,
///   `PartialEq`, `Eq`, `Hash`, `PartialOrd` and `Ord` as `#[derive]` writes them (so codes
///   order by number, and `Debug` shows the identifier).
/// - `enum ECategory`, one variant per category in table order, with the same traits.
/// - On `E`: `ALL` (a slice of every variant, in table order) and the `const fn`s
///   `from_code`, `code`, `name`, `aliases`, `identifier`, `description`, `category`, one
///   `is_<category>` per category (`is_progress`, `is_multi_factor_authentication`: whether
///   the code's category is that one), and `from_name`.
/// - On `ECategory`: `ALL` and the `const fn`s `name`, `header`, `range`, `contains`,
///   `members`, `from_code`, and `from_name`.
/// - For a table with function groups: `enum EGroup`, with `ALL`, `name`, `header` (`"x2x"`),
///   `digit`, `from_code` (any three-digit code), `members` and `from_name`, `Display` and the
///   [`StatusGroup`] trait; on `E`, `group()` and one `is_<group>` per group. A table without
///   groups has [`NoGroup`] as its [`StatusCode::Group`].
/// - `From<E>` for `u16`, `i16`, `i32`, `i64`, `u32` and `u64`, and `TryFrom` of each (error
///   [`UnknownCodeError`], which names the value as given: `-1`, `70000`), `FromStr` (error
///   [`ParseError`]) and `Display` (`"411 TwofaTimeout"`), and [`StatusCode`] and
///   [`StatusCategory`], for generic code; only generated enums implement these two traits.
/// - Integrations, when the table asks for them (below).
///
/// `from_name` and `FromStr` match exactly: case-sensitive, no trimming. Where two codes share
/// a name, the name selects the first in table order; every code can also be selected by its
/// identifier, its code, or its `Display` form. `FromStr` accepts all of these.
///
/// # Integrations
///
/// `#[status_codes(serde)]`, `#[status_codes(schemars)]` or `#[status_codes(serde, schemars)]`
/// on the enum asks for `Serialize` and `Deserialize` (the integer code; the category enum as
/// its name) or `JsonSchema`, for both enums. The facade's feature of the same name must be on:
/// without it, the table gets one error on the word that asked, naming the feature. A table
/// that does not ask gets none of these impls, whatever the features, and may derive or write
/// its own.
///
/// `#[status_codes(sqlx)]` asks for sqlx's `Type`, `Encode`, `Decode` and `PgHasArrayType` of
/// each release line whose feature is on (`sqlx-0_8`, `sqlx-0_9`; without either, one error
/// names both), and `#[status_codes(diesel)]` for diesel's `AsExpression`, `ToSql`, `FromSql`
/// and `Queryable` (feature `diesel`), for the code enum: it is stored as its integer code, and
/// a number that is no code of the table fails to decode with [`UnknownCodeError`]'s message.
/// `#[status_codes(utoipa)]` asks for utoipa's `ToSchema` and `PartialSchema` (the schemas of
/// `JsonSchema`), for each major version of utoipa whose feature is on, `utoipa-5` or
/// `utoipa-6`. `#[status_codes(arbitrary)]` asks for `Arbitrary` (any code of the table, any
/// category), with the `arbitrary` feature.
///
#[cfg_attr(feature = "serde", doc = "```")]
#[cfg_attr(not(feature = "serde"), doc = "```ignore")]
/// status_codes::status_codes! {
///     /// Asks for serde.
///     #[status_codes(serde)]
///     pub enum JobStatus {
///         1xx Progress < 100 Queued >
///         2xx Done < 200 Finished >
///     }
/// }
///
/// assert_eq!(serde_json::to_string(&JobStatus::Finished).unwrap(), "200");
/// assert_eq!(serde_json::to_string(&JobStatusCategory::Progress).unwrap(), r#""Progress""#);
/// ```
///
/// # Extending a table
///
/// `extends` adds codes to a table generated elsewhere, in this crate or another, without
/// repeating it. The result is one enum with every code of the base (same identifiers, names,
/// categories, in the same order) followed by the extension's, and the whole generated API.
///
/// ```
/// status_codes::status_codes! {
///     /// The documented codes and the vendor's own.
///     pub enum VendorStatus extends status_codes::CredentialStatus {
///         2xx Success < 207 Updated >
///         4xx UserInteraction < 449 DeprecatedSite >
///         42x Captcha < 420 CaptchaRequired >
///     }
/// }
///
/// use status_codes::CredentialStatus;
/// assert_eq!(VendorStatus::from_code(411), Some(VendorStatus::TwofaTimeout));
/// assert_eq!(VendorStatus::from_code(207), Some(VendorStatus::Updated));
/// assert_eq!(
///     VendorStatus::ALL[24..],
///     [VendorStatus::Updated, VendorStatus::DeprecatedSite, VendorStatus::CaptchaRequired]
/// );
/// assert!(VendorStatus::DeprecatedSite.is_user_interaction());
/// assert!(VendorStatus::Updated.is_success() && VendorStatus::CaptchaRequired.is_captcha());
/// assert_eq!(VendorStatus::from(CredentialStatus::Locked), VendorStatus::Locked);
/// assert_eq!(
///     CredentialStatus::try_from(VendorStatus::Updated).unwrap_err().to_string(),
///     "207 is not a CredentialStatus code"
/// );
/// assert_eq!(VendorStatus::Locked, CredentialStatus::Locked);
/// ```
///
/// - A category with a base category's header and name adds codes to it, anywhere in its
///   range; any other category is new, and may nest in a base one (`42x` in `4xx`) or hold
///   codes of its own range, but may not share a base header or take a base code.
/// - A line that repeats a base entry exactly (code, identifier, name, aliases and category) is
///   accepted, so an extension keeps compiling when its base later documents the same code. A
///   code, identifier, name or category that otherwise clashes with the base is an error on the
///   extension's token, naming the base entry.
/// - Generated besides: `From<Base>` (lossless), `TryFrom<Extension> for Base` (fails for the
///   extension's own codes with [`UnknownCodeError`]) and `PartialEq` both ways.
/// - The path after `extends` is the base enum's, as it is reachable here: `use`, `pub use`
///   and renames work, and an extension can itself be extended. Each generated enum carries a
///   hidden macro of the same name that hands its table to the extension, so a path to
///   anything else fails with rustc's "cannot find macro".
/// - A `pub` table can be extended from any crate. Any other table can be extended within its
///   crate: its macro is not exported, which is also what lets a proc-macro crate (which cannot
///   export `macro_rules!` macros) define tables, as long as they are not `pub`.
///
/// # Checks
///
/// The table is rejected, with an error on the offending token, for: duplicate codes,
/// identifiers or categories (a second error points at the first definition), a code outside
/// its category's range or in a narrower category's, two categories with one header, malformed
/// headers (`1x`, `1xy`, `10xx`, `0xx`), codes that are not three plain digits (`99`, `1000`,
/// `1_00`, `100u16`), names and aliases that would make parsing ambiguous, identifiers that
/// would collide with generated items (a code named `code` or `name`, a category named
/// `ALL`), `#[repr]`, `#[cfg]` or a second `#[derive(Debug)]` inside the table, an empty
/// table, and tokens out of place. Every problem is reported in one compile, in every edition,
/// whether the table is written directly or passed through a `macro_rules!` wrapper.
///
/// ```compile_fail
/// status_codes::status_codes! {
///     pub enum Broken {
///         2xx Success < 200 Finish, 201 Pending, 201 Again >
///     }
/// }
/// ```
#[macro_export]
macro_rules! status_codes {
    ($($table:tt)*) => {
        $crate::__private::status_codes! { $crate; $($table)* }
    };
}
