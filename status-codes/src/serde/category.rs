//! The serde form of a category or function-group enum: its name, `"MultiFactorAuthentication"`
//! or `"Connections"`, in every format.

use crate::{StatusCategory, StatusCode, StatusGroup};
use core::fmt;
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
    deserializer.deserialize_str(NameVisitor {
        type_name: C::Code::TYPE_NAME,
        kind: "Category",
        from_name: C::from_name,
    })
}

/// Serializes the function group's name.
///
/// # Errors
/// Whatever the serializer returns.
#[inline]
pub fn serialize_group<G: StatusGroup, S: Serializer>(
    group: &G,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(group.name())
}

/// Deserializes a function group's name.
///
/// # Errors
/// A string that is not the name of a function group, with a message naming it.
#[inline]
pub fn deserialize_group<'de, G: StatusGroup, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<G, D::Error> {
    deserializer.deserialize_str(NameVisitor {
        type_name: G::Code::TYPE_NAME,
        kind: "Group",
        from_name: G::from_name,
    })
}

/// Reads the name of a category or group of the table `type_name`.
struct NameVisitor<T> {
    type_name: &'static str,
    /// `"Category"` or `"Group"`, as the enum's name ends.
    kind: &'static str,
    from_name: fn(&str) -> Option<T>,
}

impl<T> Visitor<'_> for NameVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {}{} name", self.type_name, self.kind)
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<T, E> {
        (self.from_name)(name).ok_or_else(|| {
            E::custom(format_args!(
                "{} is not a {}{} name",
                crate::error::Excerpt::new(name),
                self.type_name,
                self.kind
            ))
        })
    }

    fn visit_bytes<E: de::Error>(self, name: &[u8]) -> Result<T, E> {
        match core::str::from_utf8(name) {
            Ok(name) => self.visit_str(name),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(name), &self)),
        }
    }
}
