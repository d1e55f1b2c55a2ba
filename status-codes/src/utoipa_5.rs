//! `OpenAPI` schemas with utoipa 5, with the `utoipa-5` feature.
//!
//! [`CredentialStatus`](enum@crate::CredentialStatus), its category enum and every
//! [`AnyCode`] implement utoipa's `ToSchema`; a table of yours does when it asks with
//! `#[status_codes(utoipa)]`. The schemas are the ones schemars gives (see
//! [`status_codes::schemars`](mod@crate::schemars)), value for value, under the same names:
//! serde's default form, the codes as an integer `enum` with `x-enum-varnames` and
//! descriptions, a category as a string `enum` of the names, an `AnyCode` as an integer from
//! 100 to 999 (`AnyCode_CredentialStatus` in a document).
//!
//! A field in another of serde's forms names its schema with `schema_with`: [`name`] and
//! [`object`] for the forms of [`status_codes::serde`](mod@crate::serde), [`code`],
//! [`category`] and [`group`] for the default forms of a table that did not ask for
//! `ToSchema`. A table that asks gets `ToSchema` for its function-group enum too, if it has one.
//!
//! ```
//! use status_codes::{AnyCode, CredentialStatus, CredentialStatusCategory};
//! use utoipa::OpenApi;
//!
//! #[derive(utoipa::ToSchema)]
//! struct Credential {
//!     status: CredentialStatus,
//!     category: CredentialStatusCategory,
//!     latest: AnyCode<CredentialStatus>,
//!     #[schema(schema_with = status_codes::utoipa_5::object::<CredentialStatus>)]
//!     as_object: CredentialStatus,
//! }
//!
//! #[derive(OpenApi)]
//! #[openapi(components(schemas(Credential)))]
//! struct Api;
//!
//! let document = serde_json::to_value(Api::openapi()).unwrap();
//! let schemas = &document["components"]["schemas"];
//! assert_eq!(schemas["CredentialStatus"]["enum"][0], 100);
//! assert_eq!(schemas["CredentialStatus"]["x-enum-varnames"][9], "Pending205");
//! assert_eq!(schemas["CredentialStatusCategory"]["type"], "string");
//! assert_eq!(schemas["AnyCode_CredentialStatus"]["maximum"], 999);
//! let as_object = &schemas["Credential"]["properties"]["as_object"];
//! assert_eq!(as_object["required"], serde_json::json!(["code", "name"]));
//! ```

crate::utoipa_version::utoipa_version!(utoipa);
