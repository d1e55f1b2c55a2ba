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

/// A group as checked: where it was written, and its header's and name's spans.
struct Checked {
    group: model::Group,
    origin: Origin,
    header: Span,
    name: Span,
}

/// What is wrong with a group: where, why, and the earlier entry it repeats, if any.
type Problem = (Span, String, Option<Span>);

/// The checked groups of a table: its base's, taken as they are, then its own.
pub(super) fn check_groups(
    table: &ast::Table,
    checked: &model::Table,
    base_name: &str,
    errors: &mut Errors,
) -> Vec<model::Group> {
    let mut groups: Vec<Checked> = Vec::new();
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
        match check_group(&groups, group, checked, base_name) {
            Ok(Some(digit)) => groups.push(Checked {
                group: model::Group {
                    attrs: strip_cfg(&group.attrs, "function group", errors),
                    digit,
                    ident: group.ident.clone(),
                },
                origin,
                header: group.header.span(),
                name: group.ident.span(),
            }),
            Ok(None) => {}
            Err((at, message, Some(first))) => errors.duplicate(at, message, first),
            Err((at, message, None)) => errors.at(at, message),
        }
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
    groups.into_iter().map(|checked| checked.group).collect()
}

/// The digit of a new group; `None` for the base's group repeated exactly.
fn check_group(
    groups: &[Checked],
    group: &ast::Group,
    checked: &model::Table,
    base_name: &str,
) -> Result<Option<u8>, Problem> {
    let (header, at) = (group.header.span(), group.ident.span());
    let Some(digit) = digit(&group.header) else {
        let message = format!(
            "`{}` is no function group header: a group's header is `x`, a digit and `x`, such \
             as `x2x`",
            group.header
        );
        return Err((header, message, None));
    };
    let name = unraw(&group.ident);
    if let Some(other) = groups.iter().find(|other| other.group.digit == digit) {
        let other_name = other.group.name();
        return match other.origin {
            Origin::Base if other_name == name => Ok(None),
            Origin::Base => Err((
                header,
                format!(
                    "function group `x{digit}x` is already `{other_name}` in `{base_name}`: \
                     repeat it exactly (`x{digit}x {other_name}`) or leave it out"
                ),
                None,
            )),
            Origin::Local => Err((
                header,
                format!(
                    "duplicate function group header `x{digit}x`: `{other_name}` already holds \
                     the codes whose middle digit is {digit}"
                ),
                Some(other.header),
            )),
        };
    }
    if let Some(problem) = name_problem(&name, &checked.categories, &checked.codes) {
        return Err((at, problem, None));
    }
    if let Some(other) = groups.iter().find(|other| other.group.name() == name) {
        let digit = other.group.digit;
        let message =
            format!("duplicate function group `{name}`: `x{digit}x` already has this name");
        return Err((at, message, Some(other.name)));
    }
    let predicate = model::predicate(&group.ident);
    if let Some(other) = groups
        .iter()
        .find(|other| model::predicate(&other.group.ident) == predicate)
    {
        let message = format!(
            "function groups `{}` and `{name}` would both generate `{predicate}()`",
            other.group.name()
        );
        return Err((at, message, None));
    }
    Ok(Some(digit))
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
        .find(|category| model::predicate(&category.ident) == predicate.as_str())
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
