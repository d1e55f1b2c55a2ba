//! The rules of names: each documented name and alias survives `Display` → `FromStr`, and what
//! `from_name` accepts selects one code.

use super::{Origin, Written};
use crate::errors::Errors;
use crate::model::{self, unraw};
use proc_macro2::Span;
use std::collections::HashMap;
use syn::LitStr;

/// A documented name or alias must survive `Display` → `FromStr`: words separated by single
/// spaces, not reading as a code.
pub(super) fn check_name(name: &LitStr, errors: &mut Errors) -> Option<String> {
    let value = name.value();
    let problem = if value.is_empty() {
        "a code's name cannot be empty"
    } else if value.chars().any(char::is_control) {
        "a code's name cannot contain control characters"
    } else if value.starts_with(char::is_whitespace) || value.ends_with(char::is_whitespace) {
        "a code's name cannot start or end with whitespace"
    } else if value.chars().any(|c| c.is_whitespace() && c != ' ') || value.contains("  ") {
        "words of a code's name are separated by single spaces"
    } else if value.starts_with(|c: char| c.is_ascii_digit()) {
        "a code's name cannot start with a digit: it would read as a code"
    } else {
        return Some(value);
    };
    errors.at(name.span(), problem);
    None
}

/// What `from_name` accepts must select one code: an identifier must not be another code's
/// name or alias, and an alias must be no other code's name, alias or identifier, nor repeat
/// its own code's. Codes may share a documented name (the first in table order wins).
pub(super) fn check_names(codes: &[model::Code], written: &[Written], errors: &mut Errors) {
    // Keys in table order, so that errors come in the order of the table.
    let mut claims: HashMap<String, Vec<Claim>> = HashMap::new();
    let mut keys: Vec<String> = Vec::new();
    for (index, (code, written)) in codes.iter().zip(written).enumerate() {
        let local = written.origin == Origin::Local;
        let span = |position: usize| written.names.get(position).copied().filter(|_| local);
        let mut claim = |key: &str, role, span| {
            let claim = Claim { index, role, span };
            let entry = claims.entry(key.to_owned()).or_default();
            if entry.is_empty() {
                keys.push(key.to_owned());
            }
            entry.push(claim);
        };
        claim(&code.name, Role::Name, span(0));
        for (position, alias) in code.aliases.iter().enumerate() {
            claim(alias, Role::Alias, span(position + 1));
        }
        let ident = unraw(&code.ident);
        if ident != code.name {
            claim(&ident, Role::Identifier, local.then(|| code.ident.span()));
        }
    }
    for key in &keys {
        let claims = &claims[key];
        for (position, later) in claims.iter().enumerate() {
            let clash = claims[..position].iter().find(|earlier| {
                let both_names = earlier.role == Role::Name && later.role == Role::Name;
                earlier.index != later.index && !both_names
                    || earlier.index == later.index && later.role == Role::Alias
            });
            let Some(earlier) = clash else { continue };
            // On the alias, if one of the two is an alias of the extension's; else on the later
            // token when it is the extension's, else on the earlier one.
            let alias_first = earlier.role == Role::Alias && later.role != Role::Alias;
            let (subject, object, at) = match (later.span, earlier.span) {
                (_, Some(at)) if alias_first => (earlier, later, at),
                (Some(at), _) => (later, earlier, at),
                (None, Some(at)) => (earlier, later, at),
                (None, None) => continue,
            };
            let (code, other) = (codes[subject.index].value, codes[object.index].value);
            let (claimed, claiming) = (object.role.object(), subject.role.subject(key));
            let message = if subject.index == object.index {
                format!("alias \"{key}\" repeats {claimed} of code {code}")
            } else {
                format!(
                    "{claiming} of code {code} is {claimed} of code {other}: \
                     `from_name(\"{key}\")` would be ambiguous"
                )
            };
            errors.at(at, message);
        }
    }
}

/// A string `from_name` accepts, as claimed by one code.
struct Claim {
    index: usize,
    role: Role,
    /// The claiming token, for the extension's own entries.
    span: Option<Span>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Name,
    Alias,
    Identifier,
}

impl Role {
    fn subject(self, key: &str) -> String {
        match self {
            Role::Name => format!("name \"{key}\""),
            Role::Alias => format!("alias \"{key}\""),
            Role::Identifier => format!("identifier `{key}`"),
        }
    }

    fn object(self) -> &'static str {
        match self {
            Role::Name => "the documented name",
            Role::Alias => "an alias",
            Role::Identifier => "the identifier",
        }
    }
}
