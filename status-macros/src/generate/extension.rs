//! Conversions between an extension and the table it extends.
//!
//! Both ways go through the codes, never naming a base variant: a `#[non_exhaustive]` variant
//! of a base from another crate can be neither built nor matched there.

use super::code_impl::local;
use crate::model::Table;
use proc_macro2::TokenStream;
use quote::quote;

pub fn generate(table: &Table) -> TokenStream {
    let Some(base) = &table.base else {
        return TokenStream::new();
    };
    let krate = &table.krate;
    let ident = &table.ident;
    let path = &base.path;
    let base_name = &base.type_name;
    let unreachable = format!("every {base_name} code is a {} code", table.type_name());
    let [status, other] = ["status", "other"].map(local);
    quote! {
        #[automatically_derived]
        impl ::core::convert::From<#path> for #ident {
            #[inline]
            fn from(#status: #path) -> Self {
                match Self::from_code(#krate::StatusCode::code(#status)) {
                    ::core::option::Option::Some(#other) => #other,
                    // The extension was generated from the base as compiled, so it has every
                    // code of the base.
                    ::core::option::Option::None => ::core::unreachable!(#unreachable),
                }
            }
        }

        #[automatically_derived]
        impl ::core::convert::TryFrom<#ident> for #path {
            type Error = #krate::UnknownCodeError;

            #[inline]
            fn try_from(#status: #ident) -> ::core::result::Result<Self, #krate::UnknownCodeError> {
                match <#path>::from_code(#status.code()) {
                    ::core::option::Option::Some(#other) => ::core::result::Result::Ok(#other),
                    ::core::option::Option::None => ::core::result::Result::Err(
                        #krate::__private::unknown_code::<#path>(#status.code()),
                    ),
                }
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialEq<#path> for #ident {
            #[inline]
            fn eq(&self, #other: &#path) -> ::core::primitive::bool {
                self.code() == #krate::StatusCode::code(*#other)
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialEq<#ident> for #path {
            #[inline]
            fn eq(&self, #other: &#ident) -> ::core::primitive::bool {
                #krate::StatusCode::code(*self) == #other.code()
            }
        }
    }
}
