//! `Arbitrary` from random bytes: a generated enum is only ever a code of its table and every
//! code is drawn, about as often as any other; an `AnyCode` is any three-digit code.

use arbitrary::{Arbitrary, Unstructured};
use status_codes::{AnyCode, CredentialStatus, CredentialStatusCategory};
use std::collections::BTreeMap;

/// Random byte buffers of 0 to 63 bytes, the same on every run (splitmix64).
fn buffers(count: usize) -> impl Iterator<Item = Vec<u8>> {
    let mut state: u64 = 0x5EED_C0DE;
    let mut next = move || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    (0..count).map(move |_| {
        let length = usize::try_from(next() % 64).unwrap();
        (0..length).map(|_| next().to_le_bytes()[0]).collect()
    })
}

/// Every value `T::arbitrary` reads from the buffers, drawing until each is used up.
fn draws<T: for<'a> Arbitrary<'a>>(count: usize) -> Vec<T> {
    let mut values = Vec::new();
    for buffer in buffers(count) {
        let mut unstructured = Unstructured::new(&buffer);
        loop {
            values.push(T::arbitrary(&mut unstructured).unwrap());
            if unstructured.is_empty() {
                break;
            }
        }
    }
    values
}

/// How often each value was drawn.
fn counts<T: Ord>(values: impl IntoIterator<Item = T>) -> BTreeMap<T, usize> {
    let mut counts = BTreeMap::new();
    for value in values {
        *counts.entry(value).or_default() += 1;
    }
    counts
}

#[test]
fn random_bytes_give_every_code_of_the_table_and_nothing_else() {
    let draws = draws::<CredentialStatus>(2_000);
    assert!(draws.len() > 30_000, "{}", draws.len());
    for status in &draws {
        assert_eq!(CredentialStatus::from_code(status.code()), Some(*status));
    }
    let per_code = counts(draws.iter().copied());
    assert_eq!(
        per_code.keys().copied().collect::<Vec<_>>(),
        CredentialStatus::ALL,
        "every code is drawn"
    );
    let expected = draws.len() / CredentialStatus::ALL.len();
    for (status, &count) in &per_code {
        assert!(
            count > expected * 8 / 10 && count < expected * 12 / 10,
            "{status}: {count} draws, about {expected} expected"
        );
    }
}

#[test]
fn each_byte_value_picks_one_code_and_the_codes_share_them_evenly() {
    let mut counts = BTreeMap::new();
    for byte in 0..=u8::MAX {
        let bytes = [byte];
        let mut unstructured = Unstructured::new(&bytes);
        let status = CredentialStatus::arbitrary(&mut unstructured).unwrap();
        assert!(unstructured.is_empty());
        *counts.entry(status).or_insert(0) += 1;
    }
    assert_eq!(counts.len(), CredentialStatus::ALL.len());
    let (fewest, most) = (
        counts.values().min().unwrap(),
        counts.values().max().unwrap(),
    );
    assert!(
        most - fewest <= 1,
        "{fewest} to {most} byte values per code"
    );
    assert_eq!(CredentialStatus::size_hint(0), (1, Some(1)));
}

#[test]
fn categories() {
    let per_category = counts(draws::<CredentialStatusCategory>(500));
    assert_eq!(
        per_category.keys().copied().collect::<Vec<_>>(),
        CredentialStatusCategory::ALL
    );
    assert_eq!(CredentialStatusCategory::size_hint(0), (1, Some(1)));
}

#[test]
fn any_code_is_any_three_digit_code() {
    let draws = draws::<AnyCode<CredentialStatus>>(20_000);
    let per_code = counts(draws.iter().map(AnyCode::code));
    assert_eq!(
        per_code.keys().copied().collect::<Vec<_>>(),
        (100..=999).collect::<Vec<u16>>(),
        "every three-digit code is drawn, and nothing else"
    );
    assert!(draws.iter().any(|code| code.known().is_some()));
    assert!(draws.iter().any(|code| code.known().is_none()));
    assert_eq!(AnyCode::<CredentialStatus>::size_hint(0), (2, Some(2)));
}

#[test]
fn an_empty_buffer_gives_the_first_value() {
    let mut empty = Unstructured::new(&[]);
    assert_eq!(
        CredentialStatus::arbitrary(&mut empty).unwrap(),
        CredentialStatus::Register
    );
    assert_eq!(
        AnyCode::<CredentialStatus>::arbitrary(&mut empty)
            .unwrap()
            .code(),
        100
    );
}

status_codes::status_codes! {
    /// A user table that asks for `Arbitrary`.
    #[status_codes(arbitrary)]
    pub enum Wide {
        1xx Low <
            100 C100, 101 C101, 102 C102, 103 C103, 104 C104, 105 C105, 106 C106, 107 C107,
            108 C108, 109 C109, 110 C110, 111 C111, 112 C112, 113 C113, 114 C114, 115 C115,
        >
        2xx Mid < 200 C200, 201 C201, 250 C250, 299 C299 >
        9xx High < 999 C999 >
    }
}

#[test]
fn a_user_table_that_asks() {
    let codes = counts(draws::<Wide>(300));
    assert_eq!(codes.keys().copied().collect::<Vec<_>>(), Wide::ALL);
    assert_eq!(Wide::size_hint(0), (1, Some(1)));
    let categories = counts(draws::<WideCategory>(100));
    assert_eq!(
        categories.keys().copied().collect::<Vec<_>>(),
        WideCategory::ALL
    );
}

status_codes::status_codes! {
    /// A user table with function groups that asks for `Arbitrary`.
    #[status_codes(arbitrary)]
    pub enum Grouped {
        x0x Syntax,
        x2x Connections,
        x5x FileSystem,
        2xx Completion < 200 Okay, 220 Ready, 250 Done >
        5xx Failure < 500 Unknown, 521 Refused >
    }
}

#[test]
fn a_group_enum_is_any_of_its_groups() {
    let groups = counts(draws::<GroupedGroup>(200));
    assert_eq!(
        groups.keys().copied().collect::<Vec<_>>(),
        GroupedGroup::ALL
    );
    assert_eq!(GroupedGroup::size_hint(0), (1, Some(1)));
    let mut empty = Unstructured::new(&[]);
    assert_eq!(
        GroupedGroup::arbitrary(&mut empty).unwrap(),
        GroupedGroup::Syntax
    );
    let mut last = Unstructured::new(&[2]);
    assert_eq!(
        GroupedGroup::arbitrary(&mut last).unwrap(),
        GroupedGroup::FileSystem
    );
}
