//! The table after validation: what code generation reads and may trust.
//!
//! Codes and identifiers are unique; the table is whole enough to generate code that compiles.
//! Facts derived from the table live here as methods, so generators never recompute them.

use proc_macro2::{Ident, Span, TokenStream};
use quote::format_ident;
use syn::Attribute;
use syn::ext::IdentExt;
use syn::{Expr, Lit, Meta};

pub struct Table {
    pub krate: TokenStream,
    pub attrs: Vec<Attribute>,
    pub vis: syn::Visibility,
    pub ident: Ident,
    pub categories: Vec<Category>,
    /// The function groups by middle digit (`x2x Connections`), in table order.
    pub groups: Vec<Group>,
    /// Every code, in table order: an extended table's codes, then the extension's.
    pub codes: Vec<Code>,
    /// The table this one extends, as the user named it, if any.
    pub base: Option<syn::Path>,
    /// `#[status_codes(serde, schemars, …)]`: the integrations the table asks for, in the order
    /// asked.
    pub integrations: Vec<Integration>,
    /// `#[status_codes(non_exhaustive_categories)]`: the category enum is `#[non_exhaustive]`.
    pub non_exhaustive_categories: bool,
    /// Variants for lines that were reported and left out (a duplicate code, say), declared
    /// while the table has errors so that the user's uses of them compile; see `generate`.
    pub stand_ins: Vec<(Vec<Attribute>, Ident)>,
}

/// An integration a table asks for: which (one of `generate::INTEGRATIONS`), where, and under
/// which of the user's own `cfg`s when asked in `#[cfg_attr(predicate, status_codes(…))]`.
pub struct Integration {
    pub name: &'static str,
    pub span: Span,
    pub cfg: Option<syn::Meta>,
}

/// `x2x Connections`: every code whose middle digit is `digit`, known to the table or not.
pub struct Group {
    pub attrs: Vec<Attribute>,
    pub digit: u8,
    pub ident: Ident,
}

impl Group {
    pub fn name(&self) -> String {
        unraw(&self.ident)
    }

    pub fn header(&self) -> String {
        format!("x{}x", self.digit)
    }
}

pub struct Category {
    pub attrs: Vec<Attribute>,
    pub header: String,
    pub range: CodeRange,
    pub ident: Ident,
}

pub struct Code {
    pub attrs: Vec<Attribute>,
    pub value: u16,
    pub ident: Ident,
    /// The documented name: the string after `as`, or else the identifier.
    pub name: String,
    /// Other names `from_name` accepts (`as "Name" | "Alias"`), never produced.
    pub aliases: Vec<String>,
    /// The user's doc comments as plain text (see [`description`]), read once.
    pub description: Option<String>,
    /// Index into [`Table::categories`].
    pub category: usize,
}

impl Table {
    /// Every code in table order, with its category.
    pub fn codes(&self) -> impl Iterator<Item = (&Category, &Code)> + Clone {
        self.codes
            .iter()
            .map(|code| (&self.categories[code.category], code))
    }

    /// The generated category enum: `CredentialStatus` → `CredentialStatusCategory`.
    pub fn category_ident(&self) -> Ident {
        format_ident!("{}Category", unraw(&self.ident), span = self.ident.span())
    }

    /// The generated group enum: `FtpReply` → `FtpReplyGroup`.
    pub fn group_ident(&self) -> Ident {
        format_ident!("{}Group", unraw(&self.ident), span = self.ident.span())
    }

    pub fn type_name(&self) -> String {
        unraw(&self.ident)
    }

