//! A table of all 900 codes, 100 to 999, checked exhaustively.

use status_codes::StatusCode;

include!(concat!(env!("OUT_DIR"), "/every_code.rs"));

#[test]
fn every_u16_against_the_full_table() {
    assert_eq!(Every::ALL.len(), 900);
    for value in 0..=u16::MAX {
        let found = Every::from_code(value);
        if (100..=999).contains(&value) {
            let status = found.unwrap_or_else(|| panic!("{value} is in the table"));
            assert_eq!(status.code(), value);
            assert_eq!(u16::from(status), value);
            assert_eq!(Every::try_from(value), Ok(status));
            let name = format!("Code{value}");
            assert_eq!(status.name(), name);
            assert_eq!(Every::from_name(&name), Some(status));
            assert_eq!(status.to_string(), format!("{value} {name}"));
            assert_eq!(status.to_string().parse(), Ok(status));
            assert_eq!(value.to_string().parse(), Ok(status));
            assert_eq!(
                status.category(),
                EveryCategory::ALL[usize::from(value / 100 - 1)]
            );
            assert_eq!(EveryCategory::from_code(value), Some(status.category()));
            assert_eq!(Every::ALL[usize::from(value - 100)], status);
        } else {
            assert_eq!(found, None, "{value}");
            assert_eq!(
                Every::try_from(value).unwrap_err().to_string(),
                format!("{value} is not a Every code")
            );
            assert_eq!(EveryCategory::from_code(value), None);
        }
    }
}

#[test]
fn names_that_are_not_in_the_table() {
    for miss in [
        "Code99", "Code1000", "code100", "Code", "Code10O", "", "Code 100",
    ] {
        assert_eq!(Every::from_name(miss), None, "{miss}");
    }
    assert!(Every::Code999.is_hundred9());
    assert_eq!(EveryCategory::Hundred4.members().len(), 100);
    assert_eq!(<Every as StatusCode>::ALL.len(), 900);
}

/// Every lookup of a table with gaps, against the rule that made it.
fn check_gapped<T: StatusCode + PartialEq<T>>(keep: impl Fn(u16) -> bool, count: usize) {
    assert_eq!(T::ALL.len(), count);
    for value in 0..=u16::MAX {
        let found = T::from_code(value);
        if (100..=999).contains(&value) && keep(value) {
            let status = found.unwrap_or_else(|| panic!("{value} is in the table"));
            let name = format!("Code{value}");
            assert_eq!(status.code(), value);
            assert_eq!(status.name(), name);
            assert_eq!(status.identifier(), name);
            assert_eq!(T::from_name(&name), Some(status));
            assert_eq!(status.to_string(), format!("{value} {name}"));
            assert_eq!(status.to_string().parse::<T>().ok(), Some(status));
        } else {
            assert!(found.is_none(), "{value}");
        }
    }
}

#[test]
fn tables_with_gaps_and_more_than_255_codes() {
    check_gapped::<EveryThird>(|code| code % 3 == 0, 300);
    let digit_sum = |code: u16| (code / 100 + code / 10 % 10 + code % 10) % 7 == 0;
    let count = (100..=999).filter(|&code| digit_sum(code)).count();
    check_gapped::<DigitSums>(digit_sum, count);
}
