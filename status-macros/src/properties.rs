//! Property tests of the expansion function: it never panics, its errors point into the input,
//! and every valid table expands to code that parses.

use crate::expand::expand;
use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use proptest::prelude::*;
use proptest::sample::select;

/// Each `compile_error!` of an expansion: the span of its path, of its braces, and its message.
fn errors_of(output: &TokenStream) -> Vec<(Span, Span, String)> {
    let trees: Vec<TokenTree> = output.clone().into_iter().collect();
    let mut errors = Vec::new();
    for (index, tree) in trees.iter().enumerate() {
        match tree {
            TokenTree::Ident(ident) if ident == "compile_error" => {
                if let Some(TokenTree::Group(group)) = trees.get(index + 2) {
                    let message = match group.stream().into_iter().next() {
                        Some(TokenTree::Literal(literal)) => {
                            syn::parse2::<syn::LitStr>(TokenTree::Literal(literal.clone()).into())
                                .map(|text| text.value())
                                .unwrap_or_default()
                        }
                        _ => String::new(),
                    };
                    errors.push((ident.span(), group.span(), message));
                }
            }
            TokenTree::Group(group) => errors.extend(errors_of(&group.stream())),
            _ => {}
        }
    }
    errors
}

/// Any single token the grammar might meet, well-formed or not.
fn leaf() -> impl Strategy<Value = TokenTree> {
    let idents = select(vec![
        "pub",
        "enum",
        "as",
        "extends",
        "base",
        "Progress",
        "Ok",
        "Error",
        "x",
        "xx",
        "Some",
        "crate",
        "self",
        "Self",
        "ALL",
        "r#Ok",
        "r#type",
        "_",
        "Pending205",
    ])
    .prop_map(|word| match word.strip_prefix("r#") {
        Some(raw) => TokenTree::Ident(Ident::new_raw(raw, Span::call_site())),
        None => TokenTree::Ident(Ident::new(word, Span::call_site())),
    });
    let literals = select(vec![
        "100",
        "999",
        "1xx",
        "40x",
        "41x",
        "10xx",
        "1x",
        "1xy",
        "1_00",
        "100u16",
        "0x64",
        "0o144",
        "0b1100100",
        "99",
        "1000",
        "100.0",
        "1e2",
        "\"Pending\"",
        "\"\"",
        "\"two words\"",
        "r\"raw\"",
        "r#\"hash\"#",
        "'c'",
        "b\"bytes\"",
        "b'b'",
        "\"\\u{1F600}\"",
        "65535",
        "100i8",
    ])
    .prop_map(|text| TokenTree::Literal(text.parse().expect("a literal")));
    let puncts = (
        select(vec![
            '<', '>', ',', ';', '#', '@', ':', '=', '!', '-', '.', '$', '&', '|',
        ]),
        any::<bool>(),
    )
        .prop_map(|(symbol, joint)| {
            let spacing = if joint {
                Spacing::Joint
            } else {
                Spacing::Alone
            };
            TokenTree::Punct(Punct::new(symbol, spacing))
        });
    prop_oneof![idents, literals, puncts]
}

/// Tokens nested in groups of every delimiter.
fn token() -> impl Strategy<Value = TokenTree> {
    leaf().prop_recursive(4, 96, 8, |inner| {
        (
            select(vec![
                Delimiter::Brace,
                Delimiter::Bracket,
                Delimiter::Parenthesis,
                Delimiter::None,
            ]),
            prop::collection::vec(inner, 0..8),
        )
            .prop_map(|(delimiter, trees)| {
                TokenTree::Group(Group::new(delimiter, trees.into_iter().collect()))
            })
    })
}

/// The documented table as source; spans of tokens parsed from it carry their byte ranges.
const TABLE: &str = "::status_codes; pub enum CredentialStatus {
    /// Progress.
    1xx Progress < 100 Register, 101 Starting, 102 Running, 103 TokenReceived, >
    2xx Success < 200 Finish, 201 Pending, 202 NoTransactions, 203 PartialTransactions,
        204 Incomplete, 205 Pending205 as \"Pending\", 206 NoAccounts, >
    40x UserInteraction < 401 Unauthorized, 403 Invalidtoken, 405 Locked, 406 Conflict,
        408 UserAction, 409 WrongSite, >
    41x MultiFactorAuthentication < 410 Waiting, 411 TwofaTimeout, 413 LoginError, >
    5xx ConnectionError < 500 Error, 501 Unavailable, 504 ConnectionTimeout,
        509 UndergoingMaintenance, >
}";

/// The table split into the tokens before its body, the body's tokens, and the body's group.
fn table_parts() -> (Vec<TokenTree>, Vec<TokenTree>, Group) {
    let mut trees: Vec<TokenTree> = TABLE.parse::<TokenStream>().unwrap().into_iter().collect();
    let Some(TokenTree::Group(body)) = trees.pop() else {
        panic!("the table ends with its body");
    };
    (trees, body.stream().into_iter().collect(), body)
}

