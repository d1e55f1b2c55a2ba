//! The name form: a code serializes as its name, `"TwofaTimeout"`.
//!
//! Where an earlier code already has the same name, the code's identifier is written instead
//! (`"Pending205"`), so that every value reads back as itself. A code an [`AnyCode`] does not
//! know has no name and is written as its integer. Reading accepts everything the default form
//! accepts.
//!
//! A format that is not human-readable (postcard, bincode) has no reader to show a name to and
//! cannot tell a string from an integer when reading: there the name form writes and reads the
//! integer code, exactly like the default form.
//!
//! ```
//! use serde::{Deserialize, Serialize};
//! use status_codes::{AnyCode, CredentialStatus};
//!
//! #[derive(Serialize, Deserialize, PartialEq, Debug)]
//! struct Credential {
//!     #[serde(with = "status_codes::serde::name")]
//!     status: CredentialStatus,
//!     #[serde(with = "status_codes::serde::name")]
//!     previous: AnyCode<CredentialStatus>,
//! }
//!
//! let credential = Credential {
//!     status: CredentialStatus::Pending205,
//!     previous: AnyCode::new(207).unwrap(),
//! };
//! let json = serde_json::to_string(&credential).unwrap();
//! assert_eq!(json, r#"{"status":"Pending205","previous":207}"#);
//! assert_eq!(serde_json::from_str::<Credential>(&json).unwrap(), credential);
//! ```
//!
//! [`AnyCode`]: crate::AnyCode

use super::Status;
use serde_core::{Deserializer, Serializer};

/// Serializes the name (or, where the name is taken by an earlier code, the identifier); an
/// unknown code as its integer. In formats that are not human-readable, the integer code.
///
/// # Errors
/// Whatever the serializer returns.
pub fn serialize<T: Status, S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
    match value.name_key() {
        Some(key) if serializer.is_human_readable() => serializer.serialize_str(key),
        _ => serializer.serialize_u16(value.to_any().code()),
    }
}

/// Deserializes a name, identifier, code or `Display` form; in formats that are not
/// human-readable, the integer code.
///
/// # Errors
/// A value that is none of these, with a message naming it.
pub fn deserialize<'de, T: Status, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    super::code::deserialize(deserializer)
}
