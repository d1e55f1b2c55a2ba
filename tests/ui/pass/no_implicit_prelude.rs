//! Generated code only uses absolute paths: it compiles without the prelude and next to user
//! items that shadow prelude, primitive and core names.
#![no_implicit_prelude]
#![allow(dead_code, non_camel_case_types)]

mod shadows {
    pub struct Option;
    pub struct Result;
    pub struct Some;
    pub struct None;
    pub struct Ok;
    pub struct Err;
    pub struct str;
    pub struct u16;
    pub struct usize;
    pub struct bool;
    pub struct From;
    pub struct Into;
    pub struct TryFrom;
    pub struct FromStr;
    pub struct Display;
    pub struct Debug;
    pub struct Clone;
    pub struct Copy;
    pub struct Default;
    pub mod fmt {}
    pub mod core {}
    pub mod status_codes {}

    ::status_codes::status_codes! {
        /// Shadowed.
        pub enum Status {
            1xx Progress < 100 Register, 101 Starting >
            2xx Success < 200 Finish, 205 Pending205 as "Pending" >
        }
    }

    ::status_codes::status_codes! {
        /// An extension, shadowed too.
        pub enum Extended extends Status {
            2xx Success < 206 More >
            3xx Redirect < 300 Moved >
        }
    }
}

fn main() {
    use ::std::assert_eq;
    use ::std::convert::From;
    use ::std::convert::TryFrom;
    use ::std::string::ToString;
    use shadows::Status;
    assert_eq!(Status::from_code(205), ::std::option::Option::Some(Status::Pending205));
    assert_eq!(Status::Pending205.to_string(), "205 Pending");
    assert_eq!("Starting".parse::<Status>(), ::std::result::Result::Ok(Status::Starting));
    assert_eq!(::std::primitive::u16::from(Status::Finish), 200);
    ::std::assert!(Status::Register.is_progress());
    use shadows::Extended;
    assert_eq!(Extended::from(Status::Finish), Extended::Finish);
    assert_eq!(Extended::from_code(300), ::std::option::Option::Some(Extended::Moved));
    ::std::assert!(Status::try_from(Extended::More).is_err());
}
