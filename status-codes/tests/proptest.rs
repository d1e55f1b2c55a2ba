//! The strategies of `status_codes::proptest` in `proptest!` blocks, as a user's tests would
//! write them, and what they draw.
#![cfg(feature = "proptest")]

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestError, TestRng, TestRunner};
use status_codes::proptest::{any, any_code, category};
use status_codes::{AnyCode, CredentialStatus, CredentialStatusCategory};
use std::collections::BTreeSet;

proptest! {
    #[test]
    fn display_reads_back(status in any::<CredentialStatus>()) {
        prop_assert_eq!(status.to_string().parse::<CredentialStatus>(), Ok(status));
        prop_assert_eq!(CredentialStatus::from_code(status.code()), Some(status));
    }

    #[test]
    fn a_code_is_in_its_category(status in any::<CredentialStatus>()) {
        prop_assert!(status.category().contains(status.code()));
        prop_assert!(status.category().members().contains(&status));
    }

    #[test]
    fn any_code_keeps_the_code_and_its_category(code in any_code::<CredentialStatus>()) {
        prop_assert!((100..=999).contains(&code.code()));
        prop_assert_eq!(code.to_string().parse::<AnyCode<CredentialStatus>>(), Ok(code));
        prop_assert_eq!(code.known(), CredentialStatus::from_code(code.code()));
        if let Some(status) = code.known() {
            prop_assert_eq!(code.category(), Some(status.category()));
        }
    }

    #[test]
    fn categories_cover_their_range(category in category::<CredentialStatusCategory>()) {
        for code in category.range() {
            prop_assert!(CredentialStatusCategory::from_code(code).is_some());
        }
    }
}

/// `count` values of `strategy`, from a runner with a fixed seed.
fn sample<S: Strategy>(strategy: &S, count: usize) -> Vec<S::Value> {
    let mut runner = TestRunner::deterministic();
    (0..count)
        .map(|_| strategy.new_tree(&mut runner).unwrap().current())
        .collect()
}

#[test]
fn every_code_and_category_is_drawn() {
    let codes: BTreeSet<CredentialStatus> = sample(&any::<CredentialStatus>(), 2_000)
        .into_iter()
        .collect();
    assert_eq!(codes.into_iter().collect::<Vec<_>>(), CredentialStatus::ALL);
    let categories: BTreeSet<CredentialStatusCategory> =
        sample(&category::<CredentialStatusCategory>(), 500)
            .into_iter()
            .collect();
    assert_eq!(
        categories.into_iter().collect::<Vec<_>>(),
        CredentialStatusCategory::ALL
    );
}

#[test]
fn any_code_draws_the_table_and_beyond() {
    let codes = sample(&any_code::<CredentialStatus>(), 4_000);
    let known = codes.iter().filter(|code| code.known().is_some()).count();
    assert!((1_600..2_400).contains(&known), "{known} of 4000 known");
    let known: BTreeSet<u16> = codes
        .iter()
        .filter(|code| code.known().is_some())
        .map(AnyCode::code)
        .collect();
    assert_eq!(known.len(), CredentialStatus::ALL.len());
    let unknown: BTreeSet<u16> = codes
        .iter()
        .filter(|code| code.known().is_none())
        .map(AnyCode::code)
        .collect();
    assert!(unknown.len() > 700, "{} unknown codes", unknown.len());
}

#[test]
fn failures_shrink_towards_the_first_code() {
    let config = Config {
        failure_persistence: None,
        ..Config::default()
    };
    let rng = TestRng::deterministic_rng(RngAlgorithm::ChaCha);
    let mut runner = TestRunner::new_with_rng(config, rng);
    let failure = runner.run(&any::<CredentialStatus>(), |status| {
        prop_assert!(status.code() < 400);
        Ok(())
    });
    match failure {
        Err(TestError::Fail(_, status)) => assert_eq!(status, CredentialStatus::Unauthorized),
        other => panic!("{other:?}"),
    }
}
