//! `from_name`: a lookup structure chosen at expansion time.
//!
//! A `match` on string literals compares the input against each candidate in turn, and every
//! comparison is a branch that mispredicts on real input. Instead:
//!
//! - **Perfect hash** (the usual case): the macro searches for small multipliers `a` and `b`
//!   such that `first byte × a + last byte × b + length`, masked to a power of two, sends every
//!   name to its own slot. Where two names agree on those (an alias that differs only in case,
//!   `"Invalidtoken"` and `"InvalidToken"`), a third byte at a fixed position joins the hash. The generated code computes that hash without a branch, reads one
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
    /// A third byte, at `probe` (clamped to the last byte), times `c`: for names that agree on
    /// first byte, last byte and length, such as an alias that differs in case.
    probe: Option<(usize, usize)>,
    slots: usize,
}

impl PerfectHash {
    /// Multipliers tried per table size; enough for any table whose names differ in their first
    /// byte, last byte or length, and cheap to search (at most 4 × 63 × 63 candidates, times 15
    /// when a third byte is needed).
    const MULTIPLIERS: std::ops::Range<usize> = 1..64;
    /// Positions tried for the third byte, and its multipliers.
    const PROBES: std::ops::RangeInclusive<usize> = 1..=8;
    const THIRD_MULTIPLIERS: std::ops::Range<usize> = 1..16;

    fn third(key: &[u8], probe: usize) -> u8 {
        key[key.len().min(probe + 1) - 1]
    }

    fn hash(&self, key: &[u8]) -> usize {
        let (first, last) = (usize::from(key[0]), usize::from(key[key.len() - 1]));
        let third = self
            .probe
            .map_or(0, |(probe, c)| usize::from(Self::third(key, probe)) * c);
        (first * self.a + last * self.b + key.len() + third) & (self.slots - 1)
    }

    fn find(keys: &[(String, &Code)]) -> Option<Self> {
        if keys.is_empty() || keys.iter().any(|(key, _)| key.is_empty()) {
            return None;
        }
        // Names that agree on every byte the hash reads cannot be hashed apart.
        let distinct = |probe: Option<usize>| {
            let inputs: HashSet<(u8, u8, usize, u8)> = keys
                .iter()
                .map(|(key, _)| {
                    let key = key.as_bytes();
                    let third = probe.map_or(0, |probe| Self::third(key, probe));
                    (key[0], key[key.len() - 1], key.len(), third)
                })
                .collect();
            inputs.len() == keys.len()
        };
        let probe = std::iter::once(None)
            .chain(Self::PROBES.map(Some))
            .find(|&probe| distinct(probe))?;
        let thirds: Vec<Option<(usize, usize)>> = match probe {
            None => vec![None],
            Some(probe) => Self::THIRD_MULTIPLIERS.map(|c| Some((probe, c))).collect(),
        };
        let smallest = keys.len().next_power_of_two();
        // A slot is taken when its stamp is the current candidate's: no clearing between tries.
        let mut stamps = vec![0_usize; smallest << 3];
        let mut stamp = 0;
        for slots in (0..4).map(|shift| smallest << shift) {
            for &probe in &thirds {
                for a in Self::MULTIPLIERS {
                    for b in Self::MULTIPLIERS {
                        let candidate = Self { a, b, probe, slots };
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
        }
        None
    }

    fn lookup(&self, table: &Table, keys: &[(String, &Code)], bytes: &Ident) -> TokenStream {
        let enum_ident = &table.ident;
        let mut slots: Vec<TokenStream> = vec![quote!(("", None)); self.slots];
        for (key, code) in keys {
            let variant = &code.ident;
            slots[self.hash(key.as_bytes())] = quote!((#key, Some(#enum_ident::#variant)));
        }
        let (a, b, count) = (self.a, self.b, self.slots);
        let mask = self.slots - 1;
        let [first, last, hash, key, status] =
            ["first", "last", "hash", "key", "status"].map(local);
        let third = self.probe.map(|(probe, c)| {
            let end = probe + 1;
            quote! {
                .wrapping_add(
                    (#bytes[#bytes.len().min(#end) - 1] as ::core::primitive::usize).wrapping_mul(#c),
                )
            }
        });
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
                .wrapping_add(#bytes.len())
                #third;
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
                Some(#enum_ident::#ident)
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

#[cfg(test)]
mod tests {
    use super::PerfectHash;
    use crate::model::Code;
    use proc_macro2::{Ident, Span};

    fn code() -> Code {
        Code {
            attrs: Vec::new(),
            value: 100,
            ident: Ident::new("A", Span::call_site()),
            name: String::new(),
            aliases: Vec::new(),
            description: None,
            category: 0,
        }
    }

    fn slots_of(names: &[&str]) -> Option<Vec<usize>> {
        let code = code();
        let keys: Vec<(String, &Code)> = names
            .iter()
            .map(|name| ((*name).to_owned(), &code))
            .collect();
        let hash = PerfectHash::find(&keys)?;
        Some(
            names
                .iter()
                .map(|name| hash.hash(name.as_bytes()))
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
}
