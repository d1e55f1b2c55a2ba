//! The table as written: what parsing produces, before any rule is checked.
//!
//! Every node keeps the user's tokens so that errors can point at them.

use proc_macro2::{Delimiter, Group, Ident, Punct, Span, TokenStream, TokenTree};
use quote::{ToTokens, TokenStreamExt};

/// `pub enum Name { category* }`, with the facade's path handed in by its `macro_rules!` shim.
pub struct Table {
    /// Path of the facade crate (`$crate` from the shim), used for every generated path.
    pub krate: TokenStream,
    pub attrs: Vec<Attribute>,
    /// `pub`, `pub(crate)`, …, or nothing.
    pub vis: TokenStream,
    pub ident: Ident,
    /// `extends Path`: the table this one adds codes to.
    pub extends: Option<TokenStream>,
    /// The extended table, handed back by its own generated macro; see `generate::table_macro`.
    pub base: Option<Box<Table>>,
    /// The `{ … }` around the categories, for errors about the table as a whole.
    pub body_span: Span,
    pub categories: Vec<Category>,
    /// Categories too malformed to read; their errors have been reported already.
    pub malformed: usize,
}

/// `1xx Progress < code, … >`
pub struct Category {
    pub attrs: Vec<Attribute>,
    pub header: Header,
    pub ident: Ident,
    pub codes: Vec<Code>,
    /// Codes written but too malformed to read; their errors have been reported already.
    pub malformed: usize,
}

/// The `1xx` or `40x` before a category's name.
pub struct Header {
    pub span: Span,
    pub text: String,
    /// `None` when the header is malformed; the error has been reported already.
    pub range: Option<CodeRange>,
}

/// `100 Register` or `205 Pending205 as "Pending"`.
pub struct Code {
    pub attrs: Vec<Attribute>,
    /// `None` when the literal is not a three-digit code; the error has been reported already.
    pub value: Option<u16>,
    pub value_span: Span,
    pub ident: Ident,
    /// The string after `as`, with its span.
    pub name: Option<(String, Span)>,
}

/// The codes a category header covers, both ends included.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct CodeRange {
    pub first: u16,
    pub last: u16,
}

impl CodeRange {
    pub fn contains(self, code: u16) -> bool {
        (self.first..=self.last).contains(&code)
    }
}

/// An outer attribute, `#[…]`, kept as written.
#[derive(Clone)]
pub struct Attribute {
    pub pound: Punct,
    pub brackets: Group,
}

impl Attribute {
    fn inner(&self) -> Vec<TokenTree> {
        self.brackets.stream().into_iter().collect()
    }

    /// Whether this is `#[name …]`, for a single-segment `name`.
    pub fn is(&self, name: &str) -> bool {
        let inner = self.inner();
        matches!(inner.first(), Some(TokenTree::Ident(ident)) if ident == name)
            && !matches!(inner.get(1), Some(TokenTree::Punct(punct)) if punct.as_char() == ':')
    }

    /// The text of `#[doc = "…"]`, which is what `///` becomes.
    pub fn doc(&self) -> Option<String> {
        match self.inner().as_slice() {
            [
                TokenTree::Ident(ident),
                TokenTree::Punct(eq),
                TokenTree::Literal(text),
            ] if ident == "doc" && eq.as_char() == '=' => crate::literal::string_value(text),
            _ => None,
        }
    }

    /// The paths of `#[derive(…)]`, each as its tokens.
    pub fn derive_paths(&self) -> Option<Vec<TokenStream>> {
        let inner = self.inner();
        let [TokenTree::Ident(ident), TokenTree::Group(list)] = inner.as_slice() else {
            return None;
        };
        if ident != "derive" || list.delimiter() != Delimiter::Parenthesis {
            return None;
        }
        let mut paths = vec![TokenStream::new()];
        for tree in list.stream() {
            match &tree {
                TokenTree::Punct(punct) if punct.as_char() == ',' => paths.push(TokenStream::new()),
                _ => paths.last_mut()?.append(tree),
            }
        }
        paths.retain(|path| !path.is_empty());
        Some(paths)
    }
}

impl ToTokens for Attribute {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.append(self.pound.clone());
        tokens.append(self.brackets.clone());
    }
}

/// An identifier as written, without `r#`.
pub fn unraw(ident: &Ident) -> String {
    let text = ident.to_string();
    match text.strip_prefix("r#") {
        Some(raw) => raw.to_owned(),
        None => text,
    }
}
