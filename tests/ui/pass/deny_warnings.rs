//! No warnings in the user's crate, even for a private table whose API is mostly unused.
#![deny(warnings, missing_docs, unused, rust_2018_idioms, unreachable_pub)]
#![forbid(unsafe_code)]

status_codes::status_codes! {
    /// A private table.
    enum Private {
        1xx Progress < 100 Register >
    }
}

/// A public module, so that the public table is reachable.
pub mod public {
    status_codes::status_codes! {
        /// A public table.
        #[non_exhaustive]
        pub enum Public {
            /// Category docs.
            1xx Progress <
                /// Variant docs.
                100 Register,
                #[deprecated = "use Register"]
                101 OldRegister,
            >
        }
    }
}

fn main() {
    let _ = Private::Register;
    let _ = public::Public::Register;
}
