//! Tables named like items of `core` and of the facade that the generated code uses: their
//! names are the user's, in the block of the generated impls too.
#![deny(warnings)]

status_codes::status_codes! {
    /// Named like `core::result::Result`.
    pub enum Result { 2xx Done < 200 Ok > 5xx Failed < 500 Err > }
}

status_codes::status_codes! {
    /// Named like `core::cmp::Ordering`, `core::option::Option` would be.
    pub enum Ordering { 1xx Less < 100 Before > }
}

status_codes::status_codes! {
    /// Its category enum is named like the facade's trait `StatusCategory`.
    pub enum Status { 1xx Progress < 100 Started > }
}

status_codes::status_codes! {
    /// Named like the facade's hidden lookup type.
    pub enum Lookup { 1xx Progress < 100 Started > }
}

status_codes::status_codes! {
    /// Named like the trait `core::fmt::Debug`, which the facade implements for it.
    pub enum Debug { 1xx Progress < 100 Started > }
}

fn main() {
    assert_eq!(Result::from_code(500), Some(Result::Err));
    assert_eq!(format!("{:?}", Result::Ok), "Ok");
    assert_eq!(Ordering::Before.cmp(&Ordering::Before), core::cmp::Ordering::Equal);
    assert_eq!(StatusCategory::Progress.members(), [Status::Started]);
    assert_eq!(Lookup::Started.name(), "Started");
    assert_eq!(format!("{:?}", Debug::Started), "Started");
    assert_eq!(
        <ResultCategory as status_codes::StatusCategory>::ALL.len(),
        2
    );
}
