//! Tokens → [`ast::Table`], one function per node of the grammar:
//!
//! ```text
//! table    = attrs vis "enum" Name ["extends" Path] "{" (category [","])* "}"
//! category = attrs header Name "<" [code ("," code)* [","]] ">"
//! code     = attrs literal Name ["as" string ("|" string)*]
//! ```
//!
//! Each mistake is reported once, on the token found, and reading goes on as if the expected
//! token were there: every mistake of a table is reported in one compile, and every code whose
//! identifier was read stays in the table. Where a delimiter is missing, the shape of the tokens
//! tells a category from a code (see [`category_at`]).
//!
//! [`ast::Table`]: crate::ast::Table

use crate::ast::{Category, Code, Group, Header, Table};
use crate::errors::Errors;
use crate::literal;
use proc_macro2::{Delimiter, Ident, Literal, Span, TokenStream, TokenTree};
use quote::ToTokens;
use std::fmt::Display;
use syn::buffer::Cursor;
use syn::ext::IdentExt;
use syn::parse::discouraged::Speculative;
use syn::parse::{Parse, ParseStream, Parser};
use syn::{AttrStyle, Attribute, Lit, LitStr, Token, braced, bracketed, parenthesized};

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
        let message =
            "`status_macros::status_codes!` is called through `status_codes::status_codes!`";
        let krate = krate.map_err(|error| syn::Error::new(error.span(), message))?;
        let base = eat::<Token![@]>(input).then(|| parse_base(input));
        let base = base.transpose()?.map(Box::new);
        let mut table = parse_table(input, errors).ok();
        if let Some(table) = &mut table {
            (table.krate, table.base) = (krate, base);
        }
        if !input.is_empty() {
            errors.push(input.error("unexpected token after the table's closing `}`"));
            input.parse::<TokenStream>()?;
        }
        Ok(table)
    };
    let table = parser.parse2(input);
    errors.ok(table).flatten()
}

/// The extended table as source text, validated where it was defined: its errors are not
/// repeated.
fn parse_base(input: ParseStream) -> syn::Result<Table> {
    input.parse::<kw::base>()?;
    let source: syn::LitStr = input.parse()?;
    let parser = |input: ParseStream| parse_table(input, &mut Errors::default());
    let table = source.value().parse().ok();
    let table = table.and_then(|tokens| parser.parse2(tokens).ok());
    let message = "the extended table's source does not parse";
    table.ok_or_else(|| syn::Error::new(source.span(), message))
}

/// `#[attrs] vis enum Name [extends Path] { categories }`. After an error in the head, the body
/// is still checked, and generated when the name (and base, if any) was read. An error when not
/// even the body was found, which has been reported.
fn parse_table(input: ParseStream, errors: &mut Errors) -> syn::Result<Table> {
    let mut table = Table {
        krate: TokenStream::new(),
        attrs: Vec::new(),
        vis: syn::Visibility::Inherited,
        ident: None,
        extends: None,
        base: None,
        body_span: input.span(),
        categories: Vec::new(),
        groups: Vec::new(),
        malformed: 0,
    };
    if let Err(error) = parse_head(input, &mut table, errors) {
        errors.push(error);
        let body = |input: ParseStream| {
            matches!(input.cursor().any_group(), Some((_, Delimiter::Brace, ..)))
        };
        skip_until(input, body);
    }
    let body;
    table.body_span = braced!(body in input).span.join();
    while !body.is_empty() {
        if group_at(body.cursor()) {
            table.groups.extend(group(&body, errors));
            eat::<Token![,]>(&body);
            continue;
        }
        let index = table.categories.len() + table.malformed;
        match entry(&body, index, errors) {
            Some(category) => table.categories.push(category),
            None => table.malformed += 1,
        }
        eat::<Token![,]>(&body);
    }
    Ok(table)
}

