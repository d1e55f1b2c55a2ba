//! Built by `tests/tests/editions.rs`, which expects exactly the macro's errors.

#[macro_use]
extern crate status_codes;

status_codes! {
    pub enum Status {
        2xx Success < 200 Finish, 201 Pending, 201 Again >
    }
}

macro_rules! table {
    ($(#[$attr:meta])* $vis:vis enum $name:ident { $($body:tt)* }) => {
        status_codes! { $(#[$attr])* $vis enum $name { $($body)* } }
    };
}

table! {
    #[repr(u8)]
    pub enum Wrapped { 1xx Progress < 100 Started > }
}

/// Uses of the codes that passed compile.
pub fn uses() -> (Status, Wrapped) {
    (Status::Pending, Wrapped::Started)
}
