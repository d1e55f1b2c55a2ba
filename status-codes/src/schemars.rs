//! JSON Schema support, with the `schemars` feature: the schema of the default serde form.
//!
//! A generated enum's schema is an integer `enum` of its codes, with the vendor extensions
//! `OpenAPI` generators read for the constant names and descriptions (`x-enum-varnames`,
//! `x-enum-descriptions`), and a description listing every code. A category enum's schema is a
//! string `enum` of the category names. An [`AnyCode`]'s schema is any integer from 100 to 999.
//!
//! ```
//! use status_codes::CredentialStatus;
//!
//! let schema = schemars::schema_for!(CredentialStatus);
//! assert_eq!(schema.get("type").unwrap(), "integer");
//! assert_eq!(schema.get("enum").unwrap().as_array().unwrap().len(), 24);
//! assert_eq!(schema.get("x-enum-varnames").unwrap()[5], "Pending");
//! assert_eq!(schema.get("x-enum-varnames").unwrap()[9], "Pending205");
//!
//! let schema = schemars::schema_for!(status_codes::CredentialStatusCategory);
//! assert_eq!(schema.get("type").unwrap(), "string");
//! assert_eq!(schema.get("enum").unwrap()[3], "MultiFactorAuthentication");
//! ```

use crate::any_code::THREE_DIGITS;
use crate::{AnyCode, StatusCategory, StatusCode, StatusGroup};
use alloc::borrow::Cow;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

/// The schema's name: the enum's.
#[must_use]
pub fn schema_name<T: StatusCode>() -> Cow<'static, str> {
    Cow::Borrowed(T::TYPE_NAME)
}

/// The schema's name for a category enum: the enum's, `CredentialStatusCategory`.
#[must_use]
pub fn category_schema_name<C: StatusCategory>() -> Cow<'static, str> {
    Cow::Owned(format!("{}Category", C::Code::TYPE_NAME))
}

/// The schema's name for a function-group enum: the enum's, `FtpReplyGroup`.
#[must_use]
pub fn group_schema_name<G: StatusGroup>() -> Cow<'static, str> {
    Cow::Owned(format!("{}Group", G::Code::TYPE_NAME))
}

/// A unique id: the enum's full path.
#[must_use]
pub fn schema_id<T>() -> Cow<'static, str> {
    Cow::Borrowed(core::any::type_name::<T>())
}

/// The schema of a generated enum's default serde form.
#[must_use]
pub fn code_schema<T: StatusCode>() -> Schema {
    let codes: Vec<u16> = T::ALL.iter().map(|status| status.code()).collect();
    let identifiers: Vec<&str> = T::ALL.iter().map(|status| status.identifier()).collect();
    let descriptions: Vec<&str> = T::ALL
        .iter()
        .map(|status| status.description().unwrap_or(status.name()))
        .collect();
    let mut description = format!("A {} code, sent as its integer value:\n", T::TYPE_NAME);
    for status in T::ALL {
        let _ = write!(description, "\n* `{}` {}", status.code(), status.name());
        if let Some(text) = status.description() {
            let _ = write!(description, ": {text}");
        }
    }
    json_schema!({
        "title": T::TYPE_NAME,
        "description": description,
        "type": "integer",
        "enum": codes,
        "x-enum-varnames": identifiers,
        "x-enum-descriptions": descriptions,
    })
}

/// The schema of a category enum's serde form, its name.
#[must_use]
pub fn category_schema<C: StatusCategory>() -> Schema {
    let names: Vec<&str> = C::ALL.iter().map(|category| category.name()).collect();
    let mut description = format!(
        "A category of {} codes, sent as its name:\n",
        C::Code::TYPE_NAME
    );
    for category in C::ALL {
        let range = category.range();
        let _ = write!(
            description,
            "\n* `{}` (`{}`): codes {} to {}",
            category.name(),
            category.header(),
            range.start(),
            range.end()
        );
    }
    json_schema!({
        "title": category_schema_name::<C>(),
        "description": description,
        "type": "string",
        "enum": names,
    })
}

/// The schema of a function-group enum's serde form, its name.
#[must_use]
pub fn group_schema<G: StatusGroup>() -> Schema {
    let names: Vec<&str> = G::ALL.iter().map(|group| group.name()).collect();
    let mut description = format!(
        "A function group of {} codes, by their middle digit, sent as its name:\n",
        G::Code::TYPE_NAME
    );
    for group in G::ALL {
        let _ = write!(
            description,
            "\n* `{}` (`{}`): codes whose middle digit is {}",
            group.name(),
            group.header(),
            group.digit()
        );
    }
    json_schema!({
        "title": group_schema_name::<G>(),
        "description": description,
        "type": "string",
        "enum": names,
    })
}

impl<T: StatusCode> JsonSchema for AnyCode<T> {
    fn schema_name() -> Cow<'static, str> {
        Cow::Owned(format!("AnyCode_{}", T::TYPE_NAME))
    }

    fn schema_id() -> Cow<'static, str> {
        Cow::Owned(format!(
            "status_codes::AnyCode<{}>",
            core::any::type_name::<T>()
        ))
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let known: Vec<u16> = T::ALL.iter().map(|status| status.code()).collect();
        let description: String = format!(
            "A three-digit code: one of {}'s or one it does not have yet.",
            T::TYPE_NAME
        );
        json_schema!({
            "description": description,
            "type": "integer",
            "minimum": THREE_DIGITS.start(),
            "maximum": THREE_DIGITS.end(),
            "examples": known,
        })
    }
}
