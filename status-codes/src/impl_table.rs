//! The API of every generated table, written once: `status_codes!` emits the table's data and
//! calls these macros, whose items forward to the `const fn`s of [`Lookup`](crate::__private::Lookup).

/// Functions named like the parameters of the generated impls, the integrations' included.
/// Imported into each `const _` block of a table, they shadow any constant or unit struct of the
/// user's with one of these names, which would otherwise turn a parameter into a pattern that
/// matches it.
pub mod shields {
    /// Shield.
    pub fn buf() {}
    /// Shield.
    pub fn bytes() {}
    /// Shield.
    pub fn code() {}
    /// Shield.
    pub fn deserializer() {}
    /// Shield.
    pub fn f() {}
    /// Shield.
    pub fn name() {}
    /// Shield.
    pub fn other() {}
    /// Shield.
    pub fn out() {}
    /// Shield.
    pub fn row() {}
    /// Shield.
    pub fn serializer() {}
    /// Shield.
    pub fn state() {}
    /// Shield.
    pub fn status() {}
    /// Shield.
    pub fn text() {}
    /// Shield.
    pub fn ty() {}
    /// Shield.
    pub fn unstructured() {}
    /// Shield.
    pub fn value() {}
}

/// The inherent API of a table's code and category enums, their conversions, formatting and
/// parsing, the traits `#[derive]` would write (but `PartialEq` and `Eq`, which the enums derive
/// so that their constants work as patterns), and the [`StatusCode`](crate::StatusCode) and
/// [`StatusCategory`](crate::StatusCategory) impls, over the table's data in the `const`
/// `$code::__TABLE`. `$name` and `$identifier` are a name and an identifier of the table, for the docs;
/// each predicate comes with its category's index.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_table {
    (
        $code:ident, $category:ident, $group:ty, $type_name:literal,
        examples: $name:literal $identifier:literal,
        predicates: [$($predicate:ident $index:literal $predicate_doc:literal,)*]
    ) => {
        use $crate::__private::{self, shields::*};
        // The primitive types and the modules of `core` by their absolute paths, over any item
        // of the user's of the same name; nothing a table's enums could be named.
        use ::core::{
            clone, cmp, convert, fmt, hash, marker, ops, option, result,
            primitive::{bool, i16, i32, i64, isize, str, u8, u16, u32, u64, usize},
        };

        const TABLE: &__private::TableOf<$code> = &$code::__TABLE;
        // A reference, so that every function reads the one evaluated value: a use of a
        // `const` struct by reference would make each function evaluate a copy of its own.
        const LOOKUP: &__private::LookupOf<$code> = &{
            const N: usize = TABLE.codes.len();
            const SLOTS: usize = TABLE.slot_count();
            const IN_ORDER: bool = TABLE.slots_in_order();
            const INDEX: &[u16; TABLE.index_len()] = &TABLE.index();
            const TEXT: &[u8; TABLE.text_len()] = &TABLE.text();
            const DISPLAY: &[&str; N] = &TABLE.display(TEXT);
            const POSITIONS: &[u16; N] = &TABLE.positions();
            const IDENTIFIERS: &[&str; TABLE.identifiers_len()] = &TABLE.identifiers_by_position();
            const ALIASES: &[&[&str]; TABLE.aliases_len()] = &TABLE.aliases_by_position();
            const CATEGORIES: usize = TABLE.category_variants.len();
            const DESCRIPTIONS: usize = TABLE.descriptions_len();
            const STARTS: usize = TABLE.member_start_count();
            const KEYS: usize = TABLE.key_count();
            __private::Lookup {
                table: TABLE,
                lowest: TABLE.lowest(),
                by_code: &TABLE.by_code::<{ TABLE.span() }>(),
                index: INDEX,
                names: &TABLE.place::<_, SLOTS>(INDEX, TABLE.names, ""),
                display: &TABLE.place::<_, SLOTS>(INDEX, DISPLAY, ""),
                // None when every slot is its position, so that `position()` reads no array.
                positions: if IN_ORDER {
                    &[]
                } else {
                    &TABLE.place::<_, SLOTS>(INDEX, POSITIONS, 0)
                },
                identifiers: IDENTIFIERS,
                aliases: ALIASES,
                descriptions: &TABLE.descriptions_by_position::<DESCRIPTIONS>(),
                keys: &TABLE.keys::<KEYS>(IDENTIFIERS, ALIASES),
                members: &TABLE.members::<{ TABLE.member_count() }>(),
                member_starts: &TABLE.member_starts::<STARTS>(),
                narrowest: &TABLE.narrowest::<CATEGORIES>(),
                groups: &TABLE.groups(),
            }
        };

        impl $code {
            /// Every code of the table, in table order.
            pub const ALL: &'static [Self] = TABLE.variants;

            /// The variant for a code, or `None` if the table has no such code.
            #[inline]
            pub const fn from_code(code: u16) -> option::Option<Self> {
                LOOKUP.from_code(code)
            }

            /// The three-digit code.
            #[inline]
            pub const fn code(self) -> u16 {
                self as u16
            }

            #[doc = ::core::concat!("The documented name, such as `\"", $name, "\"`.")]
            #[inline]
            pub const fn name(self) -> &'static str {
                LOOKUP.name(self as u16)
            }

            /// Other names [`from_name`](Self::from_name) accepts for this code; never produced.
            #[inline]
            pub const fn aliases(self) -> &'static [&'static str] {
                LOOKUP.aliases(self as u16)
            }

            #[doc = ::core::concat!("The identifier, such as `\"", $identifier, "\"`; `from_name` accepts it.")]
            #[inline]
            pub const fn identifier(self) -> &'static str {
                LOOKUP.identifier(self as u16)
            }

            /// The description given by the code's doc comments in the table, if any.
            #[inline]
            pub const fn description(self) -> option::Option<&'static str> {
                LOOKUP.description(self as u16)
            }

            /// The category the code belongs to.
            #[inline]
            pub const fn category(self) -> $category {
                LOOKUP.category(self as u16)
            }

            /// The variant with this name (the first of two codes that share it), alias or identifier.
            #[inline]
            pub fn from_name(name: &str) -> option::Option<Self> {
                LOOKUP.from_name(name)
            }

            $(
                #[doc = $predicate_doc]
                    #[inline]
                pub const fn $predicate(self) -> bool {
                    LOOKUP.in_category(self as u16, $index)
                }
            )*
        }

        impl $category {
            /// Every category, in table order.
            pub const ALL: &'static [Self] = TABLE.category_variants;

            /// The category's name, such as `"Progress"`.
            #[inline]
            pub const fn name(self) -> &'static str {
                LOOKUP.category_name(self as usize)
            }

            /// The header that introduces the category in the table, such as `"1xx"` or `"41x"`.
            #[inline]
            pub const fn header(self) -> &'static str {
                LOOKUP.header(self as usize)
            }

            /// The codes the category covers, whether or not the table defines them.
            #[inline]
            pub const fn range(self) -> ops::RangeInclusive<u16> {
                LOOKUP.range(self as usize)
            }

            /// Whether [`from_code(code)`](Self::from_code) is this category.
            #[inline]
            pub const fn contains(self, code: u16) -> bool {
                LOOKUP.category_contains(self as usize, code)
            }

            /// The narrowest category whose range covers `code`, whether or not the table has it.
            #[inline]
            pub const fn from_code(code: u16) -> option::Option<Self> {
                LOOKUP.category_of(code)
            }

            /// The category's codes, in table order.
            #[inline]
            pub const fn members(self) -> &'static [$code] {
                LOOKUP.members(self as usize)
            }

            /// The category with this name. Case-sensitive, no trimming.
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
                __private::try_from_code(code)
            }
        }

        $crate::__private::impl_table! { @integers $code, i16 i32 i64 u32 u64 }

        #[automatically_derived]
        impl ::core::str::FromStr for $code {
            type Err = $crate::ParseError;

            #[inline]
            fn from_str(text: &str) -> result::Result<Self, $crate::ParseError> {
                __private::parse(text)
            }
        }

        #[automatically_derived]
        impl fmt::Display for $code {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.pad(LOOKUP.display(*self as u16))
            }
        }

        #[automatically_derived]
        impl fmt::Display for $category {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.pad(self.name())
            }
        }

        #[automatically_derived]
        impl $crate::StatusCode for $code {
            type Category = $category;
            type Group = $group;
            const TYPE_NAME: &'static str = $type_name;
            const LOOKUP: &'static __private::LookupOf<Self> = LOOKUP;
        }

        #[automatically_derived]
        impl $crate::StatusCategory for $category {
            type Code = $code;

            #[inline]
            fn index(self) -> usize {
                self as usize
            }
        }
    };
    // The API of the function-group enum `$group` of a table `$code` that declares groups: the
    // enum's inherent items, `group()` and the predicates on `$code`, and the traits.
    (@groups $code:ident, $group:ident, [$($predicate:ident $index:literal $doc:literal,)*]) => {
        impl $code {
            /// The code's function group, by its middle digit, if the table declares one.
            #[inline]
            pub const fn group(self) -> option::Option<$group> {
                LOOKUP.group(self as u16)
            }

            $(
                #[doc = $doc]
                #[inline]
                pub const fn $predicate(self) -> bool {
                    LOOKUP.in_group(self as u16, $index)
                }
            )*
        }

        impl $group {
            /// Every function group, in table order.
            pub const ALL: &'static [Self] = TABLE.group_variants;

            /// The group's name, such as `"Connections"`.
            #[inline]
            pub const fn name(self) -> &'static str {
                LOOKUP.group_name(self as usize)
            }

            /// The group's header in the table, such as `"x2x"`.
            #[inline]
            pub const fn header(self) -> &'static str {
                LOOKUP.group_header(self as usize)
            }

            /// The middle digit of the group's codes, such as `2`.
            #[inline]
            pub const fn digit(self) -> u8 {
                LOOKUP.group_digit(self as usize)
            }

            /// The group of any three-digit code, known to the table or not, by its middle digit.
            #[inline]
            pub const fn from_code(code: u16) -> option::Option<Self> {
                LOOKUP.group(code)
            }

            /// The table's codes in the group, in table order.
            #[inline]
            pub const fn members(self) -> &'static [$code] {
                LOOKUP.group_members(self as usize)
            }

            /// The group with this name. Case-sensitive, no trimming.
            #[inline]
            pub fn from_name(name: &str) -> option::Option<Self> {
                LOOKUP.group_from_name(name)
            }
        }

        $crate::__private::impl_table! { @derived $group, usize, name }

        #[automatically_derived]
        impl fmt::Display for $group {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.pad(self.name())
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for $group {
            type Err = $crate::ParseError;

            #[inline]
            fn from_str(text: &str) -> result::Result<Self, $crate::ParseError> {
                __private::parse_group(text)
            }
        }

        #[automatically_derived]
        impl $crate::StatusGroup for $group {
            type Code = $code;

            #[inline]
            fn index(self) -> usize {
                self as usize
            }
        }
    };
    // The integer types besides `u16` that codes are stored in: every code fits each of them.
    (@integers $code:ident, $($integer:ident)*) => {$(
        #[automatically_derived]
        impl convert::From<$code> for $integer {
            #[inline]
            fn from(status: $code) -> Self {
                status as $integer
            }
        }

        #[automatically_derived]
        impl convert::TryFrom<$integer> for $code {
            type Error = $crate::UnknownCodeError;

            #[inline]
            fn try_from(code: $integer) -> result::Result<Self, $crate::UnknownCodeError> {
                __private::try_from_integer(code)
            }
        }
    )*};
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
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.$name())
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
