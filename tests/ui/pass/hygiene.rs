//! Items of the user's beside a table, named like the generated code's locals, parameters and
//! helpers, change nothing; a deprecated table and a deprecated code raise no warning from the
//! generated code, integrations included.
#![deny(warnings, missing_docs, clippy::pedantic)]
#![allow(non_camel_case_types, non_upper_case_globals, dead_code)]

mod beside {
    pub const code: u16 = 1;
    pub const name: &str = "shadow";
    pub struct index;
    pub struct bytes;
    pub struct first;
    pub struct last;
    pub struct hash;
    pub struct key;
    pub struct status;
    pub struct text;
    pub struct formatter;
    pub struct other;
    pub struct category;
    pub const INDEX: [u8; 0] = [];
    pub const NAMES: [&str; 0] = [];
    pub const DISPLAY: u8 = 0;
    pub const BY_POSITION: u8 = 0;
    pub const SLOTS: u8 = 0;

    status_codes::status_codes! {
        /// A table among items named like the generated code's own.
        #[status_codes(serde, schemars)]
        pub enum Crowded {
            2xx Success < 200 Finish, 201 Pending as "Pending" | "Waiting" >
            5xx Failed < 500 Error, 509 Maintenance as "Undergoing Maintenance" >
        }
    }

    status_codes::status_codes! {
        /// An extension among them.
        pub enum CrowdedMore extends Crowded {
            4xx Client < 404 Missing >
        }
    }
}

/// A deprecated table, and a table with a deprecated code.
pub mod retired {
    status_codes::status_codes! {
        /// No longer used.
        #[deprecated = "use `Current`"]
        #[status_codes(serde, schemars)]
        pub enum Retired {
            1xx Progress < 100 Started >
        }
    }

    status_codes::status_codes! {
        /// The codes in use.
        #[status_codes(serde, schemars)]
        pub enum Current {
            1xx Progress <
                100 Started,
                /// Replaced by 100.
                #[deprecated = "the API sends 100"]
                101 Starting,
            >
        }
    }

    status_codes::status_codes! {
        /// An extension of a table with a deprecated code.
        pub enum Later extends Current {
            2xx Done < 200 Finished >
        }
    }
}

fn main() {
    use beside::{Crowded, CrowdedMore};
    use retired::{Current, Later};
    assert_eq!(Crowded::from_code(509), Some(Crowded::Maintenance));
    assert_eq!(Crowded::from_name("Waiting"), Some(Crowded::Pending));
    assert_eq!("509 Undergoing Maintenance".parse::<Crowded>(), Ok(Crowded::Maintenance));
    assert_eq!(Crowded::Maintenance.to_string(), "509 Undergoing Maintenance");
    assert_eq!(u16::try_from(Crowded::Error).ok(), Some(500));
    assert_eq!(CrowdedMore::from(Crowded::Finish), CrowdedMore::Finish);
    assert_eq!(Crowded::try_from(CrowdedMore::Missing).unwrap_err().code(), 404);
    assert_eq!(Current::from_code(100), Some(Current::Started));
    assert_eq!(Later::from_code(200), Some(Later::Finished));
    assert_eq!(beside::code + beside::DISPLAY as u16, 1);
}
