//! Compile errors, spanned on the user's tokens, and the collector that keeps every error of
//! one invocation so that all of them are reported in one compile.

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use std::fmt::Display;

/// One error: a message and the tokens it covers, from `start` to `end`.
pub struct Error {
    start: Span,
    end: Span,
    message: String,
}

impl Error {
    pub fn new(span: Span, message: impl Display) -> Self {
        Self {
            start: span,
            end: span,
            message: message.to_string(),
        }
    }

    /// An error covering all of `tokens`.
    pub fn spanning(tokens: TokenStream, message: impl Display) -> Self {
        let mut spans = tokens.into_iter().map(|tree| tree.span());
        let start = spans.next().unwrap_or_else(Span::call_site);
        let end = spans.last().unwrap_or(start);
        Self {
            start,
            end,
            message: message.to_string(),
        }
    }

    /// `::core::compile_error! { "…" }`, its path spanned on the first token and its braces on
    /// the last, so that rustc underlines the whole range.
    pub fn to_compile_error(&self) -> TokenStream {
        let colons = |span| {
            let mut first = Punct::new(':', Spacing::Joint);
            let mut second = Punct::new(':', Spacing::Alone);
            first.set_span(span);
            second.set_span(span);
            [TokenTree::Punct(first), TokenTree::Punct(second)]
        };
        let mut bang = Punct::new('!', Spacing::Alone);
        bang.set_span(self.start);
        let mut message = Literal::string(&self.message);
        message.set_span(self.end);
        let mut body = Group::new(Delimiter::Brace, TokenTree::Literal(message).into());
        body.set_span(self.end);
        let mut tokens = TokenStream::new();
        tokens.extend(colons(self.start));
        tokens.extend([TokenTree::Ident(Ident::new("core", self.start))]);
        tokens.extend(colons(self.start));
        tokens.extend([
            TokenTree::Ident(Ident::new("compile_error", self.start)),
            TokenTree::Punct(bang),
            TokenTree::Group(body),
        ]);
        tokens
    }
}

#[derive(Default)]
pub struct Errors {
    errors: Vec<Error>,
}

impl Errors {
    pub fn push(&mut self, error: Error) {
        self.errors.push(error);
    }

    pub fn at(&mut self, span: Span, message: impl Display) {
        self.push(Error::new(span, message));
    }

    /// An error covering all of `tokens`.
    pub fn spanned(&mut self, tokens: TokenStream, message: impl Display) {
        self.push(Error::spanning(tokens, message));
    }

    /// A repeated definition: the error sits on the later one and a second error points back at
    /// the first, which is what stable Rust offers in place of a `note:`.
    pub fn duplicate(&mut self, later: Span, message: impl Display, first: Span) {
        self.at(later, message);
        self.at(first, "first defined here");
    }

    pub fn to_compile_errors(&self) -> TokenStream {
        self.errors.iter().map(Error::to_compile_error).collect()
    }
}
