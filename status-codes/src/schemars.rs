//! JSON Schema support, with the `schemars` feature.
//!
//! [`CredentialStatus`](enum@crate::CredentialStatus), its category enum and every
//! [`AnyCode`] implement `JsonSchema`; a table of yours does when it asks with
//! `#[status_codes(schemars)]`. Each schema describes serde's default form: a generated enum is
//! an integer `enum` of its codes, with the vendor extensions `OpenAPI` generators read for the
//! constant names and descriptions (`x-enum-varnames`, `x-enum-descriptions`), and a description
//! listing every code; a category enum is a string `enum` of the category names; an
//! [`AnyCode`] is any integer from 100 to 999.
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
//!
//! A field in another of serde's forms names its schema with `schema_with`: [`name`] and
//! [`object`] for the forms of [`status_codes::serde`](mod@crate::serde), [`code`],
//! [`category`] and [`group`] for the default forms of a table that did not ask for
//! `JsonSchema`.
//!
//! ```
//! use status_codes::{AnyCode, CredentialStatus};
//!
//! #[derive(schemars::JsonSchema)]
//! struct Credential {
//!     #[schemars(schema_with = "status_codes::schemars::object::<CredentialStatus>")]
//!     status: CredentialStatus,
//!     #[schemars(schema_with = "status_codes::schemars::name::<AnyCode<CredentialStatus>>")]
//!     previous: AnyCode<CredentialStatus>,
//! }
//!
//! let schema = schemars::schema_for!(Credential);
//! let status = &schema.as_value()["properties"]["status"];
//! assert_eq!(status["required"], serde_json::json!(["code", "name"]));
//! assert_eq!(status["properties"]["name"]["enum"][0], "Register");
//! let previous = &schema.as_value()["properties"]["previous"];
//! assert_eq!(previous["anyOf"][0]["enum"][9], "Pending205");
//! ```

use crate::json_schema;
use crate::status::Status;
use crate::{AnyCode, StatusCategory, StatusCode, StatusGroup};
use alloc::borrow::Cow;
use alloc::format;
use schemars::{JsonSchema, Schema, SchemaGenerator};

/// The schema of serde's default form of `V`, a generated enum or an [`AnyCode`]: the integer
/// code.
#[must_use]
pub fn code<V: Status>(_: &mut SchemaGenerator) -> Schema {
    schema(json_schema::code::<V>())
}

/// The schema of a category enum's form, its name.
#[must_use]
pub fn category<C: StatusCategory>(_: &mut SchemaGenerator) -> Schema {
    schema(json_schema::category::<C>())
}

/// The schema of a function-group enum's form, its name.
#[must_use]
pub fn group<G: StatusGroup>(_: &mut SchemaGenerator) -> Schema {
    schema(json_schema::group::<G>())
}

/// The schema of [`status_codes::serde::name`](mod@crate::serde::name): a string `enum` of
/// what it writes, `"TwofaTimeout"` or `"Pending205"`; for an [`AnyCode`], also an integer
/// from 100 to 999.
#[must_use]
pub fn name<V: Status>(_: &mut SchemaGenerator) -> Schema {
    schema(json_schema::name::<V>())
}

/// The schema of [`status_codes::serde::object`](mod@crate::serde::object):
/// `{"code": 411, "name": "TwofaTimeout"}`, `code` one of the codes, `name` one of the
/// names; both required but for an [`AnyCode`], which writes no name for a code the table does
/// not have.
#[must_use]
pub fn object<V: Status>(_: &mut SchemaGenerator) -> Schema {
    schema(json_schema::object::<V>())
}

/// A schema of [`json_schema`], which is always an object.
pub(crate) fn schema(value: serde_json::Value) -> Schema {
    match value {
        serde_json::Value::Object(object) => Schema::from(object),
        _ => unreachable!("a schema of status-codes is a JSON object"),
    }
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
        schema(json_schema::code::<Self>())
    }
}
