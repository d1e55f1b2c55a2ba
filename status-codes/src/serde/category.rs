//! A category enum's serde form: its name, `"MultiFactorAuthentication"`, in every format.

use crate::{StatusCategory, StatusCode};
use core::fmt;
use core::marker::PhantomData;
use serde_core::de::{self, Visitor};
use serde_core::{Deserializer, Serializer};

/// Serializes the category's name.
///
/// # Errors
/// Whatever the serializer returns.
#[inline]
pub fn serialize<C: StatusCategory, S: Serializer>(
    category: &C,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(category.name())
}

/// Deserializes a category's name.
///
/// # Errors
/// A string that is not the name of a category, with a message naming it.
#[inline]
pub fn deserialize<'de, C: StatusCategory, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<C, D::Error> {
    deserializer.deserialize_str(CategoryVisitor(PhantomData))
}

struct CategoryVisitor<C>(PhantomData<fn() -> C>);

impl<C: StatusCategory> Visitor<'_> for CategoryVisitor<C> {
    type Value = C;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {}Category name", C::Code::TYPE_NAME)
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<C, E> {
        C::from_name(name).ok_or_else(|| {
            E::custom(format_args!(
                "{} is not a {}Category name",
                crate::error::Excerpt::new(name),
                C::Code::TYPE_NAME
            ))
        })
    }

    fn visit_bytes<E: de::Error>(self, name: &[u8]) -> Result<C, E> {
        match core::str::from_utf8(name) {
            Ok(name) => self.visit_str(name),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(name), &self)),
        }
    }
}
