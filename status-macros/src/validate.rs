//! The rules a table must follow. Each rule reports on the offending token and leaves the
//! offending entry out of the checked model, so that generation still produces code that compiles
//! and the user sees only our errors.

use crate::ast::{self, CodeRange};
use crate::errors::Errors;
use crate::literal::{MAX_CODE, MIN_CODE};
use crate::model;
use proc_macro2::Span;
use std::collections::HashMap;
use syn::Attribute;
use syn::ext::IdentExt;

/// Associated items of the generated enum that a variant of the same name would hide.
const RESERVED_IDENTS: &[&str] = &["ALL"];

/// Derives the macro already writes on the enum.
const GENERATED_DERIVES: &[&str] = &[
    "Debug",
    "Clone",
    "Copy",
    "PartialEq",
    "Eq",
    "Hash",
    "PartialOrd",
    "Ord",
];

pub fn validate(table: &ast::Table, errors: &mut Errors) -> model::Table {
    let attrs = check_enum_attrs(&table.attrs, errors);
    let mut seen = Seen::default();
    let mut categories = Vec::new();
    let mut written_codes = 0;
    for category in &table.categories {
        written_codes += category.codes.len();
        let attrs = strip_cfg(&category.attrs, "category", errors);
        let keep = check_category(category, &mut seen, errors);
        let codes: Vec<model::Code> = category
            .codes
            .iter()
            .filter_map(|code| check_code(code, category, &mut seen, errors))
            .collect();
        if keep {
            categories.push(model::Category {
                attrs,
                header: category.header.text.clone(),
                // A malformed header has been reported; any range keeps the generated code whole.
                range: category
                    .header
                    .range
                    .unwrap_or(CodeRange { first: 0, last: 0 }),
                ident: category.ident.clone(),
                codes,
            });
        }
    }
    if written_codes == 0 {
        errors.at(
            table.body_span,
            format!(
                "table `{}` has no codes: add a category such as `1xx Progress < 100 Started >`",
                table.ident
            ),
        );
    }
    let checked = model::Table {
        krate: table.krate.clone(),
        attrs,
        vis: table.vis.clone(),
        ident: table.ident.clone(),
        categories,
    };
    check_names(&checked, errors);
    checked
}

/// What earlier entries already claimed, for the duplicate rules. Lookups are by code or by
/// string, so validation stays linear in the size of the table.
#[derive(Default)]
struct Seen {
    /// For each code 100–999, the category whose range covers it: (header text, name, span).
    range_owner: HashMap<u16, (String, String, Span)>,
    category_idents: HashMap<String, Span>,
    predicates: HashMap<String, (String, Span)>,
    codes: HashMap<u16, (String, Span)>,
    code_idents: HashMap<String, Span>,
}