fn parse_head(input: ParseStream, table: &mut Table, errors: &mut Errors) -> syn::Result<()> {
    table.attrs = outer_attrs(input, errors);
    table.vis = input.parse()?;
    if !eat::<Token![enum]>(input) {
        return Err(unexpected(input, "`enum`, as in `pub enum Name { … }`"));
    }
    table.ident = Some(parse_ident(input, "the enum's name after `enum`")?);
    if eat::<kw::extends>(input) {
        let path = input.call(syn::Path::parse_mod_style).map_err(|error| {
            // An extension without its base would lack the base's codes: generate nothing.
            table.ident = None;
            let message = "expected the path of the table to extend, such as `status_codes::CredentialStatus`";
            syn::Error::new(error.span(), message)
        });
        table.extends = Some(path?);
    }
    if !input.peek(syn::token::Brace) {
        return Err(unexpected(input, "`{` and the table's categories"));
    }
    Ok(())
}

/// The body's next category, or codes written outside any category. `None` after tokens that
/// start neither, which are reported and skipped.
fn entry(input: ParseStream, index: usize, errors: &mut Errors) -> Option<Category> {
    let first = after_attributes(input.cursor()).literal();
    let text = first.as_ref().map(|(literal, _)| literal.to_string());
    if text.as_deref().is_some_and(literal::is_header) || category_at(input.cursor()).is_some() {
        return Some(category(input, index, errors));
    }
    if let Some((code, _)) = first {
        return Some(stray_codes(input, &code, index, errors));
    }
    // Attributes followed by no category apply to nothing.
    outer_attrs(input, errors);
    errors.push(unexpected(input, "a category such as `1xx Progress < … >`"));
    skip_token(input);
    skip_until(input, |input| {
        category_at(input.cursor()).is_some() || code_at(input)
    });
    None
}

/// `#[attrs] x2x Name`: a function group, which lists no codes. `None` when the name is missing
/// (reported).
fn group(input: ParseStream, errors: &mut Errors) -> Option<Group> {
    let attrs = outer_attrs(input, errors);
    let header = input.call(Ident::parse_any).ok()?;
    let expected =
        format!("the function group's name after `{header}`, as in `{header} Connections`");
    let ident = errors.ok(parse_ident(input, expected))?;
    if input.peek(Token![<]) {
        let message = format!(
            "function group `{ident}` lists no codes: it holds every code whose middle digit its \
             header names"
        );
        errors.push(input.error(message));
        skip_until(input, |input| input.peek(Token![>]));
        eat::<Token![>]>(input);
    }
    Some(Group {
        attrs,
        header,
        ident,
    })
}

/// Whether a function group starts here, after any attributes: an identifier that starts with
/// `x` and a digit (`x2x`), followed by the group's name rather than by a category's `<`.
fn group_at(cursor: Cursor) -> bool {
    let Some((header, rest)) = after_attributes(cursor).ident() else {
        return false;
    };
    let header = header.to_string();
    let mut chars = header.chars();
    chars.next() == Some('x')
        && chars.next().is_some_and(|c| c.is_ascii_digit())
        && !opens_codes(rest)
}

/// Codes outside any category, as after a `>` typed for a `,`: reported once, on the first, and
/// read into an unnamed category, so that they are still checked and declared.
fn stray_codes(input: ParseStream, code: &Literal, index: usize, errors: &mut Errors) -> Category {
    let message = format!(
        "expected a category header such as `1xx`, found code `{code}` outside any category"
    );
    errors.at(code.span(), message);
    let (codes, malformed) = codes(input, Close::Stray, errors);
    Category {
        attrs: Vec::new(),
        header: None,
        ident: Ident::new(&format!("UnnamedCategory{index}"), code.span()),
        named: false,
        codes,
        malformed,
    }
}

/// `#[attrs] 1xx Name < codes >`. A missing or malformed header or name is reported and the
/// codes are still read, under a stand-in name when the name is missing.
fn category(input: ParseStream, index: usize, errors: &mut Errors) -> Category {
    let attrs = outer_attrs(input, errors);
    let header = literal(input).map(|(text, span)| Header { span, text });
    if header.is_none() {
        let expected = "a category header such as `1xx` or `40x`";
        errors.push(unexpected(input, expected));
    }
    let text = header.as_ref().map_or("", |header| header.text.as_str());
    let expected = format!("the category's name after `{text}`, as in `{text} Progress < … >`");
    let name = parse_ident(input, expected);
    let (ident, named) = match name {
        Ok(ident) => (ident, true),
        Err(error) => {
            errors.push(error);
            let _ = input.call(Ident::parse_any);
            let span = header.as_ref().map_or(input.span(), |header| header.span);
            let ident = Ident::new(&format!("UnnamedCategory{index}"), span);
            (ident, false)
        }
    };
    let label = match (&header, named) {
        (Some(header), true) => format!("{} {ident}", header.text),
        (Some(header), false) => header.text.clone(),
        (None, _) => ident.to_string(),
    };
    let (codes, malformed) = category_codes(input, &label, named, errors);
    Category {
        attrs,
        header,
        ident,
        named,
        codes,
        malformed,
    }
}

