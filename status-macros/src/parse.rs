//! Tokens → [`ast::Table`], recovering after a malformed category or code so that every
//! mistake in the table is reported in one compile.
//!
//! [`ast::Table`]: crate::ast::Table

use crate::ast::{Attribute, Category, Code, Header, Table};
use crate::cursor::Cursor;
use crate::errors::{Error, Errors};
use crate::literal;
use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};

/// Parses the shim's `$crate;` and the table after it. `None` when not even the enum's name
/// could be read; every problem found is in `errors`.
pub fn parse(input: TokenStream, errors: &mut Errors) -> Option<Table> {
    let mut cursor = Cursor::new(input, Span::call_site());
    let head = parse_krate(&mut cursor).and_then(|krate| Ok((krate, parse_base(&mut cursor)?)));
    let (krate, base) = match head {
        Ok(head) => head,
        Err(error) => {
            errors.push(error);
            return None;
        }
    };
    let mut table = parse_enum(&mut cursor, errors)?;
    if !cursor.is_empty() {
        errors.push(cursor.error("unexpected token after the table's closing `}`"));
    }
    table.krate = krate;
    table.base = base.map(Box::new);
    Some(table)
}

/// The tokens before the first `;`: the facade's path, which its shim passes as `$crate`.
fn parse_krate(cursor: &mut Cursor) -> Result<TokenStream, Error> {
    let mut krate = TokenStream::new();
    loop {
        if cursor.eat_punct(';') {
            return Ok(krate);
        }
        match cursor.next() {
            Some(tree) => krate.extend([tree]),
            None => {
                return Err(cursor.error(
                    "`status_macros::status_codes!` is called through `status_codes::status_codes!`",
                ));
            }
        }
    }
}

/// `@base "…"`: the extended table as source text, which its generated macro passes in front
/// of an extension. It was validated where it was defined, so its own errors are not repeated.
fn parse_base(cursor: &mut Cursor) -> Result<Option<Table>, Error> {
    if !cursor.eat_punct('@') {
        return Ok(None);
    }
    if !cursor.eat_keyword("base") {
        return Err(cursor.error("expected `base`"));
    }
    let source = cursor.literal("expected the extended table's source")?;
    let unreadable = || Error::new(source.span(), "the extended table's source does not parse");
    let tokens: TokenStream = literal::string_value(&source)
        .and_then(|text| text.parse().ok())
        .ok_or_else(unreadable)?;
    let mut base = Cursor::new(tokens, source.span());
    parse_enum(&mut base, &mut Errors::default())
        .map(Some)
        .ok_or_else(unreadable)
}

/// `#[attrs] vis enum Name [extends Path] { categories }`.
fn parse_enum(cursor: &mut Cursor, errors: &mut Errors) -> Option<Table> {
    let mut head = || -> Result<_, Error> {
        let attrs = parse_attrs(cursor)?;
        let vis = parse_vis(cursor);
        if !cursor.eat_keyword("enum") {
            return Err(cursor.error("expected `enum`: a table reads `pub enum Name { … }`"));
        }
        let ident = cursor.ident("expected the enum's name after `enum`")?;
        let extends = if cursor.eat_keyword("extends") {
            Some(parse_path(cursor)?)
        } else {
            None
        };
        let body = cursor.group(Delimiter::Brace, "expected `{` and the table's categories")?;
        Ok((attrs, vis, ident, extends, body))
    };
    match head() {
        Ok((attrs, vis, ident, extends, body)) => {
            let mut cursor = Cursor::new(body.stream(), body.span_close());
            let (categories, malformed) = parse_categories(&mut cursor, errors);
            Some(Table {
                krate: TokenStream::new(),
                attrs,
                vis,
                ident,
                extends,
                base: None,
                body_span: body.span(),
                categories,
                malformed,
            })
        }
        Err(error) => {
            errors.push(error);
            None
        }
    }
}

/// Outer attributes, `#[…]`, as written.
fn parse_attrs(cursor: &mut Cursor) -> Result<Vec<Attribute>, Error> {
    let mut attrs = Vec::new();
    while cursor.peek_punct('#') {
        let Some(TokenTree::Punct(pound)) = cursor.next() else {
            unreachable!("peeked a `#`");
        };
        let brackets = cursor.group(Delimiter::Bracket, "expected `[` after `#`")?;
        attrs.push(Attribute { pound, brackets });
    }
    Ok(attrs)
}

