//! serde support: a code serializes as its integer; it deserializes from the integer, or, in
//! human-readable formats, from a string holding its name, its code or its `Display` form.

use crate::StatusCode;
use core::fmt;
use core::marker::PhantomData;
use serde_core::de::{self, Deserializer, Visitor};
use serde_core::ser::Serializer;

/// Serializes `status` as its code.
///
/// # Errors
/// Whatever the serializer returns.
pub fn serialize<T: StatusCode, S: Serializer>(
    status: T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_u16(status.code())
}

/// Deserializes a code, or in human-readable formats also a name, numeric string or `Display`
/// form.
///
/// # Errors
/// A value that is not a code or name of `T`, with a message naming the value.
pub fn deserialize<'de, T: StatusCode, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    if deserializer.is_human_readable() {
        deserializer.deserialize_any(CodeVisitor(PhantomData))
    } else {
        deserializer.deserialize_u16(CodeVisitor(PhantomData))
    }
}

struct CodeVisitor<T>(PhantomData<T>);

impl<T: StatusCode> Visitor<'_> for CodeVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} code or name", T::TYPE_NAME)
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<T, E> {
        u16::try_from(value)
            .ok()
            .and_then(T::from_code)
            .ok_or_else(|| E::custom(format_args!("{value} is not a {} code", T::TYPE_NAME)))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<T, E> {
        u16::try_from(value)
            .ok()
            .and_then(T::from_code)
            .ok_or_else(|| E::custom(format_args!("{value} is not a {} code", T::TYPE_NAME)))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
        text.parse().map_err(E::custom)
    }
}