/// The codes after a category's name: between `<` and `>`, or in a group written in their place
/// (reported). A token before the `<` is reported and skipped; a missing `<` is reported (unless
/// the name was) and the codes after it are read as if it were there.
fn category_codes(input: ParseStream, label: &str, mut report: bool, errors: &mut Errors) -> Codes {
    loop {
        if eat::<Token![<]>(input) {
            return codes(input, Close::Angle(label), errors);
        }
        if opens_group(input.cursor()) {
            // The group was just seen, so reading it cannot fail.
            return codes_in_group(input, errors).unwrap_or_default();
        }
        // A name followed by `<` here is a second word of this category's name, not a category.
        let ends = input.is_empty()
            || category_at(input.cursor()).is_some() && !input.peek(Ident::peek_any);
        if report {
            errors.push(unexpected(input, format!("`<` after `{label}`")));
            report = false;
        }
        if ends {
            return (Vec::new(), 0);
        }
        if input.peek(Token![>]) || code_at(input) {
            return codes(input, Close::Angle(label), errors);
        }
        skip_token(input);
    }
}

/// Codes written in `{ … }`, `[ … ]` or `( … )`: reported on the opening delimiter, and read as
/// the category's codes.
fn codes_in_group(input: ParseStream, errors: &mut Errors) -> syn::Result<Codes> {
    let content;
    let (span, open, close) = if input.peek(syn::token::Brace) {
        (braced!(content in input).span, '{', '}')
    } else if input.peek(syn::token::Bracket) {
        (bracketed!(content in input).span, '[', ']')
    } else {
        (parenthesized!(content in input).span, '(', ')')
    };
    let message = format!("a category's codes go between `<` and `>`, not `{open}` and `{close}`");
    errors.at(span.open(), message);
    Ok(codes(&content, Close::Group(close), errors))
}

/// Where a run of codes ends.
#[derive(Clone, Copy)]
enum Close<'a> {
    /// At the `>` of the category named here; a missing `>` is reported where the table or the
    /// next category starts.
    Angle(&'a str),
    /// At the end of the group the codes were written in: `}`, `]` or `)`.
    Group(char),
    /// Codes outside any category (reported): at a `>`, the next category or the table's end.
    Stray,
}

impl Close<'_> {
    fn token(self) -> char {
        match self {
            Close::Group(close) => close,
            Close::Angle(_) | Close::Stray => '>',
        }
    }

    /// Whether the codes end here, without reading anything: at their `>` or a symbol typed
    /// for it, where the next category starts, or at the end.
    fn at(self, input: ParseStream) -> bool {
        let category = category_at(input.cursor()).is_some();
        let angle_ends = input.peek(Token![>]) || typed_for_close(input) || category;
        input.is_empty() || !matches!(self, Close::Group(_)) && angle_ends
    }
}

/// A symbol other than `,` typed for `>`, before the next category (and the `,` that may
/// separate categories) or the end of the table: `102 C; 2xx S < … >`.
fn typed_for_close(input: ParseStream) -> bool {
    let rest = input.cursor().punct().filter(|_| !input.peek(Token![,]));
    let rest = rest.map(|(_, rest)| skip_punct(rest, ','));
    rest.is_some_and(|rest| rest.eof() || category_at(rest).is_some())
}

/// The codes read, and how many were too malformed to read (reported).
type Codes = (Vec<Code>, usize);

/// `code, code, … >`.
fn codes(input: ParseStream, close: Close, errors: &mut Errors) -> Codes {
    let (mut codes, mut malformed) = (Vec::new(), 0);
    while !closes(input, close, errors) {
        if input.peek(Token![,]) {
            let expected = format!("a code such as `100` or `{}`", close.token());
            errors.push(unexpected(input, expected));
            skip_token(input);
            continue;
        }
        if let Some(code) = code(input, errors) {
            separator(input, &code, close, errors);
            codes.push(code);
        } else {
            malformed += 1;
            skip_to_next_code(input, close);
        }
    }
    (codes, malformed)
}

