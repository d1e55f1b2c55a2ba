//! The macro from an edition 2018 crate that depends on `status-codes` under another name.
#![forbid(unsafe_code)]
#![deny(warnings, missing_docs, clippy::pedantic)]

sc::status_codes! {
    /// A table in edition 2018, through the renamed dependency.
    pub enum Legacy {
        1xx Progress < 100 Queued, 101 Working >
        2xx Done < 200 Finished, 201 Skipped as "NothingToDo" >
    }
}

sc::status_codes! {
    /// An extension of the documented table, in edition 2018.
    pub enum LegacyVendor extends sc::CredentialStatus {
        2xx Success < 207 Updated >
    }
}

#[cfg(test)]
mod tests {
    use super::{Legacy, LegacyCategory, LegacyVendor};
    use sc::{CredentialStatus, StatusCode};
    use std::convert::TryFrom;

    #[test]
    fn the_api_works_in_edition_2018() {
        assert_eq!(Legacy::from_code(201), Some(Legacy::Skipped));
        assert_eq!(Legacy::Skipped.to_string(), "201 NothingToDo");
        assert_eq!("NothingToDo".parse::<Legacy>(), Ok(Legacy::Skipped));
        assert_eq!(Legacy::Working.category(), LegacyCategory::Progress);
        assert_eq!(<Legacy as StatusCode>::TYPE_NAME, "Legacy");
        assert_eq!(
            Legacy::try_from(300_u16).unwrap_err().to_string(),
            "300 is not a Legacy code"
        );
    }

    #[test]
    fn extensions_work_in_edition_2018() {
        assert_eq!(LegacyVendor::from_code(207), Some(LegacyVendor::Updated));
        assert_eq!(
            LegacyVendor::from(CredentialStatus::Locked),
            LegacyVendor::Locked
        );
        assert!(CredentialStatus::try_from(LegacyVendor::Updated).is_err());
    }
}
