//! The macro as a function over `proc_macro2` tokens: parse, validate, generate.

use crate::errors::Errors;
use crate::{generate, parse, validate};
use proc_macro2::{Ident, TokenStream};

/// Expands one `status_codes!` invocation. On errors the output holds one `compile_error!` per
/// problem, next to the code generated from the entries that passed, so that the rest of the
/// user's crate still compiles and rustc adds no errors of its own.
pub fn expand(input: TokenStream) -> TokenStream {
    let mut errors = Errors::default();
    let Some(table) = parse::parse(input.clone(), &mut errors) else {
        return errors.to_compile_errors();
    };
    if let (Some(path), None, Some(_)) = (&table.extends, &table.base, &table.ident) {
        return call_base(path, input);
    }
    // Without the enum's name nothing can be generated, but the body is still checked.
    let name = table.ident.clone();
    let name = name.unwrap_or_else(|| Ident::new("Table", table.body_span));
    let checked = validate::validate(&table, &name, &mut errors);
    let code = table.ident.is_some().then(|| generate::generate(&checked));
    let errors = errors.to_compile_errors();
    quote::quote! {
        #errors
        #code
    }
}

/// `extends path::Base` without the base table yet: ask the base's generated macro, which calls
/// back with the base table in front of this invocation's tokens. Errors are reported then, once.
fn call_base(base: &syn::Path, input: TokenStream) -> TokenStream {
    let mut tokens = input.into_iter();
    let krate: TokenStream = tokens
        .by_ref()
        .take_while(|tree| !matches!(tree, proc_macro2::TokenTree::Punct(p) if p.as_char() == ';'))
        .collect();
    let table: TokenStream = tokens.collect();
    quote::quote! {
        #base! { [#krate] #table }
    }
}
