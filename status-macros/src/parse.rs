//! Tokens → [`ast::Table`], recovering after a malformed category or code so that every
//! mistake in the table is reported in one compile.

use crate::ast::{Category, Code, Header, Table};
use crate::errors::Errors;
use crate::literal;
use proc_macro2::{Span, TokenStream, TokenTree};
use syn::parse::{ParseStream, Parser};
use syn::{Attribute, Ident, LitStr, Token, Visibility, braced};

/// Parses the shim's `$crate;` and the table after it. `None` when not even the enum's name
/// could be read; every problem found is in `errors`.
pub fn parse(input: TokenStream, errors: &mut Errors) -> Option<Table> {
    let parser = |stream: ParseStream| -> syn::Result<Option<Table>> {
        let table = parse_table(stream, errors);
        if table.is_some() && !stream.is_empty() {
            errors.push(stream.error("unexpected token after the table's closing `}`"));
        }
        skip_until(stream, |_| false);
        Ok(table)
    };
    match parser.parse2(input) {
        Ok(table) => table,
        Err(error) => {
            errors.push(error);
            None
        }
    }
}

fn parse_table(input: ParseStream, errors: &mut Errors) -> Option<Table> {
    let head = parse_krate(input).and_then(|krate| Ok((krate, parse_base(input)?)));
    match head {
        Ok((krate, base)) => {
            let mut table = parse_enum(input, errors)?;
            table.krate = krate;
            table.base = base.map(Box::new);
            Some(table)
        }
        Err(error) => {
            errors.push(error);
            None
        }
    }
}

/// `@base "…"`: the extended table as source text, which its generated macro passes in front
/// of an extension. It was validated where it was defined, so its own errors are not repeated.
fn parse_base(input: ParseStream) -> syn::Result<Option<Table>> {
    if !input.peek(Token![@]) {
        return Ok(None);
    }
    input.parse::<Token![@]>()?;
    input.parse::<kw::base>()?;
    let source: LitStr = input.parse()?;
    let tokens: TokenStream = source.value().parse().map_err(|_| {
        syn::Error::new(source.span(), "the extended table's source does not parse")
    })?;
    let parser = |stream: ParseStream| Ok(parse_enum(stream, &mut Errors::default()));
    let base = parser.parse2(tokens)?;
    base.map(Some)
        .ok_or_else(|| syn::Error::new(source.span(), "the extended table's source does not parse"))
}

/// `#[attrs] vis enum Name [extends Path] { categories }`.
fn parse_enum(input: ParseStream, errors: &mut Errors) -> Option<Table> {
    let head = (|| {
        let attrs = Attribute::parse_outer(input)?;
        let vis: Visibility = input.parse()?;
        input
            .parse::<Token![enum]>()
            .map_err(|_| input.error("expected `enum`: a table reads `pub enum Name { … }`"))?;
        let ident: Ident = input.parse()?;
        let extends = if input.peek(kw::extends) {
            input.parse::<kw::extends>()?;
            Some(input.parse::<syn::Path>()?)
        } else {
            None
        };
        let content;
        let brace = braced!(content in input);
        Ok((attrs, vis, ident, extends, brace.span.join(), content))
    })();
    match head {
        Ok((attrs, vis, ident, extends, body_span, content)) => Some(Table {
            krate: TokenStream::new(),
            attrs,
            vis,
            ident,
            extends,
            base: None,
            body_span,
            categories: parse_categories(&content, errors),
        }),
        Err(error) => {
            errors.push(error);
            None
        }
    }
}

mod kw {
    syn::custom_keyword!(base);
    syn::custom_keyword!(extends);
}

/// The tokens before the first `;`: the facade's path, which its shim passes as `$crate`.
fn parse_krate(input: ParseStream) -> syn::Result<TokenStream> {
    let mut krate = TokenStream::new();
    loop {
        if input.peek(Token![;]) {
            input.parse::<Token![;]>()?;
            return Ok(krate);
        }
        if input.is_empty() {
            return Err(input.error(
                "`status_macros::status_codes!` is called through `status_codes::status_codes!`",
            ));
        }
        krate.extend([input.parse::<TokenTree>()?]);
    }
}

