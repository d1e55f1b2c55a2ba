//! The enum's attributes: `#[status_codes(…)]` options read into the model, and the attributes
//! that would clash with the generated code reported and left out.

use super::model;
use crate::errors::Errors;
use crate::generate::{DERIVES, INTEGRATIONS};
use proc_macro2::Span;
use syn::{Attribute, Path, Token, punctuated::Punctuated};

/// The enum's attributes without those that would clash with the generated code, and without
/// `#[status_codes(…)]`, which is read into `table`; each one left out is reported.
pub(super) fn check_enum_attrs(
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

/// `status_codes(serde, schemars, non_exhaustive_categories)`: the integrations of
/// [`INTEGRATIONS`], and options of the table's own.
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

/// Whether the attribute can remove the entry it is on: `#[cfg]`, or a `#[cfg_attr]` that adds
/// one (an unreadable `#[cfg_attr]` counts as one).
pub(super) fn is_cfg(attr: &Attribute) -> bool {
    if attr.path().is_ident("cfg") {
        return true;
    }
    attr.path().is_ident("cfg_attr")
        && attr
            .parse_args_with(Punctuated::<syn::Meta, Token![,]>::parse_terminated)
            .map_or(true, |metas| {
                metas
                    .iter()
                    .skip(1)
                    .any(|meta| meta.path().is_ident("cfg") || meta.path().is_ident("cfg_attr"))
            })
}

/// The attributes without those that could remove the entry (`#[cfg]`, and `#[cfg_attr]`s that
/// add one), which the generated lookups would refer to; each one is reported. Other
/// `#[cfg_attr]`s stay, such as `#[cfg_attr(feature = "x", deprecated)]`.
pub(super) fn strip_cfg(attrs: &[Attribute], what: &str, errors: &mut Errors) -> Vec<Attribute> {
    let mut kept = Vec::with_capacity(attrs.len());
    for attr in attrs {
        if attr.path().is_ident("cfg") {
            errors.spanned(
                &attr.meta,
                format!("`#[cfg]` is not supported on a {what}: the table is generated whole"),
            );
        } else if is_cfg(attr) {
            errors.spanned(
                &attr.meta,
                format!(
                    "a `#[cfg_attr]` on a {what} may not add `#[cfg]`: the table is generated whole"
                ),
            );
        } else {
            kept.push(attr.clone());
        }
    }
    kept
}

/// Whether the macro already derives the trait named `name`.
fn is_generated_derive(name: &str) -> bool {
    DERIVES.contains(&name)
}
