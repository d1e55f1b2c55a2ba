//! Trait impls: conversions, formatting, parsing, and the facade's traits. Each forwards to the
//! inherent `const fn`s or to a generic helper in the facade.

use super::code_impl::{Layout, local};
use crate::model::Table;
use proc_macro2::{Group, Span, TokenStream, TokenTree};
use quote::quote;

pub fn generate(table: &Table, layout: &Layout) -> TokenStream {
    let krate = &table.krate;
    let ident = &table.ident;
    let category = table.category_ident();
    let [status, code, text, formatter] = ["status", "code", "text", "formatter"].map(local);
    let display = if table.code_count() == 0 {
        let stand_in = super::code_impl::stand_in_arm(table);
        quote!(match *self { #stand_in })
    } else {
        let position = layout.position(table, &quote!((*self as ::core::primitive::u16)));
        quote!(#formatter.pad(DISPLAY[#position]))
    };
    let facade_traits = facade_traits(table);
    quote! {
            #[automatically_derived]
            impl ::core::convert::From<#ident> for ::core::primitive::u16 {
                #[inline]
                fn from(#status: #ident) -> Self {
                    #status.code()
                }
            }

            #[automatically_derived]
            impl ::core::convert::TryFrom<::core::primitive::u16> for #ident {
                type Error = #krate::UnknownCodeError;

                #[inline]
                fn try_from(
                    #code: ::core::primitive::u16,
                ) -> ::core::result::Result<Self, #krate::UnknownCodeError> {
                    match Self::from_code(#code) {
                        ::core::option::Option::Some(#status) => ::core::result::Result::Ok(#status),
                        ::core::option::Option::None => ::core::result::Result::Err(
                            #krate::__private::unknown_code::<Self>(#code),
                        ),
                    }
                }
            }

            #[automatically_derived]
            impl ::core::str::FromStr for #ident {
                type Err = #krate::ParseError;

                #[inline]
                fn from_str(
                    #text: &::core::primitive::str,
                ) -> ::core::result::Result<Self, #krate::ParseError> {
                    #krate::__private::parse(#text)
                }
            }

            #[automatically_derived]
            impl ::core::fmt::Display for #ident {
                fn fmt(&self, #formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    #display
                }
            }

            #[automatically_derived]
            impl ::core::fmt::Display for #category {
                fn fmt(&self, #formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    #formatter.pad(self.name())
                }
            }

            #facade_traits
    }
}

/// `StatusCode` and `StatusCategory`, forwarding to the inherent `const fn`s.
fn facade_traits(table: &Table) -> TokenStream {
    let [code, name] = ["code", "name"].map(local);
    let krate = &table.krate;
    let ident = &table.ident;
    let category = table.category_ident();
    let type_name = table.type_name();
    // On the enum's name, where an error listing the implementors points.
    let generated = relocate(
        quote! {
            #[automatically_derived]
            impl #krate::__private::Generated for #ident {}

            #[automatically_derived]
            impl #krate::__private::Generated for #category {}
        },
        ident.span(),
    );
    quote! {
            #generated

            #[automatically_derived]
            impl #krate::StatusCode for #ident {
                type Category = #category;
                const TYPE_NAME: &'static ::core::primitive::str = #type_name;
                const ALL: &'static [Self] = Self::ALL;

                #[inline]
                fn code(self) -> ::core::primitive::u16 {
                    Self::code(self)
                }
                #[inline]
                fn name(self) -> &'static ::core::primitive::str {
                    Self::name(self)
                }
                #[inline]
                fn aliases(self) -> &'static [&'static ::core::primitive::str] {
                    Self::aliases(self)
                }
                #[inline]
                fn identifier(self) -> &'static ::core::primitive::str {
                    Self::identifier(self)
                }
                #[inline]
                fn description(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                    Self::description(self)
                }
                #[inline]
                fn category(self) -> #category {
                    Self::category(self)
                }
                #[inline]
                fn from_code(#code: ::core::primitive::u16) -> ::core::option::Option<Self> {
                    Self::from_code(#code)
                }
                #[inline]
                fn from_name(#name: &::core::primitive::str) -> ::core::option::Option<Self> {
                    Self::from_name(#name)
                }
            }

            #[automatically_derived]
            impl #krate::StatusCategory for #category {
                type Code = #ident;
                const ALL: &'static [Self] = Self::ALL;

                #[inline]
                fn name(self) -> &'static ::core::primitive::str {
                    Self::name(self)
                }
                #[inline]
                fn header(self) -> &'static ::core::primitive::str {
                    Self::header(self)
                }
                #[inline]
                fn contains(self, #code: ::core::primitive::u16) -> ::core::primitive::bool {
                    Self::contains(self, #code)
                }
                #[inline]
                fn range(self) -> ::core::ops::RangeInclusive<::core::primitive::u16> {
                    Self::range(self)
                }
                #[inline]
                fn members(self) -> &'static [#ident] {
                    Self::members(self)
                }
                #[inline]
                fn from_code(#code: ::core::primitive::u16) -> ::core::option::Option<Self> {
                    Self::from_code(#code)
                }
                #[inline]
                fn from_name(#name: &::core::primitive::str) -> ::core::option::Option<Self> {
                    Self::from_name(#name)
                }
            }
    }
}

/// `tokens`, shown at `span` in diagnostics, each keeping its own hygiene.
fn relocate(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut tree| {
            if let TokenTree::Group(group) = &tree {
                let mut relocated = Group::new(group.delimiter(), relocate(group.stream(), span));
                relocated.set_span(group.span().located_at(span));
                tree = TokenTree::Group(relocated);
            } else {
                tree.set_span(tree.span().located_at(span));
            }
            tree
        })
        .collect()
}