fn parse_categories(input: ParseStream, errors: &mut Errors) -> Vec<Category> {
    let mut categories = Vec::new();
    while !input.is_empty() {
        match parse_category(input, errors) {
            Ok(category) => categories.push(category),
            Err(error) => {
                errors.push(error);
                skip_until(input, |punct| punct == '>');
                let _ = input.parse::<Option<Token![>]>>();
            }
        }
        let _ = input.parse::<Option<Token![,]>>();
    }
    categories
}

fn parse_category(input: ParseStream, errors: &mut Errors) -> syn::Result<Category> {
    let attrs = Attribute::parse_outer(input)?;
    let (text, span) = parse_literal(input, "expected a category header such as `1xx` or `40x`")?;
    let range = literal::parse_header(&text)
        .map_err(|message| errors.at(span, message))
        .ok();
    let header = Header { span, text, range };
    let ident: Ident = input.parse().map_err(|_| {
        input.error(format!(
            "expected the category's name after `{}`, as in `{} Progress < … >`",
            header.text, header.text
        ))
    })?;
    input.parse::<Token![<]>().map_err(|_| {
        input.error(format!(
            "expected `<` after `{} {ident}`: a category's codes go between `<` and `>`",
            header.text
        ))
    })?;
    let mut codes = Vec::new();
    loop {
        if input.peek(Token![>]) {
            input.parse::<Token![>]>()?;
            break;
        }
        if input.is_empty() {
            errors.push(input.error(format!("expected `>` to close category `{ident}`")));
            break;
        }
        match parse_code(input, errors) {
            Ok(code) => {
                let separated = input.parse::<Option<Token![,]>>()?.is_some();
                if !separated && !input.peek(Token![>]) && !input.is_empty() {
                    errors.push(input.error(format!("expected `,` or `>` after `{}`", code.ident)));
                    skip_past_code(input);
                }
                codes.push(code);
            }
            Err(error) => {
                errors.push(error);
                skip_past_code(input);
            }
        }
    }
    Ok(Category {
        attrs,
        header,
        ident,
        codes,
    })
}

fn parse_code(input: ParseStream, errors: &mut Errors) -> syn::Result<Code> {
    let attrs = Attribute::parse_outer(input)?;
    let (text, value_span) = parse_literal(input, "expected a code such as `100`")?;
    let value = literal::parse_code(&text)
        .map_err(|message| errors.at(value_span, message))
        .ok();
    let ident: Ident = input.parse().map_err(|error| {
        if input.peek(syn::Ident) {
            error
        } else {
            input.error(format!(
                "expected the name of code `{text}`, as in `{text} Starting`"
            ))
        }
    })?;
    let name = if input.peek(Token![as]) {
        input.parse::<Token![as]>()?;
        Some(input.parse::<LitStr>().map_err(|_| {
            input.error(format!(
                "expected the documented name of `{ident}` as a string, as in `as \"Pending\"`"
            ))
        })?)
    } else {
        None
    };
    Ok(Code {
        attrs,
        value,
        value_span,
        ident,
        name,
    })
}

/// Reads one literal token as written in the source.
fn parse_literal(input: ParseStream, expected: &str) -> syn::Result<(String, Span)> {
    input.step(|cursor| {
        if let Some((literal, rest)) = cursor.literal() {
            return Ok(((literal.to_string(), literal.span()), rest));
        }
        Err(match cursor.token_tree() {
            Some((tree, _)) => syn::Error::new(tree.span(), expected),
            None => syn::Error::new(
                cursor.span(),
                format!("{expected}, found the end of the table"),
            ),
        })
    })
}

/// Skips the rest of a malformed code: up to and including the next `,`, or up to the `>` that
/// closes the category.
fn skip_past_code(input: ParseStream) {
    skip_until(input, |punct| punct == ',' || punct == '>');
    let _ = input.parse::<Option<Token![,]>>();
}

/// Skips token trees until one is a punctuation mark accepted by `stop`, which is left unread.
fn skip_until(input: ParseStream, stop: impl Fn(char) -> bool) {
    let _ = input.step(|cursor| {
        let mut rest = *cursor;
        while let Some((tree, next)) = rest.token_tree() {
            if let TokenTree::Punct(punct) = &tree {
                if stop(punct.as_char()) {
                    break;
                }
            }
            rest = next;
        }
        Ok(((), rest))
    });
}
