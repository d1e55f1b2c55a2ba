//! Where generated tokens point and what they resolve to. Parameters and locals of the
//! generated API are written by the facade's `impl_table!`, whose `macro_rules!` hygiene keeps
//! them apart from the user's items (and whose imported shields keep the user's constants from
//! turning them into patterns); the macro's own tokens are either the user's, which resolve
//! where the user wrote them, or call-site tokens shown at a chosen place by [`relocate`].

use proc_macro2::{Group, Span, TokenStream, TokenTree};

/// `tokens`, shown at `span` in diagnostics, each keeping its own hygiene.
pub fn relocate(tokens: TokenStream, span: Span) -> TokenStream {
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
