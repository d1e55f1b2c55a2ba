//! Nested categories: the documentation's 4xx section holds the multi-factor block 41x, and a
//! code belongs to the narrowest category whose range covers it, known to the table or not.

use status_codes::{AnyCode, CredentialStatus, CredentialStatusCategory, StatusCategory};

type Category = CredentialStatusCategory;

fn category_of(code: u16) -> Option<Category> {
    AnyCode::<CredentialStatus>::new(code).unwrap().category()
}

#[test]
fn codes_known_or_not_are_classified_by_the_narrowest_category() {
    let expected = [
        (104, Some(Category::Progress)),
        (207, Some(Category::Success)),
        (402, Some(Category::UserInteraction)),
        (420, Some(Category::UserInteraction)),
        (449, Some(Category::UserInteraction)),
        (499, Some(Category::UserInteraction)),
        (410, Some(Category::MultiFactorAuthentication)),
        (412, Some(Category::MultiFactorAuthentication)),
        (419, Some(Category::MultiFactorAuthentication)),
        (502, Some(Category::ConnectionError)),
        (508, Some(Category::ConnectionError)),
        (301, None),
        (999, None),
    ];
    for (code, category) in expected {
        assert_eq!(category_of(code), category, "{code}");
        assert_eq!(Category::from_code(code), category, "{code}");
    }
}

#[test]
fn contains_agrees_with_from_code_for_every_code() {
    for code in 100..=999 {
        for &category in Category::ALL {
            assert_eq!(
                category.contains(code),
                Category::from_code(code) == Some(category),
                "{category} {code}"
            );
            assert_eq!(
                StatusCategory::contains(category, code),
                category.contains(code)
            );
        }
    }
}

#[test]
fn ranges_stay_the_headers() {
    assert_eq!(Category::UserInteraction.header(), "4xx");
    assert_eq!(Category::UserInteraction.range(), 400..=499);
    assert_eq!(Category::MultiFactorAuthentication.range(), 410..=419);
    assert!(Category::UserInteraction.range().contains(&411));
    assert!(!Category::UserInteraction.contains(411));
}

#[test]
fn predicates_follow_the_category() {
    assert!(CredentialStatus::TwofaTimeout.is_multi_factor_authentication());
    assert!(!CredentialStatus::TwofaTimeout.is_user_interaction());
    assert!(CredentialStatus::WrongSite.is_user_interaction());
    assert_eq!(
        CredentialStatus::TwofaTimeout.category(),
        Category::MultiFactorAuthentication
    );
}

status_codes::status_codes! {
    /// The narrow category written first.
    pub enum NarrowFirst {
        41x Mfa < 410 Waiting >
        4xx Client < 401 Denied, 449 Gone >
    }
}

status_codes::status_codes! {
    /// Three levels.
    pub enum Deep {
        4xx Client < 401 Denied >
        41x Mfa < 410 Waiting, 415 Other >
        5xx Server < 510 Error >
        50x Early < 501 Unavailable >
    }
}

#[test]
fn either_order_and_several_blocks() {
    assert_eq!(
        NarrowFirstCategory::from_code(411),
        Some(NarrowFirstCategory::Mfa)
    );
    assert_eq!(
        NarrowFirstCategory::from_code(420),
        Some(NarrowFirstCategory::Client)
    );
    assert_eq!(NarrowFirst::Gone.category(), NarrowFirstCategory::Client);
    assert_eq!(NarrowFirstCategory::Mfa.members(), [NarrowFirst::Waiting]);
    assert_eq!(DeepCategory::from_code(509), Some(DeepCategory::Early));
    assert_eq!(DeepCategory::from_code(510), Some(DeepCategory::Server));
    assert_eq!(Deep::Other.category(), DeepCategory::Mfa);
    assert!(!DeepCategory::Server.contains(501));
}