/// `pub`, `pub(crate)`, `pub(in path)`, … or nothing.
fn parse_vis(cursor: &mut Cursor) -> TokenStream {
    let mut vis = TokenStream::new();
    if cursor.peek_keyword("pub") {
        vis.extend(cursor.next());
        if cursor.peek_group(Delimiter::Parenthesis) {
            vis.extend(cursor.next());
        }
    }
    vis
}

/// `path::to::Table`, optionally with a leading `::`.
fn parse_path(cursor: &mut Cursor) -> Result<TokenStream, Error> {
    let message =
        "expected the path of the table to extend, such as `status_codes::CredentialStatus`";
    let mut path = TokenStream::new();
    loop {
        if cursor.peek_punct(':') {
            path.extend(cursor.next());
            if !cursor.peek_punct(':') {
                return Err(cursor.error(message));
            }
            path.extend(cursor.next());
        }
        let segment = cursor.peek().cloned();
        match segment {
            Some(TokenTree::Ident(_)) => path.extend(cursor.next()),
            _ => return Err(cursor.error(message)),
        }
        if !cursor.peek_punct(':') {
            return Ok(path);
        }
    }
}

/// The categories, and how many could not be read.
fn parse_categories(cursor: &mut Cursor, errors: &mut Errors) -> (Vec<Category>, usize) {
    let mut categories = Vec::new();
    let mut malformed = 0;
    while !cursor.is_empty() {
        match parse_category(cursor, errors) {
            Ok(category) => categories.push(category),
            Err(error) => {
                errors.push(error);
                malformed += 1;
                cursor.skip_until(|punct| punct == '>');
                cursor.eat_punct('>');
            }
        }
        cursor.eat_punct(',');
    }
    (categories, malformed)
}

fn parse_category(cursor: &mut Cursor, errors: &mut Errors) -> Result<Category, Error> {
    let attrs = parse_attrs(cursor)?;
    let header = cursor.literal("expected a category header such as `1xx` or `40x`")?;
    let (text, span) = (header.to_string(), header.span());
    let range = literal::parse_header(&text)
        .map_err(|message| errors.at(span, message))
        .ok();
    let ident = cursor.ident(&format!(
        "expected the category's name after `{text}`, as in `{text} Progress < … >`"
    ))?;
    if !cursor.eat_punct('<') {
        return Err(cursor.error(format!(
            "expected `<` after `{text} {ident}`: a category's codes go between `<` and `>`"
        )));
    }
    let mut codes = Vec::new();
    let mut malformed = 0;
    loop {
        if cursor.eat_punct('>') {
            break;
        }
        if cursor.is_empty() {
            errors.push(cursor.error(format!("expected `>` to close category `{ident}`")));
            break;
        }
        match parse_code(cursor, errors) {
            Ok(code) => {
                if !cursor.eat_punct(',') && !cursor.peek_punct('>') && !cursor.is_empty() {
                    errors
                        .push(cursor.error(format!("expected `,` or `>` after `{}`", code.ident)));
                    skip_past_code(cursor);
                }
                codes.push(code);
            }
            Err(error) => {
                errors.push(error);
                malformed += 1;
                skip_past_code(cursor);
            }
        }
    }
    Ok(Category {
        attrs,
        header: Header { span, text, range },
        ident,
        codes,
        malformed,
    })
}

fn parse_code(cursor: &mut Cursor, errors: &mut Errors) -> Result<Code, Error> {
    let attrs = parse_attrs(cursor)?;
    let value = cursor.literal("expected a code such as `100`")?;
    let (text, value_span) = (value.to_string(), value.span());
    let value = literal::parse_code(&text)
        .map_err(|message| errors.at(value_span, message))
        .ok();
    let ident = cursor.ident(&format!(
        "expected the name of code `{text}`, as in `{text} Starting`"
    ))?;
    let name = if cursor.eat_keyword("as") {
        let message = format!(
            "expected the documented name of `{ident}` as a string, as in `as \"Pending\"`"
        );
        let name = cursor.literal(&message)?;
        let value =
            literal::string_value(&name).ok_or_else(|| Error::new(name.span(), &message))?;
        Some((value, name.span()))
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

/// Skips the rest of a malformed code: up to and including the next `,`, or up to the `>` that
/// closes the category.
fn skip_past_code(cursor: &mut Cursor) {
    cursor.skip_until(|punct| punct == ',' || punct == '>');
    cursor.eat_punct(',');
}
