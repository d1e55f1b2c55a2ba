//! A table that asks for a database integration the facade was built without gets one error,
//! on the word that asked, naming the features to enable. Runs when the features are off:
//! `cargo test -p status-codes --no-default-features`.

#[cfg(not(all(any(feature = "sqlx-0_8", feature = "sqlx-0_9"), feature = "diesel")))]
#[test]
fn asking_without_the_feature_names_it() {
    let cases = trybuild::TestCases::new();
    #[cfg(not(any(feature = "sqlx-0_8", feature = "sqlx-0_9")))]
    cases.compile_fail("tests/missing_feature/sqlx.rs");
    #[cfg(not(feature = "diesel"))]
    cases.compile_fail("tests/missing_feature/diesel.rs");
}
