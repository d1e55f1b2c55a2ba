//! The object form: `{"code": 411, "name": "TwofaTimeout"}`.
//!
//! Reading requires `code`; `name`, when present and not null, must be the name, an alias or
//! the identifier of that code. Other fields are ignored, so an API may add some. For a code an [`AnyCode`]
//! does not know, the name cannot be checked or kept and is ignored; such a code is written as
//! `{"code": 207}`.
//!
//! A format that is not human-readable (postcard, bincode) reads fields in order, without their
//! names: there the object is always the two fields, the integer code and the name as an
//! `Option` (`None` for a code without a name), which is what reading expects.
//!
//! ```
//! use serde::{Deserialize, Serialize};
//! use status_codes::CredentialStatus;
//!
//! #[derive(Serialize, Deserialize, PartialEq, Debug)]
//! struct Credential {
//!     #[serde(with = "status_codes::serde::object")]
//!     status: CredentialStatus,
//! }
//!
//! let json = r#"{"status":{"code":411,"name":"TwofaTimeout"}}"#;
//! let credential: Credential = serde_json::from_str(json).unwrap();
//! assert_eq!(credential.status, CredentialStatus::TwofaTimeout);
//! assert_eq!(serde_json::to_string(&credential).unwrap(), json);
//!
//! let wrong = r#"{"status":{"code":201,"name":"Finish"}}"#;
//! assert_eq!(
//!     serde_json::from_str::<Credential>(wrong).unwrap_err().to_string(),
//!     r#""Finish" is not the name of CredentialStatus code 201 ("Pending") at line 1 column 38"#
//! );
//! ```
//!
//! [`AnyCode`]: crate::AnyCode

use super::Status;
use super::code_set::CodeSet;
use crate::StatusCode;
use crate::error::Excerpt;
use core::fmt;
use core::marker::PhantomData;
use serde_core::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_core::ser::SerializeStruct;
use serde_core::{Deserializer, Serializer};

const FIELDS: &[&str] = &["code", "name"];

/// Serializes `{"code": …, "name": …}`, or `{"code": …}` for a code without a name. In formats
/// that are not human-readable, always both fields, the name as an `Option`.
///
/// # Errors
/// Whatever the serializer returns.
pub fn serialize<T: Status, S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
    let code = value.to_any();
    let type_name = <T::Table as StatusCode>::TYPE_NAME;
    let name = code.known().map(StatusCode::name);
    if !serializer.is_human_readable() {
        let mut object = serializer.serialize_struct(type_name, 2)?;
        object.serialize_field("code", &code.code())?;
        object.serialize_field("name", &name)?;
        return object.end();
    }
    let mut object = serializer.serialize_struct(type_name, 1 + usize::from(name.is_some()))?;
    object.serialize_field("code", &code.code())?;
    if let Some(name) = name {
        object.serialize_field("name", name)?;
    } else {
        object.skip_field("name")?;
    }
    object.end()
}

/// Deserializes `{"code": …, "name": …}`.
///
/// # Errors
/// A missing, unknown or malformed code, or a name that is not the code's, with a message
/// naming the value.
pub fn deserialize<'de, T: Status, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    let type_name = <T::Table as StatusCode>::TYPE_NAME;
    deserializer.deserialize_struct(type_name, FIELDS, ObjectVisitor::<T>(PhantomData))
}

struct ObjectVisitor<V>(PhantomData<fn() -> V>);

/// A name as read: the codes it stands for, and the text for the error message.
struct Name {
    codes: CodeSet,
    text: Excerpt,
}

impl<V: Status> ObjectVisitor<V> {
    fn finish<E: de::Error>(code: Option<V>, name: Option<Name>) -> Result<V, E> {
        let value = code.ok_or_else(|| E::missing_field("code"))?;
        let code = value.to_any();
        match (code.known(), name) {
            (Some(known), Some(name)) if !name.codes.contains(code.code()) => {
                Err(E::custom(format_args!(
                    "{} is not the name of {} code {} ({:?})",
                    name.text,
                    <V::Table as StatusCode>::TYPE_NAME,
                    code.code(),
                    known.name()
                )))
            }
            _ => Ok(value),
        }
    }
}

impl<'de, V: Status> Visitor<'de> for ObjectVisitor<V> {
    type Value = V;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "an object with the code and name of a {}",
            <V::Table as StatusCode>::TYPE_NAME
        )
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<V, A::Error> {
        let mut code: Option<V> = None;
        let mut name: Option<Option<Name>> = None;
        while let Some(field) = map.next_key::<Field>()? {
            match field {
                Field::Code if code.is_some() => return Err(de::Error::duplicate_field("code")),
                Field::Name if name.is_some() => return Err(de::Error::duplicate_field("name")),
                Field::Code => code = Some(map.next_value_seed(CodeSeed::<V>(PhantomData))?),
                Field::Name => {
                    name = Some(map.next_value_seed(NameSeed::<V::Table>(PhantomData))?);
                }
                Field::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Self::finish(code, name.flatten())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<V, A::Error> {
        let code = seq.next_element_seed(CodeSeed::<V>(PhantomData))?;
        let name = seq
            .next_element_seed(NameSeed::<V::Table>(PhantomData))?
            .flatten();
        Self::finish(code, name)
    }
}

enum Field {
    Code,
    Name,
    Other,
}

impl<'de> de::Deserialize<'de> for Field {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_identifier(FieldVisitor)
    }
}

struct FieldVisitor;

impl Visitor<'_> for FieldVisitor {
    type Value = Field;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_u64<E: de::Error>(self, index: u64) -> Result<Field, E> {
        Ok(match index {
            0 => Field::Code,
            1 => Field::Name,
            _ => Field::Other,
        })
    }

    fn visit_str<E: de::Error>(self, field: &str) -> Result<Field, E> {
        Ok(match field {
            "code" => Field::Code,
            "name" => Field::Name,
            _ => Field::Other,
        })
    }

    fn visit_bytes<E: de::Error>(self, field: &[u8]) -> Result<Field, E> {
        Ok(match field {
            b"code" => Field::Code,
            b"name" => Field::Name,
            _ => Field::Other,
        })
    }
}

/// The `code` field: an integer, or in human-readable formats a numeric string.
struct CodeSeed<V>(PhantomData<fn() -> V>);

impl<'de, V: Status> DeserializeSeed<'de> for CodeSeed<V> {
    type Value = V;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<V, D::Error> {
        super::code::deserialize(deserializer)
    }
}

/// The `name` field: a string, or null for none.
struct NameSeed<T>(PhantomData<fn() -> T>);

impl<'de, T: StatusCode> DeserializeSeed<'de> for NameSeed<T> {
    type Value = Option<Name>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<Name>, D::Error> {
        deserializer.deserialize_option(self)
    }
}

impl<'de, T: StatusCode> Visitor<'de> for NameSeed<T> {
    type Value = Option<Name>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the name of a {} code", T::TYPE_NAME)
    }

    fn visit_none<E: de::Error>(self) -> Result<Option<Name>, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Option<Name>, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<Name>, D::Error> {
        deserializer.deserialize_str(self)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Option<Name>, E> {
        Ok(Some(Name {
            codes: CodeSet::named::<T>(text),
            text: Excerpt::new(text),
        }))
    }
}
