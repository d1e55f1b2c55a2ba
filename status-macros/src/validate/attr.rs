//! The enum's attributes: `#[status_codes(…)]` options read into the model, and the attributes
//! that would clash with the generated code reported and left out.

use super::model;
use crate::errors::Errors;
use crate::generate::{DERIVES, INTEGRATIONS};
use syn::spanned::Spanned;
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
            Some("cfg_attr") => match cfg_attr(attr)
                .as_ref()
                .map(|(cfg, added)| (cfg, &added[..]))
            {
                Some((cfg, [options])) if options.path().is_ident("status_codes") => {
                    errors.ok(read_options(options, Some(cfg), table));
                }
                // `#[cfg_attr(feature = "serde", derive(serde::Serialize))]` and the like.
                Some((_, added)) if !added.iter().any(clashes) => kept.push(attr.clone()),
                _ => errors.spanned(
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

/// The predicate of a `#[cfg_attr(predicate, attrs…)]` and the attributes it adds; `None` for
/// another attribute, and for one that does not parse.
fn cfg_attr(attr: &Attribute) -> Option<(Meta, Vec<Meta>)> {
    if !attr.path().is_ident("cfg_attr") {
        return None;
    }
    let mut metas = attr
        .parse_args_with(Metas::parse_terminated)
        .ok()?
        .into_iter();
    Some((metas.next()?, metas.collect()))
}

/// `status_codes(serde, schemars, non_exhaustive_categories)`: the integrations of
/// [`INTEGRATIONS`], and options of the table's own.
fn read_options(options: &Meta, cfg: Option<&Meta>, table: &mut model::Table) -> syn::Result<()> {
    let Meta::List(list) = options else {
        let message = "expected `#[status_codes(serde, schemars)]`";
        return Err(syn::Error::new_spanned(options, message));
    };
    list.parse_nested_meta(|option| {
        if option.path.is_ident("non_exhaustive_categories") && cfg.is_none() {
            if std::mem::replace(&mut table.non_exhaustive_categories, true) {
                return Err(option.error("`non_exhaustive_categories` is given twice"));
            }
            return Ok(());
        }
        let Some(&name) = INTEGRATIONS.iter().find(|name| option.path.is_ident(name)) else {
            let (attribute, own) = match cfg {
                Some(_) => ("#[cfg_attr(…, status_codes(…))]", None),
                None => ("#[status_codes(…)]", Some("non_exhaustive_categories")),
            };
            let expected: Vec<&str> = INTEGRATIONS.iter().copied().chain(own).collect();
            let expected = one_of(&expected);
            return Err(option.error(format!(
                "unknown option of `{attribute}`: expected {expected}"
            )));
        };
        if table.integrations.iter().any(|asked| asked.name == name) {
            return Err(option.error("this option is given twice"));
        }
        let (span, cfg) = (option.path.span(), cfg.cloned());
        table
            .integrations
            .push(model::Integration { name, span, cfg });
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

/// Whether an attribute a `#[cfg_attr]` adds on the enum would clash with the generated code:
/// `cfg`, `repr`, or a derive the macro writes itself.
fn clashes(meta: &Meta) -> bool {
    let derives = meta
        .require_list()
        .and_then(|list| list.parse_args_with(Paths::parse_terminated));
    let derives_generated = meta.path().is_ident("derive")
        && derives.is_ok_and(|paths| paths.iter().any(|path| generated_derive(path).is_some()));
    let names = ["repr", "cfg", "cfg_attr", "status_codes"];
    derives_generated || names.iter().any(|name| meta.path().is_ident(name))
}

/// Whether the attribute can remove the entry it is on: `#[cfg]`, or a `#[cfg_attr]` that adds
/// one (an unreadable `#[cfg_attr]` counts as one).
pub(super) fn is_cfg(attr: &Attribute) -> bool {
    let cfg = |meta: &Meta| meta.path().is_ident("cfg") || meta.path().is_ident("cfg_attr");
    let adds_cfg = |(_, added): (Meta, Vec<Meta>)| added.iter().any(cfg);
    attr.path().is_ident("cfg")
        || attr.path().is_ident("cfg_attr") && cfg_attr(attr).is_none_or(adds_cfg)
}

/// The attributes without those that could remove the entry (`#[cfg]`, and `#[cfg_attr]`s that
/// add one), which the generated lookups would refer to; each one is reported. Other
/// `#[cfg_attr]`s stay, such as `#[cfg_attr(feature = "x", deprecated)]`.
pub(super) fn strip_cfg(attrs: &[Attribute], what: &str, errors: &mut Errors) -> Vec<Attribute> {
    let (removing, kept): (Vec<&Attribute>, _) = attrs.iter().partition(|attr| is_cfg(attr));
    for attr in removing {
        let message = if attr.path().is_ident("cfg") {
            format!("`#[cfg]` is not supported on a {what}: the table is generated whole")
        } else {
            format!(
                "a `#[cfg_attr]` on a {what} may not add `#[cfg]`: the table is generated whole"
            )
        };
        errors.spanned(&attr.meta, message);
    }
    kept.into_iter().cloned().collect()
}

/// The name of the trait a derive path names, when the macro derives that trait itself.
fn generated_derive(path: &Path) -> Option<String> {
    let name = path.segments.last()?.ident.to_string();
    DERIVES.contains(&name.as_str()).then_some(name)
}
