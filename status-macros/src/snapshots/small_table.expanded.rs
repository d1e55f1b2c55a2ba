#[doc = r" A small table."]
#[doc = ""]
#[doc = "# Codes\n\n| Code | Name | Category | Description |\n|-----:|------|----------|------|\n| 100 | [`Queued`](Small::Queued) | [Progress](SmallCategory::Progress) (`1xx`) |  |\n| 101 | [`Working`](Small::Working) | [Progress](SmallCategory::Progress) (`1xx`) | Working on it. |\n| 200 | [`Finished`](Small::Finished) | [Done](SmallCategory::Done) (`2xx`) |  |\n| 201 | [`Nothing To Do`](Small::Skipped) | [Done](SmallCategory::Done) (`2xx`) |  |\n"]
#[allow(missing_docs)]
#[repr(u16)]
#[derive(:: core :: cmp :: PartialEq, :: core :: cmp :: Eq)]
pub enum Small {
    Queued = 100,
    #[doc = r" Working on it."]
    Working = 101,
    Finished = 200,
    Skipped = 201,
}
#[doc = "The categories of [`Small`]: each covers a range of codes given by its header."]
#[derive(:: core :: cmp :: PartialEq, :: core :: cmp :: Eq)]
pub enum SmallCategory {
    #[doc = r" Started."]
    #[doc = ""]
    #[doc = "`1xx`: codes 100 to 199."]
    Progress,
    #[doc = "`2xx`: codes 200 to 299."]
    Done,
}
#[allow(deprecated, dead_code, unused_imports, clippy::must_use_candidate)]
const _: () = {
    impl Small {
        const __TABLE: ::status_codes::__private::Table<
            Self,
            SmallCategory,
            __private::NoGroup<Small>,
        > = ::status_codes::__private::Table {
            variants: &[Self::Queued, Self::Working, Self::Finished, Self::Skipped],
            codes: &[100, 101, 200, 201],
            names: &["Queued", "Working", "Finished", "Nothing To Do"],
            identifiers: &[(3, "Skipped")],
            aliases: &[(2, &["Complete"])],
            descriptions: &[(1, "Working on it.")],
            categories: &[0, 0, 1, 1],
            slots: ::status_codes::__private::Slots::hash(2654435761, 29),
            keys: ::status_codes::__private::Keys::hashed([1, 2, 1, 0, 8]),
            category_variants: &[SmallCategory::Progress, SmallCategory::Done],
            category_names: &["Progress", "Done"],
            category_headers: &["1xx", "2xx"],
            category_ranges: &[(100, 199), (200, 299)],
            ..::status_codes::__private::Table::EMPTY
        };
    }
    ::status_codes::__private::impl_table! { Small , SmallCategory , __private :: NoGroup < Small > , "Small" , examples : "Queued" "Queued" , predicates : [is_progress 0 "Whether the code's category is `Progress` (`1xx`)." , is_done 1 "Whether the code's category is `Done` (`2xx`)." ,] }
    #[doc(hidden)]
    impl __private::Generated for Small {}
    #[doc(hidden)]
    impl __private::Generated for SmallCategory {}
};
#[doc(hidden)]
pub mod __status_codes_Small {
    #[doc(hidden)]
    #[allow(non_local_definitions)]
    #[macro_export]
    macro_rules ! __status_codes_Small_d6a986ec05feb83b { ([$ ($ krate : tt) *] $ ($ extension : tt) *) => { $ ($ krate) * :: __private :: status_codes ! { $ ($ krate) * ; @ base "enum Small { # [doc = \"Started.\"] 1xx Progress < > 2xx Done < > 1xx Progress < 100 Queued as \"Queued\" , # [doc = \"Working on it.\"] 101 Working as \"Working\" , > 2xx Done < 200 Finished as \"Finished\" | \"Complete\" , 201 Skipped as \"Nothing To Do\" , > }" $ ($ extension) * } } ; }
    pub use __status_codes_Small_d6a986ec05feb83b as Small;
}
#[doc(hidden)]
#[allow(unused_imports)]
pub use __status_codes_Small::*;
