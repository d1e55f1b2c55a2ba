//! Code generation from a checked table. Generated code stays thin: lookups and constants are
//! emitted here, where the whole table is known; behaviour shared by every table (parsing,
//! errors, serde) lives in the facade and is reached through `$crate::__private`.

mod category_impl;
mod code_impl;
mod docs;
mod extension;
mod name_lookup;
mod table_macro;
mod traits;

use crate::model::Table;
use proc_macro2::TokenStream;
use quote::quote;

/// The derives every generated enum carries, by absolute path.
fn derives() -> TokenStream {
    quote! {
        #[derive(
            ::core::fmt::Debug,
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash,
            ::core::cmp::PartialOrd,
            ::core::cmp::Ord,
        )]
    }
}

/// The enums, then every impl in one `const _` block with the lookup tables they read, so that
/// no helper item can be named by, or clash with, the user's; then the integrations the table
/// asked for, and the macro that lets another table extend it.
pub fn generate(table: &Table) -> TokenStream {
    let code_enum = code_enum(table);
    let category_enum = category_enum(table);
    let shields = code_impl::shields();
    let layout = code_impl::Layout::of(table);
    let tables = code_impl::tables(table, &layout);
    let code_impl = code_impl::generate(table, &layout);
    let category_impl = category_impl::generate(table);
    let traits = traits::generate(table, &layout);
    let extension = extension::generate(table);
    let integrations = integrations(table);
    let table_macro = table_macro::generate(table);
    quote! {
        #code_enum
        #category_enum
        #[allow(deprecated)]
        const _: () = {
            // Short names for the variants of `Option`, which the tables repeat once per code;
            // these shadow any item of the user's of the same name, inside this block only.
            #[allow(unused_imports)]
            use ::core::option::Option::{None, Some};
            #shields
            #tables
            #code_impl
            #category_impl
            #traits
            #extension
        };
        #integrations
        #table_macro
    }
}

/// `#[status_codes(serde, schemars)]`: one call each into the facade, which implements the
/// traits or, without its feature, reports which feature to enable. The call is spanned on the
/// option, where such an error belongs. Asked under the user's `cfg_attr`, the call is under
/// the same predicate: the user's crate decides, with its own features.
fn integrations(table: &Table) -> TokenStream {
    let krate = &table.krate;
    let ident = &table.ident;
    let category = table.category_ident();
    let call = |integration: Option<&crate::model::Integration>, name: &str| {
        integration.map(|integration| {
            let span = integration.span;
            let name = proc_macro2::Ident::new(name, span);
            let cfg = integration
                .cfg
                .as_ref()
                .map(|predicate| quote!(#[cfg(#predicate)]));
            // Called by a local name: a path that starts with `$crate` carries the span of the
            // `status_codes!` invocation, which is where rustc would report the error.
            let local = proc_macro2::Ident::new(&format!("__status_codes_{name}"), span);
            quote::quote_spanned! {span=>
                #cfg
                #[allow(deprecated)]
                const _: () = {
                    use #krate::__private::#name as #local;
                    #local! { #ident, #category }
                };
            }
        })
    };
    let serde = call(table.serde.as_ref(), "impl_serde");
    let schemars = call(table.schemars.as_ref(), "impl_schemars");
    quote!(#serde #schemars)
}

fn code_enum(table: &Table) -> TokenStream {
    let attrs = &table.attrs;
    let vis = &table.vis;
    let ident = &table.ident;
    let table_doc = docs::enum_table(table);
    let derives = derives();
    // With stand-ins the table has errors: no discriminants, which the stand-ins would repeat.
    let has_stand_ins = !table.stand_ins.is_empty();
    let stand_ins = table
        .stand_ins
        .iter()
        .map(|(attrs, ident)| quote!(#(#attrs)* #[doc(hidden)] #ident,));
    let variants = table.codes().map(|(category, code)| {
        let attrs = &code.attrs;
        let ident = &code.ident;
        let value = (!has_stand_ins).then(|| {
            let value = proc_macro2::Literal::u16_unsuffixed(code.value);
            quote!(= #value)
        });
        let line = docs::code_line(table, category, code);
        let separator = code.description.is_some().then(|| quote!(#[doc = ""]));
        quote! {
            #(#attrs)*
            #separator
            #[doc = #line]
            #ident #value,
        }
    });
    // A zero-variant enum cannot have a `repr`; it only arises when every code was rejected.
    let repr = (table.code_count() > 0 && !has_stand_ins).then(|| quote!(#[repr(u16)]));
    quote! {
        #(#attrs)*
        #[doc = ""]
        #[doc = #table_doc]
        #repr
        #derives
        #vis enum #ident {
            #(#variants)*
            #(#stand_ins)*
        }
    }
}

fn category_enum(table: &Table) -> TokenStream {
    let vis = &table.vis;
    let ident = table.category_ident();
    let doc = docs::category_enum(table);
    let derives = derives();
    let variants = table.categories.iter().map(|category| {
        let attrs = &category.attrs;
        let ident = &category.ident;
        let line = docs::category_line(category);
        let separator = crate::model::description(attrs).map(|_| quote!(#[doc = ""]));
        quote! {
            #(#attrs)*
            #separator
            #[doc = #line]
            #ident,
        }
    });
    let non_exhaustive = table
        .non_exhaustive_categories
        .then(|| quote!(#[non_exhaustive]));
    quote! {
        #[doc = #doc]
        #non_exhaustive
        #derives
        #vis enum #ident {
            #(#variants)*
        }
    }
}
