//! Unit tests of the expansion function over `proc_macro2` tokens.

use crate::expand::expand;
use proc_macro2::{TokenStream, TokenTree};
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

fn squash(tokens: &TokenStream) -> String {
    tokens.to_string().split_whitespace().collect()
}

#[test]
fn valid_table_expands_without_errors() {
    let output = expand_table(quote! {
        pub enum E { 1xx P < 100 A, 102 B > 2xx S < 200 C as "Cee" > }
    });
    assert_eq!(compile_errors(&output), Vec::<String>::new());
    let text = squash(&output);
    assert!(text.contains("#[repr(u16)]"));
    assert!(text.contains("pubenumE{"));
    assert!(text.contains("A=100,"));
    assert!(text.contains("C=200,"));
    assert!(text.contains("pubenumECategory{"));
    // from_code: one slot per code from the lowest to the highest.
    assert!(text.contains("constBY_CODE:&[::core::option::Option<E>;101usize]"));
    assert!(text.contains(
        "&[::core::option::Option::Some(E::A),::core::option::Option::None,::core::option::Option::Some(E::B),"
    ));
    assert!(text.contains("letindex=code.wrapping_sub(100)as::core::primitive::usize;"));
    assert!(text.contains("\"Cee\""));
    assert!(text.contains("\"200Cee\""));
    assert!(text.contains("pubconstfnis_p(self)->::core::primitive::bool"));
    assert!(text.contains("::status_codes::__private::impl_serde!{E}"));
    assert!(text.contains(
        "#[derive(::core::fmt::Debug,::core::clone::Clone,::core::marker::Copy,::core::cmp::PartialEq,::core::cmp::Eq,::core::hash::Hash,::core::cmp::PartialOrd,::core::cmp::Ord,)]pubenumE{"
    ));
    assert!(text.contains(
        "#[derive(::core::fmt::Debug,::core::clone::Clone,::core::marker::Copy,::core::cmp::PartialEq,::core::cmp::Eq,::core::hash::Hash,::core::cmp::PartialOrd,::core::cmp::Ord,)]pubenumECategory{"
    ));
    // Variants without attributes carry only the generated line; categories likewise.
    assert!(text.contains("(`1xx`).\"]A=100,"));
    assert!(text.contains("#[doc=\"`1xx`:codes100to199.\"]P,"));
}

#[test]
fn visibility_is_kept() {
    let output = expand_table(quote!(pub(crate) enum E { 1xx P < 100 A > }));
    let text = squash(&output);
    assert!(text.contains("pub(crate)enumE{"));
    assert!(text.contains("pub(crate)enumECategory{"));
    let output = expand_table(quote!(enum E { 1xx P < 100 A > }));
    assert!(squash(&output).contains(")]enumE{"));
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
            "malformed category header `1x`: expected `Nxx` for a hundred codes (like `4xx`) or `NNx` for ten (like `41x`)",
            "duplicate code 100: `B` repeats the code of `A`",
            "first defined here",
            "code 250 is outside category `1xx P`, which covers 100 to 199",
            "duplicate category `P`",
            "first defined here",
            "duplicate identifier `A`: give this code its own identifier and keep its documented name with `as \"A\"`",
            "first defined here",
        ]
    );
    // The code that passed is still generated, so the rest of the crate compiles.
    let text = squash(&output);
    assert!(text.contains("A=100,"));
    assert!(text.contains("C=250,"));
    assert!(text.contains("D=101,"));
    assert!(text.contains("F=401,"));
    assert!(!text.contains("B=100"));
}