    /// The strings `from_name` accepts, in table order: every documented name (the first code
    /// wins where two share a name), every alias, then every identifier that differs from its
    /// code's name; each with its code's position and which of the code's strings it is: 0 the
    /// name, 1 the identifier, `2 + n` alias `n`.
    pub fn name_keys(&self) -> Vec<(String, (u16, u16))> {
        let codes = self.codes.iter().zip(0..);
        let names = codes.clone().map(|(code, at)| (code.name.clone(), (at, 0)));
        let aliases = codes.clone().flat_map(|(code, at)| {
            let aliases = code.aliases.iter().cloned();
            aliases
                .zip(2..)
                .map(move |(alias, which)| (alias, (at, which)))
        });
        let idents = codes.map(|(code, at)| (unraw(&code.ident), (at, 1)));
        let mut seen = std::collections::HashSet::new();
        let keys = names.chain(aliases).chain(idents);
        keys.filter(|(key, _)| seen.insert(key.clone())).collect()
    }
}

impl Category {
    pub fn name(&self) -> String {
        unraw(&self.ident)
    }
}

/// Doc comments as plain text: lines of a paragraph joined by a space, paragraphs by a blank
/// line.
pub fn description(attrs: &[Attribute]) -> Option<String> {
    let docs: Vec<String> = attrs.iter().filter_map(doc).collect();
    let (mut paragraphs, mut current) = (Vec::new(), String::new());
    for line in docs.iter().flat_map(|doc| doc.split('\n')).map(str::trim) {
        if line.is_empty() || is_definition(line) {
            paragraphs.extend([std::mem::take(&mut current), line.to_owned()]);
        } else {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(line);
        }
    }
    paragraphs.push(current);
    paragraphs.retain(|paragraph| !paragraph.is_empty());
    (!paragraphs.is_empty()).then(|| paragraphs.join("\n\n"))
}

/// A Markdown link or footnote definition, `[label]: …`, which stays a line of its own.
pub fn is_definition(line: &str) -> bool {
    line.strip_prefix('[')
        .and_then(|after| after.split_once("]:"))
        .is_some_and(|(label, _)| !label.is_empty() && !label.contains(['[', ']']))
}

/// The text of `#[doc = "…"]`, whether written as `///`, directly, or forwarded by a
/// `macro_rules!` fragment (an invisible group); `None` for other attributes, and for a doc that
/// is not a literal, such as `include_str!(…)`.
fn doc(attr: &Attribute) -> Option<String> {
    let mut value = match &attr.meta {
        Meta::NameValue(doc) if doc.path.is_ident("doc") => &doc.value,
        _ => return None,
    };
    while let Expr::Group(group) = value {
        value = &group.expr;
    }
    let Expr::Lit(lit) = value else { return None };
    let Lit::Str(text) = &lit.lit else {
        return None;
    };
    Some(text.value())
}

/// The codes a category header covers, both ends included.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct CodeRange {
    pub first: u16,
    pub last: u16,
}

impl CodeRange {
    pub fn contains(self, code: u16) -> bool {
        (self.first..=self.last).contains(&code)
    }
}

/// The predicate of a category or function group: `MultiFactorAuthentication` →
/// `is_multi_factor_authentication`.
pub fn predicate(ident: &Ident) -> Ident {
    format_ident!("is_{}", snake_case(&unraw(ident)))
}

/// An identifier as written, without `r#`.
pub fn unraw(ident: &Ident) -> String {
    ident.unraw().to_string()
}

/// Keywords of some editions only, written raw where the macro re-emits them as text.
pub fn is_edition_keyword(word: &str) -> bool {
    matches!(word, "async" | "await" | "dyn" | "try" | "gen")
}

/// Lower snake case of a Rust identifier, keeping acronyms together (`HTTPError` → `http_error`).
pub fn snake_case(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        // `_` ends no word, and stands before the first letter.
        let previous = if i > 0 { chars[i - 1] } else { '_' };
        let next_is_lower = chars.get(i + 1).is_some_and(|next| next.is_lowercase());
        let after_word = previous.is_lowercase() || previous.is_ascii_digit();
        if c.is_uppercase() && (after_word || previous.is_uppercase() && next_is_lower) {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out
}

#[cfg(test)]
#[path = "model/tests.rs"]
mod tests;
