//! The inherent API of the code enum, and the lookup tables behind it.
//!
//! The strings are stored once per code, and what is indexed by the span of codes (from the
//! lowest to the highest) is two bytes a slot:
//! - `BY_CODE`, `Option<Self>` (two bytes, thanks to the niche of `repr(u16)`): the variant for
//!   `code - lowest`, so `from_code` is a subtraction, a bounds check and one load, the same for
//!   known and unknown codes, with no branch that depends on which code it is.
//! - `NAMES`, `IDENTIFIERS` and `DISPLAY` hold a slot per code at `(code × m) >> s`, the top
//!   bits of a 32-bit product, with `m` and `s` found at expansion time so that no two codes
//!   share a slot, in a table two to eight times the number of codes. `name()` and `Display` are
//!   a multiplication and one load, and the compiler knows the slot to be in bounds.
//! - Past 254 codes, or where no such multiplier exists, `INDEX` (one byte a slot of the span,
//!   two past 255 codes) gives each code's position, and the strings are dense in table order,
//!   padded to a power of two and read through a mask: two loads, no bounds check.
//! - A table whose codes have no gaps needs none of these: the position is `code - lowest`, and
//!   `BY_POSITION` is dense too.
//!
//! `code()` is a cast, since the codes are the discriminants. A `match` over a sparse
//! `repr(u16)` enum compiles to a jump table or a chain of compares that mispredicts on real
//! input, which these tables avoid.

use super::name_lookup;
use crate::model::{Table, unraw};
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

/// The names of the generated code's parameters and local variables.
const LOCALS: &[&str] = &[
    "bytes",
    "category",
    "code",
    "first",
    "formatter",
    "hash",
    "index",
    "key",
    "last",
    "name",
    "other",
    "status",
    "text",
];

/// A parameter or local variable of the generated code's own.
pub fn local(name: &str) -> Ident {
    debug_assert!(LOCALS.contains(&name), "`{name}` is shielded by `shields`");
    Ident::new(name, Span::mixed_site())
}

