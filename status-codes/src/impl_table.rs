//! The API of every generated table, written once: `status_codes!` emits the table's data and
//! calls these macros, whose items forward to the `const fn`s of [`Lookup`](crate::__private::Lookup).

/// Functions named like the parameters of the generated impls. Imported into the `const _`
/// block of a table, they shadow any constant or unit struct of the user's with one of these
/// names, which would otherwise turn a parameter into a pattern that matches it.
pub mod shields {
    /// Shield.
    pub fn code() {}
    /// Shield.
    pub fn formatter() {}
    /// Shield.
    pub fn name() {}
    /// Shield.
    pub fn other() {}
    /// Shield.
    pub fn status() {}
    /// Shield.
    pub fn text() {}
}

/// The inherent API of a table's code and category enums, their conversions, formatting and
/// parsing, the traits `#[derive]` would write (but `PartialEq` and `Eq`, which the enums derive
/// so that their constants work as patterns), and the [`StatusCode`](crate::StatusCode) and
/// [`StatusCategory`](crate::StatusCategory) impls, over the table's data in the `const`
/// `$table`. `$name` and `$identifier` are a name and an identifier of the table, for the docs;
/// each predicate comes with its category's index.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_table {
    (
        $code:ident, $category:ident, $table:ident, $type_name:literal,
        examples: $name:literal $identifier:literal,
        predicates: [$($predicate:ident $index:literal $predicate_doc:literal,)*]
    ) => {
        #[allow(unused_imports)]
        use $crate::__private::shields::{code, formatter, name, other, status, text};
        // The primitive types and the modules of `core` by their absolute paths, over any item
        // of the user's of the same name; nothing a table's enums could be named.
        #[allow(unused_imports)]
        use ::core::{
            clone, cmp, convert, fmt, hash, marker, ops, option, result,
            primitive::{bool, isize, str, u8, u16, usize},
        };

        const LOOKUP: $crate::__private::Lookup<$code, $category> = {
            const N: usize = $table.codes.len();
            const SLOTS: usize = $table.slot_count();
            const INDEX: &[u16; $table.index_len()] = &$table.index();
            const TEXT: &[u8; $table.display_len()] = &$table.display_text();
            const DISPLAY: &[&str; N] = &$table.display(TEXT);
            const IDENTIFIERS: &[&str; $table.by_position_len($table.identifiers)] =
                &$table.identifiers_by_position();
            const CATEGORIES: usize = $table.category_variants.len();
            $crate::__private::Lookup {
                table: &$table,
                lowest: $table.lowest(),
                by_code: &$table.by_code::<{ $table.span() }>(),
                index: INDEX,
                names: &$table.place::<_, SLOTS>(INDEX, $table.names, ""),
                display: &$table.place::<_, SLOTS>(INDEX, DISPLAY, ""),
                positions: &$table.place::<_, SLOTS>(INDEX, &$table.positions::<N>(), 0),
                identifiers: IDENTIFIERS,
                aliases: &$table.aliases_by_position::<{ $table.by_position_len($table.aliases) }>(),
                descriptions: &$table
                    .descriptions_by_position::<{ $table.by_position_len($table.descriptions) }>(),
                keys: &$table.keys::<{ $table.key_count() }>(IDENTIFIERS),
                members: &$table.members::<N>(),
                member_starts: &$table.member_starts::<{ CATEGORIES + 1 }>(),
                narrowest: &$table.narrowest::<CATEGORIES>(),
            }
        };

        #[allow(dead_code)]
        impl $code {
            /// Every code of the table, in table order.
            pub const ALL: &'static [Self] = $table.variants;

            /// The variant for a code, or `None` if the table has no such code.
            #[must_use]
            #[inline]
            pub const fn from_code(code: u16) -> option::Option<Self> {
                LOOKUP.from_code(code)
            }

            /// The three-digit code.
            #[must_use]
            #[inline]
            pub const fn code(self) -> u16 {
                self as u16
            }

            #[doc = ::core::concat!("The documented name, such as `\"", $name, "\"`.")]
            #[must_use]
            #[inline]
            pub const fn name(self) -> &'static str {
                LOOKUP.name(self as u16)
            }

            /// Other names [`from_name`](Self::from_name) accepts for this code, such as the
            /// spellings of later versions of a documentation; never produced.
            #[must_use]
            #[inline]
            pub const fn aliases(self) -> &'static [&'static str] {
                LOOKUP.aliases(self as u16)
            }

            #[doc = ::core::concat!("The identifier, such as `\"", $identifier, "\"`; `from_name` accepts it.")]
            #[must_use]
            #[inline]
            pub const fn identifier(self) -> &'static str {
                LOOKUP.identifier(self as u16)
            }

            /// The description given by the code's doc comments in the table, if any.
            #[must_use]
            #[inline]
            pub const fn description(self) -> option::Option<&'static str> {
                LOOKUP.description(self as u16)
            }

            /// The category the code belongs to.
            #[must_use]
            #[inline]
            pub const fn category(self) -> $category {
                LOOKUP.category(self as u16)
            }

            /// The variant with this documented name (the first in table order where two codes
            /// share one), alias or identifier. Case-sensitive, no trimming.
            #[must_use]
            #[inline]
            pub fn from_name(name: &str) -> option::Option<Self> {
                LOOKUP.from_name(name)
            }

            $(
                #[doc = $predicate_doc]
                #[must_use]
                #[inline]
                pub const fn $predicate(self) -> bool {
                    LOOKUP.in_category(self as u16, $index)
                }
            )*
        }

        #[allow(dead_code)]
        impl $category {
            /// Every category, in table order.
            pub const ALL: &'static [Self] = $table.category_variants;

            /// The category's name, such as `"Progress"`.
            #[must_use]
            #[inline]
            pub const fn name(self) -> &'static str {
                LOOKUP.category_name(self as usize)
            }

            /// The header that introduces the category in the table, such as `"1xx"` or `"41x"`.
            #[must_use]
            #[inline]
            pub const fn header(self) -> &'static str {
                LOOKUP.header(self as usize)
            }

            /// The codes the category covers, whether or not the table defines them.
            #[must_use]
            #[inline]
            pub const fn range(self) -> ops::RangeInclusive<u16> {
                LOOKUP.range(self as usize)
            }

            /// Whether `code` belongs to this category: it falls in the category's range and in
            /// no narrower category's nested in it. The same as `from_code(code) == Some(self)`.
            #[must_use]
            #[inline]
            pub const fn contains(self, code: u16) -> bool {
                LOOKUP.category_contains(self as usize, code)
            }

            /// The category a code belongs to, whether or not the table defines the code: the
            /// narrowest whose range covers it.
            #[must_use]
            #[inline]
            pub const fn from_code(code: u16) -> option::Option<Self> {
                LOOKUP.category_of(code)
            }

            /// The category's codes, in table order.
            #[must_use]
            #[inline]
            pub const fn members(self) -> &'static [$code] {
                LOOKUP.members(self as usize)
            }

            /// The category with this name. Case-sensitive, no trimming.
            #[must_use]
            #[inline]
            pub fn from_name(name: &str) -> option::Option<Self> {
                LOOKUP.category_from_name(name)
            }
        }

        $crate::__private::impl_table! { @derived $code, u16, identifier }
        $crate::__private::impl_table! { @derived $category, usize, name }

        #[automatically_derived]
        impl convert::From<$code> for u16 {
            #[inline]
            fn from(status: $code) -> Self {
                status as u16
            }
        }

        #[automatically_derived]
        impl convert::TryFrom<u16> for $code {
            type Error = $crate::UnknownCodeError;

            #[inline]
            fn try_from(code: u16) -> result::Result<Self, $crate::UnknownCodeError> {
                $crate::__private::try_from_code(code)
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for $code {
            type Err = $crate::ParseError;

            #[inline]
            fn from_str(text: &str) -> result::Result<Self, $crate::ParseError> {
                $crate::__private::parse(text)
            }
        }

        #[automatically_derived]
        impl fmt::Display for $code {
            fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.pad(LOOKUP.display(*self as u16))
            }
        }

        #[automatically_derived]
        impl fmt::Display for $category {
            fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.pad(self.name())
            }
        }

        #[automatically_derived]
        impl $crate::StatusCode for $code {
            type Category = $category;
            const TYPE_NAME: &'static str = $type_name;
            const ALL: &'static [Self] = $table.variants;
            const LOOKUP: &'static $crate::__private::Lookup<Self, $category> = &LOOKUP;
        }

        #[automatically_derived]
        impl $crate::StatusCategory for $category {
            type Code = $code;
            const ALL: &'static [Self] = $table.category_variants;
            const LOOKUP: &'static $crate::__private::Lookup<$code, Self> = &LOOKUP;

            #[inline]
            fn index(self) -> usize {
                self as usize
            }
        }
    };
    // `Clone`, `Copy`, `Hash`, `PartialOrd`, `Ord` and `Debug` for an enum without fields, by
    // its discriminant (`as $repr`) and its name (`$name()`), as `#[derive]` writes them.
    (@derived $enum:ident, $repr:ident, $name:ident) => {
        #[automatically_derived]
        impl clone::Clone for $enum {
            #[inline]
            fn clone(&self) -> Self {
                *self
            }
        }

        #[automatically_derived]
        impl marker::Copy for $enum {}

        #[automatically_derived]
        impl hash::Hash for $enum {
            #[inline]
            fn hash<H: hash::Hasher>(&self, state: &mut H) {
                hash::Hash::hash(&(*self as isize), state);
            }
        }

        #[automatically_derived]
        impl cmp::PartialOrd for $enum {
            #[inline]
            fn partial_cmp(&self, other: &Self) -> option::Option<cmp::Ordering> {
                option::Option::Some(cmp::Ord::cmp(self, other))
            }
        }

        #[automatically_derived]
        impl cmp::Ord for $enum {
            #[inline]
            fn cmp(&self, other: &Self) -> cmp::Ordering {
                cmp::Ord::cmp(&(*self as $repr), &(*other as $repr))
            }
        }

        #[automatically_derived]
        impl fmt::Debug for $enum {
            fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.write_str(self.$name())
            }
        }
    };
}

