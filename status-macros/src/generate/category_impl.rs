//! The inherent API of the category enum. Categories are few, so plain `match`es serve. A
//! category nested in another owns the codes of its range, so `from_code` tries the narrowest
//! ranges first, and `contains` agrees with it.

use super::code_impl::local;
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
    let by_specificity = table.categories_by_specificity();
    let narrow_first = by_specificity.iter().map(|&index| &categories[index].ident);
    let narrow_firsts = by_specificity.iter().map(|&index| &firsts[index]);
    let narrow_lasts = by_specificity.iter().map(|&index| &lasts[index]);
    let (code, category) = (local("code"), local("category"));
    let name = local("name");
    let all_doc = format!("Every category, in table order ({count} categories).");
    quote! {
        #[allow(dead_code)]
        impl #ident {
            #[doc = #all_doc]
            pub const ALL: &'static [Self] = &[#(Self::#variants),*];

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

            /// Whether `code` belongs to this category: it falls in the category's range and in
            /// no narrower category's nested in it. The same as `from_code(code) == Some(self)`.
            #[must_use]
            pub const fn contains(self, #code: ::core::primitive::u16) -> ::core::primitive::bool {
                match Self::from_code(#code) {
                    ::core::option::Option::Some(#category) => {
                        #category as ::core::primitive::usize == self as ::core::primitive::usize
                    }
                    ::core::option::Option::None => false,
                }
            }

            /// The category a code belongs to, whether or not the table defines the code: the
            /// narrowest whose range covers it.
            #[must_use]
            #[allow(unreachable_patterns)]
            pub const fn from_code(#code: ::core::primitive::u16) -> ::core::option::Option<Self> {
                match #code {
                    #(#narrow_firsts..=#narrow_lasts => ::core::option::Option::Some(Self::#narrow_first),)*
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
            pub fn from_name(#name: &::core::primitive::str) -> ::core::option::Option<Self> {
                match #name {
                    #(#names => ::core::option::Option::Some(Self::#variants),)*
                    _ => ::core::option::Option::None,
                }
            }
        }
    }
}
