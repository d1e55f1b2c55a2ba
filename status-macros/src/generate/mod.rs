//! Code generation from a checked table: the user's two enums and their data. Everything the
//! enums can do is written once in the facade, generic over the data, and reached through
//! `$crate::__private`: `impl_table!` for the API, `impl_extension!` for the conversions of an
//! extension, `impl_serde!` and `impl_schemars!` for the integrations a table asks for.

mod data;
mod docs;
mod hash;
mod hygiene;
mod table_macro;

use crate::model::Table;
use proc_macro2::TokenStream;
use quote::quote;

/// The traits every generated enum has, which a derive of the user's would implement again:
/// `PartialEq` and `Eq` derived (so that constants of the enums work as patterns), the others
/// implemented by the facade's `impl_traits!`.
pub const DERIVES: &[&str] = &[
    "PartialEq",
    "Eq",
    "Clone",
    "Copy",
    "Hash",
    "PartialOrd",
    "Ord",
    "Debug",
];

/// The integrations a table can ask for with `#[status_codes(…)]`: each is one call of the
/// facade's `impl_<name>!`, which implements the traits or, without the facade's feature,
/// reports which feature to enable.
pub const INTEGRATIONS: &[&str] = &["serde", "schemars", "sqlx", "diesel", "utoipa", "arbitrary"];

/// The associated items the facade's `impl_table!` writes on the code enum and on the category
/// enum, which a variant of the same name would clash with; validation rejects such names.
pub const CODE_ENUM_ITEMS: &[&str] = &[
    "ALL",
    "from_code",
    "code",
    "name",
    "aliases",
    "identifier",
    "description",
    "category",
    "from_name",
];
pub const CATEGORY_ENUM_ITEMS: &[&str] = &[
    "ALL",
    "name",
    "header",
    "range",
    "contains",
    "from_code",
    "members",
    "from_name",
];

fn derives() -> TokenStream {
    quote!(#[derive(::core::cmp::PartialEq, ::core::cmp::Eq)])
}

/// The enums, then the table's data and the API in one `const _` block, so that no helper item
/// can be named by, or clash with, the user's; then the integrations the table asked for, and
/// the macro that lets another table extend it.
pub fn generate(table: &Table) -> TokenStream {
    let code_enum = code_enum(table);
    let category_enum = category_enum(table);
    let group_enum = group_enum(table);
    let data = data::generate(table);
    let extension = table.base.as_ref().map(|path| {
        let krate = &table.krate;
        let ident = &table.ident;
        quote!(#krate::__private::impl_extension! { #ident, #path })
    });
    let integrations = integrations(table);
    let table_macro = table_macro::generate(table);
    let ident = &table.ident;
    let category = table.category_ident();
    let group = (!table.groups.is_empty())
        .then(|| table.group_ident())
        .into_iter();
    // On the enum's name, where an error listing the implementors points; `__private` is the
    // facade's, imported into the block by `impl_table!`.
    let sealed = hygiene::relocate(
        quote! {
            #[doc(hidden)]
            impl __private::Generated for #ident {}
            #[doc(hidden)]
            impl __private::Generated for #category {}
            #(#[doc(hidden)] impl __private::Generated for #group {})*
        },
        ident.span(),
    );
    quote! {
        #code_enum
        #category_enum
        #group_enum
        #[allow(deprecated, dead_code, unused_imports, clippy::must_use_candidate)]
        const _: () = {
            #data
            #extension
            #sealed
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
    let group = (!table.groups.is_empty()).then(|| table.group_ident());
    let calls = table.integrations.iter().map(|integration| {
        let group = group.iter();
        let span = integration.span;
        let name = proc_macro2::Ident::new(&format!("impl_{}", integration.name), span);
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
                #local! { #ident, #category #(, #group)* }
            };
        }
    });
    quote!(#(#calls)*)
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
    // Each variant shows its code in rustdoc (`Register = 100`), and the table on the enum's
    // page gives every code's name and category: a code the user did not document needs no
    // docs of its own.
    let variants = table.codes().map(|(_, code)| {
        let attrs = &code.attrs;
        let ident = &code.ident;
        let value = (!has_stand_ins).then(|| {
            let value = proc_macro2::Literal::u16_unsuffixed(code.value);
            quote!(= #value)
        });
        quote!(#(#attrs)* #ident #value,)
    });
    // A zero-variant enum cannot have a `repr`; it only arises when every code was rejected.
    let repr = (!table.codes.is_empty() && !has_stand_ins).then(|| quote!(#[repr(u16)]));
    quote! {
        #(#attrs)*
        #[doc = ""]
        #[doc = #table_doc]
        #[allow(missing_docs)]
        #repr
        #derives
        #vis enum #ident {
            #(#variants)*
            #(#stand_ins)*
        }
    }
}

fn category_enum(table: &Table) -> TokenStream {
    let variants = table.categories.iter().map(|category| {
        (
            &category.attrs,
            &category.ident,
            docs::category_line(category),
        )
    });
    let (ident, doc) = (table.category_ident(), docs::category_enum(table));
    unit_enum(
        table,
        &ident,
        &doc,
        table.non_exhaustive_categories,
        variants,
    )
}

/// The function-group enum, for a table that declares groups: one variant per group, in table
/// order.
fn group_enum(table: &Table) -> Option<TokenStream> {
    let variants = table
        .groups
        .iter()
        .map(|group| (&group.attrs, &group.ident, docs::group_line(group)));
    let doc = docs::group_enum(table);
    let group_enum = unit_enum(table, &table.group_ident(), &doc, false, variants);
    (!table.groups.is_empty()).then_some(group_enum)
}

/// An enum of unit variants, each documented by the user's docs, then by its generated line.
fn unit_enum<'a>(
    table: &Table,
    ident: &proc_macro2::Ident,
    doc: &str,
    non_exhaustive: bool,
    variants: impl Iterator<Item = (&'a Vec<syn::Attribute>, &'a proc_macro2::Ident, String)>,
) -> TokenStream {
    let vis = &table.vis;
    let derives = derives();
    let non_exhaustive = non_exhaustive.then(|| quote!(#[non_exhaustive]));
    let variants = variants.map(|(attrs, ident, line)| {
        // The generated line starts a paragraph of its own after the user's docs, in any form
        // (`include_str!` too).
        let documented = attrs.iter().any(|attr| attr.path().is_ident("doc"));
        let separator = documented.then(|| quote!(#[doc = ""]));
        quote!(#(#attrs)* #separator #[doc = #line] #ident,)
    });
    quote! {
        #[doc = #doc]
        #non_exhaustive
        #derives
        #vis enum #ident {
            #(#variants)*
        }
    }
}
