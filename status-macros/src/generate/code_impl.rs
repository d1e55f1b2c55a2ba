//! The inherent API of the code enum: constants and `const fn` lookups.
//!
//! Lookup structures, chosen because the whole table is known here:
//! - `from_code`: one array indexed by `code - lowest code`, holding `Option<Self>` (two bytes
//!   each, thanks to the niche of `repr(u16)`); one subtraction, one bounds check, one load, the
//!   same for known and unknown codes, no branch that depends on which code it is.
//! - `code`: the discriminant is the code, so it is a cast.
//! - `name`: an array of `&str` indexed by `code - lowest code`. A `match` over a sparse
//!   `repr(u16)` enum compiles to a jump table or a chain of compares that mispredicts on
//!   real input; the array is one load. Holes are never read, since only variants index it.
//! - `category`, `description`: a `match` over variants, which the compiler turns into a table.
//! - `from_name`: see `name_lookup`.

use super::name_lookup;
use crate::model::Table;
use proc_macro2::{Literal, TokenStream};
use quote::quote;

pub fn generate(table: &Table) -> TokenStream {
    let ident = &table.ident;
    let category_enum = table.category_ident();
    let all = table.codes().map(|(_, code)| &code.ident);
    let count = table.code_count();
    let from_code = from_code(table);
    let code = code_body(table);
    let name = by_code_table(table, "NAMES", &quote!(self), |code| code.name.clone())
        .unwrap_or_else(|| quote!(match self {}));
    let identifier = by_code_table(table, "IDENTIFIERS", &quote!(self), |code| {
        crate::model::unraw(&code.ident)
    })
    .unwrap_or_else(|| quote!(match self {}));
    let description = description(table);
    let category_arms = table
        .categories
        .iter()
        .enumerate()
        .filter(|&(index, _)| table.members(index).next().is_some())
        .map(|(index, category)| {
            let codes = table.members(index).map(|code| &code.ident);
            let category = &category.ident;
            quote!(#(#ident::#codes)|* => #category_enum::#category,)
        });
    let from_name = name_lookup::body(table);
    let predicates = table.categories.iter().map(|category| {
        let predicate = category.predicate();
        let first = Literal::u16_unsuffixed(category.range.first);
        let last = Literal::u16_unsuffixed(category.range.last);
        let doc = format!(
            "Whether the code is in category [`{}`]({category_enum}::{}) (`{}`).",
            category.ident, category.ident, category.header
        );
        quote! {
            #[doc = #doc]
            #[must_use]
            #[inline]
            pub const fn #predicate(self) -> ::core::primitive::bool {
                ::core::matches!(self.code(), #first..=#last)
            }
        }
    });
    let all_doc = format!("Every code of the table, in table order ({count} codes).");
    quote! {
        #[allow(dead_code, deprecated)]
        impl #ident {
            #[doc = #all_doc]
            pub const ALL: [Self; #count] = [#(Self::#all),*];

            /// The variant for a code, or `None` if the table has no such code.
            #[must_use]
            #[inline]
            pub const fn from_code(code: ::core::primitive::u16) -> ::core::option::Option<Self> {
                #from_code
            }

            /// The three-digit code.
            #[must_use]
            #[inline]
            pub const fn code(self) -> ::core::primitive::u16 {
                #code
            }

            /// The documented name, such as `"TwofaTimeout"`.
            #[must_use]
            #[inline]
            pub const fn name(self) -> &'static ::core::primitive::str {
                #name
            }

            /// The variant's identifier, such as `"Pending205"`; `from_name` accepts it too.
            #[must_use]
            #[inline]
            pub const fn identifier(self) -> &'static ::core::primitive::str {
                #identifier
            }

            /// The description given by the code's doc comments in the table, if any.
            #[must_use]
            pub const fn description(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                #description
            }

            /// The category the code belongs to.
            #[must_use]
            #[inline]
            pub const fn category(self) -> #category_enum {
                match self {
                    #(#category_arms)*
                }
            }

            /// The variant with this documented name (the first in table order where two codes
            /// share one) or, failing that, with this identifier. Case-sensitive, no trimming.
            #[must_use]
            pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
                #from_name
            }

            #(#predicates)*
        }
    }
}

fn from_code(table: &Table) -> TokenStream {
    let ident = &table.ident;
    let Some(bounds) = table.code_bounds() else {
        return quote!(::core::option::Option::None);
    };
    let span = usize::from(bounds.last - bounds.first) + 1;
    let mut slots = vec![quote!(::core::option::Option::None); span];
    for (_, code) in table.codes() {
        let variant = &code.ident;
        slots[usize::from(code.value - bounds.first)] =
            quote!(::core::option::Option::Some(#ident::#variant));
    }
    let first = Literal::u16_unsuffixed(bounds.first);
    quote! {
        const BY_CODE: &[::core::option::Option<#ident>; #span] = &[#(#slots),*];
        let index = code.wrapping_sub(#first) as ::core::primitive::usize;
        if index < #span {
            BY_CODE[index]
        } else {
            ::core::option::Option::None
        }
    }
}

fn code_body(table: &Table) -> TokenStream {
    if table.code_count() == 0 {
        quote!(match self {})
    } else {
        quote!(self as ::core::primitive::u16)
    }
}

/// An array of strings indexed by `code - lowest code`, read with the code of `receiver`;
/// `None` for a table without codes.
pub fn by_code_table(
    table: &Table,
    name: &str,
    receiver: &TokenStream,
    text: impl Fn(&crate::model::Code) -> String,
) -> Option<TokenStream> {
    let bounds = table.code_bounds()?;
    let span = usize::from(bounds.last - bounds.first) + 1;
    let mut slots = vec![String::new(); span];
    for (_, code) in table.codes() {
        slots[usize::from(code.value - bounds.first)] = text(code);
    }
    let first = Literal::u16_unsuffixed(bounds.first);
    let name = quote::format_ident!("{}", name);
    Some(quote! {
        const #name: &[&::core::primitive::str; #span] = &[#(#slots),*];
        #name[(#receiver as ::core::primitive::u16 - #first) as ::core::primitive::usize]
    })
}

fn description(table: &Table) -> TokenStream {
    let ident = &table.ident;
    let mut undocumented = Vec::new();
    let mut arms = Vec::new();
    for (_, code) in table.codes() {
        let variant = &code.ident;
        match &code.description {
            Some(text) => {
                arms.push(quote!(#ident::#variant => ::core::option::Option::Some(#text),));
            }
            None => undocumented.push(variant),
        }
    }
    if !undocumented.is_empty() {
        arms.push(quote!(#(#ident::#undocumented)|* => ::core::option::Option::None,));
    }
    quote!(match self { #(#arms)* })
}
