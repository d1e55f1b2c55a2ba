//! `from_name`: a lookup structure chosen at expansion time.
//!
//! A `match` on string literals compares the input against each candidate in turn, and every
//! comparison is a branch that mispredicts on real input. Instead:
//!
//! - **Perfect hash** (the usual case): the macro searches for small multipliers `a` and `b`
//!   such that `first byte × a + last byte × b + length`, masked to a power of two, sends every
//!   name to its own slot. The generated code computes that hash without a branch, reads one
//!   slot and makes one comparison. No hashing library, no allocation, and the same cost for a
//!   hit and a miss.
//! - **Decision tree** (when no such hash exists, say for names that differ only in the middle):
//!   a switch on the length, then on the byte position that best tells the remaining names
//!   apart, down to a single comparison.

use super::code_impl::local;
use crate::model::{Code, Table};
use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;
use std::collections::{BTreeMap, HashSet};

/// The body of `from_name`, whose parameter is `name`.
pub fn body(table: &Table, name: &Ident) -> TokenStream {
    let keys = table.name_keys();
    let bytes = local("bytes");
    let lookup = match PerfectHash::find(&keys) {
        Some(hash) => hash.lookup(table, &keys, &bytes),
        None => decision_tree(table, keys, &bytes),
    };
    quote! {
        let #bytes = #name.as_bytes();
        #lookup
    }
}

/// `(first × a + last × b + length) & (slots - 1)`, injective over the table's names.
struct PerfectHash {
    a: usize,
    b: usize,
    slots: usize,
}

impl PerfectHash {
    /// Multipliers tried per table size; enough for any table whose names differ in their first
    /// byte, last byte or length, and cheap to search (at most 4 × 63 × 63 candidates).
    const MULTIPLIERS: std::ops::Range<usize> = 1..64;

    fn hash(&self, key: &[u8]) -> usize {
        let (first, last) = (usize::from(key[0]), usize::from(key[key.len() - 1]));
        (first * self.a + last * self.b + key.len()) & (self.slots - 1)
    }

    fn find(keys: &[(String, &Code)]) -> Option<Self> {
        if keys.is_empty() || keys.iter().any(|(key, _)| key.is_empty()) {
            return None;
        }
        // Names that agree on first byte, last byte and length cannot be hashed apart.
        let inputs: HashSet<(u8, u8, usize)> = keys
            .iter()
            .map(|(key, _)| (key.as_bytes()[0], key.as_bytes()[key.len() - 1], key.len()))
            .collect();
        if inputs.len() < keys.len() {
            return None;
        }
        let smallest = keys.len().next_power_of_two();
        // A slot is taken when its stamp is the current candidate's: no clearing between tries.
        let mut stamps = vec![0_usize; smallest << 3];
        let mut stamp = 0;
        for slots in (0..4).map(|shift| smallest << shift) {
            for a in Self::MULTIPLIERS {
                for b in Self::MULTIPLIERS {
                    let candidate = Self { a, b, slots };
                    stamp += 1;
                    let injective = keys.iter().all(|(key, _)| {
                        let slot = &mut stamps[candidate.hash(key.as_bytes())];
                        std::mem::replace(slot, stamp) != stamp
                    });
                    if injective {
                        return Some(candidate);
                    }
                }
            }
        }
        None
    }

    fn lookup(&self, table: &Table, keys: &[(String, &Code)], bytes: &Ident) -> TokenStream {
        let enum_ident = &table.ident;
        let mut slots: Vec<TokenStream> =
            vec![quote!(("", ::core::option::Option::None)); self.slots];
        for (key, code) in keys {
            let variant = &code.ident;
            slots[self.hash(key.as_bytes())] =
                quote!((#key, ::core::option::Option::Some(#enum_ident::#variant)));
        }
        let (a, b, count) = (self.a, self.b, self.slots);
        let mask = self.slots - 1;
        let [first, last, hash, key, status] =
            ["first", "last", "hash", "key", "status"].map(local);
        quote! {
            const SLOTS: &[(&::core::primitive::str, ::core::option::Option<#enum_ident>); #count] =
                &[#(#slots),*];
            let (::core::option::Option::Some(&#first), ::core::option::Option::Some(&#last)) =
                (#bytes.first(), #bytes.last())
            else {
                return ::core::option::Option::None;
            };
            let #hash = (#first as ::core::primitive::usize)
                .wrapping_mul(#a)
                .wrapping_add((#last as ::core::primitive::usize).wrapping_mul(#b))
                .wrapping_add(#bytes.len());
            let (#key, #status) = SLOTS[#hash & #mask];
            if #key.as_bytes() == #bytes {
                #status
            } else {
                ::core::option::Option::None
            }
        }
    }
}

fn decision_tree(table: &Table, keys: Vec<(String, &Code)>, bytes: &Ident) -> TokenStream {
    let enum_ident = &table.ident;
    let mut by_length: BTreeMap<usize, Vec<(Vec<u8>, &Code)>> = BTreeMap::new();
    for (key, code) in keys {
        by_length
            .entry(key.len())
            .or_default()
            .push((key.into_bytes(), code));
    }
    let arms = by_length.into_iter().map(|(length, candidates)| {
        let tree = decide(enum_ident, candidates, bytes);
        quote! { #length => #tree, }
    });
    quote! {
        match #bytes.len() {
            #(#arms)*
            _ => ::core::option::Option::None,
        }
    }
}

/// Candidates all have the same length and differ from each other.
fn decide(enum_ident: &Ident, candidates: Vec<(Vec<u8>, &Code)>, bytes: &Ident) -> TokenStream {
    if let [(key, code)] = candidates.as_slice() {
        let ident = &code.ident;
        let key = Literal::byte_string(key);
        return quote! {
            if #bytes == #key {
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
        let tree = decide(enum_ident, group, bytes);
        quote! { #byte => #tree, }
    });
    quote! {
        match #bytes[#position] {
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
