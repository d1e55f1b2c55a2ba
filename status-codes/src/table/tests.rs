//! The lookups over hand-written tables, one per way of finding a slot and a name: the same
//! answers as a reference built from the entries, whatever the order of the table.

extern crate std;

use crate::{StatusCategory, StatusCode};
use std::format;
use std::string::ToString;
use std::vec::Vec;

/// A module of a hand-written table without function groups: the enums `Code` and `Category`
/// with their variants, the rest of the table's data, and the items `__impl_table!` writes from
/// the remaining arguments (its examples and predicates).
macro_rules! table_module {
    (
        $(#[$attribute:meta])*
        $module:ident,
        Code { $($variant:ident = $code:literal),+ $(,)? },
        Category { $($category:ident),+ $(,)? },
        Table { $($field:ident: $value:expr),+ $(,)? },
        $($lookups:tt)+
    ) => {
        $(#[$attribute])*
        mod $module {
            use crate::__private::{Keys, Slots, Table};

            #[derive(PartialEq, Eq)]
            #[repr(u16)]
            pub enum Code {
                $($variant = $code,)+
            }

            #[derive(PartialEq, Eq)]
            pub enum Category {
                $($category,)+
            }

            impl Code {
                const __TABLE: Table<Self, Category, crate::NoGroup<Self>> = Table {
                    variants: &[$(Self::$variant),+],
                    codes: &[$($code),+],
                    category_variants: &[$(Category::$category),+],
                    group_variants: &[],
                    group_names: &[],
                    group_digits: &[],
                    $($field: $value,)+
                };
            }

            #[allow(unused_imports)]
            const _: () = {
                crate::__impl_table! { Code, Category, crate::NoGroup<Code>, "Code", $($lookups)+ }
                impl crate::__private::Generated for Code {}
                impl crate::__private::Generated for Category {}
            };
        }
    };
}

/// A table of four codes out of numeric order, in two nested categories (`10x` inside `1xx`),
/// with identifiers that differ from the names, an alias and a description.
macro_rules! sparse_table {
    ($module:ident, $slots:expr, $keys:expr) => {
        table_module! {
            $module,
            Code { A = 100, B = 102, C = 101, D = 150 },
            Category { Low, Nested },
            Table {
                names: &["Alpha", "Bravo", "Charlie", "Delta"],
                identifiers: &[(0, "A"), (1, "B"), (2, "C"), (3, "D")],
                aliases: &[(3, &["Echo"])],
                descriptions: &[(1, "Second.")],
                categories: &[1, 1, 1, 0],
                slots: $slots,
                keys: $keys,
                category_names: &["Low", "Nested"],
                category_headers: &["1xx", "10x"],
                category_ranges: &[(100, 199), (100, 109)],
            },
            examples: "Alpha" "A",
            predicates: [is_low 0 "Low.", is_nested 1 "Nested.",]
        }
    };
}

sparse_table!(
    hashed,
    Slots::hash(2_654_435_761, 29),
    Keys::hashed([2, 7, 1, 0, 16])
);
sparse_table!(
    indexed,
    Slots::Indexed,
    Keys::Sorted(&[
        (0, 1),
        (0, 0),
        (1, 1),
        (1, 0),
        (2, 1),
        (2, 0),
        (3, 1),
        (3, 0),
        (3, 2)
    ])
);

/// Every lookup of a sparse table against its entries.
fn check_sparse<T: StatusCode>(variants: [T; 4], low: T::Category, nested: T::Category) {
    let entries = [
        (100, "Alpha", "A", nested),
        (102, "Bravo", "B", nested),
        (101, "Charlie", "C", nested),
        (150, "Delta", "D", low),
    ];
    for code in 0..=1000 {
        let entry = entries.iter().position(|entry| entry.0 == code);
        assert_eq!(T::from_code(code), entry.map(|at| variants[at]), "{code}");
    }
    for (&(code, name, identifier, category), status) in entries.iter().zip(variants) {
        assert_eq!(status.code(), code);
        assert_eq!(status.name(), name);
        assert_eq!(status.identifier(), identifier);
        assert_eq!(status.to_string(), format!("{code} {name}"));
        assert_eq!(status.category(), category);
        assert_eq!(T::from_name(name), Some(status));
        assert_eq!(T::from_name(identifier), Some(status));
        assert_eq!(format!("{code} {name}").parse::<T>(), Ok(status));
    }
    assert_eq!(T::from_name("Echo"), Some(variants[3]));
    assert_eq!(variants[3].aliases(), ["Echo"]);
    assert!(variants[0].aliases().is_empty());
    assert_eq!(variants[1].description(), Some("Second."));
    assert_eq!(variants[0].description(), None);
    for missing in ["", "alpha", "Alphas", "E", "Echo ", "Bravo\0"] {
        assert_eq!(T::from_name(missing), None, "{missing:?}");
    }
    assert_eq!(T::ALL, variants);
    // Categories: the narrowest range wins, members keep table order.
    assert_eq!(T::Category::ALL, [low, nested]);
    assert_eq!(nested.members(), &variants[..3]);
    assert_eq!(low.members(), &variants[3..]);
    assert_eq!(T::Category::from_code(105), Some(nested));
    assert_eq!(T::Category::from_code(110), Some(low));
    assert_eq!(T::Category::from_code(99), None);
    assert_eq!(T::Category::from_code(200), None);
    assert!(nested.contains(109) && !low.contains(109) && low.contains(199));
    assert_eq!(nested.range(), 100..=109);
    assert_eq!((low.name(), low.header()), ("Low", "1xx"));
    assert_eq!(T::Category::from_name("Nested"), Some(nested));
    assert_eq!(T::Category::from_name("nested"), None);
}

#[test]
fn a_sparse_table_through_a_slot_hash_and_a_name_hash() {
    use hashed::{Category, Code};
    check_sparse(
        [Code::A, Code::B, Code::C, Code::D],
        Category::Low,
        Category::Nested,
    );
    assert!(Code::D.is_low() && Code::A.is_nested() && !Code::A.is_low());
}

#[test]
fn a_sparse_table_through_an_index_and_sorted_names() {
    use indexed::{Category, Code};
    check_sparse(
        [Code::A, Code::B, Code::C, Code::D],
        Category::Low,
        Category::Nested,
    );
    assert_eq!(Code::from_name("Delta"), Some(Code::D));
}

table_module! {
    /// A table without gaps, out of numeric order, whose identifiers are its names.
    dense,
    Code { Bravo = 101, Alpha = 100, Charlie = 102 },
    Category { Progress },
    Table {
        names: &["Bravo", "Alpha", "Charlie"],
        identifiers: &[],
        aliases: &[],
        descriptions: &[],
        categories: &[0, 0, 0],
        slots: Slots::Dense,
        keys: Keys::hashed([1, 4, 1, 0, 16]),
        category_names: &["Progress"],
        category_headers: &["1xx"],
        category_ranges: &[(100, 199)],
    },
    examples: "Bravo" "Bravo",
    predicates: [is_progress 0 "Progress.",]
}

#[test]
fn a_gapless_table_out_of_numeric_order() {
    use dense::Code;
    let entries = [
        (101, "Bravo", Code::Bravo),
        (100, "Alpha", Code::Alpha),
        (102, "Charlie", Code::Charlie),
    ];
    for (code, name, status) in entries {
        assert_eq!(Code::from_code(code), Some(status));
        assert_eq!(status.name(), name);
        assert_eq!(status.identifier(), name);
        assert_eq!(status.to_string(), format!("{code} {name}"));
        assert_eq!(Code::from_name(name), Some(status));
    }
    assert_eq!(Code::from_code(99), None);
    assert_eq!(Code::from_code(103), None);
    assert_eq!(
        Code::ALL.iter().map(|s| s.code()).collect::<Vec<_>>(),
        [101, 100, 102]
    );
    assert!(Code::Alpha.is_progress());
    assert_eq!(Code::Alpha.to_string().len(), "100 Alpha".len());
    assert_eq!(format!("{:>12}", Code::Alpha), "   100 Alpha");
    assert_eq!(format!("{:?}", Code::Alpha), "Alpha");
    assert!(Code::Alpha < Code::Bravo && Code::Bravo < Code::Charlie);
    assert_eq!("100 Alpha".to_string().parse::<Code>(), Ok(Code::Alpha));
}
