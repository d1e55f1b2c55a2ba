//! The searches for the hash parameters a table's lookups use, run at expansion time.
//!
//! The hashes themselves are defined once, in the facade (`Slots::slot` and `Keys::hash`),
//! which places every entry with them while the user's crate compiles: parameters that do not
//! fit stop the build there. The searches here evaluate the same formulas to find parameters
//! that fit.

use crate::model::Table;
use proc_macro2::{Literal, TokenStream};
use quote::quote;
use std::collections::HashSet;

/// How `name()` and `Display` find a code's slot, as the facade's `Slots`: `code - lowest` for
/// tables without gaps; a slot hash for tables of up to 254 codes with gaps, when a small one
/// exists; else the position read from an index over the span.
pub fn slots(table: &Table) -> TokenStream {
    let codes: Vec<u16> = table.codes.iter().map(|code| code.value).collect();
    let bounds = codes.iter().min().zip(codes.iter().max());
    if bounds.is_none_or(|(lowest, highest)| usize::from(highest - lowest) + 1 == codes.len()) {
        return quote!(Dense);
    }
    let Some(parameters) = find_slot_hash(&codes) else {
        return quote!(Indexed);
    };
    let [multiplier, shift] = parameters.map(Literal::u32_unsuffixed);
    quote!(hash(#multiplier, #shift))
}

/// `(code × multiplier) >> shift`, the top bits of a 32-bit product.
fn slot(code: u16, multiplier: u32, shift: u32) -> usize {
    (u32::from(code).wrapping_mul(multiplier) >> shift) as usize
}

/// The smallest slot hash under which no two codes share a slot, in a table of two, four or
/// eight times the number of codes (rounded up to a power of two): `[multiplier, shift]`.
fn find_slot_hash(codes: &[u16]) -> Option<[u32; 2]> {
    if codes.len() > 254 {
        return None;
    }
    let smallest = (codes.len() * 2).next_power_of_two().max(2);
    // A slot is taken when its stamp is the current candidate's: no clearing between tries.
    let mut stamps = vec![0_u32; smallest << 2];
    let mut stamp = 0;
    for size in (0..3).map(|shift| smallest << shift) {
        let shift = 32 - size.trailing_zeros();
        for multiplier in (1..1 << 14).map(|k: u32| k.wrapping_mul(0x9E37_79B1) | 1) {
            stamp += 1;
            let injective = codes.iter().all(|&code| {
                std::mem::replace(&mut stamps[slot(code, multiplier, shift)], stamp) != stamp
            });
            if injective {
                return Some([multiplier, shift]);
            }
        }
    }
    None
}

/// How `from_name` finds a string's slot, as the facade's `Keys`: a hash of the strings
/// `from_name` accepts, or else, for strings that agree on every byte the hash can read, the
/// order that sorts them, each as its code's position and which of the code's strings it is.
pub fn keys(table: &Table) -> TokenStream {
    let mut keys = table.name_keys();
    let strings: Vec<&str> = keys.iter().map(|(key, _)| key.as_str()).collect();
    if let Some(parameters) = find_key_hash(&strings) {
        let parameters = parameters.map(Literal::usize_unsuffixed);
        return quote!(hashed([#(#parameters),*]));
    }
    keys.sort();
    let order = keys.iter().map(|(_, (position, which))| {
        let [position, which] = [position, which].map(|&n| Literal::u16_unsuffixed(n));
        quote!((#position, #which))
    });
    quote!(Sorted(&[#(#order),*]))
}

/// Multipliers tried per table size; enough for any table whose names differ in their first
/// byte, last byte or length, and cheap to search (at most 4 × 63 × 63 candidates, times 15
/// when a third byte is needed).
const MULTIPLIERS: std::ops::Range<usize> = 1..64;
/// One-based positions tried for the third byte, and its multipliers.
const PROBES: std::ops::RangeInclusive<usize> = 2..=9;
const THIRD_MULTIPLIERS: std::ops::Range<usize> = 1..16;

/// `(first × a + last × b + length + third × c) & (slots - 1)`, `third` the byte at the
/// one-based `probe` or the last one; the parameters are `[a, b, probe, c, slots]`.
fn key_slot([a, b, probe, c, slots]: [usize; 5], key: &[u8]) -> usize {
    let third = usize::from(key[probe.min(key.len()) - 1]);
    (usize::from(key[0]) * a + usize::from(key[key.len() - 1]) * b + key.len() + third * c)
        & (slots - 1)
}

/// The first parameters, smallest table first, under which no two keys share a slot.
fn find_key_hash(keys: &[&str]) -> Option<[usize; 5]> {
    if keys.is_empty() || keys.iter().any(|key| key.is_empty()) {
        return None;
    }
    // Strings that agree on every byte the hash reads cannot be hashed apart.
    let distinct = |probe: Option<usize>| {
        let inputs: HashSet<(u8, u8, usize, u8)> = keys
            .iter()
            .map(|key| {
                let key = key.as_bytes();
                let third = probe.map_or(0, |probe| key[probe.min(key.len()) - 1]);
                (key[0], key[key.len() - 1], key.len(), third)
            })
            .collect();
        inputs.len() == keys.len()
    };
    // Without a third byte: probe 1 and multiplier 0, which add nothing.
    let thirds: Vec<(usize, usize)> = if distinct(None) {
        vec![(1, 0)]
    } else {
        let probe = PROBES.clone().find(|&probe| distinct(Some(probe)))?;
        THIRD_MULTIPLIERS.map(|c| (probe, c)).collect()
    };
    let smallest = keys.len().next_power_of_two();
    let mut stamps = vec![0_usize; smallest << 3];
    let mut stamp = 0;
    for slots in (0..4).map(|shift| smallest << shift) {
        for &(probe, c) in &thirds {
            for (a, b) in MULTIPLIERS.flat_map(|a| MULTIPLIERS.map(move |b| (a, b))) {
                let candidate = [a, b, probe, c, slots];
                stamp += 1;
                let injective = keys.iter().all(|key| {
                    let slot = &mut stamps[key_slot(candidate, key.as_bytes())];
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

#[cfg(test)]
#[path = "hash/tests.rs"]
mod tests;
