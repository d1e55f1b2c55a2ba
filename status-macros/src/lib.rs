//! The procedural macro behind [`status-codes`](https://docs.rs/status-codes).
//!
//! Use it through `status_codes::status_codes!`, which passes the facade's path to the macro and
//! is documented there; the generated code calls into the facade.
#![forbid(unsafe_code)]

mod ast;
mod errors;
mod expand;
mod generate;
mod literal;
mod model;
mod parse;
mod validate;

#[cfg(test)]
mod properties;
#[cfg(test)]
mod tests;

/// Generates a status code enum from a table; see `status_codes::status_codes!`.
#[proc_macro]
pub fn status_codes(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    expand::expand(input.into()).into()
}
