//! Prints the credential status table, grouped by category, from the generated enum; with
//! arguments, explains each one instead (`411`, `TwofaTimeout`, `"205 Pending"`).
//!
//! ```text
//! cargo run -p status-codes --example credential_status
//! cargo run -p status-codes --example credential_status -- 411 TwofaTimeout 207
//! ```
//!
//! Exits with status 1 when any argument is not a code or name of the table.

use status_codes::{CredentialStatus, CredentialStatusCategory, StatusCode};
use std::fmt::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    if arguments.is_empty() {
        print!("{}", table());
        return ExitCode::SUCCESS;
    }
    let mut all_known = true;
    for argument in &arguments {
        match explain(argument) {
            Ok(line) => println!("{line}"),
            Err(line) => {
                eprintln!("{line}");
                all_known = false;
            }
        }
    }
    if all_known {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The whole table, grouped by category; a code whose identifier differs from its name shows it.
fn table() -> String {
    let mut out = format!(
        "{}: {} codes in {} categories\n",
        CredentialStatus::TYPE_NAME,
        CredentialStatus::ALL.len(),
        CredentialStatusCategory::ALL.len()
    );
    for &category in CredentialStatusCategory::ALL {
        let _ = writeln!(out, "\n{} {}", category.header(), category.name());
        for status in category.members() {
            let identifier = format!("{status:?}");
            if identifier == status.name() {
                let _ = writeln!(out, "  {status}");
            } else {
                let _ = writeln!(out, "  {status:<24} (CredentialStatus::{identifier})");
            }
        }
    }
    out
}

fn explain(argument: &str) -> Result<String, String> {
    match argument.parse::<CredentialStatus>() {
        Ok(status) => Ok(format!(
            "{status}: CredentialStatus::{status:?}, category {} ({}, codes {} to {})",
            status.category(),
            status.category().header(),
            status.category().range().start(),
            status.category().range().end(),
        )),
        Err(error) => {
            let mut line = format!("error: {error}");
            if let Ok(code) = argument.parse::<u16>() {
                if let Some(category) = CredentialStatusCategory::from_code(code) {
                    let _ = write!(
                        line,
                        " (it lies in category {category}, {})",
                        category.header()
                    );
                }
            }
            Err(line)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{explain, table};

    #[test]
    fn table_lists_every_code_by_category() {
        let table = table();
        assert!(table.starts_with(
            "CredentialStatus: 24 codes in 5 categories\n\n1xx Progress\n  100 Register\n"
        ));
        assert!(table.contains("\n  205 Pending              (CredentialStatus::Pending205)\n"));
        assert!(table.contains(
            "\n41x MultiFactorAuthentication\n  410 Waiting\n  411 TwofaTimeout\n  413 LoginError\n"
        ));
        assert!(table.ends_with("  509 UndergoingMaintenance\n"));
        assert_eq!(
            table.lines().filter(|line| line.starts_with("  ")).count(),
            24
        );
    }

    #[test]
    fn explains_codes_names_and_unknowns() {
        let twofa = "411 TwofaTimeout: CredentialStatus::TwofaTimeout, category MultiFactorAuthentication (41x, codes 410 to 419)";
        assert_eq!(explain("411"), Ok(twofa.to_owned()));
        assert_eq!(explain("TwofaTimeout"), Ok(twofa.to_owned()));
        assert_eq!(
            explain("207"),
            Err(
                "error: 207 is not a CredentialStatus code (it lies in category Success, 2xx)"
                    .to_owned()
            )
        );
        assert_eq!(
            explain("302"),
            Err("error: 302 is not a CredentialStatus code".to_owned())
        );
        assert_eq!(
            explain("pending"),
            Err("error: \"pending\" is not a CredentialStatus code or name".to_owned())
        );
    }
}
