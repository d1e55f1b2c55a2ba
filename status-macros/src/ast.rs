//! The table as written: what parsing produces, before any rule is checked. Every node keeps
//! the user's tokens for errors; a problem local to one token (a malformed code or header) is
//! kept in its node, so that the rest of the table is still read and checked.

use proc_macro2::{Ident, Span, TokenStream};
use syn::{Attribute, LitStr};

/// `pub enum Name [extends Base] { category* }`, after the facade's path from its shim.
pub struct Table {
    pub krate: TokenStream,
    pub attrs: Vec<Attribute>,
    pub vis: syn::Visibility,
    /// `None` when the head is malformed: the body is still checked, nothing is generated.
    pub ident: Option<Ident>,
    pub extends: Option<syn::Path>,
    /// The extended table, handed back by its generated macro; see `generate::table_macro`.
    pub base: Option<Box<Table>>,
    pub body_span: Span,
    pub categories: Vec<Category>,
    /// The function groups (`x2x Connections`), in table order.
    pub groups: Vec<Group>,
    /// Stretches of the table too malformed to read, already reported.
    pub malformed: usize,
}

/// `x2x Connections`: a function group, by the middle digit of its codes; validation reads the
/// digit from the header.
pub struct Group {
    pub attrs: Vec<Attribute>,
    pub header: Ident,
    pub ident: Ident,
}

/// `1xx Progress < code, … >`.
pub struct Category {
    pub attrs: Vec<Attribute>,
    /// `None` when the header is missing (reported): the codes are read, with no range to check.
    pub header: Option<Header>,
    /// A stand-in, `UnnamedCategory<n>`, when the name was malformed or the codes were written
    /// outside any category (reported).
    pub ident: Ident,
    pub named: bool,
    pub codes: Vec<Code>,
    /// Codes too malformed to read, already reported.
    pub malformed: usize,
}

/// `1xx` or `40x`, as written: validation reads the range.
pub struct Header {
    pub span: Span,
    pub text: String,
}

/// `205 Pending205 as "Pending" | "Alias"`; validation reads the code from its text.
pub struct Code {
    pub attrs: Vec<Attribute>,
    pub value: String,
    pub value_span: Span,
    pub ident: Ident,
    /// The documented name, then the aliases.
    pub names: Vec<LitStr>,
}

impl Category {
    /// The header as written, empty when it is missing.
    pub fn header_text(&self) -> &str {
        self.header.as_ref().map_or("", |header| &header.text)
    }

    /// Where the category starts: its header, or its name when the header is missing.
    pub fn header_span(&self) -> Span {
        self.header
            .as_ref()
            .map_or_else(|| self.ident.span(), |header| header.span)
    }
}
