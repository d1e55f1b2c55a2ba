use super::{cell, code_span};

#[test]
fn names_are_fenced_and_escaped() {
    assert_eq!(code_span("Pending"), "`Pending`");
    assert_eq!(code_span("a`b"), "``a`b``");
    assert_eq!(code_span("`x``"), "``` `x`` ```");
    assert_eq!(code_span("`x"), "`` `x ``");
    assert_eq!(code_span("x`"), "`` x` ``");
    assert_eq!(cell(&code_span("a|b")), "`a\\|b`");
}
