use super::{description, is_definition, is_edition_keyword, snake_case};
use syn::Attribute;

fn docs(lines: &[&str]) -> Vec<Attribute> {
    lines
        .iter()
        .map(|line| syn::parse_quote!(#[doc = #line]))
        .collect()
}

#[test]
fn descriptions_join_lines_and_keep_paragraphs() {
    assert_eq!(description(&docs(&[])), None);
    assert_eq!(description(&docs(&["", "  "])), None);
    assert_eq!(description(&docs(&[" One."])).as_deref(), Some("One."));
    assert_eq!(
        description(&docs(&[" A", " b.", "", "", " C", ""])).as_deref(),
        Some("A b.\n\nC")
    );
    assert_eq!(
        description(&docs(&["\n  Block\n  text.\n\n  Next.\n"])).as_deref(),
        Some("Block text.\n\nNext.")
    );
}

#[test]
fn snake_case_of_category_names() {
    assert_eq!(snake_case("Progress"), "progress");
    assert_eq!(snake_case("UserInteraction"), "user_interaction");
    assert_eq!(
        snake_case("MultiFactorAuthentication"),
        "multi_factor_authentication"
    );
    assert_eq!(snake_case("HTTPError"), "http_error");
    assert_eq!(snake_case("Error5xx"), "error5xx");
    assert_eq!(snake_case("Mfa2Step"), "mfa2_step");
    assert_eq!(snake_case("Already_Snake"), "already_snake");
    assert_eq!(snake_case("lower"), "lower");
}

#[test]
fn link_and_footnote_definitions_stay_lines_of_their_own() {
    assert_eq!(
        description(&docs(&[
            " See [the bank].",
            " [the bank]: https://example.com",
            " More."
        ]))
        .as_deref(),
        Some("See [the bank].\n\n[the bank]: https://example.com\n\nMore.")
    );
    assert!(is_definition("[^note]: A footnote."));
    for text in [
        "[]: empty",
        "[a[b]: nested",
        "[a] text",
        "text [a]: later",
        "plain",
    ] {
        assert!(!is_definition(text), "{text}");
    }
}

#[test]
fn only_doc_attributes_are_descriptions() {
    let attrs: Vec<Attribute> = vec![syn::parse_quote!(#[deprecated = "Gone."])];
    assert_eq!(description(&attrs), None);
}

#[test]
fn edition_keywords() {
    for word in ["async", "await", "dyn", "try", "gen"] {
        assert!(is_edition_keyword(word), "{word}");
    }
    for word in ["Async", "fn", "r#try", "generic"] {
        assert!(!is_edition_keyword(word), "{word}");
    }
}
