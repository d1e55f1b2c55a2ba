//! The macro from an edition 2021 crate, in a module without the prelude.
#![forbid(unsafe_code)]
#![deny(warnings, missing_docs, clippy::pedantic)]

/// Tables defined without the prelude.
pub mod bare {
    #![no_implicit_prelude]

    ::status_codes::status_codes! {
        /// A table in edition 2021.
        pub enum Modern {
            40x Client < 401 Denied, 402 Broke >
            41x Mfa < 410 NeedCode >
        }
    }
}

#[cfg(test)]
mod tests {
    use super::bare::{Modern, ModernCategory};

    #[test]
    fn the_api_works_in_edition_2021() {
        assert_eq!(Modern::from_code(410), Some(Modern::NeedCode));
        assert_eq!(Modern::NeedCode.category(), ModernCategory::Mfa);
        assert!(Modern::Broke.is_client());
        assert_eq!("402 Broke".parse::<Modern>(), Ok(Modern::Broke));
        assert_eq!(u16::from(Modern::Denied), 401);
    }
}
