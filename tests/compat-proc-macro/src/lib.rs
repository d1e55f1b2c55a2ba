//! A procedural macro that uses a table of its own: tables that are not `pub` keep their
//! extension macro inside the crate, which a proc-macro crate requires.

use proc_macro::TokenStream;

status_codes::status_codes! {
    /// The codes this macro knows.
    pub(crate) enum Known {
        2xx Success < 200 Finish, 201 Pending >
    }
}

status_codes::status_codes! {
    /// An extension within the crate.
    enum MoreKnown extends Known {
        4xx Client < 404 Missing >
    }
}

/// `describe!(201)` expands to the string `"201 Pending"`, or to a compile error for a code
/// the table does not know.
///
/// # Panics
///
/// Never: the tokens it parses back are a string literal or a `compile_error!` it wrote.
#[proc_macro]
pub fn describe(input: TokenStream) -> TokenStream {
    let text = input.to_string();
    let described = text
        .parse::<u16>()
        .ok()
        .and_then(MoreKnown::from_code)
        .map(|code| format!("{code:?}", code = code.to_string()));
    match described {
        Some(literal) => literal.parse().expect("a string literal"),
        None => format!(
            "::core::compile_error!({:?})",
            format!("{text} is not a known code")
        )
        .parse()
        .expect("a compile_error! call"),
    }
}
