use super::{description, snake_case};
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
