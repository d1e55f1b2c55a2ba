//! Both crates' serde in one record: the facade's for `CredentialStatus` (the integer code),
//! the other crate's own for its table (the name).
//!
//! ```
//! use status_codes::CredentialStatus;
//! use status_codes_unify_enables_serde::Shipment;
//! use status_codes_unify_own_serialize::OwnStatus;
//!
//! let shipment = Shipment { parcel: OwnStatus::Delivered, credential: CredentialStatus::Finish };
//! assert_eq!(
//!     serde_json::to_string(&shipment).unwrap(),
//!     r#"{"parcel":"Delivered","credential":200}"#
//! );
//! ```
#![forbid(unsafe_code)]

use serde::Serialize;
use status_codes::CredentialStatus;
use status_codes_unify_own_serialize::OwnStatus;

/// A parcel and the credential that fetched it.
#[derive(Serialize, Debug, Clone, Copy)]
pub struct Shipment {
    /// Serialized by `OwnStatus`'s own impl.
    pub parcel: OwnStatus,
    /// Serialized by the facade's impl.
    pub credential: CredentialStatus,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_impls_in_one_build() {
        let shipment = Shipment {
            parcel: OwnStatus::OutForDelivery,
            credential: CredentialStatus::TwofaTimeout,
        };
        assert_eq!(
            serde_json::to_string(&shipment).unwrap(),
            r#"{"parcel":"OutForDelivery","credential":411}"#
        );
    }
}
