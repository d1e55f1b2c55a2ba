//! A cursor over token trees: the few operations the table's grammar needs.

use crate::errors::Error;
use proc_macro2::{Delimiter, Group, Ident, Literal, Span, TokenStream, TokenTree};

pub struct Cursor {
    trees: Vec<TokenTree>,
    position: usize,
    /// Where errors about a missing token point: the closing delimiter, or the call site.
    end: Span,
}

impl Cursor {
    /// Invisible groups (left by `macro_rules!` fragments such as `$code:literal`) are opened,
    /// so that their tokens read as if written in place.
    pub fn new(stream: TokenStream, end: Span) -> Self {
        fn flatten(stream: TokenStream, trees: &mut Vec<TokenTree>) {
            for tree in stream {
                match tree {
                    TokenTree::Group(group) if group.delimiter() == Delimiter::None => {
                        flatten(group.stream(), trees);
                    }
                    tree => trees.push(tree),
                }
            }
        }
        let mut trees = Vec::new();
        flatten(stream, &mut trees);
        Self {
            trees,
            position: 0,
            end,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.position >= self.trees.len()
    }

    pub fn peek(&self) -> Option<&TokenTree> {
        self.trees.get(self.position)
    }

    pub fn next(&mut self) -> Option<TokenTree> {
        let tree = self.trees.get(self.position).cloned();
        self.position += usize::from(tree.is_some());
        tree
    }

    pub fn peek_punct(&self, symbol: char) -> bool {
        matches!(self.peek(), Some(TokenTree::Punct(punct)) if punct.as_char() == symbol)
    }

    pub fn peek_keyword(&self, word: &str) -> bool {
        matches!(self.peek(), Some(TokenTree::Ident(ident)) if ident == word)
    }

    pub fn peek_group(&self, delimiter: Delimiter) -> bool {
        matches!(self.peek(), Some(TokenTree::Group(group)) if group.delimiter() == delimiter)
    }

    pub fn eat_punct(&mut self, symbol: char) -> bool {
        let found = self.peek_punct(symbol);
        self.position += usize::from(found);
        found
    }

    pub fn eat_keyword(&mut self, word: &str) -> bool {
        let found = self.peek_keyword(word);
        self.position += usize::from(found);
        found
    }

    /// An error at the next token, or at the end when there is none.
    pub fn error(&self, message: impl std::fmt::Display) -> Error {
        match self.peek() {
            Some(tree) => Error::new(tree.span(), message),
            None => Error::new(self.end, format!("unexpected end of input, {message}")),
        }
    }

    /// An identifier that is not a keyword.
    pub fn ident(&mut self, message: &str) -> Result<Ident, Error> {
        match self.peek() {
            Some(TokenTree::Ident(ident)) if is_keyword(&ident.to_string()) => Err(Error::new(
                ident.span(),
                format!("expected an identifier, found keyword `{ident}`"),
            )),
            Some(TokenTree::Ident(ident)) => {
                let ident = ident.clone();
                self.position += 1;
                Ok(ident)
            }
            _ => Err(self.error(message)),
        }
    }

    pub fn literal(&mut self, message: &str) -> Result<Literal, Error> {
        match self.peek() {
            Some(TokenTree::Literal(literal)) => {
                let literal = literal.clone();
                self.position += 1;
                Ok(literal)
            }
            _ => Err(self.error(message)),
        }
    }

    pub fn group(&mut self, delimiter: Delimiter, message: &str) -> Result<Group, Error> {
        match self.peek() {
            Some(TokenTree::Group(group)) if group.delimiter() == delimiter => {
                let group = group.clone();
                self.position += 1;
                Ok(group)
            }
            _ => Err(self.error(message)),
        }
    }

    /// Skips token trees until one is a punctuation mark accepted by `stop`, left unread.
    pub fn skip_until(&mut self, stop: impl Fn(char) -> bool) {
        while let Some(tree) = self.peek() {
            if matches!(tree, TokenTree::Punct(punct) if stop(punct.as_char())) {
                break;
            }
            self.position += 1;
        }
    }
}

/// Keywords, which cannot name a code or a category.
fn is_keyword(word: &str) -> bool {
    const KEYWORDS: &[&str] = &[
        "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum",
        "extern", "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod",
        "move", "mut", "pub", "ref", "return", "self", "Self", "static", "struct", "super",
        "trait", "true", "type", "unsafe", "use", "where", "while", "abstract", "become", "box",
        "do", "final", "macro", "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
        "_",
    ];
    KEYWORDS.contains(&word)
}
