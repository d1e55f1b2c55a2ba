//! The rules a table must follow. Each rule reports on the offending token and leaves the
//! offending entry out of the checked model, so that generation still produces code that compiles
//! and the user sees only our errors.
//!
//! An extension is checked against the table it extends: the base's entries are taken as they
//! are (they were checked where the base was defined), and a clash names the base entry.

use crate::errors::Errors;
use crate::generate::{CATEGORY_ENUM_ITEMS, CODE_ENUM_ITEMS, DERIVES};
use crate::model;
use crate::model::{CodeRange, unraw};
use crate::{ast, literal};
use proc_macro2::{Ident, Span};
use std::collections::HashMap;
use syn::{Attribute, Path, Token, punctuated::Punctuated};

pub fn validate(table: &ast::Table, ident: &Ident, errors: &mut Errors) -> model::Table {
    let mut checked = model::Table {
        krate: table.krate.clone(),
        attrs: Vec::new(),
        vis: table.vis.clone(),
        ident: ident.clone(),
        categories: Vec::new(),
        codes: Vec::new(),
        base: None,
        serde: None,
        schemars: None,
        non_exhaustive_categories: false,
        stand_ins: Vec::new(),
    };
    checked.attrs = check_enum_attrs(&table.attrs, &mut checked, errors);
    let mut rules = Checker::default();
    if let Some(base) = &table.base {
        rules.base_name = base.ident.as_ref().map(unraw).unwrap_or_default();
        let mut ignored = Errors::default();
        for category in &base.categories {
            rules.category(category, Origin::Base, &mut ignored);
        }
    }
    let mut written_codes = 0;
    for category in &table.categories {
        written_codes += category.codes.len() + category.malformed;
        rules.category(category, Origin::Local, errors);
    }
    if written_codes == 0 && table.malformed == 0 {
        errors.at(
            table.body_span,
            format!(
                "table `{ident}` has no codes: add a category such as `1xx Progress < 100 Started >`"
            ),
        );
    }
    if let (Some(path), Some(_)) = (&table.extends, &table.base) {
        checked.base = Some(model::Base { path: path.clone() });
    }
    check_names(&rules.codes, errors);
    check_predicates(&rules, errors);
    checked.stand_ins = stand_ins(&rules);
    let (categories, category_origins): (Vec<_>, Vec<_>) = rules.categories.into_iter().unzip();
    let (codes, written): (Vec<_>, Vec<_>) = rules.codes.into_iter().unzip();
    checked.categories = categories;
    checked.codes = codes;
    check_owners(
        &checked,
        &written,
        &category_origins,
        &rules.base_name,
        errors,
    );
    checked
}

/// Where an entry was defined: in this invocation (with the span to point back at) or in the
/// table it extends.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Origin {
    Local,
    Base,
}

#[derive(Clone, Copy)]
enum FirstAt {
    Span(Span),
    Base,
}

impl FirstAt {
    fn of(origin: Origin, span: Span) -> Self {
        match origin {
            Origin::Local => Self::Span(span),
            Origin::Base => Self::Base,
        }
    }
}

/// Where a checked code's tokens are, for the rules that run once the whole table is known.
#[derive(Clone)]
struct Written {
    origin: Origin,
    value: Span,
    /// The documented name's string, and each alias's, when written with `as`.
    names: Vec<Span>,
}

