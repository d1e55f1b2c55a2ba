//! The data a table expands to, with a slot hash that does not fit its codes: the
//! facade places every entry while the crate compiles, so the mismatch stops the build instead
//! of giving a wrong name at run time.

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
    // 100 and 164 share slot 0 of `(code × 1) >> 29`.
    const __TABLE: Table<Self, Category, status_codes::NoGroup<Self>> = Table {
        variants: &[Self::A, Self::B],
        codes: &[100, 164],
        names: &["A", "B"],
        identifiers: &[],
        aliases: &[],
        descriptions: &[],
        categories: &[0, 0],
        slots: Slots::hash(1, 29),
        keys: Keys::hashed([1, 1, 1, 0, 4]),
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
