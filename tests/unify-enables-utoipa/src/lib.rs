//! Both crates' schemas in one document: the facade's for `CredentialStatus` (the integer
//! codes), the other crate's own for its table (the names).
//!
//! ```
//! use status_codes_unify_enables_utoipa::Api;
//! use utoipa::OpenApi;
//!
//! let document = serde_json::to_value(Api::openapi()).unwrap();
//! let schemas = &document["components"]["schemas"];
//! assert_eq!(schemas["OwnStatus"]["type"], "string");
//! assert_eq!(schemas["CredentialStatus"]["type"], "integer");
//! ```
#![forbid(unsafe_code)]

use status_codes::CredentialStatus;
use status_codes_unify_own_to_schema::OwnStatus;
use utoipa::{OpenApi, ToSchema};

/// A parcel and the credential that fetched it.
#[derive(ToSchema, Debug, Clone, Copy)]
pub struct Shipment {
    /// Described by `OwnStatus`'s own impl.
    pub parcel: OwnStatus,
    /// Described by the facade's impl.
    pub credential: CredentialStatus,
}

/// A document with both.
#[derive(OpenApi)]
#[openapi(components(schemas(Shipment)))]
pub struct Api;

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn both_impls_in_one_document() {
        let document = serde_json::to_value(Api::openapi()).unwrap();
        let schemas = &document["components"]["schemas"];
        assert_eq!(
            schemas["OwnStatus"],
            json!({"type": "string", "enum": ["Sorted", "OutForDelivery", "Delivered"]})
        );
        assert_eq!(schemas["CredentialStatus"]["enum"][0], 100);
        assert_eq!(
            schemas["CredentialStatus"]["x-enum-varnames"][0],
            "Register"
        );
        let fields = &schemas["Shipment"]["properties"];
        assert_eq!(fields["parcel"]["$ref"], "#/components/schemas/OwnStatus");
        assert_eq!(
            fields["credential"]["$ref"],
            "#/components/schemas/CredentialStatus"
        );
    }
}