/// A function of each local's name, in the `const _` block of the generated impls. A binding
/// whose name is a constant or unit struct in scope would be read as a pattern that matches
/// that item (`const code: u16 = 1;` beside a table): these functions shadow any such item of
/// the user's, and a function in scope leaves a binding a binding.
pub fn shields() -> TokenStream {
    let names = LOCALS
        .iter()
        .map(|name| Ident::new(name, Span::call_site()));
    quote!(#(#[allow(dead_code)] fn #names() {})*)
}

/// The lookup tables; they sit in the same `const _` block as the impls that read them.
pub fn tables(table: &Table, layout: &Layout) -> TokenStream {
    let ident = &table.ident;
    let Some(bounds) = table.code_bounds() else {
        return TokenStream::new();
    };
    let count = table.code_count();
    let span = usize::from(bounds.last - bounds.first) + 1;
    let hash = layout.hash;
    let index = (!layout.gapless && hash.is_none()).then(|| {
        let mut slots = vec![0_usize; span];
        for (position, code) in table.codes.iter().enumerate() {
            slots[usize::from(code.value - bounds.first)] = position + 1;
        }
        let slots: Vec<Literal> = slots.into_iter().map(Literal::usize_unsuffixed).collect();
        let width = if count < usize::from(u8::MAX) {
            quote!(::core::primitive::u8)
        } else {
            quote!(::core::primitive::u16)
        };
        quote!(const INDEX: &[#width; #span] = &[#(#slots),*];)
    });
    let slots = layout.slots;
    let padding = slots - count - 1;
    // Gapless tables are read by `code - lowest`: their dense arrays follow the codes, not the
    // table's order. With `INDEX`, the dense arrays follow the table's order, as `INDEX` does.
    let mut dense: Vec<&crate::model::Code> = table.codes.iter().collect();
    if layout.gapless {
        dense.sort_by_key(|code| code.value);
    }
    let strings = |text: &dyn Fn(&crate::model::Code) -> String| match hash {
        Some(hash) => {
            let mut strings = vec![String::new(); hash.size];
            for code in &table.codes {
                strings[hash.slot(code.value)] = text(code);
            }
            strings
        }
        None => std::iter::once(String::new())
            .chain(dense.iter().map(|code| text(code)))
            .chain(std::iter::repeat_n(String::new(), padding))
            .collect::<Vec<_>>(),
    };
    let names = strings(&|code| code.name.clone());
    let identifiers = strings(&|code| unraw(&code.ident));
    let display = strings(&crate::model::Code::display);
    // `from_code` reads one table: by code where the codes have gaps (two bytes a code of the
    // span), by position where they have none.
    let by_code = if layout.gapless {
        let variants = dense.iter().map(|code| &code.ident);
        let size = count + 1;
        quote! {
            const BY_POSITION: &[::core::option::Option<#ident>; #size] = &[
                ::core::option::Option::None,
                #(Some(#ident::#variants),)*
            ];
        }
    } else {
        // Most slots of a sparse table are empty: one short name keeps the source small.
        let mut slots = vec![quote!(NONE); span];
        for code in &table.codes {
            let variant = &code.ident;
            slots[usize::from(code.value - bounds.first)] = quote!(Some(#ident::#variant));
        }
        quote! {
            const NONE: ::core::option::Option<#ident> = ::core::option::Option::None;
            const BY_CODE: &[::core::option::Option<#ident>; #span] = &[#(#slots),*];
        }
    };
    quote! {
        #index
        #by_code
        const NAMES: &[&::core::primitive::str; #slots] = &[#(#names),*];
        const IDENTIFIERS: &[&::core::primitive::str; #slots] = &[#(#identifiers),*];
        const DISPLAY: &[&::core::primitive::str; #slots] = &[#(#display),*];
    }
}

/// How the code enum's strings are laid out, chosen once per table.
pub struct Layout {
    /// The codes run without gaps from the lowest to the highest: the position is
    /// `code - lowest`, and no index is needed.
    gapless: bool,
    hash: Option<SlotHash>,
    /// The length of the arrays of strings: the slots of the hash; or one per code and one for
    /// none, to a power of two when `INDEX` is read, whose entries the compiler cannot bound.
    slots: usize,
}

impl Layout {
    pub fn of(table: &Table) -> Self {
        let count = table.code_count();
        let gapless = table
            .code_bounds()
            .is_some_and(|bounds| usize::from(bounds.last - bounds.first) + 1 == count);
        // Past 254 codes, `INDEX` and dense strings take less room than slots for two to eight
        // times as many codes.
        let hash = (!gapless && (1..=254).contains(&count))
            .then(|| SlotHash::find(table))
            .flatten();
        let slots = match hash {
            Some(hash) => hash.size,
            None if gapless => count + 1,
            None => (count + 1).next_power_of_two(),
        };
        Self {
            gapless,
            hash,
            slots,
        }
    }

    /// The slot in the arrays of strings of a code known to be in the table; `code` is a
    /// `u16`.
    pub fn position(&self, table: &Table, code: &TokenStream) -> TokenStream {
        let Some(bounds) = table.code_bounds() else {
            return quote!(0);
        };
        let first = Literal::u16_unsuffixed(bounds.first);
        let mask = self.slots - 1;
        if let Some(SlotHash {
            multiplier, shift, ..
        }) = self.hash
        {
            quote!((((#code as ::core::primitive::u32).wrapping_mul(#multiplier) >> #shift) as ::core::primitive::usize))
        } else if self.gapless {
            quote!(((#code - #first) as ::core::primitive::usize + 1))
        } else {
            quote!(((INDEX[(#code - #first) as ::core::primitive::usize] as ::core::primitive::usize) & #mask))
        }
    }
}

/// `(code × multiplier) >> shift`, the top bits of a 32-bit product: a slot for each code of
/// the table, none shared, in a table a few times the number of codes. Reading a name is then a
/// multiplication and one load, with no table indexed by the span of codes.
#[derive(Clone, Copy)]
struct SlotHash {
    multiplier: u32,
    shift: u32,
    size: usize,
}

impl SlotHash {
    fn slot(self, code: u16) -> usize {
        (u32::from(code).wrapping_mul(self.multiplier) >> self.shift) as usize
    }

    /// The smallest slot hash for the table's codes, searched at expansion time; `None` when no
    /// small enough one exists.
    fn find(table: &Table) -> Option<Self> {
        let smallest = (table.code_count() * 2).next_power_of_two().max(2);
        let mut stamps = vec![0_u32; smallest << 2];
        let mut stamp = 0;
        for size in (0..3).map(|shift| smallest << shift) {
            let shift = 32 - size.trailing_zeros();
            for multiplier in (1..1 << 14).map(|k: u32| k.wrapping_mul(0x9E37_79B1) | 1) {
                let hash = Self {
                    multiplier,
                    shift,
                    size,
                };
                stamp += 1;
                let injective = table.codes.iter().all(|code| {
                    std::mem::replace(&mut stamps[hash.slot(code.value)], stamp) != stamp
                });
                if injective {
                    return Some(hash);
                }
            }
        }
        None
    }
}

pub fn generate(table: &Table, layout: &Layout) -> TokenStream {
    let ident = &table.ident;
    let category_enum = table.category_ident();
    let all = table.codes().map(|(_, code)| &code.ident);
    let count = table.code_count();
    let code = local("code");
    let from_code = from_code(table, layout, &code);
    let stand_in = stand_in_arm(table);
    let empty = table.code_count() == 0;
    let lookup = |array: &str| {
        let array = Ident::new(array, Span::call_site());
        let position = layout.position(table, &quote!((self as ::core::primitive::u16)));
        if empty {
            quote!(match self { #stand_in })
        } else {
            quote!(#array[#position])
        }
    };
    let (name, identifier) = (lookup("NAMES"), lookup("IDENTIFIERS"));
    let code_body = if empty {
        quote!(match self { #stand_in })
    } else {
        quote!(self as ::core::primitive::u16)
    };
    let description = grouped(
        table,
        |code| code.description.as_ref().map(|text| quote!(Some(#text))),
        &quote!(::core::option::Option::None),
    );
    let aliases = grouped(
        table,
        |code| {
            (!code.aliases.is_empty()).then(|| {
                let aliases = &code.aliases;
                quote!(&[#(#aliases),*])
            })
        },
        &quote!(&[]),
    );
    let category_arms = category_arms(table);
    let name_parameter = local("name");
    let from_name = name_lookup::body(table, &name_parameter);
    let predicates = predicates(table);
    let all_doc = format!("Every code of the table, in table order ({count} codes).");
    quote! {
        #[allow(dead_code)]
        impl #ident {
            #[doc = #all_doc]
            pub const ALL: &'static [Self] = &[#(Self::#all),*];

            /// The variant for a code, or `None` if the table has no such code.
            #[must_use]
            #[inline]
            pub const fn from_code(#code: ::core::primitive::u16) -> ::core::option::Option<Self> {
                #from_code
            }

            /// The three-digit code.
            #[must_use]
            #[inline]
            pub const fn code(self) -> ::core::primitive::u16 {
                #code_body
            }

            /// The documented name, such as `"TwofaTimeout"`.
            #[must_use]
            #[inline]
            pub const fn name(self) -> &'static ::core::primitive::str {
                #name
            }

            /// Other names [`from_name`](Self::from_name) accepts for this code, such as the
            /// spellings of later versions of a documentation; never produced.
            #[must_use]
            pub const fn aliases(self) -> &'static [&'static ::core::primitive::str] {
                #aliases
            }

            /// The variant's identifier, such as `"Pending205"`; `from_name` accepts it too.
            #[must_use]
            #[inline]
            pub const fn identifier(self) -> &'static ::core::primitive::str {
                #identifier
            }

            /// The description given by the code's doc comments in the table, if any.
            #[must_use]
            pub const fn description(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                #description
            }

            /// The category the code belongs to.
            #[must_use]
            #[inline]
            pub const fn category(self) -> #category_enum {
                match self {
                    #(#category_arms)*
                }
            }

            /// The variant with this documented name (the first in table order where two codes
            /// share one), alias or identifier. Case-sensitive, no trimming.
            #[must_use]
            pub fn from_name(#name_parameter: &::core::primitive::str) -> ::core::option::Option<Self> {
                #from_name
            }

            #(#predicates)*
        }
    }
}

/// The arm for the stand-ins of a table with errors, which never run: the crate does not build.
pub fn stand_in_arm(table: &Table) -> Option<TokenStream> {
    let ident = &table.ident;
    let stand_ins = table.stand_ins.iter().map(|(_, stand_in)| stand_in);
    (!table.stand_ins.is_empty())
        .then(|| quote!(#(#ident::#stand_ins)|* => ::core::unreachable!(),))
}

/// `category()`: one arm per category with codes.
fn category_arms(table: &Table) -> Vec<TokenStream> {
    let ident = &table.ident;
    let category_enum = table.category_ident();
    table
        .categories
        .iter()
        .enumerate()
        .filter(|&(index, _)| table.members(index).next().is_some())
        .map(|(index, category)| {
            let codes = table.members(index).map(|code| &code.ident);
            let category = &category.ident;
            quote!(#(#ident::#codes)|* => #category_enum::#category,)
        })
        .chain(stand_in_arm(table))
        .collect()
}

/// One `is_<category>()` per category.
fn predicates(table: &Table) -> Vec<TokenStream> {
    let category_enum = table.category_ident();
    table
        .categories
        .iter()
        .map(|category| {
            let predicate = category.predicate();
            let variant = &category.ident;
            let name = category.name();
            let doc = format!(
                "Whether the code's category is [`{name}`]({category_enum}::{name}) (`{}`).",
                category.header
            );
            quote! {
                #[doc = #doc]
                #[must_use]
                #[inline]
                pub const fn #predicate(self) -> ::core::primitive::bool {
                    ::core::matches!(self.category(), #category_enum::#variant)
                }
            }
        })
        .collect()
}

fn from_code(table: &Table, layout: &Layout, code: &Ident) -> TokenStream {
    let Some(bounds) = table.code_bounds() else {
        return quote!(::core::option::Option::None);
    };
    let span = usize::from(bounds.last - bounds.first) + 1;
    let first = Literal::u16_unsuffixed(bounds.first);
    let index = local("index");
    let lookup = if layout.gapless {
        quote!(BY_POSITION[#index + 1])
    } else {
        quote!(BY_CODE[#index])
    };
    quote! {
        let #index = #code.wrapping_sub(#first) as ::core::primitive::usize;
        if #index < #span {
            #lookup
        } else {
            ::core::option::Option::None
        }
    }
}

/// A `match self` with one arm per distinct value and the codes that have none grouped in the
/// last arm.
fn grouped(
    table: &Table,
    value: impl Fn(&crate::model::Code) -> Option<TokenStream>,
    otherwise: &TokenStream,
) -> TokenStream {
    let ident = &table.ident;
    let mut rest = Vec::new();
    let mut arms = Vec::new();
    for code in &table.codes {
        let variant = &code.ident;
        match value(code) {
            Some(value) => arms.push(quote!(#ident::#variant => #value,)),
            None => rest.push(variant),
        }
    }
    if arms.is_empty() {
        // No code has a value of its own: no `match` to write (nor to compile).
        return quote!({
            let _ = self;
            #otherwise
        });
    }
    if !rest.is_empty() {
        arms.push(quote!(#(#ident::#rest)|* => #otherwise,));
    }
    arms.extend(stand_in_arm(table));
    quote!(match self { #(#arms)* })
}