/// Whether the codes end here, reading their `>`. A missing `>` is reported.
fn closes(input: ParseStream, close: Close, errors: &mut Errors) -> bool {
    let expected = match close {
        Close::Group(_) => return input.is_empty(),
        Close::Angle(label) => Some(format!("`>` to close category `{label}`")),
        Close::Stray => None,
    };
    if eat::<Token![>]>(input) {
        return true;
    }
    if typed_for_close(input) {
        if let Some(expected) = expected {
            errors.push(unexpected(input, expected));
        }
        skip_token(input);
        return true;
    }
    let ends = close.at(input);
    if let (Some(expected), true) = (expected, ends) {
        match category_at(input.cursor()) {
            Some((text, span)) => errors.at(
                span,
                format!("expected {expected}, found `{text}`, which starts another category"),
            ),
            None => errors.push(input.error(format!("expected {expected}"))),
        }
    }
    ends
}

/// `#[attrs] 100 Name [as "Name" | "Alias"]`; `None` when no code and identifier were read
/// (reported).
fn code(input: ParseStream, errors: &mut Errors) -> Option<Code> {
    let attrs = outer_attrs(input, errors);
    let Some((value, value_span)) = literal(input) else {
        errors.push(unexpected(input, "a code such as `100`"));
        return None;
    };
    let (value, ident) = if let Some((code, ident)) = glued_identifier(input, &value, value_span) {
        let message =
            format!("expected a space between code `{code}` and its identifier `{ident}`");
        errors.at(value_span, message);
        (code, ident)
    } else {
        let expected = format!("the identifier of code `{value}`, as in `{value} Starting`");
        let ident = parse_ident(input, expected);
        (value, errors.ok(ident)?)
    };
    let names = names(input, &ident, errors);
    Some(Code {
        attrs,
        value,
        value_span,
        ident,
        names,
    })
}

/// A code written against its identifier, `100Queued`, which Rust lexes as one literal: the
/// code and the identifier, when no identifier follows.
fn glued_identifier(input: ParseStream, text: &str, span: Span) -> Option<(String, Ident)> {
    if input.peek(Ident::peek_any) && !input.peek(Token![as]) {
        return None;
    }
    let (code, ident) = literal::split_glued_identifier(text)?;
    let mut ident = syn::parse_str::<Ident>(ident).ok()?;
    ident.set_span(span);
    Some((code.to_owned(), ident))
}

/// `as "Name" | "Alias"`: the documented name and the aliases. A name that is no string is
/// reported and left out, so that its code stays; a symbol typed for `as` or `|` (`= "Name"`),
/// or a string without one, is reported and read as if `as` or `|` were there.
fn names(input: ParseStream, ident: &Ident, errors: &mut Errors) -> Vec<LitStr> {
    let mut names = Vec::new();
    for first in std::iter::once(true).chain(std::iter::repeat(false)) {
        let (token, what, example) = if first {
            ("as", "the documented name", ", as in `as \"Pending\"`")
        } else {
            ("|", "an alias", " after `|`")
        };
        let what = format!("{what} of `{ident}`");
        let written = first && eat::<Token![as]>(input) || !first && eat::<Token![|]>(input);
        if !written {
            let typed = typed_before_string(input) || first && input.peek(Token![=]);
            if !typed && !input.peek(LitStr) {
                break;
            }
            errors.push(unexpected(input, format!("`{token}` before {what}")));
            if typed {
                skip_token(input);
            }
        }
        let error = unexpected(input, format!("{what} as a string{example}"));
        match input.parse::<Lit>() {
            Ok(Lit::Str(name)) if name.suffix().is_empty() => names.push(name),
            Ok(_) => errors.push(error),
            Err(_) => {
                errors.push(error);
                if input.cursor().ident().is_some() {
                    skip_token(input);
                }
            }
        }
    }
    names
}

