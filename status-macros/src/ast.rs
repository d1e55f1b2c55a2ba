//! The table as written: what parsing produces, before any rule is checked. Every node keeps
//! the user's tokens for errors; a problem local to one token (a malformed code or header) is
//! kept in its node, so that the rest of the table is still read and checked.

use crate::model::CodeRange;
use proc_macro2::{Ident, Span, TokenStream};
use quote::ToTokens;
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

/// `1xx Progress < code, … >`; `ident` is a stand-in when the name was malformed (reported).
pub struct Category {
    pub attrs: Vec<Attribute>,
    pub header: Header,
    pub ident: Ident,
    pub codes: Vec<Code>,
    /// Codes too malformed to read, already reported.
    pub malformed: usize,
}

/// `1xx` or `40x`.
pub struct Header {
    pub span: Span,
    pub text: String,
    pub range: syn::Result<CodeRange>,
}

/// `205 Pending205 as "Pending" | "Alias"`.
pub struct Code {
    pub attrs: Vec<Attribute>,
    pub value: syn::Result<u16>,
    pub value_span: Span,
    pub ident: Ident,
    /// The documented name, then the aliases.
    pub names: Vec<LitStr>,
}

impl Parse for Header {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let (text, span) = literal(input, "expected a category header such as `1xx` or `40x`")?;
        let range = crate::literal::parse_header(&text).map_err(|msg| syn::Error::new(span, msg));
        Ok(Header { span, text, range })
    }
}

impl Parse for Code {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let (text, value_span) = literal(input, "expected a code such as `100`")?;
        let value = crate::literal::parse_code(&text).map_err(|m| syn::Error::new(value_span, m));
        let ident = parse_ident(input, || {
            format!("expected the name of code `{text}`, as in `{text} Starting`")
        })?;
        let mut names = Vec::new();
        if input.parse::<Option<Token![as]>>()?.is_some() {
            loop {
                let message = || {
                    format!(
                        "expected the documented name of `{ident}` as a string, as in `as \"Pending\"`"
                    )
                };
                match input.parse::<Lit>() {
                    Ok(Lit::Str(name)) if name.suffix().is_empty() => names.push(name),
                    Ok(other) => return Err(syn::Error::new(other.span(), message())),
                    Err(error) => return Err(syn::Error::new(error.span(), message())),
                }
                if input.parse::<Option<Token![|]>>()?.is_none() {
                    break;
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
    let lit: Lit = input
        .parse()
        .map_err(|error| syn::Error::new(error.span(), expected))?;
    Ok((lit.to_token_stream().to_string(), lit.span()))
}

/// An identifier that is a keyword in no edition. Words that are keywords only in some editions
/// (`async`, `await`, `dyn`, `try`, `gen`) are accepted: the user's token keeps its edition, so
/// rustc accepts it exactly where the caller's edition does.
pub fn parse_ident(input: ParseStream, expected: impl FnOnce() -> String) -> syn::Result<Ident> {
    const KEYWORDS: &[&str] = &[
        "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn",
        "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref",
        "return", "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe",
        "use", "where", "while", "abstract", "become", "box", "do", "final", "macro", "override",
        "priv", "typeof", "unsized", "virtual", "yield", "_",
    ];
    match input.fork().call(Ident::parse_any) {
        Ok(ident) if KEYWORDS.contains(&ident.to_string().as_str()) => Err(syn::Error::new(
            ident.span(),
            format!("expected an identifier, found keyword `{ident}`"),
        )),
        Ok(_) => input.call(Ident::parse_any),
        Err(_) => Err(input.error(expected())),
    }
}
