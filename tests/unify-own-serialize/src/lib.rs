//! A table with its own `Serialize`: the documented name, as a string.
//!
//! ```
//! use status_codes_unify_own_serialize::OwnStatus;
//! assert_eq!(OwnStatus::Delivered.name(), "Delivered");
//! ```
#![no_std]
#![forbid(unsafe_code)]

use serde::{Serialize, Serializer};

status_codes::status_codes! {
    /// A parcel's state.
    pub enum OwnStatus {
        1xx Moving < 100 Sorted, 101 OutForDelivery >
        2xx Done < 200 Delivered >
    }
}

impl Serialize for OwnStatus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}
