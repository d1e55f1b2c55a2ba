//! Extensions across crates: the facade's `CredentialStatus`, the `vendor-status` crate that
//! extends it, and this crate, which extends the vendor's table in turn.

use status_codes::{CredentialStatus, StatusCategory, StatusCode};
use vendor_status::{VendorStatus, VendorStatusCategory};

status_codes::status_codes! {
    /// A reseller's codes on top of the vendor's.
    pub enum ResellerStatus extends vendor_status::VendorStatus {
        42x Captcha < 422 CaptchaExpired >
        6xx Reseller <
            600 Throttled,
            601 QuotaExceeded,
            602 Refreshed as "Updated",
            603 Late as "Pending",
        >
    }
}

mod renamed {
    pub use vendor_status::VendorStatus as Renamed;
}

status_codes::status_codes! {
    /// Extends the vendor's table through a renaming re-export.
    enum ThroughRename extends renamed::Renamed {
        7xx Local < 700 Mine >
    }
}

#[test]
fn vendor_table_has_every_base_code_then_its_own() {
    let base: Vec<u16> = CredentialStatus::ALL.iter().map(|s| s.code()).collect();
    let vendor: Vec<u16> = VendorStatus::ALL.iter().map(|s| s.code()).collect();
    assert_eq!(vendor[..24], base[..]);
    assert_eq!(vendor[24..], [207, 449, 420, 421]);
    for &status in CredentialStatus::ALL {
        let vendor = VendorStatus::from_code(status.code()).unwrap();
        assert_eq!(vendor.name(), status.name());
        assert_eq!(vendor.category().name(), status.category().name());
        assert_eq!(format!("{vendor:?}"), format!("{status:?}"));
    }
    assert_eq!(
        VendorStatus::from_code(411),
        Some(VendorStatus::TwofaTimeout)
    );
    assert_eq!(VendorStatus::from_code(207), Some(VendorStatus::Updated));
    assert_eq!(VendorStatus::from_code(422), None);
    assert_eq!(VendorStatus::Pending205.name(), "Pending");
    assert_eq!("Pending".parse(), Ok(VendorStatus::Pending));
    assert_eq!(
        VendorStatus::Updated.description(),
        Some("The credential's data was updated since the last synchronisation.")
    );
}

#[test]
fn vendor_categories_extend_the_base_ones() {
    let names: Vec<&str> = VendorStatusCategory::ALL.iter().map(|c| c.name()).collect();
    assert_eq!(
        names,
        [
            "Progress",
            "Success",
            "UserInteraction",
            "MultiFactorAuthentication",
            "ConnectionError",
            "Captcha"
        ]
    );
    assert_eq!(VendorStatusCategory::Success.members().len(), 8);
    assert_eq!(
        VendorStatusCategory::Success.members()[7],
        VendorStatus::Updated
    );
    assert_eq!(
        VendorStatusCategory::Captcha.members(),
        [VendorStatus::CaptchaRequired, VendorStatus::CaptchaFailed]
    );
    assert_eq!(VendorStatusCategory::Captcha.range(), 420..=429);
    assert!(VendorStatus::Updated.is_success());
    assert!(VendorStatus::CaptchaFailed.is_captcha());
    assert!(VendorStatus::Waiting.is_multi_factor_authentication());
    assert_eq!(
        VendorStatusCategory::from_code(425),
        Some(VendorStatusCategory::Captcha)
    );
}

#[test]
fn conversions_between_base_and_vendor() {
    for &status in CredentialStatus::ALL {
        let vendor = VendorStatus::from(status);
        assert_eq!(vendor.code(), status.code());
        assert_eq!(vendor, status);
        assert_eq!(status, vendor);
        assert_eq!(CredentialStatus::try_from(vendor), Ok(status));
    }
    for vendor in [
        VendorStatus::Updated,
        VendorStatus::CaptchaRequired,
        VendorStatus::CaptchaFailed,
    ] {
        let error = CredentialStatus::try_from(vendor).unwrap_err();
        assert_eq!(error.value(), i128::from(vendor.code()));
        assert_eq!(
            error.to_string(),
            format!("{} is not a CredentialStatus code", vendor.code())
        );
    }
    assert_ne!(VendorStatus::Locked, CredentialStatus::Conflict);
}

#[test]
fn matching_a_vendor_status_on_base_variants() {
    fn needs_user(status: VendorStatus) -> bool {
        matches!(
            status,
            VendorStatus::Unauthorized | VendorStatus::Invalidtoken | VendorStatus::CaptchaRequired
        )
    }
    assert!(needs_user(CredentialStatus::Unauthorized.into()));
    assert!(needs_user(VendorStatus::CaptchaRequired));
    assert!(!needs_user(CredentialStatus::Finish.into()));
}

