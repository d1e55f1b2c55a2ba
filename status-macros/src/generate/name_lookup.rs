//! `from_name`: a decision tree built at expansion time.
//!
//! A `match` on string literals compares the input against each candidate in turn. Instead the
//! generated code switches on the input's length, then on the byte position that best tells the
//! remaining candidates apart (chosen here, per group), and finishes with a single comparison
//! against the only candidate left. No hashing, no allocation, at most one `memcmp`.

use crate::model::{Code, Table};
use proc_macro2::{Literal, TokenStream};
use quote::quote;
use std::collections::BTreeMap;

pub fn body(table: &Table) -> TokenStream {
    let enum_ident = &table.ident;
    let mut by_length: BTreeMap<usize, Vec<(Vec<u8>, &Code)>> = BTreeMap::new();
    for (key, code) in table.name_keys() {
        by_length
            .entry(key.len())
            .or_default()
            .push((key.into_bytes(), code));
    }
    let arms = by_length.into_iter().map(|(length, candidates)| {
        let tree = decide(enum_ident, candidates);
        quote! { #length => #tree, }
    });
    quote! {
        let bytes = name.as_bytes();
        match bytes.len() {
            #(#arms)*
            _ => ::core::option::Option::None,
        }
    }
}

/// Candidates all have the same length and differ from each other.
fn decide(enum_ident: &syn::Ident, candidates: Vec<(Vec<u8>, &Code)>) -> TokenStream {
    if let [(key, code)] = candidates.as_slice() {
        let ident = &code.ident;
        let key = Literal::byte_string(key);
        return quote! {
            if bytes == #key {
                ::core::option::Option::Some(#enum_ident::#ident)
            } else {
                ::core::option::Option::None
            }
        };
    }
    let position = most_telling_position(&candidates);
    let mut by_byte: BTreeMap<u8, Vec<(Vec<u8>, &Code)>> = BTreeMap::new();
    for candidate in candidates {
        by_byte
            .entry(candidate.0[position])
            .or_default()
            .push(candidate);
    }
    let arms = by_byte.into_iter().map(|(byte, group)| {
        let byte = Literal::u8_suffixed(byte);
        let tree = decide(enum_ident, group);
        quote! { #byte => #tree, }
    });
    quote! {
        match bytes[#position] {
            #(#arms)*
            _ => ::core::option::Option::None,
        }
    }
}

/// The byte position whose values split the candidates into the most groups; the first such
/// position on ties, so the output is stable.
fn most_telling_position(candidates: &[(Vec<u8>, &Code)]) -> usize {
    let length = candidates[0].0.len();
    (0..length)
        .max_by_key(|&position| {
            let mut seen = [false; 256];
            let distinct = candidates
                .iter()
                .filter(|(key, _)| !std::mem::replace(&mut seen[usize::from(key[position])], true))
                .count();
            (distinct, std::cmp::Reverse(position))
        })
        .unwrap_or(0)
}