/// Whether a symbol typed for `as` or `|` comes next, before a string: `; "Alias"`.
fn typed_before_string(input: ParseStream) -> bool {
    let separator = input.peek(Token![,]) || input.peek(Token![>]);
    input.cursor().punct().is_some() && !separator && input.peek2(LitStr)
}

/// After a code: its `,`. Anything else before the next code or the end of the codes is
/// reported on its first token and skipped, up to a `;` typed for the `,`.
fn separator(input: ParseStream, code: &Code, close: Close, errors: &mut Errors) {
    if eat::<Token![,]>(input) || close.at(input) {
        return;
    }
    let (value, ident, token) = (&code.value, &code.ident, close.token());
    let expected = format!("`,` or `{token}` after `{value} {ident}`");
    errors.push(unexpected(input, expected));
    skip_to_next_code(input, close);
}

/// Skips to where the next code can be read: past a `,` or `;`, or up to the next code, the next
/// category or the end of the codes.
fn skip_to_next_code(input: ParseStream, close: Close) {
    while !close.at(input) && !code_at(input) {
        if eat::<Token![,]>(input) || eat::<Token![;]>(input) {
            return;
        }
        skip_token(input);
    }
}

/// Outer attributes. An inner one (`//!`, `#![…]`), which has nothing to apply to inside a
/// table, and one that does not parse are reported and left out.
fn outer_attrs(input: ParseStream, errors: &mut Errors) -> Vec<Attribute> {
    let mut attrs = Vec::new();
    while skip_attribute(input.cursor()).is_some() {
        let fork = input.fork();
        match fork.call(attribute) {
            Ok(attr) if matches!(attr.style, AttrStyle::Outer) => {
                input.advance_to(&fork);
                attrs.push(attr);
            }
            Ok(attr) => {
                input.advance_to(&fork);
                let message = if attr.path().is_ident("doc") {
                    "inner doc comments (`//!`) are not allowed in a table: write `///` before \
                     what it documents"
                } else {
                    "inner attributes (`#![…]`) are not allowed in a table: write `#[…]` before \
                     what it applies to"
                };
                errors.spanned(&attr, message);
            }
            Err(error) => {
                errors.push(error);
                let _ = input.step(|cursor| Ok(((), skip_attribute(*cursor).unwrap_or(*cursor))));
            }
        }
    }
    attrs
}

/// One attribute, `#[…]` or `#![…]`, whose brackets hold exactly one meta item.
fn attribute(input: ParseStream) -> syn::Result<Attribute> {
    let content;
    let attr = Attribute {
        pound_token: input.parse()?,
        style: input
            .parse::<Option<Token![!]>>()?
            .map_or(AttrStyle::Outer, AttrStyle::Inner),
        bracket_token: bracketed!(content in input),
        meta: content.parse()?,
    };
    if !content.is_empty() {
        return Err(content.error("unexpected token in attribute"));
    }
    Ok(attr)
}

/// The attribute the cursor points at, `#[…]` or `#![…]`: the cursors inside its brackets and
/// after it.
fn attribute_at(cursor: Cursor) -> Option<(Cursor, Cursor)> {
    let (_, rest) = cursor.punct().filter(|(pound, _)| pound.as_char() == '#')?;
    let (inside, _, after) = skip_punct(rest, '!').group(Delimiter::Bracket)?;
    Some((inside, after))
}

/// The cursor after `punct` when it comes next, else the cursor itself.
fn skip_punct(cursor: Cursor, punct: char) -> Cursor {
    let next = cursor.punct().filter(|(next, _)| next.as_char() == punct);
    next.map_or(cursor, |(_, after)| after)
}

fn skip_attribute(cursor: Cursor) -> Option<Cursor> {
    attribute_at(cursor).map(|(_, after)| after)
}

fn after_attributes(mut cursor: Cursor) -> Cursor {
    while let Some(after) = skip_attribute(cursor) {
        cursor = after;
    }
    cursor
}

