//! The enum's attributes: `#[status_codes(…)]` options read into the model, and the attributes
//! that would clash with the generated code reported and left out.

use super::model;
use crate::errors::Errors;
use crate::generate::{DERIVES, INTEGRATIONS};
use proc_macro2::Span;
use syn::{Attribute, Meta, Path, Token, punctuated::Punctuated};

type Metas = Punctuated<Meta, Token![,]>;
type Paths = Punctuated<Path, Token![,]>;

/// The enum's attributes without those that would clash with the generated code, and without
/// `#[status_codes(…)]`, which is read into `table`; each one left out is reported.
pub(super) fn check_enum_attrs(
    attrs: &[Attribute],
    table: &mut model::Table,
    errors: &mut Errors,
) -> Vec<Attribute> {
    let mut kept = Vec::with_capacity(attrs.len());
    for attr in attrs {
        match attr.path().get_ident().map(ToString::to_string).as_deref() {
            Some("repr") => errors.spanned(
                &attr.meta,
                "`status_codes!` sets `#[repr(u16)]` itself: the codes are the discriminants",
            ),
            Some("cfg_attr") => match options_under_cfg(attr) {
                Some((cfg, options)) => {
                    errors.ok(read_options(&options, Some(&cfg), table));
                }
                // `#[cfg_attr(feature = "serde", derive(serde::Serialize))]` and the like.
                None if conditional_attrs_are_safe(attr) => kept.push(attr.clone()),
                None => errors.spanned(
                    &attr.meta,
                    "a `#[cfg_attr]` on the enum may not add `#[cfg]`, `#[repr]` or a derive that \
                     `status_codes!` writes itself",
                ),
            },
            Some("cfg") => errors.spanned(
                &attr.meta,
                "put `#[cfg]` on the `status_codes!` invocation, not on the enum inside it",
            ),
            Some("status_codes") => {
                errors.ok(read_options(&attr.meta, None, table));
            }
            Some("derive") => kept.extend(other_derives(attr, errors)),
            _ => kept.push(attr.clone()),
        }
    }
    kept
}

