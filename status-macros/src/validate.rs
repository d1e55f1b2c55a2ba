//! The rules a table must follow. Each rule reports on the offending token and leaves the
//! offending entry out of the checked model, so that generation still produces code that compiles
//! and the user sees only our errors.
//!
//! An extension is checked against the table it extends: the base's entries are taken as they
//! are (they were checked where the base was defined), and a clash names the base entry.

use crate::ast::{self, Attribute, CodeRange, unraw};
use crate::errors::Errors;
use crate::model;
use proc_macro2::{Delimiter, Group, Span};
use quote::{ToTokens, quote};
use std::collections::HashMap;

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
    let mut rules = Checker::default();
    if let Some(base) = &table.base {
        rules.base_name = unraw(&base.ident);
        let mut ignored = Errors::default();
        for category in &base.categories {
            rules.category(category, Origin::Base, &mut ignored);
        }
    }
    let base_codes: Vec<proc_macro2::Ident> =
        rules.codes.iter().map(|code| code.ident.clone()).collect();
    let mut written_codes = 0;
    for category in &table.categories {
        written_codes += category.codes.len() + category.malformed;
        rules.category(category, Origin::Local, errors);
    }
    if written_codes == 0 && table.malformed == 0 {
        errors.at(
            table.body_span,
            format!(
                "table `{}` has no codes: add a category such as `1xx Progress < 100 Started >`",
                table.ident
            ),
        );
    }
    let base = match (&table.extends, &table.base) {
        (Some(path), Some(_)) => Some(model::Base {
            path: path.clone(),
            type_name: rules.base_name.clone(),
            codes: base_codes,
        }),
        _ => None,
    };
    let checked = model::Table {
        krate: table.krate.clone(),
        attrs,
        vis: table.vis.clone(),
        ident: table.ident.clone(),
        categories: rules.categories,
        codes: rules.codes,
        base,
        serde: None,
        schemars: None,
    };
    check_names(&checked, errors);
    checked
}

/// Where an entry was defined: in this invocation (with the span to point back at) or in the
/// table it extends.
#[derive(Clone, Copy)]
enum Origin {
    Local,
    Base,
}

#[derive(Clone, Copy)]
enum FirstAt {
    Span(Span),
    Base,
}

/// The checked entries so far, and what they claimed, for the duplicate rules. Lookups are by
/// code or by string, so validation stays linear in the size of the table.
#[derive(Default)]
struct Checker {
    base_name: String,
    categories: Vec<model::Category>,
    codes: Vec<model::Code>,
    /// For each code 100–999, the index of the category whose range covers it.
    range_owner: HashMap<u16, (usize, FirstAt)>,
    category_idents: HashMap<String, (usize, FirstAt)>,
    predicates: HashMap<String, (String, FirstAt)>,
    code_values: HashMap<u16, (String, FirstAt)>,
    code_idents: HashMap<String, (u16, FirstAt)>,
}

impl Checker {
    /// Reports a clash with an earlier entry: a second error points at a local one; a base one
    /// is named in the message instead, where `{base}` stands for the extended table's name.
    fn clash(&self, errors: &mut Errors, at: Span, local: String, base: &str, first: FirstAt) {
        match first {
            FirstAt::Span(first) => errors.duplicate(at, local, first),
            FirstAt::Base => errors.at(at, base.replace("{base}", &self.base_name)),
        }
    }

    fn category(&mut self, category: &ast::Category, origin: Origin, errors: &mut Errors) {
        let attrs = strip_cfg(&category.attrs, "category", errors);
        let index = self.category_index(category, origin, attrs, errors);
        let range = category.header.range;
        for code in &category.codes {
            self.code(code, index, range, category, origin, errors);
        }
    }

    /// The index of the category the codes go into: a new one, or the base category an
    /// extension adds codes to. `None` when the category is left out.
    fn category_index(
        &mut self,
        category: &ast::Category,
        origin: Origin,
        attrs: Vec<Attribute>,
        errors: &mut Errors,
    ) -> Option<usize> {
        let name = unraw(&category.ident);
        let span = category.ident.span();
        let header = &category.header;
        let first_at = match origin {
            Origin::Local => FirstAt::Span(span),
            Origin::Base => FirstAt::Base,
        };
        if let Some(&(index, first)) = self.category_idents.get(&name) {
            let existing = &self.categories[index];
            if matches!(first, FirstAt::Base) && existing.header == header.text {
                return Some(index);
            }
            let base = format!(
                "category `{name}` of `{{base}}` is `{}`: write `{} {name} < … >` to add codes to it",
                existing.header, existing.header
            );
            self.clash(
                errors,
                span,
                format!("duplicate category `{name}`"),
                &base,
                first,
            );
            return None;
        }
        let predicate = format!("is_{}", model::snake_case(&name));
        if let Some((other, first)) = self.predicates.get(&predicate) {
            let message =
                format!("categories `{other}` and `{name}` would both generate `{predicate}()`");
            self.clash(errors, span, message.clone(), &message, *first);
            return None;
        }
        let index = self.categories.len();
        self.category_idents.insert(name.clone(), (index, first_at));
        self.predicates.insert(predicate, (name.clone(), first_at));
        if let Some(range) = header.range {
            self.check_overlap(category, range, index, origin, errors);
        }
        self.categories.push(model::Category {
            attrs,
            header: header.text.clone(),
            // A malformed header has been reported; any range keeps the generated code whole.
            range: header.range.unwrap_or(CodeRange { first: 0, last: 0 }),
            ident: category.ident.clone(),
        });
        Some(index)
    }