#[test]
fn syntax_errors_recover_at_the_next_code_or_category() {
    let output = expand_table(quote! {
        pub enum E {
            1xx P < 100 A B, 101 C, 10 D, 102 E >
            Q < 200 F >
            3xx R < 300 G >
            4xx S < 400 H I >
            5xx T < 500 J >
        }
    });
    assert_eq!(
        compile_errors(&output),
        [
            "expected `,` or `>` after `A`",
            "`10` is not a three-digit code: codes have three digits, from 100 to 999",
            "expected a category header such as `1xx` or `40x`",
            "expected `,` or `>` after `H`",
        ]
    );
    let text = squash(&output);
    for kept in ["A=100", "C=101", "E=102", "G=300", "H=400", "J=500"] {
        assert!(text.contains(kept), "{kept}");
    }
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
    // The skeleton of an empty enum still compiles: no `repr`, matches on `self`.
    let text = squash(&output);
    assert!(!text.contains("repr"));
    assert!(text.contains("pubconstfncode(self)->::core::primitive::u16{matchself{}}"));
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
fn name_lookup_is_a_perfect_hash_when_one_exists() {
    let output = expand_table(quote! {
        pub enum E { 1xx P < 100 Abc, 101 Abd, 102 Xyz, 103 Long > }
    });
    let text = squash(&output);
    assert!(
        text.contains("constSLOTS:&[(&::core::primitive::str,::core::option::Option<E>);8usize]")
    );
    for key in ["Abc", "Abd", "Xyz", "Long"] {
        assert!(
            text.contains(&format!(
                "(\"{key}\",::core::option::Option::Some(E::{key}))"
            )),
            "{key}"
        );
    }
    assert_eq!(
        text.matches("(\"\",::core::option::Option::None)").count(),
        4
    );
    assert!(text.contains("letbytes=name.as_bytes();"));
    assert!(!text.contains("matchbytes.len()"));
}

#[test]
fn name_lookup_falls_back_to_a_decision_tree() {
    // Same first byte, last byte and length: no hash of those tells them apart.
    let output = expand_table(quote! {
        pub enum E { 1xx P < 100 Axxz, 101 Ayyz, 102 Azzz, 103 Long > }
    });
    let text = squash(&output);
    assert!(!text.contains("SLOTS"));
    assert!(text.contains("matchbytes.len(){4usize=>matchbytes[1usize]{"));
    assert!(text.contains("120u8=>ifbytes==b\"Axxz\"{::core::option::Option::Some(E::Axxz)}"));
    assert!(text.contains("111u8=>ifbytes==b\"Long\""));
}

#[test]
fn duplicate_names_select_the_first_code_and_identifiers_stay_reachable() {
    let output = expand_table(quote! {
        pub enum E { 2xx S < 201 Pending, 205 Pending205 as "Pending" > }
    });
    assert_eq!(compile_errors(&output), Vec::<String>::new());
    let text = squash(&output);
    assert!(text.contains("(\"Pending\",::core::option::Option::Some(E::Pending))"));
    assert!(text.contains("(\"Pending205\",::core::option::Option::Some(E::Pending205))"));
    assert!(!text.contains("(\"Pending\",::core::option::Option::Some(E::Pending205))"));
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
fn the_table_macro_hands_back_the_checked_table() {
    let output = expand_table(quote! {
        pub enum B { 1xx P < /// Doc.
        100 A, 101 C as "Cee" > }
    });
    let text = output.to_string();
    assert!(text.contains("# [macro_export]"));
    assert!(text.contains("pub use __status_codes_B_"));
    assert!(text.contains("as B ;"));
    let source = "\"enum B { 1xx P < # [doc = \\\"Doc.\\\"] 100 A as \\\"A\\\" , 101 C as \\\"Cee\\\" , > }\"";
    assert!(text.contains(source), "{text}");
}

#[test]
fn an_extension_is_checked_against_its_base() {
    let base = "enum B { 1xx P < 100 A as \"A\", > 2xx S < 200 C as \"C\", > }";
    let base = proc_macro2::Literal::string(base);
    let output = expand_table(quote! {
        @base #base
        pub enum V extends base::B {
            2xx S < 201 D, 200 E, 202 A >
            20x T < 203 F >
            1xx Q < 150 G >
            4xx P < 400 H >
        }
    });
    assert_eq!(
        compile_errors(&output),
        [
            "code 200 is already `C` in `B`",
            "identifier `A` is already code 100 in `B`",
            "category header `1xx` is already `P` in `B`",
            "category `P` of `B` is `1xx`: write `1xx P < … >` to add codes to it",
            "category `20x T` would take code 200 `C` from `S` of `B`",
            "code 201 belongs to category `20x T`, which is nested in `2xx S`: write it there",
        ]
    );
    let text = squash(&output);
    assert!(text.contains("impl::core::convert::From<base::B>forV"));
    assert!(text.contains("base::B::A=>Self::A,base::B::C=>Self::C,"));
    assert!(text.contains("pubconstALL:[Self;5usize]=[Self::A,Self::C,Self::D,Self::F,Self::G]"));
}

#[test]
fn doc_comments_become_descriptions_and_other_attributes_do_not() {
    let output = expand_table(quote! {
        pub enum E {
            1xx P <
                /// Waiting for a worker.
                ///
                /// Second paragraph.
                100 A,
                #[deprecated = "not a description"]
                #[doc(hidden)]
                101 B,
                #[doc = "Explicit."]
                102 C,
            >
        }
    });
    assert_eq!(compile_errors(&output), Vec::<String>::new());
    let text = squash(&output);
    assert!(text.contains(
        "E::A=>::core::option::Option::Some(\"Waitingforaworker.\\n\\nSecondparagraph.\"),"
    ));
    assert!(text.contains("E::C=>::core::option::Option::Some(\"Explicit.\"),"));
    assert!(text.contains("E::B=>::core::option::Option::None,"));
    // The attributes themselves go on the variant.
    assert!(text.contains("#[deprecated=\"notadescription\"]#[doc(hidden)]B=101,"));
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
    let text = squash(&output);
    assert!(text.contains("#[derive(Default,serde::Serialize)]#[allow(dead_code)]"));
    let output = expand_table(quote! {
        #[derive(Clone, Copy)]
        pub enum E { 1xx P < 100 A > }
    });
    assert_eq!(compile_errors(&output).len(), 2);
    assert_eq!(squash(&output).matches("#[derive(").count(), 2);
}

#[test]
fn repr_and_cfg_are_reported_and_left_out() {
    let output = expand_table(quote! {
        #[repr(u8)]
        #[cfg(test)]
        pub enum E {
            #[cfg(test)]
            1xx P < #[cfg_attr(test, allow(dead_code))] 100 A >
        }
    });
    assert_eq!(
        compile_errors(&output),
        [
            "`status_codes!` sets `#[repr(u16)]` itself: the codes are the discriminants",
            "put `#[cfg]` on the `status_codes!` invocation, not on the enum inside it",
            "`#[cfg]` is not supported on a category: the table is generated whole",
            "`#[cfg]` is not supported on a code: the table is generated whole",
        ]
    );
    let text = squash(&output);
    assert!(!text.contains("repr(u8)"));
    assert!(!text.contains("cfg("));
    assert!(!text.contains("cfg_attr"));
}

#[test]
fn keywords_and_wrong_delimiters_are_errors() {
    let output = expand_table(quote!(pub enum E { 1xx P < 100 Self > }));
    assert_eq!(
        compile_errors(&output),
        ["expected an identifier, found keyword `Self`"]
    );
    let output = expand_table(quote!(pub enum E ( 1xx P < 100 A > )));
    assert_eq!(
        compile_errors(&output),
        ["expected `{` and the table's categories"]
    );
    let output = expand_table(quote!(pub enum E { 1xx P < 100 A > } extra));
    assert_eq!(
        compile_errors(&output),
        ["unexpected token after the table's closing `}`"]
    );
    let output = expand_table(quote!(pub enum E { 1xx P [ 100 A ] }));
    assert_eq!(
        compile_errors(&output),
        ["expected `<` after `1xx P`: a category's codes go between `<` and `>`"]
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
    let text = squash(&output);
    assert!(text.contains(
        "constNAMES:&[&::core::primitive::str;9usize]=&[\"A\",\"Twowords\",\"C\",\"D\",\"Fine\",\"G\",\"H\",\"I\",\"J\"]"
    ), "{text}");
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
fn tables_indexed_by_code_span_the_lowest_to_the_highest_code() {
    let output = expand_table(quote!(pub enum E { 1xx P < 102 B, 100 A, 104 C as "Cee" > }));
    let text = squash(&output);
    assert!(
        text.contains(
            "constNAMES:&[&::core::primitive::str;5usize]=&[\"A\",\"\",\"B\",\"\",\"Cee\"]"
        )
    );
    assert!(text.contains("NAMES[(selfas::core::primitive::u16-100)as::core::primitive::usize]"));
    assert!(text.contains(
        "constIDENTIFIERS:&[&::core::primitive::str;5usize]=&[\"A\",\"\",\"B\",\"\",\"C\"]"
    ));
    assert!(text.contains(
        "constDISPLAY:&[&::core::primitive::str;5usize]=&[\"100A\",\"\",\"102B\",\"\",\"104Cee\"]"
    ));
    assert!(text.contains("pubconstALL:[Self;3usize]=[Self::B,Self::A,Self::C]"));
}

#[test]
fn every_code_documented_or_none() {
    let output = expand_table(quote!(pub enum E { 1xx P < /// One.
        100 A, /// Two.
        101 B > }));
    let text = squash(&output);
    assert!(text.contains("matchself{E::A=>::core::option::Option::Some(\"One.\"),E::B=>::core::option::Option::Some(\"Two.\"),}"));
    let output = expand_table(quote!(pub enum E { 1xx P < 100 A, 101 B > }));
    assert!(squash(&output).contains("matchself{E::A|E::B=>::core::option::Option::None,}"));
}

#[test]
fn generated_documentation() {
    let output = expand_table(quote!(pub enum E { 1xx P < /// First.
        100 A, 101 B as "Bee" > 41x M < > }));
    let text = output.to_string();
    assert!(text.contains("# Codes\\n\\n| Code | Name | Category | Description |\\n|-----:|------|----------|-------------|\\n| 100 | [`A`](E::A) | [P](ECategory::P) (`1xx`) | First. |\\n| 101 | [`Bee`](E::B) | [P](ECategory::P) (`1xx`) |  |\\n"), "{text}");
    assert!(text.contains("Status codes of the `E` table."));
    assert!(text.contains("\"`101` — `Bee`, in category [`P`](ECategory::P) (`1xx`).\""));
    assert!(text.contains(
        "\"The categories of [`E`]: each covers a range of codes given by its header.\""
    ));
    assert!(text.contains("\"`41x`: codes 410 to 419.\""));
}

#[test]
fn category_api_and_facade_traits_are_generated() {
    let output = expand_table(quote!(pub enum E { 1xx P < 100 A, 101 B > 41x M < 410 C > }));
    let text = squash(&output);
    for expected in [
        "implECategory{",
        "pubconstALL:[Self;2usize]=[Self::P,Self::M];",
        "pubconstfnname(self)->&'static::core::primitive::str{matchself{Self::P=>\"P\",Self::M=>\"M\",}}",
        "pubconstfnheader(self)->&'static::core::primitive::str{matchself{Self::P=>\"1xx\",Self::M=>\"41x\",}}",
        "Self::P=>::core::ops::RangeInclusive::new(100,199),Self::M=>::core::ops::RangeInclusive::new(410,419),",
        "matchcode{100..=199=>::core::option::Option::Some(Self::P),410..=419=>::core::option::Option::Some(Self::M),_=>::core::option::Option::None,}",
        "matchself{Self::P=>&[E::A,E::B],Self::M=>&[E::C],}",
        "impl::status_codes::StatusCodeforE{typeCategory=ECategory;",
        "impl::status_codes::StatusCategoryforECategory{typeCode=E;",
        "pubconstfnis_m(self)->::core::primitive::bool{::core::matches!(self.code(),410..=419)}",
    ] {
        assert!(text.contains(expected), "{expected}");
    }
}

#[test]
fn the_perfect_hash_places_every_name_where_the_generated_code_looks() {
    let output = expand_table(
        quote!(pub enum E { 1xx P < 100 Register, 101 Starting, 102 Running, 103 TokenReceived, 104 Finish, 105 Pending > }),
    );
    let text = squash(&output);
    let multiplier = |after: &str| -> usize {
        let start = text.find(after).unwrap() + after.len();
        let digits: String = text[start..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        digits.parse().unwrap()
    };
    let a = multiplier("(firstas::core::primitive::usize).wrapping_mul(");
    let b = multiplier("(lastas::core::primitive::usize).wrapping_mul(");
    let mask = multiplier("SLOTS[hash&");
    let slots_start = text.find("constSLOTS").unwrap();
    let slots: Vec<&str> = text[slots_start..]
        .split("=&[")
        .nth(1)
        .unwrap()
        .split("];")
        .next()
        .unwrap()
        .split("),(")
        .collect();
    assert_eq!(slots.len(), mask + 1);
    for name in [
        "Register",
        "Starting",
        "Running",
        "TokenReceived",
        "Finish",
        "Pending",
    ] {
        let bytes = name.as_bytes();
        let hash =
            usize::from(bytes[0]) * a + usize::from(bytes[bytes.len() - 1]) * b + bytes.len();
        assert!(
            slots[hash & mask].contains(&format!(
                "\"{name}\",::core::option::Option::Some(E::{name})"
            )),
            "{name} is not in slot {}",
            hash & mask
        );
    }
}

#[test]
fn the_decision_tree_splits_on_the_most_telling_byte() {
    // Same first byte, last byte and length; only the third byte tells them apart.
    let output = expand_table(quote!(pub enum E { 1xx P < 100 AAxz, 101 AAyz, 102 AAzz > }));
    let text = squash(&output);
    assert!(text.contains("matchbytes.len(){4usize=>matchbytes[2usize]{120u8=>ifbytes==b\"AAxz\""));
}

#[test]
fn the_table_macro_name_is_stable_and_distinct_per_table() {
    let name = |table: TokenStream| {
        let text = expand_table(table).to_string();
        let start = text.find("macro_rules ! ").unwrap() + "macro_rules ! ".len();
        text[start..].split_whitespace().next().unwrap().to_owned()
    };
    let first = name(quote!(pub enum B { 1xx P < 100 A > }));
    assert_eq!(first, "__status_codes_B_2dcf4ee71947f084");
    assert_ne!(first, name(quote!(pub enum B { 1xx P < 101 A > })));
}
