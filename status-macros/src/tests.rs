//! Unit tests of the expansion function over `proc_macro2` tokens.

use crate::expand::expand;
use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use quote::quote;

/// The messages of the `compile_error!`s in an expansion, in order.
fn compile_errors(output: &TokenStream) -> Vec<String> {
    let mut messages = Vec::new();
    let mut trees = output.clone().into_iter().peekable();
    while let Some(tree) = trees.next() {
        match tree {
            TokenTree::Ident(ident) if ident == "compile_error" => {
                let _bang = trees.next();
                if let Some(TokenTree::Group(group)) = trees.next() {
                    let Some(TokenTree::Literal(literal)) = group.stream().into_iter().next()
                    else {
                        panic!("compile_error! without a message");
                    };
                    messages.push(
                        syn::parse2::<syn::LitStr>(TokenTree::Literal(literal.clone()).into())
                            .unwrap()
                            .value(),
                    );
                }
            }
            TokenTree::Group(group) => messages.extend(compile_errors(&group.stream())),
            _ => {}
        }
    }
    messages
}

/// Expands a table; whatever the table, the output must parse as Rust items.
fn expand_table(table: TokenStream) -> TokenStream {
    let mut input = quote!(::status_codes;);
    input.extend(table);
    let output = expand(input);
    if let Err(error) = syn::parse2::<syn::File>(output.clone()) {
        panic!("the expansion does not parse: {error}\n{output}");
    }
    output
}

fn walk(stream: TokenStream, visit: &mut dyn FnMut(&TokenTree)) {
    for tree in stream {
        visit(&tree);
        if let TokenTree::Group(group) = &tree {
            walk(group.stream(), visit);
        }
    }
}

/// The generated enum `name`, as the output declares it.
fn generated_enum(output: &TokenStream, name: &str) -> Option<syn::ItemEnum> {
    let file: syn::File = syn::parse2(output.clone()).expect("the expansion parses");
    file.items.into_iter().find_map(|item| match item {
        syn::Item::Enum(item) if item.ident == name => Some(item),
        _ => None,
    })
}

