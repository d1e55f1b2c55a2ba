//! The rules a table must follow. Each rule reports on the offending token and leaves the
//! offending entry out of the checked model, so that generation still produces code that compiles
//! and the user sees only our errors.
//!
//! An extension is checked against the table it extends: the base's entries are taken as they
//! are (they were checked where the base was defined), and a clash names the base entry.
//!
//! [`validate`] runs, in this order:
//! 1. the enum's attributes and `#[status_codes(…)]` options ([`attr`]);
//! 2. the base's entries, taken as they are, then each category and code in table order
//!    ([`Checker`]): a header that reads as a range, a category name that is new or repeats a
//!    base category exactly, one that names no item of the category enum and whose predicate is
//!    new; codes of three digits inside their category's range, identifiers that are new and
//!    name no item of the code enum, names and aliases that survive `Display` ([`names`]), and a
//!    code that is new or repeats a base entry exactly;
//! 3. a table with no codes at all;
//! 4. what `from_name` accepts selects one code ([`names`]);
//! 5. no code named like a category's predicate;
//! 6. every code under the narrowest category covering it;
//! 7. the function groups: headers `x` + digit + `x`, each digit and name once, no name or
//!    predicate another item has, the base's groups repeated only exactly ([`groups`]);
//!
//! and declares the lines it left out while the table has errors ([`fallback`]).

mod attr;
mod fallback;
mod groups;
mod names;

use attr::{check_enum_attrs, is_cfg, strip_cfg};
use fallback::stand_ins;
use names::{check_name, check_names};

use crate::errors::Errors;
use crate::generate::{CATEGORY_ENUM_ITEMS, CODE_ENUM_ITEMS};
use crate::model::{self, CodeRange, unraw};
use crate::{ast, literal};
use proc_macro2::{Ident, Span};
use std::collections::HashMap;
use syn::Attribute;

pub fn validate(table: &ast::Table, ident: &Ident, errors: &mut Errors) -> model::Table {
    let base = table.base.as_ref().and(table.extends.clone());
    let mut checked = model::Table {
        krate: table.krate.clone(),
        attrs: Vec::new(),
        vis: table.vis.clone(),
        ident: ident.clone(),
        categories: Vec::new(),
        codes: Vec::new(),
        base,
        integrations: Vec::new(),
        groups: Vec::new(),
        non_exhaustive_categories: false,
        stand_ins: Vec::new(),
    };
    checked.attrs = check_enum_attrs(&table.attrs, &mut checked, errors);
    let mut rules = Checker::default();
    if let Some(base) = &table.base {
        rules.base_name = base.ident.as_ref().map(unraw).unwrap_or_default();
        for category in &base.categories {
            rules.category(category, Origin::Base, &mut Errors::default());
        }
    }
    for category in &table.categories {
        rules.category(category, Origin::Local, errors);
    }
    let written = |category: &ast::Category| category.codes.len() + category.malformed;
    if table.categories.iter().map(written).sum::<usize>() + table.malformed == 0 {
        let message = format!(
            "table `{ident}` has no codes: add a category such as `1xx Progress < 100 Started >`"
        );
        errors.at(table.body_span, message);
    }
    check_names(&rules.codes, &rules.written, errors);
    check_predicates(&rules, errors);
    check_owners(&rules, errors);
    checked.stand_ins = stand_ins(&rules);
    checked.categories = rules.categories;
    checked.codes = rules.codes;
    checked.groups = groups::check_groups(table, &checked, &rules.base_name, errors);
    checked
}

/// Where an entry was defined: in this invocation or in the table it extends.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Origin {
    Local,
    Base,
}

impl Origin {
    /// Where an entry was first defined, for a clash to point back at: its token when it is this
    /// invocation's, `None` in the extended table.
    fn first_at(self, span: Span) -> Option<Span> {
        (self == Origin::Local).then_some(span)
    }
}

