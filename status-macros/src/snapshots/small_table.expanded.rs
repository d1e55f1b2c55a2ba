#[doc = r" A small table."]
#[doc = ""]
#[doc = "# Codes\n\n| Code | Name | Category | Description |\n|-----:|------|----------|-------------|\n| 100 | [`Queued`](Small::Queued) | [Progress](SmallCategory::Progress) (`1xx`) |  |\n| 101 | [`Working`](Small::Working) | [Progress](SmallCategory::Progress) (`1xx`) | Working on it. |\n| 200 | [`Finished`](Small::Finished) | [Done](SmallCategory::Done) (`2xx`) |  |\n| 201 | [`Nothing To Do`](Small::Skipped) | [Done](SmallCategory::Done) (`2xx`) |  |\n"]
#[repr(u16)]
#[derive(
    :: core :: fmt :: Debug,
    :: core :: clone :: Clone,
    :: core :: marker :: Copy,
    :: core :: cmp :: PartialEq,
    :: core :: cmp :: Eq,
    :: core :: hash :: Hash,
    :: core :: cmp :: PartialOrd,
    :: core :: cmp :: Ord,
)]
pub enum Small {
    #[doc = "`100` — `Queued`, in category [`Progress`](SmallCategory::Progress) (`1xx`)."]
    Queued = 100,
    #[doc = r" Working on it."]
    #[doc = ""]
    #[doc = "`101` — `Working`, in category [`Progress`](SmallCategory::Progress) (`1xx`)."]
    Working = 101,
    #[doc = "`200` — `Finished`, in category [`Done`](SmallCategory::Done) (`2xx`)."]
    Finished = 200,
    #[doc = "`201` — `Nothing To Do`, in category [`Done`](SmallCategory::Done) (`2xx`)."]
    Skipped = 201,
}
#[doc = "The categories of [`Small`]: each covers a range of codes given by its header."]
#[derive(
    :: core :: fmt :: Debug,
    :: core :: clone :: Clone,
    :: core :: marker :: Copy,
    :: core :: cmp :: PartialEq,
    :: core :: cmp :: Eq,
    :: core :: hash :: Hash,
    :: core :: cmp :: PartialOrd,
    :: core :: cmp :: Ord,
)]
pub enum SmallCategory {
    #[doc = r" Started."]
    #[doc = ""]
    #[doc = "`1xx`: codes 100 to 199."]
    Progress,
    #[doc = "`2xx`: codes 200 to 299."]
    Done,
}
#[allow(deprecated)]
const _: () = {
    #[allow(unused_imports)]
    use ::core::option::Option::{None, Some};
    #[allow(dead_code)]
    fn bytes() {}
    #[allow(dead_code)]
    fn category() {}
    #[allow(dead_code)]
    fn code() {}
    #[allow(dead_code)]
    fn first() {}
    #[allow(dead_code)]
    fn formatter() {}
    #[allow(dead_code)]
    fn hash() {}
    #[allow(dead_code)]
    fn index() {}
    #[allow(dead_code)]
    fn key() {}
    #[allow(dead_code)]
    fn last() {}
    #[allow(dead_code)]
    fn name() {}
    #[allow(dead_code)]
    fn other() {}
    #[allow(dead_code)]
    fn status() {}
    #[allow(dead_code)]
    fn text() {}
    const NONE: ::core::option::Option<Small> = ::core::option::Option::None;
    const BY_CODE: &[::core::option::Option<Small>; 102usize] = &[
        Some(Small::Queued),
        Some(Small::Working),
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
        Some(Small::Finished),
        Some(Small::Skipped),
    ];
    const NAMES: &[&::core::primitive::str; 8usize] = &[
        "",
        "Nothing To Do",
        "",
        "Working",
        "Finished",
        "",
        "Queued",
        "",
    ];
    const IDENTIFIERS: &[&::core::primitive::str; 8usize] =
        &["", "Skipped", "", "Working", "Finished", "", "Queued", ""];
    const DISPLAY: &[&::core::primitive::str; 8usize] = &[
        "",
        "201 Nothing To Do",
        "",
        "101 Working",
        "200 Finished",
        "",
        "100 Queued",
        "",
    ];
    #[allow(dead_code)]
    impl Small {
        #[doc = "Every code of the table, in table order (4 codes)."]
        pub const ALL: &'static [Self] =
            &[Self::Queued, Self::Working, Self::Finished, Self::Skipped];
        #[doc = r" The variant for a code, or `None` if the table has no such code."]
        #[must_use]
        #[inline]
        pub const fn from_code(code: ::core::primitive::u16) -> ::core::option::Option<Self> {
            let index = code.wrapping_sub(100) as ::core::primitive::usize;
            if index < 102usize {
                BY_CODE[index]
            } else {
                ::core::option::Option::None
            }
        }
        #[doc = r" The three-digit code."]
        #[must_use]
        #[inline]
        pub const fn code(self) -> ::core::primitive::u16 {
            self as ::core::primitive::u16
        }
        #[doc = r#" The documented name, such as `"TwofaTimeout"`."#]
        #[must_use]
        #[inline]
        pub const fn name(self) -> &'static ::core::primitive::str {
            NAMES[((((self as ::core::primitive::u16) as ::core::primitive::u32)
                .wrapping_mul(2654435761u32)
                >> 29u32) as ::core::primitive::usize)]
        }
        #[doc = r" Other names [`from_name`](Self::from_name) accepts for this code, such as the"]
        #[doc = r" spellings of later versions of a documentation; never produced."]
        #[must_use]
        pub const fn aliases(self) -> &'static [&'static ::core::primitive::str] {
            match self {
                Small::Finished => &["Complete"],
                Small::Queued | Small::Working | Small::Skipped => &[],
            }
        }
        #[doc = r#" The variant's identifier, such as `"Pending205"`; `from_name` accepts it too."#]
        #[must_use]
        #[inline]
        pub const fn identifier(self) -> &'static ::core::primitive::str {
            IDENTIFIERS[((((self as ::core::primitive::u16) as ::core::primitive::u32)
                .wrapping_mul(2654435761u32)
                >> 29u32) as ::core::primitive::usize)]
        }
        #[doc = r" The description given by the code's doc comments in the table, if any."]
        #[must_use]
        pub const fn description(self) -> ::core::option::Option<&'static ::core::primitive::str> {
            match self {
                Small::Working => Some("Working on it."),
                Small::Queued | Small::Finished | Small::Skipped => ::core::option::Option::None,
            }
        }
        #[doc = r" The category the code belongs to."]
        #[must_use]
        #[inline]
        pub const fn category(self) -> SmallCategory {
            match self {
                Small::Queued | Small::Working => SmallCategory::Progress,
                Small::Finished | Small::Skipped => SmallCategory::Done,
            }
        }
        #[doc = r" The variant with this documented name (the first in table order where two codes"]
        #[doc = r" share one), alias or identifier. Case-sensitive, no trimming."]
        #[must_use]
        pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
            let bytes = name.as_bytes();
            const SLOTS: &[(&::core::primitive::str, ::core::option::Option<Small>); 8usize] = &[
                ("", None),
                ("Nothing To Do", Some(Small::Skipped)),
                ("Skipped", Some(Small::Skipped)),
                ("", None),
                ("Working", Some(Small::Working)),
                ("Complete", Some(Small::Finished)),
                ("Finished", Some(Small::Finished)),
                ("Queued", Some(Small::Queued)),
            ];
            let (::core::option::Option::Some(&first), ::core::option::Option::Some(&last)) =
                (bytes.first(), bytes.last())
            else {
                return ::core::option::Option::None;
            };
            let hash = (first as ::core::primitive::usize)
                .wrapping_mul(1usize)
                .wrapping_add((last as ::core::primitive::usize).wrapping_mul(2usize))
                .wrapping_add(bytes.len());
            let (key, status) = SLOTS[hash & 7usize];
            if key.as_bytes() == bytes {
                status
            } else {
                ::core::option::Option::None
            }
        }
        #[doc = "Whether the code's category is [`Progress`](SmallCategory::Progress) (`1xx`)."]
        #[must_use]
        #[inline]
        pub const fn is_progress(self) -> ::core::primitive::bool {
            ::core::matches!(self.category(), SmallCategory::Progress)
        }
        #[doc = "Whether the code's category is [`Done`](SmallCategory::Done) (`2xx`)."]
        #[must_use]
        #[inline]
        pub const fn is_done(self) -> ::core::primitive::bool {
            ::core::matches!(self.category(), SmallCategory::Done)
        }
    }
    #[allow(dead_code)]
    impl SmallCategory {
        #[doc = "Every category, in table order (2 categories)."]
        pub const ALL: &'static [Self] = &[Self::Progress, Self::Done];
        #[doc = r#" The category's name, such as `"Progress"`."#]
        #[must_use]
        pub const fn name(self) -> &'static ::core::primitive::str {
            match self {
                Self::Progress => "Progress",
                Self::Done => "Done",
            }
        }
        #[doc = r#" The header that introduces the category in the table, such as `"1xx"` or `"41x"`."#]
        #[must_use]
        pub const fn header(self) -> &'static ::core::primitive::str {
            match self {
                Self::Progress => "1xx",
                Self::Done => "2xx",
            }
        }
        #[doc = r" The codes the category covers, whether or not the table defines them."]
        #[must_use]
        pub const fn range(self) -> ::core::ops::RangeInclusive<::core::primitive::u16> {
            match self {
                Self::Progress => ::core::ops::RangeInclusive::new(100, 199),
                Self::Done => ::core::ops::RangeInclusive::new(200, 299),
            }
        }
        #[doc = r" Whether `code` belongs to this category: it falls in the category's range and in"]
        #[doc = r" no narrower category's nested in it. The same as `from_code(code) == Some(self)`."]
        #[must_use]
        pub const fn contains(self, code: ::core::primitive::u16) -> ::core::primitive::bool {
            match Self::from_code(code) {
                ::core::option::Option::Some(category) => {
                    category as ::core::primitive::usize == self as ::core::primitive::usize
                }
                ::core::option::Option::None => false,
            }
        }
        #[doc = r" The category a code belongs to, whether or not the table defines the code: the"]
        #[doc = r" narrowest whose range covers it."]
        #[must_use]
        #[allow(unreachable_patterns)]
        pub const fn from_code(code: ::core::primitive::u16) -> ::core::option::Option<Self> {
            match code {
                100..=199 => ::core::option::Option::Some(Self::Progress),
                200..=299 => ::core::option::Option::Some(Self::Done),
                _ => ::core::option::Option::None,
            }
        }
        #[doc = r" The category's codes, in table order."]
        #[must_use]
        pub const fn members(self) -> &'static [Small] {
            match self {
                Self::Progress => &[Small::Queued, Small::Working],
                Self::Done => &[Small::Finished, Small::Skipped],
            }
        }
        #[doc = r" The category with this name. Case-sensitive, no trimming."]
        #[must_use]
        pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
            match name {
                "Progress" => ::core::option::Option::Some(Self::Progress),
                "Done" => ::core::option::Option::Some(Self::Done),
                _ => ::core::option::Option::None,
            }
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<Small> for ::core::primitive::u16 {
        #[inline]
        fn from(status: Small) -> Self {
            status.code()
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u16> for Small {
        type Error = ::status_codes::UnknownCodeError;
        #[inline]
        fn try_from(
            code: ::core::primitive::u16,
        ) -> ::core::result::Result<Self, ::status_codes::UnknownCodeError> {
            match Self::from_code(code) {
                ::core::option::Option::Some(status) => ::core::result::Result::Ok(status),
                ::core::option::Option::None => ::core::result::Result::Err(
                    ::status_codes::__private::unknown_code::<Self>(code),
                ),
            }
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for Small {
        type Err = ::status_codes::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, ::status_codes::ParseError> {
            ::status_codes::__private::parse(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for Small {
        fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            formatter.pad(
                DISPLAY[((((*self as ::core::primitive::u16) as ::core::primitive::u32)
                    .wrapping_mul(2654435761u32)
                    >> 29u32) as ::core::primitive::usize)],
            )
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for SmallCategory {
        fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            formatter.pad(self.name())
        }
    }
    #[automatically_derived]
    impl ::status_codes::__private::Generated for Small {}
    #[automatically_derived]
    impl ::status_codes::__private::Generated for SmallCategory {}
    #[automatically_derived]
    impl ::status_codes::StatusCode for Small {
        type Category = SmallCategory;
        const TYPE_NAME: &'static ::core::primitive::str = "Small";
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn code(self) -> ::core::primitive::u16 {
            Self::code(self)
        }
        #[inline]
        fn name(self) -> &'static ::core::primitive::str {
            Self::name(self)
        }
        #[inline]
        fn aliases(self) -> &'static [&'static ::core::primitive::str] {
            Self::aliases(self)
        }
        #[inline]
        fn identifier(self) -> &'static ::core::primitive::str {
            Self::identifier(self)
        }
        #[inline]
        fn description(self) -> ::core::option::Option<&'static ::core::primitive::str> {
            Self::description(self)
        }
        #[inline]
        fn category(self) -> SmallCategory {
            Self::category(self)
        }
        #[inline]
        fn from_code(code: ::core::primitive::u16) -> ::core::option::Option<Self> {
            Self::from_code(code)
        }
        #[inline]
        fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
            Self::from_name(name)
        }
    }
    #[automatically_derived]
    impl ::status_codes::StatusCategory for SmallCategory {
        type Code = Small;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn name(self) -> &'static ::core::primitive::str {
            Self::name(self)
        }
        #[inline]
        fn header(self) -> &'static ::core::primitive::str {
            Self::header(self)
        }
        #[inline]
        fn contains(self, code: ::core::primitive::u16) -> ::core::primitive::bool {
            Self::contains(self, code)
        }
        #[inline]
        fn range(self) -> ::core::ops::RangeInclusive<::core::primitive::u16> {
            Self::range(self)
        }
        #[inline]
        fn members(self) -> &'static [Small] {
            Self::members(self)
        }
        #[inline]
        fn from_code(code: ::core::primitive::u16) -> ::core::option::Option<Self> {
            Self::from_code(code)
        }
        #[inline]
        fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
            Self::from_name(name)
        }
    }
};
#[doc(hidden)]
pub mod __status_codes_Small {
    #[doc(hidden)]
    #[allow(non_local_definitions)]
    #[macro_export]
    macro_rules ! __status_codes_Small_EXPORTED { ([$ ($ krate : tt) *] $ ($ extension : tt) *) => { $ ($ krate) * :: __private :: status_codes ! { $ ($ krate) * ; @ base "enum Small { # [doc = \"Started.\"] 1xx Progress < 100 Queued as \"Queued\" , # [doc = \"Working on it.\"] 101 Working as \"Working\" , > 2xx Done < 200 Finished as \"Finished\" | \"Complete\" , 201 Skipped as \"Nothing To Do\" , > }" $ ($ extension) * } } ; }
    #[doc(hidden)]
    pub use __status_codes_Small_EXPORTED as Small;
}
#[doc(hidden)]
#[allow(unused_imports)]
pub use __status_codes_Small::*;