fn with_body(head: &[TokenTree], body: Vec<TokenTree>, original: &Group) -> TokenStream {
    let mut group = Group::new(Delimiter::Brace, body.into_iter().collect());
    group.set_span(original.span());
    head.iter()
        .cloned()
        .chain([TokenTree::Group(group)])
        .collect()
}

/// A literal with the text `text` and the span of `like`.
fn literal_like(text: &str, like: &TokenTree) -> TokenTree {
    let mut literal: Literal = text.parse().expect("a literal");
    literal.set_span(like.span());
    TokenTree::Literal(literal)
}

/// Where the table's body has codes.
fn code_positions() -> Vec<usize> {
    let body = table_parts().1;
    (0..body.len()).filter(|&j| is_code(&body[j])).collect()
}

/// Expands the table with the body's token at `at` replaced by the code `text`: some error
/// starts with `expected`, and every error is inside the table.
fn assert_code_change_reported(at: usize, text: &str, expected: &str) -> Result<(), TestCaseError> {
    let (head, mut body, group) = table_parts();
    body[at] = literal_like(text, &body[at]);
    let output = expand(with_body(&head, body, &group));
    let errors = errors_of(&output);
    let reported = errors
        .iter()
        .any(|(_, _, message)| message.starts_with(expected));
    prop_assert!(reported, "{errors:?}");
    assert_errors_inside(&output, TABLE.len())
}

fn is_code(tree: &TokenTree) -> bool {
    matches!(tree, TokenTree::Literal(literal)
        if crate::literal::parse_code(&literal.to_string()).is_ok())
}

#[derive(Debug, Clone)]
enum Mutation {
    Drop(usize),
    Repeat(usize),
    Swap(usize),
    Digit(usize, usize, u8),
    Header(usize, &'static str),
    Move(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::Drop),
        any::<usize>().prop_map(Mutation::Repeat),
        any::<usize>().prop_map(Mutation::Swap),
        (any::<usize>(), 0..3_usize, 0..10_u8).prop_map(|(i, d, v)| Mutation::Digit(i, d, v)),
        (
            any::<usize>(),
            select(vec![
                "1xx", "2xx", "3xx", "4xx", "40x", "41x", "42x", "5xx", "50x", "00x", "1x"
            ])
        )
            .prop_map(|(i, header)| Mutation::Header(i, header)),
        (any::<usize>(), any::<usize>()).prop_map(|(from, to)| Mutation::Move(from, to)),
    ]
}

fn apply(body: &mut Vec<TokenTree>, mutation: &Mutation) {
    let len = body.len();
    match *mutation {
        Mutation::Drop(i) => {
            body.remove(i % len);
        }
        Mutation::Repeat(i) => {
            let tree = body[i % len].clone();
            body.insert(i % len, tree);
        }
        Mutation::Swap(i) => body.swap(i % len, (i + 1) % len),
        Mutation::Digit(i, digit, value) => {
            let codes: Vec<usize> = (0..len).filter(|&j| is_code(&body[j])).collect();
            let at = codes[i % codes.len()];
            let mut text: Vec<u8> = body[at].to_string().into_bytes();
            text[digit] = b'0' + value;
            body[at] = literal_like(std::str::from_utf8(&text).unwrap(), &body[at]);
        }
        Mutation::Header(i, header) => {
            let headers: Vec<usize> = (0..len)
                .filter(
                    |&j| matches!(&body[j], TokenTree::Literal(l) if l.to_string().contains('x')),
                )
                .collect();
            let at = headers[i % headers.len()];
            body[at] = literal_like(header, &body[at]);
        }
        Mutation::Move(from, to) => {
            // A code with its identifier and comma, moved to before another code.
            let codes: Vec<usize> = (0..len)
                .filter(|&j| is_code(&body[j]) && j + 2 < len)
                .filter(|&j| matches!(&body[j + 2], TokenTree::Punct(p) if p.as_char() == ','))
                .collect();
            let at = codes[from % codes.len()];
            let entry: Vec<TokenTree> = body.drain(at..at + 3).collect();
            let targets: Vec<usize> = (0..body.len()).filter(|&j| is_code(&body[j])).collect();
            let target = targets[to % targets.len()];
            body.splice(target..target, entry);
        }
    }
}