/// Where a checked code's tokens are, for the rules that run once the whole table is known.
struct Written {
    origin: Origin,
    value: Span,
    /// The documented name's string, and each alias's, when written with `as`.
    names: Vec<Span>,
}

/// The checked entries so far, and what they claimed, for the duplicate rules. Lookups are by
/// code or by string, so validation stays linear in the size of the table. Each entry keeps
/// where it was first defined ([`Origin::first_at`]).
#[derive(Default)]
struct Checker {
    base_name: String,
    categories: Vec<model::Category>,
    /// Where each category's header is, when the category is this invocation's.
    headers: Vec<Option<Span>>,
    codes: Vec<model::Code>,
    written: Vec<Written>,
    category_idents: HashMap<String, (usize, Option<Span>)>,
    predicates: HashMap<String, (String, Option<Span>)>,
    code_values: HashMap<u16, (usize, Option<Span>)>,
    code_idents: HashMap<String, (u16, Option<Span>)>,
    /// Identifiers of the extension's lines that were reported and left out.
    left_out: Vec<(Vec<Attribute>, Ident)>,
}

impl Checker {
    /// Reports a clash with an earlier entry: a second error points at a local one; a base one
    /// is named in the message instead, where `{base}` stands for the extended table's name.
    fn clash(&self, errors: &mut Errors, at: Span, local: String, base: &str, first: Option<Span>) {
        match first {
            Some(first) => errors.duplicate(at, local, first),
            None => errors.at(at, base.replace("{base}", &self.base_name)),
        }
    }

    fn category(&mut self, category: &ast::Category, origin: Origin, errors: &mut Errors) {
        let range = category.header.as_ref().and_then(|header| {
            literal::parse_header(&header.text)
                .map_err(|message| errors.at(header.span, message))
                .ok()
        });
        let attrs = strip_cfg(&category.attrs, "category", errors);
        let index = self.category_index(category, range, origin, attrs, errors);
        for code in &category.codes {
            let generated = self.codes.len();
            self.code(code, index, range, category, origin, errors);
            if self.codes.len() == generated && origin == Origin::Local {
                let attrs = code.attrs.iter().filter(|attr| !is_cfg(attr));
                self.left_out
                    .push((attrs.cloned().collect(), code.ident.clone()));
            }
        }
    }

    /// The index of the category the codes go into: a new one, or the base category an
    /// extension adds codes to. `None` when the category is left out.
    fn category_index(
        &mut self,
        category: &ast::Category,
        range: Option<CodeRange>,
        origin: Origin,
        attrs: Vec<Attribute>,
        errors: &mut Errors,
    ) -> Option<usize> {
        let name = unraw(&category.ident);
        let span = category.ident.span();
        let header = category.header_text();
        if let Some(&(index, first)) = self.category_idents.get(&name) {
            let existing = &self.categories[index].header;
            if first.is_none() && existing == header {
                return Some(index);
            }
            let local = format!("duplicate category `{name}`");
            let base = format!(
                "category `{name}` of `{{base}}` is `{existing}`: write `{existing} {name} < … >` \
                 to add codes to it"
            );
            self.clash(errors, span, local, &base, first);
            return None;
        }
        if CATEGORY_ENUM_ITEMS.contains(&name.as_str()) {
            let message =
                format!("`{name}` cannot name a category: the category enum has an item `{name}`");
            errors.at(span, message);
            return None;
        }
        let predicate = format!("is_{}", model::snake_case(&name));
        if let Some((other, first)) = self.predicates.get(&predicate) {
            let message =
                format!("categories `{other}` and `{name}` would both generate `{predicate}()`");
            self.clash(errors, span, message.clone(), &message, *first);
            return None;
        }
        // A category whose name was malformed is reported already; its stand-in name is no
        // token of the user's to report on.
        if let (Some(range), true) = (range, category.named) {
            self.check_overlap(category, range, errors);
        }
        let (index, first) = (self.categories.len(), origin.first_at(span));
        self.category_idents.insert(name.clone(), (index, first));
        self.predicates.insert(predicate, (name, first));
        self.categories.push(model::Category {
            attrs,
            header: header.to_owned(),
            // A malformed header has been reported; any range keeps the generated code whole.
            range: range.unwrap_or(CodeRange { first: 0, last: 0 }),
            ident: category.ident.clone(),
        });
        self.headers.push(origin.first_at(category.header_span()));
        Some(index)
    }