#[test]
fn a_third_crate_extends_the_vendor_table() {
    assert_eq!(ResellerStatus::ALL.len(), 24 + 4 + 5);
    let own: Vec<u16> = ResellerStatus::ALL[28..].iter().map(|s| s.code()).collect();
    assert_eq!(own, [422, 600, 601, 602, 603]);
    assert_eq!(
        ResellerStatus::from_code(207),
        Some(ResellerStatus::Updated)
    );
    assert_eq!(
        ResellerStatus::from_code(411),
        Some(ResellerStatus::TwofaTimeout)
    );
    assert_eq!(
        ResellerStatus::CaptchaExpired.category(),
        ResellerStatusCategory::Captcha
    );
    assert_eq!(ResellerStatusCategory::Captcha.members().len(), 3);
    assert_eq!(
        ResellerStatus::from(VendorStatus::Updated),
        ResellerStatus::Updated
    );
    assert_eq!(
        VendorStatus::try_from(ResellerStatus::Throttled)
            .unwrap_err()
            .to_string(),
        "600 is not a VendorStatus code"
    );
    assert_eq!(ResellerStatus::Updated, VendorStatus::Updated);
    assert_eq!(ThroughRename::from_code(700), Some(ThroughRename::Mine));
    assert_eq!(
        ThroughRename::from_code(420),
        Some(ThroughRename::CaptchaRequired)
    );
}

#[test]
fn table_order_survives_every_level_of_extension() {
    fn codes<S: StatusCode>() -> Vec<u16> {
        S::ALL.iter().map(|s| s.code()).collect()
    }
    let (base, vendor, reseller) = (
        codes::<CredentialStatus>(),
        codes::<VendorStatus>(),
        codes::<ResellerStatus>(),
    );
    assert_eq!(vendor[..24], base[..]);
    // The vendor's 207 joins the documented `Success`, after the documented codes: it stays
    // there one level down.
    assert_eq!(reseller[..28], vendor[..]);
    assert_eq!(reseller[28..], [422, 600, 601, 602, 603]);
    let members = |category: ResellerStatusCategory| -> Vec<u16> {
        category.members().iter().map(|s| s.code()).collect()
    };
    assert_eq!(
        members(ResellerStatusCategory::Success),
        [200, 201, 202, 203, 204, 205, 206, 207]
    );
    assert_eq!(members(ResellerStatusCategory::Captcha), [420, 421, 422]);
    // Names shared between levels: the first code in table order wins at every level.
    assert_eq!(
        ResellerStatus::from_name("Updated"),
        Some(ResellerStatus::Updated)
    );
    assert_eq!(
        ResellerStatus::from_name("Pending"),
        Some(ResellerStatus::Pending)
    );
    assert_eq!(ResellerStatus::Refreshed.to_string(), "602 Updated");
    assert_eq!("602 Updated".parse(), Ok(ResellerStatus::Refreshed));
    assert_eq!("Refreshed".parse(), Ok(ResellerStatus::Refreshed));
    assert_eq!("603 Pending".parse(), Ok(ResellerStatus::Late));
    assert_eq!(
        VendorStatus::from_name("Updated"),
        Some(VendorStatus::Updated)
    );
}

#[test]
fn extensions_work_through_the_traits() {
    /// A table that did not ask for serde, through the code form.
    #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
    struct Wire {
        #[serde(with = "status_codes::serde::code")]
        status: VendorStatus,
    }
    fn codes<S: StatusCode>() -> Vec<u16> {
        S::ALL.iter().map(|s| s.code()).collect()
    }
    assert_eq!(codes::<VendorStatus>().len(), 28);
    assert_eq!(<VendorStatusCategory as StatusCategory>::ALL.len(), 6);
    assert_eq!(<VendorStatus as StatusCode>::TYPE_NAME, "VendorStatus");
    assert_eq!(
        serde_json::to_string(&Wire {
            status: VendorStatus::Updated
        })
        .unwrap(),
        r#"{"status":207}"#
    );
    assert_eq!(
        serde_json::from_str::<Wire>(r#"{"status":"CaptchaFailed"}"#).unwrap(),
        Wire {
            status: VendorStatus::CaptchaFailed
        }
    );
    assert_eq!("207 Updated".parse(), Ok(VendorStatus::Updated));
}

#[test]
fn the_vendor_adds_the_code_the_api_documented_later() {
    use status_codes::AnyCode;
    assert_eq!(
        VendorStatus::from_code(449),
        Some(VendorStatus::DeprecatedSite)
    );
    assert_eq!(VendorStatus::DeprecatedSite.name(), "DeprecatedSite");
    assert_eq!(
        VendorStatus::DeprecatedSite.category(),
        VendorStatusCategory::UserInteraction
    );
    assert!(VendorStatus::DeprecatedSite.is_user_interaction());
    assert_eq!(
        VendorStatus::DeprecatedSite.to_string(),
        "449 DeprecatedSite"
    );
    assert_eq!("DeprecatedSite".parse(), Ok(VendorStatus::DeprecatedSite));
    // The documented table classifies 449 the same way, without knowing it.
    let code = AnyCode::<CredentialStatus>::new(449).unwrap();
    assert_eq!(code.known(), None);
    assert_eq!(
        code.category()
            .map(status_codes::CredentialStatusCategory::name),
        Some("UserInteraction")
    );
    assert!(CredentialStatus::try_from(VendorStatus::DeprecatedSite).is_err());
}
