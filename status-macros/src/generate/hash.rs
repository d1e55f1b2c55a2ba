//! The searches for the hash parameters a table's lookups use, run at expansion time.
//!
//! The hashes themselves are defined once, in the facade (`Slots::slot` and `Keys::hash`),
//! which places every entry with them while the user's crate compiles: parameters that do not
//! fit stop the build there. The searches here evaluate the same formulas to find parameters
//! that fit.

use crate::model::Table;
use std::collections::HashSet;

/// How `name()` and `Display` find a code's slot; see the facade's `Slots`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Slots {
    Hash { multiplier: u32, shift: u32 },
    Dense,
    Indexed,
}

impl Slots {
    /// A slot hash for tables of up to 254 codes with gaps, when a small one exists; `code -
    /// lowest` for tables without gaps; else the position read from an index over the span.
    pub fn of(table: &Table) -> Self {
        let count = table.code_count();
        let gapless = table
            .code_bounds()
            .is_none_or(|bounds| usize::from(bounds.last - bounds.first) + 1 == count);
        if gapless {
            return Slots::Dense;
        }
        let codes: Vec<u16> = table.codes.iter().map(|code| code.value).collect();
        if count > 254 {
            return Slots::Indexed;
        }
        find_slot_hash(&codes).map_or(Slots::Indexed, |(multiplier, shift)| Slots::Hash {
            multiplier,
            shift,
        })
    }
}

/// `(code × multiplier) >> shift`, the top bits of a 32-bit product.
fn slot(code: u16, multiplier: u32, shift: u32) -> usize {
    (u32::from(code).wrapping_mul(multiplier) >> shift) as usize
}

/// The smallest slot hash under which no two codes share a slot, in a table of two, four or
/// eight times the number of codes (rounded up to a power of two).
fn find_slot_hash(codes: &[u16]) -> Option<(u32, u32)> {
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
                return Some((multiplier, shift));
            }
        }
    }
    None
}

/// How `from_name` finds a string's slot; see the facade's `Keys`.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Keys {
    /// `(first × a + last × b + length + third × c) & (slots - 1)`, `third` the byte at the
    /// one-based `probe` or the last one.
    Hash {
        a: usize,
        b: usize,
        probe: usize,
        c: usize,
        slots: usize,
    },
    /// Strings that agree on every byte the hash can read: the order that sorts them, as
    /// positions in the list of every name, every alias and every identifier.
    Sorted(Vec<u16>),
}

impl Keys {
    /// Multipliers tried per table size; enough for any table whose names differ in their first
    /// byte, last byte or length, and cheap to search (at most 4 × 63 × 63 candidates, times 15
    /// when a third byte is needed).
    const MULTIPLIERS: std::ops::Range<usize> = 1..64;
    /// One-based positions tried for the third byte, and its multipliers.
    const PROBES: std::ops::RangeInclusive<usize> = 2..=9;
    const THIRD_MULTIPLIERS: std::ops::Range<usize> = 1..16;

    /// A hash of the strings `from_name` accepts, or else their order.
    pub fn of(table: &Table) -> Self {
        let keys: Vec<String> = table.name_keys().into_iter().map(|(key, _)| key).collect();
        Self::find(&keys).unwrap_or_else(|| Self::sorted(table))
    }

    /// The first of each string in the list of every name, every alias (codes in table order)
    /// and every identifier, which is the order of precedence, sorted by the strings' bytes.
    fn sorted(table: &Table) -> Self {
        let names = table.codes.iter().map(|code| code.name.clone());
        let aliases = table
            .codes
            .iter()
            .flat_map(|code| code.aliases.iter().cloned());
        let identifiers = table
            .codes
            .iter()
            .map(|code| crate::model::unraw(&code.ident));
        let mut seen = HashSet::new();
        let mut firsts: Vec<(String, u16)> = names
            .chain(aliases)
            .chain(identifiers)
            .enumerate()
            .filter(|(_, key)| seen.insert(key.clone()))
            .map(|(position, key)| (key, u16::try_from(position).unwrap_or(u16::MAX)))
            .collect();
        firsts.sort();
        Keys::Sorted(firsts.into_iter().map(|(_, position)| position).collect())
    }

    fn hash(&self, key: &[u8]) -> usize {
        let &Keys::Hash {
            a,
            b,
            probe,
            c,
            slots,
        } = self
        else {
            return 0;
        };
        let third = usize::from(key[probe.min(key.len()) - 1]);
        (usize::from(key[0]) * a + usize::from(key[key.len() - 1]) * b + key.len() + third * c)
            & (slots - 1)
    }

    fn find(keys: &[String]) -> Option<Self> {
        if keys.is_empty() || keys.iter().any(String::is_empty) {
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
            let probe = Self::PROBES.clone().find(|&probe| distinct(Some(probe)))?;
            Self::THIRD_MULTIPLIERS.map(|c| (probe, c)).collect()
        };
        let smallest = keys.len().next_power_of_two();
        let mut stamps = vec![0_usize; smallest << 3];
        let mut stamp = 0;
        for slots in (0..4).map(|shift| smallest << shift) {
            for &(probe, c) in &thirds {
                for a in Self::MULTIPLIERS {
                    for b in Self::MULTIPLIERS {
                        let candidate = Keys::Hash {
                            a,
                            b,
                            probe,
                            c,
                            slots,
                        };
                        stamp += 1;
                        let injective = keys.iter().all(|key| {
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
}

#[cfg(test)]
#[path = "hash/tests.rs"]
mod tests;
