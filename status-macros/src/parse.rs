//! Tokens → [`ast::Table`], recovering after a malformed enum head, category or code so that
//! every mistake in the table is reported in one compile.
//!
//! [`ast::Table`]: crate::ast::Table

use crate::ast::{Category, Code, Header, Table, parse_ident};
use crate::errors::Errors;
use proc_macro2::{Delimiter, Ident, TokenStream, TokenTree};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::{ParseBuffer, ParseStream, Parser};
use syn::{Attribute, Token, braced};

mod kw {
    syn::custom_keyword!(extends);
    syn::custom_keyword!(base);
}

/// Parses the shim's `$crate;`, the extended table when its macro handed it back (`@base "…"`),
/// and the table. `None` when not even the table's body was found; problems go to `errors`.
pub fn parse(input: TokenStream, errors: &mut Errors) -> Option<Table> {
    let parser = |input: ParseStream| {
        let krate = input.call(syn::Path::parse_mod_style).and_then(|krate| {
            input.parse::<Token![;]>()?;
            Ok(krate.into_token_stream())
        });
        let krate = krate.map_err(|error| {
            let message =
                "`status_macros::status_codes!` is called through `status_codes::status_codes!`";
            syn::Error::new(error.span(), message)
        })?;
        let base = match input.parse::<Option<Token![@]>>()? {
            Some(_) => Some(Box::new(parse_base(input)?)),
            None => None,
        };
        let table = parse_table(input, errors).map(|table| Table {
            krate,
            base,
            ..table
        });
        if !input.is_empty() {
            errors.push(input.error("unexpected token after the table's closing `}`"));
            input.parse::<TokenStream>()?;
        }
        Ok(table)
    };
    parser.parse2(input).unwrap_or_else(|error| {
        errors.push(error);
        None
    })
}

/// The extended table as source text, validated where it was defined: its errors are not
/// repeated.
fn parse_base(input: ParseStream) -> syn::Result<Table> {
    input.parse::<kw::base>()?;
    let source: syn::LitStr = input.parse()?;
    let parser = |input: ParseStream| Ok(parse_table(input, &mut Errors::default()));
    let table = source
        .value()
        .parse()
        .ok()
        .and_then(|tokens| parser.parse2(tokens).ok().flatten());
    table
        .ok_or_else(|| syn::Error::new(source.span(), "the extended table's source does not parse"))
}

/// `#[attrs] vis enum Name [extends Path] { categories }`. After an error in the head, the body
/// is still checked, and generated when the name (and base, if any) was read.
fn parse_table(input: ParseStream, errors: &mut Errors) -> Option<Table> {
    let mut table = Table {
        krate: TokenStream::new(),
        attrs: Vec::new(),
        vis: syn::Visibility::Inherited,
        ident: None,
        extends: None,
        base: None,
        body_span: input.span(),
        categories: Vec::new(),
        malformed: 0,
    };
    if let Err(error) = parse_head(input, &mut table) {
        errors.push(error);
        skip_until(
            input,
            |tree| matches!(tree, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace),
        );
    }
    let (brace, body) = braced_body(input).ok()?;
    table.body_span = brace.span.join();
    while !body.is_empty() {
        let position = table.categories.len() + table.malformed;
        match parse_category(&body, position, errors) {
            Ok(category) => table.categories.push(category),
            Err(error) => {
                errors.push(error);
                table.malformed += 1;
                skip_until(&body, |tree| is_punct(tree, '>'));
                let _ = body.parse::<Option<Token![>]>>();
            }
        }
        let _ = body.parse::<Option<Token![,]>>();
    }
    Some(table)
}

fn parse_head(input: ParseStream, table: &mut Table) -> syn::Result<()> {
    table.attrs = input.call(Attribute::parse_outer)?;
    table.vis = input.parse()?;
    if input.parse::<Option<Token![enum]>>()?.is_none() {
        return Err(input.error("expected `enum`: a table reads `pub enum Name { … }`"));
    }
    table.ident = Some(parse_ident(input, || {
        "expected the enum's name after `enum`".into()
    })?);
    if input.parse::<Option<kw::extends>>()?.is_some() {
        let path = input.call(syn::Path::parse_mod_style).map_err(|error| {
            // An extension without its base would lack the base's codes: generate nothing.
            table.ident = None;
            let message = "expected the path of the table to extend, such as `status_codes::CredentialStatus`";
            syn::Error::new(error.span(), message)
        })?;
        table.extends = Some(path);
    }
    if !input.peek(syn::token::Brace) {
        return Err(input.error("expected `{` and the table's categories"));
    }
    Ok(())
}

fn braced_body(input: ParseStream<'_>) -> syn::Result<(syn::token::Brace, ParseBuffer<'_>)> {
    let body;
    Ok((braced!(body in input), body))
}

/// One category. A malformed header or name is reported and the codes are still read, under a
/// stand-in name; only a missing `<` gives up on the category.
fn parse_category(
    input: ParseStream,
    position: usize,
    errors: &mut Errors,
) -> syn::Result<Category> {
    let attrs = input.call(Attribute::parse_outer)?;
    let header: Header = input.parse()?;
    let text = &header.text;
    let mut named = true;
    let ident = parse_ident(input, || {
        format!("expected the category's name after `{text}`, as in `{text} Progress < … >`")
    })
    .unwrap_or_else(|error| {
        errors.push(error);
        let _ = input.call(Ident::parse_any);
        named = false;
        Ident::new(&format!("UnnamedCategory{position}"), header.span)
    });
    if input.parse::<Option<Token![<]>>()?.is_none() {
        let message = format!(
            "expected `<` after `{text} {ident}`: a category's codes go between `<` and `>`"
        );
        return Err(input.error(message));
    }
    let (mut codes, mut malformed) = (Vec::new(), 0);
    while input.parse::<Option<Token![>]>>()?.is_none() {
        if input.is_empty() {
            errors.push(input.error(format!("expected `>` to close category `{ident}`")));
            break;
        }
        match input.parse::<Code>() {
            Ok(code) => {
                if input.parse::<Option<Token![,]>>()?.is_none()
                    && !input.peek(Token![>])
                    && !input.is_empty()
                {
                    errors.push(input.error(format!("expected `,` or `>` after `{}`", code.ident)));
                    skip_past_code(input);
                }
                codes.push(code);
            }
            Err(error) => {
                errors.push(error);
                malformed += 1;
                skip_past_code(input);
            }
        }
    }
    Ok(Category {
        attrs,
        header: Some(header),
        ident,
        named,
        codes,
        malformed,
    })
}

/// Skips the rest of a malformed code: through the next `,`, or to the `>` closing the category.
fn skip_past_code(input: ParseStream) {
    skip_until(input, |tree| is_punct(tree, ',') || is_punct(tree, '>'));
    let _ = input.parse::<Option<Token![,]>>();
}

/// Skips token trees until one satisfies `stop`, which is left unread.
fn skip_until(input: ParseStream, stop: impl Fn(&TokenTree) -> bool) {
    let _ = input.step(|cursor| {
        let mut rest = *cursor;
        while let Some((_, next)) = rest.token_tree().filter(|(tree, _)| !stop(tree)) {
            rest = next;
        }
        Ok(((), rest))
    });
}

fn is_punct(tree: &TokenTree, symbol: char) -> bool {
    matches!(tree, TokenTree::Punct(p) if p.as_char() == symbol)
}
