//! A table of the user's own, written with every feature of the syntax, used through the traits.
#![deny(warnings, missing_docs, clippy::pedantic)]

use status_codes::{StatusCategory, StatusCode};
use std::collections::BTreeSet;
use std::fmt::Write;

status_codes::status_codes! {
    /// A job's state.
    ///
    /// Several paragraphs of docs are kept.
    #[non_exhaustive]
    #[derive(Default)]
    #[status_codes(serde)]
    pub enum JobStatus {
        /// Still running.
        1xx Progress <
            /// Waiting for a worker.
            #[default]
            100 Queued,
            /// Picked up by a worker;
            /// runs until done.
            ///
            /// May take a while.
            101 Working,
        >
        /// Finished well.
        2xx Done <
            200 Finished,
            201 Skipped as "NothingToDo",
            202 Again as "Finished",
        >,
        30x Early < 305 Warmup, >
        40x Client < 401 Denied, 402 Broke, >
        41x Mfa <
            410 NeedCode,
            #[deprecated = "use NeedCode"]
            419 OldNeedCode as "Need-Code",
        >
        9xx Reserved < >
    }
}

#[test]
fn syntax_features() {
    assert_eq!(JobStatus::ALL.len(), 10);
    assert_eq!(JobStatus::default(), JobStatus::Queued);
    assert_eq!(JobStatus::Skipped.name(), "NothingToDo");
    assert_eq!(
        JobStatus::from_name("NothingToDo"),
        Some(JobStatus::Skipped)
    );
    assert_eq!(JobStatus::from_name("Skipped"), Some(JobStatus::Skipped));
    assert_eq!(JobStatus::from_name("Finished"), Some(JobStatus::Finished));
    assert_eq!(JobStatus::from_name("Again"), Some(JobStatus::Again));
    assert_eq!("202 Finished".parse(), Ok(JobStatus::Again));
    assert_eq!(
        JobStatus::Queued.description(),
        Some("Waiting for a worker.")
    );
    assert_eq!(
        JobStatus::Working.description(),
        Some("Picked up by a worker; runs until done.\n\nMay take a while.")
    );
    assert_eq!(JobStatus::Finished.description(), None);
    assert_eq!(JobStatus::Warmup.category(), JobStatusCategory::Early);
    assert!(JobStatus::Warmup.is_early());
    assert!(!JobStatus::Warmup.is_progress());
    assert_eq!(JobStatusCategory::Reserved.members(), &[]);
    assert_eq!(
        JobStatusCategory::from_code(950),
        Some(JobStatusCategory::Reserved)
    );
    assert_eq!(
        JobStatusCategory::from_code(304),
        Some(JobStatusCategory::Early)
    );
    assert_eq!(
        JobStatusCategory::from_code(110),
        Some(JobStatusCategory::Progress)
    );
    assert_eq!(
        JobStatusCategory::from_name("Mfa"),
        Some(JobStatusCategory::Mfa)
    );
    assert_eq!(JobStatusCategory::Mfa.to_string(), "Mfa");
    #[allow(deprecated)]
    let old = JobStatus::OldNeedCode;
    assert_eq!(old.to_string(), "419 Need-Code");
    assert_eq!("Need-Code".parse(), Ok(old));
}

#[test]
fn const_evaluation() {
    const WORKING: Option<JobStatus> = JobStatus::from_code(101);
    const NAME: &str = JobStatus::Broke.name();
    const CODE: u16 = JobStatus::Denied.code();
    const PREDICATES: [bool; 2] = [JobStatus::Denied.is_client(), JobStatus::Denied.is_mfa()];
    const CATEGORY: JobStatusCategory = JobStatus::NeedCode.category();
    const RANGE_END: u16 = *JobStatusCategory::Mfa.range().end();
    assert_eq!(WORKING, Some(JobStatus::Working));
    assert_eq!(NAME, "Broke");
    assert_eq!(CODE, 401);
    assert_eq!(PREDICATES, [true, false]);
    assert_eq!(CATEGORY, JobStatusCategory::Mfa);
    assert_eq!(RANGE_END, 419);
}

