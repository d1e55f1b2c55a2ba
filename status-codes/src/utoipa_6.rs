//! `OpenAPI` schemas with utoipa 6, with the `utoipa-6` feature: the same schemas and adapters
//! as [`status_codes::utoipa_5`](https://docs.rs/status-codes/latest/status_codes/utoipa_5/),
//! for utoipa's next major version, whose schema traits are the same.
//!
//! ```
//! # extern crate utoipa_6 as utoipa;
//! use status_codes::{AnyCode, CredentialStatus};
//! use utoipa::{PartialSchema, ToSchema};
//!
//! assert_eq!(<CredentialStatus as ToSchema>::name(), "CredentialStatus");
//! let schema = serde_json::to_value(CredentialStatus::schema()).unwrap();
//! assert_eq!(schema["enum"][0], 100);
//! let schema = serde_json::to_value(status_codes::utoipa_6::object::<AnyCode<CredentialStatus>>()).unwrap();
//! assert_eq!(schema["required"], serde_json::json!(["code"]));
//! ```

crate::utoipa_version::utoipa_version!(utoipa_6);