/// The enum's attributes without those that would clash with the generated code; each one
/// left out is reported.
fn check_enum_attrs(attrs: &[Attribute], errors: &mut Errors) -> Vec<Attribute> {
    let mut kept = Vec::with_capacity(attrs.len());
    for attr in attrs {
        let path = attr.path();
        if path.is_ident("repr") {
            errors.spanned(
                attr,
                "`status_codes!` sets `#[repr(u16)]` itself: the codes are the discriminants",
            );
        } else if path.is_ident("cfg") || path.is_ident("cfg_attr") {
            errors.spanned(
                attr,
                "put `#[cfg]` on the `status_codes!` invocation, not on the enum inside it",
            );
        } else if path.is_ident("derive") {
            let mut derives = Vec::new();
            let parsed = attr.parse_nested_meta(|meta| {
                let name = meta.path.segments.last().map(|s| s.ident.to_string());
                match name.filter(|name| GENERATED_DERIVES.contains(&name.as_str())) {
                    Some(name) => errors.spanned(
                        &meta.path,
                        format!("`{name}` is already derived by `status_codes!`"),
                    ),
                    None => derives.push(meta.path),
                }
                Ok(())
            });
            match parsed {
                Ok(()) if derives.is_empty() => {}
                Ok(()) => kept.push(syn::parse_quote!(#[derive(#(#derives),*)])),
                Err(_) => kept.push(attr.clone()),
            }
        } else {
            kept.push(attr.clone());
        }
    }
    kept
}

/// The attributes without `#[cfg]`/`#[cfg_attr]`, which would remove entries the generated
/// lookups refer to; each one is reported.
fn strip_cfg(attrs: &[Attribute], what: &str, errors: &mut Errors) -> Vec<Attribute> {
    let mut kept = Vec::with_capacity(attrs.len());
    for attr in attrs {
        if attr.path().is_ident("cfg") || attr.path().is_ident("cfg_attr") {
            errors.spanned(
                attr,
                format!("`#[cfg]` is not supported on a {what}: the table is generated whole"),
            );
        } else {
            kept.push(attr.clone());
        }
    }
    kept
}

fn check_category(category: &ast::Category, seen: &mut Seen, errors: &mut Errors) -> bool {
    let mut keep = true;
    let name = category.ident.unraw().to_string();
    let span = category.ident.span();
    if let Some(&first) = seen.category_idents.get(&name) {
        errors.duplicate(span, format!("duplicate category `{name}`"), first);
        keep = false;
    } else {
        seen.category_idents.insert(name.clone(), span);
    }
    let predicate = format!("is_{}", model::snake_case(&name));
    if keep {
        if let Some((other, first)) = seen.predicates.get(&predicate) {
            errors.duplicate(
                span,
                format!("categories `{other}` and `{name}` would both generate `{predicate}()`"),
                *first,
            );
            keep = false;
        } else {
            seen.predicates.insert(predicate, (name.clone(), span));
        }
    }
    let header = &category.header;
    let Some(range) = header.range else {
        return keep;
    };
    if keep {
        let owner = (range.first..=range.last).find_map(|code| seen.range_owner.get(&code));
        if let Some((other_header, other_name, first)) = owner {
            let message = if *other_header == header.text {
                format!(
                    "duplicate category header `{}`: `{other_name}` already covers {} to {}",
                    header.text, range.first, range.last
                )
            } else {
                format!(
                    "category `{} {name}` ({} to {}) overlaps `{other_header} {other_name}`",
                    header.text, range.first, range.last
                )
            };
            errors.duplicate(header.span, message, *first);
            // Still generated: overlapping ranges only make `from_code` prefer the first.
            return keep;
        }
    }
    if keep {
        for code in range.first..=range.last {
            seen.range_owner
                .insert(code, (header.text.clone(), name.clone(), header.span));
        }
    }
    keep
}

fn check_code(
    code: &ast::Code,
    category: &ast::Category,
    seen: &mut Seen,
    errors: &mut Errors,
) -> Option<model::Code> {
    let attrs = strip_cfg(&code.attrs, "code", errors);
    let mut keep = true;
    let ident = code.ident.unraw().to_string();
    if RESERVED_IDENTS.contains(&ident.as_str()) {
        errors.at(
            code.ident.span(),
            format!("`{ident}` cannot name a code: it would hide the generated `{ident}` constant"),
        );
        keep = false;
    }
    if let Some(&first) = seen.code_idents.get(&ident) {
        errors.duplicate(
            code.ident.span(),
            format!(
                "duplicate identifier `{ident}`: give this code its own identifier and keep \
                 its documented name with `as \"{ident}\"`"
            ),
            first,
        );
        keep = false;
    } else {
        seen.code_idents.insert(ident.clone(), code.ident.span());
    }
    let name = match &code.name {
        Some(name) => check_name(name, errors).unwrap_or_else(|| ident.clone()),
        None => ident.clone(),
    };
    let value = code.value?;
    debug_assert!((MIN_CODE..=MAX_CODE).contains(&value));
    if let Some(range) = category.header.range {
        if !range.contains(value) {
            errors.at(
                code.value_span,
                format!(
                    "code {value} is outside category `{} {}`, which covers {} to {}",
                    category.header.text, category.ident, range.first, range.last
                ),
            );
        }
    }
    if let Some((other, first)) = seen.codes.get(&value) {
        errors.duplicate(
            code.value_span,
            format!("duplicate code {value}: `{ident}` repeats the code of `{other}`"),
            *first,
        );
        keep = false;
    } else {
        seen.codes.insert(value, (ident, code.value_span));
    }
    keep.then(|| model::Code {
        attrs,
        value,
        ident: code.ident.clone(),
        name,
    })
}

/// A documented name must survive `Display` → `FromStr`: one word that does not read as a code.
fn check_name(name: &syn::LitStr, errors: &mut Errors) -> Option<String> {
    let value = name.value();
    let problem = if value.is_empty() {
        Some("a code's name cannot be empty")
    } else if value.chars().any(|c| c.is_whitespace() || c.is_control()) {
        Some("a code's name cannot contain whitespace or control characters")
    } else if value.starts_with(|c: char| c.is_ascii_digit()) {
        Some("a code's name cannot start with a digit: it would read as a code")
    } else {
        None
    };
    match problem {
        Some(problem) => {
            errors.at(name.span(), problem);
            None
        }
        None => Some(value),
    }
}

/// An identifier is accepted by `from_name` as well as the name; it must not be another code's
/// name, or the same string would select two codes.
fn check_names(table: &model::Table, errors: &mut Errors) {
    let mut by_name: HashMap<&str, &model::Code> = HashMap::new();
    for (_, code) in table.codes() {
        by_name.entry(code.name.as_str()).or_insert(code);
    }
    for (_, code) in table.codes() {
        let ident = code.ident.unraw().to_string();
        if let Some(other) = by_name.get(ident.as_str()) {
            if other.value != code.value {
                errors.at(
                    code.ident.span(),
                    format!(
                        "identifier `{ident}` of code {} is the documented name of code {}: \
                         `from_name(\"{ident}\")` would be ambiguous",
                        code.value, other.value
                    ),
                );
            }
        }
    }
}