/// A `#[derive]` without the traits the macro derives itself, each of which is reported; `None`
/// when none is left.
fn other_derives(attr: &Attribute, errors: &mut Errors) -> Option<Attribute> {
    let Ok(paths) = attr.parse_args_with(Paths::parse_terminated) else {
        return Some(attr.clone());
    };
    let mut derives = Vec::new();
    for path in paths {
        match generated_derive(&path) {
            Some(name) => {
                let message = format!("`{name}` is already derived by `status_codes!`");
                errors.spanned(&path, message);
            }
            None => derives.push(path),
        }
    }
    let mut attr = attr.clone();
    attr.meta = syn::parse_quote!(derive(#(#derives),*));
    (!derives.is_empty()).then_some(attr)
}

/// The predicate and the options of a `#[cfg_attr(predicate, status_codes(…))]`; `None` for a
/// `#[cfg_attr]` that adds anything else.
fn options_under_cfg(attr: &Attribute) -> Option<(Meta, Meta)> {
    let metas = attr.parse_args_with(Metas::parse_terminated).ok()?;
    match metas.into_iter().collect::<Vec<_>>().as_slice() {
        [predicate, options] if options.path().is_ident("status_codes") => {
            Some((predicate.clone(), options.clone()))
        }
        _ => None,
    }
}

/// `status_codes(serde, schemars, non_exhaustive_categories)`: the integrations of
/// [`INTEGRATIONS`], and options of the table's own.
fn read_options(options: &Meta, cfg: Option<&Meta>, table: &mut model::Table) -> syn::Result<()> {
    let Meta::List(list) = options else {
        let message = "expected `#[status_codes(serde, schemars)]`";
        return Err(syn::Error::new_spanned(options, message));
    };
    list.parse_nested_meta(|option| {
        let span = option
            .path
            .segments
            .first()
            .map_or_else(Span::call_site, |s| s.ident.span());
        if option.path.is_ident("non_exhaustive_categories") && cfg.is_none() {
            if table.non_exhaustive_categories {
                return Err(option.error("`non_exhaustive_categories` is given twice"));
            }
            table.non_exhaustive_categories = true;
            return Ok(());
        }
        let Some(&name) = INTEGRATIONS.iter().find(|name| option.path.is_ident(name)) else {
            let mut expected: Vec<&str> = INTEGRATIONS.to_vec();
            if cfg.is_none() {
                expected.push("non_exhaustive_categories");
            }
            let attribute = if cfg.is_some() {
                "#[cfg_attr(…, status_codes(…))]"
            } else {
                "#[status_codes(…)]"
            };
            return Err(option.error(format!(
                "unknown option of `{attribute}`: expected {}",
                one_of(&expected)
            )));
        };
        if table.integrations.iter().any(|asked| asked.name == name) {
            return Err(option.error("this option is given twice"));
        }
        table.integrations.push(model::Integration {
            name,
            span,
            cfg: cfg.cloned(),
        });
        Ok(())
    })
}

/// `` `a`, `b` or `c` ``.
fn one_of(words: &[&str]) -> String {
    let quoted: Vec<String> = words.iter().map(|word| format!("`{word}`")).collect();
    match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// Whether `#[cfg_attr(predicate, attrs…)]` adds only attributes the generated enum can take:
/// no `cfg`, `repr`, or derive the macro writes itself.
fn conditional_attrs_are_safe(attr: &Attribute) -> bool {
    let Ok(metas) = attr.parse_args_with(Metas::parse_terminated) else {
        return false;
    };
    metas.iter().skip(1).all(|meta| {
        let derives = meta
            .require_list()
            .and_then(|list| list.parse_args_with(Paths::parse_terminated));
        let derives_generated = meta.path().is_ident("derive")
            && derives.is_ok_and(|paths| paths.iter().any(|path| generated_derive(path).is_some()));
        let clashes = ["repr", "cfg", "cfg_attr", "status_codes"]
            .iter()
            .any(|name| meta.path().is_ident(name));
        !derives_generated && !clashes
    })
}

/// Whether the attribute can remove the entry it is on: `#[cfg]`, or a `#[cfg_attr]` that adds
/// one (an unreadable `#[cfg_attr]` counts as one).
pub(super) fn is_cfg(attr: &Attribute) -> bool {
    let adds_cfg = |metas: Metas| {
        let cfg = |meta: &Meta| meta.path().is_ident("cfg") || meta.path().is_ident("cfg_attr");
        metas.iter().skip(1).any(cfg)
    };
    attr.path().is_ident("cfg")
        || attr.path().is_ident("cfg_attr")
            && attr
                .parse_args_with(Metas::parse_terminated)
                .map_or(true, adds_cfg)
}

/// The attributes without those that could remove the entry (`#[cfg]`, and `#[cfg_attr]`s that
/// add one), which the generated lookups would refer to; each one is reported. Other
/// `#[cfg_attr]`s stay, such as `#[cfg_attr(feature = "x", deprecated)]`.
pub(super) fn strip_cfg(attrs: &[Attribute], what: &str, errors: &mut Errors) -> Vec<Attribute> {
    let mut kept = Vec::with_capacity(attrs.len());
    for attr in attrs {
        let message = if attr.path().is_ident("cfg") {
            format!("`#[cfg]` is not supported on a {what}: the table is generated whole")
        } else if is_cfg(attr) {
            format!(
                "a `#[cfg_attr]` on a {what} may not add `#[cfg]`: the table is generated whole"
            )
        } else {
            kept.push(attr.clone());
            continue;
        };
        errors.spanned(&attr.meta, message);
    }
    kept
}

/// The name of the trait a derive path names, when the macro derives that trait itself.
fn generated_derive(path: &Path) -> Option<String> {
    let name = path.segments.last()?.ident.to_string();
    DERIVES.contains(&name.as_str()).then_some(name)
}
