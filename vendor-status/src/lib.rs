//! A vendor's credential status codes: every documented [`CredentialStatus`] code, the code
//! the API documented later (449 `DeprecatedSite`, in 2025), and the vendor's own. Copy this
//! crate to start your own extension.
//!
//! Code 449 repeats exactly what the API documents (code, identifier, name and category), so
//! this crate keeps compiling on the day `CredentialStatus` documents 449 itself: an extension
//! line that repeats a base entry is accepted, and any difference from it is an error.
//!
//! The crate's features `sqlx-0_8`, `sqlx-0_9` and `diesel` store `VendorStatus` in a database:
//! the table asks for an integration under the crate's feature of the same name
//! (`#[cfg_attr(feature = "diesel", status_codes(diesel))]`), which turns the facade's on, so a
//! user who does not store codes builds no database crate.
//!
//! ```
//! use status_codes::CredentialStatus;
//! use vendor_status::{VendorStatus, VendorStatusCategory};
//!
//! // Base codes and vendor codes, one enum.
//! assert_eq!(VendorStatus::from_code(411), Some(VendorStatus::TwofaTimeout));
//! assert_eq!(VendorStatus::from_code(207), Some(VendorStatus::Updated));
//! assert_eq!(VendorStatus::Updated.category(), VendorStatusCategory::Success);
//! assert!(VendorStatus::CaptchaRequired.is_captcha());
//!
//! // The later code sits in the documented category; 42x is a block of 4xx of the vendor's.
//! assert_eq!(VendorStatus::from_code(449), Some(VendorStatus::DeprecatedSite));
//! assert_eq!(VendorStatus::DeprecatedSite.category(), VendorStatusCategory::UserInteraction);
//! assert_eq!(VendorStatusCategory::from_code(425), Some(VendorStatusCategory::Captcha));
//! assert_eq!(VendorStatusCategory::from_code(430), Some(VendorStatusCategory::UserInteraction));
//!
//! // Lossless one way, checked the other.
//! let status = VendorStatus::from(CredentialStatus::Locked);
//! assert_eq!(status, VendorStatus::Locked);
//! assert_eq!(CredentialStatus::try_from(status), Ok(CredentialStatus::Locked));
//! assert_eq!(
//!     CredentialStatus::try_from(VendorStatus::Updated).unwrap_err().to_string(),
//!     "207 is not a CredentialStatus code"
//! );
//!
//! // A vendor status compares with the documented one it stands for.
//! assert_eq!(VendorStatus::Locked, CredentialStatus::Locked);
//! ```
#![no_std]
#![forbid(unsafe_code)]

#[cfg(doc)]
use status_codes::CredentialStatus;

status_codes::status_codes! {
    /// Credential states reported by the vendor: the documented codes and the vendor's own.
    #[non_exhaustive]
    #[cfg_attr(any(feature = "sqlx-0_8", feature = "sqlx-0_9"), status_codes(sqlx))]
    #[cfg_attr(feature = "diesel", status_codes(diesel))]
    pub enum VendorStatus extends status_codes::CredentialStatus {
        2xx Success <
            /// The credential's data was updated since the last synchronisation.
            207 Updated,
        >
        4xx UserInteraction <
            /// The bank's site is no longer supported: the user must pick its successor.
            449 DeprecatedSite,
        >
        /// The bank asks for a captcha.
        42x Captcha <
            /// A captcha must be solved by the user.
            420 CaptchaRequired,
            /// The captcha answer was wrong.
            421 CaptchaFailed,
        >
    }
}
