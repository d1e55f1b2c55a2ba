//! The macro from an edition 2015 crate: `::core` paths name the crate root here, and words
//! that later editions reserve (`async`, `await`, `dyn`, `try`) are plain identifiers.
#![forbid(unsafe_code)]
#![deny(warnings, missing_docs, clippy::pedantic)]
#![allow(non_camel_case_types)]

#[macro_use]
extern crate status_codes;

status_codes! {
    /// Codes named by words that are keywords in later editions.
    pub enum Keywords {
        1xx async < 100 async, 101 await >
        2xx dyn < 200 dyn, 201 try >
    }
}

status_codes! {
    /// A table whose docs come from a file and with a code other crates cannot construct:
    /// extensions in other crates must not expand the one or build the other.
    pub enum Documented {
        4xx Interaction <
            #[doc = include_str!("table.md")]
            410 SecondFactor,
            #[non_exhaustive]
            411 Retired,
        >
    }
}

/// Tables in a module, where edition 2015 reads `use` paths from the crate root.
pub mod nested {
    status_codes! {
        /// A table in a module.
        pub enum Inner { 1xx Progress < 100 Started > }
    }

    status_codes! {
        /// An extension of a table in the same module.
        pub enum InnerMore extends Inner { 2xx Done < 200 Finished > }
    }
}

status_codes! {
    /// An extension of a table in a module.
    pub enum Outer extends nested::InnerMore { 5xx Failed < 500 Broken > }
}

/// A wrapper that forwards attributes as `meta` fragments and docs as `literal` fragments.
macro_rules! wrapped_table {
    ($(#[$attr:meta])* $vis:vis enum $name:ident { $code:literal $variant:ident $doc:literal }) => {
        status_codes! {
            $(#[$attr])*
            $vis enum $name {
                1xx Progress < #[doc = $doc] $code $variant >
            }
        }
    };
}

wrapped_table! {
    /// A table written through a wrapper.
    #[non_exhaustive]
    pub enum Wrapped { 100 Started "Forwarded as a literal." }
}

#[cfg(test)]
mod tests {
    use super::{Keywords, KeywordsCategory, Wrapped};

    #[test]
    fn words_reserved_in_later_editions_are_identifiers_here() {
        assert_eq!(Keywords::from_code(101), Some(Keywords::await));
        assert_eq!(Keywords::try.category(), KeywordsCategory::dyn);
        assert!(Keywords::async.is_async());
        assert_eq!("201 try".parse::<Keywords>(), Ok(Keywords::try));
    }

    #[test]
    fn tables_in_modules_extend_each_other() {
        use super::nested::{Inner, InnerMore};
        use super::Outer;
        assert_eq!(Outer::from(InnerMore::from(Inner::Started)), Outer::Started);
        assert_eq!(Outer::ALL.len(), 3);
    }

    #[test]
    fn forwarded_attributes_and_docs_are_read() {
        assert_eq!(Wrapped::from_code(100), Some(Wrapped::Started));
        assert_eq!(
            Wrapped::Started.description(),
            Some("Forwarded as a literal.")
        );
    }
}
