//! The table as written: what parsing produces, before any rule is checked.
//!
//! Every node keeps the user's tokens so that errors can point at them.

use proc_macro2::{Span, TokenStream};
use syn::{Attribute, Ident, LitStr, Visibility};

/// `pub enum Name { category* }`, with the facade's path handed in by its `macro_rules!` shim.
pub struct Table {
    /// Path of the facade crate (`$crate` from the shim), used for every generated path.
    pub krate: TokenStream,
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
    /// `extends Path`: the table this one adds codes to.
    pub extends: Option<syn::Path>,
    /// The extended table, handed back by its own generated macro; see `generate::table_macro`.
    pub base: Option<Box<Table>>,
    /// The `{ … }` around the categories, for errors about the table as a whole.
    pub body_span: Span,
    pub categories: Vec<Category>,
}

/// `1xx Progress < code, … >`
pub struct Category {
    pub attrs: Vec<Attribute>,
    pub header: Header,
    pub ident: Ident,
    pub codes: Vec<Code>,
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
    pub name: Option<LitStr>,
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
