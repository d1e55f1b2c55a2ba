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
    const TABLE: ::status_codes::__private::Table<Small, SmallCategory> =
        ::status_codes::__private::Table {
            variants: &[
                Small::Queued,
                Small::Working,
                Small::Finished,
                Small::Skipped,
            ],
            codes: &[100, 101, 200, 201],
            names: &["Queued", "Working", "Finished", "Nothing To Do"],
            identifiers: &["Queued", "Working", "Finished", "Skipped"],
            aliases: &[(2, &["Complete"])],
            descriptions: &[(1, "Working on it.")],
            categories: &[0, 0, 1, 1],
            slots: ::status_codes::__private::Slots::Hash {
                multiplier: 2654435761,
                shift: 29,
            },
            keys: ::status_codes::__private::Keys::Hash {
                a: 1,
                b: 2,
                probe: 1,
                c: 0,
                slots: 8,
            },
            members: &[
                Small::Queued,
                Small::Working,
                Small::Finished,
                Small::Skipped,
            ],
            category_variants: &[SmallCategory::Progress, SmallCategory::Done],
            category_names: &["Progress", "Done"],
            category_headers: &["1xx", "2xx"],
            category_ranges: &[(100, 199), (200, 299)],
        };
    ::status_codes::__private::impl_table! { Small , SmallCategory , TABLE , "Small" , examples : "Queued" "Queued" , predicates : [is_progress Progress "Whether the code's category is [`Progress`](SmallCategory::Progress) (`1xx`)." , is_done Done "Whether the code's category is [`Done`](SmallCategory::Done) (`2xx`)." ,] }
    #[doc(hidden)]
    impl ::status_codes::__private::Generated for Small {}
    #[doc(hidden)]
    impl ::status_codes::__private::Generated for SmallCategory {}
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
