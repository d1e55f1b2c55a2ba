//! Formatting, parsing and serialization allocate nothing. This binary counts allocations with
//! a counting global allocator, per thread.

use status_codes::{AnyCode, CredentialStatus, CredentialStatusCategory};
use std::fmt::Write as _;
use std::io::Write as _;

fn assert_no_allocation(what: &str, code: impl FnOnce()) {
    let info = allocation_counter::measure(code);
    assert_eq!(
        info.count_total, 0,
        "{what} allocated {} times",
        info.count_total
    );
}

#[test]
fn display_and_parse_do_not_allocate() {
    let mut text = String::with_capacity(64 * 1024);
    let mut bytes: Vec<u8> = Vec::with_capacity(64 * 1024);
    assert_no_allocation("Display", || {
        for &status in CredentialStatus::ALL {
            write!(text, "{status} {:>24} {}", status, status.category()).unwrap();
            write!(bytes, "{status}").unwrap();
        }
    });
    assert!(text.starts_with(&format!("100 Register {:>24} Progress", "100 Register")));
    assert_no_allocation("FromStr on names, codes, errors", || {
        for text in [
            "TwofaTimeout",
            "411",
            "411 TwofaTimeout",
            "Pendng",
            "207",
            "",
            "x",
            "207 ",
            " Locked",
            "207 Updated",
            "201 Finish",
        ] {
            let _ = std::hint::black_box(text.parse::<CredentialStatus>());
            let _ = std::hint::black_box(text.parse::<AnyCode<CredentialStatus>>());
        }
        let error = "Pendng".parse::<CredentialStatus>().unwrap_err();
        let mut message = [0u8; 128];
        write!(&mut message[..], "{error}").unwrap();
        let error = "207 ".parse::<AnyCode<CredentialStatus>>().unwrap_err();
        write!(&mut message[..], "{error}").unwrap();
    });
}

#[test]
fn serialization_does_not_allocate() {
    let mut json: Vec<u8> = Vec::with_capacity(64 * 1024);
    assert_no_allocation("serde_json::to_writer", || {
        for &status in CredentialStatus::ALL {
            serde_json::to_writer(&mut json, &status).unwrap();
            serde_json::to_writer(&mut json, &AnyCode::from(status)).unwrap();
            serde_json::to_writer(&mut json, &status.category()).unwrap();
        }
    });
    assert!(json.starts_with(b"100100\"Progress\"101101\"Progress\""));
    assert_no_allocation("serde_json::from_slice", || {
        for input in [&b"411"[..], b"\"TwofaTimeout\"", b"\"411\""] {
            let status: CredentialStatus = serde_json::from_slice(input).unwrap();
            assert_eq!(status, CredentialStatus::TwofaTimeout);
        }
        let category: CredentialStatusCategory =
            serde_json::from_slice(b"\"MultiFactorAuthentication\"").unwrap();
        assert_eq!(
            category,
            CredentialStatusCategory::MultiFactorAuthentication
        );
    });
}

/// `to_string` allocates by design: the counter does see allocations.
#[test]
fn the_counter_counts() {
    let info = allocation_counter::measure(|| {
        std::hint::black_box(CredentialStatus::Locked.to_string());
    });
    assert_eq!(info.count_total, 1);
}
