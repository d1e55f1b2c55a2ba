//! Tables whose names repeat, or are taken in the macro namespace, compile like plain enums.

mod v1 {
    status_codes::status_codes! {
        /// The first version.
        pub enum Local { 2xx Ok < 200 Done > }
    }
}

mod v2 {
    status_codes::status_codes! {
        /// The same table again, in another module.
        pub enum Local { 2xx Ok < 200 Done > }
    }
}

mod macros {
    macro_rules! Error {
        () => {
            "the macro"
        };
    }
    pub(crate) use Error;
}

mod taken {
    // A macro of the table's name is imported here, as `use thiserror::Error;` would.
    use crate::macros::Error;

    status_codes::status_codes! {
        /// A table named like the imported macro.
        pub enum Error { 5xx Failed < 500 Broken > }
    }

    pub fn the_macro() -> &'static str {
        Error!()
    }
}

mod extended {
    status_codes::status_codes! {
        /// An extension of one of the two tables of the same name.
        pub enum More extends super::v2::Local { 3xx Moved < 300 Away > }
    }
}

fn first() -> u16 {
    status_codes::status_codes! {
        enum Local { 2xx Ok < 200 Done > }
    }
    Local::Done.code()
}

fn second() -> u16 {
    status_codes::status_codes! {
        enum Local { 2xx Ok < 201 Done > }
    }
    Local::Done.code()
}

fn main() {
    assert_eq!(v1::Local::Done.code(), v2::Local::Done.code());
    assert_eq!(taken::Error::Broken.code(), 500);
    assert_eq!(taken::the_macro(), "the macro");
    assert_eq!(extended::More::from(v2::Local::Done), extended::More::Done);
    assert_eq!((first(), second()), (200, 201));
}
