//! Strategies for [proptest](https://docs.rs/proptest), with the `proptest` feature: the codes
//! of any generated enum, its categories, its function groups and [`AnyCode`]s, with no
//! `Arbitrary` impl that would tie a table to proptest. In a test module, each function in
//! `proptest!` has `#[test]`:
//!
//! ```
//! use proptest::prelude::*;
//! use status_codes::CredentialStatus;
//!
//! proptest! {
//!     fn display_reads_back(status in status_codes::proptest::any::<CredentialStatus>()) {
//!         prop_assert_eq!(status.to_string().parse::<CredentialStatus>(), Ok(status));
//!     }
//!
//!     fn codes_keep_their_category(code in status_codes::proptest::any_code::<CredentialStatus>()) {
//!         prop_assert!((100..=999).contains(&code.code()));
//!         if let Some(status) = code.known() {
//!             prop_assert_eq!(code.category(), Some(status.category()));
//!         }
//!     }
//! }
//! display_reads_back();
//! codes_keep_their_category();
//! ```

use crate::any_code::THREE_DIGITS;
use crate::{AnyCode, StatusCategory, StatusCode, StatusGroup};
use proptest::prop_oneof;
use proptest::sample::select;
use proptest::strategy::Strategy;

/// Any code of `T`'s table, each as likely; shrinks towards the table's first code.
///
/// ```
/// use proptest::strategy::{Strategy, ValueTree};
/// use proptest::test_runner::TestRunner;
/// use status_codes::CredentialStatus;
///
/// let mut runner = TestRunner::deterministic();
/// let status = status_codes::proptest::any::<CredentialStatus>()
///     .new_tree(&mut runner)
///     .unwrap()
///     .current();
/// assert!(CredentialStatus::ALL.contains(&status));
/// ```
pub fn any<T: StatusCode>() -> impl Strategy<Value = T> + Clone {
    select(T::ALL)
}

/// Any category of `C`, each as likely; shrinks towards the first category.
pub fn category<C: StatusCategory>() -> impl Strategy<Value = C> + Clone {
    select(C::ALL)
}

/// Any function group of `G`, each as likely; shrinks towards the first group.
///
/// ```
/// use proptest::strategy::{Strategy, ValueTree};
/// use proptest::test_runner::TestRunner;
///
/// status_codes::status_codes! {
///     pub enum Reply {
///         x0x Syntax,
///         x2x Connections,
///         2xx Completion < 200 Okay, 220 Ready >
///     }
/// }
///
/// let mut runner = TestRunner::deterministic();
/// let group = status_codes::proptest::group::<ReplyGroup>()
///     .new_tree(&mut runner)
///     .unwrap()
///     .current();
/// assert!(ReplyGroup::ALL.contains(&group));
/// ```
pub fn group<G: StatusGroup>() -> impl Strategy<Value = G> + Clone {
    select(G::ALL)
}

/// Any three-digit code in an [`AnyCode<T>`]: half of the time a code of `T`'s table, as
/// [`any`] draws them, otherwise any code from 100 to 999, which is rarely one of the table's.
/// Shrinks towards a code of the table, then towards its first code.
pub fn any_code<T: StatusCode>() -> impl Strategy<Value = AnyCode<T>> + Clone {
    prop_oneof![
        any::<T>().prop_map(AnyCode::from),
        THREE_DIGITS.prop_map(AnyCode::from_three_digits),
    ]
}
