//! Reads job-status histories in the aggregation API's JSON shape, prints each timeline and says
//! what a client should do now.
//!
//! The API reports a job as the states it went through, oldest first; the last one is current:
//!
//! ```json
//! {"response": [{"code": 100}, {"code": 101}, {"code": 410,
//!   "address": "https://api.example.com/v1/jobs/4711/twofa",
//!   "twofa": [{"name": "token", "type": "text", "label": "TAN from your banking app"}]}]}
//! ```
//!
//! Every code is read into an `AnyCode<CredentialStatus>`, so a code the table does not have yet
//! (412, 449, 503, …) is kept with its number and, by range, its category. The timeline shows
//! each code, its name if the table has it and its category if it has one. The advice depends on
//! the current code's category alone, never on ranges written here, so it stays right when the
//! table's categories change: keep polling, done, ask the user to fix the credential, ask for
//! the multi-factor value (with the fields the API asks for), retry later, or, for a code of no
//! category this client knows, stop and report the code instead of guessing.
//!
//! ```text
//! cargo run -p status-codes --features serde --example job_status
//! cargo run -p status-codes --features serde --example job_status -- history.json other.json
//! ```
//!
//! Without arguments it reads every sample in `examples/job_status/`. A file that cannot be read,
//! is not JSON, holds a code outside 100 to 999 or an empty history is reported on stderr with
//! its path, and the example exits with status 1 after reading the other files; the files in
//! `examples/job_status/invalid/` show each error.

use serde::Deserialize;
use serde_json::Value;
use status_codes::{AnyCode, CredentialStatus, CredentialStatusCategory};
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

type Code = AnyCode<CredentialStatus>;

/// One state of a job. Fields other than these are ignored, as a client must when the API adds
/// some.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
struct Entry {
    code: Code,
    /// Where the multi-factor value goes.
    address: Option<String>,
    /// What a multi-factor request asks the user for.
    #[serde(default)]
    twofa: Vec<TwofaField>,
}

/// A field the user fills in to answer a multi-factor request.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
struct TwofaField {
    name: String,
    #[serde(rename = "type")]
    kind: String,
    label: String,
}

/// A non-empty history: the states before, and the current one.
#[derive(Debug)]
struct History {
    earlier: Vec<Entry>,
    current: Entry,
}

impl History {
    fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.earlier.iter().chain([&self.current])
    }
}

/// What a client does next.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Action {
    KeepPolling,
    Done,
    FixCredential,
    AskForTwofa {
        address: Option<String>,
        fields: Vec<TwofaField>,
    },
    RetryLater,
    /// The code has no category, or one this client has no rule for.
    Report {
        code: Code,
        category: Option<CredentialStatusCategory>,
    },
}

/// The next step for a job whose current state is `current`, from its category alone.
fn decide(current: &Entry) -> Action {
    match current.code.category() {
        Some(CredentialStatusCategory::Progress) => Action::KeepPolling,
        Some(CredentialStatusCategory::Success) => Action::Done,
        Some(CredentialStatusCategory::UserInteraction) => Action::FixCredential,
        Some(CredentialStatusCategory::MultiFactorAuthentication) => Action::AskForTwofa {
            address: current.address.clone(),
            fields: current.twofa.clone(),
        },
        Some(CredentialStatusCategory::ConnectionError) => Action::RetryLater,
        None => Action::Report {
            code: current.code,
            category: None,
        },
        // A category from a later release of the table; unreachable while the category enum is
        // exhaustive, required once it is `#[non_exhaustive]`.
        #[allow(unreachable_patterns)]
        Some(category) => Action::Report {
            code: current.code,
            category: Some(category),
        },
    }
}

/// Longest documented name, so the category column lines up.
const NAME_WIDTH: usize = 21;

