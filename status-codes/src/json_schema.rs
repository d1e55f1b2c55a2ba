//! The JSON Schemas of the serde forms, written once for every schema integration: schemars
//! takes them as they are, utoipa reads them into its own types, so both describe every form
//! with the same values.
//!
//! - The default form of a generated enum: an integer `enum` of its codes, with the vendor
//!   extensions `OpenAPI` generators read for the constant names and descriptions
//!   (`x-enum-varnames`, `x-enum-descriptions`), and a description listing every code.
//! - Of an [`AnyCode`](crate::AnyCode): any integer from 100 to 999, the table's codes as
//!   examples.
//! - A category enum: a string `enum` of the category names.
//! - The name form: a string `enum` of the strings it writes; an `AnyCode` may also be an
//!   integer, for a code the table does not have.
//! - The object form: an object of the integer `code` and a string `enum` of the names as
//!   `name`, both required but for an `AnyCode`, which has no name for a code the table does
//!   not have.

use crate::any_code::THREE_DIGITS;
use crate::status::Status;
use crate::{StatusCategory, StatusCode};
use alloc::borrow::Cow;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;
use serde_json::{Value, json};

/// The schema's name: the enum's.
#[must_use]
pub fn code_name<T: StatusCode>() -> Cow<'static, str> {
    Cow::Borrowed(T::TYPE_NAME)
}

/// The schema's name for a category enum: the enum's, `CredentialStatusCategory`.
#[must_use]
pub fn category_name<C: StatusCategory>() -> Cow<'static, str> {
    Cow::Owned(format!("{}Category", C::Code::TYPE_NAME))
}

/// The default form of `V`: the integer code.
#[must_use]
pub fn code<V: Status>() -> Value {
    if V::ACCEPTS_UNKNOWN {
        any_code::<V::Table>()
    } else {
        table_code::<V::Table>()
    }
}

/// The default form of a generated enum.
fn table_code<T: StatusCode>() -> Value {
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
    json!({
        "title": T::TYPE_NAME,
        "description": description,
        "type": "integer",
        "enum": codes,
        "x-enum-varnames": identifiers,
        "x-enum-descriptions": descriptions,
    })
}

/// The default form of an [`AnyCode`](crate::AnyCode).
fn any_code<T: StatusCode>() -> Value {
    let known: Vec<u16> = T::ALL.iter().map(|status| status.code()).collect();
    let description: String = format!(
        "A three-digit code: one of {}'s or one it does not have yet.",
        T::TYPE_NAME
    );
    json!({
        "description": description,
        "type": "integer",
        "minimum": THREE_DIGITS.start(),
        "maximum": THREE_DIGITS.end(),
        "examples": known,
    })
}

/// The schema's name for a function-group enum: the enum's, `FtpReplyGroup`.
#[must_use]
pub fn group_name<G: crate::StatusGroup>() -> Cow<'static, str> {
    Cow::Owned(format!("{}Group", G::Code::TYPE_NAME))
}

/// The schema of a function-group enum's serde form, its name.
#[must_use]
pub fn group<G: crate::StatusGroup>() -> Value {
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
    json!({
        "title": group_name::<G>(),
        "description": description,
        "type": "string",
        "enum": names,
    })
}

/// A category enum's form, its name.
#[must_use]
pub fn category<C: StatusCategory>() -> Value {
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
    json!({
        "title": category_name::<C>(),
        "description": description,
        "type": "string",
        "enum": names,
    })
}

/// The name form of `V`: the name, or the identifier where an earlier code has the same name;
/// for an [`AnyCode`](crate::AnyCode), the integer of a code the table does not have.
#[must_use]
pub fn name<V: Status>() -> Value {
    let table = V::Table::TYPE_NAME;
    let keys: Vec<&str> = V::Table::ALL
        .iter()
        .filter_map(|status| status.name_key())
        .collect();
    if V::ACCEPTS_UNKNOWN {
        let description = format!(
            "A three-digit code, sent as its name when {table} has the code and as its \
             integer value when it does not."
        );
        return json!({
            "description": description,
            "anyOf": [
                { "type": "string", "enum": keys },
                {
                    "type": "integer",
                    "minimum": THREE_DIGITS.start(),
                    "maximum": THREE_DIGITS.end(),
                },
            ],
        });
    }
    let mut description = format!("A {table} code, sent as its name:\n");
    for (status, key) in V::Table::ALL.iter().zip(&keys) {
        let _ = write!(description, "\n* `{key}`: {}", status.code());
    }
    json!({
        "title": format!("{table} name"),
        "description": description,
        "type": "string",
        "enum": keys,
    })
}

/// The object form of `V`: `{"code": 411, "name": "TwofaTimeout"}`, the name left out for a
/// code an [`AnyCode`](crate::AnyCode) does not know.
#[must_use]
pub fn object<V: Status>() -> Value {
    let table = V::Table::TYPE_NAME;
    let mut names: Vec<&str> = Vec::with_capacity(V::Table::ALL.len());
    for status in V::Table::ALL {
        if !names.contains(&status.name()) {
            names.push(status.name());
        }
    }
    if V::ACCEPTS_UNKNOWN {
        let description = format!(
            "A three-digit code, sent as an object: the `code`, and the `name` when {table} \
             has the code."
        );
        return json!({
            "description": description,
            "type": "object",
            "properties": {
                "code": {
                    "type": "integer",
                    "minimum": THREE_DIGITS.start(),
                    "maximum": THREE_DIGITS.end(),
                },
                "name": { "type": "string", "enum": names },
            },
            "required": ["code"],
        });
    }
    let codes: Vec<u16> = V::Table::ALL.iter().map(|status| status.code()).collect();
    json!({
        "title": format!("{table} object"),
        "description": format!("A {table} code, sent as an object: its `code` and its `name`."),
        "type": "object",
        "properties": {
            "code": { "type": "integer", "enum": codes },
            "name": { "type": "string", "enum": names },
        },
        "required": ["code", "name"],
    })
}