/// The checked entries so far, and what they claimed, for the duplicate rules. Lookups are by
/// code or by string, so validation stays linear in the size of the table.
#[derive(Default)]
struct Checker {
    base_name: String,
    categories: Vec<(model::Category, (Origin, Span))>,
    codes: Vec<(model::Code, Written)>,
    category_idents: HashMap<String, (usize, FirstAt)>,
    predicates: HashMap<String, (String, FirstAt)>,
    code_values: HashMap<u16, (usize, FirstAt)>,
    code_idents: HashMap<String, (u16, FirstAt)>,
    /// Identifiers of the extension's lines that were reported and left out.
    left_out: Vec<(Vec<Attribute>, Ident)>,
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
                let attrs = code
                    .attrs
                    .iter()
                    .filter(|attr| !is_cfg(attr))
                    .cloned()
                    .collect();
                self.left_out.push((attrs, code.ident.clone()));
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
        let first_at = FirstAt::of(origin, span);
        if let Some(&(index, first)) = self.category_idents.get(&name) {
            let existing = &self.categories[index].0;
            if matches!(first, FirstAt::Base) && existing.header == header {
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
        if CATEGORY_ENUM_ITEMS.contains(&name.as_str()) {
            errors.at(
                span,
                format!("`{name}` cannot name a category: the category enum has an item `{name}`"),
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
        // A category whose name was malformed is reported already; its stand-in name is no
        // token of the user's to report on.
        if let (Some(range), true) = (range, category.named) {
            self.check_overlap(category, range, errors);
        }
        let index = self.categories.len();
        self.category_idents.insert(name.clone(), (index, first_at));
        self.predicates.insert(predicate, (name, first_at));
        self.categories.push((
            model::Category {
                attrs,
                header: header.to_owned(),
                // A malformed header has been reported; any range keeps the generated code whole.
                range: range.unwrap_or(CodeRange { first: 0, last: 0 }),
                ident: category.ident.clone(),
            },
            (origin, category.header_span()),
        ));
        Some(index)
    }

    /// Categories nest (`4xx` around `41x`) or are apart; only the same header twice clashes.
    /// The second is reported but still generated, so that uses of its codes compile.
    fn check_overlap(&self, category: &ast::Category, range: CodeRange, errors: &mut Errors) {
        let header = category.header_text();
        let Some((other, &(origin, first))) = self
            .categories
            .iter()
            .map(|(other, at)| (other, at))
            .find(|(other, _)| other.range == range)
        else {
            return;
        };
        let other_name = &other.ident;
        let local = format!(
            "duplicate category header `{header}`: `{other_name}` already covers {} to {}",
            range.first, range.last
        );
        let base = format!("category header `{header}` is already `{other_name}` in `{{base}}`");
        self.clash(
            errors,
            category.header_span(),
            local,
            &base,
            FirstAt::of(origin, first),
        );
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
        let ident_span = code.ident.span();
        if CODE_ENUM_ITEMS.contains(&ident.as_str()) {
            errors.at(
                ident_span,
                format!("`{ident}` cannot name a code: the generated enum has an item `{ident}`"),
            );
            keep = false;
        }
        let mut names = code.names.iter().map(|name| (name.value(), name.span()));
        let name = match names.next() {
            Some(name) => check_name(&name, errors).unwrap_or_else(|| ident.clone()),
            None => ident.clone(),
        };
        let aliases: Vec<(String, Span)> = names
            .filter(|alias| check_name(alias, errors).is_some())
            .collect();
        let Some(value) = value else {
            return;
        };
        if let Some(&(index, FirstAt::Base)) = self.code_values.get(&value) {
            if origin == Origin::Local && self.repeats_base(index, code, &name, category_index) {
                return;
            }
        }
        if let Some(&(other_value, first)) = self.code_idents.get(&ident) {
            // A base entry repeated with a difference is reported once, on its code, below.
            let same_base_entry = matches!(first, FirstAt::Base) && other_value == value;
            keep = false;
            if same_base_entry {
                return self.clash_with_base_code(code, value, errors);
            }
            let local = format!(
                "duplicate identifier `{ident}`: give this code its own identifier and keep \
                 its documented name with `as \"{ident}\"`"
            );
            let base = format!("identifier `{ident}` is already code {other_value} in `{{base}}`");
            self.clash(errors, ident_span, local, &base, first);
        } else {
            self.code_idents
                .insert(ident.clone(), (value, FirstAt::of(origin, ident_span)));
        }
        if let Some(range) = range.filter(|range| !range.contains(value)) {
            errors.at(
                code.value_span,
                format!(
                    "code {value} is outside category `{} {}`, which covers {} to {}",
                    category.header_text(),
                    category.ident,
                    range.first,
                    range.last
                ),
            );
        }
        match self.code_values.get(&value) {
            Some((_, FirstAt::Base)) => return self.clash_with_base_code(code, value, errors),
            Some(&(other, FirstAt::Span(first))) => {
                let other = unraw(&self.codes[other].0.ident);
                let message =
                    format!("duplicate code {value}: `{ident}` repeats the code of `{other}`");
                return errors.duplicate(code.value_span, message, first);
            }
            None => {}
        }
        let (Some(category), true) = (category_index, keep) else {
            return;
        };
        let first_at = FirstAt::of(origin, code.value_span);
        self.code_values.insert(value, (self.codes.len(), first_at));
        let written = Written {
            origin,
            value: code.value_span,
            names: code.names.iter().map(syn::LitStr::span).collect(),
        };
        self.codes.push((
            model::Code {
                description: model::description(&attrs),
                attrs,
                value,
                ident: code.ident.clone(),
                name,
                aliases: aliases.into_iter().map(|(alias, _)| alias).collect(),
                category,
            },
            written,
        ));
    }

    /// An extension's line for a base code that differs from the base's entry.
    fn clash_with_base_code(&self, code: &ast::Code, value: u16, errors: &mut Errors) {
        if let Some(&(index, _)) = self.code_values.get(&value) {
            let base = &self.codes[index].0;
            let ident = unraw(&base.ident);
            let mut entry = format!("{value} {ident}");
            if base.name != ident || !base.aliases.is_empty() {
                let names: Vec<String> = std::iter::once(&base.name)
                    .chain(&base.aliases)
                    .map(|name| format!("{name:?}"))
                    .collect();
                entry = format!("{entry} as {}", names.join(" | "));
            }
            let category = &self.categories[base.category].0;
            errors.at(
                code.value_span,
                format!(
                    "code {value} is already `{ident}` in `{}`: repeat its entry exactly \
                     (`{entry}` in `{} {}`) or leave it out",
                    self.base_name, category.header, category.ident,
                ),
            );
        }
    }

    /// Whether an extension's code is exactly the base's entry for that code (same identifier,
    /// name and category, and no alias the base lacks, since a base may gain aliases): a vendor
    /// that added a code keeps compiling once the base documents it too.
    fn repeats_base(
        &self,
        index: usize,
        code: &ast::Code,
        name: &str,
        category: Option<usize>,
    ) -> bool {
        let base = &self.codes[index].0;
        let aliases: Vec<String> = code.names.iter().skip(1).map(syn::LitStr::value).collect();
        // The base may have gained aliases since the extension was written.
        unraw(&base.ident) == unraw(&code.ident)
            && base.name == name
            && aliases.iter().all(|alias| base.aliases.contains(alias))
            && Some(base.category) == category
    }
}

/// Variants declared only while the table has errors, for lines that were reported and left
/// out, so that the user's uses of them add no error of rustc's: every such identifier that no
/// generated variant or generated item already has.
fn stand_ins(rules: &Checker) -> Vec<(Vec<Attribute>, Ident)> {
    let mut taken: std::collections::HashSet<String> = rules
        .codes
        .iter()
        .map(|(code, _)| unraw(&code.ident))
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

/// A code cannot be named like a category's predicate, `is_<category>()`, an item of the enum.
fn check_predicates(rules: &Checker, errors: &mut Errors) {
    for (code, written) in &rules.codes {
        let ident = unraw(&code.ident);
        if written.origin == Origin::Local && rules.predicates.contains_key(&ident) {
            errors.at(
                code.ident.span(),
                format!("`{ident}` cannot name a code: the generated enum has an item `{ident}`"),
            );
        }
    }
}

/// A category nested in another owns the codes of its range: a code written under the broader
/// one, inside the narrower one's range, is in the wrong place.
fn check_owners(
    table: &model::Table,
    written: &[Written],
    categories: &[(Origin, Span)],
    base_name: &str,
    errors: &mut Errors,
) {
    let order = table.categories_by_specificity();
    for (code, written) in table.codes.iter().zip(written) {
        let written_under = &table.categories[code.category];
        // A category with a malformed header (reported) has no range to compare.
        if written_under.range.first == 0 {
            continue;
        }
        // Only a category nested in the one the code was written under can own it; a code
        // outside that category's range has been reported already.
        let nested = |index: usize| {
            let range = table.categories[index].range;
            written_under.range.contains(range.first) && written_under.range.contains(range.last)
        };
        let owner = order
            .iter()
            .copied()
            .find(|&index| nested(index) && table.categories[index].range.contains(code.value));
        let Some(owner_index) = owner.filter(|&owner| owner != code.category) else {
            continue;
        };
        let owner = &table.categories[owner_index];
        // The same header twice has been reported already.
        if owner.range == written_under.range {
            continue;
        }
        let (owner_origin, owner_span) = categories[owner_index];
        match (written.origin, owner_origin) {
            (Origin::Local, _) => errors.at(
                written.value,
                format!(
                    "code {} belongs to category `{} {}`, which is nested in `{} {}`: write it there",
                    code.value, owner.header, owner.ident, written_under.header, written_under.ident
                ),
            ),
            (Origin::Base, Origin::Local) => errors.at(
                owner_span,
                format!(
                    "category `{} {}` would take code {} `{}` from `{}` of `{base_name}`",
                    owner.header,
                    owner.ident,
                    code.value,
                    unraw(&code.ident),
                    written_under.ident,
                ),
            ),
            (Origin::Base, Origin::Base) => {}
        }
    }
}

/// The enum's attributes without those that would clash with the generated code, and without
/// `#[status_codes(…)]`, which is read into `table`; each one left out is reported.
fn check_enum_attrs(
    attrs: &[Attribute],
    table: &mut model::Table,
    errors: &mut Errors,
) -> Vec<Attribute> {
    let mut kept = Vec::with_capacity(attrs.len());
    for attr in attrs {
        if attr.path().is_ident("repr") {
            errors.spanned(
                &attr.meta,
                "`status_codes!` sets `#[repr(u16)]` itself: the codes are the discriminants",
            );
        } else if let Some(options) = options_under_cfg(attr) {
            if let Err(error) =
                options.and_then(|(cfg, options)| read_options(&options, cfg.as_ref(), table))
            {
                errors.push(error);
            }
        } else if attr.path().is_ident("cfg_attr") && conditional_attrs_are_safe(attr) {
            // `#[cfg_attr(feature = "serde", derive(serde::Serialize))]` and the like.
            kept.push(attr.clone());
        } else if attr.path().is_ident("cfg_attr") {
            errors.spanned(
                &attr.meta,
                "a `#[cfg_attr]` on the enum may not add `#[cfg]`, `#[repr]` or a derive that \
                 `status_codes!` writes itself",
            );
        } else if attr.path().is_ident("cfg") {
            errors.spanned(
                &attr.meta,
                "put `#[cfg]` on the `status_codes!` invocation, not on the enum inside it",
            );
        } else if attr.path().is_ident("status_codes") {
            if let Err(error) = read_options(&attr.meta, None, table) {
                errors.push(error);
            }
        } else if attr.path().is_ident("derive") {
            let Ok(paths) = attr.parse_args_with(Punctuated::<Path, Token![,]>::parse_terminated)
            else {
                kept.push(attr.clone());
                continue;
            };
            let mut derives = Vec::new();
            for path in paths {
                let name = path
                    .segments
                    .last()
                    .map(|segment| segment.ident.to_string());
                match name.filter(|name| is_generated_derive(name)) {
                    Some(name) => {
                        errors.spanned(
                            &path,
                            format!("`{name}` is already derived by `status_codes!`"),
                        );
                    }
                    None => derives.push(path),
                }
            }
            if !derives.is_empty() {
                let mut attr = attr.clone();
                attr.meta = syn::parse_quote!(derive(#(#derives),*));
                kept.push(attr);
            }
        } else {
            kept.push(attr.clone());
        }
    }
    kept
}

/// `#[cfg_attr(predicate, status_codes(…))]`: the predicate and the options, or `None` for
/// any other attribute.
fn options_under_cfg(attr: &Attribute) -> Option<syn::Result<(Option<syn::Meta>, syn::Meta)>> {
    if !attr.path().is_ident("cfg_attr") {
        return None;
    }
    let parsed = attr.parse_args_with(Punctuated::<syn::Meta, Token![,]>::parse_terminated);
    match parsed.ok()?.into_iter().collect::<Vec<_>>().as_slice() {
        [predicate, options] if options.path().is_ident("status_codes") => {
            Some(Ok((Some(predicate.clone()), options.clone())))
        }
        _ => None,
    }
}

/// `status_codes(serde, schemars, non_exhaustive_categories)`.
fn read_options(
    options: &syn::Meta,
    cfg: Option<&syn::Meta>,
    table: &mut model::Table,
) -> syn::Result<()> {
    let syn::Meta::List(list) = options else {
        return Err(syn::Error::new_spanned(
            options,
            "expected `#[status_codes(serde, schemars)]`",
        ));
    };
    list.parse_nested_meta(|option| {
        let span = option.path.segments.first().map_or_else(Span::call_site, |s| s.ident.span());
        let slot = if option.path.is_ident("serde") {
            &mut table.serde
        } else if option.path.is_ident("schemars") {
            &mut table.schemars
        } else if option.path.is_ident("non_exhaustive_categories") && cfg.is_none() {
            if table.non_exhaustive_categories {
                return Err(option.error("`non_exhaustive_categories` is given twice"));
            }
            table.non_exhaustive_categories = true;
            return Ok(());
        } else {
            return Err(option.error(if cfg.is_some() {
                "unknown option of `#[cfg_attr(…, status_codes(…))]`: expected `serde` or `schemars`"
            } else {
                "unknown option of `#[status_codes(…)]`: expected `serde`, `schemars` or \
                 `non_exhaustive_categories`"
            }));
        };
        let integration = model::Integration {
            span,
            cfg: cfg.cloned(),
        };
        if slot.replace(integration).is_some() {
            return Err(option.error("this option is given twice"));
        }
        Ok(())
    })
}

/// Whether `#[cfg_attr(predicate, attrs…)]` adds only attributes the generated enum can take:
/// no `cfg`, `repr`, or derive the macro writes itself.
fn conditional_attrs_are_safe(attr: &Attribute) -> bool {
    let Ok(metas) = attr.parse_args_with(Punctuated::<syn::Meta, Token![,]>::parse_terminated)
    else {
        return false;
    };
    metas.iter().skip(1).all(|meta| {
        let path = meta.path();
        let generated_derive = path.is_ident("derive")
            && meta.require_list().is_ok_and(|list| {
                list.parse_args_with(Punctuated::<Path, Token![,]>::parse_terminated)
                    .is_ok_and(|paths| {
                        paths.iter().any(|path| {
                            path.segments.last().is_some_and(|segment| {
                                is_generated_derive(&segment.ident.to_string())
                            })
                        })
                    })
            });
        !generated_derive
            && !path.is_ident("repr")
            && !path.is_ident("cfg")
            && !path.is_ident("cfg_attr")
            && !path.is_ident("status_codes")
    })
}

fn is_cfg(attr: &Attribute) -> bool {
    attr.path().is_ident("cfg") || attr.path().is_ident("cfg_attr")
}

/// The attributes without `#[cfg]`/`#[cfg_attr]`, which would remove entries the generated
/// lookups refer to; each one is reported.
fn strip_cfg(attrs: &[Attribute], what: &str, errors: &mut Errors) -> Vec<Attribute> {
    let mut kept = Vec::with_capacity(attrs.len());
    for attr in attrs {
        if is_cfg(attr) {
            errors.spanned(
                &attr.meta,
                format!("`#[cfg]` is not supported on a {what}: the table is generated whole"),
            );
        } else {
            kept.push(attr.clone());
        }
    }
    kept
}

/// A documented name or alias must survive `Display` → `FromStr`: words separated by single
/// spaces, not reading as a code.
fn check_name((value, span): &(String, Span), errors: &mut Errors) -> Option<String> {
    let problem = if value.is_empty() {
        Some("a code's name cannot be empty")
    } else if value.chars().any(char::is_control) {
        Some("a code's name cannot contain control characters")
    } else if value.starts_with(char::is_whitespace) || value.ends_with(char::is_whitespace) {
        Some("a code's name cannot start or end with whitespace")
    } else if value.chars().any(|c| c.is_whitespace() && c != ' ') || value.contains("  ") {
        Some("words of a code's name are separated by single spaces")
    } else if value.starts_with(|c: char| c.is_ascii_digit()) {
        Some("a code's name cannot start with a digit: it would read as a code")
    } else {
        None
    };
    match problem {
        Some(problem) => {
            errors.at(*span, problem);
            None
        }
        None => Some(value.clone()),
    }
}

/// What `from_name` accepts must select one code: an identifier must not be another code's
/// name or alias, and an alias must be no other code's name, alias or identifier, nor repeat
/// its own code's. Codes may share a documented name (the first in table order wins).
fn check_names(codes: &[(model::Code, Written)], errors: &mut Errors) {
    // Keys in table order, so that errors come in the order of the table.
    let mut claims: HashMap<String, Vec<Claim>> = HashMap::new();
    let mut keys: Vec<String> = Vec::new();
    for (index, (code, written)) in codes.iter().enumerate() {
        let local = written.origin == Origin::Local;
        let span = |position: usize| written.names.get(position).copied().filter(|_| local);
        let mut claim = |key: &str, role, span| {
            let claim = Claim { index, role, span };
            let entry = claims.entry(key.to_owned()).or_default();
            if entry.is_empty() {
                keys.push(key.to_owned());
            }
            entry.push(claim);
        };
        claim(&code.name, Role::Name, span(0));
        for (position, alias) in code.aliases.iter().enumerate() {
            claim(alias, Role::Alias, span(position + 1));
        }
        let ident = unraw(&code.ident);
        if ident != code.name {
            claim(&ident, Role::Identifier, local.then(|| code.ident.span()));
        }
    }
    for key in &keys {
        let claims = &claims[key];
        for (position, later) in claims.iter().enumerate() {
            let clash = claims[..position].iter().find(|earlier| {
                let both_names = earlier.role == Role::Name && later.role == Role::Name;
                earlier.index != later.index && !both_names
                    || earlier.index == later.index && later.role == Role::Alias
            });
            let Some(earlier) = clash else {
                continue;
            };
            // On the alias, if one of the two is an alias of the extension's; else on the later
            // token when it is the extension's, else on the earlier one.
            let alias_first = earlier.role == Role::Alias && later.role != Role::Alias;
            let (subject, object, at) = match (later.span, earlier.span) {
                (_, Some(at)) if alias_first => (earlier, later, at),
                (Some(at), _) => (later, earlier, at),
                (None, Some(at)) => (earlier, later, at),
                (None, None) => continue,
            };
            let (code, other) = (codes[subject.index].0.value, codes[object.index].0.value);
            let message = if subject.index == object.index {
                format!(
                    "alias \"{key}\" repeats {} of code {code}",
                    object.role.object()
                )
            } else {
                format!(
                    "{} of code {code} is {} of code {other}: `from_name(\"{key}\")` would be \
                     ambiguous",
                    subject.role.subject(key),
                    object.role.object()
                )
            };
            errors.at(at, message);
        }
    }
}

/// A string `from_name` accepts, as claimed by one code.
struct Claim {
    index: usize,
    role: Role,
    /// The claiming token, for the extension's own entries.
    span: Option<Span>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Name,
    Alias,
    Identifier,
}

impl Role {
    fn subject(self, key: &str) -> String {
        match self {
            Role::Name => format!("name \"{key}\""),
            Role::Alias => format!("alias \"{key}\""),
            Role::Identifier => format!("identifier `{key}`"),
        }
    }

    fn object(self) -> &'static str {
        match self {
            Role::Name => "the documented name",
            Role::Alias => "an alias",
            Role::Identifier => "the identifier",
        }
    }
}

/// Whether the macro already derives the trait named `name`.
fn is_generated_derive(name: &str) -> bool {
    DERIVES.contains(&name)
}