#[test]
fn ordering_is_by_code_and_all_is_table_order() {
    let sorted: BTreeSet<JobStatus> = JobStatus::ALL.iter().copied().collect();
    let codes: Vec<u16> = sorted.iter().map(|s| s.code()).collect();
    assert_eq!(codes, [100, 101, 200, 201, 202, 305, 401, 402, 410, 419]);
    let table: Vec<u16> = JobStatus::ALL.iter().map(|s| s.code()).collect();
    assert_eq!(table, [100, 101, 200, 201, 202, 305, 401, 402, 410, 419]);
}

/// Renders any table, grouped by category, through the traits alone.
fn render<S: StatusCode>() -> String {
    let mut out = String::new();
    for &category in <S::Category as StatusCategory>::ALL {
        let _ = write!(out, "{} {}:", category.header(), category);
        for status in category.members() {
            let _ = write!(out, " {}={}", status.code(), status.name());
        }
        out.push('\n');
    }
    out
}

/// Looks a code up through the traits, with the error messages generic code would print.
fn lookup<S: StatusCode>(text: &str) -> Result<(u16, &'static str, String), String> {
    let status: S = text
        .parse()
        .map_err(|e: status_codes::ParseError| e.to_string())?;
    Ok((status.code(), status.name(), status.category().to_string()))
}

#[test]
fn generic_code_over_two_tables() {
    assert_eq!(
        render::<JobStatus>(),
        "1xx Progress: 100=Queued 101=Working\n\
         2xx Done: 200=Finished 201=NothingToDo 202=Finished\n\
         30x Early: 305=Warmup\n\
         40x Client: 401=Denied 402=Broke\n\
         41x Mfa: 410=NeedCode 419=Need-Code\n\
         9xx Reserved:\n"
    );
    assert!(
        render::<status_codes::CredentialStatus>()
            .starts_with("1xx Progress: 100=Register 101=Starting")
    );
    assert_eq!(
        lookup::<JobStatus>("402"),
        Ok((402, "Broke", "Client".to_owned()))
    );
    assert_eq!(
        lookup::<JobStatus>("411"),
        Err("411 is not a JobStatus code".to_owned())
    );
    assert_eq!(
        lookup::<status_codes::CredentialStatus>("411"),
        Ok((411, "TwofaTimeout", "MultiFactorAuthentication".to_owned()))
    );
    assert_eq!(
        JobStatus::try_from(999_u16).unwrap_err().to_string(),
        "999 is not a JobStatus code"
    );
    assert_eq!(<JobStatus as StatusCode>::TYPE_NAME, "JobStatus");
    assert_eq!(<JobStatus as StatusCode>::ALL.len(), 10);
    assert_eq!(<JobStatusCategory as StatusCategory>::ALL.len(), 6);
    assert_eq!(
        <JobStatusCategory as StatusCategory>::from_code(415),
        Some(JobStatusCategory::Mfa)
    );
    assert!(<JobStatusCategory as StatusCategory>::contains(
        JobStatusCategory::Early,
        309
    ));
}

#[test]
fn serde_for_user_tables() {
    assert_eq!(serde_json::to_string(&JobStatus::Broke).unwrap(), "402");
    assert_eq!(
        serde_json::from_str::<JobStatus>("\"NothingToDo\"").unwrap(),
        JobStatus::Skipped
    );
    assert_eq!(
        serde_json::from_str::<JobStatus>("403")
            .unwrap_err()
            .to_string(),
        "403 is not a JobStatus code at line 1 column 3"
    );
}

status_codes::status_codes! {
    /// Names that only differ in the middle, which the name lookup cannot hash apart.
    pub enum Lookalike {
        1xx Progress < 100 Axxz, 101 Ayyz, 102 Azzz, 103 Long >
    }
}

#[test]
fn names_that_differ_only_in_the_middle() {
    for &status in Lookalike::ALL {
        assert_eq!(Lookalike::from_name(status.name()), Some(status));
    }
    for miss in ["Axyz", "Azz", "Azzzz", "", "A", "Aaaz", "long"] {
        assert_eq!(Lookalike::from_name(miss), None, "{miss}");
    }
}

#[test]
fn a_proc_macro_crate_uses_its_own_tables() {
    assert_eq!(
        status_codes_compat_proc_macro::describe!(201),
        "201 Pending"
    );
    assert_eq!(
        status_codes_compat_proc_macro::describe!(404),
        "404 Missing"
    );
}