/// The timeline, one line per state, then the action for the current state.
fn report(history: &History) -> String {
    let mut out = String::new();
    for entry in history.entries() {
        let code = entry.code;
        let name = code.name().unwrap_or("(not in the table)");
        let category = code
            .category()
            .map_or("(no category)", CredentialStatusCategory::name);
        let _ = writeln!(out, "  {} {name:<NAME_WIDTH$} {category}", code.code());
    }
    out.push_str("now: ");
    match decide(&history.current) {
        Action::KeepPolling => out.push_str("keep polling, the job is still running\n"),
        Action::Done => out.push_str("done, the job has finished\n"),
        Action::FixCredential => {
            out.push_str("ask the user to fix the credential, then start a new job\n");
        }
        Action::AskForTwofa { address, fields } => {
            out.push_str("ask the user for the multi-factor value");
            match address {
                Some(address) => {
                    let _ = writeln!(out, " and send it to {address}");
                }
                None => out.push_str(" (the API gave no address to send it to)\n"),
            }
            if fields.is_empty() {
                out.push_str("  (the API named no fields)\n");
            }
            for field in fields {
                let _ = writeln!(out, "  {} ({}): {:?}", field.name, field.kind, field.label);
            }
        }
        Action::RetryLater => out.push_str("retry later, the bank could not be reached\n"),
        Action::Report {
            code,
            category: None,
        } => {
            let _ = writeln!(
                out,
                "stop polling and report code {}: it has no category, so its meaning is unknown",
                code.code()
            );
        }
        Action::Report {
            code,
            category: Some(category),
        } => {
            let _ = writeln!(
                out,
                "stop polling and report code {}: this client has no rule for category {category}",
                code.code()
            );
        }
    }
    out
}

/// A history from the API's JSON, `{"response": [entry, …]}`, or what is wrong with it.
fn read_history(json: &str) -> Result<History, String> {
    let document: Value =
        serde_json::from_str(json).map_err(|error| format!("malformed JSON: {error}"))?;
    let Value::Object(fields) = &document else {
        return Err(format!(
            "expected an object with a `response` array, found {}",
            kind(&document)
        ));
    };
    let states = match fields.get("response") {
        Some(Value::Array(states)) => states,
        Some(other) => return Err(format!("`response` is {}, not an array", kind(other))),
        None => return Err("the object has no `response` field".to_owned()),
    };
    let mut entries = Vec::with_capacity(states.len());
    for (index, state) in states.iter().enumerate() {
        let number = index + 1;
        if !state.is_object() {
            return Err(format!("entry {number} is {}, not an object", kind(state)));
        }
        let entry =
            Entry::deserialize(state).map_err(|error| format!("entry {number}: {error}"))?;
        entries.push(entry);
    }
    let current = entries
        .pop()
        .ok_or("the history is empty: `response` has no entries")?;
    Ok(History {
        earlier: entries,
        current,
    })
}

/// What a JSON value is, for error messages.
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The history in the file at `path`; an error names the file.
fn load(path: &Path) -> Result<History, String> {
    let shown = shown(path);
    let json = std::fs::read_to_string(path)
        .map_err(|error| format!("{shown}: cannot read the file: {error}"))?;
    read_history(&json).map_err(|problem| format!("{shown}: {problem}"))
}

/// `path` relative to the current directory when it lies below it, as given otherwise.
fn shown(path: &Path) -> String {
    std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(cwd).ok())
        .unwrap_or(path)
        .display()
        .to_string()
}

fn samples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/job_status")
}

/// Every `.json` file directly in the samples directory, by name.
fn bundled_samples() -> Result<Vec<PathBuf>, String> {
    let dir = samples_dir();
    let listing = std::fs::read_dir(&dir)
        .map_err(|error| format!("{}: cannot list the samples: {error}", shown(&dir)))?;
    let mut samples = Vec::new();
    for item in listing {
        let path = item
            .map_err(|error| format!("{}: cannot list the samples: {error}", shown(&dir)))?
            .path();
        if path.is_file()
            && path
                .extension()
                .is_some_and(|extension| extension == "json")
        {
            samples.push(path);
        }
    }
    if samples.is_empty() {
        return Err(format!("{}: no .json samples", shown(&dir)));
    }
    samples.sort();
    Ok(samples)
}

