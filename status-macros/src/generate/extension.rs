//! Conversions between an extension and the table it extends.

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
    let codes = &base.codes;
    let base_name = &base.type_name;
    let unreachable = format!("every {base_name} code is a {} code", table.type_name());
    quote! {
        #[allow(deprecated)]
        const _: () = {
            #[automatically_derived]
            impl ::core::convert::From<#path> for #ident {
                #[inline]
                fn from(status: #path) -> Self {
                    #[allow(unreachable_patterns)]
                    match status {
                        #(#path::#codes => Self::#codes,)*
                        // Only for a `#[non_exhaustive]` base from another crate: the extension
                        // was generated from that base as compiled, so it has all of its codes.
                        _ => ::core::unreachable!(#unreachable),
                    }
                }
            }

            #[automatically_derived]
            impl ::core::convert::TryFrom<#ident> for #path {
                type Error = #krate::UnknownCodeError;

                #[inline]
                fn try_from(status: #ident) -> ::core::result::Result<Self, #krate::UnknownCodeError> {
                    #[allow(unreachable_patterns)]
                    match status {
                        #(#ident::#codes => ::core::result::Result::Ok(#path::#codes),)*
                        other => ::core::result::Result::Err(
                            #krate::UnknownCodeError::new(other.code(), #base_name),
                        ),
                    }
                }
            }

            #[automatically_derived]
            impl ::core::cmp::PartialEq<#path> for #ident {
                #[inline]
                fn eq(&self, other: &#path) -> ::core::primitive::bool {
                    self.code() == #krate::StatusCode::code(*other)
                }
            }

            #[automatically_derived]
            impl ::core::cmp::PartialEq<#ident> for #path {
                #[inline]
                fn eq(&self, other: &#ident) -> ::core::primitive::bool {
                    #krate::StatusCode::code(*self) == other.code()
                }
            }
        };
    }
}
