//! serde support, with the `serde` feature.
//!
//! [`CredentialStatus`](enum@crate::CredentialStatus), its category enum and every [`AnyCode`]
//! implement `Serialize` and `Deserialize`; a table of yours does when it asks with
//! `#[status_codes(serde)]` (see [`status_codes!`](crate::status_codes)), so that a table
//! without it stays free to derive or write its own. A code enum's default form is the integer
//! code. Deserialization also accepts, in human-readable formats, a string holding the code,
//! the name, the identifier or the `Display` form, so a JSON API that sends `411`, `"411"` or
//! `"TwofaTimeout"` is read the same way. A category enum is written and read as its name,
//! `"MultiFactorAuthentication"`.
//!
//! Two other forms, for fields that need them, through `#[serde(with = "…")]`; they work for
//! every generated enum, whether or not its table asked for serde:
//! - [`name`](mod@name), `"TwofaTimeout"`;
//! - [`object`](mod@object), `{"code": 411, "name": "TwofaTimeout"}`.
//!
//! In formats that are not human-readable (postcard, bincode), every form writes exactly what it
//! reads back, field by field: the code and name forms the integer code, the object form the
//! code and the name as an `Option`.
//!
//! ```
//! use status_codes::{AnyCode, CredentialStatus, CredentialStatusCategory};
//!
//! assert_eq!(serde_json::to_string(&CredentialStatus::TwofaTimeout).unwrap(), "411");
//! assert_eq!(serde_json::from_str::<CredentialStatus>(r#""TwofaTimeout""#).unwrap(),
//!            CredentialStatus::TwofaTimeout);
//! assert_eq!(serde_json::from_str::<CredentialStatus>("207").unwrap_err().to_string(),
//!            "207 is not a CredentialStatus code at line 1 column 3");
//!
//! // A code the table does not know yet survives in an `AnyCode`.
//! let new: AnyCode<CredentialStatus> = serde_json::from_str("207").unwrap();
//! assert_eq!(new.code(), 207);
//! assert_eq!(serde_json::to_string(&new).unwrap(), "207");
//!
//! assert_eq!(serde_json::to_string(&CredentialStatusCategory::Success).unwrap(), r#""Success""#);
//! ```

pub mod name;
pub mod object;

pub(crate) mod category;
mod code_set;
mod visitor;

use crate::{AnyCode, StatusCode};
use serde_core::de::Deserializer;
use serde_core::ser::Serializer;
use serde_core::{Deserialize, Serialize};

/// What the forms read and write: a generated enum, or an [`AnyCode`] of one.
#[doc(hidden)]
pub use crate::status::Status;

/// The default form, the integer code, for `#[serde(with = "status_codes::serde::code")]`
/// where being explicit helps, or for a table that did not ask for serde.
pub mod code {
    use super::{Status, visitor::StatusVisitor};
    use serde_core::{Deserializer, Serializer};

    /// Serializes the code as an integer.
    ///
    /// # Errors
    /// Whatever the serializer returns.
    #[inline]
    pub fn serialize<T: Status, S: Serializer>(
        value: &T,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(value.to_any().code())
    }

    /// Deserializes an integer code or, in human-readable formats, a string holding the code,
    /// name, identifier or `Display` form.
    ///
    /// # Errors
    /// A value that is none of these, with a message naming it.
    #[inline]
    pub fn deserialize<'de, T: Status, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<T, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(StatusVisitor::<T>::new())
        } else {
            deserializer.deserialize_u16(StatusVisitor::<T>::new())
        }
    }
}

impl<T: StatusCode> Serialize for AnyCode<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        code::serialize(self, serializer)
    }
}

impl<'de, T: StatusCode> Deserialize<'de> for AnyCode<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        code::deserialize(deserializer)
    }
}
