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
    pub struct state;
    pub struct key;
    pub struct status;
    pub struct text;
    pub struct formatter;
    pub struct other;
    pub struct category;
    pub struct unstructured;
    pub struct serializer;
    pub const deserializer: u8 = 0;
    pub const INDEX: [u8; 0] = [];
    pub const NAMES: [&str; 0] = [];
    pub const DISPLAY: u8 = 0;
    pub const BY_POSITION: u8 = 0;
    pub const SLOTS: u8 = 0;
    pub struct f;
    pub const TABLE: u8 = 0;
    pub const LOOKUP: u8 = 0;
    pub const N: usize = 0;
    pub const TEXT: u8 = 0;
    pub const POSITIONS: u8 = 0;
    pub const IDENTIFIERS: u8 = 0;
    pub const CATEGORIES: u8 = 0;
    pub mod fmt {}
    pub mod cmp {}
    pub mod option {}
    pub mod result {}
    pub mod convert {}
    pub mod marker {}
    pub mod ops {}
    pub mod clone {}
    pub mod __private {}
    pub mod arbitrary {}
    pub mod schemars {}

    status_codes::status_codes! {
        /// A table among items named like the generated code's own.
        #[status_codes(serde, schemars, arbitrary)]
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

/// A table among types named like the primitive types and the prelude's, which the generated
/// code uses.
pub mod primitives {
    #![allow(missing_docs)]
    pub struct u8;
    pub struct u16;
    pub struct i16;
    pub struct i32;
    pub struct i64;
    pub struct u32;
    pub struct u64;
    pub struct usize;
    pub struct isize;
    pub struct bool;
    pub struct str;
    pub struct Option;
    pub struct Result;
    pub struct Some;
    pub struct None;
    pub struct Ok;

    status_codes::status_codes! {
        /// A table among them.
        #[status_codes(serde, schemars, arbitrary)]
        pub enum Primitive {
            1xx Progress < 100 Started as "Begun" | "Starting" >
            4xx Client < 404 Missing >
            41x Mfa < 410 Waiting >
        }
    }
}

/// A deprecated table, and a table with a deprecated code.
pub mod retired {
    status_codes::status_codes! {
        /// No longer used.
        #[deprecated = "use `Current`"]
        #[status_codes(serde, schemars, arbitrary)]
        pub enum Retired {
            1xx Progress < 100 Started >
        }
    }

    status_codes::status_codes! {
        /// The codes in use.
        #[status_codes(serde, schemars, arbitrary)]
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
    assert_eq!(Crowded::try_from(CrowdedMore::Missing).unwrap_err().value(), 404);
    assert_eq!(Current::from_code(100), Some(Current::Started));
    assert_eq!(Later::from_code(200), Some(Later::Finished));
    assert_eq!(beside::code + beside::DISPLAY as u16, 1);
    use primitives::{Primitive, PrimitiveCategory};
    assert_eq!(Primitive::from_name("Starting"), Some(Primitive::Started));
    assert_eq!(Primitive::Waiting.category(), PrimitiveCategory::Mfa);
    assert_eq!(PrimitiveCategory::from_code(499), Some(PrimitiveCategory::Client));
    assert_eq!(format!("{:?} {}", Primitive::Missing, Primitive::Missing), "Missing 404 Missing");
    assert_eq!("410".parse::<Primitive>().map(Primitive::code), Ok(410));
}