/// The variants of the generated enum `name`, with their discriminants.
fn variants(output: &TokenStream, name: &str) -> Vec<(String, String)> {
    let Some(item) = generated_enum(output, name) else {
        return Vec::new();
    };
    item.variants
        .iter()
        .map(|variant| {
            let value = variant
                .discriminant
                .as_ref()
                .map(|(_, value)| quote!(#value));
            (
                variant.ident.to_string(),
                value.map(|v| v.to_string()).unwrap_or_default(),
            )
        })
        .collect()
}

/// The attributes of the generated enum `name` other than its docs.
fn enum_attributes(output: &TokenStream, name: &str) -> Vec<String> {
    let Some(item) = generated_enum(output, name) else {
        return Vec::new();
    };
    item.attrs
        .iter()
        .filter(|attr| !attr.path().is_ident("doc"))
        .map(|attr| quote!(#attr).to_string())
        .collect()
}

fn names(variants: &[(String, String)]) -> Vec<&str> {
    variants.iter().map(|(name, _)| name.as_str()).collect()
}

#[test]
fn the_expansion_of_a_small_table_is_the_reviewed_one() {
    let output = expand_table(quote! {
        /// A small table.
        pub enum Small {
            /// Started.
            1xx Progress < 100 Queued, /// Working on it.
            101 Working >
            2xx Done < 200 Finished as "Finished" | "Complete", 201 Skipped as "Nothing To Do" >
        }
    });
    let formatted = rustfmt(&output.to_string());
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/snapshots/small_table.expanded.rs");
    if std::env::var_os("STATUS_CODES_BLESS").is_some() {
        std::fs::write(&path, &formatted).expect("the snapshot is writable");
    }
    let expected = std::fs::read_to_string(&path).expect("the snapshot exists");
    assert!(
        formatted == expected,
        "the expansion changed; review it and rerun with STATUS_CODES_BLESS=1:\n{formatted}"
    );
}

#[test]
fn the_same_input_always_expands_to_the_same_output() {
    let table = quote! { pub enum Small { 1xx P < 100 A > } };
    let first = expand_table(table.clone()).to_string();
    // Other tables expanded in between change nothing.
    let _ = expand_table(quote! { pub enum Other { 2xx D < 200 B > } });
    assert_eq!(expand_table(table).to_string(), first);
}

/// Rust source as rustfmt writes it.
fn rustfmt(source: &str) -> String {
    use std::io::Write;
    let mut child = std::process::Command::new("rustfmt")
        .args(["--edition", "2024", "--emit", "stdout"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("rustfmt runs");
    child
        .stdin
        .take()
        .expect("a pipe")
        .write_all(source.as_bytes())
        .expect("rustfmt reads");
    let output = child.wait_with_output().expect("rustfmt finishes");
    assert!(output.status.success(), "rustfmt failed on:\n{source}");
    String::from_utf8(output.stdout).expect("UTF-8")
}

#[test]
fn valid_table_expands_without_errors() {
    let output = expand_table(quote! {
        pub enum E { 1xx P < 100 A, 102 B > 2xx S < 200 C as "Cee" > }
    });
    assert_eq!(compile_errors(&output), Vec::<String>::new());
    let expected =
        [("A", "100"), ("B", "102"), ("C", "200")].map(|(a, b)| (a.to_owned(), b.to_owned()));
    assert_eq!(variants(&output, "E"), expected);
    assert_eq!(names(&variants(&output, "ECategory")), ["P", "S"]);
}

#[test]
fn every_mistake_is_reported_in_one_expansion() {
    let output = expand_table(quote! {
        pub enum E {
            1xx P < 100 A, 100 B, 250 C >
            1x Q < 101 D >
            2xx P < 200 A >
            41x M < 410 E > 4xx N < 401 F >
        }
    });
    assert_eq!(
        compile_errors(&output),
        [
            // Syntax first, as it is read; then the rules, in table order.
            "duplicate code 100: `B` repeats the code of `A`",
            "first defined here",
            "code 250 is outside category `1xx P`, which covers 100 to 199",
            "malformed category header `1x`: expected `Nxx` for a hundred codes (like `4xx`) or `NNx` for ten (like `41x`)",
            "duplicate category `P`",
            "first defined here",
            "duplicate identifier `A`: give this code its own identifier and keep its documented name with `as \"A\"`",
            "first defined here",
        ]
    );
    // What passed is still generated, so the rest of the crate compiles.
    // What passed is still generated, so the rest of the crate compiles; the lines left out
    // stand in as variants, and no variant has a discriminant that a stand-in could repeat.
    assert_eq!(
        names(&variants(&output, "E")),
        ["A", "C", "D", "E", "F", "B"]
    );
    assert!(
        variants(&output, "E")
            .iter()
            .all(|(_, value)| value.is_empty())
    );
}

#[test]
fn syntax_errors_recover_at_the_next_code_or_category() {
    let output = expand_table(quote! {
        pub enum E {
            1xx P < 100 A B, 101 C, 10 D, 102 E >
            Q < 200 F >
            3xx R < 300 G >
            4xx S < 400 H I >
            5xx type < 500 J, 500 K >
        }
    });
    assert_eq!(
        compile_errors(&output),
        [
            "expected `,` or `>` after `100 A`, found `B`",
            "expected a category header such as `1xx` or `40x`, found `Q`",
            "expected `,` or `>` after `400 H`, found `I`",
            "expected identifier, found keyword `type`",
            "`10` is not a three-digit code: codes have three digits, from 100 to 999",
            "duplicate code 500: `K` repeats the code of `J`",
            "first defined here",
        ]
    );
    assert_eq!(
        names(&variants(&output, "E")),
        ["A", "C", "E", "F", "G", "H", "J", "D", "K"]
    );
}

#[test]
fn the_body_is_checked_after_an_error_in_the_head() {
    let output = expand_table(quote!(pub enum E: u16 { 1xx P < 100 A, 100 B > }));
    assert_eq!(
        compile_errors(&output),
        [
            "expected `{` and the table's categories, found `:`",
            "duplicate code 100: `B` repeats the code of `A`",
            "first defined here"
        ]
    );
    assert_eq!(names(&variants(&output, "E")), ["A", "B"]);
    let output = expand_table(quote!(pub enum { 1xx P < 100 A, 100 B > }));
    assert_eq!(compile_errors(&output).len(), 3);
    assert_eq!(variants(&output, "E"), []);
}

#[test]
fn empty_tables_are_rejected() {
    let output = expand_table(quote!(
        pub enum E {}
    ));
    assert_eq!(
        compile_errors(&output),
        ["table `E` has no codes: add a category such as `1xx Progress < 100 Started >`"]
    );
    let output = expand_table(quote!(pub enum E { 1xx P < > }));
    assert_eq!(compile_errors(&output).len(), 1);
    // The skeleton of an empty enum still parses, without `repr`.
    assert_eq!(variants(&output, "E"), []);
    assert!(
        !enum_attributes(&output, "E")
            .iter()
            .any(|attr| attr.contains("repr"))
    );
}

#[test]
fn derives_the_macro_writes_are_reported_and_the_others_kept() {
    let output = expand_table(quote! {
        #[derive(Debug, Default, serde::Serialize, ::core::hash::Hash)]
        #[allow(dead_code)]
        pub enum E { 1xx P < #[default] 100 A > }
    });
    assert_eq!(
        compile_errors(&output),
        [
            "`Debug` is already derived by `status_codes!`",
            "`Hash` is already derived by `status_codes!`",
        ]
    );
    let attributes = enum_attributes(&output, "E");
    assert_eq!(attributes[0], "# [derive (Default , serde :: Serialize)]");
    assert_eq!(attributes[1], "# [allow (dead_code)]");
}

#[test]
fn repr_cfg_and_unknown_options_are_reported_and_left_out() {
    let output = expand_table(quote! {
        #[repr(u8)]
        #[cfg(test)]
        #[status_codes(serde, json)]
        pub enum E {
            #[cfg(test)]
            1xx P < #[cfg_attr(test, cfg(test))] 100 A, #[cfg_attr(test, allow(dead_code))] 101 B >
        }
    });
    assert_eq!(
        compile_errors(&output),
        [
            "`status_codes!` sets `#[repr(u16)]` itself: the codes are the discriminants",
            "put `#[cfg]` on the `status_codes!` invocation, not on the enum inside it",
            "unknown option of `#[status_codes(…)]`: expected `serde`, `schemars`, `sqlx`, `diesel`, `utoipa`, `arbitrary` or `non_exhaustive_categories`",
            "`#[cfg]` is not supported on a category: the table is generated whole",
            "a `#[cfg_attr]` on a code may not add `#[cfg]`: the table is generated whole",
        ]
    );
    let attributes = enum_attributes(&output, "E").join(" ");
    assert!(
        !attributes.contains("u8")
            && !attributes.contains("cfg")
            && !attributes.contains("status_codes"),
        "{attributes}"
    );
}

#[test]
fn names_must_survive_display_and_parsing() {
    let output = expand_table(quote! {
        pub enum E { 1xx P < 100 A as "", 101 B as "Two words", 102 C as "Bell\u{7}", 103 D as "4Four",
            104 F as "Fine", 105 G as " Lead", 106 H as "Trail ", 107 I as "Two  spaces", 108 J as "Tab\there" > }
    });
    assert_eq!(
        compile_errors(&output),
        [
            "a code's name cannot be empty",
            "a code's name cannot contain control characters",
            "a code's name cannot start with a digit: it would read as a code",
            "a code's name cannot start or end with whitespace",
            "a code's name cannot start or end with whitespace",
            "words of a code's name are separated by single spaces",
            "a code's name cannot contain control characters",
        ]
    );
    // A rejected name falls back to the identifier; the code itself stays.
    assert_eq!(variants(&output, "E").len(), 9);
}

#[test]
fn an_extension_is_checked_against_its_base() {
    let base = "enum B { 1xx P < 100 A as \"A\", > 2xx S < 200 C as \"C\", > }";
    let base = proc_macro2::Literal::string(base);
    let output = expand_table(quote! {
        @base #base
        pub enum V extends base::B {
            2xx S < 201 D, 200 E, 202 A, 200 C >
            20x T < 203 F >
            1xx Q < 150 G >
            4xx P < 400 H >
        }
    });
    assert_eq!(
        compile_errors(&output),
        [
            "code 200 is already `C` in `B`: repeat its entry exactly (`200 C` in `2xx S`) or leave it out",
            "identifier `A` is already code 100 in `B`",
            "category header `1xx` is already `P` in `B`",
            "category `P` of `B` is `1xx`: write `1xx P < … >` to add codes to it",
            "category `20x T` would take code 200 `C` from `S` of `B`",
            "code 201 belongs to category `20x T`, which is nested in `2xx S`: write it there",
        ]
    );
    // The lines left out stand in as variants without discriminants, after the others.
    assert_eq!(
        names(&variants(&output, "V")),
        ["A", "C", "D", "F", "G", "E", "H"]
    );
}

#[test]
fn an_extension_may_repeat_a_base_entry_exactly() {
    let base = proc_macro2::Literal::string("enum B { 2xx S < 200 C as \"Cee\" | \"See\", > }");
    let output = expand_table(quote! {
        @base #base
        pub enum V extends base::B { 2xx S < 200 C as "Cee" | "See", 201 D > }
    });
    assert_eq!(compile_errors(&output), Vec::<String>::new());
    assert_eq!(names(&variants(&output, "V")), ["C", "D"]);
}

#[test]
fn a_code_outside_its_category_is_reported_once() {
    let output = expand_table(quote!(pub enum E { 1xx P < 100 Z, 200 A > 2xx D < 201 B > }));
    assert_eq!(
        compile_errors(&output),
        ["code 200 is outside category `1xx P`, which covers 100 to 199"]
    );
}

#[test]
fn an_extension_repeats_a_base_entry_that_has_gained_an_alias() {
    let base = proc_macro2::Literal::string(
        "enum B { 4xx U < 449 DeprecatedSite as \"DeprecatedSite\" | \"Deprecated Site\", > }",
    );
    let output = expand_table(quote! {
        @base #base
        pub enum V extends base::B { 4xx U < 449 DeprecatedSite, 450 Other > }
    });
    assert_eq!(compile_errors(&output), Vec::<String>::new());
    // An alias the base does not have is a difference.
    let output = expand_table(quote! {
        @base #base
        pub enum V extends base::B { 4xx U < 449 DeprecatedSite as "DeprecatedSite" | "Gone" > }
    });
    assert_eq!(compile_errors(&output).len(), 1);
}

#[test]
fn nested_categories_own_the_codes_of_their_range() {
    let output = expand_table(quote! {
        pub enum E { 41x M < 410 A > 4xx U < 401 B, 449 C, 411 D > }
    });
    assert_eq!(
        compile_errors(&output),
        ["code 411 belongs to category `41x M`, which is nested in `4xx U`: write it there"]
    );
    let output = expand_table(quote! {
        pub enum E { 4xx U < 401 B > 41x M < 410 A > 4xx V < 420 C > }
    });
    assert_eq!(
        compile_errors(&output),
        [
            "duplicate category header `4xx`: `U` already covers 400 to 499",
            "first defined here"
        ]
    );
}

#[test]
fn generated_code_uses_absolute_paths_only() {
    let output = expand_table(quote! {
        pub enum E { 1xx P < 100 A, 101 B > }
    });
    // `repr(u16)` names the primitive by syntax, not by path.
    let output: TokenStream = output
        .to_string()
        .replace("repr (u16)", "repr")
        .parse()
        .unwrap();
    let mut previous: Option<String> = None;
    let mut check = |tree: &TokenTree| {
        if let TokenTree::Ident(ident) = tree {
            let name = ident.to_string();
            // After `::`, or the associated type `type Err` of `FromStr`.
            let after_path = matches!(previous.as_deref(), Some(":" | "type"));
            for prelude in [
                "Option", "Some", "None", "Result", "Ok", "Err", "u16", "str", "usize", "bool",
            ] {
                assert!(
                    name != prelude || after_path,
                    "`{name}` used without an absolute path"
                );
            }
        }
        previous = Some(match tree {
            TokenTree::Punct(punct) => punct.as_char().to_string(),
            other => other.to_string(),
        });
    };
    walk(output, &mut check);
}

#[test]
fn no_unsafe_in_generated_code() {
    let output = expand_table(quote! {
        pub enum E { 1xx P < 100 A, 101 B > 9xx Z < 999 C > }
    });
    assert!(!output.to_string().contains("unsafe"));
}

#[test]
fn missing_crate_path_is_an_error_not_a_panic() {
    let output = expand(quote!(pub enum E { 1xx P < 100 A > }));
    assert_eq!(
        compile_errors(&output),
        ["`status_macros::status_codes!` is called through `status_codes::status_codes!`"]
    );
}

#[test]
fn an_extension_first_calls_the_base_table_macro() {
    let output = expand_table(quote! {
        pub enum V extends base::B { 6xx X < 600 A > }
    });
    assert_eq!(
        output.to_string(),
        quote!(base::B! { [::status_codes] pub enum V extends base::B { 6xx X < 600 A > } })
            .to_string()
    );
}

#[test]
fn keywords_and_wrong_delimiters_are_errors() {
    let output = expand_table(quote!(pub enum E { 1xx P < 100 Self > }));
    assert_eq!(
        compile_errors(&output),
        ["expected identifier, found keyword `Self`"]
    );
    let output = expand_table(quote!(pub enum E ( 1xx P < 100 A > )));
    assert_eq!(
        compile_errors(&output),
        ["expected `{` and the table's categories, found `(`"]
    );
    let output = expand_table(quote!(pub enum E { 1xx P < 100 A > } extra));
    assert_eq!(
        compile_errors(&output),
        ["unexpected token after the table's closing `}`"]
    );
    let output = expand_table(quote!(pub enum E { 1xx P [ 100 A ] }));
    assert_eq!(
        compile_errors(&output),
        ["a category's codes go between `<` and `>`, not `[` and `]`"]
    );
}

#[test]
fn an_identifier_may_not_be_another_codes_name() {
    let output = expand_table(quote! {
        pub enum E { 2xx S < 200 Finish as "Pending", 201 Pending as "Finish", 202 Other > }
    });
    assert_eq!(
        compile_errors(&output),
        [
            "identifier `Pending` of code 201 is the documented name of code 200: `from_name(\"Pending\")` would be ambiguous",
            "name \"Finish\" of code 201 is the identifier of code 200: `from_name(\"Finish\")` would be ambiguous",
        ]
    );
}

#[test]
fn a_name_that_is_no_string_keeps_its_code() {
    let output = expand_table(quote! {
        pub enum E { 1xx P < 100 A as 'Q', 101 B as Waiting, 102 C as "Cee" | D, 103 F as,
            104 G as "Gee" |, 105 H = "Aitch", 106 I "Eye", 107 J > }
    });
    assert_eq!(
        compile_errors(&output),
        [
            "expected the documented name of `A` as a string, as in `as \"Pending\"`, found `'Q'`",
            "expected the documented name of `B` as a string, as in `as \"Pending\"`, found `Waiting`",
            "expected an alias of `C` as a string after `|`, found `D`",
            "expected the documented name of `F` as a string, as in `as \"Pending\"`, found `,`",
            "expected an alias of `G` as a string after `|`, found `,`",
            "expected `as` before the documented name of `H`, found `=`",
            "expected `as` before the documented name of `I`, found `\"Eye\"`",
        ]
    );
    assert_eq!(
        names(&variants(&output, "E")),
        ["A", "B", "C", "F", "G", "H", "I", "J"]
    );
}

#[test]
fn codes_in_the_wrong_brackets_are_read_and_checked() {
    let output = expand_table(quote! {
        pub enum E { 1xx P { 100 A, 101 B } 2xx S [ 200 C ] 3xx T ( 300 D, 300 E ) 4xx U < 400 F > }
    });
    assert_eq!(
        compile_errors(&output),
        [
            "a category's codes go between `<` and `>`, not `{` and `}`",
            "a category's codes go between `<` and `>`, not `[` and `]`",
            "a category's codes go between `<` and `>`, not `(` and `)`",
            "duplicate code 300: `E` repeats the code of `D`",
            "first defined here",
        ]
    );
    assert_eq!(
        names(&variants(&output, "E")),
        ["A", "B", "C", "D", "F", "E"]
    );
    assert_eq!(names(&variants(&output, "ECategory")), ["P", "S", "T", "U"]);
}

#[test]
fn a_token_before_the_codes_is_skipped() {
    let output = expand_table(quote!(pub enum E { 1xx P: < 100 A > 2xx In Progress < 200 B > }));
    assert_eq!(
        compile_errors(&output),
        [
            "expected `<` after `1xx P`, found `:`",
            "expected `<` after `2xx In`, found `Progress`",
        ]
    );
    assert_eq!(names(&variants(&output, "E")), ["A", "B"]);
}

#[test]
fn a_missing_angle_bracket_costs_one_error() {
    let output = expand_table(quote! {
        pub enum E {
            1xx P < 100 A, 101 B,
            2xx S < 200 C >
            3xx T < 300 D
            /// Documented.
            4xx U 400 F, 401 G >
            5xx V < 500 H >
            6xx W 7xx X < 700 I >
            8xx Y < 800 J
        }
    });
    assert_eq!(
        compile_errors(&output),
        [
            "expected `>` to close category `1xx P`, found `2xx`, which starts another category",
            "expected `>` to close category `3xx T`, found `4xx`, which starts another category",
            "expected `<` after `4xx U`, found `400`",
            "expected `<` after `6xx W`, found `7xx`",
            "unexpected end of input, expected `>` to close category `8xx Y`",
        ]
    );
    assert_eq!(
        names(&variants(&output, "E")),
        ["A", "B", "C", "D", "F", "G", "H", "I", "J"]
    );
    assert_eq!(
        names(&variants(&output, "ECategory")),
        ["P", "S", "T", "U", "V", "W", "X", "Y"]
    );
}

#[test]
fn codes_outside_any_category_are_reported_once_and_checked() {
    let output = expand_table(quote! {
        pub enum E { 1xx P < 100 A > 101 B, 100 C > 2xx S < 200 D > }
    });
    assert_eq!(
        compile_errors(&output),
        [
            "expected a category header such as `1xx`, found code `101` outside any category",
            "duplicate code 100: `C` repeats the code of `A`",
            "first defined here",
        ]
    );
    assert_eq!(names(&variants(&output, "E")), ["A", "B", "D", "C"]);
}

#[test]
fn a_code_written_against_its_identifier_is_read_as_both() {
    let output = expand_table(quote!(pub enum E { 1xx P < 100A, 101 B, 102C as "Cee" > }));
    assert_eq!(
        compile_errors(&output),
        [
            "expected a space between code `100` and its identifier `A`",
            "expected a space between code `102` and its identifier `C`",
        ]
    );
    assert_eq!(names(&variants(&output, "E")), ["A", "B", "C"]);
    // A suffix that types the number is no identifier: the code lacks one.
    let output = expand_table(quote!(pub enum E { 1xx P < 100u16, 101 B > }));
    assert_eq!(
        compile_errors(&output),
        ["expected the identifier of code `100u16`, as in `100u16 Starting`, found `,`"]
    );
}

#[test]
fn inner_attributes_are_reported_and_the_rest_is_read() {
    let output = expand_table(quote! {
        #![doc = "Table."]
        pub enum E {
            #![doc = "Categories."]
            1xx P < 100 A, #![allow(dead_code)] 101 B >
        }
    });
    assert_eq!(
        compile_errors(&output),
        [
            "inner doc comments (`//!`) are not allowed in a table: write `///` before what it documents",
            "inner doc comments (`//!`) are not allowed in a table: write `///` before what it documents",
            "inner attributes (`#![…]`) are not allowed in a table: write `#[…]` before what it applies to",
        ]
    );
    assert_eq!(names(&variants(&output, "E")), ["A", "B"]);
}

#[test]
fn separators_and_stray_tokens_are_reported_on_the_token() {
    let output = expand_table(quote! {
        pub enum E {
            1xx P < 100 A; 101 B,, 102 C 103 D - 104 F, >;
            2xx S < 200 G > extra, 3xx T < 300 H > >
        }
    });
    assert_eq!(
        compile_errors(&output),
        [
            "expected `,` or `>` after `100 A`, found `;`",
            "expected a code such as `100` or `>`, found `,`",
            "expected `,` or `>` after `102 C`, found `103`",
            "expected `,` or `>` after `103 D`, found `-`",
            "expected a category such as `1xx Progress < … >`, found `;`",
            "expected a category such as `1xx Progress < … >`, found `extra`",
            "expected a category such as `1xx Progress < … >`, found `>`",
        ]
    );
    assert_eq!(
        names(&variants(&output, "E")),
        ["A", "B", "C", "D", "F", "G", "H"]
    );
}

#[test]
fn a_missing_header_or_name_keeps_the_codes() {
    let output = expand_table(quote!(pub enum E { 1xx < 100 A > 2 S < 200 B > T < 300 C > }));
    assert_eq!(
        compile_errors(&output),
        [
            "expected the category's name after `1xx`, as in `1xx Progress < … >`, found `<`",
            "expected a category header such as `1xx` or `40x`, found `T`",
            "malformed category header `2`: expected `Nxx` for a hundred codes (like `4xx`) or `NNx` for ten (like `41x`)",
        ]
    );
    assert_eq!(names(&variants(&output, "E")), ["A", "B", "C"]);
}

#[test]
fn each_delimiter_left_out_mistyped_or_repeated_costs_one_error_and_no_code() {
    let body: Vec<TokenTree> = quote! {
        1xx P < 100 A, 101 B as "Bee", 102 C >
        2xx S < 200 D, 201 F >,
        41x M < 410 G as "Gee" | "Jee" >
    }
    .into_iter()
    .collect();
    let is = |tree: Option<&TokenTree>, symbol: char| matches!(tree, Some(TokenTree::Punct(p)) if p.as_char() == symbol);
    for (index, tree) in body.iter().enumerate() {
        let delimiter = match tree {
            TokenTree::Punct(punct) => punct.as_char(),
            TokenTree::Ident(ident) if ident == "as" => 'a',
            _ => continue,
        };
        let mut without = body.clone();
        without.remove(index);
        let mut mistyped = body.clone();
        mistyped[index] = proc_macro2::Punct::new(';', proc_macro2::Spacing::Alone).into();
        let mut repeated = body.clone();
        repeated.insert(index, tree.clone());
        // A comma after a category or before `>` may be left out.
        let optional =
            delimiter == ',' && (is(body.get(index - 1), '>') || is(body.get(index + 1), '>'));
        let mut cases = vec![(without, usize::from(!optional)), (mistyped, 1)];
        if delimiter != 'a' {
            cases.push((repeated, 1));
        }
        for (mutated, expected) in cases {
            let output = expand_table(quote!(pub enum E { #(#mutated)* }));
            let errors = compile_errors(&output);
            assert_eq!(errors.len(), expected, "{mutated:?}: {errors:?}");
            assert_eq!(
                names(&variants(&output, "E")),
                ["A", "B", "C", "D", "F", "G"],
                "{errors:?}"
            );
        }
    }
}

/// The items validation reserves are exactly those the facade's `impl_table!` writes on the code
/// and category enums (its source is read here, as text).
#[test]
fn reserved_items_are_the_facades() {
    let source = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../status-codes/src/impl_table.rs"),
    )
    .expect("the facade's source is beside the macro's");
    let items_of = |block: &str| -> Vec<String> {
        let start = source.find(block).expect("the impl block is there") + block.len();
        let body = &source[start..];
        let end = body.find("\n        }\n").expect("the impl block ends");
        body[..end]
            .lines()
            .filter_map(|line| {
                let line = line.trim_start();
                let rest = line
                    .strip_prefix("pub const fn ")
                    .or_else(|| line.strip_prefix("pub fn "))
                    .or_else(|| line.strip_prefix("pub const "))?;
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                (!name.is_empty() && name != "fn").then_some(name)
            })
            .collect()
    };
    let sorted = |mut items: Vec<String>| {
        items.sort();
        items
    };
    let expected = |items: &[&str]| sorted(items.iter().map(|item| (*item).to_owned()).collect());
    assert_eq!(
        sorted(items_of("        impl $code {\n")),
        expected(crate::generate::CODE_ENUM_ITEMS)
    );
    assert_eq!(
        sorted(items_of("        impl $category {\n")),
        expected(crate::generate::CATEGORY_ENUM_ITEMS)
    );
}

#[test]
fn function_groups_are_read_checked_and_generated() {
    let output = expand_table(quote! {
        #[status_codes(serde)]
        pub enum R {
            /// The connections.
            x2x Connections
            x5x Files
            2xx Done < 220 Ready, 250 Stored >
        }
    });
    assert_eq!(compile_errors(&output), Vec::<String>::new());
    let text = output.to_string();
    for expected in [
        "pub enum RGroup",
        "group_variants : & [RGroup :: Connections , RGroup :: Files]",
        "group_names : & [\"Connections\" , \"Files\"]",
        "group_digits : & [2 , 5]",
        "@ groups R , RGroup , [is_connections 0",
        "__status_codes_impl_serde ! { R , RCategory , RGroup }",
        "impl __private :: Generated for RGroup",
        "x2x Connections",
        "| Group |",
        "[Connections](RGroup::Connections) (`x2x`)",
    ] {
        assert!(text.contains(expected), "`{expected}` in {text}");
    }
    let output = expand_table(quote! { pub enum R { x2 Bad x3x Ok 2xx Done < 220 Ready > } });
    assert_eq!(
        compile_errors(&output),
        [
            "`x2` is no function group header: a group's header is `x`, a digit and `x`, such as `x2x`"
        ]
    );
    // A word that starts with `x` but no digit starts neither a group nor a category.
    let output = expand_table(quote! { pub enum R { xyz Bad 2xx Done < 220 Ready > } });
    assert_eq!(
        compile_errors(&output),
        ["expected a category such as `1xx Progress < … >`, found `xyz`"]
    );
}

#[test]
fn a_stretch_that_starts_nothing_is_skipped_up_to_the_next_code() {
    let output = expand_table(quote! {
        pub enum E { 1xx P < 100 A > + 101 B, 2 < 200 C > }
    });
    assert_eq!(
        compile_errors(&output),
        [
            "expected a category such as `1xx Progress < … >`, found `+`",
            "expected a category header such as `1xx`, found code `101` outside any category",
            "expected the category's name after `2`, as in `2 Progress < … >`, found `<`",
            "malformed category header `2`: expected `Nxx` for a hundred codes (like `4xx`) or \
             `NNx` for ten (like `41x`)",
        ]
    );
    assert_eq!(names(&variants(&output, "E")), ["A", "B", "C"]);
    // Stand-in names count every entry before them, the unreadable stretch too.
    assert_eq!(
        names(&variants(&output, "ECategory")),
        ["P", "UnnamedCategory2", "UnnamedCategory3"]
    );
    // A stretch that was reported is not also a table without codes.
    let output = expand_table(quote!(pub enum E { + }));
    assert_eq!(
        compile_errors(&output),
        ["expected a category such as `1xx Progress < … >`, found `+`"]
    );
}

#[test]
fn errors_are_bare_compile_error_calls() {
    let output = expand_table(quote!(
        pub enum E {}
    ));
    let first = output.into_iter().next().map(|tree| tree.to_string());
    assert_eq!(first.as_deref(), Some("compile_error"));
}

#[test]
fn what_was_found_is_named_as_written() {
    let output = expand_table(quote! {
        pub enum E { 1xx P < 100 A as "Alpha"x, 101 B #[allow(x)] 102 C #[doc = "x"] 103 D > }
    });
    assert_eq!(
        compile_errors(&output),
        [
            "expected the documented name of `A` as a string, as in `as \"Pending\"`, found \
             `\"Alpha\"x`",
            "expected `,` or `>` after `101 B`, found an attribute",
            "expected `,` or `>` after `102 C`, found a doc comment",
        ]
    );
    // A string after the `,` that ends a code's names starts the next code.
    let output = expand_table(quote!(pub enum E { 1xx P < 100 A as "Alpha", "B" 101 C > }));
    assert_eq!(
        compile_errors(&output),
        ["expected the identifier of code `\"B\"`, as in `\"B\" Starting`, found `101`"]
    );
}

#[test]
fn words_that_are_keywords_in_some_editions_name_codes() {
    let output = expand(quote!(::status_codes; pub enum E { 1xx P < 100 async, 101 dyn > }));
    assert_eq!(compile_errors(&output), Vec::<String>::new());
    let text = output.to_string();
    assert!(text.contains("async = 100 , dyn = 101"), "{text}");
}

#[test]
fn stand_ins_keep_the_attributes_that_cannot_remove_them() {
    let output = expand_table(quote! {
        pub enum E { 1xx P < 100 A, #[deprecated] #[cfg_attr(x, cfg(y))] 100 B > }
    });
    assert_eq!(
        compile_errors(&output),
        [
            "a `#[cfg_attr]` on a code may not add `#[cfg]`: the table is generated whole",
            "duplicate code 100: `B` repeats the code of `A`",
            "first defined here",
        ]
    );
    let item = generated_enum(&output, "E").expect("the enum");
    let stand_in = item.variants.iter().find(|variant| variant.ident == "B");
    let attrs: Vec<String> = stand_in
        .expect("a stand-in for `B`")
        .attrs
        .iter()
        .map(|attr| attr.to_token_stream().to_string())
        .collect();
    assert_eq!(attrs, ["# [deprecated]", "# [doc (hidden)]"]);
}

#[test]
fn a_code_may_not_be_named_like_a_predicate() {
    let output = expand_table(quote!(pub enum E { 1xx Progress < 100 is_progress, 101 A > }));
    assert_eq!(
        compile_errors(&output),
        ["`is_progress` cannot name a code: the generated enum has an item `is_progress`"]
    );
}

#[test]
fn conditional_attributes_on_the_enum() {
    let output = expand_table(quote! {
        #[cfg_attr(feature = "x", status_codes(serde))]
        #[cfg_attr(x, derive(serde::Serialize))]
        #[cfg_attr(x, deprecated)]
        pub enum E { 1xx P < 100 A > }
    });
    assert_eq!(compile_errors(&output), Vec::<String>::new());
    let text = output.to_string();
    assert!(text.contains("# [cfg (feature = \"x\")]"), "{text}");
    assert!(
        text.contains("__status_codes_impl_serde ! { E , ECategory }"),
        "{text}"
    );
    let attrs = enum_attributes(&output, "E");
    assert!(attrs.contains(&"# [cfg_attr (x , derive (serde :: Serialize))]".to_owned()));
    assert!(attrs.contains(&"# [cfg_attr (x , deprecated)]".to_owned()));
    let output = expand_table(quote! {
        #[cfg_attr(x, derive(Clone))]
        #[cfg_attr(x, repr(u8))]
        #[cfg_attr(x, status_codes(serde), deprecated)]
        #[cfg_attr(x, cfg(y))]
        #[status_codes(serde, serde)]
        pub enum E { 1xx P < 100 A > }
    });
    let clash = "a `#[cfg_attr]` on the enum may not add `#[cfg]`, `#[repr]` or a derive that \
                 `status_codes!` writes itself";
    assert_eq!(
        compile_errors(&output),
        [clash, clash, clash, clash, "this option is given twice"]
    );
    let attrs = enum_attributes(&output, "E");
    assert!(
        !attrs.iter().any(|attr| attr.contains("cfg_attr")),
        "{attrs:?}"
    );
}

#[test]
fn function_groups_of_an_extension_and_their_names() {
    let base = proc_macro2::Literal::string("enum B { x2x Connections 2xx S < 220 C > }");
    let output = expand_table(quote! {
        @base #base
        pub enum V extends base::B { x2x Connections x5x Files 2xx S < 250 D > }
    });
    assert_eq!(compile_errors(&output), Vec::<String>::new());
    let output = expand_table(quote! {
        @base #base
        pub enum V extends base::B { x2x Links 2xx S < 250 D > }
    });
    assert_eq!(
        compile_errors(&output),
        [
            "function group `x2x` is already `Connections` in `B`: repeat it exactly \
             (`x2x Connections`) or leave it out"
        ]
    );
    let output = expand_table(quote!(pub enum E { x2x Progress 1xx Progress < 100 A > }));
    assert_eq!(
        compile_errors(&output),
        ["`Progress` is already a category: a function group needs a name of its own"]
    );
}

#[test]
fn a_base_code_repeated_with_a_difference_is_shown_whole() {
    let base = proc_macro2::Literal::string("enum B { 2xx S < 200 C as \"C\" | \"See\", > }");
    let output = expand_table(quote! {
        @base #base
        pub enum V extends base::B { 2xx S < 200 D > }
    });
    assert_eq!(
        compile_errors(&output),
        [
            "code 200 is already `C` in `B`: repeat its entry exactly (`200 C as \"C\" | \"See\"` \
             in `2xx S`) or leave it out"
        ]
    );
}

/// The errors of the expansion of `table`, parsed from source text: each message with the text
/// it points at.
fn errors_on(table: &str) -> Vec<(String, String)> {
    let input: TokenStream = format!("::status_codes; {table}").parse().expect("tokens");
    let source = format!("::status_codes; {table}");
    let mut errors = Vec::new();
    let output = expand(input);
    let mut trees = output.into_iter().peekable();
    while let Some(tree) = trees.next() {
        let (TokenTree::Ident(ident), Some(_), Some(TokenTree::Group(group))) =
            (&tree, trees.next(), trees.next())
        else {
            continue;
        };
        assert_eq!(ident.to_string(), "compile_error");
        let message: syn::LitStr = syn::parse2(group.stream()).expect("a message");
        let at = &source[ident.span().byte_range()];
        errors.push((message.value(), at.to_owned()));
    }
    errors
}

#[test]
fn an_alias_may_repeat_its_own_codes_identifier() {
    let output = expand_table(quote!(pub enum E { 1xx P < 100 Alpha as "A" | "Alpha" > }));
    assert_eq!(compile_errors(&output), Vec::<String>::new());
}

#[test]
fn names_that_would_make_from_name_ambiguous() {
    let errors = errors_on(
        r#"pub enum E { 1xx P < 100 A as "Alpha" | "Beta" | "Alpha", 101 B as "Alpha", 102 C as "Gamma" | "Alpha", 103 D as "Alpha" > }"#,
    );
    let alpha = "\"Alpha\"".to_owned();
    assert_eq!(
        errors,
        [
            (
                "alias \"Alpha\" repeats the documented name of code 100".to_owned(),
                alpha.clone()
            ),
            (
                "alias \"Alpha\" of code 100 is the documented name of code 101: \
                 `from_name(\"Alpha\")` would be ambiguous"
                    .to_owned(),
                alpha.clone()
            ),
            (
                "alias \"Alpha\" of code 102 is the documented name of code 100: \
                 `from_name(\"Alpha\")` would be ambiguous"
                    .to_owned(),
                alpha.clone()
            ),
            (
                "alias \"Alpha\" of code 100 is the documented name of code 103: \
                 `from_name(\"Alpha\")` would be ambiguous"
                    .to_owned(),
                alpha
            ),
        ]
    );
}

/// The text of the `#[doc]` attributes of an item, joined by lines.
fn docs_of(attrs: &[syn::Attribute]) -> String {
    let docs = attrs.iter().filter_map(|attr| match &attr.meta {
        syn::Meta::NameValue(doc) if doc.path.is_ident("doc") => match &doc.value {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(text),
                ..
            }) => Some(text.value()),
            _ => None,
        },
        _ => None,
    });
    docs.collect::<Vec<_>>().join("\n")
}

#[test]
fn the_docs_give_each_code_its_group_and_its_own_link_labels() {
    let output = expand_table(quote! {
        pub enum R {
            x2x Connections
            x5x Files
            1xx P < 150 A >
            2xx S < 220 B >
            3xx T <
                /// See [the note][n], [n] and [^f].
                ///
                /// [n]: https://example.com
                /// [^f]: A footnote.
                310 C as "`C`"
            >
        }
    });
    let item = generated_enum(&output, "R").expect("the code enum");
    let expected = "
Status codes of the `R` table.

# Codes

| Code | Name | Category | Group | Description |
|-----:|------|----------|------|------|
| 150 | [`A`](R::A) | [P](RCategory::P) (`1xx`) | [Files](RGroup::Files) (`x5x`) |  |
| 220 | [`B`](R::B) | [S](RCategory::S) (`2xx`) | [Connections](RGroup::Connections) (`x2x`) |  |
| 310 | [`` `C` ``](R::C) | [T](RCategory::T) (`3xx`) |  | See [the note][310-n], [n][310-n] and [^310-f]. |

[310-n]: https://example.com

[^310-f]: A footnote.
";
    assert_eq!(docs_of(&item.attrs), expected);
    let item = generated_enum(&output, "RGroup").expect("the group enum");
    assert_eq!(
        docs_of(&item.attrs),
        "The function groups of [`R`]: each holds the codes whose middle digit its header gives, \
         known to the table or not, whatever their category."
    );
    let lines: Vec<String> = item.variants.iter().map(|v| docs_of(&v.attrs)).collect();
    assert_eq!(
        lines,
        [
            "`x2x`: codes whose middle digit is 2.",
            "`x5x`: codes whose middle digit is 5."
        ]
    );
}