    /// Overlapping categories are reported but still generated: `from_code` then prefers the
    /// first.
    fn check_overlap(
        &mut self,
        category: &ast::Category,
        range: CodeRange,
        index: usize,
        origin: Origin,
        errors: &mut Errors,
    ) {
        let header = &category.header;
        let owner = (range.first..=range.last).find_map(|code| self.range_owner.get(&code));
        if let Some(&(other, first)) = owner {
            let other = &self.categories[other];
            let (other_header, other_name) = (&other.header, &other.ident);
            let name = &category.ident;
            let (local, base) = if *other_header == header.text {
                (
                    format!(
                        "duplicate category header `{}`: `{other_name}` already covers {} to {}",
                        header.text, range.first, range.last
                    ),
                    format!(
                        "category header `{}` is already `{other_name}` in `{{base}}`",
                        header.text
                    ),
                )
            } else {
                let message = format!(
                    "category `{} {name}` ({} to {}) overlaps `{other_header} {other_name}`",
                    header.text, range.first, range.last
                );
                (message.clone(), format!("{message} of `{{base}}`"))
            };
            self.clash(errors, header.span, local, &base, first);
            return;
        }
        let first_at = match origin {
            Origin::Local => FirstAt::Span(header.span),
            Origin::Base => FirstAt::Base,
        };
        for code in range.first..=range.last {
            self.range_owner.insert(code, (index, first_at));
        }
    }

    fn code(
        &mut self,
        code: &ast::Code,
        category_index: Option<usize>,
        range: Option<CodeRange>,
        category: &ast::Category,
        origin: Origin,
        errors: &mut Errors,
    ) {
        let attrs = strip_cfg(&code.attrs, "code", errors);
        let mut keep = category_index.is_some();
        let ident = unraw(&code.ident);
        let ident_span = code.ident.span();
        if RESERVED_IDENTS.contains(&ident.as_str()) {
            errors.at(
                ident_span,
                format!(
                    "`{ident}` cannot name a code: it would hide the generated `{ident}` constant"
                ),
            );
            keep = false;
        }
        let name = match &code.name {
            Some(name) => check_name(name, errors).unwrap_or_else(|| ident.clone()),
            None => ident.clone(),
        };
        let Some(value) = code.value else {
            return;
        };
        let (value_at, ident_at) = match origin {
            Origin::Local => (FirstAt::Span(code.value_span), FirstAt::Span(ident_span)),
            Origin::Base => (FirstAt::Base, FirstAt::Base),
        };
        if let Some(&(other_value, first)) = self.code_idents.get(&ident) {
            let local = format!(
                "duplicate identifier `{ident}`: give this code its own identifier and keep \
                 its documented name with `as \"{ident}\"`"
            );
            let base = format!("identifier `{ident}` is already code {other_value} in `{{base}}`");
            self.clash(errors, ident_span, local, &base, first);
            keep = false;
        } else {
            self.code_idents.insert(ident.clone(), (value, ident_at));
        }
        if let Some(range) = range.filter(|range| !range.contains(value)) {
            errors.at(
                code.value_span,
                format!(
                    "code {value} is outside category `{} {}`, which covers {} to {}",
                    category.header.text, category.ident, range.first, range.last
                ),
            );
        }
        if let Some((other, first)) = self.code_values.get(&value) {
            let local = format!("duplicate code {value}: `{ident}` repeats the code of `{other}`");
            let base = format!("code {value} is already `{other}` in `{{base}}`");
            self.clash(errors, code.value_span, local, &base, *first);
            keep = false;
        } else {
            self.code_values.insert(value, (ident, value_at));
        }
        if let (true, Some(category)) = (keep, category_index) {
            self.codes.push(model::Code {
                description: model::description(&attrs),
                attrs,
                value,
                ident: code.ident.clone(),
                name,
                category,
            });
        }
    }
}

/// The enum's attributes without those that would clash with the generated code; each one
/// left out is reported.
fn check_enum_attrs(attrs: &[Attribute], errors: &mut Errors) -> Vec<Attribute> {
    let mut kept = Vec::with_capacity(attrs.len());
    for attr in attrs {
        if attr.is("repr") {
            errors.spanned(
                attr.to_token_stream(),
                "`status_codes!` sets `#[repr(u16)]` itself: the codes are the discriminants",
            );
        } else if attr.is("cfg") || attr.is("cfg_attr") {
            errors.spanned(
                attr.to_token_stream(),
                "put `#[cfg]` on the `status_codes!` invocation, not on the enum inside it",
            );
        } else if let Some(paths) = attr.derive_paths() {
            let mut derives = Vec::new();
            for path in paths {
                let name = path.clone().into_iter().last().map(|tree| tree.to_string());
                match name.filter(|name| GENERATED_DERIVES.contains(&name.as_str())) {
                    Some(name) => errors.spanned(
                        path,
                        format!("`{name}` is already derived by `status_codes!`"),
                    ),
                    None => derives.push(path),
                }
            }
            if !derives.is_empty() {
                let mut brackets = Group::new(Delimiter::Bracket, quote!(derive(#(#derives),*)));
                brackets.set_span(attr.brackets.span());
                kept.push(Attribute {
                    pound: attr.pound.clone(),
                    brackets,
                });
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
        if attr.is("cfg") || attr.is("cfg_attr") {
            errors.spanned(
                attr.to_token_stream(),
                format!("`#[cfg]` is not supported on a {what}: the table is generated whole"),
            );
        } else {
            kept.push(attr.clone());
        }
    }
    kept
}

/// A documented name must survive `Display` → `FromStr`: one word that does not read as a code.
fn check_name(name: &(String, Span), errors: &mut Errors) -> Option<String> {
    let (value, span) = name.clone();
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
            errors.at(span, problem);
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
        let ident = unraw(&code.ident);
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