/// Every error of an expansion points at a token of the input.
fn assert_errors_inside(output: &TokenStream, input_len: usize) -> Result<(), TestCaseError> {
    for (start, end, message) in errors_of(output) {
        for span in [start, end] {
            let range = span.byte_range();
            prop_assert!(
                range.end > 0 && range.end <= input_len,
                "error {message:?} at {range:?}, outside the input (0..{input_len})"
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_tokens_never_panic(trees in prop::collection::vec(token(), 0..48)) {
        let stream: TokenStream = trees.into_iter().collect();
        let _ = expand(stream.clone());
        let _ = expand(quote::quote!(::status_codes; #stream));
        let _ = expand(quote::quote!(::status_codes; pub enum E { #stream }));
        let _ = expand(quote::quote!(::status_codes; @base "enum B { 1xx P < 100 A, > }" pub enum E extends B { #stream }));
    }

    #[test]
    fn arbitrary_categories_never_panic(
        categories in prop::collection::vec(
            (leaf(), leaf(), prop::collection::vec(token(), 0..12)),
            0..12,
        )
    ) {
        let mut body = TokenStream::new();
        for (header, name, codes) in categories {
            body.extend([header, name, TokenTree::Punct(Punct::new('<', Spacing::Alone))]);
            body.extend(codes);
            body.extend([TokenTree::Punct(Punct::new('>', Spacing::Alone))]);
        }
        let output = expand(quote::quote!(::status_codes; pub enum E { #body }));
        if errors_of(&output).is_empty() {
            prop_assert!(syn::parse2::<syn::File>(output).is_ok());
        }
    }

    #[test]
    fn mutated_tables_never_panic_and_errors_point_into_the_input(
        mutations in prop::collection::vec(mutation(), 1..4)
    ) {
        let (head, mut body, group) = table_parts();
        for mutation in &mutations {
            apply(&mut body, mutation);
        }
        let output = expand(with_body(&head, body, &group));
        assert_errors_inside(&output, TABLE.len())?;
        if errors_of(&output).is_empty() {
            prop_assert!(syn::parse2::<syn::File>(output).is_ok());
        }
    }

    #[test]
    fn a_duplicated_code_is_always_reported(from in any::<usize>(), to in any::<usize>()) {
        let codes = code_positions();
        let (from, to) = (codes[from % codes.len()], codes[to % codes.len()]);
        prop_assume!(from != to);
        let text = table_parts().1[from].to_string();
        assert_code_change_reported(to, &text, &format!("duplicate code {text}"))?;
    }

    #[test]
    fn a_code_outside_its_category_is_always_reported(at in any::<usize>(), code in 300..400_u16) {
        let codes = code_positions();
        let expected = format!("code {code} is outside category");
        assert_code_change_reported(codes[at % codes.len()], &code.to_string(), &expected)?;
    }

    #[test]
    fn random_valid_tables_expand_to_code_that_parses(
        hundreds in prop::collection::btree_map(1..=9_u16, (any::<bool>(), prop::collection::btree_set(0..100_u16, 1..12)), 1..6),
        docs in prop::collection::vec("[ -~]{0,40}", 0..40),
        named in prop::collection::vec(any::<bool>(), 0..40),
    ) {
        let mut body = TokenStream::new();
        let mut index = 0;
        for (hundred, (split, offsets)) in hundreds {
            // Either one `Nxx` category, or one `NNx` category per decade used.
            let mut groups: Vec<(String, Vec<u16>)> = Vec::new();
            for offset in offsets {
                let header = if split { format!("{hundred}{}x", offset / 10) } else { format!("{hundred}xx") };
                match groups.last_mut() {
                    Some((last, codes)) if *last == header => codes.push(hundred * 100 + offset),
                    _ => groups.push((header, vec![hundred * 100 + offset])),
                }
            }
            for (header, codes) in groups {
                let header: TokenStream = header.parse().unwrap();
                let category = Ident::new(&format!("Category{header}"), Span::call_site());
                let mut entries = TokenStream::new();
                for code in codes {
                    if let Some(doc) = docs.get(index) {
                        entries.extend(quote::quote!(#[doc = #doc]));
                    }
                    let value = Literal::u16_unsuffixed(code);
                    let ident = Ident::new(&format!("Code{code}"), Span::call_site());
                    entries.extend(quote::quote!(#value #ident));
                    if named.get(index).copied().unwrap_or(false) {
                        let name = format!("Name-{code}");
                        entries.extend(quote::quote!(as #name));
                    }
                    entries.extend(quote::quote!(,));
                    index += 1;
                }
                body.extend(quote::quote!(#header #category < #entries >));
            }
        }
        let output = expand(quote::quote!(::status_codes; pub enum Random { #body }));
        let errors = errors_of(&output);
        prop_assert!(errors.is_empty(), "{errors:?}");
        prop_assert!(syn::parse2::<syn::File>(output).is_ok());
    }
}

#[test]
fn very_long_inputs_never_panic() {
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases: 8,
        ..ProptestConfig::default()
    });
    runner
        .run(&prop::collection::vec(token(), 1000..3000), |trees| {
            let stream: TokenStream = trees.into_iter().collect();
            let _ = expand(quote::quote!(::status_codes; pub enum E { #stream }));
            Ok(())
        })
        .unwrap();
}
