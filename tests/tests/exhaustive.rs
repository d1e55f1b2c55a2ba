//! Every `u16`, through every lookup by number, against the documented table.

mod support;

use status_codes::{CredentialStatus, CredentialStatusCategory, StatusCode};
use std::collections::HashMap;

#[test]
fn every_u16_through_from_code_and_try_from() {
    let documented: HashMap<u16, String> = support::documented_codes()
        .into_iter()
        .map(|row| (row.code, row.name))
        .collect();
    let mut known = 0;
    for value in 0..=u16::MAX {
        let found = CredentialStatus::from_code(value);
        if let Some(name) = documented.get(&value) {
            known += 1;
            let status = found.unwrap_or_else(|| panic!("{value} should be known"));
            assert_eq!(status.code(), value);
            assert_eq!(status.name(), name);
            assert_eq!(CredentialStatus::try_from(value), Ok(status));
            assert_eq!(u16::from(status), value);
        } else {
            assert_eq!(found, None, "{value} should be unknown");
            let error = CredentialStatus::try_from(value).unwrap_err();
            assert_eq!(error.value(), i128::from(value));
            assert_eq!(error.type_name(), "CredentialStatus");
            assert_eq!(
                error.to_string(),
                format!("{value} is not a CredentialStatus code")
            );
        }
        assert_eq!(<CredentialStatus as StatusCode>::from_code(value), found);
    }
    assert_eq!(known, 24);
}

#[test]
fn every_u16_through_category_ranges() {
    for value in 0..=u16::MAX {
        let expected = match value {
            100..=199 => Some(CredentialStatusCategory::Progress),
            200..=299 => Some(CredentialStatusCategory::Success),
            410..=419 => Some(CredentialStatusCategory::MultiFactorAuthentication),
            400..=499 => Some(CredentialStatusCategory::UserInteraction),
            500..=599 => Some(CredentialStatusCategory::ConnectionError),
            _ => None,
        };
        assert_eq!(
            CredentialStatusCategory::from_code(value),
            expected,
            "{value}"
        );
        for &category in CredentialStatusCategory::ALL {
            assert_eq!(
                category.contains(value),
                expected == Some(category),
                "{value}"
            );
        }
    }
}

#[test]
fn every_three_digit_string_parses_like_its_number() {
    for value in 100..=999u16 {
        let text = value.to_string();
        match CredentialStatus::from_code(value) {
            Some(status) => assert_eq!(text.parse(), Ok(status)),
            None => assert_eq!(
                text.parse::<CredentialStatus>().unwrap_err().to_string(),
                format!("{value} is not a CredentialStatus code")
            ),
        }
    }
}
