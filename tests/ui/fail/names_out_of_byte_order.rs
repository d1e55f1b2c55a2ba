//! The data a table expands to, with names that no hash tells apart given out of byte order:
//! the facade checks the order while the crate compiles, so the mistake stops the build instead
//! of making `from_name` miss a name at run time.

use status_codes::__private::{Keys, Slots, Table};

#[derive(PartialEq, Eq)]
#[repr(u16)]
pub enum Code {
    A = 100,
    B = 164,
}

#[derive(PartialEq, Eq)]
pub enum Category {
    Progress,
}

impl Code {
    // "B" before "A".
    const __TABLE: Table<Self, Category, status_codes::NoGroup<Self>> = Table {
        variants: &[Self::A, Self::B],
        codes: &[100, 164],
        names: &["A", "B"],
        identifiers: &[],
        aliases: &[],
        descriptions: &[],
        categories: &[0, 0],
        slots: Slots::hash(2_654_435_761, 29),
        keys: Keys::Sorted(&[(1, 0), (0, 0)]),
        category_variants: &[Category::Progress],
        category_names: &["Progress"],
        category_headers: &["1xx"],
        category_ranges: &[(100, 199)],
        group_variants: &[],
        group_names: &[],
        group_digits: &[],
    };
}

#[allow(unused_imports)]
const _: () = {
    status_codes::__private::impl_table! {
        Code, Category, status_codes::NoGroup<Code>, "Code",
        examples: "A" "A",
        predicates: [is_progress 0 "Progress.",]
    }
    impl status_codes::__private::Generated for Code {}
    impl status_codes::__private::Generated for Category {}
};

fn main() {
    let _ = Code::A.name();
}
