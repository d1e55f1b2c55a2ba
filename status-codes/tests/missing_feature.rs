//! A table that asks for an integration the facade was built without gets one error, on the
//! word that asked, naming the feature to enable. Runs when the feature is off:
//! `cargo test -p status-codes --no-default-features`.

#[cfg(not(all(
    feature = "serde",
    feature = "schemars",
    any(feature = "utoipa-5", feature = "utoipa-6"),
    feature = "arbitrary"
)))]
#[test]
fn asking_without_the_feature_names_it() {
    let cases = trybuild::TestCases::new();
    #[cfg(not(feature = "serde"))]
    cases.compile_fail("tests/missing_feature/serde.rs");
    #[cfg(not(feature = "schemars"))]
    cases.compile_fail("tests/missing_feature/schemars.rs");
    #[cfg(not(any(feature = "utoipa-5", feature = "utoipa-6")))]
    cases.compile_fail("tests/missing_feature/utoipa.rs");
    #[cfg(not(feature = "arbitrary"))]
    cases.compile_fail("tests/missing_feature/arbitrary.rs");
}
