//! The macro as a function over `proc_macro2` tokens: parse, validate, generate.

use crate::errors::Errors;
use crate::{generate, parse, validate};
use proc_macro2::TokenStream;

/// Expands one `status_codes!` invocation. On errors the output holds one `compile_error!` per
/// problem, next to the code generated from the entries that passed, so that the rest of the
/// user's crate still compiles and rustc adds no errors of its own.
pub fn expand(input: TokenStream) -> TokenStream {
    let mut errors = Errors::default();
    let Some(table) = parse::parse(input, &mut errors) else {
        return errors.to_compile_errors();
    };
    let checked = validate::validate(&table, &mut errors);
    let code = generate::generate(&checked);
    let errors = errors.to_compile_errors();
    quote::quote! {
        #errors
        #code
    }
}
