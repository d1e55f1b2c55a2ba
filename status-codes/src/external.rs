//! Integrations with other crates, each behind the feature named after it.

#[cfg(feature = "serde")]
pub mod serde;
