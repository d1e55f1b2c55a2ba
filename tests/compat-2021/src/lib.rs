//! The macro from an edition 2021 crate, in a module without the prelude.
#![forbid(unsafe_code)]
#![deny(warnings, missing_docs, clippy::pedantic)]

/// Tables defined without the prelude.
pub mod bare {
    #![no_implicit_prelude]
    #![allow(non_camel_case_types)]

    ::status_codes::status_codes! {
        /// A table in edition 2021.
        pub enum Modern {
            40x Client < 401 Denied, 402 Broke >
            41x Mfa < 410 NeedCode >
        }
    }

    ::status_codes::status_codes! {
        /// Words that are keywords only in later editions name codes and categories here.
        pub enum Words {
            1xx gen < 100 gen, 101 Running >
        }
    }
}

/// An extension of a table whose identifiers are keywords in later editions, in this crate and
/// from the edition 2015 crate.
pub mod extended {
    ::status_codes::status_codes! {
        /// Extends a table defined in this crate.
        pub enum MoreWords extends super::bare::Words {
            2xx Done < 200 Finished >
        }
    }

    ::status_codes::status_codes! {
        /// Extends a table of another crate whose docs come from a file and which has a
        /// `#[non_exhaustive]` variant.
        pub enum MoreDocumented extends status_codes_compat_2015::Documented {
            4xx Interaction < 412 Third >
        }
    }

    ::status_codes::status_codes! {
        /// Extends a table defined in edition 2015.
        pub enum Legacy2015 extends status_codes_compat_2015::Keywords {
            9xx Later < 900 Done >
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

    #[test]
    fn words_reserved_in_later_editions_are_identifiers_here() {
        use super::bare::{Words, WordsCategory};
        use super::extended::{Legacy2015, MoreWords};

        assert_eq!(Words::from_code(100), Some(Words::gen));
        assert_eq!(Words::gen.name(), "gen");
        assert_eq!(Words::gen.category(), WordsCategory::gen);
        assert!(Words::Running.is_gen());
        assert_eq!("gen".parse::<Words>(), Ok(Words::gen));
        assert_eq!(MoreWords::from(Words::gen), MoreWords::r#gen);
        assert_eq!(MoreWords::from_name("gen"), Some(MoreWords::gen));
        assert_eq!(Legacy2015::from_code(100), Some(Legacy2015::r#async));
        assert_eq!(Legacy2015::r#dyn.name(), "dyn");
        assert_eq!(Legacy2015::Done.code(), 900);
    }

    #[test]
    fn extensions_of_a_base_with_file_docs_and_non_exhaustive_variants() {
        use super::extended::MoreDocumented;
        use status_codes_compat_2015::Documented;

        // A `#[non_exhaustive]` variant of another crate cannot be named as a value here.
        let retired = Documented::from_code(411).unwrap();
        assert_eq!(MoreDocumented::from(retired), MoreDocumented::Retired);
        assert_eq!(Documented::try_from(MoreDocumented::Retired), Ok(retired));
        assert!(Documented::try_from(MoreDocumented::Third).is_err());
        // The description travels as the text it was read as.
        assert_eq!(
            MoreDocumented::SecondFactor.description(),
            Documented::SecondFactor.description()
        );
    }
}
