//! A table with its own utoipa schema: the documented names, as a string `enum`.
//!
//! ```
//! use status_codes_unify_own_to_schema::OwnStatus;
//! use utoipa::{PartialSchema, ToSchema};
//!
//! assert_eq!(<OwnStatus as ToSchema>::name(), "OwnStatus");
//! let schema = serde_json::to_value(OwnStatus::schema()).unwrap();
//! assert_eq!(schema["enum"], serde_json::json!(["Sorted", "OutForDelivery", "Delivered"]));
//! ```
#![forbid(unsafe_code)]

use std::borrow::Cow;
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
use utoipa::{PartialSchema, ToSchema};

status_codes::status_codes! {
    /// A parcel's state.
    pub enum OwnStatus {
        1xx Moving < 100 Sorted, 101 OutForDelivery >
        2xx Done < 200 Delivered >
    }
}

impl PartialSchema for OwnStatus {
    fn schema() -> RefOr<Schema> {
        let names = OwnStatus::ALL.iter().map(|status| status.name());
        ObjectBuilder::new()
            .schema_type(Type::String)
            .enum_values(Some(names))
            .into()
    }
}

impl ToSchema for OwnStatus {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("OwnStatus")
    }
}