    /// Categories nest (`4xx` around `41x`) or are apart; only the same header twice clashes.
    /// The second is reported but still generated, so that uses of its codes compile.
    fn check_overlap(&self, category: &ast::Category, range: CodeRange, errors: &mut Errors) {
        let header = category.header_text();
        if let Some(other) = self
            .categories
            .iter()
            .position(|other| other.range == range)
        {
            let other_name = &self.categories[other].ident;
            let local = format!(
                "duplicate category header `{header}`: `{other_name}` already covers {} to {}",
                range.first, range.last
            );
            let base =
                format!("category header `{header}` is already `{other_name}` in `{{base}}`");
            self.clash(
                errors,
                category.header_span(),
                local,
                &base,
                self.headers[other],
            );
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
        let value = literal::parse_code(&code.value)
            .map_err(|message| errors.at(code.value_span, message))
            .ok();
        let attrs = strip_cfg(&code.attrs, "code", errors);
        let mut keep = category_index.is_some();
        let ident = unraw(&code.ident);
        if CODE_ENUM_ITEMS.contains(&ident.as_str()) {
            names_an_item(&code.ident, errors);
            keep = false;
        }
        let mut names = code.names.iter().map(|name| check_name(name, errors));
        let name = names.next().flatten().unwrap_or_else(|| ident.clone());
        let aliases: Vec<String> = names.flatten().collect();
        let Some(value) = value else { return };
        if origin == Origin::Local && self.repeats_base(value, code, &name, category_index) {
            return;
        }
        if let Some(&(other_value, first)) = self.code_idents.get(&ident) {
            keep = false;
            // A base entry repeated with a difference is reported once, on its code, below.
            if first.is_none() && other_value == value {
                return self.clash_with_base_code(code, value, errors);
            }
            let local = format!(
                "duplicate identifier `{ident}`: give this code its own identifier and keep \
                 its documented name with `as \"{ident}\"`"
            );
            let base = format!("identifier `{ident}` is already code {other_value} in `{{base}}`");
            self.clash(errors, code.ident.span(), local, &base, first);
        } else {
            let first = origin.first_at(code.ident.span());
            self.code_idents.insert(ident.clone(), (value, first));
        }
        if let Some(range) = range.filter(|range| !range.contains(value)) {
            let (header, name) = (category.header_text(), &category.ident);
            let message = format!(
                "code {value} is outside category `{header} {name}`, which covers {} to {}",
                range.first, range.last
            );
            errors.at(code.value_span, message);
        }
        match self.code_values.get(&value) {
            Some((_, None)) => return self.clash_with_base_code(code, value, errors),
            Some(&(other, Some(first))) => {
                let other = unraw(&self.codes[other].ident);
                let message =
                    format!("duplicate code {value}: `{ident}` repeats the code of `{other}`");
                return errors.duplicate(code.value_span, message, first);
            }
            None => {}
        }
        let (Some(category), true) = (category_index, keep) else {
            return;
        };
        let first = origin.first_at(code.value_span);
        self.code_values.insert(value, (self.codes.len(), first));
        self.written.push(Written {
            origin,
            value: code.value_span,
            names: code.names.iter().map(syn::LitStr::span).collect(),
        });
        self.codes.push(model::Code {
            description: model::description(&attrs),
            attrs,
            value,
            ident: code.ident.clone(),
            name,
            aliases,
            category,
        });
    }

    /// An extension's line for a base code that differs from the base's entry.
    fn clash_with_base_code(&self, code: &ast::Code, value: u16, errors: &mut Errors) {
        let Some(&(index, _)) = self.code_values.get(&value) else {
            return;
        };
        let base = &self.codes[index];
        let ident = unraw(&base.ident);
        let mut entry = format!("{value} {ident}");
        if base.name != ident || !base.aliases.is_empty() {
            let names = std::iter::once(&base.name).chain(&base.aliases);
            let names: Vec<String> = names.map(|name| format!("{name:?}")).collect();
            entry = format!("{entry} as {}", names.join(" | "));
        }
        let category = &self.categories[base.category];
        let message = format!(
            "code {value} is already `{ident}` in `{}`: repeat its entry exactly (`{entry}` in \
             `{} {}`) or leave it out",
            self.base_name, category.header, category.ident,
        );
        errors.at(code.value_span, message);
    }

    /// Whether an extension's code is exactly the base's entry for that code (same identifier,
    /// name and category, and no alias the base lacks, since a base may gain aliases): a vendor
    /// that added a code keeps compiling once the base documents it too.
    fn repeats_base(&self, value: u16, code: &ast::Code, name: &str, index: Option<usize>) -> bool {
        let Some(&(base, None)) = self.code_values.get(&value) else {
            return false;
        };
        let base = &self.codes[base];
        let mut aliases = code.names.iter().skip(1).map(syn::LitStr::value);
        unraw(&base.ident) == unraw(&code.ident)
            && base.name == name
            && aliases.all(|alias| base.aliases.contains(&alias))
            && Some(base.category) == index
    }
}

/// A code cannot be named like a category's predicate, `is_<category>()`, an item of the enum.
fn check_predicates(rules: &Checker, errors: &mut Errors) {
    for (code, written) in rules.codes.iter().zip(&rules.written) {
        if written.origin == Origin::Local && rules.predicates.contains_key(&unraw(&code.ident)) {
            names_an_item(&code.ident, errors);
        }
    }
}

/// Reports a code named like an item of the generated enum.
fn names_an_item(ident: &Ident, errors: &mut Errors) {
    let name = unraw(ident);
    let message = format!("`{name}` cannot name a code: the generated enum has an item `{name}`");
    errors.at(ident.span(), message);
}

/// A category nested in another owns the codes of its range: a code written under the broader
/// one, inside the narrower one's range, is in the wrong place.
fn check_owners(rules: &Checker, errors: &mut Errors) {
    let categories = &rules.categories;
    for (code, written) in rules.codes.iter().zip(&rules.written) {
        let under = &categories[code.category];
        // A category with a malformed header (reported) has no range to compare.
        if under.range.first == 0 {
            continue;
        }
        // Only a category nested in the one the code was written under can own it, the
        // narrowest first; a code outside that category's range has been reported already.
        let owns = |range: CodeRange| {
            under.range.contains(range.first)
                && under.range.contains(range.last)
                && range.contains(code.value)
        };
        let width = |index: usize| categories[index].range.last - categories[index].range.first;
        let owners = (0..categories.len()).filter(|&index| owns(categories[index].range));
        let Some(owner) = owners.min_by_key(|&index| width(index)) else {
            continue;
        };
        let (owner, first) = (&categories[owner], rules.headers[owner]);
        // The code is under its owner, or under another category of the same header, which has
        // been reported already.
        if owner.range == under.range {
            continue;
        }
        let ident = unraw(&code.ident);
        match (written.origin, first) {
            (Origin::Local, _) => errors.at(
                written.value,
                format!(
                    "code {} belongs to category `{} {}`, which is nested in `{} {}`: write it there",
                    code.value, owner.header, owner.ident, under.header, under.ident
                ),
            ),
            (Origin::Base, Some(first)) => errors.at(
                first,
                format!(
                    "category `{} {}` would take code {} `{ident}` from `{}` of `{}`",
                    owner.header, owner.ident, code.value, under.ident, rules.base_name
                ),
            ),
            (Origin::Base, None) => {}
        }
    }
}
