//! The table as written: what parsing produces, before any rule is checked. Every node keeps
//! the user's tokens for errors; a problem local to one token (a malformed code or header) is
//! kept in its node, so that the rest of the table is still read and checked.

use proc_macro2::{Ident, Span, TokenStream};
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::{Attribute, Lit, LitStr, Token};

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
    /// Categories too malformed to read, already reported.
    pub malformed: usize,
}

/// `1xx Progress < code, … >`.
pub struct Category {
    pub attrs: Vec<Attribute>,
    /// `None` when the header is missing (reported): the codes are read, with no range to check.
    pub header: Option<Header>,
    /// A stand-in, `UnnamedCategory<n>`, when the name was malformed (reported).
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

impl Parse for Header {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let (text, span) = literal(input, "expected a category header such as `1xx` or `40x`")?;
        Ok(Header { span, text })
    }
}

impl Parse for Code {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let (value, value_span) = literal(input, "expected a code such as `100`")?;
        let expected = || format!("expected the name of code `{value}`, as in `{value} Starting`");
        let ident = parse_ident(input, expected)?;
        let mut names = Vec::new();
        while if names.is_empty() {
            input.parse::<Option<Token![as]>>()?.is_some()
        } else {
            input.parse::<Option<Token![|]>>()?.is_some()
        } {
            match input.parse::<Lit>() {
                Ok(Lit::Str(name)) if name.suffix().is_empty() => names.push(name),
                other => {
                    let span = other.map_or_else(|error| error.span(), |lit| lit.span());
                    let message = format!(
                        "expected the documented name of `{ident}` as a string, as in `as \"Pending\"`"
                    );
                    return Err(syn::Error::new(span, message));
                }
            }
        }
        Ok(Code {
            attrs,
            value,
            value_span,
            ident,
            names,
        })
    }
}

/// Any literal, with its source text (`1xx`, `100u16`, `"100"`), read as a header or code.
fn literal(input: ParseStream, expected: &str) -> syn::Result<(String, Span)> {
    // The token as lexed: validation reads its text, so there is no value to compute here.
    input.step(|cursor| match cursor.literal() {
        Some((literal, rest)) => Ok(((literal.to_string(), literal.span()), rest)),
        None => Err(cursor.error(expected)),
    })
}

/// An identifier that is a keyword in no edition: syn rejects keywords, and words that are
/// keywords only in some editions are taken as written, so that rustc accepts them exactly
/// where the caller's edition does.
pub fn parse_ident(input: ParseStream, expected: impl FnOnce() -> String) -> syn::Result<Ident> {
    match input.fork().call(Ident::parse_any) {
        Ok(ident) if crate::model::is_edition_keyword(&ident.to_string()) => {
            input.call(Ident::parse_any)
        }
        Ok(_) => input.parse(),
        Err(_) => Err(input.error(expected())),
    }
}
