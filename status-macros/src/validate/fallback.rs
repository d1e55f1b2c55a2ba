//! Stand-ins: variants for the lines that were reported and left out, declared while the table
//! has errors, so that the user's uses of them add no rustc error after the macro's own.

use super::Checker;
use crate::generate::CODE_ENUM_ITEMS;
use crate::model::unraw;
use proc_macro2::Ident;
use syn::Attribute;

/// Variants declared only while the table has errors, for lines that were reported and left
/// out, so that the user's uses of them add no error of rustc's: every such identifier that no
/// generated variant or generated item already has.
pub(super) fn stand_ins(rules: &Checker) -> Vec<(Vec<Attribute>, Ident)> {
    let mut taken: std::collections::HashSet<String> = rules
        .codes
        .iter()
        .map(|code| unraw(&code.ident))
        .chain(CODE_ENUM_ITEMS.iter().map(|item| (*item).to_owned()))
        .chain(rules.predicates.keys().cloned())
        .collect();
    rules
        .left_out
        .iter()
        .filter(|(_, ident)| taken.insert(unraw(ident)))
        .cloned()
        .collect()
}
