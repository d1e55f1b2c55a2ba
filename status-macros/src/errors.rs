//! The collector that keeps every error of one invocation, so that all of them are reported in
//! one compile, and their output as `compile_error!`s that resolve in every edition.

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::ToTokens;
use std::fmt::Display;

#[derive(Default)]
pub struct Errors {
    combined: Option<syn::Error>,
}

impl Errors {
    pub fn push(&mut self, error: syn::Error) {
        match &mut self.combined {
            Some(combined) => combined.combine(error),
            None => self.combined = Some(error),
        }
    }

    /// The value of `result`, its error kept.
    pub fn ok<T>(&mut self, result: syn::Result<T>) -> Option<T> {
        result.map_err(|error| self.push(error)).ok()
    }

    pub fn at(&mut self, span: Span, message: impl Display) {
        self.push(syn::Error::new(span, message));
    }

    /// An error covering all of `tokens`.
    pub fn spanned(&mut self, tokens: impl ToTokens, message: impl Display) {
        self.push(syn::Error::new_spanned(tokens, message));
    }

    /// A repeated definition: the error sits on the later one and a second error points back at
    /// the first, which is what stable Rust offers in place of a `note:`.
    pub fn duplicate(&mut self, later: Span, message: impl Display, first: Span) {
        self.at(later, message);
        self.at(first, "first defined here");
    }

    /// One `compile_error!` per error, spanned on the user's tokens. syn writes
    /// `::core::compile_error!`, but with the user's spans `::core` names the crate root in an
    /// edition 2015 crate, and any path spanned elsewhere (`$crate`, the call site) would make
    /// rustc point at the whole invocation. The bare name resolves in every edition, and under
    /// `#![no_implicit_prelude]`, as the built-in macro.
    pub fn to_compile_errors(&self) -> TokenStream {
        let before =
            |tree: &TokenTree| !matches!(tree, TokenTree::Ident(i) if i == "compile_error");
        let trees = |error: syn::Error| error.to_compile_error().into_iter().skip_while(before);
        let errors = self.combined.iter().flat_map(Clone::clone);
        errors.flat_map(trees).collect()
    }
}