/// Whether a category starts here, after any attributes, and if so the token it starts with:
/// its header, or its name when the header is missing. A category starts with a literal ending
/// in `x` and a name (`2xx Done`), or with a literal, a name, or both, followed by `<` or by a
/// group written in its place (`2 Done <`, `Done <`). Codes are never followed by `<`.
fn category_at(cursor: Cursor) -> Option<(String, Span)> {
    let cursor = after_attributes(cursor);
    if let Some((literal, rest)) = cursor.literal() {
        let text = literal.to_string();
        let name = rest.ident();
        let opens = opens_codes(name.as_ref().map_or(rest, |(_, after)| *after));
        let header = literal::is_header(&text) && name.is_some() || opens;
        return header.then(|| (text, literal.span()));
    }
    let (name, rest) = cursor.ident()?;
    opens_codes(rest).then(|| (name.to_string(), name.span()))
}

/// Whether the cursor points at the `<` before a category's codes, or a group written for it.
fn opens_codes(cursor: Cursor) -> bool {
    matches!(cursor.punct(), Some((punct, _)) if punct.as_char() == '<') || opens_group(cursor)
}

/// Whether the cursor points at a group in `{ … }`, `[ … ]` or `( … )`.
fn opens_group(cursor: Cursor) -> bool {
    let delimiters = [Delimiter::Brace, Delimiter::Bracket, Delimiter::Parenthesis];
    delimiters
        .into_iter()
        .any(|delimiter| cursor.group(delimiter).is_some())
}

/// Whether a code can be read here: an attribute, or a literal starting with a digit.
fn code_at(input: ParseStream) -> bool {
    let cursor = input.cursor();
    let text = cursor.literal().map(|(literal, _)| literal.to_string());
    skip_attribute(cursor).is_some()
        || text.is_some_and(|text| text.starts_with(|c: char| c.is_ascii_digit()))
}

/// Any literal, with its source text (`1xx`, `100u16`, `"100"`), read as a header or code.
fn literal(input: ParseStream) -> Option<(String, Span)> {
    // The token as lexed: validation reads its text, so there is no value to compute here.
    input
        .step(|cursor| match cursor.literal() {
            Some((literal, rest)) => Ok(((literal.to_string(), literal.span()), rest)),
            None => Err(cursor.error("expected a literal")),
        })
        .ok()
}

/// An identifier that is a keyword in no edition: syn rejects keywords, and words that are
/// keywords only in some editions are taken as written, so that rustc accepts them exactly
/// where the caller's edition does. `expected` names what was expected, for the error.
fn parse_ident(input: ParseStream, expected: impl Display) -> syn::Result<Ident> {
    match input.fork().call(Ident::parse_any) {
        Ok(ident) if crate::model::is_edition_keyword(&ident.to_string()) => {
            input.call(Ident::parse_any)
        }
        Ok(_) => input.parse(),
        Err(_) => Err(unexpected(input, expected)),
    }
}

/// "expected …, found …", on the next token; at the end of the input, syn's "unexpected end of
/// input, expected …" on the closing delimiter.
fn unexpected(input: ParseStream, expected: impl Display) -> syn::Error {
    match found(input) {
        Some(found) => input.error(format!("expected {expected}, found {found}")),
        None => input.error(format!("expected {expected}")),
    }
}

/// The next token as the user wrote it, for messages; `None` at the end of the input.
fn found(input: ParseStream) -> Option<String> {
    let cursor = input.cursor();
    if let Some((inside, _)) = attribute_at(cursor) {
        let doc = inside.ident().is_some_and(|(path, _)| path == "doc");
        return Some(if doc { "a doc comment" } else { "an attribute" }.into());
    }
    Some(match cursor.token_tree()?.0 {
        TokenTree::Group(group) => match group.delimiter() {
            Delimiter::Brace => "`{`".into(),
            Delimiter::Bracket => "`[`".into(),
            Delimiter::Parenthesis => "`(`".into(),
            Delimiter::None => format!("`{}`", group.stream()),
        },
        tree => format!("`{tree}`"),
    })
}

/// Reads `T` if it comes next.
fn eat<T: Parse + syn::token::Token>(input: ParseStream) -> bool {
    matches!(input.parse::<Option<T>>(), Ok(Some(_)))
}

fn skip_token(input: ParseStream) {
    let _ = input.step(|cursor| Ok(((), cursor.token_tree().map_or(*cursor, |(_, rest)| rest))));
}

/// Skips token trees up to where `stop` holds, or to the end.
fn skip_until(input: ParseStream, stop: impl Fn(ParseStream) -> bool) {
    while !input.is_empty() && !stop(input) {
        skip_token(input);
    }
}
