use super::{find_key_hash, key_slot, keys, slots};
use crate::errors::Errors;
use proc_macro2::TokenStream;

fn slots_of(names: &[&str]) -> Option<Vec<usize>> {
    let hash = find_key_hash(names)?;
    Some(
        names
            .iter()
            .map(|name| key_slot(hash, name.as_bytes()))
            .collect(),
    )
}

#[test]
fn names_that_agree_on_first_last_and_length_get_a_third_byte() {
    let names = ["Invalidtoken", "InvalidToken", "Locked", "Waiting", "A"];
    let slots = slots_of(&names).expect("a perfect hash");
    let mut distinct = slots.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(distinct.len(), names.len(), "{slots:?}");
}

#[test]
fn names_that_differ_only_past_the_probes_fall_back() {
    assert_eq!(slots_of(&["Axxxxxxxxxz", "Axxxxxxxxyz"]), None);
    assert!(slots_of(&["Abc", "Abd", "Xyz"]).is_some());
}

/// The checked table of `source`.
fn table(source: &str) -> crate::model::Table {
    let input: TokenStream = format!("::status_codes; {source}").parse().expect("tokens");
    let mut errors = Errors::default();
    let table = crate::parse::parse(input, &mut errors).expect("a table");
    let name = table.ident.clone().expect("a name");
    let checked = crate::validate::validate(&table, &name, &mut errors);
    assert!(errors.to_compile_errors().is_empty());
    checked
}

/// A table of `count` codes from 100 up, every `step`-th, a category per hundred.
fn codes(count: u16, step: u16) -> crate::model::Table {
    let categories = (1..=9).map(|hundred| {
        let codes = (0..count)
            .map(|i| 100 + i * step)
            .filter(|code| code / 100 == hundred);
        let codes: Vec<String> = codes.map(|code| format!("{code} C{code}")).collect();
        format!("{hundred}xx H{hundred} < {} >", codes.join(", "))
    });
    table(&format!(
        "enum E {{ {} }}",
        categories.collect::<Vec<_>>().join(" ")
    ))
}

#[test]
fn the_parameters_of_the_documented_table() {
    let table = table(
        "enum CredentialStatus {
            1xx Progress < 100 Register, 101 Starting, 102 Running, 103 TokenReceived >
            2xx Success < 200 Finish, 201 Pending, 202 NoTransactions, 203 PartialTransactions,
                204 Incomplete, 205 Pending205 as \"Pending\", 206 NoAccounts >
            4xx UserInteraction < 401 Unauthorized, 403 Invalidtoken, 405 Locked, 406 Conflict,
                408 UserAction, 409 WrongSite >
            41x MultiFactorAuthentication < 410 Waiting, 411 TwofaTimeout, 413 LoginError >
            5xx ConnectionError < 500 Error, 501 Unavailable, 504 ConnectionTimeout,
                509 UndergoingMaintenance >
        }",
    );
    assert_eq!(slots(&table).to_string(), "hash (387276917 , 26)");
    assert_eq!(keys(&table).to_string(), "hashed ([5 , 37 , 1 , 0 , 64])");
}

#[test]
fn slots_by_size_and_gaps() {
    assert_eq!(slots(&codes(900, 1)).to_string(), "Dense");
    assert_eq!(slots(&codes(3, 1)).to_string(), "Dense");
    assert!(slots(&codes(254, 3)).to_string().starts_with("hash"));
    assert_eq!(slots(&codes(255, 3)).to_string(), "Indexed");
    // Names that agree on every byte the hash reads are sorted.
    let sorted = table("enum E { 1xx P < 100 Axxxxxxxxyz, 101 Axxxxxxxxxz, 102 B > }");
    assert_eq!(
        keys(&sorted).to_string(),
        "Sorted (& [(1 , 0) , (0 , 0) , (2 , 0)])"
    );
}
