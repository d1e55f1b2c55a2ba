//! Tables written through `macro_rules!` wrappers, which hand the macro their fragments in
//! invisible groups, read exactly like the same tables written directly.

use status_codes::StatusCode;

status_codes::status_codes! {
    /// Written directly.
    #[derive(Default)]
    pub enum Direct {
        /// Progress.
        1xx Progress <
            /// Queued for a worker.
            #[default]
            100 Queued,
            /// Picked up.
            101 Working as "InProgress",
        >
    }
}

/// Forwards every attribute as a `meta` fragment and every token of the codes as fragments.
macro_rules! forwarded {
    (
        $(#[$attr:meta])* $vis:vis enum $name:ident {
            $(#[$category_attr:meta])* $header:literal $category:ident <
                $($(#[$code_attr:meta])* $code:literal $variant:ident $(as $text:literal)?,)*
            >
        }
    ) => {
        status_codes::status_codes! {
            $(#[$attr])* $vis enum $name {
                $(#[$category_attr])* $header $category <
                    $($(#[$code_attr])* $code $variant $(as $text)?,)*
                >
            }
        }
    };
}

forwarded! {
    /// Written directly.
    #[derive(Default)]
    pub enum Forwarded {
        /// Progress.
        1xx Progress <
            /// Queued for a worker.
            #[default]
            100 Queued,
            /// Picked up.
            101 Working as "InProgress",
        >
    }
}

/// Forwards docs as `literal` fragments in `#[doc = …]`.
macro_rules! documented {
    ($name:ident, $first:literal, $second:literal) => {
        status_codes::status_codes! {
            #[doc = $first]
            pub enum $name {
                1xx Progress < #[doc = $first] 100 Queued, #[doc = $second] 101 Working as "InProgress" >
            }
        }
    };
}

documented!(Literal, "Queued for a worker.", "Picked up.");

fn facts<T: StatusCode>() -> Vec<(u16, &'static str, Option<&'static str>)> {
    T::ALL
        .iter()
        .map(|code| (code.code(), code.name(), code.description()))
        .collect()
}

#[test]
fn forwarded_docs_and_attributes_read_as_written_directly() {
    let expected = vec![
        (100, "Queued", Some("Queued for a worker.")),
        (101, "InProgress", Some("Picked up.")),
    ];
    assert_eq!(facts::<Direct>(), expected);
    assert_eq!(facts::<Forwarded>(), expected);
    assert_eq!(facts::<Literal>(), expected);
    assert_eq!(Forwarded::default(), Forwarded::Queued);
    assert_eq!(Direct::default(), Direct::Queued);
}
