//! The hidden macro that lets another table extend this one.
//!
//! Next to the enum sits a `macro_rules!` that holds the checked table as source text.
//! `status_codes! { pub enum V extends path::Base { … } }` expands to a call of `path::Base!`,
//! which calls `status_codes!` again with the base table in front of the extension. One
//! expansion then sees both tables and checks the extension against the base, with errors on
//! the extension's own tokens.
//!
//! The macro is reachable under the enum's own name in the macro namespace, so every `use` or
//! `pub use` of the enum brings it along, across crates and through renames. It gets there by a
//! glob import from a hidden module, which any item or import of the same name (a derive
//! macro `Error`, say) silently shadows. A `pub` table's macro is `#[macro_export]`ed, so that
//! other crates can extend it; any other table's stays in its crate, so that it also works in a
//! proc-macro crate. Exported names carry a hash of the table and of where its name was written,
//! so two tables of the same name never claim the same name at the crate root, and the same
//! input always expands to the same output, however many tables a process expands before.

use crate::model::Table;
use proc_macro2::{TokenStream, TokenTree};
use quote::{format_ident, quote};
use std::str::FromStr;

pub fn generate(table: &Table) -> TokenStream {
    let ident = &table.ident;
    let vis = &table.vis;
    let source = source(table);
    let name = table.type_name();
    let hidden = format_ident!("__status_codes_{}", name);
    // The span's debug form tells where the name is in the source (`#0 bytes(1402..1408)`).
    let written = format!("{source} {:?}", ident.span());
    let exported = format_ident!("__status_codes_{}_{:016x}", name, fnv1a(&written));
    let (export, reexport) = match vis {
        syn::Visibility::Public(_) => (quote!(#[macro_export]), quote!(pub)),
        _ => (TokenStream::new(), quote!(pub(crate))),
    };
    quote! {
        #[doc(hidden)]
        #vis mod #hidden {
            #[doc(hidden)]
            #[allow(non_local_definitions)]
            #export
            macro_rules! #exported {
                ([$($krate:tt)*] $($extension:tt)*) => {
                    $($krate)*::__private::status_codes! { $($krate)*; @base #source $($extension)* }
                };
            }

            #reexport use #exported as #ident;
        }

        #[doc(hidden)]
        #[allow(unused_imports)]
        #vis use #hidden::*;
    }
}

/// The checked table as source text, in table order: the function groups, every category once,
/// without codes and
/// in the order of the category enum, then the codes in table order, each run of codes of one
/// category under a repetition of its header and name, which a base's text may hold.
/// Documentation travels as the plain text it was read as, so that nothing is expanded again in
/// the extension's crate (`include_str!` paths are relative to the file that wrote them), and so
/// do only the attributes the extension needs.
fn source(table: &Table) -> String {
    let ident = &table.ident;
    let header = |index: usize| {
        let category = &table.categories[index];
        let header = TokenStream::from_str(&category.header)
            .ok()
            .and_then(|tokens| tokens.into_iter().next())
            .unwrap_or_else(|| TokenTree::Literal(proc_macro2::Literal::u16_unsuffixed(0)));
        let name = portable(&category.ident);
        quote!(#header #name)
    };
    let categories = table
        .categories
        .iter()
        .enumerate()
        .map(|(index, category)| {
            let docs = description(&category.attrs);
            let header = header(index);
            quote!(#docs #header < >)
        });
    let mut runs = Vec::new();
    let mut codes = table.codes.iter().peekable();
    while let Some(first) = codes.next() {
        let mut run = vec![first];
        while let Some(code) = codes.next_if(|code| code.category == first.category) {
            run.push(code);
        }
        let header = header(first.category);
        let run = run.into_iter().map(|code| {
            let docs = code.description.iter();
            let value = proc_macro2::Literal::u16_unsuffixed(code.value);
            let ident = portable(&code.ident);
            let name = &code.name;
            let aliases = &code.aliases;
            quote!(#(#[doc = #docs])* #value #ident as #name #(| #aliases)*,)
        });
        runs.push(quote!(#header < #(#run)* >));
    }
    let groups = table.groups.iter().map(|group| {
        let docs = description(&group.attrs);
        let header = proc_macro2::Ident::new(&group.header(), proc_macro2::Span::call_site());
        let name = portable(&group.ident);
        quote!(#docs #header #name)
    });
    quote!(enum #ident { #(#groups)* #(#categories)* #(#runs)* }).to_string()
}

/// The category's docs as one plain-text `#[doc]`, if it has any.
fn description(attrs: &[syn::Attribute]) -> Option<TokenStream> {
    crate::model::description(attrs).map(|text| quote!(#[doc = #text]))
}

/// An identifier that reads the same in every edition: raw where some edition makes it a
/// keyword, since the extension's crate may have another edition.
fn portable(ident: &proc_macro2::Ident) -> proc_macro2::Ident {
    let name = crate::model::unraw(ident);
    if crate::model::is_edition_keyword(&name) {
        proc_macro2::Ident::new_raw(&name, ident.span())
    } else {
        ident.clone()
    }
}

/// 64-bit FNV-1a: stable across runs and compilers, unlike `std`'s hasher.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}
