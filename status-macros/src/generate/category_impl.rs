//! The inherent API of the category enum. Categories are few, so plain `match`es serve.

use crate::model::Table;
use proc_macro2::{Literal, TokenStream};
use quote::quote;

pub fn generate(table: &Table) -> TokenStream {
    let code_enum = &table.ident;
    let ident = table.category_ident();
    let categories = &table.categories;
    let count = categories.len();
    let variants: Vec<_> = categories.iter().map(|category| &category.ident).collect();
    let names: Vec<String> = categories
        .iter()
        .map(crate::model::Category::name)
        .collect();
    let headers = categories.iter().map(|category| &category.header);
    let firsts: Vec<Literal> = categories
        .iter()
        .map(|category| Literal::u16_unsuffixed(category.range.first))
        .collect();
    let lasts: Vec<Literal> = categories
        .iter()
        .map(|category| Literal::u16_unsuffixed(category.range.last))
        .collect();
    let members = (0..categories.len()).map(|index| {
        let codes = table.members(index).map(|code| &code.ident);
        quote!(&[#(#code_enum::#codes),*])
    });
    let all_doc = format!("Every category, in table order ({count} categories).");
    quote! {
        #[allow(dead_code, deprecated)]
        impl #ident {
            #[doc = #all_doc]
            pub const ALL: [Self; #count] = [#(Self::#variants),*];

            /// The category's name, such as `"Progress"`.
            #[must_use]
            pub const fn name(self) -> &'static ::core::primitive::str {
                match self { #(Self::#variants => #names,)* }
            }

            /// The header that introduces the category in the table, such as `"1xx"` or `"41x"`.
            #[must_use]
            pub const fn header(self) -> &'static ::core::primitive::str {
                match self { #(Self::#variants => #headers,)* }
            }

            /// The codes the category covers, whether or not the table defines them.
            #[must_use]
            pub const fn range(self) -> ::core::ops::RangeInclusive<::core::primitive::u16> {
                match self {
                    #(Self::#variants => ::core::ops::RangeInclusive::new(#firsts, #lasts),)*
                }
            }

            /// Whether `code` falls in the category's range.
            #[must_use]
            pub const fn contains(self, code: ::core::primitive::u16) -> ::core::primitive::bool {
                match self { #(Self::#variants => ::core::matches!(code, #firsts..=#lasts),)* }
            }

            /// The category whose range covers `code`, known to the table or not.
            #[must_use]
            #[allow(unreachable_patterns)]
            pub const fn from_code(code: ::core::primitive::u16) -> ::core::option::Option<Self> {
                match code {
                    #(#firsts..=#lasts => ::core::option::Option::Some(Self::#variants),)*
                    _ => ::core::option::Option::None,
                }
            }

            /// The category's codes, in table order.
            #[must_use]
            pub const fn members(self) -> &'static [#code_enum] {
                match self { #(Self::#variants => #members,)* }
            }

            /// The category with this name. Case-sensitive, no trimming.
            #[must_use]
            pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
                match name {
                    #(#names => ::core::option::Option::Some(Self::#variants),)*
                    _ => ::core::option::Option::None,
                }
            }
        }
    }
}
