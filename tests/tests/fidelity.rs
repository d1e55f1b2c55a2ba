//! `CredentialStatus` against the documented table: codes, order, names, categories.

mod support;

use status_codes::{CredentialStatus, CredentialStatusCategory, StatusCategory, StatusCode};
use support::documented_codes;

/// The category each section of the documentation becomes.
fn category_of_section(section: &str) -> CredentialStatusCategory {
    match section {
        "Progress Information Codes" => CredentialStatusCategory::Progress,
        "Success Codes" => CredentialStatusCategory::Success,
        "User Interaction Codes" => CredentialStatusCategory::UserInteraction,
        "Multi-Factor Authentication Codes" => CredentialStatusCategory::MultiFactorAuthentication,
        "Connection Error Codes" => CredentialStatusCategory::ConnectionError,
        other => panic!("unexpected section {other:?}"),
    }
}

#[test]
fn the_fixture_has_every_documented_row() {
    let rows = documented_codes();
    assert_eq!(rows.len(), 24);
    assert_eq!(rows[0].code, 100);
    assert_eq!(rows[23].name, "UndergoingMaintenance");
    assert!(rows.iter().all(|row| row.description == "-"));
}

#[test]
fn codes_names_and_order_match_the_documentation() {
    let rows = documented_codes();
    let documented: Vec<(u16, &str)> = rows.iter().map(|r| (r.code, r.name.as_str())).collect();
    let generated: Vec<(u16, &str)> = CredentialStatus::ALL
        .iter()
        .map(|status| (status.code(), status.name()))
        .collect();
    assert_eq!(generated, documented);
}

#[test]
fn categories_match_the_documented_sections() {
    for (row, &status) in documented_codes().iter().zip(CredentialStatus::ALL) {
        assert_eq!(
            status.category(),
            category_of_section(&row.section),
            "{status:?}"
        );
        // Both 4xx sections say `4xx`; each code lies in the hundred its section names.
        let hundred = row.section_header.as_bytes()[0] - b'0';
        assert_eq!(row.code / 100, u16::from(hundred), "{status:?}");
        assert!(status.category().contains(row.code));
    }
}

#[test]
fn categories_in_table_order() {
    let sections: Vec<CredentialStatusCategory> = documented_codes()
        .iter()
        .map(|row| category_of_section(&row.section))
        .fold(Vec::new(), |mut seen, category| {
            if seen.last() != Some(&category) {
                seen.push(category);
            }
            seen
        });
    assert_eq!(sections, CredentialStatusCategory::ALL);
    let names: Vec<&str> = CredentialStatusCategory::ALL
        .iter()
        .map(|c| c.name())
        .collect();
    assert_eq!(
        names,
        [
            "Progress",
            "Success",
            "UserInteraction",
            "MultiFactorAuthentication",
            "ConnectionError"
        ]
    );
    let headers: Vec<&str> = CredentialStatusCategory::ALL
        .iter()
        .map(|c| c.header())
        .collect();
    // The documentation heads both 4xx sections `4xx`: multi-factor authentication is the 41x
    // block inside the user-interaction range.
    assert_eq!(headers, ["1xx", "2xx", "4xx", "41x", "5xx"]);
    let ranges: Vec<_> = CredentialStatusCategory::ALL
        .iter()
        .map(|c| c.range())
        .collect();
    assert_eq!(
        ranges,
        [100..=199, 200..=299, 400..=499, 410..=419, 500..=599]
    );
}

#[test]
fn members_partition_the_table() {
    let mut from_members = Vec::new();
    for &category in CredentialStatusCategory::ALL {
        for status in category.members() {
            assert_eq!(status.category(), category);
        }
        from_members.extend_from_slice(category.members());
    }
    assert_eq!(from_members, CredentialStatus::ALL);
    assert_eq!(
        <CredentialStatusCategory as StatusCategory>::members(CredentialStatusCategory::Progress),
        [
            CredentialStatus::Register,
            CredentialStatus::Starting,
            CredentialStatus::Running,
            CredentialStatus::TokenReceived
        ]
    );
}

#[test]
fn the_two_pendings() {
    assert_eq!(CredentialStatus::Pending.code(), 201);
    assert_eq!(CredentialStatus::Pending205.code(), 205);
    assert_eq!(CredentialStatus::Pending.name(), "Pending");
    assert_eq!(CredentialStatus::Pending205.name(), "Pending");
    assert_eq!(
        CredentialStatus::from_name("Pending"),
        Some(CredentialStatus::Pending)
    );
    assert_eq!(
        CredentialStatus::from_name("Pending205"),
        Some(CredentialStatus::Pending205)
    );
    assert_eq!("Pending".parse(), Ok(CredentialStatus::Pending));
    assert_eq!("205".parse(), Ok(CredentialStatus::Pending205));
    assert_eq!("205 Pending".parse(), Ok(CredentialStatus::Pending205));
    assert_eq!("201 Pending".parse(), Ok(CredentialStatus::Pending));
    assert_eq!(CredentialStatus::Pending205.to_string(), "205 Pending");
}

#[test]
fn identifiers_are_the_documented_names_except_205() {
    for &status in CredentialStatus::ALL {
        let identifier = format!("{status:?}");
        if status.code() == 205 {
            assert_eq!(identifier, "Pending205");
        } else {
            assert_eq!(identifier, status.name());
        }
    }
}

#[test]
fn predicates_follow_categories() {
    for &status in CredentialStatus::ALL {
        let category = status.category();
        assert_eq!(
            status.is_progress(),
            category == CredentialStatusCategory::Progress
        );
        assert_eq!(
            status.is_success(),
            category == CredentialStatusCategory::Success
        );
        assert_eq!(
            status.is_user_interaction(),
            category == CredentialStatusCategory::UserInteraction
        );
        assert_eq!(
            status.is_multi_factor_authentication(),
            category == CredentialStatusCategory::MultiFactorAuthentication
        );
        assert_eq!(
            status.is_connection_error(),
            category == CredentialStatusCategory::ConnectionError
        );
    }
    assert_eq!(
        CredentialStatus::ALL
            .iter()
            .filter(|s| s.is_success())
            .count(),
        7
    );
}

#[test]
fn descriptions_are_absent_as_documented() {
    assert!(
        CredentialStatus::ALL
            .iter()
            .all(|s| s.description().is_none())
    );
    assert_eq!(
        <CredentialStatus as StatusCode>::TYPE_NAME,
        "CredentialStatus"
    );
}
