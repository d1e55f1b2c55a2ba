//! Function groups: `x2x Connections` holds every code whose middle digit is 2, known to the
//! table or not, whatever its category. A group's header is `x`, a digit and `x`; its name and
//! its predicate `is_<group>()` are its own; an extension keeps its base's groups and may add
//! groups for the digits its base left undeclared.

use super::{Origin, strip_cfg};
use crate::ast;
use crate::errors::Errors;
use crate::model::{self, unraw};
use proc_macro2::Span;
use std::collections::HashMap;

/// Associated items of the generated group enum, which a group of the same name would clash
/// with.
const GROUP_ENUM_ITEMS: &[&str] = &[
    "ALL",
    "name",
    "header",
    "digit",
    "from_code",
    "members",
    "from_name",
];

/// The checked groups of a table: its base's, taken as they are, then its own.
pub(super) fn check_groups(
    table: &ast::Table,
    checked: &model::Table,
    base_name: &str,
    errors: &mut Errors,
) -> Vec<model::Group> {
    // Each checked group, where it was written, and its header's and name's spans.
    let mut groups: Vec<(model::Group, Origin, Span, Span)> = Vec::new();
    let base = table.base.iter().flat_map(|base| &base.groups);
    let written = base
        .map(|group| (group, Origin::Base))
        .chain(table.groups.iter().map(|group| (group, Origin::Local)));
    for (group, origin) in written {
        let mut ignored = Errors::default();
        let errors = if origin == Origin::Base {
            &mut ignored
        } else {
            &mut *errors
        };
        let Some(digit) = digit(&group.header) else {
            errors.at(
                group.header.span(),
                format!(
                    "`{}` is no function group header: a group's header is `x`, a digit and `x`, \
                     such as `x2x`",
                    group.header
                ),
            );
            continue;
        };
        let name = unraw(&group.ident);
        if !header_is_new(&groups, group, digit, base_name, errors) {
            continue;
        }
        if let Some(problem) = name_problem(&name, &checked.categories, &checked.codes) {
            errors.at(group.ident.span(), problem);
            continue;
        }
        if let Some((other, _, _, other_name)) = groups
            .iter()
            .find(|(other, ..)| unraw(&other.ident) == name)
        {
            errors.duplicate(
                group.ident.span(),
                format!(
                    "duplicate function group `{name}`: `x{}x` already has this name",
                    other.digit
                ),
                *other_name,
            );
            continue;
        }
        let predicate = group.ident.to_string();
        if let Some((other, ..)) = groups
            .iter()
            .find(|(other, ..)| other.predicate() == model::Group::predicate_of(&predicate))
        {
            errors.at(
                group.ident.span(),
                format!(
                    "function groups `{}` and `{name}` would both generate `{}()`",
                    unraw(&other.ident),
                    other.predicate()
                ),
            );
            continue;
        }
        let attrs = strip_cfg(&group.attrs, "function group", errors);
        let checked_group = model::Group {
            attrs,
            digit,
            ident: group.ident.clone(),
        };
        groups.push((
            checked_group,
            origin,
            group.header.span(),
            group.ident.span(),
        ));
    }
    if let (Some(code), false) = (
        checked.codes.iter().find(|code| code.ident == "group"),
        groups.is_empty(),
    ) {
        errors.at(
            code.ident.span(),
            "`group` cannot name a code of a table with function groups: the generated enum has \
             an item `group`",
        );
    }
    groups.into_iter().map(|(group, ..)| group).collect()
}

/// Whether the group's digit is free, or taken by the same base group (which the group repeats
/// exactly); a clash is reported.
fn header_is_new(
    groups: &[(model::Group, Origin, Span, Span)],
    group: &ast::Group,
    digit: u8,
    base_name: &str,
    errors: &mut Errors,
) -> bool {
    let name = unraw(&group.ident);
    if let Some((other, other_origin, other_header, _)) =
        groups.iter().find(|(other, ..)| other.digit == digit)
    {
        match other_origin {
            Origin::Base if unraw(&other.ident) == name => {}
            Origin::Base => errors.at(
                group.header.span(),
                format!(
                    "function group `x{digit}x` is already `{}` in `{base_name}`: repeat it \
                         exactly (`x{digit}x {}`) or leave it out",
                    unraw(&other.ident),
                    unraw(&other.ident)
                ),
            ),
            Origin::Local => errors.duplicate(
                group.header.span(),
                format!(
                    "duplicate function group header `x{digit}x`: `{}` already holds the codes \
                         whose middle digit is {digit}",
                    unraw(&other.ident)
                ),
                *other_header,
            ),
        }
        return false;
    }
    true
}

/// The digit of `x2x`.
fn digit(header: &proc_macro2::Ident) -> Option<u8> {
    match header.to_string().as_bytes() {
        [b'x', digit @ b'0'..=b'9', b'x'] => Some(digit - b'0'),
        _ => None,
    }
}

/// Why a group cannot have this name, if it cannot: an item of the group enum, a category's
/// name, a code's identifier, or a predicate `is_<group>()` another item generates.
fn name_problem(
    name: &str,
    categories: &[model::Category],
    codes: &[model::Code],
) -> Option<String> {
    if GROUP_ENUM_ITEMS.contains(&name) {
        return Some(format!(
            "`{name}` cannot name a function group: the group enum has an item `{name}`"
        ));
    }
    if categories.iter().any(|category| category.name() == name) {
        return Some(format!(
            "`{name}` is already a category: a function group needs a name of its own"
        ));
    }
    let identifiers: HashMap<String, u16> = codes
        .iter()
        .map(|code| (unraw(&code.ident), code.value))
        .collect();
    if let Some(code) = identifiers.get(name) {
        return Some(format!(
            "`{name}` is already the identifier of code {code}: a function group needs a name \
             of its own"
        ));
    }
    let predicate = format!("is_{}", model::snake_case(name));
    if let Some(category) = categories
        .iter()
        .find(|category| category.predicate() == predicate.as_str())
    {
        return Some(format!(
            "function group `{name}` and category `{}` would both generate `{predicate}()`",
            category.name()
        ));
    }
    identifiers.get(&predicate).map(|code| {
        format!(
            "function group `{name}` would generate `{predicate}()`, the identifier of code {code}"
        )
    })
}
