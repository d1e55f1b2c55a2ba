//! Lookups agree with the table whatever order it is written in: gapless tables written out of
//! numeric order, extensions that fill the gaps of their base, and nested categories written
//! before the category around them.

use status_codes::{StatusCategory, StatusCode};

status_codes::status_codes! {
    /// Gapless, written backwards.
    pub enum Backwards { 1xx Progress < 101 Working, 100 Queued > }
}

status_codes::status_codes! {
    /// Sparse: 201 is missing.
    pub enum Sparse { 2xx Done < 200 A, 202 C > }
}

status_codes::status_codes! {
    /// Fills the gap of its base, which makes it gapless.
    pub enum Filled extends Sparse { 2xx Done < 201 B > }
}

status_codes::status_codes! {
    /// The nested category first.
    pub enum NestedFirst {
        41x Mfa < 411 Second, 410 First, 412 Third >
        4xx Client < 409 Before, 408 Earlier >
    }
}

/// Every code of `T` against `expected` (code, identifier, category name) and every other
/// code of 0..=999 against `None`.
fn check<T: StatusCode>(expected: &[(u16, &str, &str)]) {
    for code in 0..=999 {
        let found = T::from_code(code);
        match expected.iter().find(|(value, ..)| *value == code) {
            Some(&(_, identifier, category)) => {
                let status = found.unwrap_or_else(|| panic!("{code} should be known"));
                assert_eq!(status.code(), code);
                assert_eq!(status.identifier(), identifier, "{code}");
                assert_eq!(status.name(), identifier, "{code}");
                assert_eq!(status.to_string(), format!("{code} {identifier}"));
                assert_eq!(T::from_name(identifier), Some(status));
                assert_eq!(status.to_string().parse::<T>(), Ok(status));
                assert_eq!(status.category().name(), category, "{code}");
                assert!(status.category().members().contains(&status));
            }
            None => assert_eq!(found, None, "{code}"),
        }
    }
    let all: Vec<u16> = T::ALL.iter().map(|status| status.code()).collect();
    let written: Vec<u16> = expected.iter().map(|(code, ..)| *code).collect();
    assert_eq!(all, written);
}

#[test]
fn a_gapless_table_written_backwards() {
    check::<Backwards>(&[(101, "Working", "Progress"), (100, "Queued", "Progress")]);
    assert_eq!(Backwards::from_code(100), Some(Backwards::Queued));
    assert_eq!(Backwards::Queued.to_string(), "100 Queued");
}

#[test]
fn an_extension_that_fills_a_gap_of_its_base() {
    check::<Sparse>(&[(200, "A", "Done"), (202, "C", "Done")]);
    check::<Filled>(&[(200, "A", "Done"), (202, "C", "Done"), (201, "B", "Done")]);
    assert_eq!(Filled::from_code(201), Some(Filled::B));
    assert_eq!(Filled::B.to_string(), "201 B");
}

#[test]
fn a_nested_category_written_first() {
    check::<NestedFirst>(&[
        (411, "Second", "Mfa"),
        (410, "First", "Mfa"),
        (412, "Third", "Mfa"),
        (409, "Before", "Client"),
        (408, "Earlier", "Client"),
    ]);
}