/// `From<$base>`, `TryFrom<$code> for $base` and `PartialEq` both ways, for a table `$code`
/// that extends `$base`. Both ways go through the codes, never naming a base variant: a
/// `#[non_exhaustive]` variant of a base from another crate can be neither built nor matched
/// there.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_extension {
    ($code:ident, $base:path) => {
        #[automatically_derived]
        impl ::core::convert::From<$base> for $code {
            #[inline]
            fn from(status: $base) -> Self {
                $crate::__private::widen(status)
            }
        }

        #[automatically_derived]
        impl ::core::convert::TryFrom<$code> for $base {
            type Error = $crate::UnknownCodeError;

            #[inline]
            fn try_from(status: $code) -> ::core::result::Result<Self, $crate::UnknownCodeError> {
                $crate::__private::try_from_code($crate::StatusCode::code(status))
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialEq<$base> for $code {
            #[inline]
            fn eq(&self, other: &$base) -> ::core::primitive::bool {
                $crate::StatusCode::code(*self) == $crate::StatusCode::code(*other)
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialEq<$code> for $base {
            #[inline]
            fn eq(&self, other: &$code) -> ::core::primitive::bool {
                $crate::StatusCode::code(*self) == $crate::StatusCode::code(*other)
            }
        }
    };
}
