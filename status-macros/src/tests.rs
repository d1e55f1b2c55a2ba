//! Unit tests of the expansion function over `proc_macro2` tokens.

use crate::expand::expand;
use quote::quote;

#[test]
fn placeholder_expands() {
    let output = expand(quote! { ::status_codes; pub enum E { 1xx P < 100 A > } });
    assert!(output.to_string().contains("enum E"));
}