fn main() -> ExitCode {
    let given: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let paths = if given.is_empty() {
        match bundled_samples() {
            Ok(samples) => samples,
            Err(error) => {
                eprintln!("error: {error}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        given
    };
    let mut all_read = true;
    let mut first = true;
    for path in &paths {
        match load(path) {
            Ok(history) => {
                if !first {
                    println!();
                }
                first = false;
                println!("{}", shown(path));
                print!("{}", report(&history));
            }
            Err(error) => {
                eprintln!("error: {error}");
                all_read = false;
            }
        }
    }
    if all_read {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

#[cfg(test)]
mod tests {
    use super::{
        Action, Code, CredentialStatusCategory, Entry, History, TwofaField, bundled_samples,
        decide, load, read_history, report, samples_dir, shown,
    };

    fn sample(name: &str) -> History {
        load(&samples_dir().join(name)).unwrap()
    }

    fn code(code: u16) -> Code {
        Code::new(code).unwrap()
    }

    fn field(name: &str, kind: &str, label: &str) -> TwofaField {
        TwofaField {
            name: name.to_owned(),
            kind: kind.to_owned(),
            label: label.to_owned(),
        }
    }

    fn lines(history: &History) -> Vec<String> {
        report(history).lines().map(str::to_owned).collect()
    }

    #[test]
    fn bundled_samples_are_the_valid_histories() {
        let names: Vec<String> = bundled_samples()
            .unwrap()
            .iter()
            .map(|path| path.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names,
            [
                "connection_error.json",
                "deprecated_site.json",
                "redirected.json",
                "sync_finished.json",
                "twofa_requested.json",
                "undocumented_twofa.json",
                "wrong_password.json",
            ]
        );
    }

    #[test]
    fn finished_sync_is_done() {
        let history = sample("sync_finished.json");
        assert_eq!(decide(&history.current), Action::Done);
        assert_eq!(
            lines(&history),
            [
                "  100 Register              Progress",
                "  101 Starting              Progress",
                "  102 Running               Progress",
                "  103 TokenReceived         Progress",
                "  200 Finish                Success",
                "now: done, the job has finished",
            ]
        );
    }

    #[test]
    fn twofa_request_lists_its_fields() {
        let history = sample("twofa_requested.json");
        assert_eq!(
            decide(&history.current),
            Action::AskForTwofa {
                address: Some("https://api.example.com/v1/jobs/4711/twofa".to_owned()),
                fields: vec![field("token", "text", "TAN from your banking app")],
            }
        );
        assert_eq!(
            lines(&history),
            [
                "  100 Register              Progress",
                "  101 Starting              Progress",
                "  410 Waiting               MultiFactorAuthentication",
                "now: ask the user for the multi-factor value and send it to https://api.example.com/v1/jobs/4711/twofa",
                "  token (text): \"TAN from your banking app\"",
            ]
        );
    }

    #[test]
    fn undocumented_codes_keep_their_category() {
        let history = sample("undocumented_twofa.json");
        assert_eq!(history.current.code.known(), None);
        assert_eq!(
            decide(&history.current),
            Action::AskForTwofa {
                address: Some("https://api.example.com/v1/jobs/4712/twofa".to_owned()),
                fields: vec![
                    field("method", "select", "Where should the bank send the code?"),
                    field("token", "number", "Code from the SMS"),
                ],
            }
        );
        assert_eq!(
            lines(&history),
            [
                "  100 Register              Progress",
                "  104 (not in the table)    Progress",
                "  412 (not in the table)    MultiFactorAuthentication",
                "now: ask the user for the multi-factor value and send it to https://api.example.com/v1/jobs/4712/twofa",
                "  method (select): \"Where should the bank send the code?\"",
                "  token (number): \"Code from the SMS\"",
            ]
        );
    }

    #[test]
    fn connection_error_retries_later() {
        let history = sample("connection_error.json");
        assert_eq!(decide(&history.current), Action::RetryLater);
        assert_eq!(
            lines(&history),
            [
                "  100 Register              Progress",
                "  101 Starting              Progress",
                "  102 Running               Progress",
                "  503 (not in the table)    ConnectionError",
                "now: retry later, the bank could not be reached",
            ]
        );
    }

    #[test]
    fn wrong_password_asks_the_user() {
        let history = sample("wrong_password.json");
        assert_eq!(decide(&history.current), Action::FixCredential);
        assert_eq!(
            lines(&history),
            [
                "  100 Register              Progress",
                "  101 Starting              Progress",
                "  401 Unauthorized          UserInteraction",
                "now: ask the user to fix the credential, then start a new job",
            ]
        );
    }

    #[test]
    fn code_without_category_is_reported() {
        let history = sample("redirected.json");
        assert_eq!(
            decide(&history.current),
            Action::Report {
                code: code(301),
                category: None
            }
        );
        assert_eq!(
            lines(&history),
            [
                "  100 Register              Progress",
                "  301 (not in the table)    (no category)",
                "now: stop polling and report code 301: it has no category, so its meaning is unknown",
            ]
        );
    }

    /// 449 lies outside `40x`; once `UserInteraction` covers the whole `4xx`, the same code
    /// asks the user to fix the credential, with no change to `decide`.
    #[test]
    fn code_449_follows_the_table() {
        let history = sample("deprecated_site.json");
        let (action, category, advice) = match code(449).category() {
            None => (
                Action::Report {
                    code: code(449),
                    category: None,
                },
                "(no category)",
                "now: stop polling and report code 449: it has no category, so its meaning is unknown",
            ),
            Some(CredentialStatusCategory::UserInteraction) => (
                Action::FixCredential,
                "UserInteraction",
                "now: ask the user to fix the credential, then start a new job",
            ),
            other => panic!("449 should be UserInteraction or have no category, not {other:?}"),
        };
        assert_eq!(decide(&history.current), action);
        assert_eq!(
            lines(&history),
            [
                "  100 Register              Progress".to_owned(),
                "  101 Starting              Progress".to_owned(),
                format!("  449 (not in the table)    {category}"),
                advice.to_owned(),
            ]
        );
    }

    #[test]
    fn decisions_follow_the_category() {
        let decide_code = |value| {
            decide(&Entry {
                code: code(value),
                address: None,
                twofa: Vec::new(),
            })
        };
        assert_eq!(decide_code(104), Action::KeepPolling);
        assert_eq!(decide_code(207), Action::Done);
        assert_eq!(decide_code(402), Action::FixCredential);
        assert_eq!(decide_code(508), Action::RetryLater);
        assert_eq!(
            decide_code(411),
            Action::AskForTwofa {
                address: None,
                fields: Vec::new()
            }
        );
        assert_eq!(
            decide_code(999),
            Action::Report {
                code: code(999),
                category: None
            }
        );
    }

    #[test]
    fn twofa_request_without_address_or_fields_says_so() {
        let history = read_history(r#"{"response": [{"code": 411}]}"#).unwrap();
        assert_eq!(
            lines(&history),
            [
                "  411 TwofaTimeout          MultiFactorAuthentication",
                "now: ask the user for the multi-factor value (the API gave no address to send it to)",
                "  (the API named no fields)",
            ]
        );
    }

    #[test]
    fn invalid_files_name_the_file_and_the_problem() {
        let invalid = samples_dir().join("invalid");
        let error = |name: &str| {
            let path = invalid.join(name);
            let message = load(&path).unwrap_err();
            let prefix = format!("{}: ", shown(&path));
            message
                .strip_prefix(&prefix)
                .unwrap_or_else(|| panic!("{message:?} should start with {prefix:?}"))
                .to_owned()
        };
        assert_eq!(
            error("malformed.json"),
            "malformed JSON: EOF while parsing a list at line 2 column 0"
        );
        assert_eq!(
            error("code_out_of_range.json"),
            "entry 2: 1000 is not a three-digit code (100 to 999)"
        );
        assert_eq!(
            error("empty_history.json"),
            "the history is empty: `response` has no entries"
        );
        assert_eq!(error("missing_code.json"), "entry 2: missing field `code`");
        assert!(error("no_such_file.json").starts_with("cannot read the file: "));
    }

    #[test]
    fn other_bad_input_is_an_error() {
        let problem = |json| read_history(json).unwrap_err();
        assert_eq!(
            problem(r#"[{"code": 100}]"#),
            "expected an object with a `response` array, found an array"
        );
        assert_eq!(
            problem(r#"{"status": [{"code": 100}]}"#),
            "the object has no `response` field"
        );
        assert_eq!(
            problem(r#"{"response": {"code": 100}}"#),
            "`response` is an object, not an array"
        );
        assert_eq!(
            problem(r#"{"response": [{"code": 100}, 410]}"#),
            "entry 2 is a number, not an object"
        );
        assert_eq!(
            problem(r#"{"response": [{"code": 99}]}"#),
            "entry 1: 99 is not a three-digit code (100 to 999)"
        );
        assert_eq!(
            problem(r#"{"response": [{"code": -410}]}"#),
            "entry 1: -410 is not a three-digit code (100 to 999)"
        );
        assert_eq!(
            problem(r#"{"response": [{"code": 410.5}]}"#),
            "entry 1: invalid type: floating point `410.5`, expected a three-digit code or a CredentialStatus name"
        );
        assert_eq!(
            problem(r#"{"response": [{"code": "Updated"}]}"#),
            "entry 1: \"Updated\" is not a CredentialStatus code or name"
        );
        assert_eq!(
            problem(
                r#"{"response": [{"code": 410, "twofa": [{"name": "token", "type": "text"}]}]}"#
            ),
            "entry 1: missing field `label`"
        );
    }

    #[test]
    fn codes_may_come_as_strings() {
        let history =
            read_history(r#"{"response": [{"code": "100"}, {"code": "TwofaTimeout"}]}"#).unwrap();
        assert_eq!(history.earlier[0].code, code(100));
        assert_eq!(history.current.code, code(411));
    }
}
