//! serde support, with the `serde` feature.
//!
//! Every generated enum and every [`AnyCode`] implements `Serialize` and `Deserialize` in the
//! default form: the integer code. Deserialization also accepts, in human-readable formats, a
//! string holding the code, the name, the identifier or the `Display` form, so a JSON API that
//! sends `411`, `"411"` or `"TwofaTimeout"` is read the same way.
//!
//! Two other forms, for fields that need them, through `#[serde(with = "…")]`:
//! - [`name`](mod@name), `"TwofaTimeout"`;
//! - [`object`](mod@object), `{"code": 411, "name": "TwofaTimeout"}`.
//!
//! ```
//! use status_codes::{AnyCode, CredentialStatus};
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
//! ```

pub mod name;
pub mod object;

mod code_set;
mod visitor;

use crate::{AnyCode, StatusCode, UnknownCodeError};
use serde_core::de::Deserializer;
use serde_core::ser::Serializer;
use serde_core::{Deserialize, Serialize};

/// The types the serde forms apply to: every generated enum, and [`AnyCode`] of one.
pub trait Repr: Copy + sealed::Sealed {
    /// The table the value belongs to.
    type Table: StatusCode;

    /// The value as a three-digit code.
    fn to_any(self) -> AnyCode<Self::Table>;

    /// The value for a three-digit code.
    ///
    /// # Errors
    /// An enum rejects a code its table does not have; an `AnyCode` takes any.
    fn from_any(code: AnyCode<Self::Table>) -> Result<Self, UnknownCodeError>;

    /// Whether any three-digit code is accepted, which changes the wording of errors.
    #[doc(hidden)]
    const ACCEPTS_UNKNOWN: bool;
}

mod sealed {
    pub trait Sealed {}
    impl<T: crate::StatusCode> Sealed for T {}
    impl<T: crate::StatusCode> Sealed for crate::AnyCode<T> {}
}

impl<T: StatusCode> Repr for T {
    type Table = T;
    const ACCEPTS_UNKNOWN: bool = false;

    fn to_any(self) -> AnyCode<T> {
        AnyCode::from(self)
    }

    fn from_any(code: AnyCode<T>) -> Result<Self, UnknownCodeError> {
        code.known()
            .ok_or(UnknownCodeError::new(code.code(), T::TYPE_NAME))
    }
}

impl<T: StatusCode> Repr for AnyCode<T> {
    type Table = T;
    const ACCEPTS_UNKNOWN: bool = true;

    fn to_any(self) -> AnyCode<T> {
        self
    }

    fn from_any(code: AnyCode<T>) -> Result<Self, UnknownCodeError> {
        Ok(code)
    }
}

/// The default form, the integer code, for `#[serde(with = "status_codes::serde::code")]`
/// where being explicit helps.
pub mod code {
    use super::{Repr, visitor::ReprVisitor};
    use serde_core::{Deserializer, Serializer};

    /// Serializes the code as an integer.
    ///
    /// # Errors
    /// Whatever the serializer returns.
    pub fn serialize<R: Repr, S: Serializer>(value: &R, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(value.to_any().code())
    }

    /// Deserializes an integer code or, in human-readable formats, a string holding the code,
    /// name, identifier or `Display` form.
    ///
    /// # Errors
    /// A value that is none of these, with a message naming it.
    pub fn deserialize<'de, R: Repr, D: Deserializer<'de>>(deserializer: D) -> Result<R, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(ReprVisitor::<R>::new())
        } else {
            deserializer.deserialize_u16(ReprVisitor::<R>::new())
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
